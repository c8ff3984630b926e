"""Post-build checks on the built HTML: nothing executable from content, no broken links.

The second line of defence behind escaping (shared/RELIABILITY.md section 1): even if
some article text slipped through as markup, the build fails instead of publishing it.
A step of `build_site.py build`, deliberately not an MkDocs hook (engine-neutral).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import posixpath
import re
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Elements only the theme may bring; inside the article content they mean injection.
FORBIDDEN_IN_CONTENT = {
    "script", "iframe", "object", "embed", "applet", "frame", "frameset", "base",
    "meta", "link", "style", "template", "noscript", "svg", "math",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcset", "data"}
_DANGEROUS_URL = re.compile(r"^\s*(javascript|vbscript|file|data)\s*:", re.I)
_SAFE_DATA_URL = re.compile(r"^\s*data:image/(png|gif|jpeg|webp);", re.I)
_CONTROL = re.compile(r"[\x00-\x20]+")
# Elements that never belong anywhere on a page of this site, theme included.
FORBIDDEN_ANYWHERE = {"iframe", "object", "embed", "applet", "frame", "frameset", "base"}
# The inline scripts Material itself writes (scope/storage helpers, palette, tabbed-anchor
# fix); check_site also accepts those of the 404 page, which has no article content, so
# the templates' own scripts pass. Any other inline script outside the content was
# injected through a template that printed a value raw (Material prints page titles
# unescaped in several places).
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


class _Scanner(HTMLParser):
    def __init__(self, fragment: bool = False, theme_scripts: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.scan = PageScan()
        self.theme_scripts = theme_scripts
        self.inline_scripts: list[str] = []
        # > 0 while inside <article class="md-content__inner">; a fragment (search index
        # entry) is content from start to end.
        self._fragment = fragment
        self._content_depth = 1 if fragment else 0
        self._stack: list[str] = []
        self._script: tuple[str, list[str]] | None = None  # (where, text) of an inline script

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        amap = {k.lower(): (v or "") for k, v in attrs}
        if tag == "article" and "md-content__inner" in amap.get("class", ""):
            self._content_depth = 1
        elif self._content_depth and tag not in _VOID:
            self._content_depth += 1
        if "id" in amap:
            if amap["id"] in self.scan.ids:
                self.scan.duplicate_ids.add(amap["id"])
            self.scan.ids.add(amap["id"])
        if "name" in amap and tag == "a":
            self.scan.ids.add(amap["name"])
        for attr in ("href", "src"):
            if amap.get(attr) and tag in ("a", "link", "script", "img", "source", "iframe"):
                self.scan.links.append(amap[attr])
        if self._content_depth:
            self._check_content(tag, amap)
        else:
            self._check_theme(tag, amap)

    def _check_theme(self, tag: str, amap: dict[str, str]) -> None:
        """Outside the content: the theme's markup, where a raw-printed value could land."""
        if tag in FORBIDDEN_ANYWHERE:
            self.scan.unsafe.append(f"<{tag}> element outside the content (a value printed unescaped?)")
        for name, value in amap.items():
            if name.startswith("on"):
                self.scan.unsafe.append(f"<{tag} {name}=…> event handler outside the content")
            if name in URL_ATTRIBUTES:
                compact = _CONTROL.sub("", value)
                if compact == _THEME_VOID_URL:
                    continue
                if _DANGEROUS_URL.match(compact) and not _SAFE_DATA_URL.match(compact):
                    self.scan.unsafe.append(f"<{tag} {name}={value[:40]!r}> dangerous URL outside the content")
        if tag == "script":
            src = amap.get("src", "")
            if src and (urlsplit(src).scheme or urlsplit(src).netloc):
                self.scan.unsafe.append(f"<script src={src[:60]!r}> loads code from another host")
            elif not src and amap.get("type", "") != "application/json":
                self._script = ("outside the content", [])

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script[1].append(data)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self._content_depth and tag not in _VOID:
            self._content_depth -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            where, text = self._script
            self._script = None
            body = _normalise_script("".join(text))
            self.inline_scripts.append(body)
            if not _THEME_INLINE_SCRIPTS.match(body) and body not in self.theme_scripts:
                self.scan.unsafe.append(f"inline <script> {where} that the theme did not write")
        if self._content_depth and tag not in _VOID and not (self._fragment and self._content_depth == 1):
            self._content_depth -= 1

    def _check_content(self, tag: str, amap: dict[str, str]) -> None:
        if tag in FORBIDDEN_IN_CONTENT:
            self.scan.unsafe.append(f"<{tag}> element in article content")
        for name, value in amap.items():
            if name.startswith("on"):
                self.scan.unsafe.append(f"<{tag} {name}=…> event handler in article content")
            if name in URL_ATTRIBUTES or name == "style" and "url(" in value.lower():
                compact = _CONTROL.sub("", value)
                if _DANGEROUS_URL.match(compact) and not _SAFE_DATA_URL.match(compact):
                    self.scan.unsafe.append(f"<{tag} {name}={value[:40]!r}> dangerous URL in article content")


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _normalise_script(text: str) -> str:
    return _REL_PATH.sub(r"\1\1", text).strip()


def theme_scripts(page_text: str) -> frozenset[str]:
    """The inline scripts of a page without article content (404.html): the templates' own."""
    parser = _Scanner()
    parser.feed(page_text)
    parser.close()
    return frozenset(parser.inline_scripts)


def scan_page(text: str, known_scripts: frozenset[str] = frozenset()) -> PageScan:
    """Scan one built HTML page: ids, links, and anything executable that content brought."""
    parser = _Scanner(theme_scripts=known_scripts)
    parser.feed(text)
    parser.close()
    for title in _TITLE.findall(text):
        if _MARKUP_START.search(title):
            parser.scan.unsafe.append(f"markup in <title>: {title.strip()[:60]!r} (title printed unescaped)")
    return parser.scan


def scan_fragment(html_text: str) -> list[str]:
    """Unsafe things in an HTML fragment that the theme inserts as markup (search results)."""
    parser = _Scanner(fragment=True)
    parser.feed(html_text)
    parser.close()
    return parser.scan.unsafe


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
    links_checked: int = 0
    unsafe: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    duplicate_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.unsafe or self.broken or self.duplicate_ids)


def check_site(site_dir: Path, base_path: str = "/") -> SiteReport:
    """Scan every built page: unsafe content, broken internal links and anchors, duplicate ids.

    base_path is the path part of site_url: absolute links under it point into the site
    (Material's 404 page uses them).
    """
    report = SiteReport()
    scans: dict[str, PageScan] = {}
    not_found = site_dir / "404.html"
    known = theme_scripts(not_found.read_text(encoding="utf-8", errors="replace")) if not_found.exists() else frozenset()
    pages = sorted(site_dir.rglob("*.html"))
    rels = [page.relative_to(site_dir).as_posix() for page in pages]
    workers = min(os.cpu_count() or 1, len(pages) // PARALLEL_MIN_PAGES_PER_WORKER)
    if workers > 1:  # parsing is most of the check's time: one process per core
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(_scan_file, pages, repeat(known), chunksize=32))
    else:
        results = [_scan_file(page, known) for page in pages]
    scans = dict(zip(rels, results))
    kinds = _PathKinds(site_dir)
    report.pages = len(scans)
    report.unsafe += check_search_index(site_dir)
    for rel, scan in scans.items():
        report.unsafe += [f"{rel}: {u}" for u in scan.unsafe]
        report.duplicate_ids += [f"{rel}: duplicate id {i!r}" for i in sorted(scan.duplicate_ids)]
        for url in scan.links:
            problem = _check_link(rel, url, kinds, scans, base_path)
            if problem is None:
                continue
            report.links_checked += 1
            if problem:
                report.broken.append(f"{rel}: {problem}")
    return report


def _scan_file(path: Path, known: frozenset[str]) -> PageScan:
    return scan_page(path.read_text(encoding="utf-8", errors="replace"), known)


class _PathKinds(dict):  # type: ignore[type-arg]
    """'dir', 'file' or '' (missing) for paths inside the site, each looked up once: the
    pages of a large site link to the same few thousand targets over and over."""

    def __init__(self, site_dir: Path) -> None:
        super().__init__()
        self.root = str(site_dir)

    def __missing__(self, rel: str) -> str:
        try:
            kind = "dir" if os.path.isdir(os.path.join(self.root, rel)) else "file" \
                if os.path.exists(os.path.join(self.root, rel)) else ""
        except (OSError, ValueError):
            kind = ""
        self[rel] = kind
        return kind


def _check_link(page: str, url: str, kinds: _PathKinds, scans: dict[str, PageScan], base_path: str) -> str | None:
    """'' when the internal link resolves, a problem sentence when not, None for external ones."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None  # external (or absolute site_url canonical): not checked offline
    target = posixpath.dirname(page)
    if parts.path:
        path = unquote(parts.path)
        if path.startswith("/"):
            if not path.startswith(base_path):
                return f"link {url!r} is outside the site's base path {base_path}"
            joined = path[len(base_path):] or "."
        else:
            joined = posixpath.normpath(posixpath.join(target, path))
        if joined.startswith(".."):
            return f"link {url!r} leaves the site"
        target_rel = joined
        kind = kinds[target_rel]
        if kind == "dir" or path.endswith("/"):
            target_rel = posixpath.join(target_rel, "index.html").lstrip("./") if target_rel != "." else "index.html"
            kind = kinds[target_rel]
        if not kind:
            return f"link {url!r}: {target_rel} does not exist"
    else:
        target_rel = page
    if parts.fragment and target_rel.endswith(".html"):
        scan = scans.get(target_rel)
        fragment = unquote(parts.fragment)
        if scan is not None and fragment not in scan.ids:
            return f"link {url!r}: no element with id {fragment!r} in {target_rel}"
    return ""
