"""The pipeline: read -> extract -> enrich -> write pages (-> build site, in cli).

Each seed is converted on its own: a seed that fails is reported as `<file>: <reason>`
and skipped, and every other article is still written.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import pickle
import traceback
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as metadata_version
from pathlib import Path
from itertools import repeat
from typing import Callable, Iterator

import yaml

from . import entities as entities_mod
from . import feed as feed_mod
from .enrich import enrich, load_topics
from .extract import extract
from .model import Article, Briefing, Failure, SourceDoc
from .pages import SiteInfo, generated_pages, search_page
from .read import DEFAULT_MAX_BYTES, SeedError, discover, load_metadata, read_source
from .site import raw_config
from .text import clean_field
from .write import OutputTree, render_article

log = logging.getLogger(__name__)

ASSETS = ("briefing.css", "timeline.js", "pagefind-search.js")
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
                 "extract_html.py")


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
    from_cache: int = 0  # seeds whose extraction came from the cache
    search: str = "material"  # the search engine the pages were written for


Progress = Callable[[int, int, str], None]


def convert(opts: Options, progress: Progress | None = None) -> ConvertResult:
    """Convert every seed into docs/: article pages, site pages and assets."""
    if not opts.seeds.is_dir():
        raise SeedError(f"seeds folder {opts.seeds} does not exist (give another with --seeds)")
    topics = load_topics(opts.topics)
    catalogue = entities_mod.load_catalogue(opts.entities)
    metadata = load_metadata(opts.seeds)
    briefing = Briefing(articles=[])
    briefing.warnings.extend(metadata.problems)
    for problem in metadata.problems:
        log.warning("%s", problem)
    paths = discover(opts.seeds)
    names = [p.relative_to(opts.seeds).as_posix() for p in paths]
    cache = ExtractCache(opts.cache) if opts.cache else None
    for i, (name, outcome) in enumerate(_extract_all(paths, opts, cache), 1):
        if progress:
            progress(i, len(paths), name)
        for note in outcome.warnings:
            log.warning("%s: %s", name, note)
        if outcome.failure:
            briefing.failures.append(Failure(name, outcome.failure))
            log.error("%s: %s", name, outcome.failure)
            if outcome.traceback:
                log.debug("%s", outcome.traceback)
            continue
        assert outcome.article is not None
        try:
            article = finish_article(outcome.article, metadata.entries.get(name, {}))
        except SeedError as exc:
            briefing.failures.append(Failure(name, str(exc)))
            log.error("%s: %s", name, exc)
            continue
        briefing.articles.append(article)
    unknown = sorted(set(metadata.entries) - set(names))
    for name in unknown:
        log.warning("metadata.yml: %s: no such seed file; entry ignored", name)
    enrich(briefing, topics, catalogue)
    result = write_docs(briefing, opts)
    result.from_cache = cache.hits if cache else 0
    return result


@dataclass
class Outcome:
    """What extracting one seed gave: an article, or a failure reason; warnings either way."""

    article: Article | None = None
    failure: str | None = None
    warnings: list[str] = field(default_factory=list)
    traceback: str | None = None


def extract_one(path: Path, seeds: Path, max_bytes: int) -> Outcome:
    """Read and extract one seed (runs in a worker process); never raises."""
    try:
        doc: SourceDoc = read_source(path, seeds, max_bytes)
        article = extract(doc)
        article.source_file = doc.name
        article.sha256 = doc.sha256
        return Outcome(article=article, warnings=list(doc.notes))
    except SeedError as exc:
        return Outcome(failure=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad seed must not stop the others
        return Outcome(failure=f"could not be converted ({type(exc).__name__}: {exc})",
                       traceback=traceback.format_exc())


def _extract_all(paths: list[Path], opts: Options, cache: "ExtractCache | None") -> Iterator[tuple[str, Outcome]]:
    """Outcomes in seed order: from the cache when the seed and the code are unchanged,
    else extracted, in parallel across cores when there are enough seeds to pay for it."""
    names = [p.relative_to(opts.seeds).as_posix() for p in paths]
    cached: dict[int, Outcome] = {}
    todo: list[int] = []
    for i, path in enumerate(paths):
        hit = cache.get(path) if cache and _within_limit(path, opts.max_bytes) else None
        if hit is not None:
            cached[i] = hit
        else:
            todo.append(i)
    workers = min(opts.jobs or os.cpu_count() or 1, len(todo) // PARALLEL_MIN_SEEDS_PER_WORKER)
    if workers > 1:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
        results = pool.map(extract_one, [paths[i] for i in todo], repeat(opts.seeds), repeat(opts.max_bytes),
                           chunksize=16)
    else:
        pool = None
        results = (extract_one(paths[i], opts.seeds, opts.max_bytes) for i in todo)
    fresh = iter(results)  # in `todo` order, which is seed order
    try:
        for i in range(len(paths)):
            if i in cached:
                outcome = cached[i]
                if outcome.article is not None:  # the same bytes may sit under another name
                    outcome.article.source_file = names[i]
            else:
                outcome = next(fresh)
                if cache:
                    cache.put(paths[i], outcome)
            yield names[i], outcome
    finally:
        if pool is not None:
            pool.shutdown()


def _within_limit(path: Path, max_bytes: int) -> bool:
    """Only seeds within today's size limit may come from the cache (the limit can change)."""
    try:
        return path.stat().st_size <= max_bytes
    except OSError:
        return False


def finish_article(article: Article, entry: dict[str, object]) -> Article:
    """Apply the analyst's corrections and the checks every article must pass."""
    apply_metadata(article, entry)
    if not any(b.kind in ("paragraph", "quote") for b in article.blocks):
        raise SeedError("no article text found (only headlines, navigation or clutter)")
    article.title = clean_field(article.title or "")
    if not article.title:
        article.title = Path(article.source_file).stem
        log.warning("%s: no title found; using the file name (set one in seeds/metadata.yml)",
                    article.source_file)
    article.subtitle = clean_field(article.subtitle) if article.subtitle else None
    article.authors = _unique(clean_field(a) for a in article.authors)
    article.source = clean_field(article.source) if article.source else None
    for line in article.decisions:
        log.debug("%s: %s", article.source_file, line)
    return article


def apply_metadata(article: Article, entry: dict[str, object]) -> None:
    """The analyst's values from seeds/metadata.yml win over extracted ones."""
    if "title" in entry:
        article.title = str(entry["title"])
    if "authors" in entry:
        article.authors = list(entry["authors"])  # type: ignore[call-overload]
    if "source" in entry:
        article.source = str(entry["source"])
    if "url" in entry:
        article.url = str(entry["url"])
    if "date" in entry:
        article.date = entry["date"]  # type: ignore[assignment]
        article.date_source = "metadata"
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
    return SiteInfo(name=str(data.get("site_name") or SiteInfo.name), description=data.get("site_description"))


def search_engine(choice: str, n_articles: int) -> str:
    """'material' (one JSON index, fine for small briefings) or 'pagefind' (chunked, scales)."""
    if choice == "auto":
        return "pagefind" if n_articles >= PAGEFIND_MIN_ARTICLES else "material"
    return choice


def write_docs(briefing: Briefing, opts: Options) -> ConvertResult:
    """Write articles, site pages and assets; remove what a removed seed left behind."""
    tree = OutputTree(opts.docs)
    by_slug = {a.slug: a for a in briefing.articles}
    for article in sorted(briefing.articles, key=lambda a: a.slug):
        tree.write(f"articles/{article.slug}.md", render_article(article, briefing, by_slug))
    pages = generated_pages(briefing, site_info(opts.config))
    engine = search_engine(opts.search, len(briefing.articles))
    if engine == "pagefind":
        pages["search.md"] = search_page()
    for rel, text in pages.items():
        tree.write(rel, text)
    tree.write(feed_mod.FEED_PATH, feed_mod.atom_feed(briefing.articles, feed_mod.FeedInfo.from_config(opts.config)))
    for name in ASSETS:
        tree.write(f"assets/{name}", resources.files("briefing.assets").joinpath(name).read_bytes())
    removed = tree.finish({"search": engine})
    if opts.candidates is not None:
        candidates = entities_mod.discover_candidates(briefing, entities_mod.load_catalogue(opts.entities))
        _write_candidates(opts.candidates, candidates)
    return ConvertResult(briefing, len(tree.written), tree.changed, removed, tree.skipped, search=engine)


def _write_candidates(path: Path, candidates: list[dict[str, object]]) -> None:
    from .write import atomic_write

    header = (
        "# Entity candidates found in the articles but not in the curated entities file.\n"
        "# Generated by build_site.py; copy the ones you trust into entities.yml.\n"
    )
    body = yaml.safe_dump(candidates, sort_keys=False, allow_unicode=True) if candidates else "[]\n"
    atomic_write(path, (header + body).encode("utf-8"))


class ExtractCache:
    """Extracted articles keyed by the seed's bytes and the extractor's code.

    A rebuild after changing one seed re-extracts only that seed. Entries are pickles
    written by this program into the project's own cache folder (never from elsewhere).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = 0
        digest = hashlib.sha256()
        package = Path(__file__).resolve().parent
        for name in _EXTRACT_CODE:
            source = package / name
            digest.update(name.encode() + b"\0" + (source.read_bytes() if source.exists() else b""))
        for library in _EXTRACT_LIBRARIES:  # their upgrades change extractions too
            try:
                digest.update(f"{library}=={metadata_version(library)}".encode())
            except PackageNotFoundError:
                digest.update(f"{library}: missing".encode())
        self.code = digest.hexdigest()[:16]

    def _key(self, path: Path) -> str | None:
        try:
            stat = path.stat()
            # A huge file is keyed by size and modification time rather than read twice.
            data = path.read_bytes() if stat.st_size <= 64 * 1024 * 1024 else f"{stat.st_size}:{stat.st_mtime_ns}".encode()
        except OSError:
            return None
        return hashlib.sha256(self.code.encode() + b"\0" + path.name.encode() + b"\0" + data).hexdigest()

    def get(self, path: Path) -> Outcome | None:
        key = self._key(path)
        if key is None:
            return None
        entry = self.folder / key[:2] / f"{key}.pickle"
        try:
            outcome = pickle.loads(entry.read_bytes())
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        if not isinstance(outcome, Outcome):
            return None
        self.hits += 1
        return outcome

    def put(self, path: Path, outcome: Outcome) -> None:
        key = self._key(path)
        if key is None or outcome.traceback:
            return
        from .write import atomic_write

        try:
            atomic_write(self.folder / key[:2] / f"{key}.pickle", pickle.dumps(outcome, protocol=5))
        except OSError as exc:  # a read-only or full disk must not stop the build
            log.debug("extraction cache not written: %s", exc)
