"""Post-build checks on the built HTML: nothing executable from content, no broken links.

The second line of defence behind escaping (shared/RELIABILITY.md section 1): even if
some article text slipped through as markup, the build fails instead of publishing it.
A step of `build_site.py build`, deliberately not an MkDocs hook (engine-neutral).
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, NamedTuple
from urllib.parse import SplitResult, unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from . import worker_pool

# Elements only the theme may bring; inside the article content they mean injection.
FORBIDDEN_IN_CONTENT = {
    "script", "iframe", "object", "embed", "applet", "frame", "frameset", "base",
    "meta", "link", "style", "template", "noscript", "svg", "math",
    "title", "xmp", "noembed", "noframes", "plaintext",
}
# ("to", "from", "values": an SVG <set>/<animate> can give a link a javascript: URL.)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcset", "data",
                  "to", "from", "values"}
_DANGEROUS_URL = re.compile(r"^\s*(javascript|vbscript|file|data)\s*:", re.I)
_SAFE_DATA_URL = re.compile(r"^\s*data:image/(png|gif|jpeg|webp);", re.I)
_CONTROL = re.compile(r"[\x00-\x20]+")
_URL_NOISE = re.compile(r"[\t\n\r]")
_URL_EDGES = re.compile(r"^[\x00-\x20]+|[\x00-\x20]+$")
# Elements that never belong anywhere on a page of this site, theme included. (A browser
# parses <noscript> as raw text, a parser without scripting as markup: what it hides
# could not be checked.)
# The same for the raw-text elements a <select> holds as text under today's parsing rules,
# but which browsers with the older rules ignore, so that what follows "</select>" inside
# them becomes markup.
FORBIDDEN_ANYWHERE = {"iframe", "object", "embed", "applet", "frame", "frameset", "base", "noscript",
                      "xmp", "noembed", "noframes", "plaintext"}
# The theme writes these in <head> only; in <body>, outside the content, they came from
# markup that left the article (a redirect, or a style sheet from another host).
FORBIDDEN_IN_BODY = {"meta", "link", "title"}
# <link rel=…> values that only name another page; any other rel may make the browser
# fetch the href (a style sheet, an icon, a preload, …).
_NAMING_RELS = {"canonical", "alternate", "author", "license", "help", "me", "prev", "next", "search",
                "bookmark", "external", "nofollow", "noopener", "noreferrer", "tag"}
# check_site accepts an inline script outside the content only when it is one of the 404
# page's (a page without article content: the templates' own scripts), compared whole,
# relative paths aside. Any other one was injected: through a template that printed a
# value raw (Material prints page titles unescaped in several places), or by markup that
# closed the article early. Only without a 404 page to learn from are Material's scripts
# (scope/storage helpers, palette, tabbed-anchor fix) told by how they begin.
_THEME_INLINE_SCRIPTS = re.compile(
    r"^\s*(__md_scope=|var palette=__md_get\(|var target=document\.getElementById\(location\.hash)"
)
# Relative paths differ with page depth ("..", "../.."); compare scripts without them.
_REL_PATH = re.compile(r"""(["'])(?:\.\./)*\.{1,2}/?\1""")
# The theme's own `javascript:void(0)` buttons (search share).
_THEME_VOID_URL = "javascript:void(0)"
# Raw text of <title>: a "<" that opens a tag, a comment or an end tag means the page
# title was printed unescaped (the title element is RCDATA, so `</title>` breaks out).
_TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)
_MARKUP_START = re.compile(r"<[A-Za-z!?/]")


PARALLEL_MIN_PAGES_PER_WORKER = 100


@dataclass
class PageScan:
    """What one built page contains that the checks care about."""

    ids: set[str] = field(default_factory=set)
    duplicate_ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)
    unsafe: list[str] = field(default_factory=list)


# The checks read the page as a browser does: Lexbor (through selectolax) is a parser of
# the HTML standard, so misnested or misplaced markup lands where a browser would put it
# (a second <body onload=…> merges into the page's body; markup inside <title> or
# <textarea> stays text; inside <svg>, <style> holds markup). The whole scan of a page is
# also 3.4 times faster than with html.parser (2.2 against 7.4 ms, measured on 1,500 pages).
_CONTENT = 'article[class*="md-content__inner"]'
_LINK_TAGS = frozenset(("a", "link", "script", "img", "source", "iframe"))


def _elements(node: LexborNode) -> Iterator[LexborNode]:
    """Every element from node down in document order, the content of <template> included
    (it is not part of the tree, but a script can put it there)."""
    for element in node.traverse(include_text=False):
        tag = element.tag
        if not tag or tag[0] in "-#":  # comment, doctype, fragment root
            continue
        yield element
        if tag == "template":
            for fragment in element.template_fragments():
                yield from _elements(fragment)


class _Scan:
    def __init__(self, theme_inline: frozenset[str] = frozenset(), base_path: str = "/") -> None:
        self.scan = PageScan()
        self.theme_inline = theme_inline  # theme_scripts(): the 404 page's scripts and styles
        self.base_path = base_path
        self.inline_code: list[str] = []  # "script:…", "style:…" outside the content, normalised

    def walk(self, root: LexborNode, content: set[int] | None, head: frozenset[int] = frozenset()) -> None:
        """content: the mem_ids of the elements of the article content (None when all is
        content); head: those of the elements of <head>."""
        scan = self.scan
        ids = scan.ids
        for element in _elements(root):
            tag = element.tag
            amap = {k.lower(): (v or "") for k, v in element.attributes.items()}
            if "id" in amap:
                if amap["id"] in ids:
                    scan.duplicate_ids.add(amap["id"])
                ids.add(amap["id"])
            if tag in _LINK_TAGS:
                if tag == "a" and "name" in amap:
                    ids.add(amap["name"])
                for attr in ("href", "src"):
                    if amap.get(attr):
                        scan.links.append(amap[attr])
            if content is None or element.mem_id in content:
                self._check_content(tag, amap)
            else:
                self._check_theme(element, tag, amap, element.mem_id in head)

    def _check_theme(self, element: LexborNode, tag: str, amap: dict[str, str], in_head: bool) -> None:
        """Outside the content: the theme's markup, where a raw-printed value could land."""
        unsafe = self.scan.unsafe
        if tag in FORBIDDEN_ANYWHERE:
            unsafe.append(f"<{tag}> element outside the content (a value printed unescaped?)")
        elif tag in FORBIDDEN_IN_BODY and not in_head:
            unsafe.append(f"<{tag}> element in the body outside the content (markup that left the article?)")
        for name, value in amap.items():
            if name.startswith("on"):
                unsafe.append(f"<{tag} {name}=…> event handler outside the content")
            if name in URL_ATTRIBUTES and _CONTROL.sub("", value) != _THEME_VOID_URL and _dangerous_url(name, value):
                unsafe.append(f"<{tag} {name}={value[:40]!r}> dangerous URL outside the content")
        if tag == "meta" and amap.get("http-equiv", "").strip().lower() == "refresh":
            unsafe.append("<meta http-equiv=refresh> outside the content (sends the reader elsewhere)")
        elif tag == "link" and not set(amap.get("rel", "").lower().split()) <= _NAMING_RELS \
                and (_other_host(amap.get("href", "")) or _other_host_in_srcset(amap.get("imagesrcset", ""))):
            unsafe.append(f"<link href={amap.get('href', '')[:60]!r}> loads from another host")
        elif tag == "script":
            # An HTML <script> loads src, an SVG one href or xlink:href, and either runs its
            # own text when it has none: every source must be on this host, and any text
            # must be the theme's (JSON ones too: Material reads its settings from one).
            sources = [amap[a] for a in ("src", "href", "xlink:href") if a in amap]
            if any(_other_host(src) for src in sources):
                unsafe.append(f"<script src={sources[0][:60]!r}> loads code from another host")
            if not sources or element.text(deep=True).strip() or any(True for _ in element.iter()):
                self._check_inline(element, "script", amap.get("type", "").strip().lower() == "application/json")
        elif tag == "style":
            self._check_inline(element, "style")
        if "(" in amap.get("style", "") or "\\" in amap.get("style", ""):
            # The theme writes no style attribute with a function (url(), image-set(), …) or
            # a CSS escape: such a value could load from another host in too many spellings.
            unsafe.append(f"<{tag} style={amap['style'][:40]!r}> with a CSS function or escape outside the content")
        if tag == "style" and not in_head and not self.theme_inline:
            unsafe.append("<style> element in the body outside the content (markup that left the article?)")

    def _check_inline(self, element: LexborNode, kind: str, data: bool = False) -> None:
        """An inline script or style outside the content must be one of the theme's."""
        if any(True for _ in element.iter()):  # elements inside: only in SVG or MathML
            self.scan.unsafe.append(f"<{kind}> with elements inside, outside the content (a browser runs only "
                                    "its own text)")
            return
        body = f"{kind}:" + _normalise_script(element.text(deep=True), self.base_path)
        self.inline_code.append(body)
        if self.theme_inline:
            known = body in self.theme_inline
        else:  # no 404 page to learn from: Material's scripts by how they begin; styles in <head>
            known = kind == "style" or data or bool(_THEME_INLINE_SCRIPTS.match(body[len("script:"):]))
        if not known:
            self.scan.unsafe.append(f"inline <{kind}> outside the content that the theme did not write")

    def _check_content(self, tag: str, amap: dict[str, str]) -> None:
        if tag in FORBIDDEN_IN_CONTENT:
            self.scan.unsafe.append(f"<{tag}> element in article content")
        for name, value in amap.items():
            if name.startswith("on"):
                self.scan.unsafe.append(f"<{tag} {name}=…> event handler in article content")
            if (name in URL_ATTRIBUTES or name == "style" and "url(" in value.lower()) and _dangerous_url(name, value):
                self.scan.unsafe.append(f"<{tag} {name}={value[:40]!r}> dangerous URL in article content")


def _dangerous_url(name: str, value: str) -> bool:
    """javascript:, vbscript:, file: or a data: URL other than an image; in SVG animation
    values, any item of the ";"-separated list."""
    compact = _CONTROL.sub("", value)
    items = compact.split(";") if name == "values" else [compact]
    return any(_DANGEROUS_URL.match(item) and not _SAFE_DATA_URL.match(item) for item in items)


def _browser_split(url: str) -> SplitResult:
    """url split as a browser reads it: without tabs and newlines, trimmed of spaces and
    control characters, "\\" read as "/" (so "\\\\evil.example/x" is "//evil.example/x")."""
    return urlsplit(_URL_EDGES.sub("", _URL_NOISE.sub("", url)).replace("\\", "/"))


def _other_host(url: str) -> bool:
    """Whether a browser would fetch url from another host."""
    parts = _browser_split(url)
    return bool(parts.scheme or parts.netloc)


def _other_host_in_srcset(srcset: str) -> bool:
    return any(_other_host(candidate.split()[0]) for candidate in srcset.split(",") if candidate.strip())


def _normalise_script(text: str, base_path: str) -> str:
    """Relative paths differ with page depth ("..", "../..", "../../assets/x.js"), and the
    404 page, served at any depth, has the site's base path instead ("/briefing/",
    "/briefing/assets/x.js"): each compares without that beginning ("", "assets/x.js")."""
    text = _REL_PATH.sub(r"\1\1", text)
    text = text.replace(f'"{base_path}"', '""').replace(f"'{base_path}'", "''")
    return re.sub(r"""(["'])(?:(?:\.\./)+|\./|%s)""" % re.escape(base_path), r"\1", text).strip()


def _scan_document(text: str, known_scripts: frozenset[str] = frozenset(), base_path: str = "/") -> _Scan:
    tree = LexborHTMLParser(text)
    content = {element.mem_id for article in tree.css(_CONTENT) for element in _elements(article)}
    head = frozenset(element.mem_id for element in _elements(tree.head)) if tree.head is not None else frozenset()
    scanner = _Scan(known_scripts, base_path)
    if tree.root is not None:
        scanner.walk(tree.root, content, head)
    return scanner


def theme_scripts(page_text: str, base_path: str = "/") -> frozenset[str]:
    """The inline scripts and styles of a page without article content (404.html): the
    templates' own, as scan_page compares them."""
    return frozenset(_scan_document(page_text, base_path=base_path).inline_code)


def scan_page(text: str, known_scripts: frozenset[str] = frozenset(), base_path: str = "/") -> PageScan:
    """Scan one built HTML page: ids, links, and anything executable that content brought.

    known_scripts: theme_scripts() of the site's 404 page, with the same base_path."""
    scan = _scan_document(text, known_scripts, base_path).scan
    for title in _TITLE.findall(text):
        if _MARKUP_START.search(title):
            scan.unsafe.append(f"markup in <title>: {title.strip()[:60]!r} (title printed unescaped)")
    return scan


def scan_fragment(html_text: str) -> list[str]:
    """Unsafe things in an HTML fragment that the theme inserts as markup (search results):
    parsed as the innerHTML of a <div>, which is how it reaches the page."""
    tree = LexborHTMLParser(html_text, is_fragment=True, fragment_tag="div")
    scanner = _Scan()
    if tree.root is not None:
        scanner.walk(tree.root, None)
    return scanner.scan.unsafe


def check_search_index(site_dir: Path) -> list[str]:
    """Material's search renders titles and texts of search/search_index.json as HTML."""
    path = site_dir / "search" / "search_index.json"
    if not path.exists():
        return []
    try:
        docs = json.loads(path.read_text(encoding="utf-8")).get("docs", [])
    except (OSError, ValueError, AttributeError) as exc:
        return [f"search/search_index.json: unreadable ({exc})"]
    problems = []
    for entry in docs:
        for key in ("title", "text"):
            for problem in scan_fragment(str(entry.get(key) or "")):
                problems.append(f"search/search_index.json: {entry.get('location', '?')}: {key}: {problem}")
    return problems


@dataclass
class SiteReport:
    pages: int = 0
    pages_unchanged: int = 0  # taken from the previous check's record (not parsed again)
    links_checked: int = 0
    unsafe: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    duplicate_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.unsafe or self.broken or self.duplicate_ids)


def check_site(site_dir: Path, base_path: str = "/", previous: Path | None = None,
               record: Path | None = None, own_pages: frozenset[str] = frozenset()) -> SiteReport:
    """Scan every built page: unsafe content, broken internal links and anchors, duplicate ids.

    own_pages: the built pages (e.g. "about/index.html") of pages the user wrote by hand: what
    they embed (a video, a button) is the user's own choice, not article text, so only their
    links are checked.

    base_path is the path part of site_url: absolute links under it point into the site
    (Material's 404 page uses them).

    previous, record: the record of an earlier check, and where to write this one's (only
    when no page is unsafe and no link broken, i.e. when the build may publish the site).
    A page that is still the file the earlier check parsed (same inode, size and mtime: a
    page the site build took over by hard link) is not parsed again when the check's code,
    parser, base path and theme scripts are the same: its ids and links come from the
    record (it had no finding then, and the same bytes give the same scan). Its links are
    still resolved against this site, and other pages' links against its ids.
    """
    report = SiteReport()
    not_found = site_dir / "404.html"
    known = theme_scripts(not_found.read_text(encoding="utf-8", errors="replace"), base_path) \
        if not_found.exists() else frozenset()
    rels = sorted(_html_files(site_dir), key=lambda rel: rel.split("/"))  # a/ before a-b/
    key = _record_key(known, base_path)
    site = _Site(str(site_dir), base_path, known, _load_record(previous, key) if previous else {}, own_pages)
    workers = min(os.cpu_count() or 1, len(rels) // PARALLEL_MIN_PAGES_PER_WORKER)
    if workers > 1:  # parsing and resolving links is most of the check's time: one process per core
        with worker_pool(workers, _use_site, (site,)) as pool:
            results = list(pool.map(_check_page, rels, chunksize=32))
    else:
        _use_site(site)
        try:
            results = [_check_page(rel) for rel in rels]
        finally:
            _use_site(None)
    ids = {rel: result.ids for rel, result in zip(rels, results)}
    report.pages = len(rels)
    report.pages_unchanged = sum(1 for result in results if result.stat is not None and result.links is None)
    report.unsafe += check_search_index(site_dir)
    for rel, result in zip(rels, results):
        report.unsafe += [f"{rel}: {u}" for u in result.unsafe]
        report.duplicate_ids += [f"{rel}: duplicate id {i!r}" for i in sorted(result.duplicate_ids)]
        report.links_checked += result.internal_links
        for problem in result.link_problems:
            if isinstance(problem, _Anchor):  # an anchor in another page: known only now
                target_ids = ids.get(problem.page)
                if target_ids is None or problem.id in target_ids:
                    continue
                problem = problem.missing()
            report.broken.append(f"{rel}: {problem}")
    if record is not None:
        record.unlink(missing_ok=True)
        if not (report.unsafe or report.broken):
            _save_record(record, key, site.known, rels, results)
    return report


RECORD_FORMAT = 1


def check_record(site_dir: Path) -> Path:
    """Where the record of a built site's check is kept: beside the site, never published."""
    return site_dir.with_name(f".{site_dir.name}.check.json")


def _record_key(theme: frozenset[str], base_path: str) -> str:
    """What a page's scan depends on besides its bytes."""
    import hashlib
    from importlib import metadata

    from . import source_digest

    try:
        parser = metadata.version("selectolax")
    except metadata.PackageNotFoundError:
        parser = None
    text = json.dumps([RECORD_FORMAT, source_digest("check.py"), parser, base_path, sorted(theme)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class _Known:
    """A page as an earlier check found it: which file it was, its ids and its links."""

    stat: tuple[int, int, int]  # st_ino, st_size, st_mtime_ns
    ids: set[str]
    links: list[str]


def _load_record(path: Path, key: str) -> dict[str, _Known]:
    """The pages of an earlier check's record made with the same key ({} when there is none)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("key") != key:
            return {}
        strings = data["strings"]
        return {rel: _Known((ino, size, mtime), {strings[i] for i in id_refs}, [strings[i] for i in link_refs])
                for rel, (ino, size, mtime, id_refs, link_refs) in data["pages"].items()}
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return {}  # a damaged record only means parsing every page


def _save_record(path: Path, key: str, known: dict[str, _Known], rels: list[str],
                 results: list[_PageResult]) -> None:
    """Record every page without a finding of its own, its ids and links as indexes into one
    table of strings (the pages of a site share most of their links)."""
    table: dict[str, int] = {}
    pages = {}
    for rel, result in zip(rels, results):
        if result.stat is None or result.unsafe or result.duplicate_ids:
            continue
        links = known[rel].links if result.links is None else result.links
        pages[rel] = [*result.stat, [table.setdefault(i, len(table)) for i in sorted(result.ids)],
                      [table.setdefault(url, len(table)) for url in links]]
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"format": RECORD_FORMAT, "key": key, "strings": list(table), "pages": pages},
                              separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


def _html_files(site_dir: Path) -> Iterator[str]:
    root = str(site_dir)
    for folder, _dirs, files in os.walk(root):
        rel_folder = os.path.relpath(folder, root).replace(os.sep, "/")
        for name in files:
            if name.endswith(".html"):
                yield name if rel_folder == "." else f"{rel_folder}/{name}"


@dataclass
class _Site:
    root: str
    base_path: str
    theme_scripts: frozenset[str]
    known: dict[str, _Known] = field(default_factory=dict)  # pages the previous check parsed
    own_pages: frozenset[str] = frozenset()  # hand-written pages: no unsafe-content check


class _Anchor(NamedTuple):
    """A link that resolves to a page, whose element id is still to be looked for."""

    url: str
    page: str
    id: str

    def missing(self) -> str:
        return f"link {self.url!r}: no element with id {self.id!r} in {self.page}"


@dataclass
class _PageResult:
    ids: set[str]
    duplicate_ids: set[str]
    unsafe: list[str]
    internal_links: int
    # In link order: a problem sentence, or an anchor in another page (checked by the parent).
    link_problems: list[str | _Anchor]
    stat: tuple[int, int, int] | None = None  # the file checked (None: it could not be read)
    links: list[str] | None = None  # the page's links when it was parsed (None: taken from the record)


_site: _Site | None = None
_kinds: _PathKinds | None = None


def _use_site(site: _Site | None) -> None:
    """Set the site this process checks (the pool's initializer): each process keeps its
    own cache of which paths exist. None forgets it."""
    global _site, _kinds
    _site, _kinds = site, _PathKinds(site.root) if site else None


def _check_page(rel: str) -> _PageResult:
    assert _site is not None and _kinds is not None
    path = os.path.join(_site.root, rel)
    known = _site.known.get(rel)
    if known is not None:
        try:
            info = os.stat(path)
        except OSError:
            known = None
        else:
            if (info.st_ino, info.st_size, info.st_mtime_ns) != known.stat:
                known = None
    if known is not None:
        scan, stat, parsed = PageScan(known.ids, set(), known.links, []), known.stat, False
    else:
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
                info = os.fstat(handle.fileno())
        except OSError as exc:  # a dangling link, a folder named x.html: the build fails, cleanly
            return _PageResult(set(), set(), [], 0, [f"cannot be read ({exc.strerror or exc})"])
        scan = scan_page(text, _site.theme_scripts, _site.base_path)
        stat, parsed = (info.st_ino, info.st_size, info.st_mtime_ns), True
    problems: list[str | _Anchor] = []
    internal = 0
    folder = posixpath.dirname(rel)
    for url in scan.links:
        problem = _check_link(rel, folder, url, _kinds, _site.base_path)
        if problem is None:
            continue
        internal += 1
        if isinstance(problem, _Anchor) and problem.page == rel:
            problem = "" if problem.id in scan.ids else problem.missing()
        if problem:
            problems.append(problem)
    return _PageResult(scan.ids, scan.duplicate_ids, [] if rel in _site.own_pages else scan.unsafe, internal,
                       problems, stat,
                       scan.links if parsed else None)


class _PathKinds(dict):  # type: ignore[type-arg]
    """'dir', 'file' or '' (missing) for paths inside the site, each looked up once: the
    pages of a large site link to the same few thousand targets over and over."""

    def __init__(self, root: str) -> None:
        super().__init__()
        self.root = root

    def __missing__(self, rel: str) -> str:
        try:
            kind = "dir" if os.path.isdir(os.path.join(self.root, rel)) else "file" \
                if os.path.exists(os.path.join(self.root, rel)) else ""
        except (OSError, ValueError):
            kind = ""
        self[rel] = kind
        return kind


def _check_link(page: str, folder: str, url: str, kinds: _PathKinds, base_path: str) -> str | _Anchor | None:
    """'' when the internal link resolves, a problem sentence when not, None for external
    ones; an _Anchor when it resolves to a page whose element id is still to be checked."""
    form = _url_form(url)
    if form.external:
        return None  # external (or absolute site_url canonical): not checked offline
    if form.path:
        path = form.path
        if path.startswith("/"):
            if not path.startswith(base_path):
                return f"link {url!r} is outside the site's base path {base_path}"
            joined = posixpath.normpath(path[len(base_path):]) if path != base_path else "."
        else:
            joined = _join(folder, form)
        if joined.startswith(".."):
            return f"link {url!r} leaves the site"
        target_rel = joined
        kind = kinds[target_rel]
        if kind == "dir" or path.endswith("/"):
            # (joined is normalised: no trailing "/", and "." only for the root)
            target_rel = f"{target_rel}/index.html" if target_rel != "." else "index.html"
            kind = kinds[target_rel]
        if not kind:
            return f"link {url!r}: {target_rel} does not exist"
    else:
        target_rel = page
    if form.fragment and target_rel.endswith(".html"):
        return _Anchor(url, target_rel, form.fragment)
    return ""


class _UrlForm(NamedTuple):
    """What _check_link needs of a URL, worked out once per URL: the pages of a large site
    repeat the same few hundred thousand links over a million times (splitting and
    normalising each was 60% of the check's time for pages not parsed again)."""

    external: bool  # a scheme or a host: not checked
    path: str  # unquoted ("" when the URL has none)
    up: int  # a relative path, normalised: how many ".." it starts with
    rest: str  # ... and what follows them ("" for nothing)
    fragment: str  # unquoted ("" when the URL has none)


_URL_FORMS: dict[str, _UrlForm] = {}
_URL_FORMS_MAX = 500_000  # a bound on its memory (a 10,000-article site has ~210,000 per process)


def _url_form(url: str) -> _UrlForm:
    form = _URL_FORMS.get(url)
    if form is None:
        parts = _browser_split(url)
        path = unquote(parts.path) if parts.path else ""
        up, rest = 0, ""
        if path and not path.startswith("/"):
            segments = posixpath.normpath(path).split("/")
            while up < len(segments) and segments[up] == "..":
                up += 1
            rest = "/".join(segments[up:])
            rest = "" if rest == "." else rest
        if len(_URL_FORMS) >= _URL_FORMS_MAX:
            _URL_FORMS.clear()
        form = _URL_FORMS[url] = _UrlForm(bool(parts.scheme or parts.netloc), path, up, rest,
                                          unquote(parts.fragment) if parts.fragment else "")
    return form


def _join(folder: str, form: _UrlForm) -> str:
    """posixpath.normpath(posixpath.join(folder, form.path)) for a folder of the site (a
    normalised relative path, "" for the root), from the parts _url_form worked out."""
    base = folder
    if form.up:
        ancestors = folder.split("/") if folder else []
        if form.up > len(ancestors):
            return "/".join([".."] * (form.up - len(ancestors)) + ([form.rest] if form.rest else []))
        base = "/".join(ancestors[:len(ancestors) - form.up])
    if base and form.rest:
        return f"{base}/{form.rest}"
    return base or form.rest or "."
