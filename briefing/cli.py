"""Command line: `python build_site.py [build|convert|serve]`.

Exit codes (documented in the README):
  0  every seed converted and (for build) the site built and checked;
  1  the site was built, but some seeds were skipped (each reported as `<file>: <reason>`);
  2  nothing usable: no article converted, a config file is broken, or the site build failed.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import time
from pathlib import Path

from .enrich import ConfigError
from .pipeline import Options, convert
from .read import DEFAULT_MAX_BYTES, SeedError

log = logging.getLogger("briefing")

EXIT_OK, EXIT_SOME_SKIPPED, EXIT_FAILED = 0, 1, 2

DESCRIPTION = """\
Turn a folder of collected news articles (text copied from web pages, or saved
.html pages) into a static research-briefing website: each article cleaned into
Markdown with YAML front matter in docs/articles/, plus a home page, a timeline,
topic tags, sources and entity pages, built with MkDocs + Material into site/.
"""

EPILOG = """\
commands:
  build    (default) convert the seeds, then `mkdocs build --strict` into --site
           and check the built pages (no script from article text, no broken links)
  convert  only write the Markdown pages into --docs
  serve    convert, then preview the site with live reload on 127.0.0.1

options (for every command; `build_site.py COMMAND --help` explains each):
  --seeds DIR       collected articles (default: seeds)
  --docs DIR        generated Markdown pages (default: docs)
  --site DIR        built site (default: site)
  --config FILE     MkDocs configuration (default: mkdocs.yml)
  --topics FILE     topic tags (default: topics.yml)
  --entities FILE   curated entities (default: entities.yml)
  --max-size MB     skip larger seed files (default: 10)
  --jobs N          worker processes for extraction and page rendering (default: one per core)
  --cache DIR       extraction cache (default: .cache/briefing); --no-cache to bypass
  --search ENGINE   auto (default), material or pagefind (chunked index for large briefings)
  -v, --verbose     per article: which lines became title, byline, date, and why
  -q, --quiet       only errors and the closing summary

examples:
  python build_site.py                      # seeds/ -> docs/ -> site/
  python build_site.py convert -v           # show what the extractor decided, per article
  python build_site.py build --seeds ~/collected --site public
  python build_site.py serve --port 8001

Per-seed corrections (title, date, authors, source, url) go in seeds/metadata.yml.
exit status: 0 all converted and built; 1 built, some seeds skipped; 2 nothing built.
"""


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build_site.py", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--seeds", type=Path, default=Path("seeds"), metavar="DIR",
                        help="folder of collected articles (.txt, .md, .html; default: seeds)")
    common.add_argument("--docs", type=Path, default=Path("docs"), metavar="DIR",
                        help="where the Markdown pages are written (default: docs); files you "
                             "wrote there yourself are never touched")
    common.add_argument("--site", type=Path, default=Path("site"), metavar="DIR",
                        help="where the built site goes (default: site)")
    common.add_argument("--config", type=Path, default=Path("mkdocs.yml"), metavar="FILE",
                        help="MkDocs configuration (default: mkdocs.yml)")
    common.add_argument("--topics", type=Path, default=Path("topics.yml"), metavar="FILE",
                        help="topic tags and the phrases that signal them (default: topics.yml)")
    common.add_argument("--entities", type=Path, default=Path("entities.yml"), metavar="FILE",
                        help="curated people, organisations and places (default: entities.yml)")
    common.add_argument("--candidates", type=Path, default=Path("entity-candidates.yml"), metavar="FILE",
                        help="where newly discovered entity candidates are listed "
                             "(default: entity-candidates.yml)")
    common.add_argument("--max-size", type=float, default=DEFAULT_MAX_BYTES / 1e6, metavar="MB",
                        help="skip seed files larger than this (default: %(default)g MB)")
    common.add_argument("--jobs", type=int, default=None, metavar="N",
                        help="worker processes for extraction, and for rendering the article pages of "
                             "large sites (default: one per core)")
    common.add_argument("--cache", type=Path, default=Path(".cache/briefing"), metavar="DIR",
                        help="extraction cache: unchanged seeds are not extracted again "
                             "(default: .cache/briefing)")
    common.add_argument("--no-cache", action="store_true", help="extract every seed afresh")
    common.add_argument("--search", choices=("auto", "material", "pagefind"), default="auto",
                        help="search engine: Material's built-in search, or Pagefind's chunked index "
                             "for large briefings (default: auto, Pagefind from 500 articles)")
    verbosity = common.add_mutually_exclusive_group()
    verbosity.add_argument("-v", "--verbose", action="store_true",
                           help="say, per article, which lines were taken as title, byline and date")
    verbosity.add_argument("-q", "--quiet", action="store_true", help="only errors and the summary")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("build", parents=[common], help="convert, then build the site (default)",
                   description="Convert the seeds, then run `mkdocs build --strict` and check the site.")
    sub.add_parser("convert", parents=[common], help="only write the Markdown pages",
                   description="Convert the seeds into Markdown pages in --docs; no site build.")
    serve = sub.add_parser("serve", parents=[common], help="convert, then preview on 127.0.0.1",
                           description="Convert, then serve the site with live reload on 127.0.0.1.")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.set_defaults(command=None)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = make_parser()
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help"):
        argv.insert(0, "build")  # `build` is the default command
    args = parser.parse_args(argv)
    _setup_logging(args.verbose, args.quiet)
    if args.command == "serve":
        args.search = "material"  # live preview: no Pagefind index is built, so use Material's
    opts = Options(
        seeds=args.seeds, docs=args.docs, config=args.config,
        topics=args.topics if args.topics.exists() or args.topics != Path("topics.yml") else None,
        entities=args.entities if args.entities.exists() or args.entities != Path("entities.yml") else None,
        candidates=args.candidates, max_bytes=int(args.max_size * 1e6),
        cache=None if args.no_cache else args.cache, jobs=args.jobs, search=args.search,
    )
    started = time.monotonic()
    try:
        result = convert(opts, progress=_progress(args.quiet))
    except (SeedError, ConfigError, OSError) as exc:
        log.error("%s", exc)
        return EXIT_FAILED
    briefing = result.briefing
    n_ok, n_bad = len(briefing.articles), len(briefing.failures)
    if args.verbose:
        _print_decisions(briefing)
    summary = f"{n_ok} article{'s' if n_ok != 1 else ''} converted, {n_bad} skipped"
    if n_bad:
        summary += " (" + "; ".join(str(f) for f in briefing.failures) + ")"
    if n_ok == 0:
        log.error("%s; nothing to build. Put .txt or .html articles in %s/", summary, args.seeds)
        return EXIT_FAILED
    if args.command == "convert":
        _say(f"{summary}, pages in {args.docs}/ ({result.changed} changed, {len(result.removed)} removed, "
             f"{n_ok + n_bad - result.from_cache - result.reanalysed} extracted, "
             + (f"{result.reanalysed} re-analysed, " if result.reanalysed else "")
             + f"{result.from_cache} from cache"
             + ("; listing pages unchanged" if result.listings_reused else "") + ")")
        return EXIT_SOME_SKIPPED if n_bad else EXIT_OK
    if args.command == "serve":
        _say(f"{summary}; serving on http://127.0.0.1:{args.port}/ (Ctrl-C to stop)")
        from .site import serve

        serve(args.config, args.docs, f"127.0.0.1:{args.port}")
        return EXIT_OK
    from .site import SiteError, build_site

    long_run = not args.quiet and n_ok >= 50
    if long_run:
        then = "then a Pagefind index and checks" if result.search == "pagefind" else "then checks"
        print(f"  building the site (mkdocs build --strict, {then}) …", file=sys.stderr, flush=True)
    search = result.search
    del result, briefing  # the pages are on disk: free the corpus before MkDocs and Pagefind run
    gc.collect()
    try:
        built = build_site(args.config, args.docs, args.site, search=search, jobs=args.jobs,
                           say=(lambda message: print(f"  {message}", file=sys.stderr, flush=True))
                           if long_run else None)
    except SiteError as exc:
        log.error("%s", exc)
        _say(f"{summary}; site NOT built")
        return EXIT_FAILED
    seconds = time.monotonic() - started
    _say(f"{summary}, site in {args.site}/ ({built.report.pages} pages, "
         f"{built.report.links_checked} links checked, {seconds:.1f} s)")
    _say(f"Open {args.site}/index.html, or preview it with: make serve  (or python build_site.py serve)")
    return EXIT_SOME_SKIPPED if n_bad else EXIT_OK


def _say(message: str) -> None:
    print(message, flush=True)


def _progress(quiet: bool):  # type: ignore[no-untyped-def]
    """Progress on stderr: a line every 10% on long runs, every file with -v."""
    def report(i: int, total: int, name: str) -> None:
        if quiet:
            return
        if log.isEnabledFor(logging.DEBUG):
            log.debug("[%d/%d] %s", i, total, name)
        elif total >= 50 and (i % max(1, total // 10) == 0 or i == total):
            print(f"  converting {i}/{total} …", file=sys.stderr, flush=True)
    return report


def _print_decisions(briefing) -> None:  # type: ignore[no-untyped-def]
    for article in sorted(briefing.articles, key=lambda a: a.source_file):
        print(f"\n{article.source_file} -> articles/{article.slug}.md", flush=True)
        for line in article.decisions:
            print(f"  {line}")
        print(f"  dropped {article.dropped_lines} line(s) as clutter; {len(article.blocks)} block(s) kept, "
              f"{article.word_count} words")


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        prefix = {logging.ERROR: "error: ", logging.WARNING: "warning: ", logging.CRITICAL: "error: "}
        return prefix.get(record.levelno, "") + record.getMessage()


def _setup_logging(verbose: bool, quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    log.setLevel(logging.DEBUG if verbose else logging.ERROR if quiet else logging.INFO)
    # MkDocs' own messages: its warnings matter (strict mode), its INFO chatter does not.
    logging.getLogger("mkdocs").setLevel(logging.INFO if verbose else logging.WARNING)
