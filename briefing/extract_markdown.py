"""Extract stage for Markdown seeds (.md, .markdown): a page clipped as Markdown.

Browser extensions that clip a page as Markdown (Obsidian Web Clipper, MarkDownload, "copy as
Markdown") write its headline, byline and text with Markdown's marks ("## Subheading", "- item",
"**bold**", "[link](https://…)", "![photo](…)") and, often, YAML front matter with what the page
declared: title, author, published, source (the page's address), site. The marks are taken out
the way a browser's copy shows the page, so the text path (extract_text) reads the lines as it
reads any copied page; the front matter then stands in for what the text path found, as a saved
page's metadata does.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

import yaml

from .extract_dates import first_date
from .extract_text import split_names
from .model import EARLIEST_YEAR, LATEST_YEAR
from .text import WEB_ADDRESS_RE, clean_field, site_host

_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_H1_RE = re.compile(r"^\s{0,3}#\s")
_SETEXT_RE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_RULE_RE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_BULLET_RE = re.compile(r"^(\s*)[*+]\s+(?=\S)")
_ORDERED_RE = re.compile(r"^\s*(\d{1,9})[.)]\s+(?=\S)")  # "1. The seizure of ...", "2) ..."
_INDENTED_RE = re.compile(r"^(?: {4}|\t)")  # CommonMark's indented code: four spaces or a tab
# Obsidian's comment, which its reading view hides: a pair of "%%" on one line, "%%note%%" or "%% a
# note %%" at the line's head or after a space (not a batch file's "%%f" in a listing, nor printf's
# "50%% off" alone, nor "50%% or 60%%"); a line that opens with "%%" and does not close it opens
# a comment of several lines, to the line that ends with "%%".
_COMMENT_RE = re.compile(r"%%(?=\S)[^\n]*?(?<=\S)%%|(?:^|(?<=\s))%%\s[^\n]*?\S\s*%%(?!\w)")
_COMMENT_OPEN_RE = re.compile(r"^\s{0,3}%%(?!.*%%)")
_ATTRIBUTION_RE = re.compile(r"\s*[—―]\s*\S")  # "— Jakob Lindqvist, a broker" under a quotation: a line of its own
# columns set apart by runs of spaces ("Route    Premium"; not two spaces after a full stop)
_ALIGNED_RE = re.compile(r"[^\s.!?;:,](?: {2,}|\t)\S")
# MarkDownload's template: the page's description in a quote headed "Excerpt", over a rule.
_EXCERPT_HEAD_RE = re.compile(r"^\s{0,3}>\s?#{1,6}\s+Excerpt\s*$", re.I)
_QUOTE_RE = re.compile(r"^\s{0,3}>\s?")
_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK_RE = re.compile(r"\[([^\]]+)\]\((?:[^()\s]+|[^()\s]*\([^()\s]*\)[^()\s]*)(?:\s+\"[^\"]*\")?\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK_RE = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_REFERENCE_RE = re.compile(r"^\s{0,3}\[(?!\^)[^\]]+\]:\s+\S+")
_FOOTNOTE_RE = re.compile(r"^\s{0,3}\[\^[^\]]+\]:\s*")  # a footnote's text: "[^1]: The initiative was ..."
_FOOTNOTE_MARK_RE = re.compile(r"\[\^[^\]\s]+\]")
_CALLOUT_RE = re.compile(r"^\[![\w-]+\][-+]?\s*")  # Obsidian's "> [!note] Update"
_HIGHLIGHT_RE = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_BREAK_TAG_RE = re.compile(r"<br\s*/?>", re.I)
_TAG_RE = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|<!--.*?-->")
_ESCAPED_RE = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: any ASCII punctuation
_HOLD = 0xE000  # escaped characters are held in the private use area while the marks go
_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_RE = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_CODE_SPAN_RE = re.compile(r"`([^`\n]+)`")
_WIKI_LINK_RE = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]+)\]\]")  # Obsidian's "[[Jane Doe]]", "[[page|Jane Doe]]"

PROSE_MIN_WORDS = 30  # a line this long is a paragraph of the text
WRAPPED_MIN_CHARS = 50  # a paragraph's line this long, the next line under it, was wrapped

# Front matter keys, as the clippers write them (compared in lower case, "_" and "-" alike).
TITLE_KEYS = ("title",)
AUTHOR_KEYS = ("author", "authors", "byline", "creator")
DATE_KEYS = ("published", "date", "date published", "datepublished", "pubdate", "publish date",
             "publication date")  # (not "created": the day of the clipping)
URL_KEYS = ("source", "url", "link", "original url", "canonical")
SITE_KEYS = ("site", "site name", "sitename", "publication", "publisher")


def split_front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """The front matter's fields (keys folded: lower case, "_" and "-" as spaces), the text
    under it, and why the front matter was ignored (None when there was none or it was read)."""
    m = _FRONT_MATTER_RE.match(text)
    if not m:
        return {}, text, None
    body = text[m.end():]
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        # Read line by line ("title: Taiwan earthquake: "Strongest in 25 years" kills nine"
        # is no YAML: a colon in the value): each "key: value" as written.
        data = {k: v.strip().strip("'\"") for k, v in re.findall(r"(?m)^([A-Za-z][\w -]*):[ \t]+(\S.*)$", m.group(1))}
        problem = f"front matter is not valid YAML ({' '.join(str(exc).split())[:120]}); read line by line"
        return {re.sub(r"[_-]", " ", k).strip().lower(): v for k, v in data.items()}, body, problem
    if not isinstance(data, dict):
        return {}, body, None
    return {re.sub(r"[_-]", " ", str(k)).strip().lower(): v for k, v in data.items()}, body, None


# A read-it-later tool's export to Markdown (Readwise Reader's and Readwise's, Matter's): under the
# "# Title" (and a cover image) a "## Metadata" heading over a list of the document's fields, "- Author:
# [[Julie Johnsson]]", "- Full Title: …", "- Category: #articles", "- Document Tags: [[boeing]]", "- Summary: …",
# "- URL: https://…", "- Published Date: 2024-08-08" (Matter's "* URL: [https://…](https://…)", "* Publisher:
# [[…]]"); then "## Full Document" (the text, where the export has it) and "## Highlights" (the reader's
# quotations of the text, each with its link: "- he plans to … ([View Highlight](https://read.readwise.io/…))").
_METADATA_HEAD_RE = re.compile(r"^\s{0,3}##\s+Metadata\s*$", re.I)
_FULL_DOCUMENT_RE = re.compile(r"^\s{0,3}##\s+Full Document\s*$", re.I)
_FIELD_ITEM_RE = re.compile(r"^\s{0,3}[-*+]\s+([A-Za-z][A-Za-z _-]{0,24}?):(?:\s+(.*?))?\s*$")
_LEVEL_TWO_RE = re.compile(r"^\s{0,3}##\s+(.*?)\s*$")
# (the export's own sections after its text: "## Highlights", "## Highlights first synced by #Readwise [[…]]",
# "## New highlights added August 9, 2024 at 10:15 AM"; its notes, "## Notes", "## Document Note")
_HIGHLIGHTS_HEAD_RE = re.compile(r"highlights(?: first synced by .*)?|new highlights added .*", re.I)
_NOTES_HEAD_RE = re.compile(r"(?:my |document )?notes?", re.I)
# (a highlight's link to its place: "([View Highlight](https://read.readwise.io/…))", "([Location 1234](…))")
_HIGHLIGHT_LINK_RE = re.compile(r"\s*\(\[(?:View Highlight|Location \d+|Page \d+)\]\([^)\s]*\)\)\s*$")
# the list's fields, as the front matter's keys they stand for (None: the document's, not the page's: its tags,
# the reader's note, the day it was saved)
READER_METADATA_KEYS: dict[str, str | None] = {
    "author": "author", "authors": "author", "full title": "title", "title": "title", "url": "url",
    "source url": "url", "original url": "url", "published date": "published", "date published": "published",
    "published": "published", "summary": "description", "publisher": "publisher",
    "category": None, "document tags": None, "tags": None, "document note": None, "note": None, "highlighted": None,
    "date saved": None, "saved date": None, "updated": None, "last highlighted": None}
READER_METADATA_MIN_FIELDS = 3
READER_HEAD_LINES = 12  # (the "## Metadata" heading under the title and a cover image)
# (Readwise's own heading over them: "Highlights first synced by #Readwise [[…]]", "New highlights added …")
_SYNCED_HEAD_RE = re.compile(r"highlights first synced by .*|new highlights added .*", re.I)


def _export_highlights(head: str, text: list[str], after: list[str]) -> bool:
    """Whether the "## Highlights" section (its heading, the text over it, the lines after it) is the export's:
    under Readwise's own heading ("Highlights first synced by #Readwise", "New highlights added …"), or a list
    ("- …", "> …") with a highlight's link ("([View Highlight](…))") or of quotations of the text above. Not an
    article's own "## Highlights" section, its paragraphs ("Mahomes completed 26 of 33 passes, …": a probe's match
    report lost its last two paragraphs)."""
    if _SYNCED_HEAD_RE.fullmatch(head):
        return True
    end = next((k for k, line in enumerate(after) if line[:6].lstrip().startswith("## ")), len(after))
    items = [line.strip() for line in after[:end] if line.strip()]
    if not items or not all(item[:2] in ("- ", "* ", "+ ", "> ") for item in items):
        return False  # (paragraphs of text: the article's section)
    if any(_HIGHLIGHT_LINK_RE.search(item) for item in items):
        return True
    above = " ".join(" ".join(inline_text(line) for line in text).split())
    quoted = [" ".join(inline_text(item[2:]).split()) for item in items]
    return any(len(q) >= 20 and q in above for q in quoted)


def reader_export(body: str) -> tuple[dict[str, Any], str, list[str]]:
    """A read-it-later tool's export (READER_METADATA_KEYS): its "## Metadata" list as front matter (keys as
    split_front_matter gives them), the text (from "## Full Document" where there is one; the export's highlights
    and notes after it left out: the reader's quotations of the text and notes on it, not the page's text), and
    what was done. The list is the export's where it stands under the title, before any text, has three fields
    or more, the page's address among them, and no other item (not a person's "## Metadata" section in a note).
    Without it, nothing is done: ({}, body, [])."""
    if "etadata" not in body[:3000]:  # (a cheap test first)
        return {}, body, []
    lines = body.split("\n")
    start = None
    for k, line in enumerate(lines[:READER_HEAD_LINES]):
        if _METADATA_HEAD_RE.match(line):
            start = k
            break
        if line.strip() and not _HEADING_RE.match(line) and inline_text(line).strip():
            return {}, body, []  # (a line of text over it: a note's section, not an export's list)
    if start is None:
        return {}, body, []
    end = start + 1
    while end < len(lines) and not lines[end].strip():
        end += 1
    listed: dict[str, Any] = {}
    count = 0
    while end < len(lines) and lines[end].strip():
        m = _FIELD_ITEM_RE.match(lines[end])
        key = re.sub(r"[_-]", " ", m.group(1)).strip().lower() if m else ""
        if key not in READER_METADATA_KEYS:
            return {}, body, []
        count += 1
        value = inline_text(m.group(2) or "").strip()  # type: ignore[union-attr]
        front_key = READER_METADATA_KEYS[key]
        if front_key == "author" and re.fullmatch(r"\[*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\]*", value):
            front_key = None  # (Readwise names the site's host as the author it does not know: "[[nytimes.com]]")
        if front_key and value and front_key not in listed:
            listed[front_key] = value
        end += 1
    if count < READER_METADATA_MIN_FIELDS or "url" not in listed:
        return {}, body, []
    notes = [f"a read-it-later export: its '## Metadata' list ({count} fields) read as front matter"]
    full = next((k for k in range(end, len(lines)) if _FULL_DOCUMENT_RE.match(lines[k])), None)
    if full is None:
        # (no text but the highlights: they are what there is of it, without their links)
        rest = [_HIGHLIGHT_LINK_RE.sub("", line) for line in lines[end:]]
        return listed, "\n".join(lines[:start] + rest), notes
    text = lines[full + 1:]
    heads = [(k, m.group(1)) for k, line in enumerate(text) if line[:6].lstrip().startswith("## ")
             and (m := _LEVEL_TWO_RE.match(line)) is not None]
    cut = None
    for n, (k, head) in enumerate(heads):
        if _HIGHLIGHTS_HEAD_RE.fullmatch(head) and all(
                _HIGHLIGHTS_HEAD_RE.fullmatch(h) or _NOTES_HEAD_RE.fullmatch(h) for _, h in heads[n + 1:]) \
                and _export_highlights(head, text[:k], text[k + 1:]):
            cut = k
            notes_at = heads[n - 1][0] if n else -1
            if n and _NOTES_HEAD_RE.fullmatch(heads[n - 1][1]) and all(
                    not line.strip() or line.lstrip()[:2] in ("- ", "* ", "> ") for line in text[notes_at + 1:k]):
                cut = notes_at  # (the export's notes over its highlights: a list, not an article's notes)
            break
    notes.append(f"the text from line {full + 1} ('{lines[full].strip()}')"
                 + (f"; its last {len(text) - cut} line(s) ('{text[cut].strip()}': the reader's highlights and "
                    "notes) left out" if cut is not None else ""))
    return listed, "\n".join(lines[:start] + text[:cut]), notes


# A read-it-later tool's line over the text, its own and not the page's: Pocket's "Saved to Pocket · 4 min read ·
# apnews.com", Instapaper's "apnews.com · 4 min", Matter's or Omnivore's "apnews.com • 6 min read": parts set apart
# by "·", "•" or "|", each the site's host, a reading time, the tool's "Saved to …", or the writer ("by David
# Koenig", kept as the byline), with the "Saved to …", or the host and the time, among them. Not a line with any
# other part (Medium's "Jane Doe · Follow · 5 min read · Jan 3, 2024": its date), nor one part alone (a bare
# "4 min read" is the text path's chrome), nor the page's own "By Jane Doe · 4 min read".
_READER_SEPARATOR_RE = re.compile(r"\s+[·•|]\s+")
_READER_PART_RE = re.compile(
    r"(?P<time>(?:(?:estimated )?reading time:? ?)?\d{1,3}(?: ?[-–] ?\d{1,3})?[ -]?(?:min(?:ute)?s?\.?|m)(?: read)?)"
    r"|(?P<host>(?-i:(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,12}))"  # (in lower case: not "Mr.Smith")
    r"|(?P<saved>(?:saved|added|archived|clipped|sent) (?:to|in|into|via|with|from)"
    r" (?-i:[A-Z][\w.]*(?: [A-Z][\w.]*)?))"
    r"|by (?P<by>(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}))", re.I)
READER_LINE_MAX_CHARS = 120
# and its links on lines of their own under the title, Omnivore's "[Read on Omnivore](https://omnivore.app/…)" and
# "[Read Original](https://apnews.com/…)": the latter is the page's address
_READER_LINK_RE = re.compile(r"\s*\[(?:(?P<tool>(?:Read|View|Open) (?:on|in) (?-i:[A-Z])\w+)"
                             r"|(?:Read|View|Open)(?: the)? Original(?: Article| Page)?"
                             r"|Original (?:Article|Page|URL))\]\((?P<url>https?://[^)\s]+)\)\s*", re.I)


def reader_lines(body: str) -> tuple[str, str | None, str | None, list[str]]:
    """The body without a read-it-later tool's lines over its text (_READER_PART_RE, _READER_LINK_RE; a writer's
    part kept as the line "By <name>"), the site's host one of them names, the page's address one links to, and
    what was done. Only in the head: the lines before the first of PROSE_MIN_WORDS words."""
    head = body[:4000]
    if "·" not in head and "•" not in head and "|" not in head and "](" not in head:  # (a cheap test first)
        return body, None, None, []
    lines = body.split("\n", READER_LINES_HEAD)
    host: str | None = None
    address: str | None = None
    notes: list[str] = []
    links: list[tuple[int, re.Match[str]]] = []
    for k, line in enumerate(lines[:READER_LINES_HEAD]):
        if len(line.split()) >= PROSE_MIN_WORDS:
            break
        if line.lstrip().startswith("[") and (link := _READER_LINK_RE.fullmatch(line)) is not None:
            links.append((k, link))
            continue
        if len(line) > READER_LINE_MAX_CHARS or not any(c in line for c in "·•|"):
            continue
        parts = _READER_SEPARATOR_RE.split(inline_text(line).strip())
        found = [_READER_PART_RE.fullmatch(part.strip()) for part in parts]
        kinds = {kind for m in found if m for kind, said in m.groupdict().items() if said}
        if len(parts) < 2 or not all(found) or not ("saved" in kinds or {"host", "time"} <= kinds):
            continue  # (the tool's marks: "By Jane Doe · 4 min read" is the page's)
        byline = next((m["by"] for m in found if m and m["by"]), None)
        lines[k] = f"By {byline}" if byline else ""
        host = host or next((m["host"] for m in found if m and m["host"]), None)
        notes.append(f"line {k + 1} {line.strip()[:80]!r}: the read-it-later tool's, not the page's"
                     + (f" (kept: 'By {byline}')" if byline else ""))
    # (the links are the tool's only as its pair, the tool's link beside the original's on the next line: not a
    # page's own "[Read Original](…)" link line in its text, a probe's page on its photos' sources)
    pairs = {n for (k, a), (j, b) in zip(links, links[1:]) if j == k + 1 and bool(a["tool"]) != bool(b["tool"])
             for n in (k, j)}
    for k, link in links:
        if k in pairs:
            notes.append(f"line {k + 1} {lines[k].strip()[:80]!r}: the read-it-later tool's link, not the page's text")
            lines[k] = ""
            address = address or (None if link["tool"] else link["url"])
    return ("\n".join(lines), host, address, notes) if notes else (body, None, None, [])


READER_LINES_HEAD = 20


def markdown_as_text(body: str) -> tuple[str, str | None, dict[int, str], str | None]:
    """Markdown as a browser's copy of the rendered page reads: a line per block, no marks.
    A fenced listing keeps its lines as written; a bullet is "- " (as pasted lists have it);
    a table's rows are tab-separated cells. Also the first heading of level 1 ("# Headline"),
    which a clipping gives its headline, what the Markdown states its lines are (for
    extract_text's `stated`: "heading", "item", "code", "quote", by line number), and the
    page's description where MarkDownload sets it over the text ("> ## Excerpt")."""
    body, excerpt = _take_excerpt(body)
    out: list[str] = []
    stated: dict[int, str] = {}
    headline: str | None = None
    prose = False  # (a heading of level 1 under the text's first paragraph heads a section)
    fence: str | None = None
    wrapped = False  # the line before is a paragraph's, long enough to have been wrapped
    in_list = False  # a list's item was the last block: an indented line under it is the item's
    indented = False  # in an indented listing
    blank = True  # the line before is empty (or there is none)
    comment = False  # in an Obsidian comment of several lines
    lines = body.split("\n")
    for number, line in enumerate(lines):
        if indented and (not line.strip() or _INDENTED_RE.match(line)):
            out.append(_INDENTED_RE.sub("", line, count=1))
            if line.strip():
                stated[len(out)] = "code"
            blank = not line.strip()
            continue
        indented = False
        if (blank and fence is None and line.strip() and _INDENTED_RE.match(line)
                and not _BULLET_RE.match(line) and not _ORDERED_RE.match(line) and not line.lstrip().startswith("- ")
                and (not in_list or _aligned_block(lines, number))):
            # (an indented line cannot continue a paragraph: after an empty line, it opens a
            # listing; under a list's item it is the item's, unless its lines are set in columns,
            # as a converter that writes every listing indented puts a table of figures)
            indented, wrapped = True, False
            out.append(_INDENTED_RE.sub("", line, count=1))
            stated[len(out)] = "code"
            blank = False
            continue
        blank = not line.strip()
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                out.append("")
            else:
                out.append(line)
                if line.strip():
                    stated[len(out)] = "code"
            continue
        m = _FENCE_RE.match(line)
        if m:
            fence = m.group(1)[0] * 3
            out.append("")
            wrapped = False
            continue
        if comment:
            comment = "%%" not in line
            out.append("")
            continue
        if "%%" in line:
            if _COMMENT_OPEN_RE.match(line) and any("%%" in later for later in lines[number + 1:]):
                comment = True  # (a comment of several lines)
                out.append("")
                wrapped = False
                continue
            line = _COMMENT_RE.sub("", line)
        if _REFERENCE_RE.match(line) or _RULE_RE.match(line):
            out.append("")
            wrapped = False
            continue
        if _SETEXT_RE.match(line) and out and out[-1].strip():
            out.append("")  # the underline of the heading above
            wrapped = False
            continue
        if _TABLE_RULE_RE.match(line) and "|" in line:
            continue
        quoted = _QUOTE_RE.match(line) is not None
        line = _CALLOUT_RE.sub("", _QUOTE_RE.sub("", line))
        line = _FOOTNOTE_RE.sub("", line)
        heading = _HEADING_RE.match(line)
        if heading:
            if headline is None and not prose and _H1_RE.match(line) and heading.group(1).strip():
                headline = clean_field(inline_text(heading.group(1)))
            line = heading.group(1)
        ordered = _ORDERED_RE.match(line)
        # (a numbered item may interrupt a paragraph's lines only as "1.", as CommonMark has it:
        # "… the slowdown began in" / "2022. Officials say …" is one paragraph)
        item = _BULLET_RE.match(line) is not None or line.lstrip().startswith("- ") \
            or ordered is not None and (not wrapped or ordered.group(1) == "1")
        if item:
            in_list = True
        elif line.strip() and not line[:1].isspace():
            in_list = False
        line = _BULLET_RE.sub(r"\1- ", line)
        table = line.strip().startswith("|") and line.strip().endswith("|") and line.count("|") >= 3
        if table:
            line = "\t".join(cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip()[1:-1]))
        text = inline_text(line)
        if wrapped and not (heading or item or table) and text.strip() and not _ATTRIBUTION_RE.match(text):
            # a paragraph's next line: the same paragraph, as a renderer joins it (pandoc and
            # html2text wrap at 72 to 78 columns)
            out[-1] = out[-1].rstrip() + " " + text.strip()
        else:
            out.append(text)
            if text.strip() and (heading or item):
                stated[len(out)] = "heading" if heading else "item"
            elif text.strip() and quoted and not table:
                stated[len(out)] = "quote"
        hard_break = line.endswith(("  ", "\\"))
        wrapped = bool(text.strip()) and not (heading or item or table or hard_break) and len(line) >= WRAPPED_MIN_CHARS
        prose = prose or len(line.split()) >= PROSE_MIN_WORDS
    quoted_chars = sum(len(out[n - 1]) for n, kind in stated.items() if kind == "quote")
    if quoted_chars * 2 > sum(map(len, out)):
        # (a note that quotes the whole page: the quotation is the text, its byline and all)
        stated = {n: kind for n, kind in stated.items() if kind != "quote"}
    return "\n".join(out), headline or None, stated, excerpt


def level_one_headings(body: str) -> set[str]:
    """The text of the Markdown's headings of level 1 ("# Headline"), as markdown_as_text writes them."""
    return {" ".join(inline_text(m.group(1)).split()) for line in body.split("\n")
            if line[:4].lstrip().startswith("# ") and (m := _HEADING_RE.match(line)) is not None}


def _aligned_block(lines: list[str], start: int) -> bool:
    """Whether the indented block from lines[start] has two lines or more, half of them set in
    columns."""
    block = []
    for line in lines[start:]:
        if not line.strip():
            break
        if not _INDENTED_RE.match(line):
            return False
        block.append(line.strip())
    return len(block) >= 2 and 2 * sum(bool(_ALIGNED_RE.search(line)) for line in block) >= len(block)


def _take_excerpt(body: str) -> tuple[str, str | None]:
    """The body with MarkDownload's "> ## Excerpt" block (and the rule under it) as the line
    of text it stands for (the page's description, which is often its standfirst), and the
    excerpt's text."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines[:12]) if _EXCERPT_HEAD_RE.match(line)), None)
    if start is None:
        return body, None
    end = start + 1
    while end < len(lines) and _QUOTE_RE.match(lines[end]):
        end += 1
    text = clean_field(" ".join(inline_text(_QUOTE_RE.sub("", line)) for line in lines[start + 1:end]))
    rest = end
    while rest < len(lines) and not lines[rest].strip():
        rest += 1
    if rest < len(lines) and _RULE_RE.match(lines[rest]):
        end = rest + 1
        if _address_line(lines, end) is not None:
            end = _address_line(lines, end)[1]  # type: ignore[index]
    return "\n".join(lines[:start] + ([text, ""] if text else []) + lines[end:]), text or None


# MarkDownload's template writes the page's address on a line of its own under the Excerpt's rule,
# bare or as a link that reads it ("[https://www.consilium.europa.eu/…](https://www.consilium.europa.eu/…)").
_ADDRESS_LINE_RE = re.compile(r"\s*(?:\[(https?://[^\]\s]+)\]\((https?://[^)\s]+)\)|<?(https?://[^\s>]+)>?)\s*")


def _address_line(lines: list[str], start: int) -> tuple[str, int] | None:
    """The page's address on the first line from start that is not empty, where it is all the line
    says, and the number of the line after it; None otherwise."""
    k = start
    while k < len(lines) and not lines[k].strip():
        k += 1
    m = _ADDRESS_LINE_RE.fullmatch(lines[k]) if k < len(lines) else None
    return (m.group(2) or m.group(3), k + 1) if m else None


def markdownload_address(body: str) -> str | None:
    """The page's address MarkDownload writes under the Excerpt's "---" ("> ## Excerpt" / "> …" /
    "---" / "https://…"), or None."""
    lines = body.split("\n", EXCERPT_HEAD_LINES + 20)
    start = next((k for k, line in enumerate(lines[:EXCERPT_HEAD_LINES]) if _EXCERPT_HEAD_RE.match(line)), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and (_QUOTE_RE.match(lines[end]) or not lines[end].strip()):
        end += 1
    if end >= len(lines) or not _RULE_RE.match(lines[end]):
        return None
    found = _address_line(lines, end + 1)
    return found[0] if found else None


EXCERPT_HEAD_LINES = 12


def inline_text(line: str) -> str:
    """A line without Markdown's inline marks: images gone, links their words, emphasis and
    code spans their text, HTML tags gone (a <br> a space), footnote marks gone, escaped
    characters and entities the characters they stand for."""
    line = _ESCAPED_RE.sub(lambda m: chr(_HOLD + ord(m.group(1))), line.rstrip("\\"))  # (a trailing "\\": a break)
    line = _IMAGE_RE.sub("", line)
    line = _LINK_RE.sub(lambda m: m.group(1) or m.group(2), line)
    line = _AUTOLINK_RE.sub(r"\1", line)
    spans = _CODE_SPAN_RE.split(line)  # (a code span's text is kept as written: tags in it too)
    line = "".join(part if k % 2 else _TAG_RE.sub("", _BREAK_TAG_RE.sub(" ", part)) for k, part in enumerate(spans))
    line = _FOOTNOTE_MARK_RE.sub("", line)
    line = _STRONG_RE.sub(r"\2", line)
    line = _EMPHASIS_RE.sub(lambda m: m.group(1) or m.group(2), line)
    line = _HIGHLIGHT_RE.sub(r"\1", line)
    line = re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group()) - _HOLD), line)
    return html.unescape(line)


def front_matter_fields(front: dict[str, Any]) -> dict[str, Any]:
    """What the front matter says of the article: title, authors, date, url, source, and the
    page's description (only those it gives in a usable form)."""
    out: dict[str, Any] = {}
    title = _text(_first(front, TITLE_KEYS))
    if title:
        out["title"] = title
    authors = _first(front, AUTHOR_KEYS)
    names = [_text(a) for a in (authors if isinstance(authors, list) else [authors])] if authors else []
    # as a byline's names: "Anna Schmidt and Peter Lang", "Justin McCurry in Tokyo"
    # (a name of one word in capitals and no vowel, an acronym as written: "[[KPMG]]", not "Kpmg")
    names = list(dict.fromkeys(name for n in names if n for name in (
        [n] if n.isupper() and " " not in n and not set(n) & set("AEIOUY") else split_names(n) or [n]) if name))
    if names:
        out["authors"] = names
    day = _date(_first(front, DATE_KEYS))
    if day:
        out["date"] = day
    url = _text(_first(front, URL_KEYS))
    if url and WEB_ADDRESS_RE.match(url):
        out["url"] = url
    site = _text(_first(front, SITE_KEYS))
    if site:
        out["source"] = site_host(site) if WEB_ADDRESS_RE.match(site) else site
    description = _text(front.get("description"))
    if description:
        out["description"] = description
    return out


def _first(front: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((front[k] for k in keys if front.get(k) not in (None, "", [])), None)


def _text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list, bool)):
        return ""
    return clean_field(_WIKI_LINK_RE.sub(r"\1", str(value)).strip().strip('"'))


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        day: dt.date | None = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        try:
            day = dt.date(*map(int, m.groups())) if m else first_date(value)
        except ValueError:
            day = None
    else:
        day = None
    return day if day is not None and EARLIEST_YEAR <= day.year <= LATEST_YEAR else None
