"""Command line: `python build_site.py [build|convert|serve|new]`.

Exit codes (documented in the README):
  0  every seed converted and (for build) the site built and checked;
  1  the site was built, but some seeds were skipped (each reported as `<file>: <reason>`);
  2  nothing usable: no article converted, a config file is broken, or the site build failed.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import shlex
import shutil
import signal
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml

from .pipeline import ConvertResult, Options, convert, load_topics, site_info
from .read import DEFAULT_MAX_BYTES, ConfigError, SeedError
from .site import raw_config
from .write import LockError, run_lock

log = logging.getLogger("briefing")

EXIT_OK, EXIT_SOME_SKIPPED, EXIT_FAILED = 0, 1, 2
EXIT_INTERRUPTED = 130  # as a shell reports a command stopped by Ctrl-C
# The summary line gives the reasons of at most this many skipped seeds, and names at most
# that many (every one is reported with its reason above it).
SUMMARY_SKIPPED, SUMMARY_SKIPPED_NAMES = 3, 10

DESCRIPTION = """\
Turn a folder of collected news articles (text copied from web pages, or saved
.html and .mhtml pages, emails saved as .eml) into a static research-briefing website: each article
cleaned into Markdown with YAML front matter in docs/articles/, plus a home page,
a timeline, topic tags, sources and entity pages, built with MkDocs + Material
into site/.
"""

EPILOG = """\
commands:
  build    (default) convert the seeds, then `mkdocs build --strict` into --site
           and check the built pages (no script from article text, no broken links)
  convert  only write the Markdown pages into --docs
  serve    convert, then preview the site with live reload on 127.0.0.1; a seed
           edited meanwhile is converted again and the preview reloads
  new      start a briefing on another subject in a folder of its own: its
           mkdocs.yml (named --title), empty topics.yml and entities.yml, seeds/

options (for every command; `build_site.py COMMAND --help` explains each):
  --config FILE     MkDocs configuration (default: mkdocs.yml), or the briefing's folder that
                    holds it; the folders and files below default to its folder, the project's
  --seeds DIR       collected articles (default: seeds)
  --docs DIR        generated Markdown pages (default: docs)
  --site DIR        (build) the built site (default: site)
  --topics FILE     topic tags (default: topics.yml beside the config file)
  --entities FILE   curated entities (default: entities.yml beside the config file)
  --candidates FILE newly found entity candidates, for you to curate
                    (default: entity-candidates.yml beside the config file)
  --max-size MB     skip larger seed files (default: 10)
  --jobs N          worker processes for extraction and page rendering (default: one per core)
  --cache DIR       extraction cache (default: .cache/briefing); --no-cache to bypass
  --search ENGINE   auto (default), material or pagefind (chunked index for large briefings)
  -v, --verbose     per article: which lines became title, byline, date, and why
  -q, --quiet       only errors and the closing summary
  --version         this tool's version and those of MkDocs, Material and the extractors
  --port N          (serve) the preview's port (default: 8000)

examples:
  python build_site.py                      # seeds/ -> docs/ -> site/
  python build_site.py convert -v           # show what the extractor decided, per article
  python build_site.py build --seeds ~/collected --site public
  python build_site.py serve --port 8001
  python build_site.py new ../cables --title "Baltic Sea cable cuts"
  python build_site.py build --config ../cables/mkdocs.yml

Per-seed corrections (title, subtitle, date, authors, source, url, language, summary, tags) go in
seeds/metadata.yml.
exit status: 0 all converted and built; 1 built, but some seeds skipped or some metadata.yml
entries name no seed (their corrections unused); 2 nothing built.
"""


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build_site.py", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=_version())
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--seeds", type=Path, default=None, metavar="DIR",
                        help="folder of collected articles (.txt, .md, .html, .mhtml, .eml; default: seeds beside "
                             "the --config file)")
    common.add_argument("--docs", type=Path, default=None, metavar="DIR",
                        help="where the Markdown pages are written (default: docs beside the --config "
                             "file); files you wrote there yourself are never touched")
    common.add_argument("--config", type=Path, default=Path("mkdocs.yml"), metavar="FILE",
                        help="MkDocs configuration, or the briefing's folder that holds it (default: mkdocs.yml)")
    common.add_argument("--topics", type=Path, default=None, metavar="FILE",
                        help="topic tags and the phrases that signal them (default: topics.yml beside "
                             "the --config file)")
    common.add_argument("--entities", type=Path, default=None, metavar="FILE",
                        help="curated people, organisations and places (default: entities.yml beside "
                             "the --config file)")
    common.add_argument("--candidates", type=Path, default=None, metavar="FILE",
                        help="where newly discovered entity candidates are listed "
                             "(default: entity-candidates.yml beside the --config file)")
    common.add_argument("--max-size", type=_positive(float), default=DEFAULT_MAX_BYTES / 1e6, metavar="MB",
                        help="skip seed files larger than this (default: %(default)g MB)")
    common.add_argument("--jobs", type=_positive(int), default=None, metavar="N",
                        help="worker processes for extraction, and for rendering the article pages of "
                             "large sites (default: one per core)")
    common.add_argument("--cache", type=Path, default=None, metavar="DIR",
                        help="extraction cache: unchanged seeds are not extracted again "
                             "(default: .cache/briefing beside the --config file)")
    common.add_argument("--no-cache", action="store_true", help="extract every seed afresh")
    common.add_argument("--search", choices=("auto", "material", "pagefind"), default="auto",
                        help="search engine: Material's built-in search, or Pagefind's chunked index "
                             "for large briefings (default: auto, Pagefind from 500 articles)")
    verbosity = common.add_mutually_exclusive_group()
    verbosity.add_argument("-v", "--verbose", action="store_true",
                           help="say, per article, which lines were taken as title, byline and date")
    verbosity.add_argument("-q", "--quiet", action="store_true", help="only errors and the summary")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    build = sub.add_parser("build", parents=[common], help="convert, then build the site (default)",
                           description="Convert the seeds, then run `mkdocs build --strict` and check the site.")
    build.add_argument("--site", type=Path, default=None, metavar="DIR",
                       help="where the built site goes (default: site beside the --config file)")
    convert = sub.add_parser("convert", parents=[common], help="only write the Markdown pages",
                             description="Convert the seeds into Markdown pages in --docs; no site build.")
    serve = sub.add_parser("serve", parents=[common], help="convert, then preview on 127.0.0.1",
                           description="Convert, then serve the site with live reload on 127.0.0.1; when a "
                                       "seed, metadata.yml, topics.yml or entities.yml changes, convert "
                                       "again (the preview reloads).")
    serve.add_argument("--port", type=_positive(int), default=8000, help="port (default: 8000)")
    new = sub.add_parser("new", help="start a briefing on another subject in a folder of its own",
                         description="Make FOLDER a new briefing: a copy of this project's mkdocs.yml named "
                                     "--title, its templates (overrides/) and docs/about.md, topics.yml and "
                                     "entities.yml with their instructions but no entries, and an empty "
                                     "seeds/. Then put the articles in FOLDER/seeds/ and build with "
                                     "--config FOLDER/mkdocs.yml.")
    new.add_argument("folder", type=Path, metavar="FOLDER", help="the new briefing's folder (new, or empty)")
    new.add_argument("--title", default=None, metavar="TEXT",
                     help="the site's name (default: made from the folder's name)")
    new.add_argument("--description", default=None, metavar="TEXT",
                     help="one sentence on what the briefing gathers (the home page, the feed and "
                          "search engines show it)")
    for command in (convert, serve):  # no site written: accepted (scripts pass it to every command), not listed
        command.add_argument("--site", type=Path, default=None, help=argparse.SUPPRESS)
    parser.set_defaults(command=None)
    return parser


COMMANDS = ("build", "convert", "serve", "new")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = make_parser()
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version"):
        misplaced = next((a for a in argv if a in COMMANDS), None)
        if misplaced:  # argparse would say "unrecognized arguments: build"
            parser.error(f"the command comes first: build_site.py {misplaced} "
                         + " ".join(a for a in argv if a != misplaced))
        argv.insert(0, "build")  # `build` is the default command
    args = parser.parse_args(argv)
    if args.command == "new":
        _setup_logging(False, False)
        return new_briefing(args.folder, args.title, args.description)
    if args.config.is_dir() and (args.config / "mkdocs.yml").is_file():
        args.config = args.config / "mkdocs.yml"  # (the briefing's folder, as `new` made it: its configuration)
    for name, default in (("seeds", "seeds"), ("docs", "docs"), ("site", "site"), ("cache", ".cache/briefing")):
        if getattr(args, name) is None:  # the project's folders, wherever the command runs from
            setattr(args, name, args.config.parent / default)
    _setup_logging(args.verbose, args.quiet)
    try:
        previous = signal.signal(signal.SIGTERM, _terminated)  # `kill`, a service manager: as Ctrl-C
    except ValueError:  # not the main thread (main() called from a program's thread)
        previous = None
    try:
        return _run(args)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        log.error("interrupted. Nothing is half-written: %s/ and %s/ are each as they were, or wholly "
                  "this run's; run the command again to finish", args.docs, args.site)
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - a bug or the machine: one line, and not exit 1 ("some skipped")
        log.error("stopped by an unexpected error: %s (run again with -v for the details)", _one_line_error(exc))
        log.debug("%s", traceback.format_exc())
        return EXIT_FAILED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


PROJECT = Path(__file__).resolve().parents[1]  # the project's own briefing: the new one's model
DEFAULT_DESCRIPTION = ("News articles collected on one subject, cleaned, tagged and placed on a timeline "
                       "with the events they report.")


def new_briefing(folder: Path, title: str | None, description: str | None) -> int:
    """Make folder a new briefing modelled on the project's own: its mkdocs.yml under another
    name (every other setting, comments included, as they are), its templates and about page,
    the topics and entities files' instructions with no entries, an empty seeds/. Written into a
    sibling folder first and renamed into place: all of it, or nothing."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        log.error("%s already exists%s: give a new folder's name", folder,
                  "" if folder.is_dir() else " and is not a folder")
        return EXIT_FAILED
    title = " ".join((title or folder.resolve().name.replace("-", " ").replace("_", " ").capitalize()).split())
    description = " ".join((description or DEFAULT_DESCRIPTION).split())
    if not title:
        log.error("the site needs a name: give --title")
        return EXIT_FAILED
    staging = folder.resolve().parent / f".{folder.resolve().name}.new-{os.getpid()}"
    try:
        folder.resolve().parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        (staging / "mkdocs.yml").write_text(_renamed_config((PROJECT / "mkdocs.yml").read_text(encoding="utf-8"),
                                                            title, description), encoding="utf-8")
        for name, empty in (("topics.yml", TOPICS_EXAMPLE), ("entities.yml", ENTITIES_EXAMPLE)):
            (staging / name).write_text(_instructions(PROJECT / name) + empty, encoding="utf-8")
        shutil.copytree(PROJECT / "overrides", staging / "overrides")
        (staging / "docs").mkdir()
        shutil.copy(PROJECT / "docs" / "about.md", staging / "docs" / "about.md")
        (staging / "seeds").mkdir()
        (staging / ".gitignore").write_text(_generated_files_ignored(), encoding="utf-8")
        if folder.exists():
            folder.rmdir()  # (empty: checked above)
        staging.rename(folder)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        log.error("%s", _os_error(exc))
        return EXIT_FAILED
    config = folder / "mkdocs.yml"
    print(f"New briefing {title!r} in {folder}/. Next:\n"
          f"  1. put the articles in {folder / 'seeds'}/ (.txt, .md, .html, .mhtml or .eml);\n"
          f"  2. list the subject's topics in {folder / 'topics.yml'} and its people, organisations and "
          f"places in {folder / 'entities.yml'} (or build first and promote names from "
          f"{folder / 'entity-candidates.yml'});\n"
          f"  3. build: {shlex.quote(sys.executable)} {shlex.quote(str(PROJECT / 'build_site.py'))} build "
          f"--config {shlex.quote(str(config))}\n"
          f"     (or preview with serve instead of build); the site goes to {folder / 'site'}/.")
    return EXIT_OK


TOPICS_EXAMPLE = """
# For example:
#
# Export controls:
#   phrases: [export control*, entity list, chip curbs]
#   min_mentions: 3
"""
ENTITIES_EXAMPLE = """
# For example:
#
# - name: Gina Raimondo
#   type: person
#   description: US Secretary of Commerce, 2021-2025
# - name: Bureau of Industry and Security
#   type: organization
#   aliases: [BIS]
"""


def _generated_files_ignored() -> str:
    """A .gitignore for a briefing's folder: what every run makes again (the site, the cache,
    the generated pages, the candidates list, the locks), as the project's own lists them."""
    made = [line for line in (PROJECT / ".gitignore").read_text(encoding="utf-8").splitlines()
            if line.startswith(("/docs/", "/entity-candidates", "/.site", "/.docs"))]
    return ("# Made again by every run of build_site.py: seeds/, the .yml files, docs/about.md and\n"
            "# any page you write into docs/ yourself are the briefing's own.\n"
            + "\n".join(["/site/", "/.cache/", *made]) + "\n")


def _instructions(path: Path) -> str:
    """The comment block that opens a project file: its instructions, without its entries."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    head = []
    for line in lines:
        if line.strip() and not line.startswith("#"):
            break
        head.append(line)
    while head and not head[-1].strip():
        head.pop()
    return "".join(head)


def _renamed_config(text: str, title: str, description: str) -> str:
    """mkdocs.yml with another site_name and site_description (a value over several lines
    replaced whole), everything else as written; the two keys are added if it has none."""
    out, skipping, seen = [], False, set()
    for line in text.splitlines(keepends=True):
        if skipping and (line.startswith((" ", "\t")) or not line.strip()):
            continue
        skipping = False
        key = line.split(":", 1)[0]
        if key in ("site_name", "site_description") and ":" in line:
            seen.add(key)
            out.append(f"{key}: {json.dumps(title if key == 'site_name' else description, ensure_ascii=False)}\n")
            skipping = True
            continue
        out.append(line)
    missing = [f"{key}: {json.dumps(value, ensure_ascii=False)}\n"
               for key, value in (("site_name", title), ("site_description", description)) if key not in seen]
    return "".join(missing) + "".join(out)


def _terminated(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _one_line_error(exc: BaseException) -> str:
    """The innermost cause of exc, on one line: "No space left on device" rather than the
    wrapper's "mkdocs build crashed: ..."."""
    while exc.__cause__ is not None or exc.__context__ is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    if isinstance(exc, OSError):
        return _os_error(exc)
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0] if lines else ''}"


def _run(args: argparse.Namespace) -> int:
    if args.command == "serve":
        args.search = "material"  # live preview: no Pagefind index is built, so use Material's
    problem = _check_paths(args) or (_port_in_use(args.port) if args.command == "serve" else None)
    if problem:
        log.error("%s", problem)
        return EXIT_FAILED
    _other_briefing_hint(args)
    started = time.monotonic()
    try:
        opts = Options(
            seeds=args.seeds, docs=args.docs, config=args.config,
            topics=_config_file(args.topics, args.config.parent / "topics.yml", "articles get no topic tags"),
            entities=_config_file(args.entities, args.config.parent / "entities.yml",
                                  "only entities found in the text are listed"),
            candidates=args.candidates or args.config.parent / "entity-candidates.yml",
            max_bytes=int(args.max_size * 1e6),
            cache=None if args.no_cache else args.cache, jobs=args.jobs, search=args.search,
        )
        with run_lock(args.docs, "the pages in"):  # a build reads docs/ until the site is built
            result = convert(opts, progress=_progress(args.quiet))
            _topics_hint(opts.topics, result, opts.config)
            _curation_hints(opts, result)
            outcome = _conversion_outcome(args, result)
            if outcome is not None:
                return outcome
            converted = Converted(_summary(result), bool(result.briefing.failures or result.ignored_entries
                                                         or result.metadata_problems),
                                  len(result.briefing.articles), result.search, _sources(result))
            del result  # the pages are on disk: free the corpus before MkDocs and Pagefind run
            gc.collect()
            if args.command == "build":
                return _build(args, converted, started)
        return _serve(args, converted)  # the preview only reads docs/: another run may convert meanwhile
    except (SeedError, ConfigError, LockError) as exc:
        log.error("%s", exc)
        return EXIT_FAILED
    except OSError as exc:
        log.error("%s", _os_error(exc))
        return EXIT_FAILED


def _conversion_outcome(args: argparse.Namespace, result: ConvertResult) -> int | None:
    """Report the conversion; the exit status when the run ends here, None when the site is
    to be built or served."""
    briefing = result.briefing
    n_ok, n_bad = len(briefing.articles), len(briefing.failures)
    if args.verbose:
        _print_decisions(briefing)
    if n_ok == 0:
        log.error("0 articles converted, %d skipped; nothing to build, and %s/ is left as it was. Put .txt, .md, "
                  ".html, .mhtml or .eml articles in %s/%s", n_bad, args.docs, args.seeds,
                  " (why each was skipped is said above)" if n_bad else "")
        return EXIT_FAILED
    if args.command != "convert":
        return None
    _say(f"{_summary(result)}, pages in {args.docs}/ ({result.changed} changed, {len(result.removed)} removed, "
         f"{_sources(result)}" + ("; listing pages unchanged" if result.listings_reused else "") + ")")
    return EXIT_SOME_SKIPPED if n_bad or result.ignored_entries or result.metadata_problems else EXIT_OK


UNTAGGED_HINT_MIN_ARTICLES = 4


def _topics_hint(topics: Path | None, result: ConvertResult, config: Path) -> None:
    """Most articles matching no topic: the topics file is likely another briefing's (the
    project's example is on Microsoft and China), so say where to describe this one's, and
    name the site's title, which is likely that briefing's too."""
    articles = result.briefing.articles
    untagged = sum(1 for a in articles if not a.tags)
    if topics is not None and len(articles) >= UNTAGGED_HINT_MIN_ARTICLES and 2 * untagged > len(articles) \
            and load_topics(topics):  # (a file that lists no topic says no tags are wanted)
        log.warning("%d of %d articles match no topic in %s: are its topics another subject's? List this "
                    "briefing's topics and the phrases that signal them there, and check the site's name, "
                    "%r, and description in %s (README: \"Starting a new briefing\")",
                    untagged, len(articles), topics, site_info(config).name, config)


def _curation_hints(opts: Options, result: ConvertResult) -> None:
    """What an empty topics or entities file (a new briefing's) leaves off the site, and where
    to start filling it: said at every run, as a note (-q hides it)."""
    if not result.briefing.articles:
        return
    if opts.topics is not None and not load_topics(opts.topics):
        log.info("%s lists no topics: the articles get no topic tags (list the subject's topics and the "
                 "phrases that signal them there to have them)", opts.topics)
    if not result.briefing.entities:
        where = opts.entities or opts.config.parent / "entities.yml"
        names = _entries(opts.candidates)
        log.info("%s, so the site has no entity pages%s",
                 f"{where} lists no entities" if not _entries(opts.entities) else
                 f"the articles name none of the entities in {where}",
                 f": {names} names the articles give are listed in {opts.candidates}; copy the people, "
                 f"organisations and places you want pages for into {where}" if names else "")


def _entries(path: Path | None) -> int:
    """How many entries the YAML list in path has (0 if none, or no such file)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) \
            if path is not None else None
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return 0
    return len(data) if isinstance(data, list) else 0


def _summary(result: ConvertResult) -> str:
    n_ok, n_bad = len(result.briefing.articles), len(result.briefing.failures)
    summary = f"{n_ok} article{'s' if n_ok != 1 else ''} converted, {n_bad} skipped"
    summary += f" ({_skipped(result.briefing.failures)})" if n_bad else ""
    if ignored := result.ignored_entries:
        # (said in the summary, which -q keeps: the corrections of a renamed seed's entry are not on its page)
        named = ", ".join(ignored[:SUMMARY_SKIPPED_NAMES]) + (f" and {len(ignored) - SUMMARY_SKIPPED_NAMES} more"
                                                            if len(ignored) > SUMMARY_SKIPPED_NAMES else "")
        summary += (f"; {len(ignored)} metadata.yml entr{'y' if len(ignored) == 1 else 'ies'} unused, "
                    f"naming no seed: {named}")
    if n := result.metadata_problems:
        # (a misspelt key, "autors:", or a date not as YYYY-MM-DD: that correction is not on its page)
        summary += f"; {n} metadata.yml field{'s' if n != 1 else ''} not used (why each is said above)"
    return summary


def _sources(result: ConvertResult) -> str:
    """How many articles were extracted, re-analysed, or taken from the cache."""
    total = len(result.briefing.articles) + len(result.briefing.failures)
    return (f"{total - result.from_cache - result.reanalysed} extracted, "
            + (f"{result.reanalysed} re-analysed, " if result.reanalysed else "")
            + f"{result.from_cache} from cache")


@dataclass
class Converted:
    """What the site build needs to know of the conversion (not the corpus itself)."""

    summary: str
    some_skipped: bool
    articles: int
    search: str  # the engine the pages were written for
    sources: str  # how many articles were extracted, re-analysed, taken from the cache


WATCH_SECONDS = 1.0


def _watch_seeds(args: argparse.Namespace) -> None:
    """While the preview runs: when a seed, metadata.yml, topics.yml or entities.yml changes
    (and has stayed so for one more look), convert again in a child process, as
    `build_site.py convert` would; MkDocs' live reload then rebuilds from the new pages. (A
    process of its own: it takes the docs lock like any run, and forks its workers from a
    process without the server's threads.)"""
    import subprocess

    # (As verbose as the preview was asked to be: its warnings, "the page moved" among them,
    # are news to the analyst who just edited a seed.)
    command = [sys.executable, str(Path(__file__).resolve().parents[1] / "build_site.py"), "convert",
               *(["-q"] if args.quiet else ["-v"] if args.verbose else []),
               "--seeds", str(args.seeds), "--docs", str(args.docs), "--config", str(args.config),
               "--search", "material", "--max-size", str(args.max_size)]
    for name in ("topics", "entities", "candidates", "jobs"):
        if getattr(args, name) is not None:
            command += [f"--{name}", str(getattr(args, name))]
    command += ["--no-cache"] if args.no_cache else ["--cache", str(args.cache)]
    config_dir = args.config.parent
    watched = [args.topics or config_dir / "topics.yml", args.entities or config_dir / "entities.yml"]
    converted = _signature(args.seeds, watched)
    while True:
        time.sleep(WATCH_SECONDS)
        now = _signature(args.seeds, watched)
        if now == converted or now != _signature(args.seeds, watched):
            continue  # unchanged, or still being written
        converted = now
        _say(f"{args.seeds}/ changed: converting again …")
        subprocess.run(command, check=False)


def _signature(seeds: Path, files: list[Path]) -> list[tuple[str, int, int]]:
    """Names, sizes and modification times of every file under seeds/ and of the given files."""
    paths = [os.path.join(folder, name) for folder, _, names in os.walk(seeds) for name in names]
    out = []
    for path in [*paths, *map(str, files)]:
        try:
            st = os.stat(path)
        except OSError:
            continue  # gone meanwhile: its absence is the change
        out.append((path, st.st_size, st.st_mtime_ns))
    return sorted(out)


def _port_in_use(port: int) -> str | None:
    """Why the preview cannot listen on 127.0.0.1:port, found before the conversion rewrites
    docs/ (None when it can)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as MkDocs' server does
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            return (f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc} (is another preview running? "
                    "choose another with --port N); nothing was converted")
    return None


def _serve(args: argparse.Namespace, converted: Converted) -> int:
    from .site import SiteError, serve

    _say(f"{converted.summary}; serving on http://127.0.0.1:{args.port}/ (Ctrl-C to stop; "
         f"edits to {args.seeds}/ are converted again and the preview reloads)")
    threading.Thread(target=_watch_seeds, args=(args,), name="seeds-watch", daemon=True).start()
    try:
        serve(args.config, args.docs, f"127.0.0.1:{args.port}")
    except SiteError as exc:
        log.error("%s", exc)
        return EXIT_FAILED
    except OSError as exc:
        log.error("cannot serve on 127.0.0.1:%s: %s (is another preview running? choose another with --port N)",
                  args.port, exc.strerror or exc)
        return EXIT_FAILED
    return EXIT_OK


def _build(args: argparse.Namespace, converted: Converted, started: float) -> int:
    from .site import SiteError, build_site

    summary = converted.summary
    long_run = not args.quiet and converted.articles >= 50
    if long_run:
        then = "then a Pagefind index and checks" if converted.search == "pagefind" else "then checks"
        _say_progress(f"converted ({converted.sources}); building the site (mkdocs build --strict, {then}) …")
    try:
        with run_lock(args.site, "the site in"):
            built = build_site(args.config, args.docs, args.site, search=converted.search, jobs=args.jobs,
                               say=_say_progress if long_run else None)
    except (SiteError, LockError, OSError) as exc:
        log.error("%s", _os_error(exc) if isinstance(exc, OSError) else exc)
        _say(f"{summary}; site NOT built")
        return EXIT_FAILED
    seconds = time.monotonic() - started
    _say(f"{summary}, site in {args.site}/ ({built.report.pages} pages, "
         f"{built.report.links_checked} links checked; {converted.sources}; {seconds:.1f} s in all)")
    if not args.quiet:
        _say(f"Preview it with: {_serve_command(args)}, or put {args.site}/ on any web server "
             "(opened from disk as files, its links lead to folders and search stays off)")
        from .feed import DEFAULT_SITE_URL, FeedInfo

        info = FeedInfo.from_config(args.config)
        if info.site_url.startswith(DEFAULT_SITE_URL):
            _say(f"Before publishing, give the site its address: site_url in {args.config} is still the "
                 f"placeholder {DEFAULT_SITE_URL} (canonical links, sitemap, feed); set it there, or run "
                 "with SITE_URL=https://…/ in the environment")
        if info.description == " ".join(DEFAULT_DESCRIPTION.split()):
            _say(f"The home page, the feed and link previews describe the briefing as \"{DEFAULT_DESCRIPTION}\": "
                 f"say what it covers in site_description in {args.config}")
    return EXIT_SOME_SKIPPED if converted.some_skipped else EXIT_OK


def _positive(kind: type) -> Callable[[str], object]:
    """An argparse type: a number of `kind` above zero."""
    def parse(text: str) -> object:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not value > 0 or value == float("inf"):
            raise argparse.ArgumentTypeError(f"must be a number above 0, not {text!r}")
        return value
    parse.__name__ = kind.__name__  # argparse names the type in its messages
    return parse


def _other_briefing_hint(args: argparse.Namespace) -> None:
    """Seeds given from another briefing's folder (one with its own mkdocs.yml, as `new` makes
    it) while the configuration is this one's: the site would get this briefing's name, topics
    and entities. Said before converting, with the option that builds that briefing."""
    own = args.seeds.resolve().parent / "mkdocs.yml"
    if own.is_file() and own != args.config.resolve():
        log.warning("%s is in another briefing's folder, %s, which has its own mkdocs.yml; this run uses %s, and "
                    "with it its site name, topics and entities. To build that briefing, give --config %s",
                    args.seeds, own.parent, args.config, own)


def _check_paths(args: argparse.Namespace) -> str | None:
    """What is wrong with the folders and the configuration file given, before anything is
    written; None when nothing is."""
    if args.seeds.exists() and not args.seeds.is_dir():
        return f"--seeds {args.seeds} is a file; give the folder that holds the articles"
    for option, path in (("--docs", args.docs), ("--site", args.site)):
        if path.exists() and not path.is_dir():
            return f"{option} {path} is a file, where the pages go: move it away, or give another folder"
    if args.config.is_dir():
        return f"--config {args.config} is a folder with no mkdocs.yml in it: give the briefing's mkdocs.yml"
    if not args.config.is_file():
        where = "" if args.config.is_absolute() else f" in {Path.cwd()}"
        if args.config != Path("mkdocs.yml"):  # (given: the advice to give it would point the wrong way)
            folder = args.config.parent if args.config.suffix in (".yml", ".yaml") else args.config
            return (f"{args.config} not found{where}: give --config the mkdocs.yml of a briefing, or start a briefing "
                    f"there with: build_site.py new {folder}")
        return (f"{args.config} not found{where}: run build_site.py from the project folder (where "
                "mkdocs.yml is), or give --config FILE")
    try:
        raw = raw_config(args.config, strict=True)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return f"{args.config}: cannot be read: {' '.join(str(exc).split())}"
    except ValueError as exc:
        return f"{args.config} is not an MkDocs configuration: {exc}; give the project's mkdocs.yml with --config"
    theme = raw.get("theme")
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if args.command != "convert" and isinstance(custom, str) and not (args.config.parent / custom).is_dir():
        # (found now, not by MkDocs after a long conversion)
        return (f"{args.config}: the theme's custom_dir, {custom!r}, is no folder beside it: copy the project's "
                f"{custom}/ (the site's templates and styles) next to {args.config.name}, or take custom_dir out "
                "of its theme settings")
    seeds, docs, site = (path.resolve() for path in (args.seeds, args.docs, args.site))
    for name, inner, outer_name, outer in (
        ("--docs", docs, "--seeds", seeds), ("--site", site, "--seeds", seeds),
        ("--seeds", seeds, "--docs", docs), ("--seeds", seeds, "--site", site),
        ("--site", site, "--docs", docs), ("--docs", docs, "--site", site),
    ):
        if inner == outer or outer in inner.parents:
            return (f"{name} {inner} is inside {outer_name} {outer}: each would be read as the other's "
                    "content; give folders side by side")
    return None


def _config_file(given: Path | None, default: Path, without: str) -> Path | None:
    """The file given (ConfigError when it is missing), else the default beside mkdocs.yml
    when it exists; a missing default is said, with what it means."""
    if given is not None:
        if not given.is_file():
            raise ConfigError(f"{given} not found (give an existing file, or leave the option out)")
        return given
    if default.is_file():
        return default
    log.warning("%s not found: %s", default, without)
    return None


def _os_error(exc: OSError) -> str:
    """An operating-system error as one line that names the file."""
    where = f": {exc.filename}" if exc.filename else ""
    if isinstance(exc, (FileExistsError, NotADirectoryError)):
        # (a file where a folder of pages goes: docs/articles written as a file)
        advice = "a file is in the way of a folder the pages go in: move it away"
    else:
        advice = "check the folder's permissions and free space"
    return f"{exc.strerror or exc}{where}; nothing was changed there ({advice})"


def _skipped(failures: list) -> str:  # type: ignore[type-arg]
    """The skipped seeds for the summary line: with their reasons when they are few, else
    their names (the first SUMMARY_SKIPPED_NAMES), the reasons being each on its line above."""
    if len(failures) <= SUMMARY_SKIPPED:
        return "; ".join(str(f) for f in failures)
    named = ", ".join(f.source_file for f in failures[:SUMMARY_SKIPPED_NAMES])
    more = len(failures) - SUMMARY_SKIPPED_NAMES
    return named + (f" and {more} more" if more > 0 else "") + "; why each was skipped is said above"


def _serve_command(args: argparse.Namespace) -> str:
    """The command that previews this very site (the folders and files of this run)."""
    options = [
        f"--{name} {shlex.quote(str(value))}"
        for name, value, default in (
            # (seeds/ and docs/ default to the --config file's folder, as in this run)
            ("seeds", args.seeds, args.config.parent / "seeds"), ("docs", args.docs, args.config.parent / "docs"),
            ("config", args.config, Path("mkdocs.yml")), ("topics", args.topics, None),
            ("entities", args.entities, None), ("candidates", args.candidates, None),
        )
        if value is not None and value != default
    ]
    python, script = shlex.quote(_python()), shlex.quote(_script())
    if not options and script == "build_site.py":
        return f"make serve  (or {python} build_site.py serve)"
    return " ".join([python, script, "serve", *options])


def _python() -> str:
    """This interpreter as the user can type it here (the project's .venv/bin/python): a
    bare `python` may be one without the project's packages."""
    rel = os.path.relpath(sys.executable)
    if rel.startswith(".."):
        return os.path.normpath(sys.executable)  # (run as ../repo/.venv/bin/python: no "x/../" in it)
    return rel if os.sep in rel else f".{os.sep}{rel}"


def _script() -> str:
    """build_site.py as the user can type it here (run from another folder: its path)."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0].endswith("build_site.py") else None
    if script is None:
        return "build_site.py"
    rel = os.path.relpath(script.resolve())
    return script.resolve().as_posix() if rel.startswith("..") else rel


def _say(message: str) -> None:
    print(message, flush=True)


def _say_progress(message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def _version() -> str:
    """This tool's version and those of the libraries that shape the site it builds."""
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__

    def of(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "not installed"

    return (f"build_site.py {__version__} (MkDocs {of('mkdocs')}, Material {of('mkdocs-material')}, "
            f"Markdown {of('markdown')}, trafilatura {of('trafilatura')}, Pagefind {of('pagefind')}; "
            f"Python {sys.version.split()[0]})")


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
    # jieba (Chinese words for Material's search) sets its logger to DEBUG, with a handler of
    # its own, when imported: "Building prefix dict ..." twice over. Only -v shows it.
    logging.getLogger("jieba").disabled = not verbose
