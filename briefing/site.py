"""Build-site stage: run the real `mkdocs build --strict`, check the result, publish atomically.

The site is built into a temporary folder next to the target; only when MkDocs and
the post-build checks pass does it replace the previous site, so an interrupted or
failed build leaves the last good site in place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

from . import die_with_parent
from .check import SiteReport, check_record, check_site
from .read import read_yaml

log = logging.getLogger(__name__)

# MkDocs 1.6 logs these under "mkdocs.*"; Material prints its end-of-life banner there too.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


class SiteError(Exception):
    """The site was not built; the message says why and what to do."""


@dataclass
class SiteResult:
    site_dir: Path
    report: SiteReport


SEARCH_ENGINES = ("material", "pagefind")
PAGEFIND_SCRIPT = "assets/pagefind-search.js"


def load_mkdocs_config(config_file: Path, docs_dir: Path, site_dir: Path,  # type: ignore[no-untyped-def]
                       search: str = "material"):
    """The project's mkdocs.yml with the docs and site folders of this run, strict.

    With search="pagefind" Material's own search plugin is left out (its single JSON
    index does not scale) and a Search page is added to the navigation instead.
    """
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    overrides: dict[str, object] = _extra_override(config_file, docs_dir)
    raw = raw_config(config_file)
    if search == "pagefind":
        overrides["plugins"] = [p for p in raw.get("plugins") or [] if p != "search" and not (
            isinstance(p, dict) and "search" in p)]
        overrides["nav"] = [*(raw.get("nav") or []), {"Search": "search.md"}]
        overrides["extra_javascript"] = [*(raw.get("extra_javascript") or []), PAGEFIND_SCRIPT]
    try:
        config = load_config(
            str(config_file), docs_dir=str(docs_dir.resolve()), site_dir=str(site_dir.resolve()), strict=True,
            **overrides,
        )
    except (ConfigurationError, Abort) as exc:  # Abort: MkDocs logged each error above it
        raise SiteError(f"{config_file}: {exc}") from exc
    # The search plugin has imported jieba (Chinese word segmentation), which logs every
    # loading of its dictionary to stderr at DEBUG level: keep its warnings only.
    logging.getLogger("jieba").setLevel(logging.WARNING)
    return config


def _extra_override(config_file: Path, docs_dir: Path) -> dict[str, object]:
    """mkdocs.yml's `extra` plus the tags whose listings the converter paged itself (their
    chips link there: overrides/partials/tags.html), when there are any."""
    from .write import manifest_mapping

    tag_pages = manifest_mapping(docs_dir, "tag_pages")
    if not tag_pages:
        return {}
    extra = raw_config(config_file).get("extra")
    return {"extra": {**(extra if isinstance(extra, dict) else {}), "tag_pages": tag_pages}}


def raw_config(config_file: Path, strict: bool = False) -> dict[str, object]:
    """mkdocs.yml as plain data (MkDocs' own tags such as !ENV read as null). With strict, a
    file whose top level is not `key: value` settings raises ValueError; otherwise it reads
    as no settings."""
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    data = read_yaml(config_file, _Loader)
    if strict and not isinstance(data, dict):
        raise ValueError(f"its top level is {'empty' if data is None else 'a ' + type(data).__name__}, "
                         "not `key: value` settings such as `site_name: ...`")
    return data if isinstance(data, dict) else {}


# Pagefind holds the whole index in memory while it writes it (about 0.3 MB per article
# page): past this many article pages the index is built in parts of at most this size,
# one after another, and the search page merges them (Pagefind's mergeIndex). Parts also
# make each query's index chunks smaller, so results come sooner.
PAGEFIND_PART_PAGES = 2500
PAGEFIND_PARTS_FILE = "briefing-parts.json"  # in the main bundle: the other parts' folders


def pagefind_parts(site_dir: Path) -> list[list[Path]]:
    """The article pages of a built site split into index parts (one part for small sites).

    A page's part depends only on its folder name, so adding articles moves no others.
    """
    pages = sorted((site_dir / "articles").glob("*/index.html"))
    k = max(1, -(-len(pages) // PAGEFIND_PART_PAGES))
    parts: list[list[Path]] = [[] for _ in range(k)]
    for page in pages:
        digest = hashlib.blake2b(page.parent.name.encode("utf-8"), digest_size=4).digest()
        parts[int.from_bytes(digest, "big") % k].append(page)
    return parts


def run_pagefind(site_dir: Path, say: Say | None = None, previous: Path | None = None,
                 record: Path | None = None, jobs: int | None = None) -> int:
    """Index the built article pages with Pagefind (a chunked index: each query loads a little).

    Returns the number of index parts. Part 1 is written to pagefind/, part i > 1 to
    pagefind/part-i/, each from a tree of hard links to its pages. Up to
    PAGEFIND_AT_ONCE parts (and no more than `jobs`, default one per core) are indexed at
    the same time: one Pagefind run keeps about one and a half cores busy, and holds the
    index of its part in memory (~0.6 GB for 2,500 article pages).

    previous, record: the site of the previous build and where this build's record of its
    parts goes (pagefind_manifest). A part whose pages are those of the previous build,
    byte for byte, indexed by the same Pagefind with the same options, is taken over from
    the previous site instead of indexed again.
    """
    import threading
    from concurrent.futures import ThreadPoolExecutor

    parts = pagefind_parts(site_dir)
    bundle = site_dir / "pagefind"
    names = [sorted(page.relative_to(site_dir).as_posix() for page in pages) for pages in parts]
    stamp = [_pagefind_version(), PAGEFIND_OPTIONS]
    old = _previous_parts(previous, stamp, names)
    todo: list[tuple[int, list[Path], Path]] = []
    for i, pages in enumerate(parts, start=1):
        out = bundle if i == 1 else bundle / f"part-{i}"
        if previous is not None and i in old and _same_pages(site_dir, previous, names[i - 1]):
            if say:
                say(f"pagefind: part {i} of {len(parts)} unchanged, taken from the previous site")
            _copy_bundle(previous / out.relative_to(site_dir), out, skip_parts=i == 1)
        else:
            todo.append((i, pages, out))

    said = threading.Lock()  # one progress line at a time from the parts' threads

    def index(i: int, pages: list[Path], out: Path) -> None:
        if say:
            with said:
                say(f"pagefind: indexing {len(pages):,} article pages …" if len(parts) == 1 else
                    f"pagefind: indexing part {i} of {len(parts)} ({len(pages):,} article pages) …")
        if len(parts) == 1:
            _pagefind(site_dir, out)
            return
        tree = site_dir.with_name(f"{site_dir.name}.part-{i}")
        shutil.rmtree(tree, ignore_errors=True)
        try:
            for page in pages:
                target = tree / page.relative_to(site_dir)
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(page, target)
                except OSError:
                    shutil.copyfile(page, target)
            _pagefind(tree, out)
        finally:
            shutil.rmtree(tree, ignore_errors=True)

    at_once = max(1, min(PAGEFIND_AT_ONCE, jobs or _cores(), len(todo)))
    with ThreadPoolExecutor(at_once) as pool:
        # Every part is waited for (its tree removed) before the first failure is raised.
        futures = [pool.submit(index, *job) for job in todo]
    for future in futures:
        future.result()
    others = [f"part-{i}/" for i in range(2, len(parts) + 1)]
    (bundle / PAGEFIND_PARTS_FILE).write_text(json.dumps(others) + "\n", encoding="utf-8")
    if record is not None:
        tmp = record.with_name(record.name + ".tmp")
        tmp.write_text(json.dumps({"stamp": stamp, "parts": names}), encoding="utf-8")
        os.replace(tmp, record)
    return len(parts)


# Pagefind runs at a time. Two, measured at 10,000 articles on two cores: the four parts
# in 18.2 s against 27.0 s one after another (medians of three, alternating), for a peak
# of the site build's processes together of 1.23 GB against 0.65 GB (bench/README.md).
PAGEFIND_AT_ONCE = 2


PAGEFIND_OPTIONS = [
    # The pilcrows of heading and paragraph permalinks are not text to search or to quote.
    "--exclude-selectors", ".headerlink", "--exclude-selectors", ".para-anchor",
]


def pagefind_manifest(site_dir: Path) -> Path:
    """Where a built site's record of its Pagefind parts is kept: beside the site."""
    return site_dir.with_name(f".{site_dir.name}.pagefind.json")


def _pagefind_version() -> str | None:
    from importlib import metadata

    try:
        return metadata.version("pagefind")
    except metadata.PackageNotFoundError:
        return None


def _previous_parts(previous: Path | None, stamp: list[object], names: list[list[str]]) -> set[int]:
    """The parts (1-based) the previous build indexed from the same list of pages."""
    if previous is None:
        return set()
    try:
        data = json.loads(pagefind_manifest(previous).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    if not isinstance(data, dict) or data.get("stamp") != stamp or data.get("parts") is None \
            or len(data["parts"]) != len(names):
        return set()
    return {i for i, (old, new) in enumerate(zip(data["parts"], names), start=1) if old == new}


def _same_pages(site_dir: Path, previous: Path, names: list[str]) -> bool:
    """Every page the same file as in the previous site (taken over), or the same bytes."""
    import filecmp

    for name in names:
        new, old = site_dir / name, previous / name
        try:
            a, b = new.stat(), old.stat()
        except OSError:
            return False
        if (a.st_ino, a.st_dev) != (b.st_ino, b.st_dev) and not filecmp.cmp(new, old, shallow=False):
            return False
    return True


def _copy_bundle(src: Path, dest: Path, skip_parts: bool) -> None:
    """A previous index part into this site (hard links where possible); the main part
    without the other parts' folders and list, which this build writes."""
    def link(a: str, b: str) -> None:
        try:
            os.link(a, b)
        except OSError:
            shutil.copyfile(a, b)

    def ignore(folder: str, entries: list[str]) -> list[str]:
        if not skip_parts or Path(folder) != src:
            return []
        return [e for e in entries if e.startswith("part-") or e == PAGEFIND_PARTS_FILE]

    shutil.copytree(src, dest, copy_function=link, ignore=ignore, dirs_exist_ok=True)


def _pagefind(site_dir: Path, output: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-path", str(output), "--silent",
         *PAGEFIND_OPTIONS],
        capture_output=True, text=True,
    )
    if proc.returncode != 0:
        raise SiteError(f"pagefind failed: {(proc.stderr or proc.stdout).strip()[:500]}")


Say = Callable[[str], None]  # progress messages for long builds


@contextlib.contextmanager
def _build_date(docs_dir: Path) -> Iterator[None]:
    """MkDocs dates every page by the day of the build (the sitemap's <lastmod>), so the
    same docs built on another day made another site. Unless SOURCE_DATE_EPOCH is set
    (the reproducible-builds convention MkDocs follows), the build is dated by the newest
    article's publication date that the conversion recorded; with no dated article, by
    the day of the build, as MkDocs does. A gzip file (MkDocs' sitemap.xml.gz) holds times
    from 1970 to 2106 only: an archive of older articles is dated 1 January 1970."""
    from .write import manifest_setting

    updated = manifest_setting(docs_dir, "updated")
    try:
        day = dt.datetime.strptime(updated or "", "%Y-%m-%d").replace(tzinfo=dt.timezone.utc)
    except ValueError:
        day = None
    if day is None or "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(min(max(int(day.timestamp()), 0), 2**32 - 1))
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def run_mkdocs(config, say: Say | None = None, jobs: int | None = None,  # type: ignore[no-untyped-def]
               reuse: PageReuse | None = None) -> None:
    """`mkdocs build` in a forked child, so the memory it holds for every page is returned
    to the system before Pagefind runs. MkDocs' own errors come back as SiteError.

    say, if given, hears every PROGRESS_SECONDS how many pages are written so far.
    jobs: processes that render pages (default one per core; see _PageSplit for when).
    reuse: the previous build's pages to take over where nothing they depend on changed.
    """
    import multiprocessing
    import traceback

    from mkdocs.commands.build import build
    from mkdocs.exceptions import Abort, MkDocsException

    def child(conn) -> None:  # type: ignore[no-untyped-def]
        die_with_parent()
        split = _PageSplit.start(config, jobs, reuse)
        outside_nav = _OutsideNav()
        logging.getLogger("mkdocs").addHandler(outside_nav)
        try:
            build(config)
            outcome = None
        except (Abort, MkDocsException) as exc:
            outcome = ("mkdocs", str(exc) + (OUTSIDE_NAV_HINT if outside_nav.seen else ""))
        except BaseException:  # noqa: BLE001 - reported by the parent, with the traceback
            outcome = ("crash", traceback.format_exc())
        if split is not None:
            split.finish(outcome)  # in a page worker this reports to the first process and exits
        conn.send(outcome)
        conn.close()

    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:  # no fork on this platform: build in this process
        outside_nav = _OutsideNav()
        logging.getLogger("mkdocs").addHandler(outside_nav)
        try:
            build(config)
        except (Abort, MkDocsException) as exc:
            raise SiteError(f"mkdocs build --strict failed: {exc}"
                            + (OUTSIDE_NAV_HINT if outside_nav.seen else "")) from exc
        finally:
            logging.getLogger("mkdocs").removeHandler(outside_nav)
        return
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=child, args=(send,), name="mkdocs-build")
    proc.start()
    send.close()
    total = sum(1 for _ in Path(config["docs_dir"]).rglob("*.md")) if say else 0
    started = time.monotonic()
    try:
        while say and not receive.poll(PROGRESS_SECONDS):
            # MkDocs converts every page's Markdown first, then writes the pages out.
            written = _count_pages(Path(config["site_dir"]))
            elapsed = f"{time.monotonic() - started:.0f} s"
            say(f"mkdocs: {written:,} of {total:,} pages written ({elapsed})" if written else
                f"mkdocs: converting the Markdown of {total:,} pages ({elapsed}) …")
        outcome = receive.recv()
    except EOFError:
        outcome = ("crash", "the mkdocs build process ended without a result")
    proc.join()
    if outcome is None and proc.exitcode == 0:
        return
    kind, message = outcome or ("crash", f"the mkdocs build process exited with code {proc.exitcode}")
    if kind == "mkdocs":
        raise SiteError(f"mkdocs build --strict failed: {message}")
    last = next((line.strip() for line in reversed(message.splitlines()) if line.strip()), "")
    raise RuntimeError(f"mkdocs build crashed ({last})\n{message}")


PROGRESS_SECONDS = 10.0

OUTSIDE_NAV_HINT = (" (a page you added to docs/ must be listed in mkdocs.yml: under `nav:` to have it"
                    " in the menu, or under `not_in_nav:` to publish it without a menu entry)")


class _OutsideNav(logging.Handler):
    """Notes MkDocs' warning about pages in docs/ that the nav leaves out (fatal in strict mode)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen = False

    def emit(self, record: logging.LogRecord) -> None:
        if 'not included in the "nav" configuration' in str(record.msg):
            self.seen = True

# From this many Markdown pages (and more than one core), MkDocs renders the pages outside
# the navigation in one process per core: see _PageSplit.
PARALLEL_MIN_PAGES = 400
SPLIT_SAFE_PLUGINS = frozenset({"material/tags"})


class _PageSplit:
    """`mkdocs build` with the pages rendered by several processes.

    MkDocs converts every page's Markdown and then writes every page, in one process;
    Markdown conversion is most of a large build (at 10,000 articles, minutes of one core
    while the other waits). Here the build forks into `jobs` processes just before it
    reads the first page. Every process reads every page's source and front matter (the
    tags plugin needs them all), but converts and writes only its share of the pages
    outside the navigation; the first process also does the navigation's pages, the
    theme's files and the end of the build. Before MkDocs checks anchor links, the others send it the anchors their
    pages have and link to, and how many warnings they logged (strict: any warning fails
    the build), then exit. The files written are those of a one-process build, byte for
    byte (tests/test_scale.py compares them).

    It wraps three MkDocs 1.6 internals (build._populate_page, build._build_page,
    Page.render), in the forked build process only. Where they are missing, or a plugin
    other than tags is active (the search plugin collects every page into one index),
    or the site is small, the build runs in one process. A plain `mkdocs build` of the
    same configuration gives the same site.

    Shared out are the pages outside the navigation (articles, entity, timeline and listing
    pages), each to the process with the fewest bytes of Markdown so far; the navigation's
    pages stay with process 0, and so does a page with a tags listing. A page without a
    title in its front matter is converted by every process (its title comes from its
    first heading, and a tags listing may show it) but written by one.
    """

    def __init__(self, jobs: int, originals: tuple) -> None:  # type: ignore[type-arg]
        self.jobs = jobs
        self.populate, self.build_page, self.render = originals
        self.rank = 0  # 0: the process MkDocs started in; 1..jobs-1: page workers
        self.forked = False
        self.children: list[tuple[int, object]] = []  # (pid, receiving connection) in process 0
        self.conn = None  # in a worker: the connection to process 0
        self.counted = None  # in a worker: its warning counter
        self.owner: dict[str, int] = {}  # src_uri -> the process that writes the page
        self.mine: set[str] = set()  # src_uri of the pages this process writes
        self.reuse: PageReuse | None = None

    @staticmethod
    def applies(config, jobs: int | None) -> bool:  # type: ignore[no-untyped-def]
        """Whether a build of this configuration is shared out (`jobs` None: one per core)."""
        if (jobs or _cores()) < 2 or not set(config.plugins) <= SPLIT_SAFE_PLUGINS:
            return False
        return sum(1 for _ in Path(config["docs_dir"]).rglob("*.md")) >= PARALLEL_MIN_PAGES

    @classmethod
    def start(cls, config, jobs: int | None, reuse: PageReuse | None = None) -> _PageSplit | None:  # type: ignore[no-untyped-def]
        """In the build process: wrap MkDocs' page steps, when the build is to be shared out
        or pages of the previous build may be reused (then possibly in this process alone)."""
        parallel = cls.applies(config, jobs)
        if reuse is not None and not reuse.applies(config):
            reuse = None
        if not parallel and reuse is None:
            return None
        try:
            import mkdocs.commands.build as mk_build
            from mkdocs.structure.pages import Page

            originals = (mk_build._populate_page, mk_build._build_page, Page.render)
        except (ImportError, AttributeError):
            return None
        split = cls((jobs or _cores()) if parallel else 1, originals)
        split.reuse = reuse
        mk_build._populate_page = split._populate_page
        mk_build._build_page = split._build_page

        def render(page, config, files) -> None:  # type: ignore[no-untyped-def]
            split._render(page, config, files)

        Page.render = render  # type: ignore[method-assign]
        return split

    # -- the wrapped MkDocs steps -------------------------------------------------------

    def _populate_page(self, page, config, files, dirty=False):  # type: ignore[no-untyped-def]
        if not self.forked:
            self.owner = self._plan(files.documentation_pages())
            if self.reuse is not None:
                self.reuse.plan(config, files.documentation_pages())
            self._fork(config)
        return self.populate(page, config, files, dirty)

    def _plan(self, doc_files) -> dict[str, int]:  # type: ignore[no-untyped-def]
        """Who writes each page: decided once, before the fork, so every process agrees."""
        load = [0] * self.jobs
        owner: dict[str, int] = {}
        for file in doc_files:
            size = os.path.getsize(file.abs_src_path) if file.abs_src_path else 0
            rank = min(range(self.jobs), key=load.__getitem__) if file.inclusion.is_not_in_nav() else 0
            load[rank] += size
            owner[file.src_uri] = rank
        return owner

    def _render(self, page, config, files) -> None:  # type: ignore[no-untyped-def]
        rank = self.owner.get(page.file.src_uri, 0)
        listing = _has_tags_listing(page, config)
        if rank and listing:
            rank = self.owner[page.file.src_uri] = 0
        if rank == self.rank:
            self.mine.add(page.file.src_uri)
            if self.reuse is None:
                self.render(page, config, files)
            elif not self.reuse.take(page, files, listing):
                self.reuse.render(self.render, page, config, files)
        elif "title" not in page.meta:
            self.render(page, config, files)  # for its title; another process writes it
        else:
            page.content = ""  # another process converts and writes this page
        # Nothing reads a page's Markdown once it is converted (or left to another
        # process): freed, so that each process holds only its share of the sources.
        page.markdown = ""

    def _build_page(self, page, config, doc_files, nav, env, dirty=False, excluded=False):  # type: ignore[no-untyped-def]
        if page.file.src_uri in self.mine:
            if self.reuse is not None and page.file.src_uri in self.reuse.reused:
                self.reuse.copy_page(page)
            else:
                self.build_page(page, config, doc_files, nav, env, dirty, excluded)
            page.content = ""  # written: only its anchors are needed from here on
        if page.file is doc_files[-1]:  # MkDocs' last page: the workers are done
            if self.rank:
                self._report(doc_files)
            else:
                self._gather(doc_files)

    # -- processes ----------------------------------------------------------------------

    def _fork(self, config) -> None:  # type: ignore[no-untyped-def]
        import multiprocessing

        from mkdocs.utils import CountHandler

        self.forked = True
        ctx = multiprocessing.get_context("fork")
        for rank in range(1, self.jobs):
            receive, send = ctx.Pipe(duplex=False)
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:  # a page worker: no theme files, no tags export, no end of build
                die_with_parent()
                receive.close()
                for _, other in self.children:
                    other.close()  # type: ignore[attr-defined]
                self.children, self.rank, self.conn = [], rank, send
                self.counted = CountHandler()
                self.counted.setLevel(logging.WARNING)
                logging.getLogger("mkdocs").addHandler(self.counted)
                import mkdocs.commands.build as mk_build
                from mkdocs.structure.files import Files

                mk_build._build_theme_template = lambda *a, **k: None
                mk_build._build_extra_template = lambda *a, **k: None
                Files.copy_static_files = lambda *a, **k: None  # type: ignore[method-assign]
                for plugin in config.plugins.values():
                    if "export" in getattr(plugin, "config", {}):
                        plugin.config["export"] = False  # the tags file: written by process 0
                return
            send.close()
            self.children.append((pid, receive))

    def _report(self, doc_files) -> None:  # type: ignore[no-untyped-def]
        """In a worker, after its last page: what process 0 needs, then exit."""
        pages = []
        for file in doc_files:
            if file.src_uri in self.mine and file.page is not None:
                page = file.page
                links = {to.src_uri: dict(found) for to, found in (page.links_to_anchors or {}).items()}
                targets = self.reuse.targets.get(file.src_uri) if self.reuse is not None else None
                pages.append((file.src_uri, sorted(page.present_anchor_ids or ()), links, targets))
        warnings = sum(count for _, count in self.counted.get_counts()) if self.counted else 0
        self._exit(("ok", {"warnings": warnings, "pages": pages}))

    def _exit(self, message) -> None:  # type: ignore[no-untyped-def]
        try:
            self.conn.send(message)  # type: ignore[attr-defined]
            self.conn.close()  # type: ignore[attr-defined]
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(0)

    def _gather(self, doc_files) -> None:  # type: ignore[no-untyped-def]
        """In process 0, after its last page: wait for the workers and take in their pages'
        anchors, so MkDocs checks every anchor link as it would in one process."""
        from mkdocs.exceptions import Abort

        by_uri = {file.src_uri: file for file in doc_files}
        problems, warnings = [], 0
        for pid, conn in self.children:
            try:
                kind, payload = conn.recv()  # type: ignore[attr-defined]
            except EOFError:
                kind, payload = "crash", f"page worker {pid} ended without a result"
            os.waitpid(pid, 0)
            if kind != "ok":
                problems.append(payload)
                continue
            warnings += payload["warnings"]
            for uri, present, links, targets in payload["pages"]:
                page = by_uri[uri].page
                page.present_anchor_ids = set(present)
                page.links_to_anchors = {by_uri[to]: found for to, found in links.items() if to in by_uri}
                if self.reuse is not None and targets is not None:
                    self.reuse.targets[uri] = targets
        self.children = []
        if self.reuse is not None and not problems and not warnings:
            self.reuse.record(doc_files)
        if problems:
            raise Abort("; ".join(problems))
        if warnings:
            logging.getLogger("mkdocs.commands.build").warning(
                "%d warning(s) from the article pages rendered in parallel (above)", warnings)

    def finish(self, outcome) -> None:  # type: ignore[no-untyped-def]
        """End of the build in this process: a worker that got here failed (it reports
        that and exits); process 0 stops any worker still running."""
        if self.rank:
            kind, message = outcome or ("crash", "the page worker left the build early")
            self._exit((kind, message if kind == "mkdocs" else f"page worker {self.rank}: {message}"))
        for pid, conn in self.children:
            conn.close()  # type: ignore[attr-defined]
            try:
                os.kill(pid, signal.SIGTERM)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        self.children = []


# -- pages reused from the previous build --------------------------------------------------

REUSE_FORMAT = 1  # bump when what a page's HTML depends on changes in this code
# Markdown extensions that read nothing but the page (snippets would include other files).
REUSE_EXTENSION_PACKAGES = ("markdown.extensions.", "pymdownx.", "material.extensions.")
REUSE_UNSAFE_EXTENSIONS = frozenset({"pymdownx.snippets"})
# What the HTML of a page also depends on: these packages' versions.
REUSE_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "pyyaml")


def pages_manifest(site_dir: Path) -> Path:
    """Where a built site's record of its pages is kept: beside the site, never published."""
    return site_dir.with_name(f".{site_dir.name}.pages.json")


class PageReuse:
    """The HTML of the previous build, taken over page by page where nothing changed.

    A page outside the navigation, with a title in its front matter and no tags listing,
    depends on its own Markdown, on the configuration (navigation titles included), the
    theme and the software, and on the files its links point to existing. When all of
    these are as they were at the previous build, its HTML is that build's, byte for
    byte: the file is hard-linked (or copied) from the previous site instead of being
    converted and rendered again, and what MkDocs needs from it for the whole site (its
    anchors, its links into other pages' anchors) comes from the record of that build.
    The record (pages_manifest) lists each page's Markdown digest and the size, mtime and
    inode of its HTML file, so a site edited by hand since is rendered afresh.
    """

    def __init__(self, previous_site: Path, manifest: Path, out: Path) -> None:
        self.previous = previous_site
        self.manifest = manifest
        self.out = out
        self.key: str | None = None
        self.digests: dict[str, str] = {}  # src_uri -> sha256 of the Markdown file
        self.eligible: set[str] = set()  # pages that could be reused (outside the nav, no listing)
        self.usable: dict[str, dict[str, object]] = {}  # src_uri -> the previous build's entry
        self.reused: set[str] = set()  # pages taken over in this process
        self.targets: dict[str, list[str]] = {}  # src_uri -> the files its links looked up

    @staticmethod
    def applies(config) -> bool:  # type: ignore[no-untyped-def]
        """Only where a page's HTML depends on nothing but what the key covers."""
        if not set(config.plugins) <= SPLIT_SAFE_PLUGINS or config.get("hooks") or config.get("nav") is None:
            return False
        for ext in config["markdown_extensions"]:
            if not isinstance(ext, str):
                return False
            name = ext if "." in ext else f"markdown.extensions.{ext}"
            if not name.startswith(REUSE_EXTENSION_PACKAGES) or name in REUSE_UNSAFE_EXTENSIONS:
                return False
        return True

    def plan(self, config, doc_files) -> None:  # type: ignore[no-untyped-def]
        """Before any page is read: digest every page and decide which may be taken over."""
        directives = {b"<!-- " + str(getattr(p, "config", {}).get("listings_directive", "material/tags")).encode()
                      for p in config.plugins.values()} or {b"<!-- material/tags"}
        untitled = set(_untitled_nav_pages(config["nav"]))
        listings, nav_sources = [], []
        for file in doc_files:
            if not file.abs_src_path:
                continue
            with open(file.abs_src_path, "rb") as fh:
                data = fh.read()
            digest = hashlib.sha256(data).hexdigest()
            self.digests[file.src_uri] = digest
            if any(d in data for d in directives):
                listings.append((file.src_uri, digest))
            elif file.src_uri in untitled:
                nav_sources.append((file.src_uri, digest))
            elif file.inclusion.is_not_in_nav():
                self.eligible.add(file.src_uri)
        self.key = _reuse_key(config, listings, nav_sources)
        previous = self._load()
        if previous.get("key") != self.key:
            return
        for file in doc_files:
            entry = previous["pages"].get(file.src_uri)  # type: ignore[union-attr]
            if file.src_uri not in self.eligible or not entry or entry.get("md") != self.digests[file.src_uri]:
                continue
            try:
                st = os.stat(os.path.join(self.previous, file.dest_uri))
            except OSError:
                continue
            if entry.get("html") == [st.st_size, st.st_mtime_ns, st.st_ino]:
                self.usable[file.src_uri] = entry

    def _load(self) -> dict[str, object]:
        try:
            with open(self.manifest, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) and isinstance(data.get("pages"), dict) else {}

    def take(self, page, files, listing: bool) -> bool:  # type: ignore[no-untyped-def]
        """Take the page over from the previous build, if nothing it depends on changed."""
        entry = self.usable.get(page.file.src_uri)
        if entry is None or listing or "title" not in page.meta:
            return False
        from mkdocs.utils import get_relative_url

        targets = entry["targets"]
        if any(files.get_file_from_path(t) is None for t in targets):  # type: ignore[union-attr]
            return False  # a linked file is gone: render it, and let MkDocs say so
        # MkDocs keeps each link as written, for its warning; the record keeps the anchors only.
        links = {target: {anchor: f"{get_relative_url(to, page.file.src_uri)}#{anchor}" for anchor in anchors}
                 for to, anchors in entry["links"].items()  # type: ignore[union-attr]
                 if (target := files.get_file_from_path(to)) is not None}
        page.content = ""
        page.present_anchor_ids = set(entry["anchors"])  # type: ignore[arg-type]
        page.links_to_anchors = links
        self.targets[page.file.src_uri] = list(targets)  # type: ignore[arg-type]
        self.reused.add(page.file.src_uri)
        return True

    def render(self, render, page, config, files) -> None:  # type: ignore[no-untyped-def]
        """Page.render, noting which files the page's links looked up."""
        recorder = _LookupRecorder(files)
        render(page, config, recorder)
        self.targets[page.file.src_uri] = sorted(recorder.looked_up)

    def copy_page(self, page) -> None:  # type: ignore[no-untyped-def]
        """The previous build's HTML of the page, into this build (a hard link where possible)."""
        src = os.path.join(self.previous, page.file.dest_uri)
        dest = page.file.abs_dest_path
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        try:
            os.link(src, dest)
        except OSError:
            shutil.copyfile(src, dest)

    def record(self, doc_files) -> None:  # type: ignore[no-untyped-def]
        """In the first process, once every page is written: the record of this build."""
        pages: dict[str, object] = {}
        for file in doc_files:
            page, uri = file.page, file.src_uri
            targets = self.targets.get(uri)
            if uri not in self.eligible or page is None or targets is None or "title" not in page.meta \
                    or page.present_anchor_ids is None:
                continue
            try:
                st = os.stat(file.abs_dest_path)
            except OSError:
                continue
            pages[uri] = {
                "md": self.digests[uri], "html": [st.st_size, st.st_mtime_ns, st.st_ino],
                "anchors": sorted(page.present_anchor_ids),
                "links": {to.src_uri: sorted(found) for to, found in (page.links_to_anchors or {}).items()},
                "targets": targets,
            }
        tmp = self.out.with_name(self.out.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump({"key": self.key, "pages": pages}, fh, separators=(",", ":"))
        os.replace(tmp, self.out)


class _LookupRecorder:
    """MkDocs' Files, noting every path a page's links look up."""

    def __init__(self, files) -> None:  # type: ignore[no-untyped-def]
        self._files = files
        self.looked_up: set[str] = set()

    def get_file_from_path(self, path: str):  # type: ignore[no-untyped-def]
        self.looked_up.add(path)
        return self._files.get_file_from_path(path)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._files, name)


def _untitled_nav_pages(nav) -> list[str]:  # type: ignore[no-untyped-def]
    """Navigation entries without a title of their own: their page's Markdown names them."""
    out: list[str] = []
    for item in nav or []:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                out.extend(_untitled_nav_pages(value) if isinstance(value, list) else [])
    return out


def _reuse_key(config, listings: list[tuple[str, str]], nav_sources: list[tuple[str, str]]) -> str:  # type: ignore[no-untyped-def]
    """Everything besides its own Markdown that a page's HTML depends on, digested."""
    from importlib import metadata

    versions = {}
    for dist in REUSE_PACKAGES:
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    theme_files = []
    custom_dir = getattr(config["theme"], "custom_dir", None)
    if custom_dir and os.path.isdir(custom_dir):
        for root, dirs, names in os.walk(custom_dir):
            dirs.sort()
            for name in sorted(names):
                path = os.path.join(root, name)
                with open(path, "rb") as fh:
                    theme_files.append((os.path.relpath(path, custom_dir), hashlib.sha256(fh.read()).hexdigest()))
    settings = {k: v for k, v in config.items() if k not in ("site_dir", "dev_addr", "watch")}
    theme = config["theme"]
    parts = {"format": REUSE_FORMAT, "python": sys.version_info[:2], "versions": versions,
             "config": _signature(settings), "theme": [getattr(theme, "name", None), _signature(getattr(theme, "dirs", None)),
                                                       sorted(getattr(theme, "static_templates", ()))],
             "theme_files": theme_files, "listings": listings,
             "nav_sources": nav_sources}
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def _signature(value, depth: int = 0):  # type: ignore[no-untyped-def]
    """A JSON-able, address-free picture of a configuration value."""
    import functools
    from collections.abc import Mapping

    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if depth > 8:
        return f"<{type(value).__qualname__}>"
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, functools.partial):
        return ["partial", _signature(value.func, depth + 1), _signature(list(value.args), depth + 1),
                _signature(value.keywords, depth + 1)]
    if isinstance(value, (list, tuple)):
        return [_signature(v, depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(json.dumps(_signature(v, depth + 1), sort_keys=True, default=str) for v in value)
    if isinstance(value, Mapping) or callable(getattr(value, "items", None)):
        return {str(k): _signature(v, depth + 1) for k, v in value.items()}
    if hasattr(value, "config") and hasattr(value, "on_config"):  # a plugin: its settings
        return [type(value).__qualname__, _signature(value.config, depth + 1)]
    if callable(value) and hasattr(value, "__qualname__"):
        return f"{getattr(value, '__module__', '')}.{value.__qualname__}"
    text = repr(value)
    if " at 0x" not in text:
        return text
    return [type(value).__qualname__, _signature(vars(value), depth + 1)] if hasattr(value, "__dict__") \
        else type(value).__qualname__


def _has_tags_listing(page, config) -> bool:  # type: ignore[no-untyped-def]
    """Whether Material's tags plugin found a listing on this page (its on_page_markdown
    has just run); such pages are finished in process 0's on_env, with every tag known."""
    for plugin in config.plugins.values():
        listings = getattr(getattr(plugin, "listings", None), "data", ())
        if any(getattr(listing, "page", None) is page for listing in listings):
            return True
    return False


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _count_pages(site_dir: Path) -> int:
    return sum(1 for _ in site_dir.rglob("index.html")) if site_dir.is_dir() else 0


def build_site(config_file: Path, docs_dir: Path, site_dir: Path, search: str | None = None,
               say: Say | None = None, jobs: int | None = None, reuse_pages: bool = True) -> SiteResult:
    """mkdocs build --strict into a temporary folder, check it, then swap it into place.

    search: the engine the pages were written for; by default what the conversion
    recorded in the docs manifest (Material's when nothing is recorded).
    jobs: processes that render the article pages (default: one per core, for large sites).
    reuse_pages: take over the previous build's HTML of pages whose Markdown and everything
    else they depend on are unchanged (PageReuse), and its Pagefind index parts whose pages
    are unchanged; False renders and indexes every page.
    """
    from .write import manifest_setting

    search = search or manifest_setting(docs_dir, "search") or "material"
    if search not in SEARCH_ENGINES:
        raise SiteError(f"unknown search engine {search!r} (use one of {', '.join(SEARCH_ENGINES)})")
    staging = site_dir.with_name(f".{site_dir.name}.building")
    shutil.rmtree(staging, ignore_errors=True)
    records = pages_manifest(staging), pagefind_manifest(staging), check_record(staging)
    for built in records:
        built.unlink(missing_ok=True)
    try:
        return _build_checked(config_file, docs_dir, site_dir, staging, records, search, say, jobs, reuse_pages)
    except BaseException:  # Ctrl-C, a full disk, a bug: the previous site stays, nothing half-built beside it
        shutil.rmtree(staging, ignore_errors=True)
        for built in records:
            built.unlink(missing_ok=True)
        raise


def _build_checked(config_file: Path, docs_dir: Path, site_dir: Path, staging: Path, records: tuple[Path, ...],
                   search: str, say: Say | None, jobs: int | None, reuse_pages: bool) -> SiteResult:
    """build_site's work: build into staging, check, swap into place."""
    record, index_record, checked = records
    config = load_mkdocs_config(config_file, docs_dir, staging, search)
    reuse = PageReuse(site_dir, pages_manifest(site_dir), record) if reuse_pages else None
    try:
        with _build_date(docs_dir):
            run_mkdocs(config, say, jobs, reuse)
        if search == "pagefind":
            run_pagefind(staging, say, site_dir if reuse_pages else None, index_record, jobs)
        else:
            finish_search_index(config, staging)
    except SiteError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        for built in records:
            built.unlink(missing_ok=True)
        raise SiteError(f"{exc} (the previous site, if any, is unchanged)") from exc
    base_path = urlsplit(config.get("site_url") or "/").path or "/"
    if say:
        say(f"checking {_count_pages(staging):,} pages (links, nothing executable from the articles) …")
    report = check_site(staging, base_path if base_path.endswith("/") else base_path + "/",
                        check_record(site_dir) if reuse_pages else None, checked, own_pages(config))
    if say and report.pages_unchanged:
        say(f"checked: {report.pages_unchanged:,} of {report.pages:,} pages unchanged since the last check "
            "(their links resolved again)")
    if report.unsafe or report.broken:
        for problem in report.unsafe + report.broken:
            log.error("%s", problem)
        shutil.rmtree(staging, ignore_errors=True)
        for built in records:
            built.unlink(missing_ok=True)
        what = []
        if report.unsafe:
            what.append(f"{len(report.unsafe)} unsafe element(s) or attribute(s) from article content")
        if report.broken:
            what.append(f"{len(report.broken)} broken internal link(s)")
        raise SiteError("post-build check failed: " + ", ".join(what) + "; the previous site is unchanged")
    for problem in report.duplicate_ids:
        log.warning("%s", problem)
    _swap_into_place(staging, site_dir)
    # The record describes the site just swapped in; without one (a build that could not
    # reuse pages), the previous record is dropped with the site it described.
    for built, kept in zip(records, (pages_manifest(site_dir), pagefind_manifest(site_dir), check_record(site_dir))):
        if built.exists():
            os.replace(built, kept)
        else:
            kept.unlink(missing_ok=True)
    return SiteResult(site_dir, report)


def finish_search_index(config, site_dir: Path) -> int:  # type: ignore[no-untyped-def]
    """Material's search index, made to answer as a reader asks: bylines (index_bylines) and
    words typed without their marks (index_unmarked). Returns how many article pages got a
    byline."""
    index = site_dir / "search" / "search_index.json"
    if not index.is_file():
        return 0
    data = json.loads(index.read_text(encoding="utf-8"))
    done = index_bylines(config, data)
    index_unmarked(data)
    # As Material writes it; the staging folder is not published until the checks pass.
    index.write_text(json.dumps(data, separators=(",", ":"), default=str), encoding="utf-8")
    return done


def index_bylines(config, data: dict) -> int:  # type: ignore[no-untyped-def]
    """Each article's standfirst, publication and authors put before its text in the search
    index `data`, so that a search for a writer or a publication finds the articles
    themselves (Pagefind indexes them from the page: see the template).

    Material indexes a page's Markdown, and the header is the template's, drawn from the
    front matter: the Markdown body is the article's own text (the conversion contract).
    These are seed text, so they are escaped (Material's search shows an entry's text as
    HTML). Articles are the pages whose front matter has a source_file, as in the
    template. Returns how many pages got one.
    """
    import html

    from mkdocs.structure.files import File

    from .write import page_meta

    docs_dir = Path(config["docs_dir"])
    if not (docs_dir / "articles").is_dir():
        return 0
    bylines: dict[str, str] = {}
    for path in sorted((docs_dir / "articles").rglob("*.md")):
        try:
            meta = page_meta(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            continue
        authors = meta.get("authors") if isinstance(meta.get("authors"), list) else []
        parts = [str(v) for v in (meta.get("source"), *authors) if isinstance(v, str) and v.strip()]
        subtitle = meta.get("subtitle") if isinstance(meta.get("subtitle"), str) else ""
        if "source_file" in meta and (parts or subtitle.strip()):
            rel = path.relative_to(docs_dir).as_posix()
            url = File(rel, str(docs_dir), config["site_dir"], config["use_directory_urls"]).url
            bylines[url] = "".join(f"<p>{html.escape(' '.join(text.split()))}</p>"
                                   for text in (subtitle, " · ".join(parts)) if text.strip())
    done = 0
    for entry in data.get("docs", []):
        byline = bylines.pop(entry.get("location"), None)  # the page's first entry: its top
        if byline is not None:
            entry["text"] = byline + (" " + entry["text"] if entry.get("text") else "")
            done += 1
    return done


# Fields of the search index that hold a section's words as typed without their marks, with
# the weight of the field they come from (Material's defaults: a title word counts 1,000
# times a text word). Material's search worker indexes every field the index's config
# names, and shows only the title and the text: these are found, never seen.
UNMARKED_FIELDS = {"title_unmarked": ("title", 1e3), "text_unmarked": ("text", 1.0)}


def index_unmarked(data: dict) -> int:
    """Material's search finds a word only as written: "Pirvulescu" found nothing on pages
    that write "Pîrvulescu", though readers type names without their marks (Lunr has no
    folding, and Material's worker cannot be given one). Each entry of the index `data`
    whose title, tags or text hold such words gets them, unmarked, in fields of their own
    (UNMARKED_FIELDS); a query typed with the marks still finds the words as written.
    Returns how many entries got some."""
    import html
    import re

    from .text import unmarked_words

    tag = re.compile(r"<[^>]*>")
    done = 0
    for entry in data.get("docs", []):
        got = False
        for field, (source, _) in UNMARKED_FIELDS.items():
            value = entry.get(source)
            texts = [value] if isinstance(value, str) else []
            if source == "title" and isinstance(entry.get("tags"), list):
                texts += [t for t in entry["tags"] if isinstance(t, str)]
            words = unmarked_words(" ".join(html.unescape(tag.sub(" ", t)) for t in texts))
            if words:
                entry[field] = " ".join(words)
                got = True
        done += got
    if done:
        fields = data.setdefault("config", {}).setdefault("fields", {})
        for field, (source, boost) in UNMARKED_FIELDS.items():
            fields.setdefault(field, {"boost": (fields.get(source) or {}).get("boost", boost)})
    return done


# Folders of docs/ that hold article text: every page there is checked for active content,
# even one the user put there (a page pasted from a seed bypasses the converter's escaping).
ARTICLE_FOLDERS = ("articles/", "entities/")


def own_pages(config) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The built pages of the Markdown pages the user wrote (not in the conversion's manifest),
    outside the folders of article text (ARTICLE_FOLDERS)."""
    from mkdocs.structure.files import File

    from .write import manifest_mapping

    docs_dir = Path(config["docs_dir"])
    generated = manifest_mapping(docs_dir, "files")
    own = set()
    for path in docs_dir.rglob("*.md"):
        rel = path.relative_to(docs_dir).as_posix()
        if rel not in generated and not rel.startswith(ARTICLE_FOLDERS) \
                and not any(part.startswith(".") for part in rel.split("/")):
            own.add(File(rel, str(docs_dir), config["site_dir"], config["use_directory_urls"]).dest_uri)
    return frozenset(own)


def _swap_into_place(staging: Path, site_dir: Path) -> None:
    """Replace site_dir by staging with two renames (never a half-written site)."""
    old = site_dir.with_name(f".{site_dir.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    staging.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)


def serve(config_file: Path, docs_dir: Path, address: str) -> None:
    """Preview with live reload (MkDocs' own server), bound to the given address."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    # Served at the root of the preview address, whatever path site_url has for hosting.
    mkdocs_serve(config_file=str(config_file), docs_dir=str(docs_dir.resolve()), dev_addr=address,
                 site_url=f"http://{address}/", **_extra_override(config_file, docs_dir))
