"""The pipeline: read -> extract -> enrich -> write pages (-> build site, in cli).

Each seed is converted on its own: a seed that fails is reported as `<file>: <reason>`
and skipped, and every other article is still written.
"""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable

import yaml

from . import entities as entities_mod
from . import feed as feed_mod
from .enrich import enrich, load_topics
from .extract import extract
from .model import Article, Briefing, Failure, SourceDoc
from .pages import SiteInfo, generated_pages
from .read import DEFAULT_MAX_BYTES, SeedError, SeedMetadata, discover, load_metadata, read_source
from .text import clean_field
from .write import OutputTree, render_article

log = logging.getLogger(__name__)

ASSETS = ("briefing.css", "timeline.js")


@dataclass
class Options:
    seeds: Path
    docs: Path
    config: Path  # mkdocs.yml: site name and description for the home page
    topics: Path | None = None
    entities: Path | None = None
    candidates: Path | None = None  # where discovered entity candidates are written
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class ConvertResult:
    briefing: Briefing
    written: int = 0
    changed: int = 0
    removed: list[str] = field(default_factory=list)
    kept_user_files: list[str] = field(default_factory=list)


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
    for i, path in enumerate(paths, 1):
        name = path.relative_to(opts.seeds).as_posix()
        if progress:
            progress(i, len(paths), name)
        try:
            article = convert_one(path, opts, metadata)
        except SeedError as exc:
            briefing.failures.append(Failure(name, str(exc)))
            log.error("%s: %s", name, exc)
            continue
        except Exception as exc:  # noqa: BLE001 - one bad seed must not stop the others
            briefing.failures.append(Failure(name, f"could not be converted ({type(exc).__name__}: {exc})"))
            log.error("%s: could not be converted (%s: %s)", name, type(exc).__name__, exc)
            log.debug("%s", traceback.format_exc())
            continue
        briefing.articles.append(article)
    unknown = sorted(set(metadata.entries) - {p.relative_to(opts.seeds).as_posix() for p in paths})
    for name in unknown:
        log.warning("metadata.yml: %s: no such seed file; entry ignored", name)
    enrich(briefing, topics, catalogue)
    return write_docs(briefing, opts)


def convert_one(path: Path, opts: Options, metadata: SeedMetadata) -> Article:
    """Read, extract and correct one seed; SeedError when it has no usable article."""
    doc: SourceDoc = read_source(path, opts.seeds, opts.max_bytes)
    for note in doc.notes:
        log.warning("%s: %s", doc.name, note)
    article = extract(doc)
    article.source_file = doc.name
    article.sha256 = doc.sha256
    apply_metadata(article, metadata.entries.get(doc.name, {}))
    if not any(b.kind in ("paragraph", "quote") for b in article.blocks):
        raise SeedError("no article text found (only headlines, navigation or clutter)")
    article.title = clean_field(article.title or "")
    if not article.title:
        article.title = Path(doc.name).stem
        log.warning("%s: no title found; using the file name (set one in seeds/metadata.yml)", doc.name)
    article.subtitle = clean_field(article.subtitle) if article.subtitle else None
    article.authors = _unique(clean_field(a) for a in article.authors)
    article.source = clean_field(article.source) if article.source else None
    for line in article.decisions:
        log.debug("%s: %s", doc.name, line)
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
    """Site name and description from mkdocs.yml (tags such as !!python/name are ignored)."""

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_Loader) or {}
    except (OSError, yaml.YAMLError):
        return SiteInfo()
    return SiteInfo(name=str(data.get("site_name") or SiteInfo.name), description=data.get("site_description"))


def write_docs(briefing: Briefing, opts: Options) -> ConvertResult:
    """Write articles, site pages and assets; remove what a removed seed left behind."""
    tree = OutputTree(opts.docs)
    for article in sorted(briefing.articles, key=lambda a: a.slug):
        tree.write(f"articles/{article.slug}.md", render_article(article, briefing))
    for rel, text in generated_pages(briefing, site_info(opts.config)).items():
        tree.write(rel, text)
    tree.write(feed_mod.FEED_PATH, feed_mod.atom_feed(briefing.articles, feed_mod.FeedInfo.from_config(opts.config)))
    for name in ASSETS:
        tree.write(f"assets/{name}", resources.files("briefing.assets").joinpath(name).read_bytes())
    removed = tree.finish()
    if opts.candidates is not None:
        candidates = entities_mod.discover_candidates(briefing, entities_mod.load_catalogue(opts.entities))
        _write_candidates(opts.candidates, candidates)
    return ConvertResult(briefing, len(tree.written), tree.changed, removed, tree.skipped)


def _write_candidates(path: Path, candidates: list[dict[str, object]]) -> None:
    from .write import atomic_write

    header = (
        "# Entity candidates found in the articles but not in the curated entities file.\n"
        "# Generated by build_site.py; copy the ones you trust into entities.yml.\n"
    )
    body = yaml.safe_dump(candidates, sort_keys=False, allow_unicode=True) if candidates else "[]\n"
    atomic_write(path, (header + body).encode("utf-8"))
