"""Read stage: find seed files, decode them safely, load the analyst's metadata file.

Everything that can go wrong with one file raises SeedError with a one-line reason;
the pipeline reports `<file>: <reason>` and goes on with the others.
"""

from __future__ import annotations

import codecs
import difflib
import datetime as dt
import email
import email.policy
import email.message
import email.utils
import html as html_module
import hashlib
import logging
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .model import EARLIEST_YEAR, LATEST_YEAR, SourceDoc
from .text import LABEL_MARKUP, WEB_ADDRESS_RE, clean_field, label_markup, normalise_newlines, strip_controls

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}  # text with Markdown's marks, maybe front matter
# A saved page; ".mhtml"/".mht" is a browser's "Webpage, Single File" (a MIME archive of the
# page and its images, RFC 2557), read for its page whatever the suffix says (web_archive_page).
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".mhtml", ".mht"}
WEB_ARCHIVE_SUFFIXES = {".mhtml", ".mht"}
# An email saved from a mail client (RFC 5322; a newsletter, or one forwarded): read for its
# message, its HTML part as a saved page, else its plain text (email_seed).
EMAIL_SUFFIXES = {".eml"}
# An archive carries the page's images too: it may be this many times --max-size, its page not.
WEB_ARCHIVE_SIZE_FACTOR = 10
# Files an analyst saves beside the seeds that the tool cannot read, and what to do instead.
_NOT_SEED_ADVICE = {
    ".pdf": "a PDF: copy its text into a .txt file to include it",
    ".doc": "a word-processor document: save it as plain text (.txt) to include it",
    ".docx": "a word-processor document: save it as plain text (.txt) to include it",
    ".odt": "a word-processor document: save it as plain text (.txt) to include it",
    ".rtf": "a word-processor document: save it as plain text (.txt) to include it",
    ".pages": "a word-processor document: save it as plain text (.txt) to include it",
    ".webarchive": "a Safari web archive: save the page as \"Page Source\" (.html) to include it",
    ".msg": "an Outlook message: save it as an .eml file (\"Save As\", Outlook Message Format: no) to include it",
}
METADATA_FILE = "metadata.yml"
# 10 MB in the CLI's unit (--max-size is in MB of 10^6 bytes, and messages say MB too).
DEFAULT_MAX_BYTES = 10 * 1000 * 1000
METADATA_KEYS = ("title", "subtitle", "date", "authors", "source", "url", "language", "summary", "tags")
MISSPELT_KEY_CUTOFF = 0.8


def misspelt_key(word: str, keys: tuple[str, ...]) -> str | None:
    """The key of `keys` that a config file's unknown key likely means: a close spelling ("typ", "autors",
    "titel"), or the same letters swapped ("tpye"); None when none is close (a key of the user's own,
    "source", "nickname")."""
    folded = word.casefold()
    close = difflib.get_close_matches(folded, keys, n=1, cutoff=MISSPELT_KEY_CUTOFF)
    return close[0] if close else next((key for key in keys if len(key) >= 4 and sorted(key) == sorted(folded)), None)
# The fields an empty value (null, "", []) clears: a wrong standfirst, date, byline,
# publication or topic found in the text is taken away; a title, a language and a summary
# are never empty (without one the summary is made from the text again).
CLEARABLE_KEYS = ("subtitle", "date", "authors", "source", "url", "tags")
LIST_KEYS = ("authors", "tags")  # a name or a list of names


def _split_names(text: str, key: str) -> list[str]:
    """A list written as one line of text: "A; B" or "A, B", and for authors "A and B"
    or "A & B" too ("authors: Hans Müller, Eva Braun" names two people, not one)."""
    parts = re.split(r"\s*;\s*", text) if ";" in text else re.split(r"\s*,\s*", text)
    if key == "authors":
        parts = [name for part in parts for name in re.split(r"\s+(?:and|&)\s+", part)]
    return parts
# A language tag as HTML's lang attribute takes it (BCP 47): "ja", "pt-BR", "zh-Hant".
LANGUAGE_TAG_RE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")

_BINARY_ADVICE = {
    "PDF document": "copy its text into a .txt file to include it",
    "ZIP archive (or Office document)": "a word-processor document? save it as plain text (.txt) to include it",
}
_NOT_TEXT_ADVICE = "no article text to read in it: move it out of the seeds folder"
# Magic numbers of formats analysts save by mistake next to their text files.
_BINARY_MAGIC = {
    b"\x89PNG": "PNG image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive (or Office document)",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
    b"\x1f\x8b": "gzip archive",
    b"\xd0\xcf\x11\xe0": "Office document",
    b"\x7fELF": "executable",
}
# Typical sequences left when UTF-8 was decoded as cp1252/latin-1 ("CafÃ©", "â€œ").
_MOJIBAKE_HINT = re.compile("[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u017d\u017e\u0178]")


# A saved page's declared charset: <meta charset="..."> or <meta http-equiv="Content-Type"
# content="text/html; charset=...">, looked for where browsers look (the first 1,024 bytes;
# here more, for the comment a browser's "Save page" puts first).
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
HTML_CHARSET_SCAN = 4096
# The labels a browser reads (WHATWG Encoding), with the codec it decodes each with, where Python's own
# lookup of the label fails or gives a smaller codec: "windows-874", the label Thai sites declare, is
# unknown to Python; "iso-8859-1" means windows-1252, "gb2312" GBK, "euc-kr" windows-949.
_CHARSET_LABELS = {label: codec for codec, labels in (
    ("utf-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 x-unicode20utf8"),
    ("iso8859_2", "iso88592"), ("iso8859_3", "iso88593"), ("iso8859_4", "iso88594"), ("iso8859_5", "iso88595"),
    ("iso8859_6", "csiso88596e csiso88596i iso-8859-6-e iso-8859-6-i iso88596"),
    ("iso8859_7", "iso88597 sun_eu_greek"),
    ("iso8859_8", "csiso88598e iso-8859-8-e iso88598 visual csiso88598i iso-8859-8-i logical"),
    ("iso8859_10", "iso885910"), ("iso8859_13", "iso885913"), ("iso8859_14", "iso885914"),
    ("iso8859_15", "csisolatin9 iso885915"), ("koi8_u", "koi8-ru"), ("koi8_r", "koi koi8"),
    ("mac_roman", "csmacintosh mac x-mac-roman"), ("mac_cyrillic", "x-mac-cyrillic x-mac-ukrainian"),
    ("cp874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
    ("cp1250", "x-cp1250"), ("cp1251", "x-cp1251"),
    ("cp1252", "ansi_x3.4-1968 ascii cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1"
               " iso_8859-1:1987 l1 latin1 us-ascii x-cp1252"),
    ("cp1254", "csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5"),
    ("gb18030", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk"),
    ("big5hkscs", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    ("euc_jp", "cseucpkdfmtjapanese x-euc-jp"),
    ("cp932", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis"),
    ("cp949", "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601"
              " windows-949"),
) for label in labels.split()}
# Text read as cp1252 in which more than this share of the letters are from À-ÿ (and at
# least this many) is not in a Latin alphabet: French or Icelandic stay under 15%.
_UPPER_HALF_LETTERS = tuple(ch for ch in map(chr, range(0xC0, 0x100)) if ch.isalpha())
STRAY_NULS_MAX = 2  # NUL bytes a text may hold by mistake (more, in a short file, make it binary)
NOT_LATIN_SHARE = 0.3
NOT_LATIN_MIN_LETTERS = 20
# ... or a line with this many (and more than this share of its letters): French, Icelandic
# or Portuguese lines stay well under half ("Þórður Ævarsson í Þýskalandi": a third).
NOT_LATIN_LINE_MIN = 8
NOT_LATIN_LINE_SHARE = 0.5


class SeedError(Exception):
    """A seed that cannot be converted; str() is the reason shown to the user."""


class ConfigError(Exception):
    """A project file (topics, entities, seeds/metadata.yml) is unusable; the message says where."""


@dataclass
class SeedMetadata:
    """The analyst's corrections from seeds/metadata.yml, per seed file name."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def discover(seeds_dir: Path, unnamed: list[tuple[str, str]] | None = None) -> list[tuple[str, Path]]:
    """Seed files below seeds_dir (text and HTML) with their names (relative to seeds_dir,
    with "/"), in name order; hidden files and folders skipped, symbolic links to folders
    not followed (a broken link to a seed file, or a pipe named like one, is listed: reading
    it says what is wrong). A seed whose name is not valid UTF-8 is left out, and added to
    unnamed, if given, as (its name shown with escapes, why), for the run to count it as
    skipped; so is an article in a form that is not read (a PDF, a word-processor document),
    with what to do. Other files (images, scripts) are only mentioned."""
    found: list[tuple[str, str]] = []  # (name relative to seeds_dir, path)
    root = str(seeds_dir)
    for folder, dirs, files in os.walk(root):  # not Path.rglob: 0.12-0.16 s for 10,000 seeds, not 0.28-0.42
        rel_folder = os.path.relpath(folder, root)
        resources = _page_resources(folder, dirs, files)
        for name in resources:
            log.info("%s/: the images, scripts and frames of a saved page beside it; not read",
                     name if rel_folder == "." else f"{rel_folder.replace(os.sep, '/')}/{name}")
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in resources)
        for file in sorted(files):  # (what is skipped is said in the same order every run)
            rel = file if rel_folder == "." else f"{rel_folder.replace(os.sep, '/')}/{file}"
            path = os.path.join(folder, file)
            if file.startswith(".") or file == METADATA_FILE:
                continue
            if not _utf8(rel):  # its name could be neither keyed, nor written into a page
                if unnamed is not None and os.path.splitext(file)[1].lower() in SEED_SUFFIXES:
                    unnamed.append((os.fsencode(rel).decode("utf-8", "backslashreplace"),
                                    "the file's name is not valid UTF-8 (rename it)"))
                continue
            suffix = os.path.splitext(file)[1].lower()
            if suffix in SEED_SUFFIXES:
                found.append((rel, path))
            elif suffix in _NOT_SEED_ADVICE and unnamed is not None:  # an article, in a form not read
                unnamed.append((rel, f"not read ({_NOT_SEED_ADVICE[suffix]})"))
            else:
                log.info("%s: not a seed (%s); ignored", rel, _NOT_SEED_ADVICE.get(
                    suffix, "only .txt, .md, .html, .htm, .mhtml and .eml files are read"))
    return [(rel, Path(path)) for rel, path in sorted(found)]


SEED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | EMAIL_SUFFIXES


def _page_resources(folder: str, dirs: list[str], files: list[str]) -> list[str]:
    """The subfolders of folder that hold a saved page's resources. "Save Page As…, Webpage,
    Complete" writes "Title.html" and beside it "Title_files" (images, scripts, styles, and the
    ad and video frames as .html files of their own; "Title-Dateien", "Title_archivos",
    "Title.files" in some browsers and languages): a folder named after a page beside it, one
    word after "_", "-" or ".", with scripts, styles or images in it and no text seed."""
    pages = {stem for stem, suffix in map(os.path.splitext, files) if suffix.lower() in HTML_SUFFIXES}
    out = []
    for name in dirs:
        stem, word = max((name.rpartition(sep)[::2] for sep in "_-."), key=lambda sw: len(sw[0]))
        if stem in pages and word.isalpha():
            try:
                inside = {os.path.splitext(f)[1].lower() for f in os.listdir(os.path.join(folder, name))}
            except OSError:
                continue
            if inside & _PAGE_RESOURCE_SUFFIXES and not inside & TEXT_SUFFIXES:
                out.append(name)
    return out


_PAGE_RESOURCE_SUFFIXES = {".js", ".css", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".woff2"}


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes, which os.walk gives as lone surrogates
        return False
    return True


def read_regular(path: Path, max_bytes: int) -> bytes:
    """A regular file's bytes, at most max_bytes + 1 of them; SeedError for a pipe, a device or
    a socket (a link to /dev/zero would be read forever, a FIFO would hang the run)."""
    with path.open("rb") as fh:  # (read_source stats first: opening a FIFO would block)
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):  # replaced since
            raise SeedError("not a regular file (a pipe, a device or a socket): not read")
        return fh.read(max_bytes + 1)


def read_source(path: Path, seeds_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDoc:
    """Read and decode one seed; raise SeedError when it is not usable text."""
    name = path.relative_to(seeds_dir).as_posix()
    suffix = path.suffix.lower()
    # (an archive is allowed its images; its page is held to max_bytes below)
    limit = max_bytes * WEB_ARCHIVE_SIZE_FACTOR if suffix in WEB_ARCHIVE_SUFFIXES else max_bytes
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise SeedError("not a regular file (a pipe, a device or a socket): not read")
        size = info.st_size
        if size > limit:
            raise SeedError(
                f"too large ({_megabytes(size)} > limit {_megabytes(limit)}); "
                "raise the limit with --max-size if it really is one article"
            )
        raw = read_regular(path, limit)
        if len(raw) > limit:
            raise SeedError(f"too large (over the limit of {_megabytes(limit)}, though it said "
                            f"{_megabytes(size)}); raise the limit with --max-size if it really is one article")
    except OSError as exc:
        if path.is_symlink() and not path.exists():
            raise SeedError(f"broken symbolic link (to {os.readlink(path)}, which does not exist)") from exc
        raise SeedError(f"cannot read file ({exc.strerror or exc})") from exc
    if suffix in EMAIL_SUFFIXES:
        return _email_doc(path, name, raw)
    html_page = suffix in HTML_SUFFIXES
    page, charset = web_archive_page(raw) if html_page else (raw, None)
    if len(page) > max_bytes:  # an archive's page, the rest its images
        raise SeedError(f"too large (its page is {_megabytes(len(page))} > limit {_megabytes(max_bytes)}); "
                        "raise the limit with --max-size if it really is one article")
    text, encoding, notes = decode(page, (declared_charset(page) or charset) if html_page else None)
    _refuse_legacy_bengali(text)
    text = normalise_newlines(text)
    text, control_notes = strip_controls(text)
    notes.extend(control_notes)
    if not text.strip():
        raise SeedError("empty article (no text in the file): paste the article's text into it, or delete it")
    kind = "html" if html_page else "markdown" if suffix in MARKDOWN_SUFFIXES else "text"
    if kind == "text":
        text, layout = two_columns(text)
        if layout:
            notes.append(layout)
    return SourceDoc(
        path=path,
        name=name,
        kind=kind,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(raw).hexdigest(),
        notes=tuple(notes),
    )


# A research database hands over a batch of articles as one file: Nexis Uni's export closes each document with a line
# "End of Document", Factiva's with the document's accession number, "Document WSJO000020240106ek160009x" (as "AN
# Document …" in its field-coded form), and ProQuest's opens each record with "Document 3 of 5". A first-time user's
# Nexis export of five articles became one page, the other four lost. Only lines that are nothing but the mark count,
# two or more of them, and only where every document so cut holds its database's own fields (_DOCUMENT_FIELDS_RE):
# a library's guide that shows the mark twice, a story quoting it, a page listing court filings as "Document 1 of 3"
# are one page each (a review's probes).
_DOCUMENT_END_RE = re.compile(r"^[ \t]*(?:End of Document|(?:AN[ \t]+)?Document[ \t]+[A-Z]{2,8}0{2,}\d{8}[a-z0-9]{5,12})"
                              r"[ \t]*$", re.M)
_DOCUMENT_START_RE = re.compile(r"^[ \t]*Document[ \t]+(\d{1,4})[ \t]+of[ \t]+(\d{1,4})[ \t]*$", re.M)
# ... Nexis's "Length: 812 words" and "Load-Date: January 9, 2024"; Factiva's word count, "612 words" in its display,
# "WC 812 words" in its field codes; ProQuest's "ProQuest document ID: 2933451234" or its document's address
_DOCUMENT_FIELDS_RE = {
    "End": re.compile(r"^[ \t]*(?:Length:[ \t]*[\d,]+[ \t]+words|Load-Date:[ \t]*\S)", re.M),
    "Document": re.compile(r"^[ \t]*(?:WC[ \t]+)?[\d,]+[ \t]+words[ \t]*$", re.M),
    "ProQuest": re.compile(r"^[ \t]*(?:ProQuest document ID:?[ \t]*\d|Document URL:?[ \t]*\S*proquest\.com)", re.M | re.I),
}
DOCUMENT_MIN_WORDS = 5  # a part with fewer words around its mark is no document (two marks in a row)


def split_documents(text: str) -> list[str]:
    """The documents of a database export that holds several (see _DOCUMENT_END_RE), in order, each with its own
    end line, or under its own "Document k of n" line; [text] for any other seed. Nothing is dropped: what stands
    before the first document (a results list's cover, "Results list: 5 documents") stays with the first, what
    follows the last end line with the last, and a part too short to be a document with its neighbour."""
    ends = list(_DOCUMENT_END_RE.finditer(text))
    if len(ends) >= 2:
        cuts = [m.end() for m in ends]
        fields = [_DOCUMENT_FIELDS_RE["End" if m.group().strip() == "End of Document" else "Document"] for m in ends]
    else:
        starts = list(_DOCUMENT_START_RE.finditer(text))
        numbers = [int(m.group(1)) for m in starts]
        if len(starts) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            return [text]
        cuts = [m.start() for m in starts[1:]]
        fields = [_DOCUMENT_FIELDS_RE["ProQuest"]] * len(starts)
    parts = [text[i:j] for i, j in zip([0, *cuts], [*cuts, len(text)])]
    documents: list[str] = []
    for part in parts:
        if documents and len(part.split()) < DOCUMENT_MIN_WORDS + 2:  # (the mark's own words)
            documents[-1] += part
        elif documents and len(documents[-1].split()) < DOCUMENT_MIN_WORDS + 2:
            documents[-1] += part
        else:
            documents.append(part)
    if len(documents) < 2 or not all(any(f.search(d) for f in set(fields)) for d in documents):
        return [text]
    return documents


def _email_doc(path: Path, name: str, raw: bytes) -> SourceDoc:
    """An email seed as a SourceDoc: its message (see email_seed) under the header lines that
    say what the mail client showed of it (email_head reads them back)."""
    kind, head, body = email_seed(raw)
    text, notes = strip_controls(normalise_newlines(body))
    if not text.strip():
        raise SeedError("an email with no text in it (no text/html or text/plain part): "
                        "copy the message's text into a .txt file")
    lines = "".join(f"{key}: {' '.join(value.split())}\n" for key, value in head.items() if value.strip())
    return SourceDoc(path=path, name=name, kind=kind, text=lines + "\n" + text, encoding="utf-8",
                     sha256=hashlib.sha256(raw).hexdigest(), notes=tuple(notes))


EMAIL_HEAD_KEYS = ("Subject", "Date", "From", "Mailing")


def email_seed(raw: bytes) -> tuple[str, dict[str, str], str]:
    """An email's kind ("html" or "text"), what it says of itself, and its text: the text/html
    part, which the saved-page path reads, else the text/plain part; transfer encoding
    (quoted-printable, base64) and charset decoded. The head: its Subject, Date, From (the
    sender's display name, else the address), or a forwarded message's, where the text carries
    them under the mail client's line ("---------- Forwarded message ---------", "Begin
    forwarded message:", "-----Original Message-----"), or it is attached whole (message/rfc822);
    "Mailing" is "yes" when it is a mailing list's (List-Unsubscribe or List-Id, or an
    "Unsubscribe" link in the text): a newsletter, whose sender is the publication."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    inner = next((part.get_payload()[0] for part in msg.walk() if part.get_content_type() == "message/rfc822"
                  and isinstance(part.get_payload(), list) and part.get_payload()), None)
    html, plain = _email_part(msg, "html"), _email_part(msg, "plain")
    if inner is not None and len((html or "") + (plain or "")) < EMAIL_NOTE_MAX_CHARS:
        msg, html, plain = inner, _email_part(inner, "html"), _email_part(inner, "plain")  # (forwarded as attachment)
    head = {"Subject": str(msg.get("Subject", "")), "Date": str(msg.get("Date", "")),
            "From": _sender(str(msg.get("From", ""))),
            "Mailing": "yes" if msg.get("List-Unsubscribe") or msg.get("List-Id") else ""}
    forwarded = None
    for text in (plain, _html_lines(html) if html else None):
        if text and (forwarded := _forwarded_head(text)) is not None:
            break
    if forwarded is not None:
        head.update({k: v for k, v in forwarded[0].items() if v})
    if plain is not None and forwarded is not None and forwarded[1] is plain:
        plain = plain[forwarded[2]:]  # (the forwarded message's text, without the forwarder's note over it)
    body = html if html is not None else plain or ""
    if _unsubscribe_link(body[-EMAIL_FOOTER_CHARS:], html is not None):
        head["Mailing"] = "yes"
    elif not head["Mailing"] and _OFFICE_SENDER_RE.search(head["From"]) and "@" not in head["From"]:
        head["Mailing"] = "office"  # (an institution's press office: the publication, no writer)
    return ("html" if html is not None else "text"), head, body


EMAIL_NOTE_MAX_CHARS = 400  # the forwarder's own words over a message attached whole ("FYI")
EMAIL_FOOTER_CHARS = 3000  # a mailing's footer, where its "Unsubscribe" link is
_UNSUBSCRIBE_RE = re.compile(r"unsubscribe|abmelden|se désabonner|se desinscrire|darse de baja|disiscriviti"
                             r"|opt[ -]out|manage (?:your )?(?:subscription|preferences)", re.I)
# A sender that is an office, not a person: "Pressestelle BMWK", "Council of the EU Press", "European Commission
# Press Office", "Newsroom", "Ufficio stampa", "Service de presse", "Gabinete de prensa", "Media Relations".
_OFFICE_SENDER_RE = re.compile(r"\b(?:press(?:e|estelle|eamt|ebüro)?|newsroom|media (?:relations|office|centre|center)"
                               r"|communications? (?:office|team|department)|ufficio stampa|prensa|presse)\b", re.I)
UNSUBSCRIBE_LINE_MAX_WORDS = 5  # "Unsubscribe", "Unsubscribe | Manage your preferences", without its address
_LINK_RE = re.compile(r"https?://|www\.|<[^>\s]+@|\[\d+\]")


def _unsubscribe_link(footer: str, html: bool) -> bool:
    """A mailing's unsubscribe link in its footer: in an HTML part, the word in a link's address or text
    ('<a href="https://x.example/unsubscribe">', '<a …>Unsubscribe</a>'); on a line (a paragraph) with an
    address ("Unsubscribe https://x.example/u") or a short line of its own ("Unsubscribe | Manage preferences").
    Not the word in a person's sentence ("When someone clicks unsubscribe, the preference centre takes …", a
    review's probe: a colleague's mail made a mailing, its sender the publication)."""
    for m in _UNSUBSCRIBE_RE.finditer(footer):
        before = footer[:m.start()]
        if html:
            if before.rfind("<") > before.rfind(">") and before[before.rfind("<"):].lower().startswith("<a"):
                return True  # (in a link's tag: its address)
            if before.lower().rfind("<a ") > before.lower().rfind("</a>"):
                return True  # (in a link's text)
        start = max(footer.rfind("\n", 0, m.start()), footer.rfind(">", 0, m.start()) if html else -1) + 1
        ends = [e for e in (footer.find("\n", m.end()), footer.find("<", m.end()) if html else -1) if e >= 0]
        line = footer[start:min(ends, default=len(footer))]  # (its line, or its paragraph's text in HTML)
        if _LINK_RE.search(line) or len(line.split()) <= UNSUBSCRIBE_LINE_MAX_WORDS:
            return True
    return False


def _email_part(msg: email.message.Message, subtype: str) -> str | None:
    """The message's body of that subtype (its text, decoded), or None."""
    part = msg.get_body(preferencelist=(subtype,))  # type: ignore[attr-defined]
    if part is None:
        return None
    try:
        text = str(part.get_content())
    except (LookupError, UnicodeError, AssertionError):  # an unknown charset: as UTF-8, what cannot be replaced
        payload = part.get_payload(decode=True) or b""
        text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)
    return text.replace("\r\n", "\n")  # (a message saved with its lines ending in CRLF, as the RFC has them)


def _sender(value: str) -> str:
    """A From header's display name ("The EU AI Act Newsletter <x@substack.com>"), else its address."""
    name, address = email.utils.parseaddr(value)
    return name or address


# The line a mail client writes over the message it forwards: Gmail's "---------- Forwarded
# message ---------" ("Message transféré", "Weitergeleitete Nachricht", "Mensaje reenviado",
# "Messaggio inoltrato"), Outlook's "-----Original Message-----", Apple Mail's "Begin forwarded
# message:"; then its header lines, "From: …", "Date: …" ("Sent:"), "Subject: …", "To: …".
_FORWARDED_RE = re.compile(r"^[ \t>]*(?:-{2,}\s*(?:forwarded message|original message|message transféré"
                           r"|weitergeleitete nachricht|ursprüngliche nachricht|mensaje reenviado"
                           r"|messaggio inoltrato|message d'origine)\s*-{2,}|begin forwarded message:)[ \t]*$",
                           re.I | re.M)
_FORWARDED_KEYS = {"from": "From", "von": "From", "de": "From", "da": "From", "date": "Date", "sent": "Date",
                   "datum": "Date", "gesendet": "Date", "envoyé": "Date", "fecha": "Date", "enviado": "Date",
                   "data": "Date", "subject": "Subject", "betreff": "Subject", "objet": "Subject",
                   "asunto": "Subject", "oggetto": "Subject"}
_HEADER_LINE_RE = re.compile(r"[ \t>]*([A-Za-zÀ-ÿ-]{2,10})\s?:\s*(.*)")


def _forwarded_head(text: str) -> tuple[dict[str, str], str, int] | None:
    """The forwarded message's Subject, Date and From in text under the mail client's line,
    the text, and where the forwarded message's own text starts in it; None without the line."""
    m = _FORWARDED_RE.search(text)
    if not m:
        return None
    head: dict[str, str] = {}
    pos = m.end() + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        header = _HEADER_LINE_RE.fullmatch(line)
        if header:
            key = _FORWARDED_KEYS.get(header.group(1).lower())
            if key and key not in head:
                head[key] = _sender(header.group(2)) if key == "From" else header.group(2).strip()
        elif line.strip(" \t>") or head:  # (the empty line under the client's line, or after the headers)
            break
        pos = end + 1
    return head, text, min(pos, len(text))


def _html_lines(page: str) -> str:
    """An HTML part's text a line per line break or block, for the forwarded message's head."""
    text = re.sub(r"(?i)<br\s*/?>|</(?:p|div|tr|li|h\d|blockquote)>", "\n", page)
    return html_module.unescape(re.sub(r"<[^>]*>", "", text))


def email_head(text: str) -> tuple[dict[str, str], str]:
    """The head of an email seed's text (its "Key: value" lines over an empty line, as
    _email_doc writes them) and the message's text under it."""
    head: dict[str, str] = {}
    pos = 0
    while pos < len(text) and text[pos] != "\n":
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        key, _, value = text[pos:end].partition(": ")
        if key not in EMAIL_HEAD_KEYS:
            return {}, text
        head[key] = value
        pos = end + 1
    return head, text[pos + 1:]


# The header block a MIME archive opens with ("From: <Saved by Blink>", "MIME-Version: 1.0",
# "Content-Type: multipart/related; …" folded over lines), up to the empty line after it.
_MIME_HEADERS = re.compile(rb"(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+\r?\n")
_MULTIPART_RELATED = re.compile(rb"^content-type:\s*multipart/related", re.IGNORECASE | re.MULTILINE)


def web_archive_page(raw: bytes) -> tuple[bytes, str | None]:
    """The saved page in raw and the charset its part declares: raw itself, unless raw is a
    web archive (MHTML, RFC 2557: what "Save Page As…, Webpage, Single File" writes, as
    .mhtml or .mht, or by mistake as .html), whose page is its root part: the one the
    archive's "start" names, else its first text/html part, transfer-decoded (quoted-printable
    or base64). SeedError for an archive with no page in it."""
    head = _MIME_HEADERS.match(raw[:MIME_HEADER_SCAN])
    if not head or not _MULTIPART_RELATED.search(head.group()):
        return raw, None
    archive = email.message_from_bytes(raw, policy=email.policy.compat32)
    pages = [part for part in archive.walk() if part.get_content_type() == "text/html"]
    start = archive.get_param("start")
    root = next((part for part in pages if start and part.get("Content-ID", "").strip() == start.strip()),
                pages[0] if pages else None)
    page = root.get_payload(decode=True) if root is not None else None
    if not page:
        raise SeedError("a web archive (MHTML) with no web page in it: save the page again, "
                        "or copy its text into a .txt file")
    return page, root.get_content_charset()


MIME_HEADER_SCAN = 65536  # (a header block is a few hundred bytes; Chrome's is under 1 KB)


def _megabytes(n: int) -> str:
    """A size in MB, with enough digits that a small limit does not read as "0.0 MB"."""
    mb = n / 1e6
    return f"{mb:.1f} MB" if mb >= 1 else f"{mb:.3g} MB"


def declared_charset(raw: bytes) -> str | None:
    """The codec a saved page declares (<meta charset> or http-equiv), as a browser reads
    the label (WHATWG: "iso-8859-1" means windows-1252, "gb2312" GBK, "utf-16" UTF-8); None
    if none is, or the label names no charset."""
    match = _META_CHARSET.search(raw[:HTML_CHARSET_SCAN])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(_CHARSET_LABELS.get(label, label))
    except LookupError:
        return None
    if not getattr(codec, "_is_text_encoding", True):
        return None  # "base64", "rot13", "zlib": Python's codecs, no charset a browser knows
    # A page that declares UTF-16 or UTF-32 in its own bytes cannot be in it: read as UTF-8.
    return "utf-8" if codec.name.startswith(("utf-16", "utf-32")) else codec.name


def decode(raw: bytes, declared: str | None = None) -> tuple[str, str, list[str]]:
    """Bytes -> text: BOM sniff, strict UTF-8, UTF-16 without BOM, the charset a saved page
    declares (declared), cp1252, latin-1 last.

    A charset detector is deliberately not used first: on short cp1252 samples they
    guess cp1250 and silently change letters (shared/RELIABILITY.md section 5). Text
    that is not UTF-8 and reads as cp1252 like no Latin-alphabet language (Cyrillic or
    Chinese bytes do) is refused with what to do, rather than published garbled.
    """
    notes: list[str] = []
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(codec), codec, notes
            except UnicodeDecodeError as exc:
                raise SeedError(f"starts with a {codec} byte-order mark but is not valid {codec}") from exc
    if b"\x00" in raw:
        utf16 = _guess_utf16(raw)
        if utf16:
            return raw.decode(utf16), utf16, [f"decoded as {utf16} (no byte-order mark)"]
    for magic, what in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            # (what to do, as for a .pdf seed: a first-time user's PDF renamed .txt was only called binary)
            raise SeedError(f"binary file ({what}), not text: {_BINARY_ADVICE.get(what, _NOT_TEXT_ADVICE)}")
    if raw.count(b"\x00") > max(STRAY_NULS_MAX, len(raw) // 1000):  # (a stray one or two are stripped)
        raise SeedError("binary file (contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        if declared and declared != "utf-8":
            try:
                return raw.decode(declared), declared, notes
            except UnicodeDecodeError:
                notes.append(f"some bytes are not valid {declared}, the charset the page declares; "
                             "shown as \ufffd")
                return raw.decode(declared, errors="replace"), declared, notes
        try:
            text = raw.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
            encoding = "latin-1"
        _refuse_legacy_bengali(text)  # (its glyphs' code page: read so, it looks like no Latin alphabet either)
        # (a page whose <meta charset> says UTF-8 and is not, as one saved from a site that declares it wrongly, is
        # read as a text that declares nothing: a first-time user's Ukrinform page in cp1251 had been refused)
        if _not_latin_script(text) and (legacy := _legacy_script(raw)):
            text, encoding, language = legacy
            notes.append(f"not valid UTF-8{'' if declared is None else ', the charset the page declares'}; decoded as "
                         f"{encoding}, the legacy encoding of {language} that reads it (save it as UTF-8 to be sure)")
            return text, encoding, notes
        if _not_latin_script(text):
            label = _META_CHARSET.search(raw[:HTML_CHARSET_SCAN]) if declared is None and raw.lstrip()[:1] == b"<" \
                else None
            raise SeedError(f"not UTF-8, and read as {encoding} it is not text in a Latin alphabet (Greek, Hebrew, "
                            "Arabic or Thai in a legacy encoding?): save it as UTF-8"
                            + (", or correct its <meta charset> tag, which says UTF-8" if declared is not None
                               else "" if raw.lstrip()[:1] != b"<"
                               else f", or correct its <meta charset> tag, which names {label.group(1).decode()!r},"
                                    " no charset a browser knows" if label
                               else ", or declare its charset in a <meta charset> tag"))
        central = _central_european(raw, text)  # (after: Ukrainian's і, ї, є show the same signs)
        if central:
            text, encoding = central
            notes.append(f"not valid UTF-8; decoded as {encoding} (Central European: read as Windows-1252, its "
                         "letters ą, ł, ş, ż… were symbols)")
            return text, encoding, notes
        notes.append(f"not valid UTF-8; decoded as {encoding}")
    text, repaired = repair_mojibake(text)
    if repaired:
        notes.append("repaired mojibake (UTF-8 text that had been decoded as cp1252)")
    elif (repaired_text := repair_cyrillic_mojibake(text)) is not None:
        text = repaired_text
        notes.append("repaired mojibake (UTF-8 text that had been decoded as cp1251: \"РџРѕР»С–С‚РёРєР°\" for "
                     "\"Політика\")")
    return text, encoding, notes


# The legacy encodings of the languages whose text a Western code page cannot read, each with what its text is made
# of where it is read right: Japanese saved as Shift_JIS (a first-time user's Bank of Japan statement and a Japanese
# institute's release saved from a site with no <meta charset> were refused as "not text in a Latin alphabet"), or
# EUC-JP; Korean as EUC-KR; Chinese as GBK or Big5; Russian, Ukrainian or Bulgarian as Windows-1251 or KOI8. Each
# decodes other languages' bytes too, into the wrong letters, so a reading is taken only where its letters look like
# the language's text: Japanese's kana among its characters (Chinese has none, and other bytes read as Shift_JIS
# come out as kanji and half-width katakana), Korean's Hangul, Chinese's most common characters (的, 是, 在 …, which
# any text has and the wrong code page's reading has not), Cyrillic letters mostly in lower case (each of the two
# code pages reads the other's lower case as capitals). Thai (TIS-620) is left out: any bytes read as Thai letters.
_KANA_RE = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]")
_HALF_KANA_RE = re.compile("[\uff61-\uff9f]")
_HANGUL_RE = re.compile("[\uac00-\ud7a3]")
_HAN_RE = re.compile("[\u4e00-\u9fff]")
_COMMON_HAN = frozenset("的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會也对對年日月发發")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
_COMMON_CYRILLIC = frozenset("оеаинтсрвл")  # (Russian's, Ukrainian's, Bulgarian's most common letters: over half)
LEGACY_MIN_CHARS = 8  # the script's characters, at least, for a reading to be judged
KANA_MIN_SHARE = 0.2  # of the non-ASCII characters (Japanese prose: about half; a kanji-heavy headline: a quarter)
HANGUL_MIN_SHARE = 0.6
COMMON_HAN_MIN_SHARE = 0.08  # of the Han characters (Chinese prose: about a fifth; a wrong reading: under 1%)
CYRILLIC_MIN_SHARE = 0.9  # of the non-ASCII letters
CYRILLIC_LOWER_MIN_SHARE = 0.7
COMMON_CYRILLIC_MIN_SHARE = 0.45  # of the lower-case letters (Greek, Hebrew or Thai bytes read so: under a quarter)


def _legacy_script(raw: bytes) -> tuple[str, str, str] | None:
    """Bytes that are not UTF-8 read in the legacy encoding of a language with another script, where one reads them
    as that language's text (see _KANA_RE): (text, codec, language), or None."""
    def strict(codec: str) -> str | None:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            return None
        return None if _CONTROL_RE.search(text) else text

    def others(text: str) -> list[str]:
        return [ch for ch in text if not ch.isascii() and not ch.isspace()]

    for codec in ("cp932", "euc_jp"):
        if (text := strict(codec)) is not None:
            rest = others(text)
            kana = len(_KANA_RE.findall(text))
            if kana >= LEGACY_MIN_CHARS and kana >= KANA_MIN_SHARE * len(rest) \
                    and len(_HALF_KANA_RE.findall(text)) < kana:
                return text, codec, "Japanese"
    if (text := strict("cp949")) is not None:
        hangul = len(_HANGUL_RE.findall(text))
        if hangul >= LEGACY_MIN_CHARS and hangul >= HANGUL_MIN_SHARE * len(others(text)):
            return text, "cp949", "Korean"
    best = None
    for codec in ("gb18030", "big5hkscs"):
        if (text := strict(codec)) is not None:
            han = _HAN_RE.findall(text)
            common = sum(ch in _COMMON_HAN for ch in han)
            if len(han) >= LEGACY_MIN_CHARS and common >= COMMON_HAN_MIN_SHARE * len(han) \
                    and (best is None or common / len(han) > best[0]):
                best = (common / len(han), text, codec)
    if best:
        return best[1], best[2], "Chinese"
    for codec in ("cp1251", "koi8_u"):
        if (text := strict(codec)) is not None:
            letters = [ch for ch in others(text) if ch.isalpha()]
            cyrillic = [ch for ch in letters if _CYRILLIC_RE.match(ch)]
            lower = [ch for ch in cyrillic if ch.islower()]
            if len(cyrillic) >= LEGACY_MIN_CHARS and len(cyrillic) >= CYRILLIC_MIN_SHARE * len(letters) \
                    and len(lower) >= CYRILLIC_LOWER_MIN_SHARE * len(cyrillic) \
                    and sum(ch in _COMMON_CYRILLIC for ch in lower) >= COMMON_CYRILLIC_MIN_SHARE * len(lower):
                if codec == "cp1251":
                    return text, codec, "Russian, Ukrainian or Bulgarian"
                # (KOI8-U is KOI8-R with Ukrainian's і, ї, є, ґ where KOI8-R draws boxes: a text without them is
                # KOI8-R's, and was announced as "decoded as koi8_u" to a first-time user, who had saved KOI8-R)
                if _UKRAINIAN_ONLY.isdisjoint(text):
                    return text, "koi8_r", "Russian"
                return text, codec, "Russian or Ukrainian"
    return None


_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")


_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _not_latin_script(text: str) -> bool:
    """Whether text decoded as cp1252 is mostly letters from the upper half (À-ÿ): a
    Latin-alphabet language uses them for a few accents, single-byte Cyrillic or Greek
    and double-byte Chinese land there for most letters. So may a single line: a Russian
    or Japanese headline over an English text ("Ìàéêðîñîôò è ïåêèíñêàÿ"), where Shift_JIS
    bytes read as latin-1 are also C1 control characters."""
    upper = sum(map(text.count, _UPPER_HALF_LETTERS))
    if upper >= NOT_LATIN_MIN_LETTERS and upper > NOT_LATIN_SHARE * sum(map(str.isalpha, text)):
        return True
    for line in text.splitlines():
        if line.isascii():
            continue
        c1 = len(_C1_RE.findall(line))
        odd = sum(map(line.count, _UPPER_HALF_LETTERS)) + c1
        if odd >= NOT_LATIN_LINE_MIN and odd > NOT_LATIN_LINE_SHARE * (sum(map(str.isalpha, line)) + c1):
            return True
    return False


_C1_RE = re.compile("[\u0080-\u009f]")

# Bengali in a legacy font encoding (Bijoy's, SutonnyMJ's: the text of most Bangladesh Gazette, court and ministry
# PDFs): each glyph is a Latin-1 or Windows-1252 character the font draws as a Bengali letter, so "বাংলাদেশ গেজেট" is
# "evsjv‡`k †M‡RU" and "আওয়ামী লীগ" "AvIqvgx jxM". Its vowel sign ে is "‡" or "†", before the consonant, in most
# words; ্য is "¨", র্ "©", স্ "¯", ৈ "ˆ" or "‰", ব-ফলা "^" (and ক্ষ "ÿ", ্র "Ö": letters of other languages, not
# counted). The words holding one of these signs among letters A to Z are a share of its words no other text has:
# a paper's footnote daggers ("Smith†"), code's "a^b" are a few in thousands.
_BIJOY_SIGNS = frozenset("‡†¨©¯ˆ‰^")
LEGACY_BENGALI_MIN_WORDS = 5
_ASCII_LETTER_RE = re.compile("[A-Za-z]")
LEGACY_BENGALI_SHARE = 0.2  # of the words holding a letter A to Z (a gazette's: more than half)
# The first byte of a UTF-8 letter of Latin's extensions, Greek's or Cyrillic's, read as Windows-1252 ("Ã", "Ä",
# "Å", "Ð"): text saved as UTF-8 twice, where the letter's second byte may be "‡" or "†" (Croatian "ć" is "Ä‡":
# "VuÄ‡iÄ‡"). Bijoy's "‡" and "†" follow a letter A to Z or a space ("evsjv‡`k †M‡RU"), not these.
_MOJIBAKE_LEADS = frozenset("ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑ")
LEGACY_BENGALI = ("text in a legacy Bengali font encoding (Bijoy/SutonnyMJ); convert it to Unicode (e.g. with a "
                  "Bijoy-to-Unicode converter) and save it as UTF-8")


def _refuse_legacy_bengali(text: str) -> None:
    """SeedError for Bengali text in Bijoy's (SutonnyMJ's) glyph encoding, which would be published as gibberish
    or skipped as clutter: tried only on a text holding its vowel sign ে ("‡", "†")."""
    if "‡" not in text and "†" not in text:
        return
    lettered = [w for w in text.split() if _ASCII_LETTER_RE.search(w)]
    marked = sum(1 for w in lettered if not _BIJOY_SIGNS.isdisjoint(w) and not _not_bijoy_signs(w))
    if marked >= LEGACY_BENGALI_MIN_WORDS and marked >= LEGACY_BENGALI_SHARE * len(lettered):
        raise SeedError(LEGACY_BENGALI)


def _not_bijoy_signs(word: str) -> bool:
    """Whether each of the word's Bijoy signs is none: the second byte of a letter saved as UTF-8 twice
    ("VuÄ‡iÄ‡"), or a footnote's dagger: Bijoy's "‡" and "†" (its vowel sign ে) stand before a consonant, a
    letter or "`" ("‡`k", "†M‡RU"), and a paper's daggers end their word ("Jane Smith†,", "Wei Zhang†‡,",
    "† University of Dhaka": a short English seed of authors' affiliations had been refused, a code review's
    probe)."""
    return all(k and word[k - 1] in _MOJIBAKE_LEADS
               or c in "‡†" and not (k + 1 < len(word) and (word[k + 1].isalpha() or word[k + 1] == "`"))
               for k, c in enumerate(word) if c in _BIJOY_SIGNS)

# Central European text (Polish, Czech, Slovak, Romanian, Croatian) saved in Windows-1250 or
# ISO-8859-2, read as Windows-1252 or latin-1: letters the Western code page lacks come out as
# symbols inside words ("są" "s¹", "było" "by³o", "şi" "ºi", "może" "mo¿e", "świat" "¶wiat"),
# which Western text has only with numbers ("1¼in", "10m³", "£5bn", "£m" in a results table,
# Portuguese "n.º", "3.ª", Spanish "nºs") or before a question ("¿Qué"). The signs: such a symbol
# followed by a letter, with no digit before it ("£" is none: Polish "Ł" is rare, "£m" common);
# "¿" after a letter; "º"/"ª" before a small letter, not after a digit, "n" or "."; one of the
# three Windows-1250 letters Windows-1252 lacks (ť, Ť, Ź, read as latin-1 controls) in a word, not
# its quotes and dashes, which latin-1 also reads as controls. Czech ě and ů as "ì" and "ù" inside
# a word ("zmìny", "mùže"), and č as "è" ("zaènou", "Èeská"), count only in a text that also has
# ř's "ø": Scottish Gaelic, Italian and French have "ì", "ù" or "è", Danish "ø", none both. (Hungarian "ő" as "õ" is no sign: Estonian writes "õ".)
_CENTRAL_EUROPEAN_SIGN = re.compile("(?<!\\d)[¹³¾¼¯¥±¶¦¬][^\\W\\d_]|[^\\W\\d_]¿|(?<![\\dnN.])[ºª][a-zß-ÿ]"
                                    "|[\x8d\x8f\x9d][^\\W\\d_]|[^\\W\\d_][\x8d\x8f\x9d]")
_CZECH_SIGN = re.compile("[ìùèÈ][^\\W\\d_]")
CENTRAL_EUROPEAN_SIGNS = 3  # (one "£bn" or a stray "¿" does not make a text Polish)
# What a wrong single-byte decoding leaves: C1 controls and the Latin-1 symbols ¡-¿ (§ ° «
# » · and the like are common in any text, and the same byte in the Central European pages).
_MISREAD_RE = re.compile("[\u0080-\u009f¡¢£¤¥¦¨©ª¬®¯±²³´µ¶¸¹º¼½¾¿]")


_HIGH_CONTROL_BYTE = re.compile(rb"[\x80-\x9f]")


def _central_european_signs(text: str) -> int:
    """How many signs of a Central European code page read as Windows-1252 text holds."""
    return len(_CENTRAL_EUROPEAN_SIGN.findall(text)) + (len(_CZECH_SIGN.findall(text)) if "ø" in text else 0)


def _central_european(raw: bytes, text: str) -> tuple[str, str] | None:
    """(text, codec) when raw, read as text, shows the signs of a Central European code page,
    in the one of Windows-1250 and ISO-8859-2 that leaves the fewest symbols and controls
    (Windows-1250 puts letters at 0x80-0x9F where ISO-8859-2 has controls; ISO-8859-2 puts ą
    and ś where Windows-1250 has ± and ¶), if that has no more of them than text and fewer
    signs; None otherwise (a charset detector guesses cp1250 for short Western texts: this
    only looks once three signs say so)."""
    signs = _central_european_signs(text)
    if signs < CENTRAL_EUROPEAN_SIGNS:
        return None
    best = None
    # (on a tie, Windows-1250 if a byte is in 0x80-0x9F, where it has š ž ś ź „ ” and
    # ISO-8859-2 only controls; else ISO-8859-2: its ž, š are Windows-1250's ľ, ą)
    for codec in ("cp1250", "iso8859_2") if _HIGH_CONTROL_BYTE.search(raw) else ("iso8859_2", "cp1250"):
        try:
            decoded = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        misread = (len(_MISREAD_RE.findall(decoded)), _central_european_signs(decoded))
        if best is None or misread < best[0]:
            best = (misread, decoded, codec)
    if best is None or best[0][0] > len(_MISREAD_RE.findall(text)) or best[0][1] >= signs:
        return None
    return best[1], best[2]


def _guess_utf16(raw: bytes) -> str | None:
    """UTF-16 without BOM: mostly-ASCII text has NULs in every other byte."""
    if len(raw) < 4 or len(raw) % 2:
        return None
    even_nuls = raw[0::2].count(0) / (len(raw) / 2)
    odd_nuls = raw[1::2].count(0) / (len(raw) / 2)
    for codec, nuls, other in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if nuls > 0.3 and other < 0.05:
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                return None
            if sum(ch.isprintable() or ch in "\n\r\t" for ch in text) / max(1, len(text)) > 0.95:
                return codec
    return None


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8-read-as-cp1252 damage, touching nothing else (quotes stay curly)."""
    if not ("Ã" in text or "Â" in text or "â" in text) or not _MOJIBAKE_HINT.search(text):
        return text, False  # (each match starts with one of the three: three tests are faster than the scan)
    import ftfy  # imported lazily: only damaged files pay for it

    fixed = ftfy.fix_encoding(text)
    return fixed, fixed != text


# UTF-8 Cyrillic once decoded as Windows-1251 and saved again as UTF-8, the commonest garbling of Russian and
# Ukrainian text (a first-time user's Ukrinform copy was published as "РџРѕР»С–С‚РёРєР°" for "Політика", title and
# all): each letter's two bytes read as "Р" or "С" and a letter or sign of cp1251's 0x80-0xBF ("Рѕ" о, "С–" і,
# "Р’" В); a quote's or a dash's three as "в" and two of them ("вЂ™" ’), "«" as "В«". Genuine Russian or
# Ukrainian has such a pair now and then ("Рівне", "Січ"), never for most of its letters: the text is repaired where
# the pairs are at least CYRILLIC_MOJIBAKE_SHARE of its Cyrillic letters, a run of such sequences at a time, each
# a whole word's (no other Cyrillic letter next to it: "Рівне" stays) whose bytes are UTF-8 of Cyrillic letters,
# Latin-1's signs or punctuation ("ТАСС»" is no run: "С»" would be "ѻ"). (ftfy reads the cp1251 form only where
# the whole text is in it, and else mends bits of it.)
_CP1251_TRAILS = bytes(range(0x80, 0xC0)).decode("cp1251", errors="replace").replace("\ufffd", "\x98")
_CP1251_BYTES = {ch: b for b, ch in enumerate(bytes(range(0x80, 0x100)).decode("cp1251", errors="replace")
                                              .replace("\ufffd", "\x98"), 0x80)}
_CYRILLIC_MOJIBAKE_PAIR = re.compile(f"[РС][{_CP1251_TRAILS}]")
_CYRILLIC_MOJIBAKE_RUN = re.compile(f"(?<![\u0400-\u04ff])(?:[В-Я][{_CP1251_TRAILS}]|[а-п][{_CP1251_TRAILS}]{{2}})+"
                                    "(?![\u0400-\u04ff])")
_REPAIRED_CHARS = re.compile("[\u0400-\u045f\u0490\u0491\u00a0-\u00ff\u2010-\u203a\u20ac\u2116\u2122]+")
CYRILLIC_MOJIBAKE_MIN = 8
CYRILLIC_MOJIBAKE_SHARE = 0.3  # of the Cyrillic letters (garbled text: over half; Russian or Ukrainian: 1-2%)
# ... in a text mostly of Cyrillic letters, a garbled Russian or Ukrainian page's (not an English explainer that quotes
# "РџСЂРёРІРµС‚" as what garbled text looks like, a review's probe)
CYRILLIC_MOJIBAKE_TEXT_SHARE = 0.5


def repair_cyrillic_mojibake(text: str) -> str | None:
    """The text with UTF-8 Cyrillic that had been decoded as cp1251 repaired, or None if it holds none."""
    if "Р" not in text and "С" not in text:
        return None
    pairs = len(_CYRILLIC_MOJIBAKE_PAIR.findall(text))
    cyrillic = len(_CYRILLIC_RE.findall(text))
    if pairs < CYRILLIC_MOJIBAKE_MIN or pairs < CYRILLIC_MOJIBAKE_SHARE * cyrillic \
            or cyrillic < CYRILLIC_MOJIBAKE_TEXT_SHARE * sum(map(str.isalpha, text)):
        return None  # (nor a text of another script that quotes garbled words: CYRILLIC_MOJIBAKE_TEXT_SHARE)

    def repaired(m: re.Match[str]) -> str:
        try:
            run = bytes(_CP1251_BYTES[ch] for ch in m.group()).decode("utf-8")
        except UnicodeDecodeError:
            return m.group()
        return run if _REPAIRED_CHARS.fullmatch(run) else m.group()

    fixed = _CYRILLIC_MOJIBAKE_RUN.sub(repaired, text)
    return fixed if fixed != text else None


# --- seeds/metadata.yml ---------------------------------------------------------------


class _UniqueKeysLoader(yaml.SafeLoader):
    """SafeLoader for which a key written twice in one mapping is an error, not the last one
    silently winning (a topic defined twice in topics.yml lost its first phrases; a seed's
    entry in metadata.yml its first corrections)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):  # names of seeds, topics and fields are; others may not be hashable
                continue
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key!r} is written twice (keep one entry)", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


class _StringDatesLoader(_UniqueKeysLoader):
    """The loader of metadata.yml: every plain scalar except null read as a string.

    Dates stay strings so `2019-02-30` is reported, not a crash; booleans and numbers
    stay strings so an analyst's `title: no`, `source: 1.10` or `authors: [on]` mean
    the text they wrote, not False, 1.1 or True (YAML 1.1 implicit typing).
    """


_KEEP_AS_TEXT = {
    "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
}
_StringDatesLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag not in _KEEP_AS_TEXT]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_metadata(seeds_dir: Path) -> SeedMetadata:
    """Read seeds/metadata.yml (optional). Bad entries are reported, never fatal; a file
    that cannot be read at all, or is not a mapping, is a ConfigError (building without
    the analyst's corrections would publish what they corrected)."""
    path = seeds_dir / METADATA_FILE
    meta = SeedMetadata()
    if not path.exists():
        return meta
    where = METADATA_FILE
    try:
        data = read_yaml(path, _StringDatesLoader, "utf-8-sig")
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot be read ({_one_line(exc)}); fix it, or move it out of the "
                          "seeds folder to build without its corrections") from exc
    if data is None:
        return meta
    if not isinstance(data, dict):  # every correction would be lost: as fatal as a syntax error
        raise ConfigError(f"{path}: expected each seed file's name followed by its fields "
                          f"(\"name.txt:\", then \"  title: ...\" under it), not a {type(data).__name__}; fix it, "
                          "or move it out of the seeds folder to build without its corrections")
    for seed_name, entry in data.items():
        seed_name = str(seed_name)
        if entry is None:
            meta.problems.append(f"{where}: {seed_name}: no fields under it (write them indented under the "
                                 "name: \"  title: ...\"); nothing corrected")
            continue
        if not isinstance(entry, dict):
            meta.problems.append(f"{where}: {seed_name}: expected fields under the name (\"  title: ...\"), "
                                 f"not {_kind(entry)}; nothing corrected")
            continue
        clean: dict[str, Any] = {}
        for key, value in entry.items():
            problem = _check_metadata_value(str(key), value, clean)
            if problem:
                meta.problems.append(f"{where}: {seed_name}: {key}: {problem}")
        if clean:
            meta.entries[seed_name] = clean
    return meta


def _check_metadata_value(key: str, value: Any, out: dict[str, Any]) -> str | None:
    """Validate one metadata field into out; return a problem sentence or None."""
    if key not in METADATA_KEYS:
        guess = misspelt_key(key, METADATA_KEYS)
        return (f"unknown field: did you mean {guess!r}?" if guess else "unknown field") \
            + f" (allowed: {', '.join(METADATA_KEYS)}); ignored"
    if value is None or value == "" or value == []:
        if key in CLEARABLE_KEYS:
            out[key] = [] if key in LIST_KEYS else None  # the analyst says: there is none
            return None
        return "empty; ignored (an article keeps the one found in its text)"
    if key == "date":
        written = str(value).strip()
        if not written.isascii():
            # (in any script's digits: a first-time user's Bangladesh briefing wrote "২০২৫-১১-১৭", and was told it
            # was no valid date; "٢٠٢٥-١١-١٧", "२०२५-११-१७" and full-width "２０２５-１１-１７" are the same day)
            written = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in written)
        try:
            day = dt.date.fromisoformat(written)
        except ValueError:
            return f"{value!r} is not a valid date (write YYYY-MM-DD); ignored"
        if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
            return f"{value!r} is not a publication date (a year from {EARLIEST_YEAR} to {LATEST_YEAR}); ignored"
        out["date"] = day
        return None
    if key in LIST_KEYS:
        names = value if isinstance(value, list) else _split_names(str(value), key)
        cleaned = [clean_field(str(n)) for n in names if n is not None and clean_field(str(n))]
        if not all(isinstance(n, (str, int, float)) for n in names if n is not None):
            return "expected a name or a list of names; ignored"
        marked = [n for n in cleaned if key == "tags" and label_markup(n)]
        if len(marked) < len(cleaned) or not marked:  # (none left: the article keeps its topics)
            out[key] = [n for n in cleaned if n not in marked]
        if marked:
            return f"{', '.join(map(repr, marked))} {LABEL_MARKUP}; left out"
        return None
    if isinstance(value, (dict, list)):
        return f"expected text, got a {type(value).__name__}; ignored"
    if key == "url" and not WEB_ADDRESS_RE.match(str(value).strip()):
        return f"{value!r} is not a web address (write one starting with https:// or http://); ignored"
    if key == "language":
        if not LANGUAGE_TAG_RE.fullmatch(str(value).strip()):
            return f"{value!r} is not a language tag (write one such as en, ja or pt-BR); ignored"
        out["language"] = str(value).strip()
        return None
    cleaned_value = clean_field(str(value))
    if cleaned_value:
        out[key] = cleaned_value
    return None


def _kind(value: Any) -> str:
    return {list: "a list", str: "a text", int: "a number", float: "a number", bool: "true or false"}.get(
        type(value), f"a {type(value).__name__}")


def read_yaml(path: Path, loader: type = _UniqueKeysLoader, encoding: str = "utf-8") -> Any:
    """A YAML file's data; its errors name the file (not "<unicode string>") and the line; a key
    written twice in a mapping is one of them."""
    with path.open(encoding=encoding) as stream:
        return yaml.load(stream, Loader=loader)  # noqa: S506 - loader is SafeLoader or a subclass


def yaml_problem(path: Path, exc: Exception) -> str:
    """A YAML file's error as one line, with the likely cause when the file holds a bare "[]" or "{}" (an empty list
    or mapping, as an older `new` wrote under its examples) and entries after it: a first-time user who added
    entities under it was told only "expected '<document start>', but found '<block sequence start>'"."""
    problem = f"{path}: cannot be read: {_one_line(exc)}"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return problem
    for number, line in enumerate(lines, 1):
        if line.strip() in ("[]", "{}") and any(rest.strip() and not rest.lstrip().startswith("#")
                                                for rest in lines[number:]):
            return (f"{problem} (line {number}, {line.strip()!r}, is an empty {'list' if '[' in line else 'mapping'} "
                    "that ends the file's data before the entries under it: delete that line)")
    return problem


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


# A page of two columns copied from a PDF with its layout ("pdftotext -layout", a viewer's copy of a journal's page):
# each line holds a line of the left column, a gutter of spaces, and a line of the right one ("Summary of Commission
# Decision                     (3)    By letter of 25 March 2024, the Commission"). Read as it is, each paragraph is
# two unrelated half-sentences. Where the right column starts at the same place on most lines of a long run (within
# GUTTER_SLACK characters), its lines are cut there and the left column read before the right; where the gutter
# wanders, the analyst is told to copy one column at a time. Not a table whose columns are aligned (a name, a
# figure), a listing's code beside its comments, nor a pasted plain-text table: both sides must be prose (words of
# letters, three or more), and the left one must run up to the gutter, as a column's lines do.
_GUTTER_RE = re.compile(r" {3,}(?=\S)")
GUTTER_SLACK = 3
TWO_COLUMNS_MIN_LINES = 8  # lines of both columns in a run, at the least
TWO_COLUMNS_MIN_SHARE = 0.6  # of the run's lines (the rest blank, or one column's only)
# ... of those, the share whose left side is prose, and the share whose right side is (a column's last line of a
# paragraph, "non-compliance decision.", or a heading, "2.   THE INFRINGEMENT", is not)
TWO_COLUMNS_PROSE_SHARE = 0.5
# A column of prose is this wide at the least, and its lines run up to the gutter: the middle one of the left sides
# is this share of the gutter's place at the least (the names in a table's first column are shorter, "Port of
# Antwerp      closed two berths for the works last summer")
COLUMN_MIN_WIDTH = 30
COLUMN_MIN_FILL = 0.7
# ... and each column's lines run on into one another, as a wrapped paragraph's do: of the pairs of lines one under
# the other in a column, this share at the least has the lower one go on with the upper one's sentence (it starts in
# lower case, "taking⏎part in a cartel", or the upper one ends in a comma or a word's hyphen, "Oriental,⏎Freight",
# "compe-⏎tition"). Not a table whose rows are lines: a glossary's terms ("Territorial sea of a coastal state    the
# belt of sea up to 12 nautical miles"), a programme's sessions and rooms, a transcript's speakers and their words,
# a ratification table's states, a digest's headlines and outlets, code and its "-- comments" each start with a
# capital (or no letter) on every line, in one column at least. (A script without capitals gives no sign: as before.)
COLUMN_RUN_ON_SHARE = 0.3
_WORD_RE = re.compile(r"[^\W\d_]{2,}[.,;:)'’]*")
TWO_COLUMNS = ("the text is two columns side by side (a page copied from a PDF with its layout): read as the left "
               "column, then the right, cut at the gutter at character {}")
# A run of fewer lines at the gutter (a page's end, beside its references) is read so where a long one was, in the
# same file; alone, the analyst is told to copy one column at a time.
COLUMN_SHORT_RUN_MIN = 4
TWO_COLUMNS_SHORT = ("the text appears to be two columns side by side (a page copied from a PDF with its layout), too "
                     "few lines of them to be sure: copy one column at a time")
TWO_COLUMNS_UNSTABLE = ("the text appears to be two columns side by side (a page copied from a PDF with its layout), "
                        "and its gutter moves: copy one column at a time")


def _prose_side(text: str) -> bool:
    words = text.split()
    if len(words) < 3:
        return False
    letters = sum(1 for w in words if _WORD_RE.fullmatch(w.lstrip("('‘\"")))
    # (a figure in a sentence counts neither way, "1, 2018, and March 31, 2021, at 278 sites in", where three words
    # at the least are words of letters: a table's row of figures, "12.5   13.1   14.2", has none)
    return letters >= 0.6 * len(words) or letters >= 3 and letters >= 0.6 * (len(words) - sum(
        1 for w in words if _FIGURE_RE.fullmatch(w)))


_FIGURE_RE = re.compile(r"\d[\d.,·%]*[,;]?")


def _runs_on(column: list[str]) -> bool:
    """Whether a column's lines run on into one another (COLUMN_RUN_ON_SHARE)."""
    pairs = on = wrapped = 0
    for upper, lower in zip(column, column[1:]):
        upper, lower = upper.strip(), lower.strip()
        if not upper or not lower:
            continue
        pairs += 1
        if lower[0].islower() or upper[-1] == "," or upper[-1] == "-" and upper[-2:-1].isalpha():
            on += 1
        elif (lower[0].isdigit() or lower[:2].isupper()) and upper[-1].isalnum() and _LAST_WORD_SMALL.search(upper):
            wrapped += 1
    return pairs > 0 and on >= COLUMN_SMALL_RUN_ON_SHARE * pairs and on + wrapped >= COLUMN_RUN_ON_SHARE * pairs


# ... or the lower one starts with a figure or an acronym where the upper one stops mid-sentence, at a small-lettered
# word or a figure: a scientific paper's columns wrap onto figures and acronyms as often as onto small letters ("at
# 278 sites in" / "19 countries", "participant data from" / "STEP 1, 2, 3 and 5", "adults with a" / "BMI of 30";
# a first-time user's two-column journal page had been read as spliced half-sentences). Those count only with some
# lines of the plain kind (COLUMN_SMALL_RUN_ON_SHARE): a table's rows that each start with a figure or an acronym
# ("2019 deepened its channel", "UNICEF said the port") have none.
_LAST_WORD_SMALL = re.compile(r"(?:^|\s)(?:[^\W\d_]*[a-zß-ÿ\u0430-\u045f]|\d+)$")
COLUMN_SMALL_RUN_ON_SHARE = 0.1


COLUMN_FULL_SHARE = 0.75  # of a column's longest line: a line this long is a full one, its paragraph going on
COLUMN_HALF_SHARE = 0.6  # ... and one shorter than this a heading's or a paragraph's last ("Notice of the Board")


def _joined(column: list[str], whole: str = "") -> list[str]:
    """A column's lines, each paragraph's on one line: a column is narrow (50 characters or so), which the text's
    reading does not take for a wrapped text's width ("The tribunal decided on 14 May 2025 to fine" /
    "Meridian Shipping Lines EUR 42 million for taking"). A line goes on the one above it where that one is full,
    ends in a comma or a word's hyphen, or the line starts in lower case; not under a short line (a heading, "Notice
    of the Harbour Board" / "of 2 May 2025", a paragraph's last line), nor an indented one (a paragraph's first),
    nor a short line of words under a sentence's end (a heading, "has not been established." / "Statistical
    analysis"). whole: the file's text, whose words tell a word the typesetter broke from a compound."""
    width = max((len(line.strip()) for line in column), default=0)
    out: list[str] = []
    last = ""  # the line above, as it was
    for line in column:
        text = line.strip()
        if text and last and not line[:1].isspace() and len(last) >= COLUMN_HALF_SHARE * width and (
                text[0].islower() or last[-1] == "," or last[-1] == "-" and last[-2:-1].isalpha()
                or len(last) >= COLUMN_FULL_SHARE * width and not (
                    last[-1] in ".?!" and len(text) < COLUMN_HALF_SHARE * width and text[-1].isalpha())):
            out[-1] = _column_join(out[-1], text, whole)
        else:
            out.append(line.rstrip())
        last = text
    return out


def _column_join(above: str, line: str, whole: str) -> str:
    """A column's line joined to the one above: a typesetter's columns break words at a syllable ("Semaglu-" /
    "tide", "Euro-" / "pean", "reduc-" / "tion"), whose hyphen goes where the line goes on in a small letter, but
    where the file shows a compound, as the text's reading tells one (extract_text.HYPHEN_TYPESET_SHARE): the word
    with its hyphen elsewhere ("weight-related"), its second part a word of the file, or one of the compounds' tails
    ("weight-" / "based"), its first part of four letters or more a word of the file ("weight-" / "loss")."""
    if not above.endswith("-"):
        return above + " " + line
    head = _HYPHEN_HEAD_RE.search(above)
    tail = _HYPHEN_TAIL_RE.match(line)
    if head is None or tail is None:
        return above + line
    from .extract_text import HYPHEN_COMPOUND_TAILS, HYPHEN_HEAD_MIN_CHARS  # (the text's reading's compounds)

    def written(word: str) -> bool:
        return bool(re.search(rf"(?<![\w-])(?<!- ){re.escape(word)}(?![\w-])(?!- )", whole, re.IGNORECASE))

    first, rest = head.group(1), tail.group(0)
    if written(first + rest) or not (
            written(f"{first}-{rest}") or written(rest) or rest.lower() in HYPHEN_COMPOUND_TAILS
            or len(first) >= HYPHEN_HEAD_MIN_CHARS and written(first)):
        return above[:-1] + line
    return above + line


_HYPHEN_HEAD_RE = re.compile(r"(?:^|\s)([^\W\d_]*[^\W\d_])-$")
_HYPHEN_TAIL_RE = re.compile(r"[^\W\d_A-Z]+(?![\w])")


def _gutters(line: str) -> list[tuple[int, int]]:
    """The runs of three spaces or more inside a line, between text, as (start, end)."""
    if "   " not in line.strip() or "\t" in line:
        return []
    return [(m.start(), m.end()) for m in _GUTTER_RE.finditer(line) if line[:m.start()].strip()]


def _cut(line: str, gutter: int) -> tuple[int, int] | None:
    """Where the line is cut at the gutter: a run of spaces that ends there, or one across it before a heading
    centred in the right column ("produces mean                           Methods": a few words, no sentence's)."""
    return next(((a, b) for a, b in _gutters(line)
                 if abs(b - gutter) <= GUTTER_SLACK or a <= gutter - GUTTER_SLACK and b > gutter
                 and len(line[b:].split()) <= COLUMN_HEADING_WORDS and line.rstrip()[-1:].isalpha()), None)


COLUMN_HEADING_WORDS = 3


# A journal's running head or foot across both columns, a page's number at one end ("816        www.thelancet.com Vol
# 403 March 2, 2024", "www.thelancet.com Vol 403 March 2, 2024        815"): a page's end, between two runs of
# columns, read as it is (had it been cut, its halves would have been read into the columns' text).
_PAGE_NUMBER_LINE = re.compile(r"\s*(?:\d{1,4} {3,}(?P<after>\S.*)|(?P<before>\S.*?) {3,}\d{1,4})\s*")


def _page_furniture(line: str) -> bool:
    m = _PAGE_NUMBER_LINE.fullmatch(line) if line[-1:].isdigit() or line.lstrip()[:1].isdigit() else None
    return m is not None and not _prose_side(m.group("after") or m.group("before"))


def two_columns(text: str) -> tuple[str, str | None]:
    """The text with each run of two-column lines read a column at a time, and what was done (None: nothing)."""
    if "   " not in text:
        return text, None
    lines = text.split("\n")
    ends: dict[int, int] = {}
    sided = 0  # lines with prose on both sides of a gutter, wherever it is
    fills: list[float] = []  # ... how far their left sides run up to it
    sides: list[tuple[str, str]] = []  # ... their two sides, one pair a line ("", "" for the others)
    for line in lines:
        sides.append(("", ""))
        for a, b in _gutters(line):
            if _prose_side(line[:a]) and _prose_side(line[b:]):
                ends[b] = ends.get(b, 0) + 1
                sided += 1
                fills.append(len(line[:a].strip()) / b if b >= COLUMN_MIN_WIDTH else 0)
                sides[-1] = (line[:a], line[b:])
                break
    if sided < TWO_COLUMNS_MIN_LINES:
        return text, None
    gutter = max(ends, key=lambda g: sum(n for e, n in ends.items() if abs(e - g) <= GUTTER_SLACK))
    def read_runs(min_lines: int) -> tuple[list[str], int, int]:
        """The lines with each run of two columns at the gutter read a column at a time; how many runs were,
        and how many of at least COLUMN_SHORT_RUN_MIN lines were not for want of min_lines."""
        out: list[str] = []
        i = done = short = 0
        while i < len(lines):
            j = i  # the run of lines that fit two columns cut at the gutter
            while j < len(lines) and (not lines[j].strip() or _cut(lines[j], gutter) and not _page_furniture(lines[j])
                                      or len(lines[j].rstrip()) <= gutter - GUTTER_SLACK
                                      or len(lines[j]) - len(lines[j].lstrip()) >= gutter - GUTTER_SLACK):
                j += 1
            run = lines[i:j]
            cuts = [_cut(line, gutter) for line in run]
            both = [(line[:c[0]], line[c[1]:]) for line, c in zip(run, cuts) if c]
            fill = sorted(len(left.strip()) for left, _ in both)[len(both) // 2] / gutter if both else 0
            shaped = sum(map(_prose_side, (left for left, _ in both))) >= TWO_COLUMNS_PROSE_SHARE * len(both) \
                and sum(map(_prose_side, (right for _, right in both))) >= TWO_COLUMNS_PROSE_SHARE * len(both) \
                and gutter >= COLUMN_MIN_WIDTH and fill >= COLUMN_MIN_FILL
            if shaped and len(both) >= max(min_lines, TWO_COLUMNS_MIN_SHARE * sum(1 for x in run if x.strip())):
                left_col: list[str] = []
                right_col: list[str] = []
                first = next(n for n, c in enumerate(cuts) if c)
                for line, c in zip(run, cuts):
                    if c:
                        left_col.append(line[:c[0]].rstrip())
                        right_col.append(line[c[1]:].rstrip())
                    elif len(line) - len(line.lstrip()) >= gutter - GUTTER_SLACK:
                        left_col.append("")
                        right_col.append(line.strip())
                    else:
                        left_col.append(line.rstrip())
                        right_col.append("")
                if _runs_on(left_col[first:]) and _runs_on(right_col):
                    whole = " ".join(line.strip() for line in left_col + right_col)  # (a broken word's parts apart)
                    left_text, right_text = _joined(left_col[first:], whole), _joined(right_col, whole)
                    # (the left column's last sentence going on at the right one's top, "continues through" / "the
                    # 2-year trial period": one paragraph)
                    while right_text and not right_text[0].strip():
                        right_text.pop(0)
                    while left_text and not left_text[-1].strip():
                        left_text.pop()
                    if left_text and right_text and right_text[0][:1].islower() and left_text[-1][-1:].isalpha():
                        left_text[-1] = _column_join(left_text[-1], right_text.pop(0), whole)
                    out += left_col[:first] + left_text + [""] + right_text
                    done += 1
                else:
                    out += run
            else:
                short += shaped and len(both) >= COLUMN_SHORT_RUN_MIN and _runs_on([left for left, _ in both]) \
                    and _runs_on([right for _, right in both])
                out += run
            if j == i:
                out.append(lines[i])
                j += 1
            i = j
        return out, done, short

    out, done, short = read_runs(TWO_COLUMNS_MIN_LINES)
    if done and short:  # (a page's shorter run at the gutter a long run was read at: its next page's)
        out, done, short = read_runs(COLUMN_SHORT_RUN_MIN)
    if done:
        return "\n".join(out), TWO_COLUMNS.format(gutter)
    if short:
        return text, TWO_COLUMNS_SHORT
    if sided >= TWO_COLUMNS_PROSE_SHARE * sum(1 for line in lines if line.strip()) \
            and sorted(fills)[len(fills) // 2] >= COLUMN_MIN_FILL \
            and _runs_on([left for left, _ in sides]) and _runs_on([right for _, right in sides]):
        return text, TWO_COLUMNS_UNSTABLE  # (the left column's lines run up to a gutter, which moves)
    return text, None
