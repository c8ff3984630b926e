"""Build-site stage: run the real `mkdocs build --strict`, check the result, publish atomically.

The site is built into a temporary folder next to the target; only when MkDocs and
the post-build checks pass does it replace the previous site, so an interrupted or
failed build leaves the last good site in place.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from .check import SiteReport, check_site

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
    from mkdocs.exceptions import ConfigurationError

    overrides: dict[str, object] = _extra_override(config_file, docs_dir)
    raw = raw_config(config_file)
    if search == "pagefind":
        overrides["plugins"] = [p for p in raw.get("plugins") or [] if p != "search" and not (
            isinstance(p, dict) and "search" in p)]
        overrides["nav"] = [*(raw.get("nav") or []), {"Search": "search.md"}]
        overrides["extra_javascript"] = [*(raw.get("extra_javascript") or []), PAGEFIND_SCRIPT]
    try:
        return load_config(
            str(config_file), docs_dir=str(docs_dir.resolve()), site_dir=str(site_dir.resolve()), strict=True,
            **overrides,
        )
    except ConfigurationError as exc:
        raise SiteError(f"{config_file}: {exc}") from exc


def _extra_override(config_file: Path, docs_dir: Path) -> dict[str, object]:
    """mkdocs.yml's `extra` plus the tags whose listings the converter paged itself (their
    chips link there: overrides/partials/tags.html), when there are any."""
    from .write import manifest_mapping

    tag_pages = manifest_mapping(docs_dir, "tag_pages")
    if not tag_pages:
        return {}
    extra = raw_config(config_file).get("extra")
    return {"extra": {**(extra if isinstance(extra, dict) else {}), "tag_pages": tag_pages}}


def raw_config(config_file: Path) -> dict[str, object]:
    """mkdocs.yml as plain data (MkDocs' own tags such as !ENV read as null)."""
    import yaml

    class _Loader(yaml.SafeLoader):
        pass

    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    data = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_Loader)
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


def run_pagefind(site_dir: Path, say: Say | None = None) -> int:
    """Index the built article pages with Pagefind (a chunked index: each query loads a little).

    Returns the number of index parts. Part 1 is written to pagefind/, part i > 1 to
    pagefind/part-i/, each from a tree of hard links to its pages, one Pagefind run at a
    time so that memory stays that of one part.
    """
    parts = pagefind_parts(site_dir)
    bundle = site_dir / "pagefind"
    if len(parts) == 1:
        if say:
            say(f"pagefind: indexing {len(parts[0]):,} article pages …")
        _pagefind(site_dir, bundle)
    else:
        for i, pages in enumerate(parts, start=1):
            if say:
                say(f"pagefind: indexing part {i} of {len(parts)} ({len(pages):,} article pages) …")
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
                _pagefind(tree, bundle if i == 1 else bundle / f"part-{i}")
            finally:
                shutil.rmtree(tree, ignore_errors=True)
    others = [f"part-{i}/" for i in range(2, len(parts) + 1)]
    (bundle / PAGEFIND_PARTS_FILE).write_text(json.dumps(others) + "\n", encoding="utf-8")
    return len(parts)


def _pagefind(site_dir: Path, output: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-path", str(output), "--silent",
         # The pilcrows of heading and paragraph permalinks are not text to search or to quote.
         "--exclude-selectors", ".headerlink", "--exclude-selectors", ".para-anchor"],
        capture_output=True, text=True,
    )
    if proc.returncode != 0:
        raise SiteError(f"pagefind failed: {(proc.stderr or proc.stdout).strip()[:500]}")


Say = Callable[[str], None]  # progress messages for long builds


def run_mkdocs(config, say: Say | None = None) -> None:  # type: ignore[no-untyped-def]
    """`mkdocs build` in a forked child, so the memory it holds for every page is returned
    to the system before Pagefind runs. MkDocs' own errors come back as SiteError.

    say, if given, hears every PROGRESS_SECONDS how many pages are written so far.
    """
    import multiprocessing
    import traceback

    from mkdocs.commands.build import build
    from mkdocs.exceptions import Abort, MkDocsException

    def child(conn) -> None:  # type: ignore[no-untyped-def]
        try:
            build(config)
            conn.send(None)
        except (Abort, MkDocsException) as exc:
            conn.send(("mkdocs", str(exc)))
        except BaseException:  # noqa: BLE001 - reported by the parent, with the traceback
            conn.send(("crash", traceback.format_exc()))
        finally:
            conn.close()

    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:  # no fork on this platform: build in this process
        try:
            build(config)
        except (Abort, MkDocsException) as exc:
            raise SiteError(f"mkdocs build --strict failed: {exc}") from exc
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
    raise RuntimeError(f"mkdocs build crashed:\n{message}")


PROGRESS_SECONDS = 10.0


def _count_pages(site_dir: Path) -> int:
    return sum(1 for _ in site_dir.rglob("index.html")) if site_dir.is_dir() else 0


def build_site(config_file: Path, docs_dir: Path, site_dir: Path, search: str | None = None,
               say: Say | None = None) -> SiteResult:
    """mkdocs build --strict into a temporary folder, check it, then swap it into place.

    search: the engine the pages were written for; by default what the conversion
    recorded in the docs manifest (Material's when nothing is recorded).
    """
    from .write import manifest_setting

    search = search or manifest_setting(docs_dir, "search") or "material"
    if search not in SEARCH_ENGINES:
        raise SiteError(f"unknown search engine {search!r} (use one of {', '.join(SEARCH_ENGINES)})")
    staging = site_dir.with_name(f".{site_dir.name}.building")
    shutil.rmtree(staging, ignore_errors=True)
    config = load_mkdocs_config(config_file, docs_dir, staging, search)
    try:
        run_mkdocs(config, say)
        if search == "pagefind":
            run_pagefind(staging, say)
    except SiteError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise SiteError(f"{exc} (the previous site, if any, is unchanged)") from exc
    base_path = urlsplit(config.get("site_url") or "/").path or "/"
    if say:
        say(f"checking {_count_pages(staging):,} pages (links, nothing executable from the articles) …")
    report = check_site(staging, base_path if base_path.endswith("/") else base_path + "/")
    if report.unsafe or report.broken:
        for problem in report.unsafe + report.broken:
            log.error("%s", problem)
        shutil.rmtree(staging, ignore_errors=True)
        what = []
        if report.unsafe:
            what.append(f"{len(report.unsafe)} unsafe element(s) or attribute(s) from article content")
        if report.broken:
            what.append(f"{len(report.broken)} broken internal link(s)")
        raise SiteError("post-build check failed: " + ", ".join(what) + "; the previous site is unchanged")
    for problem in report.duplicate_ids:
        log.warning("%s", problem)
    _swap_into_place(staging, site_dir)
    return SiteResult(site_dir, report)


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
