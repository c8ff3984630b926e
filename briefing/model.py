"""The plain data model passed between the pipeline stages.

read -> SourceDoc -> extract -> Article -> enrich (fills tags, entities, events,
slug, related) -> write pages -> build site.  Every stage takes and returns
these objects; none of them does I/O except through the stage modules.
"""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path
from typing import Literal

from .text import CJK_RE

# caption: a photo's (kept for the record, not shown: the photo is not in the briefing);
# source: the line under a quotation that names whose it is ("[Engadget]", "— Jo Roe (@joroe)");
# table: a table's rows, one a line, its cells separated by tabs (as a browser copies a table);
# item: an item of a list (a saved page's <li>, or a line a text's "... as follows:" announces
# with the others under it), its bullet not in the text; items in a row are one list.
BlockKind = Literal["paragraph", "heading", "quote", "caption", "source", "table", "code", "item"]
NOT_TEXT: tuple[BlockKind, ...] = ("caption", "source")  # not counted or searched as the article's words
# The article's own sentences: numbered (p-1, p-2, ...), searched for mentions and dated events.
PROSE: tuple[BlockKind, ...] = ("paragraph", "quote", "item")
Precision = Literal["day", "month", "year"]


def _pickled_by_fields(cls):  # type: ignore[no-untyped-def]
    """Pickle instances as a call of the class with their field values.

    For classes with __slots__, dataclasses pickles through a __setstate__ that looks up
    the fields again for every object; the extraction cache holds ~90 such objects per
    article, and loading 10,000 cached articles spent most of its time there (~3x faster
    this way). Every field of these classes is an __init__ argument.
    """
    get = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return cls, get(self)

    cls.__reduce__ = __reduce__
    return cls


# Years a date may fall in (a publication's, or an event's): one outside is a template's
# placeholder or a typing error ("0001-01-01", "9999-12-31"), not a day anything happened.
EARLIEST_YEAR, LATEST_YEAR = 1800, 2099


@dataclass(frozen=True)
class SourceDoc:
    """One seed file, decoded and normalised to text (output of the read stage)."""

    path: Path
    name: str  # file name relative to the seeds folder, POSIX separators
    kind: Literal["text", "markdown", "html"]
    text: str  # decoded; newlines normalised to "\n"; control characters removed
    encoding: str
    sha256: str  # of the raw bytes: the cache key for incremental builds
    notes: tuple[str, ...] = ()  # warnings raised while reading (encoding repair, ...)


@_pickled_by_fields
@dataclass(slots=True)
class Block:
    """One block of article body: a paragraph, a subheading, a quoted excerpt, a photo's
    caption, a quotation's source line, a table (rows a line, cells split by tabs) or a code
    listing (its lines as written), or an item of a list."""

    kind: BlockKind
    text: str
    anchor: str | None = None  # "p-7": set by enrich for paragraphs and quotes


def anchor_number(anchor: str | None) -> int:
    """Reading-order number of a paragraph anchor ("p-10" -> 10; none -> 0), for sorting:
    as strings "p-10" would sort before "p-2"."""
    return int(anchor.removeprefix("p-")) if anchor and anchor.removeprefix("p-").isdigit() else 0


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """A sentence of an article that names an entity."""

    entity: str  # entity slug
    article: str  # article slug
    anchor: str  # paragraph anchor, "p-3"
    sentence: str


@dataclass
class Entity:
    """A person, organisation or place, with its canonical name and aliases."""

    slug: str
    name: str
    type: Literal["person", "organization", "place"]
    aliases: tuple[str, ...] = ()
    description: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Event:
    """A dated statement found in an article's text (or the article's own publication)."""

    date: dt.date  # first day of the period for month and year precision
    precision: Precision
    text: str
    article: str  # article slug
    anchor: str | None  # paragraph anchor; None for a publication event
    topics: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()  # entity slugs named in the text
    kind: Literal["event", "published"] = "event"

    @property
    def label(self) -> str:
        """The date as a reader would write it at this precision."""
        if self.precision == "year":
            return f"{self.date.year}"
        if self.precision == "month":
            return self.date.strftime("%B %Y")
        return f"{self.date.day} {self.date.strftime('%B %Y')}"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Related:
    slug: str
    score: float
    reasons: tuple[str, ...]


@dataclass
class Article:
    """One article: extracted fields, then what enrich adds."""

    source_file: str
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None  # publication name
    source_given: bool = False  # the publication's name is the analyst's (seeds/metadata.yml)
    date: dt.date | None = None
    date_source: Literal["text", "metadata"] | None = None
    updated: dt.date | None = None  # a later day, a few days on at most, the page says it was updated on
    # (or a live blog's last entry, however late)
    live: bool = False  # a live blog: its subheadings with a day and time date its entries (events.live_entries)
    url: str | None = None
    language: str | None = None  # BCP 47 code of the article's language ("en", "ja"), when known
    blocks: list[Block] = field(default_factory=list)
    # What extract decided and why (shown by `convert -v`), and how much it dropped.
    decisions: list[str] = field(default_factory=list)
    dropped_lines: int = 0
    # Filled in by enrich.
    slug: str = ""
    tags: list[str] = field(default_factory=list)
    summary: str | None = None
    entities: list[str] = field(default_factory=list)  # entity slugs, most mentioned first
    events: list[Event] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    sha256: str = ""
    # What enrich learns from this article alone (pipeline.analyse, run in the workers and
    # cached); the corpus-level step fills in the article's slug in mentions and events.
    mentions: list[Mention] = field(default_factory=list)
    candidate_hits: list[CandidateHit] = field(default_factory=list)
    analysed: bool = False
    bound_slug: str | None = None  # the slug its mentions and events carry (enrich.bind_slug)
    # Digest of everything the article was made from (seed bytes, extraction and analysis
    # code, topics, entities, metadata entry): unchanged means the same article.
    fingerprint: str = ""
    # Digest of what the listing pages, the feed and related articles read from this
    # article (not its body): set by analyse; unchanged for all articles means the
    # corpus-level pages need not be made again.
    listing_digest: str = ""

    # The bulky fields that a rebuild rarely reads for an unchanged article (its body, its
    # events, its candidate names, the extraction's decisions). A pickled Article keeps each
    # as a pickle of its own, unpickled on first access: loading 10,000 cached articles for
    # an incremental build spent 70% of its time building these objects, and most are never
    # read when one seed changed.
    LAZY_FIELDS = ("blocks", "decisions", "events", "candidate_hits")

    def __reduce__(self):  # type: ignore[no-untyped-def]
        state = dict(self.__dict__)
        packed = dict(state.pop("_packed", None) or {})
        for name in Article.LAZY_FIELDS:
            if name in state:
                packed[name] = pickle.dumps(state.pop(name), protocol=5)
        return _unpickle_article, (state, packed)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        # Only called for an attribute not set on the instance: a lazy field not read yet.
        packed = self.__dict__.get("_packed")
        if packed is None or name not in packed:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = pickle.loads(packed.pop(name))
        self.__dict__[name] = value
        return value

    @property
    def body_text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks if b.kind not in NOT_TEXT)

    @property
    def word_count(self) -> int:
        return sum(count_words(b.text) for b in self.blocks if b.kind not in NOT_TEXT)


def count_words(text: str) -> int:
    """Words separated by spaces, and each Chinese or Japanese character (written without
    spaces: counted as word processors count them; Korean puts spaces between its words)."""
    if text.isascii() or not CJK_RE.search(text):
        return len(text.split())
    return len(CJK_RE.findall(text)) + sum(any(map(str.isalnum, w)) for w in CJK_RE.sub(" ", text).split())


def _unpickle_article(state: dict[str, object], packed: dict[str, bytes]) -> Article:
    article = Article.__new__(Article)
    article.__dict__.update(state)
    if packed:
        article.__dict__["_packed"] = packed
    return article


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class CandidateHit:
    """A name in an article that the curated entities file does not know (yet)."""

    key: str  # case-folded name: hits with one key are one candidate
    name: str
    type: str
    evidence: str  # "acronym", "speaker", "byline" or "repeated"
    sentence: str
    anchor: str | None = None
    alias: str | None = None


@dataclass(frozen=True)
class Failure:
    """A seed that could not be converted: reported as `<file>: <reason>` and skipped."""

    source_file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source_file}: {self.reason}"


@dataclass
class Briefing:
    """Everything the write stage needs: the articles and the cross-article layers."""

    articles: list[Article]
    entities: dict[str, Entity] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Digest of everything but the article bodies (enrich.corpus_key; None until enrich has
    # run, or when an article has no listing digest): unchanged, the listing pages are too.
    corpus_key: str | None = None
    # The addresses articles had before their titles changed (old slug -> the article's slug now): each keeps a page
    # that links to the article where it is now, so a link a reader cited still leads to it (enrich.assign_slugs)
    moved: dict[str, str] = field(default_factory=dict)

    @property
    def events(self) -> list[Event]:
        return [e for a in self.articles for e in a.events]
