"""One document of a research database's export, read as a record: Factiva's field-coded export and its
article display, a Nexis Uni document, a ProQuest record. Like an email's head (read.email_head), the
database's own labels say which line is the headline, the byline, the date and the publication; the
document's text, under its headline, then goes the normal text path (extract_text), whose body rules
still apply. A record is recognised only by several of its database's labels together, never one
alone ("Byline:" or "Subject:" stand in other pages too)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .extract_dates import first_date
from .extract_text import AGENCY_RE, DESK_RE, split_names
from .model import Article, Block


@dataclass
class Record:
    """What a database's labels say of its document; `text` is its headline, then its text."""

    kind: str  # "Factiva's field-coded export", ...
    title: str
    text: str
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    date: dt.date | None = None
    subtitle: str | None = None
    decisions: list[str] = field(default_factory=list)

    def apply(self, article: Article) -> None:
        """Put what the record's labels say in place of what the text path guessed."""
        article.decisions.insert(0, f"record: {self.kind}")
        article.decisions.extend(self.decisions)
        article.title = self.title
        article.decisions.append(f"title {self.title[:80]!r}: the record's headline")
        if self.authors:
            article.authors = list(self.authors)
            article.decisions.append(f"authors {self.authors}: the record's byline")
        if self.source:
            article.source = self.source
            article.decisions.append(f"source {self.source!r}: the record's publication")
        if self.date:
            article.date, article.date_source = self.date, "text"
            article.decisions.append(f"date {self.date}: the record's date of publication")
        if self.subtitle:
            said = " ".join(self.subtitle.split())
            if any(" ".join(b.text.split()) == said for b in article.blocks[:2]):
                article.blocks = [b for b in article.blocks if " ".join(b.text.split()) != said]
            article.subtitle = self.subtitle
            article.decisions.append(f"subtitle {self.subtitle[:60]!r}: the record's abstract or highlight")
        elif article.subtitle and article.subtitle in self.text and article.subtitle != self.title:
            # (a database's document has its standfirst only under its label, Nexis's "Highlight:", ProQuest's
            # "Abstract": the line under the headline the text path took for one is the text's first paragraph)
            if not any(b.text == article.subtitle for b in article.blocks):
                article.blocks.insert(0, Block("paragraph", article.subtitle))
            article.decisions.append(f"{article.subtitle[:50]!r}: the text's first paragraph, not a standfirst")
            article.subtitle = None
        elif article.subtitle and article.subtitle == article.title:
            article.subtitle = None


def database_record(text: str) -> Record | None:
    """The record of one document of Factiva, Nexis Uni or ProQuest, or None for any other text. Each
    format is first looked for by a word it cannot do without (cheap on the other pages)."""
    if not text or "\n" not in text:
        return None
    lines: list[str] = []

    def split() -> list[str]:
        if not lines:
            lines.extend(line.strip() for line in text.split("\n"))
        return lines

    head = text[:RECORD_HEAD_CHARS]  # (a word first, a pattern only where it stands: cheap on other pages)
    if (head.startswith("HD") or "\nHD" in head) and _FACTIVA_HD_RE.search(head) \
            and (record := _factiva_export(split())):
        return record
    if " words" in head and _WORD_COUNT_LINE_RE.search(head) and (record := _factiva_display(split())):
        return record
    if "Body" in head and _NEXIS_BODY_RE.search(head) and (record := _nexis(split())):
        return record
    if ("ProQuest document ID" in text or "proquest.com/" in text) and (record := _proquest(split())):
        return record
    return None


# Where each format's first labels stand: in the document's head, under a results list's header at most (Factiva's
# "HD" code, its display's "612 words", Nexis's "Body" over the text): not looked for in the rest of a long page.
RECORD_HEAD_CHARS = 6000
_FACTIVA_HD_RE = re.compile(r"^HD\b", re.M)
_WORD_COUNT_LINE_RE = re.compile(r"^[ \t]*\d[\d,.]*[ \t]+words[ \t]*$", re.M)
_NEXIS_BODY_RE = re.compile(r"^[ \t]*Body[ \t]*$", re.M)


# A database's results list over its first document (or a download's cover page): "Results list: 5 documents",
# "Delivered via Nexis Uni, University Library", "Documents (5)", "Document 1 of 5", Nexis's delivery notes
# ("User Name:", "Date and Time:", "Job Number:", "Search Terms:"), a page's "Page 1 of 3 © 2024 Factiva, Inc. All
# rights reserved.". Not the headline.
_LIST_HEADER_RE = re.compile(r"results? list\b.*|delivered via\b.*|documents? \(\d+\)|document \d+ of \d+|page \d+ of "
                             r"\d+\b.*|(?:user name|date and time|job number|client/matter|search terms?|search type"
                             r"|narrowed by|download request|time of request|sent to|research folder|print request)"
                             r":.*", re.I)


def _skip_list_header(lines: list[str], i: int = 0) -> int:
    """The index of the first line under the blank lines and a results list's header lines from i."""
    while i < len(lines) and (not lines[i] or len(lines[i]) <= 120 and _LIST_HEADER_RE.fullmatch(lines[i])):
        i += 1
    return i


def _byline_names(value: str) -> list[str]:
    """The writers a database's byline field names: "By Andrew Tangel and Alison Sider", "Lori Aratani; Ian
    Duncan", "Dominic Gates, Seattle Times aerospace reporter" (the name, not the role), "Claire Bushey in
    Chicago and …" (not the place); none for a news agency or a desk ("Associated Press", "Reuters Staff")."""
    value = re.sub(r"^(?:by\s+)+", "", value.strip(), flags=re.I)
    names: list[str] = []
    for part in value.split(";"):
        for name in split_names(part.strip()) if part.strip() else []:
            name = name.strip(" .,")
            if name and not AGENCY_RE.match(name) and not DESK_RE.match(name) and name not in names \
                    and len(name.split()) <= 5:
                names.append(name)
    return names


def _text(title: str, body: list[str]) -> str:
    """The headline over the document's text, as the text path reads a page."""
    while body and not body[-1]:
        body = body[:-1]
    return title + "\n\n" + "\n".join(body).strip("\n")


# Factiva's field-coded export ("Full article report"): each field under its code at the line's start, "HD Alaska
# Airlines Grounds …", "BY By Andrew Tangel", "PD 6 January 2024", "SN The Wall Street Journal Online", the text under
# "LP" (lead paragraphs) and "TD" (the rest), its indexing (CO companies, IN industries, NS subjects, RE regions) and
# "AN Document WSJO000020240106ek160009x" last. A code alone on its line has its value on the lines under it.
_FACTIVA_CODE_RE = re.compile(r"(HD|CLM|SE|BY|CR|WC|PD|ET|SN|SC|ED|PG|VOL|LA|CY|LP|TD|CT|RF|ART|CO|IN|NS|RE|IPC|IPD"
                              r"|PUB|AN|NGC)(?:[ \t]+(.*))?")
# ... under the text, only the codes that follow it: a line of the text in capitals ("IN BRIEF", "BY THE NUMBERS")
# is no code; the indexing's values are Factiva's codes ("alaskr : Alaska Air Group Inc | boeing : …", "i75").
_FACTIVA_AFTER_TEXT = frozenset("TD RF ART CT CO IN NS RE IPC IPD PUB AN NGC".split())
_FACTIVA_INDEX_CODES = frozenset("CO IN NS RE IPC".split())
_FACTIVA_INDEX_VALUE_RE = re.compile(r"[a-z0-9]{2,12}(?:\s*[:|]|\s*$)")
FACTIVA_MIN_CODES = 5  # of HD BY WC PD SN … (with the headline and the text's)


def _factiva_export(lines: list[str]) -> Record | None:
    fields: dict[str, list[str]] = {}
    code: str | None = None
    in_text = False
    for line in lines[_skip_list_header(lines):]:
        m = _FACTIVA_CODE_RE.fullmatch(line) if line[:2].isupper() else None
        if m and in_text and (m.group(1) not in _FACTIVA_AFTER_TEXT or m.group(1) in _FACTIVA_INDEX_CODES
                              and not _FACTIVA_INDEX_VALUE_RE.match(m.group(2) or "")):
            m = None
        if m and m.group(1) not in fields:
            code = m.group(1)
            fields[code] = [m.group(2).strip()] if m.group(2) else []
            in_text = in_text or code in ("LP", "TD")
        elif code is None:
            if line:
                return None  # (a line before the first code: not an export)
        else:
            fields[code].append(line)
    if "HD" not in fields or not ("LP" in fields or "TD" in fields) or len(fields) < FACTIVA_MIN_CODES \
            or not ("PD" in fields or "SN" in fields):
        return None
    title = " ".join(" ".join(fields["HD"]).split())
    if not title:
        return None
    record = Record("Factiva's field-coded export (" + " ".join(fields)[:80] + ")", title,
                    _text(title, fields.get("LP", []) + [""] + fields.get("TD", [])))
    record.authors = _byline_names(" ".join(fields.get("BY", [])))
    record.source = " ".join(" ".join(fields.get("SN", [])).split()) or None
    record.date = first_date(" ".join(fields.get("PD", [])), month_first=False)
    return record


# Factiva's article display (and its "article format" download): the headline, the byline, "612 words", the date
# ("12 January 2024"), the time at times ("21:14 GMT"), the source ("Reuters News": the publication, not the
# copyright's owner "Thomson Reuters"), its code ("LBA"), the page ("A1"), the language ("English"), the copyright
# line, the text, and "Document LBA0000020240112ek1c00abc" last.
_WORD_COUNT_RE = re.compile(r"\d[\d,.]*\s+words")
_CLOCK_RE = re.compile(r"\d{1,2}:\d{2}(?:\s*(?:[AP]M|GMT|UTC|ET|EST|EDT))?", re.I)
_DATABASE_LANGUAGES = frozenset(
    "english french german spanish italian portuguese dutch russian chinese japanese korean arabic turkish polish "
    "swedish norwegian danish finnish greek czech hungarian romanian ukrainian indonesian vietnamese thai hebrew "
    "catalan croatian slovak slovenian bulgarian serbian malay hindi".split())
_COPYRIGHT_RE = re.compile(r"(?:copyright|\(c\)|©)", re.I)
_DOCUMENT_MARK_RE = re.compile(r"Document [A-Za-z0-9]{12,}")
DISPLAY_HEAD_LINES = 8  # the headline, the byline, a section's name or a credit over the word count
DISPLAY_FIELDS_LINES = 7  # time, source, code, edition, page, language: between the date and the copyright


def _factiva_display(lines: list[str]) -> Record | None:
    start = _skip_list_header(lines)
    filled = [k for k in range(start, len(lines)) if lines[k]]
    w = next((j for j, k in enumerate(filled[:DISPLAY_HEAD_LINES + 1])
              if len(lines[k]) <= 20 and _WORD_COUNT_RE.fullmatch(lines[k])), None)
    if not w or w + 2 >= len(filled):
        return None
    date_line = lines[filled[w + 1]]
    date = first_date(date_line, month_first=False) if len(date_line.split()) <= 5 else None
    if date is None:
        return None
    after = filled[w + 2:w + 2 + DISPLAY_FIELDS_LINES]
    lang = next((j for j, k in enumerate(after) if lines[k].casefold() in _DATABASE_LANGUAGES), None)
    if lang is None or lang + 1 >= len(after):
        return None
    fields = [lines[k] for k in after[:lang] if not _CLOCK_RE.fullmatch(lines[k])]
    body_at = after[lang] + 1
    copyright_line = _COPYRIGHT_RE.match(lines[after[lang + 1]])
    if copyright_line:
        body_at = after[lang + 1] + 1
    end = next((k for k in range(len(lines) - 1, body_at - 1, -1) if lines[k]), len(lines))
    document_mark = _DOCUMENT_MARK_RE.fullmatch(lines[end]) is not None
    if not (copyright_line or document_mark) or not fields:
        return None
    head = [lines[k] for k in filled[:w]]
    bylines = [x for x in head if re.match(r"by\s", x, re.I)]
    others = [x for x in head if x not in bylines]
    if not others:
        return None
    title = max(reversed(others), key=lambda x: len(x.split()))  # (not a section's name over it, "Business News")
    record = Record("Factiva's article display (word count, date, source, language"
                    + (", copyright" if copyright_line else "") + (", document number" if document_mark else "") + ")",
                    title, _text(title, lines[body_at:end if document_mark else len(lines)]))
    record.authors = _byline_names(" and ".join(bylines)) if bylines else []
    record.source, record.date = fields[0], date
    return record


# Nexis Uni's document: the headline, the publication, its date ("February 6, 2024 Tuesday"), the copyright, its
# labelled fields ("Section: BUSINESS; Pg. A1", "Length: 812 words", "Byline: …", "Highlight: …"), "Body", the text,
# then "Graphic", "Classification", "Language:", "Publication-Type:", "Load-Date:" (the day Nexis loaded it, never the
# publication's) and "End of Document".
_NEXIS_HEAD_LABEL_RE = re.compile(r"(Section|Length|Byline|Dateline|Highlight|Edition|Column|Series|Type|Correction"
                                  r"-Date): ?(.*)")
_NEXIS_AFTER_TEXT = frozenset(("Graphic", "Classification", "End of Document", "Notes", "Load-Date"))
_NEXIS_LENGTH_RE = re.compile(r"\d[\d,]*\s+words")
NEXIS_MIN_HEAD_FIELDS = 2  # "Length: 812 words" and one more of Byline, Section, the copyright line … over "Body"


def _headline_from(lines: list[str], at: list[int]) -> int:
    """Where the headline starts among the lines over the publication (their indexes `at`): the last of them and
    the lines right over it (a headline on two lines), not a line set apart by a blank line that ends a sentence,
    nor one over it (a note over the document: "Here is the one doc I found.", a probe's)."""
    start = len(at) - 1
    while start > 0 and not (at[start] - at[start - 1] > 1 and lines[at[start - 1]][-1:] in ".!"):
        start -= 1
    return start


def _nexis(lines: list[str]) -> Record | None:
    b = next((k for k, x in enumerate(lines) if x == "Body"), None)
    if b is None:
        return None
    head_fields: dict[str, str] = {}
    copyright_at = None
    for k in range(b):
        if m := _NEXIS_HEAD_LABEL_RE.fullmatch(lines[k]):
            head_fields.setdefault(m.group(1), m.group(2).strip())
        elif copyright_at is None and _COPYRIGHT_RE.match(lines[k]):
            copyright_at = k
    end = next((k for k in range(b + 1, len(lines))
                if lines[k] in _NEXIS_AFTER_TEXT or lines[k].startswith("Load-Date:")), None)
    if end is None or not _NEXIS_LENGTH_RE.fullmatch(head_fields.get("Length", "")) \
            or len(head_fields) + (copyright_at is not None) < NEXIS_MIN_HEAD_FIELDS:
        return None  # (Nexis gives every document its length in words: not a page's "Length: 4 min read")
    firsts = [k for k in range(_skip_list_header(lines), b) if lines[k]]
    at = []  # (the lines over the copyright and the fields: headline, publication, date)
    for k in firsts:
        if k == copyright_at or _NEXIS_HEAD_LABEL_RE.fullmatch(lines[k]):
            break
        at.append(k)
    top = [lines[k] for k in at]
    d = next((j for j, x in enumerate(top) if j and len(x.split()) <= 8 and first_date(x)), None)
    if d is None and not top:
        return None
    names = top[:d] if d is not None else top
    title = names[0] if len(names) < 2 else " ".join(names[_headline_from(lines, at[:len(names) - 1]):-1])
    record = Record("a Nexis Uni document (" + ", ".join(
        [*(f"{x}:" for x in head_fields), *(["copyright"] if copyright_at is not None else []), "Body",
         lines[end]]) + ")", title, _text(title, lines[b + 1:end]))
    if d is not None and len(names) >= 2:
        record.source = re.sub(r"\s*\([^()]*,[^()]*\)$", "", names[-1])  # ("Financial Times (London, England)")
    if d is not None:
        record.date = first_date(top[d])
    record.authors = _byline_names(head_fields.get("Byline", ""))
    record.subtitle = head_fields.get("Highlight") or None
    return record


# A ProQuest record: the headline, the citation ("Chokshi, Niraj; Kitroeff, Natalie. New York Times (Online) ; New
# York, N.Y. [New York, N.Y]. 28 Feb 2024."), "Abstract" (the summary), "Full Text" (the text), then its labelled
# fields: "Credit:", "Subject:", "Publication title:", "Publication date:" (not "Last updated:", ProQuest's own
# day), "ProQuest document ID:", "Document URL:", "Copyright:", "Database:".
_PROQUEST_LABEL_RE = re.compile(r"([A-Z][A-Za-z/ -]{1,40}?): ?(.*)")
_PROQUEST_FIELDS = frozenset(("Publication title", "Publication date", "ProQuest document ID", "Document URL",
                              "Source type", "Document type", "Database", "Publication year", "Place of publication"))
_PROQUEST_HEAD_FIELDS = frozenset(("Title", "Author", "Publication info", "Links"))
PROQUEST_MIN_FIELDS = 3  # of the labels above, with the document's ID or address
_CITATION_AUTHORS_RE = re.compile(r"((?:[^,;.]+, [^,;]+?)(?:; [^,;.]+, [^,;]+?)*)\.\s")
PROQUEST_ABSTRACT_MAX_WORDS = 60  # a news item's abstract, its standfirst; a paper's longer one is no subtitle


def _proquest(lines: list[str]) -> Record | None:
    marks = [k for k, x in enumerate(lines) if x in ("Abstract", "Full Text", "Full text")
             or x.startswith(("Abstract:", "Full text:", "Full Text:"))]
    if not marks:
        return None
    def label(line: str) -> re.Match[str] | None:
        return _PROQUEST_LABEL_RE.fullmatch(line) if ":" in line[:42] else None

    # The fields under the text: from the first of ProQuest's own ("Publication title:"), back over the labelled
    # lines right over it ("Credit: …", "Subject: …"); not a caption's "Credit: Getty Images" inside the text.
    meta_at = next((k for k in range(marks[-1] + 1, len(lines))
                    if (m := label(lines[k])) and m.group(1) in _PROQUEST_FIELDS), None)
    fields: dict[str, str] = {}
    if meta_at is None:
        meta_at = len(lines)  # (no fields under the text: only a record with all its fields over it, below)
    else:
        while meta_at > marks[-1] + 1 and (not lines[meta_at - 1] or label(lines[meta_at - 1])
                                           or lines[meta_at - 1].startswith("____")):
            meta_at -= 1
        for k in range(meta_at, len(lines)):
            if m := label(lines[k]):
                fields.setdefault(m.group(1), m.group(2).strip())
        known = [x for x in fields if x in _PROQUEST_FIELDS]
        if len(known) < PROQUEST_MIN_FIELDS or not _proquest_id(fields):
            return None  # (not a library guide's words on "the ProQuest document ID", nor a catalogue's record)
    start = _skip_list_header(lines)
    head = []  # (the headline and the citation; or, in ProQuest's text export, labelled fields over "Full text:",
    # "Author: Chokshi, Niraj; …", "Publication info: New York Times (Online) …", under a line of underscores;
    # or, in a record with no fields under its text, all its fields over it, "ProQuest document ID: 2901123456")
    over: dict[str, str] = {}
    for k in range(start, marks[0]):
        m = label(lines[k])
        if m and (m.group(1) in _PROQUEST_HEAD_FIELDS or m.group(1) in _PROQUEST_FIELDS):
            over.setdefault(m.group(1), m.group(2).strip())
        elif lines[k] and not lines[k].startswith("____") and not (
                len(lines[k]) <= 120 and _LIST_HEADER_RE.fullmatch(lines[k])):  # (not "Document 2 of 5")
            head.append(lines[k])
    if meta_at == len(lines):
        # (the fields over the text: ProQuest's ID, with the headline's "Author:" or "Publication info:" …)
        known = [x for x in over if x in _PROQUEST_FIELDS or x in _PROQUEST_HEAD_FIELDS]
        if len(known) < PROQUEST_MIN_FIELDS or not _proquest_id(over):
            return None
    fields = {**over, **fields}
    title = fields.get("Title") or (head[0] if head else "")
    if not title:
        return None

    def part(k: int, stop: int) -> list[str]:
        inline = lines[k].partition(":")[2].strip()
        return ([inline] if inline else []) + lines[k + 1:stop]

    full = next((k for k in marks if lines[k].lower().startswith("full text")), None)
    abstract_at = next((k for k in marks if lines[k].startswith("Abstract")), None)
    stop = meta_at
    body = part(full, stop) if full is not None else part(abstract_at, stop) if abstract_at is not None else []
    record = Record("a ProQuest record (" + ", ".join(["Abstract"] * (abstract_at is not None)
                                                      + ["Full Text"] * (full is not None) + known) + ")",
                    title, _text(title, body))
    if full is not None and abstract_at is not None and abstract_at < full:
        abstract = " ".join(" ".join(part(abstract_at, full)).split())
        if abstract.lower().startswith("none available"):
            pass  # (ProQuest's "Abstract: None available.")
        elif abstract and len(abstract.split()) <= PROQUEST_ABSTRACT_MAX_WORDS:
            record.subtitle = abstract
        elif abstract:
            record.decisions.append(f"abstract {abstract[:50]!r}: left out (the summary of the text under it)")
    citation = head[1] if len(head) > 1 else fields.get("Publication info", "")
    if fields.get("Author"):
        record.authors = _byline_names(" ; ".join(_given_first(x) for x in fields["Author"].split(";")))
    elif m := _CITATION_AUTHORS_RE.match(citation):
        record.authors = _byline_names(" ; ".join(_given_first(x) for x in m.group(1).split(";")))
    elif fields.get("Credit"):
        record.authors = _byline_names(fields["Credit"])
    publication = (fields.get("Publication title") or (
        fields.get("Publication info", "") if meta_at == len(lines) else "")).split(";")[0]
    record.source = re.sub(r"\s*\((?:online|print|electronic|e-?edition|web)\)", "", publication, flags=re.I).strip() \
        or None
    record.date = first_date(fields.get("Publication date", "")) or (first_date(citation) if citation else None)
    return record


def _proquest_id(fields: dict[str, str]) -> bool:
    """Whether the fields have ProQuest's document ID ("2901123456") or its address ("https://www.proquest.com/…")."""
    return fields.get("ProQuest document ID", "").isdigit() or "proquest.com/" in fields.get("Document URL", "")


def _given_first(name: str) -> str:
    """ "Chokshi, Niraj" -> "Niraj Chokshi" (a catalogue's order, surname first)."""
    surname, comma, given = name.strip().partition(",")
    return f"{given.strip()} {surname.strip()}" if comma and given.strip() else name.strip()
