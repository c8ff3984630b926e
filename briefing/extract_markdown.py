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
