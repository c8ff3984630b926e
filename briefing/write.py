"""Write stage: articles -> Markdown files with YAML front matter, written safely.

Safety rules (shared/RELIABILITY.md):
- article text is text: every character is escaped so nothing in a seed becomes markup;
- front matter only through yaml.safe_dump, fixed key order, re-loaded to verify;
- writes are atomic, files the converter did not generate are never touched, files it
  generated for a seed that is gone are removed, and the same input gives the same bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import logging
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterator

import yaml

from . import source_digest
from .model import Article, Block, Briefing
from .text import LIST_BULLETS

log = logging.getLogger(__name__)

MANIFEST = ".briefing-manifest.json"
_MANIFEST_MAPS = ("files", "inputs", "owners")  # its per-file entries; the rest are settings
# The conversion contract: every key always present, in this order (README documents it).
CONTRACT_KEYS = (
    "title", "subtitle", "authors", "source", "date", "date_source",
    "source_file", "tags", "summary", "word_count",
)
# Keys after the contract ones: used by the site's article template.
EXTRA_KEYS = ("url", "language", "entities", "related")

# Characters Python-Markdown gives a meaning to anywhere in a line. `<`, `>` and `&` are
# written as entities (a backslash does not escape them); the rest get a backslash.
# `#` too: at the end of a heading line it would close the heading ("## C#" -> "C").
_INLINE_SPECIAL = re.compile(r"([\\`*_{}\[\]#])")
# At the start of a paragraph: headings, list markers, block quotes, rules, admonitions.
_LINE_START = re.compile(r"^([#+\-!=|:~]|\d+(?=[.)]))")
# A paragraph that is an item of a bulleted list, as pasted ("- ", "• ", "* "): written as
# Markdown's list item. (Not a dash of another width: "– Jo Roe" may be a quotation's source.)
_BULLET_ITEM = re.compile("^[" + re.escape("-" + LIST_BULLETS) + r"]\s+(?=\S)")
# A "<" that an HTML parser would read as the start of a tag, an end tag or a comment.
_TAG_OPEN = re.compile(r"<(?=[A-Za-z!?/])")
# What such a "<" becomes in a page title: SINGLE LEFT-POINTING ANGLE QUOTATION MARK, visibly
# a "<" to a reader, inert to every parser, and in every Western font (Windows-1252 has it).
# (It was the FULLWIDTH LESS-THAN SIGN, which only CJK fonts draw: a reader with none saw
# "How ▯b>TikTok▯/b>".)
TITLE_LT = "\u2039"


class WriteError(Exception):
    """An output could not be written (collision, path outside docs/, I/O)."""


class LockError(Exception):
    """Another run is writing the folder this run would write."""


@contextlib.contextmanager
def run_lock(folder: Path, what: str) -> Iterator[None]:
    """Hold an exclusive lock on folder while this run writes it: a second run at the same
    time fails at once with LockError instead of renaming the folder under the first.

    The lock is an flock on a hidden file beside the folder (.docs.lock beside docs/), not
    in it: a site folder is replaced by a rename. The kernel drops the lock when the process
    ends, however it ends; the file itself stays. No lock where there is no flock (Windows).
    """
    try:
        import fcntl
    except ImportError:
        yield
        return
    lock = folder.parent / f".{folder.name}.lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockError(f"another run of build_site.py is writing {what} {folder}/ (it holds {lock}); "
                            "wait for it to finish, then run again") from None
        yield
    finally:
        os.close(fd)


# --- Markdown rendering ----------------------------------------------------------------


def escape_text(text: str) -> str:
    """Plain text -> Markdown that renders as exactly this text (no markup, no HTML)."""
    text = " ".join(text.split())  # one line: no indented code, no setext underline
    text = html.escape(text, quote=False)  # & < >
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    match = _LINE_START.match(text)
    if match:
        if match.group(1)[0].isdigit():  # "1. " would start a list: escape the dot
            end = match.end()
            text = text[:end] + "\\" + text[end:]
        elif match.group(1) in "#+-!":
            text = "\\" + text
        else:  # =, |, :, ~ have no backslash escape: an entity keeps them literal
            text = f"&#{ord(text[0])};" + text[1:]
    return text


def inert_title(title: str | None) -> str | None:
    """The title as MkDocs may use it: exact text unless a "<" in it would open a tag.

    MkDocs treats `page.title` as HTML and Material prints it unescaped in `<title>`, in
    the header, in the tags listing and in the search index (whose titles the search UI
    inserts with innerHTML), so a scraped headline like `<img src=x onerror=…>` would run
    in the reader's browser. Escaping it as `&lt;` would fix MkDocs but put entities into
    the contract's plain-text title (and double-escape in templates that escape, as ours
    does); only the one character that can start markup is swapped for a look-alike, so
    every ordinary headline (`&`, `>`, `5 < 10`, quotes) stays byte-exact.
    """
    if title is None:
        return None
    return _TAG_OPEN.sub(TITLE_LT, title)


def paragraph_anchor(anchor: str) -> str:
    """The inline permalink that gives a paragraph its id (styled like heading permalinks)."""
    number = anchor.removeprefix("p-")
    return (
        f'<a class="para-anchor" id="{anchor}" href="#{anchor}" tabindex="-1" '
        f'aria-label="Link to paragraph {number}" data-search-exclude>¶</a>'
    )  # data-search-exclude: Material's search indexes the text, not the pilcrow; aria-label: a
    # screen reader says "Link to paragraph 3", not "pilcrow". No title: Material shows a
    # title as a tooltip while the link has focus, and a link into the paragraph gives it
    # focus, so the tooltip covered the very line the reader was sent to. tabindex="-1": no
    # Tab stop of its own (a 40-paragraph article put 40 between its tags and its citation);
    # a link to the paragraph (#p-3) still lands on it and marks it (:target).


def render_body(article: Article) -> str:
    """The article's own text as Markdown: paragraphs, headings, quotes and their sources,
    list items (and bulleted paragraphs, as a seed pasted them) as lists.

    No `# title` line: the title is in the front matter, and the theme (or any engine's
    default template) shows it as the page's heading. No photo captions: the briefing has
    no photos, and a caption without its photo ("A Microsoft building in Beijing (Getty)")
    is page furniture between the paragraphs (`-v` names them among the decisions).
    """
    out: list[str] = []
    previous: Block | None = None
    # Items of a bulleted list: paragraphs that start with a bullet, beside another such one (a
    # lone "* Names marked with an asterisk have been changed" is a note, not a list of one).
    blocks = article.blocks
    bulleted = [b.kind == "paragraph" and _BULLET_ITEM.match(b.text) is not None for b in blocks]
    items = {id(b) for k, b in enumerate(blocks) if b.kind == "item"
             or bulleted[k] and (k > 0 and bulleted[k - 1] or k + 1 < len(blocks) and bulleted[k + 1])}
    for block in blocks:
        if block.kind == "code":
            if previous is not None and (previous.kind == "code" or id(previous) in items):
                # Markdown runs the indented lines of two listings in a row into one block,
                # and a listing under a list's last item into the item: a comment ends the
                # first (CommonMark's engines read it the same way).
                out.append("<!-- -->")
            out.append(render_code(block.text))
            previous = block
            continue
        text = escape_text(block.text)
        if not text:
            continue
        if block.kind == "heading":
            out.append(f"## {text}")
        elif block.kind == "caption":
            continue
        elif block.kind == "source":
            out.append(f"*{text}*")  # the source of the quotation above, apart from it, in italics
        elif block.kind == "table":
            out.append(render_table(block.text, block.anchor))
            previous = block
            continue
        elif block.kind == "quote":
            line = f"> {paragraph_anchor(block.anchor)} {text}" if block.anchor else f"> {text}"
            if previous is not None and previous.kind == "quote":
                out[-1] += "\n>\n" + line  # consecutive excerpts: one block quote
                previous = block
                continue
            out.append(line)
        elif id(block) in items:
            if block.kind != "item":
                text = escape_text(_BULLET_ITEM.sub("", block.text, count=1))
            line = f"- {paragraph_anchor(block.anchor)} {text}" if block.anchor else f"- {text}"
            if previous is not None and id(previous) in items:
                out[-1] += "\n" + line  # the items in a row: one list (a tight one, no <p> in the items)
            else:
                out.append(line)
        else:
            out.append(f"{paragraph_anchor(block.anchor)} {text}" if block.anchor else text)
        previous = block
    return "\n\n".join(out) + "\n"


def render_code(text: str) -> str:
    """A code block as Markdown's own: each line indented four spaces, shown as written
    (no Markdown inside is read, and <, & are escaped by any engine: a seed's text is text)."""
    return "\n".join(f"    {line}" if line.strip() else "" for line in text.expandtabs(4).split("\n"))


def render_table(text: str, anchor: str | None = None) -> str:
    """A table block (rows a line, cells split by tabs) as an HTML table: the same in any
    Markdown engine without an extension, every cell escaped (a seed's text is text). The
    first row is the header when it holds no figure but years where a later row holds
    figures ("Ticker / Security / Last" over "HD / THE HOME DEPOT INC. / 225.86", "Indicator /
    2023 / 2024" over "Revenue / 10.25 / 3.99", "Feature / Encounters 2023" over "Scarborough
    Shoal / 41"); of a table of two rows, only when its first
    cell is a word and it has three columns or more (not "Brand / XADO" over "Contents /
    125 ml", a product's facts). The table sits in a region that scrolls sideways on a narrow screen, which
    a keyboard can reach and a screen reader names; the region has the table's paragraph anchor
    as its id, which the timeline's events from its rows lead to."""
    rows = [row.split("\t") for row in text.split("\n")]
    width = max(map(len, rows))
    header = len(rows) > 1 and all(_label_cell(c) for c in rows[0]) and any(c.strip() for c in rows[0]) \
        and any(ch.isdigit() for row in rows[1:] for c in row if not _YEAR_CELL.fullmatch(c) for ch in c) \
        and (len(rows) > 2 or width > 2 and any(ch.isalpha() for ch in rows[0][0]))
    # (The table has a class: Material moves a table without one into a wrapper of its own and
    # makes it an inline block, out of this region and its scrolling.)
    own = f' id="{anchor}"' if anchor else ""
    out = [f'<div class="article-table"{own} role="region" aria-label="Table" tabindex="0">', '<table class="grid">']
    for n, row in enumerate(rows):
        cell = '<th scope="col">' if header and n == 0 else "<td>"
        close = "</th>" if header and n == 0 else "</td>"
        out.append("<tr>" + "".join(f"{cell}{html.escape(c, quote=True)}{close}"
                                    for c in row + [""] * (width - len(row))) + "</tr>")
    out += ["</table>", "</div>"]
    return "\n".join(out)


_YEAR_CELL = re.compile(r"\s*(?:1[89]|20)\d\d\s*")


_YEAR_IN_CELL = re.compile(r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,]\d|\d)")


def _label_cell(cell: str) -> bool:
    """A cell a header may hold: words, a year ("2023") or both ("Encounters 2023"), no other figure."""
    return not any(ch.isdigit() for ch in _YEAR_IN_CELL.sub("", cell))


def front_matter(article: Article, briefing: Briefing, by_slug: dict[str, Article] | None = None) -> dict[str, Any]:
    """The front matter mapping, contract keys first, every key present."""
    by_slug = by_slug if by_slug is not None else {a.slug: a for a in briefing.articles}
    data: dict[str, Any] = {
        "title": inert_title(article.title),
        "subtitle": article.subtitle,
        "authors": list(article.authors),
        "source": article.source,
        "date": article.date.isoformat() if article.date else None,
        "date_source": article.date_source if article.date else None,
        "source_file": article.source_file,
        "tags": list(article.tags),
        "summary": article.summary,
        "word_count": article.word_count,
        "url": article.url,
        "language": article.language,
        "entities": [
            {"name": briefing.entities[s].name, "slug": s}
            for s in article.entities if s in briefing.entities
        ],
        "related": [
            {"title": inert_title(by_slug[r.slug].title), "slug": r.slug, "reason": "shares " + ", ".join(r.reasons)}
            for r in article.related if r.slug in by_slug
        ],
    }
    assert tuple(data) == CONTRACT_KEYS + EXTRA_KEYS
    return data


# Reading back every front matter block is the check that it says what we meant; libyaml's
# loader (same YAML 1.1 rules as SafeLoader) makes it ~35x cheaper: it was the largest
# single cost of converting 1,000 articles.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# libyaml's dumper is ~10x faster (the front matter of 10,000 articles); where its output
# would escape characters a reader should see, dump_front_matter uses the Python one.
_FastDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _reload(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader, C or Python


def dump_front_matter(data: dict[str, Any]) -> str:
    """YAML through a safe dumper, verified by loading it back."""
    text = _dump(data, _FastDumper, allow_unicode=True)
    if "\\U" in text or "\\x" in text or "\\u" in text:
        # libyaml escapes emoji (\U0001F600); the Python dumper keeps them readable.
        text = _dump(data, yaml.SafeDumper, allow_unicode=True)
    if _reload(text) != data:
        # With allow_unicode the dumper writes NEL, U+2028/9 and friends raw, and the
        # loader reads them as line breaks (a file name may hold them: source_file is not
        # cleaned). Escaped output (\x85, \u2028) reads back exactly.
        text = _dump(data, yaml.SafeDumper, allow_unicode=False)
        if _reload(text) != data:  # never write front matter that reads back differently
            raise WriteError("front matter does not survive a YAML round trip")
    return f"---\n{text}---\n\n"


def _dump(data: dict[str, Any], dumper: type, allow_unicode: bool) -> str:
    return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=allow_unicode,
                     default_flow_style=False, width=4096)


def render_article(article: Article, briefing: Briefing, by_slug: dict[str, Article] | None = None) -> str:
    """The whole Markdown file for one article."""
    return dump_front_matter(front_matter(article, briefing, by_slug)) + render_body(article)


_RENDER_CODE = ("model.py", "text.py", "write.py")


def article_inputs(article: Article, briefing: Briefing, by_slug: dict[str, Article]) -> str | None:
    """A digest of everything render_article reads, or None when the article has no
    fingerprint (then it is always rendered)."""
    if not article.fingerprint:
        return None
    names = [briefing.entities[s].name if s in briefing.entities else "" for s in article.entities]
    related = [(r.slug, by_slug[r.slug].title if r.slug in by_slug else None, r.reasons) for r in article.related]
    text = repr((source_digest(*_RENDER_CODE), article.fingerprint, article.slug, article.source, names, related))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- safe output tree ------------------------------------------------------------------


class OutputTree:
    """Writes generated files under docs/, atomically, never over a file we did not make.

    A manifest (docs/.briefing-manifest.json: hidden, so MkDocs ignores it) lists what
    the converter generated last time; on finish, generated files not written this run
    are removed, so a deleted seed's page disappears.

    write() only stages a file: its bytes go to a hidden temporary file beside the target.
    finish() makes every staged file durable with one flush of the file system and then
    renames each over its target, so a run that fails before finish() (or calls discard())
    leaves docs/ as it was. One flush instead of an fsync per file: 10,000 fsyncs cost
    seconds (0.45 ms each on the benchmark machine, more on a laptop's disk).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._root = str(root)
        self.previous: dict[str, str] = {}
        self.previous_inputs: dict[str, str] = {}
        self.previous_owners: dict[str, str] = {}  # article page -> the seed it was made from
        self._settings: dict[str, object] = {}  # what the last manifest recorded besides files and inputs
        self.manifest_missing = not (root / MANIFEST).exists()  # (a fresh folder, or the record lost)
        self._load_manifest()
        self.written: dict[str, str] = {}
        self.inputs: dict[str, str] = {}  # rel -> digest of what the page was made from
        self.owners: dict[str, str] = {}  # rel -> the seed file an article page is made from
        self.skipped: list[str] = []  # user files we refused to overwrite
        self.changed = 0
        self._staged: list[tuple[str, str, str]] = []  # (temporary file, target, rel), renamed in finish()

    def _load_manifest(self) -> None:
        try:
            data = json.loads((self.root / MANIFEST).read_text(encoding="utf-8"))
            files = {str(k): str(v) for k, v in data.get("files", {}).items()}
            inputs = {str(k): str(v) for k, v in (data.get("inputs") or {}).items()}
            owners = {str(k): str(v) for k, v in (data.get("owners") or {}).items()}
        except (OSError, ValueError, AttributeError):
            return
        self._settings = {k: v for k, v in data.items() if k not in _MANIFEST_MAPS}
        valid = {}
        for rel, digest in files.items():
            try:
                self._os_path(rel)
            except WriteError:
                log.warning("%s: ignoring the entry %r (outside the docs folder)", self.root / MANIFEST, rel)
                continue
            valid[rel] = digest
        self.previous = valid
        self.previous_inputs = {rel: key for rel, key in inputs.items() if rel in valid}
        self.previous_owners = {rel: owner for rel, owner in owners.items() if rel in valid}

    def _path(self, rel: str) -> Path:
        return Path(self._os_path(rel))

    def _os_path(self, rel: str) -> str:
        """The file's path under the root, as a string (no pathlib: called 10,000s of times
        on a large briefing); WriteError for a path that leaves the root."""
        parts = [part for part in rel.split("/") if part not in ("", ".")]
        if rel.startswith("/") or ".." in parts or not parts:
            raise WriteError(f"refusing to write outside the docs folder: {rel}")
        return os.path.join(self._root, *parts)

    def keep(self, rel: str, inputs: str | None, owner: str | None = None) -> bool:
        """Keep a generated file without rendering it again: True when the last run wrote it
        from the same inputs and it is still there (as generated, or edited by hand: either
        way it stays as it is, and the manifest keeps the generated digest)."""
        if inputs is None or self.previous_inputs.get(rel) != inputs or rel in self.written:
            return False
        if not os.path.isfile(self._os_path(rel)):
            return False
        self.written[rel] = self.previous[rel]
        self.inputs[rel] = inputs
        if owner is not None:
            self.owners[rel] = owner
        return True

    def keep_all(self, inputs: str) -> bool:
        """Keep every file the last run made from these inputs (a group of pages made
        together), or none: False when there were none or one of them is gone."""
        group = [rel for rel, key in self.previous_inputs.items() if key == inputs]
        if not group or any(rel in self.written or not os.path.isfile(self._os_path(rel)) for rel in group):
            return False
        for rel in group:
            self.written[rel] = self.previous[rel]
            self.inputs[rel] = inputs
        return True

    def write(self, rel: str, content: str | bytes, inputs: str | None = None, owner: str | None = None) -> bool:
        """Write one generated file; False (and a warning) when a user's file is in the way.

        A user's file is one the converter never generated, or one it generated that was
        edited by hand since (its bytes no longer match the manifest): both are kept. An
        edited page stays in the manifest with what it was made from (inputs, owner: the seed
        of an article page), so that deleting it regenerates it.
        """
        if rel in self.written:
            raise WriteError(f"two outputs want the same path: {rel}")
        path = self._path(rel)
        current = _sha256_file(path) if path.exists() else None
        data = content.encode("utf-8") if isinstance(content, str) else content
        digest = hashlib.sha256(data).hexdigest()
        if current is not None and self.previous.get(rel) != current \
                and not (self.manifest_missing and current == digest):
            # (Without the manifest, a file holding exactly this output is this program's: taken
            # back, not reported as the user's.)
            self.skipped.append(rel)
            if rel in self.previous:
                self.written[rel] = self.previous[rel]  # still ours, as generated: not stale in finish()
                if inputs is not None:
                    self.inputs[rel] = inputs  # a group kept by keep_all still includes it
                if owner is not None:
                    self.owners[rel] = owner
                log.warning("%s was edited by hand since it was generated: left as it is, and no longer "
                            "updated (delete it to regenerate it; %s)", path, edit_hint(rel))
            else:
                log.warning("%s exists and was not generated by build_site.py: left untouched "
                            "(move it away to get the generated page)", path)
            return False
        self.written[rel] = digest
        if inputs is not None:
            self.inputs[rel] = inputs
        if owner is not None:
            self.owners[rel] = owner
        if current == digest:
            return True  # unchanged: keep the file (and its mtime) as it is
        self._staged.append((_temporary_file(path, data, durable=False), str(path), rel))
        self.changed += 1
        return True

    def discard(self) -> None:
        """Delete the staged files: nothing this run wrote reaches docs/."""
        staged, self._staged = self._staged, []
        for tmp, _, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        self._remove_leftovers()

    def _remove_leftovers(self) -> None:
        """Delete temporary files of ours that no staging list holds: an interrupt between
        their creation and their entry in the list (Ctrl-C inside mkstemp), or a run killed
        before it could clean up. Only names made for a generated file (".NAME.XXXXXXXX.tmp",
        NAME in the manifest or written by this run) are touched."""
        staged = {tmp for tmp, _, _ in self._staged}
        by_folder: dict[str, set[str]] = {}
        for rel in {*self.previous, *self.written, MANIFEST}:
            folder, _, name = rel.rpartition("/")
            by_folder.setdefault(folder, set()).add(name)
        for folder, names in by_folder.items():
            try:
                entries = os.scandir(os.path.join(self._root, *folder.split("/")) if folder else self._root)
            except OSError:
                continue
            with entries:
                for entry in entries:
                    m = _TEMPORARY_NAME.fullmatch(entry.name)
                    if m and m.group(1) in names and entry.path not in staged and entry.is_file(follow_symlinks=False):
                        Path(entry.path).unlink(missing_ok=True)

    def _commit(self) -> None:
        """Make the staged files durable, then move each over its target (one rename each:
        a reader sees the old file or the new one, never a part)."""
        staged, self._staged = self._staged, []
        done = 0
        try:
            make_durable(self._root, [tmp for tmp, _, _ in staged])
            for tmp, target, _ in staged:
                os.replace(tmp, target)
                done += 1
        except BaseException:
            for tmp, _, _ in staged[done:]:
                Path(tmp).unlink(missing_ok=True)
            if done:  # some files were replaced: the manifest must know them, or the next run
                self._save_partial([rel for _, _, rel in staged[:done]])  # takes them for hand edits
            raise

    def _save_partial(self, replaced: list[str]) -> None:
        """The last manifest, with the files this run did replace (a failed finish)."""
        files, inputs, owners = dict(self.previous), dict(self.previous_inputs), dict(self.previous_owners)
        for rel in replaced:
            files[rel] = self.written[rel]
            for new, old in ((self.inputs, inputs), (self.owners, owners)):
                if rel in new:
                    old[rel] = new[rel]
                else:
                    old.pop(rel, None)
        try:
            self._write_manifest(self._settings, files, inputs, owners)
        except OSError as exc:
            log.error("%s could not be updated (%s): files replaced by this run will look edited by hand",
                      self.root / MANIFEST, exc)

    def finish(self, settings: dict[str, object] | None = None) -> list[str]:
        """Remove stale generated files (not hand-edited ones), save the manifest; return what went.

        settings are recorded in the manifest for the build step (e.g. the search engine
        the pages were written for).
        """
        self._commit()
        settings = {"generator": "build_site.py", **(settings or {})}
        stale = sorted(set(self.previous) - set(self.written))
        if stale:
            # This run's pages are in place: a manifest that knows them (and still lists the
            # stale files) before any is removed, so that an interrupt now loses nothing.
            self._write_manifest(settings, {**{rel: self.previous[rel] for rel in stale}, **self.written},
                                 {**{rel: self.previous_inputs[rel] for rel in stale if rel in self.previous_inputs},
                                  **self.inputs},
                                 {**{rel: self.previous_owners[rel] for rel in stale if rel in self.previous_owners},
                                  **self.owners})
        removed = []
        for rel in stale:
            path = self._path(rel)
            if not path.exists():
                continue
            if _sha256_file(path) != self.previous[rel]:
                log.warning("%s was edited by hand since it was generated: kept, although nothing "
                            "generates it any more (its seed is gone; its links to other generated pages "
                            "may now be broken: move it out of the docs folder if you no longer need it)", path)
                continue
            path.unlink()
            removed.append(rel)
            _prune_empty_dirs(path.parent, self.root)
        self._write_manifest(settings, self.written, self.inputs, self.owners)
        self._remove_leftovers()
        return removed

    def _write_manifest(self, settings: dict[str, object], files: dict[str, str], inputs: dict[str, str],
                        owners: dict[str, str]) -> None:
        manifest = {**settings, "files": dict(sorted(files.items())), "inputs": dict(sorted(inputs.items())),
                    "owners": dict(sorted(owners.items()))}
        atomic_write(self.root / MANIFEST, (json.dumps(manifest, indent=1) + "\n").encode("utf-8"))


def manifest_setting(docs: Path, key: str) -> str | None:
    """A setting the last conversion recorded in docs/.briefing-manifest.json."""
    value = _manifest(docs).get(key)
    return value if isinstance(value, str) else None


def manifest_mapping(docs: Path, key: str) -> dict[str, str]:
    """A string-to-string mapping the last conversion recorded ({} when there is none)."""
    return _mapping(_manifest(docs), key)


def _mapping(manifest: dict[str, Any], key: str) -> dict[str, str]:
    value = manifest.get(key)
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


GENERATED_ROOT_PAGES = frozenset({"index.md", "timeline.md", "tags.md", "sources.md", "search.md"})


def _looks_generated(path: Path) -> bool:
    """Whether a page opens with front matter naming its seed (source_file), as ours do."""
    try:
        with open(path, encoding="utf-8") as f:
            head = f.read(4096)
    except (OSError, UnicodeDecodeError):
        return False
    return head.startswith("---\n") and re.search(r"^source_file: ", head.split("\n---\n", 1)[0], re.M) is not None


def own_root_pages(docs: Path) -> list[tuple[str, str]]:
    """(name, title) of the pages at the top of docs/ that the user wrote (docs/about.md):
    not among the converter's, by name or in the manifest. The title is the front
    matter's, else the first heading's, else the file's name."""
    files = _mapping(_manifest(docs), "files")
    try:
        names = sorted(n for n in os.listdir(docs) if n.endswith(".md"))
    except OSError:
        return []
    out = []
    for name in names:
        if name in GENERATED_ROOT_PAGES or name in files:
            continue
        try:
            text = (docs / name).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        title = _own_title(text) or name[:-3]
        out.append((name, title))
    return out


_FRONT_MATTER = re.compile(r"---\n(.*?\n)?---\n", re.S)


def page_meta(text: str) -> dict[str, Any]:
    """A page's front matter as a mapping ({} when it has none, or none that reads as one)."""
    front = _FRONT_MATTER.match(text)
    try:
        meta = _reload(front.group(1) or "") if front else None
    except yaml.YAMLError:
        meta = None
    return meta if isinstance(meta, dict) else {}


def _own_title(text: str) -> str | None:
    """The front matter's title (read as YAML: quoted, folded), else the first # heading's."""
    front = _FRONT_MATTER.match(text)
    if front:
        title = page_meta(text).get("title")
        if isinstance(title, str) and title.strip():
            return " ".join(title.split())
    m = re.search(r"^#\s+(.+?)\s*#*\s*$", text[front.end() if front else 0:], re.M)
    return m.group(1) if m else None


def edit_hint(rel: str) -> str:
    """Where the analyst changes what a generated page says, so that it stays generated."""
    if rel.startswith("articles/"):
        return "corrections to an article belong in seeds/metadata.yml"
    if rel.startswith("entities/") and rel != "entities/index.md":
        return "an entity's description and aliases belong in its entry in entities.yml"
    if rel == "index.md":
        return "the home page's title and introduction are site_name and site_description in mkdocs.yml; " \
               "text of your own goes in a page of your own in docs/, which the home page links"
    return "text of your own goes in a page of your own in docs/"


def taken_names(docs: Path, folder: str) -> tuple[set[str], Callable[[str, str], bool], dict[str, str]]:
    """For assign_slugs, from one read of the manifest: the names (without .md) of the pages
    in docs/<folder>/ the converter did not generate (a generated page must take another
    name: README, hand-written pages); kept(slug, source_file), whether the page made
    from another seed than source_file was edited by hand since (write() keeps such a page,
    so the name is not free for this seed: it gets the next one; the page is hashed only
    then); and the seed each generated page's name was last given to (name -> seed file)."""
    manifest = _manifest(docs)
    files, owners = _mapping(manifest, "files"), _mapping(manifest, "owners")
    try:
        names = os.listdir(docs / folder)
    except OSError:
        names = []
    user = {name[:-3] for name in names if name.endswith(".md") and f"{folder}/{name}" not in files}
    if not (docs / MANIFEST).exists():
        # The record lost: a page with the front matter this program writes is its own (a
        # rebuild takes it back where its bytes are the same, see OutputTree.write).
        user = {name for name in user if not _looks_generated(docs / folder / f"{name}.md")}

    def kept(slug: str, source_file: str) -> bool:
        rel = f"{folder}/{slug}.md"
        owner = owners.get(rel)
        if owner is None or owner == source_file or rel not in files:
            return False
        try:
            return _sha256_file(docs / rel) != files[rel]
        except OSError:
            return False  # gone: the name is free

    prefix = f"{folder}/"
    held = {rel[len(prefix):-3]: owner for rel, owner in owners.items()
            if rel.startswith(prefix) and rel.endswith(".md") and rel in files}
    return user, kept, held


def _manifest(docs: Path) -> dict[str, Any]:
    try:
        data = json.loads((docs / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync it, then rename over the target."""
    tmp = _temporary_file(path, data, durable=True)
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_TEMPORARY_NAME = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.tmp")  # tempfile.mkstemp(prefix=".NAME.", suffix=".tmp")


def _temporary_file(path: Path, data: bytes, durable: bool) -> str:
    """data in a new hidden file beside path (.NAME.XXXX.tmp, which MkDocs skips); its name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def make_durable(folder: str, files: list[str]) -> None:
    """Put files (all on folder's file system) on disk before they are renamed into place.

    On Linux one syncfs(2) of that file system writes and waits for all of them at once;
    elsewhere, or when syncfs is not available, each file is fsynced.
    """
    if not files:
        return
    syncfs = _syncfs()
    if syncfs is not None:
        fd = os.open(folder, os.O_RDONLY)
        try:
            if syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    for name in files:
        fd = os.open(name, os.O_RDWR)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _syncfs() -> Any:
    """libc's syncfs (Linux, glibc 2.14+ or musl), or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None


def _sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _prune_empty_dirs(folder: Path, root: Path) -> None:
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
