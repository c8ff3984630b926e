"""The pipeline: read -> extract -> enrich -> write pages (-> build site, in cli).

Each seed is converted on its own: a seed that fails is reported as `<file>: <reason>`
and skipped, and every other article is still written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import difflib
import gc
import hashlib
import itertools
import json
import logging
import os
import pickle
import re
import time
import traceback
from stat import S_ISREG
from dataclasses import dataclass, field
from importlib import resources
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as metadata_version
from pathlib import Path
from typing import Callable, Iterator

import yaml

from . import entities as entities_mod
from . import feed as feed_mod
from .enrich import Topic, analyse, enrich, load_topics
from . import source_digest, worker_pool
from .extract import CUT_OFF, EXTRACTION_FAILED, extract
from .extract_html import SCRIPT_DRAWN
from .extract_text import COLLAPSED_POST
from .model import PROSE, Article, Briefing, Failure, Related, SourceDoc
from .pages import SiteInfo, generated_pages, search_page, tag_pages_setting
from .read import (DEFAULT_MAX_BYTES, EMAIL_SUFFIXES, HTML_SUFFIXES, TEXT_SUFFIXES, SeedError, discover,
                   load_metadata, read_source, split_documents)
from .site import raw_config
from .text import WIRE_DATELINE_RE, clean_field
from .write import (MANIFEST, OutputTree, article_inputs, escape_text, own_root_pages, render_article, render_body,
                    taken_names)

log = logging.getLogger(__name__)

# Files of briefing/assets and where they go in docs/. Pagefind's UI loads its API as
# "<bundlePath>pagefind.js": pagefind-latest.js wraps it (one search at a time).
ASSETS = {"briefing.css": "assets/briefing.css", "timeline.js": "assets/timeline.js",
          "pagefind-search.js": "assets/pagefind-search.js",
          "pagefind-latest.js": "assets/pagefind-latest/pagefind.js"}
# Material's search is one JSON file of every page's text (about 18 kB per article):
# past this many articles it is megabytes a phone must load before the first result,
# so the default switches to Pagefind's chunked index.
PAGEFIND_MIN_ARTICLES = 500
# Below this many seeds per worker, starting processes costs more than it saves.
PARALLEL_MIN_SEEDS_PER_WORKER = 25
# Libraries whose version changes what extraction gives.
_EXTRACT_LIBRARIES = ("trafilatura", "justext", "ftfy", "lxml")
# The code whose output the extraction cache stores: a change to any of it invalidates it.
_EXTRACT_CODE = ("model.py", "text.py", "read.py", "extract.py", "extract_text.py", "extract_dates.py",
                 "extract_html.py", "extract_markdown.py", "extract_records.py")
# The code of the per-article analysis (and of applying metadata), cached with it.
_ANALYSIS_CODE = ("model.py", "text.py", "pipeline.py", "enrich.py", "entities.py", "events.py")


@dataclass
class Options:
    seeds: Path
    docs: Path
    config: Path  # mkdocs.yml: site name and description for the home page
    topics: Path | None = None
    entities: Path | None = None
    candidates: Path | None = None  # where discovered entity candidates are written
    max_bytes: int = DEFAULT_MAX_BYTES
    cache: Path | None = None  # extraction cache folder (None: no cache)
    search: str = "auto"  # "auto", "material" or "pagefind"
    jobs: int | None = None  # worker processes for extraction (None: one per core)


@dataclass
class ConvertResult:
    briefing: Briefing
    written: int = 0
    changed: int = 0
    removed: list[str] = field(default_factory=list)
    kept_user_files: list[str] = field(default_factory=list)
    from_cache: int = 0  # seeds whose article came from the cache
    reanalysed: int = 0  # seeds whose extraction came from the cache, analysed again
    search: str = "material"  # the search engine the pages were written for
    listings_reused: bool = False  # home, timeline, tags, sources and entity pages as last time
    ignored_entries: list[str] = field(default_factory=list)  # metadata.yml entries that name no seed
    metadata_problems: int = 0  # metadata.yml fields not used as written (an unknown key, a date not ISO …)


Progress = Callable[[int, int, str], None]


def convert(opts: Options, progress: Progress | None = None) -> ConvertResult:
    """Convert every seed into docs/: article pages, site pages and assets.

    Python's cyclic garbage collector is paused meanwhile: the corpus is millions of small
    objects that live until the end, and the collector re-scanned them over and over
    (unpickling 10,000 cached articles took 3.8 s with it, 0.9 s without).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _convert(opts, progress)
    finally:
        if was_enabled:
            gc.enable()


def _convert(opts: Options, progress: Progress | None = None) -> ConvertResult:
    if not opts.seeds.is_dir():
        raise SeedError(f"seeds folder {opts.seeds} does not exist (give another with --seeds)")
    topics = load_topics(opts.topics)
    catalogue = entities_mod.load_catalogue(opts.entities)
    metadata = load_metadata(opts.seeds)
    briefing = Briefing(articles=[])
    briefing.warnings.extend(metadata.problems)
    for problem in metadata.problems:
        log.error("%s", problem)  # (as a skipped seed is: it makes the status 1, and -q must say why)
    unnamed: list[tuple[str, str]] = []
    named = discover(opts.seeds, unnamed)
    for name, reason in unnamed:
        briefing.failures.append(Failure(name, reason))
        log.error("%s: %s", name, reason)
    names = [name for name, _ in named]
    paths = [path for _, path in named]
    context = _Context(opts.seeds, opts.max_bytes, topics, catalogue, metadata.entries,
                       _config_digest(opts.topics, opts.entities))
    cache = ArticleCache(opts.cache) if opts.cache else None
    reanalysed = 0
    converted = []  # the seeds' names, and each document's of a file that holds several
    for i, (seed, whole) in enumerate(_convert_all(paths, names, context, cache, opts.jobs), 1):
        if progress:
            progress(i, len(paths), seed)
        reanalysed += whole.reanalysed
        if whole.parts:
            log.info("%s: %d documents of a database's export, each an article (%s#1 … #%d)",
                     seed, len(whole.parts) + 1, seed, len(whole.parts) + 1)
        for name, outcome in documents(seed, whole):
            converted.append(name)
            for note in outcome.warnings:
                log.warning("%s: %s", name, note)
            if outcome.failure:
                briefing.failures.append(Failure(name, outcome.failure))
                log.error("%s: %s", name, outcome.failure)
                if outcome.traceback:
                    log.debug("%s", outcome.traceback)
                continue
            assert outcome.article is not None  # its decisions are printed per article at the end (-v)
            briefing.articles.append(outcome.article)
    names = converted
    unknown = sorted(set(metadata.entries) - set(names))
    if not briefing.articles:  # nothing to show: docs/ and the candidates list stay as they were
        _warn_unknown_entries(unknown, names, {})
        return ConvertResult(briefing, ignored_entries=unknown, metadata_problems=len(metadata.problems))
    user_pages, kept_for_another, held = taken_names(opts.docs, "articles")
    twins = _twins(briefing)
    enrich(briefing, topics, catalogue, store=cache, salt="/".join(ArticleCache.code_digest()),
           taken_slugs=user_pages, kept_for_another=kept_for_another, held=held, twins=twins)
    _warn_unknown_entries(unknown, names, _renamed_seeds(unknown, briefing, opts.docs, held))
    _warn_moves_and_twins(briefing, held, twins)
    result = write_docs(briefing, opts, catalogue)
    result.from_cache = cache.hits if cache else 0
    result.reanalysed = reanalysed
    result.ignored_entries = unknown
    result.metadata_problems = len(metadata.problems)
    return result


def _warn_unknown_entries(unknown: list[str], names: list[str], renamed: dict[str, str]) -> None:
    """Say which metadata.yml entries name no seed, with the seed each likely means: a close
    spelling (_likely_seed), or the seed it was renamed to (_renamed_seeds)."""
    for name in unknown:
        guess = _likely_seed(name, names)
        if guess:
            hint = f" (did you mean {guess}?)"
        elif name in renamed:
            hint = f" (renamed to {renamed[name]}? its text is that seed's: give the entry that name)"
        else:
            hint = " (a seed renamed? give its entry the new name)"
        log.warning("metadata.yml: %s: no such seed file; entry ignored%s", name, hint)


def _renamed_seeds(unknown: list[str], briefing: Briefing, docs: Path, held: dict[str, str]) -> dict[str, str]:
    """The seed each of the unknown metadata.yml entries' seeds was likely renamed to: the one
    new seed (no page of the last build was its) whose article's text is, word for word, the
    text of the page the entry's seed made last time. Its title, corrected by the entry, may
    differ; its text does not."""
    if not unknown:
        return {}
    before = set(held.values())
    fresh = [a for a in briefing.articles if a.source_file not in before]
    out: dict[str, str] = {}
    for name in unknown:
        for slug in [s for s, seed in held.items() if seed == name]:
            try:
                page = (docs / "articles" / f"{slug}.md").read_text(encoding="utf-8")
            except OSError:
                continue
            head, sep, body = page.partition("\n---\n\n")
            if not (sep and head.startswith("---\n")):
                continue
            same = [a.source_file for a in fresh if render_body(a) == body]
            if len(same) == 1:
                out[name] = same[0]
    return out


def _likely_seed(name: str, names: list[str]) -> str | None:
    """The seed file a metadata.yml entry most likely means: its name in another case or
    without its extension, else a close spelling (difflib); None when none is close."""
    folded = {n.casefold(): n for n in names}
    for key in (name.casefold(), *(name.casefold() + ext for ext in sorted(TEXT_SUFFIXES | HTML_SUFFIXES | EMAIL_SUFFIXES))):
        if key in folded:
            return folded[key]
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.85)
    return close[0] if close else None


def _twins(briefing: Briefing) -> list[list[str]]:
    """The seeds that hold the same article, by file name, each group sorted: the same
    headline and text once extracted, whatever the file's encoding (a copy saved as UTF-16
    or cp1252 has other bytes) or the clutter around it; or one story that two outlets
    carry (_near_twins: a wire's story on its own site and a client's, their datelines and
    boxes apart)."""
    articles = briefing.articles
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, article in enumerate(articles):
        text = "\n".join([article.title or "", *(b.text for b in article.blocks)])
        j = first.setdefault(hashlib.sha256(text.encode("utf-8")).hexdigest(), i)
        parent[root(i)] = root(j)
    for i, j in _near_twins(articles):
        parent[root(j)] = root(i)
    groups: dict[int, list[str]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(root(i), []).append(article.source_file)
    return sorted(sorted(names) for names in groups.values() if len(names) > 1)


NEAR_TWIN_SHARE = 0.9  # of the shorter text's paragraphs (by length) that the other holds word for word (not two
# days' warnings of one office, their lead and advice one template, each its own news paragraph)
NEAR_TWIN_LONGER_SHARE = 0.5  # ... and of the longer's: not a short piece that a long one quotes whole
NEAR_TWIN_MIN_CHARS = 400  # paragraphs of this many characters at least, in all, to compare
NEAR_TWIN_PARAGRAPH_MIN_CHARS = 40  # a paragraph compared ("Share this article" is no text shared)
NEAR_TWIN_DAYS_APART = 2  # a wire's story and a client's copy appear within days of each other
NEAR_TWIN_COMMON = 8  # a lead more articles open with is boilerplate (a release's "About X …" as its text)


def _near_twins(articles: list[Article]) -> list[tuple[int, int]]:
    """Pairs of articles (indexes) that hold one story: the same lead (compared without case,
    spacing and a wire's dateline: "BELEM, Brazil (AP) — …" and "BELEM, Brazil -- …"), and most
    of the shorter's paragraph text the other's, paragraph for paragraph (two releases of one
    company, two warnings of one civil-protection office, two parts of a series share their
    boilerplate, advice or background, not their news). Only articles of one lead are read
    whole."""
    by_lead: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        lead = next(_paragraph_keys(article), None)
        if lead is not None:
            by_lead.setdefault(lead, []).append(i)
    pairs = []
    for held in by_lead.values():
        if not 2 <= len(held) <= NEAR_TWIN_COMMON:
            continue
        keys = {i: set(_paragraph_keys(articles[i])) for i in held}
        totals = {i: sum(map(len, keys[i])) for i in held}
        for i, j in itertools.combinations(held, 2):
            if articles[i].date and articles[j].date \
                    and abs((articles[i].date - articles[j].date).days) > NEAR_TWIN_DAYS_APART:
                continue  # (a notice of one week and of the next, one template: two)
            shared = sum(map(len, keys[i] & keys[j]))
            if min(totals[i], totals[j]) >= NEAR_TWIN_MIN_CHARS \
                    and shared >= NEAR_TWIN_SHARE * min(totals[i], totals[j]) \
                    and shared >= NEAR_TWIN_LONGER_SHARE * max(totals[i], totals[j]):
                pairs.append((i, j))
    return sorted(pairs)


def _paragraph_keys(article: Article) -> Iterator[str]:
    """The article's paragraphs (NEAR_TWIN_PARAGRAPH_MIN_CHARS or longer) as compared for twins: in
    lower case, spaced alike, the lead without a wire's dateline."""
    first = True
    for b in article.blocks:
        if b.kind in PROSE and len(b.text) >= NEAR_TWIN_PARAGRAPH_MIN_CHARS:
            yield " ".join((WIRE_DATELINE_RE.sub("", b.text, count=1) if first else b.text).casefold().split())
            first = False


def _warn_moves_and_twins(briefing: Briefing, held: dict[str, str], twins: list[list[str]]) -> None:
    """Say when an article's page changes address (its title changed: the old address stays, a page
    that links to the new one, see moved_page), and when two seeds hold the same article (_twins:
    two articles of one text, not each other's related articles)."""
    had: dict[str, set[str]] = {}
    for slug, seed in held.items():
        had.setdefault(seed, set()).add(slug)
    for article in briefing.articles:
        old = sorted(slug for slug in had.get(article.source_file, ()) if briefing.moved.get(slug) == article.slug)
        if old and article.slug not in had[article.source_file]:
            note = (f"its page moved from articles/{old[-1]}.md to articles/{article.slug}.md, as its title changed; "
                    "the old address stays, a page that links to the new one")
            log.warning("%s: %s", article.source_file, note)
            briefing.warnings.append(f"{article.source_file}: {note}")
    for first, *others in twins:
        note = (f"the same article as {', '.join(others)} (the same text, or the same story from another outlet): "
                "one page each, never each other's related article, their events on the timeline once "
                "(remove the copies you do not want)")
        log.warning("%s: %s", first, note)
        briefing.warnings.append(f"{first}: {note}")


@dataclass
class Outcome:
    """What extracting one seed gave: an article, or a failure reason; warnings either way."""

    article: Article | None = None
    failure: str | None = None
    warnings: list[str] = field(default_factory=list)
    traceback: str | None = None
    reanalysed: bool = False  # made from a cached extraction (topics, entities or metadata changed)
    # The other documents of a file that holds several (a database's export: read.split_documents); this outcome is
    # the first's. Each is named "<file>#<k>", the first "#1".
    parts: list["Outcome"] = field(default_factory=list)


def documents(name: str, outcome: Outcome) -> list[tuple[str, Outcome]]:
    """The seed's documents as (name, outcome): itself, or each document of a file that holds several."""
    if not outcome.parts:
        return [(name, outcome)]
    return [(f"{name}#{k}", part) for k, part in enumerate([outcome, *outcome.parts], 1)]


def extract_one(path: Path, seeds: Path, max_bytes: int) -> Outcome:
    """Read and extract one seed; never raises."""
    try:
        doc: SourceDoc = read_source(path, seeds, max_bytes)
        texts = split_documents(doc.text) if doc.kind == "text" else [doc.text]
        outcomes = []
        for k, text in enumerate(texts, 1):
            part = doc if len(texts) == 1 else dataclasses.replace(doc, name=f"{doc.name}#{k}", text=text)
            article = extract(part)
            article.source_file = part.name
            article.sha256 = doc.sha256
            outcomes.append(Outcome(article=article))
        outcomes[0].warnings = list(doc.notes)
        outcomes[0].parts = outcomes[1:]
        return outcomes[0]
    except SeedError as exc:
        return Outcome(failure=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad seed must not stop the others
        return Outcome(failure=f"could not be converted ({type(exc).__name__}: {exc})",
                       traceback=traceback.format_exc())


@dataclass
class _Context:
    """What converting one seed needs besides the seed (set before the workers fork)."""

    seeds: Path
    max_bytes: int
    topics: list[Topic]
    catalogue: entities_mod.Catalogue
    metadata: dict[str, dict[str, object]]
    config_digest: str  # of the topics and entities files
    document_entries: dict[str, list[str]] = field(init=False)  # a file's documents' entries ("export.txt#2")

    def __post_init__(self) -> None:
        self.document_entries = {}
        for key in sorted(self.metadata):
            if "#" in key:
                self.document_entries.setdefault(key.rpartition("#")[0], []).append(key)


_CONTEXT: _Context | None = None  # the workers' copy, inherited through fork


def analyse_one(raw: Outcome, name: str, context: _Context) -> Outcome:
    """The analyst's corrections, the checks, and the per-article analysis of one extraction.

    Works on a copy: `raw` stays as extracted (the cache keeps it for a later re-analysis).
    """
    if raw.parts:  # (a database's export: each document is analysed as a seed of its own, named "<file>#<k>")
        first = analyse_one(dataclasses.replace(raw, parts=[]), f"{name}#1", context)
        first.parts = [analyse_one(part, f"{name}#{k}", context) for k, part in enumerate(raw.parts, 2)]
        return first
    if raw.article is None:
        return raw
    outcome = pickle.loads(pickle.dumps(raw, protocol=5))
    article = outcome.article
    assert article is not None
    article.source_file = name  # the same bytes may sit under another name
    try:
        entry = context.metadata.get(name, {})
        outcome.warnings.extend(finish_article(article, entry))
        # The analyst's tags stand instead of the topics found in the text (and the events
        # and related articles go by them).
        analyse(article, [] if "tags" in entry else context.topics, context.catalogue)
    except SeedError as exc:
        return Outcome(failure=str(exc), warnings=outcome.warnings)
    except Exception as exc:  # noqa: BLE001 - one bad seed must not stop the others
        return Outcome(failure=f"could not be converted ({type(exc).__name__}: {exc})",
                       traceback=traceback.format_exc())
    return outcome


def _convert_seed(job: "_Job") -> Outcome:
    """Extract (or take the cached extraction) and analyse one seed; runs in a worker."""
    context = _CONTEXT
    assert context is not None
    cache = ArticleCache(job.cache_folder) if job.cache_folder else None
    raw = cache.get_raw(job.keys) if cache and job.keys else None
    reanalysed = raw is not None
    if raw is None:
        raw = extract_one(job.path, context.seeds, context.max_bytes)
        if cache and job.keys:
            cache.put_raw(job.keys, raw)
    outcome = analyse_one(raw, job.name, context)
    for _, part in documents(job.name, outcome):
        if part.article is not None:
            part.article.fingerprint = job.keys.analysis if job.keys else ""
    if cache and job.keys:
        cache.put_final(job.keys, outcome)
    outcome.reanalysed = reanalysed  # this run's news, not stored with the entry
    return outcome


@dataclass(frozen=True)
class _Job:
    path: Path
    name: str
    keys: "CacheKeys | None"
    cache_folder: Path | None


def _convert_all(paths: list[Path], names: list[str], context: _Context, cache: "ArticleCache | None",
                 jobs: int | None) -> Iterator[tuple[str, Outcome]]:
    """Outcomes in seed order: from the cache when the seed, the code and the config are
    unchanged, else extracted and analysed, on every core when there are enough seeds."""
    global _CONTEXT
    code = ArticleCache.code_digest()
    ready: dict[int, Outcome] = {}
    todo: list[_Job] = []
    todo_index: list[int] = []
    digests = SeedDigests(cache.folder if cache else None)
    used_keys: list[CacheKeys] = []
    for i, path in enumerate(paths):
        keys = _cache_keys(path, names[i], code, context, digests)  # also the article's fingerprint
        if keys:
            used_keys.append(keys)
        hit = cache.get_final(keys) if cache and keys else None
        if hit is not None:
            ready[i] = hit
        else:
            todo.append(_Job(path, names[i], keys, cache.folder if cache else None))
            todo_index.append(i)
    digests.save()
    if cache is not None:
        cache.prune({keys.extraction for keys in used_keys})
    _CONTEXT = context
    workers = min(jobs or os.cpu_count() or 1, len(todo) // PARALLEL_MIN_SEEDS_PER_WORKER)
    with worker_pool(workers) if workers > 1 else contextlib.nullcontext() as pool:
        try:
            fresh = iter(pool.map(_convert_seed, todo, chunksize=8) if pool else map(_convert_seed, todo))
            for i in range(len(paths)):  # `todo` is in seed order
                yield names[i], ready[i] if i in ready else next(fresh)
        finally:
            _CONTEXT = None


SHORT_TEXT_WORDS = 40  # an article's text shorter than this is worth a look (a post or a notice may be)
SHORT_TEXT_CHARS = 240  # ... and than this, as Thai, Lao, Khmer or Burmese text sets no spaces between its words (a
# review's Thai page of sixty words was "only 4 words")


def finish_article(article: Article, entry: dict[str, object]) -> list[str]:
    """Apply the analyst's corrections and the checks every article must pass; return warnings."""
    warnings = []
    apply_metadata(article, entry)
    # (a page of tables and no prose is text too: a market-data page's rates, a first-time user's central-banks
    # briefing)
    if not any(b.kind in PROSE or b.kind == "table" for b in article.blocks):
        failed = next((d[len(EXTRACTION_FAILED):] for d in article.decisions if d.startswith(EXTRACTION_FAILED)), None)
        if failed:
            raise SeedError(f"could not be converted ({failed})")
        if CUT_OFF in article.decisions:
            raise SeedError(f"no article text found: {CUT_OFF}; save the page again, whole")
        if SCRIPT_DRAWN in article.decisions:  # (a client-rendered page's "Loading…", saved as "HTML only")
            raise SeedError(f"no article text found: {SCRIPT_DRAWN}")
        raise SeedError("no article text found (only headlines, navigation or clutter)")
    if CUT_OFF in article.decisions:
        warnings.append(f"{CUT_OFF}: its text may stop short; save the page again, whole")
    if COLLAPSED_POST in article.decisions:
        warnings.append(COLLAPSED_POST)  # (a first-time user's Facebook post, cut at "… See more")
    article.title = clean_field(article.title or "")
    if not article.title:
        article.title = Path(article.source_file).stem
        warnings.append("no title found; using the file name (set one in seeds/metadata.yml)")
    if (words := article.word_count) < SHORT_TEXT_WORDS and len(article.body_text) < SHORT_TEXT_CHARS:
        # (a first-time user's video transcript kept 27 words, and no message said so)
        warnings.append(f"only {words} words of text kept; if the page has more, `build_site.py convert -v` "
                        "says which lines were taken")
    article.subtitle = clean_field(article.subtitle) if article.subtitle else None
    article.authors = _unique(clean_field(a) for a in article.authors)
    article.source = clean_field(article.source) if article.source else None
    return warnings


TITLE_IN_TEXT_BLOCKS = 2  # the text's first blocks, where a headline the extraction missed stands
# (not a quotation the text opens with that the analyst made the title too: the next paragraph speaks of it, "That
# was the message …", a review's probe)
_QUOTE_MARKS = "\"“‘'«„"


def apply_metadata(article: Article, entry: dict[str, object]) -> None:
    """The analyst's values from seeds/metadata.yml win over extracted ones."""
    if "title" in entry:
        article.title = str(entry["title"])
    if "subtitle" in entry:  # (None: the line taken for a standfirst is none)
        article.subtitle = None if entry["subtitle"] is None else str(entry["subtitle"])
    elif "title" in entry and article.subtitle and article.subtitle.split() == article.title.split():
        article.subtitle = None  # (the headline, which the text had taken for a standfirst under another line)
    if "title" in entry and (k := next((k for k, b in enumerate(article.blocks[:TITLE_IN_TEXT_BLOCKS])
                                        if b.kind in ("paragraph", "heading")
                                        and b.text.casefold().split() == article.title.casefold().split()
                                        and b.text[:1] not in _QUOTE_MARKS), None)) is not None \
            and sum(b.kind in PROSE for b in article.blocks) >= 2:  # (not a one-paragraph post's only text)
        # (the headline, which the text had taken for its first paragraph under a line taken for the title: a
        # first-time user's title set in metadata.yml was still the text's first paragraph and its summary)
        article.decisions.append(f"block {k + 1}: the title metadata.yml gives, left out of the text")
        del article.blocks[k]
    if "summary" in entry:  # (kept by the analysis, which makes one only where there is none)
        article.summary = str(entry["summary"])
    if "tags" in entry:
        article.tags = list(entry["tags"])  # type: ignore[call-overload]
    if "authors" in entry:
        article.authors = list(entry["authors"])  # type: ignore[call-overload]
    if "source" in entry:  # (None: the analyst says there is none)
        article.source = None if entry["source"] is None else str(entry["source"])
        article.source_given = True
    if "url" in entry:
        article.url = None if entry["url"] is None else str(entry["url"])
    if "language" in entry:
        article.language = str(entry["language"])
    if "date" in entry:
        article.date = entry["date"]  # type: ignore[assignment]
        article.date_source = "metadata" if entry["date"] is not None else None
    if entry:
        article.decisions.append(f"metadata.yml supplied: {', '.join(sorted(entry))}")


def _unique(names: object) -> list[str]:
    out: list[str] = []
    for name in names:  # type: ignore[attr-defined]
        if name and name.casefold() not in {n.casefold() for n in out}:
            out.append(name)
    return out


def site_info(config: Path) -> SiteInfo:
    """Site name and description from mkdocs.yml."""
    try:
        data = raw_config(config)
    except (OSError, yaml.YAMLError):
        return SiteInfo()
    theme = data.get("theme")
    language = theme.get("language") if isinstance(theme, dict) else None
    return SiteInfo(name=str(data.get("site_name") or SiteInfo.name), description=data.get("site_description"),
                    language=str(language or SiteInfo.language))


def search_engine(choice: str, n_articles: int) -> str:
    """'material' (one JSON index, fine for small briefings) or 'pagefind' (chunked, scales)."""
    if choice == "auto":
        return "pagefind" if n_articles >= PAGEFIND_MIN_ARTICLES else "material"
    return choice


def write_docs(briefing: Briefing, opts: Options,
               catalogue: entities_mod.Catalogue | None = None) -> ConvertResult:
    """Write articles, site pages and assets; remove what a removed seed left behind.

    An article page whose inputs (the article's fingerprint, its slug, related articles
    and entity names) are those of the page already written is not rendered again; nor
    are the home, timeline, tags, sources and entity pages (or the feed) when nothing but
    article bodies changed since they were written (the corpus key, see enrich.corpus_key).
    """
    tree = OutputTree(opts.docs)
    try:
        key, engine, reused = _stage_pages(tree, briefing, opts)
        removed = tree.finish({"search": engine, "tag_pages": tag_pages_setting(briefing),
                               **({"updated": updated} if (updated := latest_date(briefing)) else {})})
    except BaseException:
        tree.discard()  # the staged pages reach docs/ together in finish(), or none does
        raise
    if tree.manifest_missing and tree.skipped:
        log.warning("%s/%s, the record of the pages build_site.py wrote, was missing, and %d file(s) in the "
                    "way were left untouched (named above): if they are pages of an earlier run, delete them "
                    "(or the whole folder but your own pages) and run again to have them made afresh",
                    opts.docs, MANIFEST, len(tree.skipped))
    if opts.candidates is not None:
        stamp = _digest(key, _config_digest(opts.topics, opts.entities)) if key else None
        if not (stamp and _candidates_stamp(opts.candidates) == stamp):
            if catalogue is None:
                catalogue = entities_mod.load_catalogue(opts.entities)
            candidates = entities_mod.discover_candidates(briefing, catalogue)
            _write_candidates(opts.candidates, candidates, stamp)
    return ConvertResult(briefing, len(tree.written), tree.changed, removed, tree.skipped, search=engine,
                         listings_reused=reused)


def latest_date(briefing: Briefing) -> str | None:
    """The newest article's publication date (ISO), which the site build gives as the
    pages' update date (the sitemap's lastmod) so that a rebuild on another day is the
    same site; None when no article is dated."""
    dates = [a.date for a in briefing.articles if isinstance(a.date, dt.date)]
    return max(dates).isoformat() if dates else None


def _stage_pages(tree: OutputTree, briefing: Briefing, opts: Options) -> tuple[str | None, str, bool]:
    """Stage every page in tree; the corpus key, the search engine, and whether the listing
    pages were kept from the last run."""
    by_slug = {a.slug: a for a in briefing.articles}
    todo: list[tuple[int, str, str | None]] = []  # (index in briefing.articles, path, inputs)
    for i, article in sorted(enumerate(briefing.articles), key=lambda ia: ia[1].slug):
        rel = f"articles/{article.slug}.md"
        inputs = article_inputs(article, briefing, by_slug)
        if not tree.keep(rel, inputs, owner=article.source_file):
            todo.append((i, rel, inputs))
    info = dataclasses.replace(site_info(opts.config), own_pages=tuple(own_root_pages(opts.docs)))
    key = briefing.corpus_key
    pages_key = _digest(key, repr(info), repr(_page_settings())) if key else None
    reused = pages_key is not None and tree.keep_all(pages_key)
    rendered = _render_articles(briefing, by_slug, [i for i, _, _ in todo], opts.jobs)
    try:
        # The first page started the workers on all of them: the listing pages are made here
        # meanwhile (10,000 articles on two cores: 1.5 s of 52 sooner than one after the other).
        first = list(itertools.islice(rendered, 1))
        listing = {} if reused else generated_pages(briefing, info)
        for (i, rel, inputs), text in zip(todo, itertools.chain(first, rendered)):
            tree.write(rel, text, inputs=inputs, owner=briefing.articles[i].source_file)
    finally:
        rendered.close()
    for rel, text in listing.items():
        tree.write(rel, text, inputs=pages_key)
    for old, slug in briefing.moved.items():  # (the addresses articles had: each links to the article now)
        article = by_slug[slug]
        text = moved_page(article)
        tree.write(f"articles/{old}.md", text, inputs=_digest(text), owner=article.source_file)
    engine = search_engine(opts.search, len(briefing.articles))
    if engine == "pagefind":
        tree.write("search.md", search_page())
    feed_info = feed_mod.FeedInfo.from_config(opts.config)
    feed_key = _digest(pages_key, repr(feed_info), *(f"{a.slug}\0{a.summary}" for a in briefing.articles)) \
        if pages_key else None
    if not tree.keep(feed_mod.FEED_PATH, feed_key):
        tree.write(feed_mod.FEED_PATH, feed_mod.atom_feed(briefing.articles, feed_info), inputs=feed_key)
    for name, rel in ASSETS.items():
        tree.write(rel, resources.files("briefing.assets").joinpath(name).read_bytes())
    return key, engine, reused


def moved_page(article: Article) -> str:
    """The page left at an address an article had before its title changed: a link to where it is now, out of the
    search (a link a reader cited, "articles/read-edit-view-history/", still leads to the article, now
    "articles/jt-60sa/")."""
    title = clean_field(article.title or article.slug)
    front = yaml.safe_dump({"title": title, "search": {"exclude": True}, "moved_to": article.slug},
                           allow_unicode=True, sort_keys=False, width=10_000)
    return (f"---\n{front}---\n\n# {escape_text(title)}\n\nThis article has moved: its title changed, and its "
            f"address with it. It is now at [{escape_text(title)}]({article.slug}.md).\n")


_PAGES_CODE = ("pages.py", "write.py", "text.py", "model.py", "feed.py")


def _digest(*parts: str | None) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8") + b"\0")
    return digest.hexdigest()


def _page_settings() -> list[tuple[str, object]]:
    """The listing pages' size limits (module constants of pages.py) and their code."""
    from . import pages as pages_mod

    limits = sorted((k, v) for k, v in vars(pages_mod).items() if k.isupper() and isinstance(v, (int, str)))
    return [("code", source_digest(*_PAGES_CODE)), *limits]


_RENDER: tuple[Briefing, dict[str, Article]] | None = None  # the render workers' copy, through fork
RENDER_CHUNK = 64  # articles per task: each comes back as one list of page texts


def _render_articles(briefing: Briefing, by_slug: dict[str, Article], indices: list[int],
                     jobs: int | None) -> Iterator[str]:
    """Article pages for these articles, in order; on every core when there are many (the
    YAML dump and its read-back check dominate: ~2.5 ms a page)."""
    global _RENDER
    workers = min(jobs or os.cpu_count() or 1, len(indices) // PARALLEL_MIN_SEEDS_PER_WORKER)
    if workers <= 1:
        for i in indices:
            yield render_article(briefing.articles[i], briefing, by_slug)
        return
    _RENDER = (briefing, by_slug)
    chunks = [indices[k:k + RENDER_CHUNK] for k in range(0, len(indices), RENDER_CHUNK)]
    try:
        with worker_pool(workers) as pool:
            for texts in pool.map(_render_chunk, chunks):
                yield from texts
    finally:
        _RENDER = None


def _render_chunk(indices: list[int]) -> list[str]:
    assert _RENDER is not None
    briefing, by_slug = _RENDER
    return [render_article(briefing.articles[i], briefing, by_slug) for i in indices]


_STAMP = "# made from: "


def _candidates_stamp(path: Path) -> str | None:
    """The corpus stamp in the header of a candidates file written earlier (None if none)."""
    try:
        with path.open(encoding="utf-8") as f:
            head = [f.readline() for _ in range(3)]
    except (OSError, UnicodeDecodeError):
        return None
    return next((line[len(_STAMP):].strip() for line in head if line.startswith(_STAMP)), None)


def _write_candidates(path: Path, candidates: list[dict[str, object]], stamp: str | None = None) -> None:
    from .write import atomic_write

    header = (
        "# Entity candidates found in the articles but not in the curated entities file.\n"
        "# Generated by build_site.py; copy the ones you trust into entities.yml.\n"
    ) + (f"{_STAMP}{stamp}\n" if stamp else "")
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: ~10x faster on 10,000 articles
    body = yaml.dump(candidates, Dumper=dumper, sort_keys=False, allow_unicode=True) if candidates else "[]\n"
    atomic_write(path, (header + body).encode("utf-8"))


@dataclass(frozen=True)
class CacheKeys:
    extraction: str  # the seed's name and bytes, the extraction code, its libraries
    analysis: str  # that, plus the analysis code, topics, entities and metadata entry


def _cache_keys(path: Path, name: str, code: tuple[str, str], context: _Context,
                digests: "SeedDigests") -> CacheKeys | None:
    """The seed's cache keys; None when it cannot be read or is over today's size limit
    (the limit can change, so such a seed never comes from the cache)."""
    try:
        stat = path.stat()
        if stat.st_size > context.max_bytes or not S_ISREG(stat.st_mode):
            return None  # (a pipe or a device: read_source says why it is not read)
        data = digests.digest(name, path, stat)
    except OSError:
        return None
    # The extraction depends on the bytes and on whether they are a saved page, an email or
    # text, not on the file's name (analyse_one names the article): a renamed seed is not
    # extracted again, only analysed, which its name does enter (the article's file, maybe its
    # slug); an .eml renamed .txt is read again, as text.
    suffix = Path(name).suffix.lower()
    kind = "html" if suffix in HTML_SUFFIXES else "email" if suffix in EMAIL_SUFFIXES else "text"
    extraction = hashlib.sha256(f"{code[0]}\0{kind}\0{data}".encode()).hexdigest()
    entry = repr(sorted(context.metadata.get(name, {}).items()))
    for key in context.document_entries.get(name, ()):  # (a document of a file that holds several: "export.txt#2")
        entry += repr((key, sorted(context.metadata[key].items())))
    analysis = hashlib.sha256("\0".join((extraction, name, code[1], context.config_digest, entry)).encode()).hexdigest()
    return CacheKeys(extraction, analysis)


class SeedDigests:
    """The sha256 of each seed's bytes, remembered with the file's size, times and inode.

    As git's index does, an unchanged seed is known by its stat and not read again (at
    10,000 seeds, reading and hashing them all took ~1 s of a 7 s rebuild). Any write,
    rename or copy over the file changes its ctime, so the digest is taken again; so it is
    for a file modified within 2 s of being hashed (coarse file-system clocks). A seed over
    64 MB is keyed by its size and times, never read for the key.
    """

    FILE = "seed-digests.json"
    RACY_NS = 2_000_000_000
    HUGE = 64 * 1024 * 1024

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / self.FILE if folder else None
        self.known: dict[str, list[object]] = {}
        self.now: dict[str, list[object]] = {}
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(data, dict):
                self.known = {k: v for k, v in data.items() if isinstance(v, list) and len(v) == 6}
        except (OSError, ValueError):
            pass

    def digest(self, name: str, path: Path, stat: os.stat_result) -> str:
        if stat.st_size > self.HUGE:
            return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}"
        signature = [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]
        entry = self.known.get(name)
        if entry is not None and entry[:4] == signature and isinstance(entry[5], str):
            self.now[name] = entry
            return entry[5]
        hashed_at = time.time_ns()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if stat.st_mtime_ns < hashed_at - self.RACY_NS and stat.st_ctime_ns < hashed_at - self.RACY_NS:
            self.now[name] = [*signature, hashed_at, digest]
        return digest

    def save(self) -> None:
        """Keep what this run learned (seeds no longer there are forgotten)."""
        if self.path is None or self.now == self.known:
            return
        from .write import atomic_write

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, json.dumps(self.now, sort_keys=True).encode("utf-8"))
        except OSError as exc:  # a read-only or full disk must not stop the build
            log.debug("seed digests not written: %s", exc)


def _config_digest(*files: Path | None) -> str:
    digest = hashlib.sha256()
    for path in files:
        try:
            digest.update(path.read_bytes() if path else b"")
        except OSError:
            digest.update(b"missing")
        digest.update(b"\0")
    return digest.hexdigest()


class ArticleCache:
    """Extracted and analysed articles, so a rebuild redoes only what changed.

    Two entries per seed, named by the hash of its name and bytes and of the extraction
    code: the raw extraction, and the finished article (metadata applied, analysed) with
    the key of everything the analysis read. Changing one seed re-extracts that seed;
    changing topics.yml or entities.yml re-analyses every article without re-extracting
    any. Entries are pickles this program wrote into the project's own cache folder
    (never taken from elsewhere); an unreadable entry is a miss.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._folder = str(folder)
        self.hits = 0

    @staticmethod
    def code_digest() -> tuple[str, str]:
        """(extraction code and libraries, analysis code): a change to either invalidates."""
        extraction = hashlib.sha256(source_digest(*_EXTRACT_CODE).encode())
        for library in _EXTRACT_LIBRARIES:  # their upgrades change extractions too
            try:
                extraction.update(f"{library}=={metadata_version(library)}".encode())
            except PackageNotFoundError:
                extraction.update(f"{library}: missing".encode())
        return extraction.hexdigest()[:16], source_digest(*_ANALYSIS_CODE)[:16]

    def _entry(self, key: str, kind: str) -> Path:
        return Path(self._entry_str(key, kind))

    def _entry_str(self, key: str, kind: str) -> str:
        return os.path.join(self._folder, key[:2], f"{key}.{kind}.pickle")

    def _load(self, path: Path | str) -> object:
        try:
            with open(path, "rb") as f:
                return pickle.loads(f.read())
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError,
                IndexError):
            return None

    def get_raw(self, keys: CacheKeys) -> Outcome | None:
        outcome = self._load(self._entry_str(keys.extraction, "raw"))
        return outcome if isinstance(outcome, Outcome) else None

    def get_final(self, keys: CacheKeys) -> Outcome | None:
        entry = self._load(self._entry_str(keys.extraction, "article"))
        if not (isinstance(entry, tuple) and len(entry) == 2 and entry[0] == keys.analysis
                and isinstance(entry[1], Outcome)):
            return None
        self.hits += 1
        return entry[1]

    def put_raw(self, keys: CacheKeys, outcome: Outcome) -> None:
        if not outcome.traceback:
            self._save(self._entry(keys.extraction, "raw"), outcome)

    def put_final(self, keys: CacheKeys, outcome: Outcome) -> None:
        if not outcome.traceback:
            self._save(self._entry(keys.extraction, "article"), (keys.analysis, outcome))

    _ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.(?:raw|article)\.pickle|\.[0-9a-f]{64}\.(?:raw|article)\.pickle\.\d+\.tmp")

    UNUSED_DAYS = 7  # an entry no run used for this long goes (see prune)
    PRUNED = "last-prune"  # its modification time: when prune last ran (at most daily)

    def prune(self, keep: set[str]) -> int:
        """Remove the entries no run has used for about UNUSED_DAYS (edited or deleted
        seeds, an older version of the code), so the cache stays about the size of the
        corpus; the entries in `keep` (this run's) are marked as used. Another briefing
        built with the same cache folder keeps its entries as long as it is rebuilt within
        that time. Runs at most once a day: it stats every entry (1.9 s for 120,000), and a
        mark a day is all a week's grace needs. Only files named as this class names its
        entries are touched; returns how many went."""
        now = time.time()
        marker = os.path.join(self._folder, self.PRUNED)
        try:
            if now - os.stat(marker).st_mtime < 86400:
                return 0
        except OSError:
            pass
        removed = 0
        try:
            folders = [e for e in os.scandir(self._folder) if e.is_dir() and len(e.name) == 2]
        except OSError:
            return 0
        for folder in folders:
            try:
                entries = list(os.scandir(folder.path))
            except OSError:
                continue
            for entry in entries:
                if not self._ENTRY_NAME.fullmatch(entry.name):
                    continue
                try:
                    if entry.name.lstrip(".")[:64] in keep:
                        os.utime(entry.path)  # used: the modification time is the last use
                    elif now - entry.stat().st_mtime > self.UNUSED_DAYS * 86400:
                        os.unlink(entry.path)
                        removed += 1
                except OSError:
                    pass
        try:
            with open(marker, "w", encoding="utf-8"):
                pass  # (its time is what counts)
        except OSError:
            pass
        if removed:
            log.debug("cache: removed %d entries no run used for %d days", removed, self.UNUSED_DAYS)
        return removed

    # Related-article lists of the last corpus (one slot: an incremental run reuses them when
    # no article changed anything but its body).
    def get_related(self, key: str) -> dict[str, list[Related]] | None:
        entry = self._load(self.folder / "related.pickle")
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == key and isinstance(entry[1], dict):
            return entry[1]
        return None

    def put_related(self, key: str, related: dict[str, list[Related]]) -> None:
        self._save(self.folder / "related.pickle", (key, related))

    def _save(self, path: Path, value: object) -> None:
        # Not fsynced: a cache entry lost in a crash is only a miss next time.
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(value, protocol=5))
            os.replace(tmp, path)
        except OSError as exc:  # a read-only or full disk must not stop the build
            log.debug("cache entry not written: %s", exc)
