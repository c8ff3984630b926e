"""Shared fixtures: run the real converter and the real MkDocs build, serve, drive Chromium.

Nothing here mocks MkDocs: `build_site` runs `python build_site.py ...` as a user would.
"""

from __future__ import annotations

import fnmatch
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = REPO / "seeds"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = REPO / "test-artifacts"
# Flags for a root, offline sandbox: without the background-networking ones Chromium
# keeps trying to reach Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


@dataclass
class Run:
    """One run of build_site.py."""

    returncode: int
    stdout: str
    stderr: str
    docs: Path
    site: Path

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_build_site(*args: str, seeds: Path = SEEDS, docs: Path, site: Path | None = None,
                   command: str = "build", extra_env: dict[str, str] | None = None,
                   timeout: float = 600) -> Run:
    """Run `python build_site.py COMMAND --seeds .. --docs .. --site ..` from the repo root."""
    site = site or docs.parent / "site"
    cmd = [sys.executable, str(REPO / "build_site.py"), command, "--seeds", str(seeds),
           "--docs", str(docs), "--site", str(site), "--candidates", str(docs.parent / "candidates.yml"), *args]
    env = {**os.environ, **(extra_env or {})}
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout, env=env)
    return Run(proc.returncode, proc.stdout, proc.stderr, docs, site)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The five seeds converted and built into a temporary docs/ and site/ (once per session)."""
    root = tmp_path_factory.mktemp("seeds-build")
    run = run_build_site(docs=root / "docs", site=root / "site")
    assert run.returncode == 0, run.output
    return run


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _SlowHandler(_QuietHandler):
    slow: tuple[str, float] = ("", 0.0)  # (path pattern, seconds): such requests are answered late
    seen: list[tuple[str, float]]  # (path, time.monotonic() on arrival) of each such request

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        pattern, seconds = self.slow
        path = self.path.split("?")[0]
        if pattern and fnmatch.fnmatch(path, pattern):
            self.seen.append((path, time.monotonic()))
            time.sleep(seconds)
        super().do_GET()


def serve_directory(directory: Path, slow: tuple[str, float] | None = None) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve a folder on 127.0.0.1 (a free port); returns the server and its base URL.

    slow: (a glob of request paths, seconds): those requests are answered that much later;
    server.slow_seen lists them as they arrive."""
    seen: list[tuple[str, float]] = []
    if slow:
        handler = functools.partial(type("Slow", (_SlowHandler,), {"slow": slow, "seen": seen}),
                                    directory=str(directory))
    else:
        handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.slow_seen = seen  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def seeds_site_url(seeds_build: Run) -> Iterator[str]:
    """Base URL of the built seeds site, served on loopback."""
    server, url = serve_directory(seeds_build.site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian chromium driven by Playwright (never `playwright install`)."""
    if not Path(CHROMIUM).exists():
        message = "chromium is not installed (apt-get install chromium; .ci/run does this)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must run the browser tests, never skip them
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A fresh page (own context) that records console errors and requests to other hosts."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.console_errors = []  # type: ignore[attr-defined]
    pg.foreign_requests = []  # type: ignore[attr-defined]
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("console", lambda msg: msg.type == "error" and pg.console_errors.append(msg.text))
    pg.on("pageerror", lambda exc: pg.console_errors.append(str(exc)))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))

    def _route(route, request):  # type: ignore[no-untyped-def]
        if request.url.startswith(("http://127.0.0.1", "data:", "blob:", "about:")):
            route.continue_()
        else:
            pg.foreign_requests.append(request.url)
            route.abort()

    context.route("**/*", _route)
    yield pg
    context.close()


def screenshot(pg, name: str) -> Path:  # type: ignore[no-untyped-def]
    """Save a screenshot under test-artifacts/ (kept by CI as evidence)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=False)
    return path


# A Romanian article: its names and words carry marks (î, ș, ă) that readers leave out when
# they type them.
ROMANIAN_PAGE = "\n\n".join([
    "Analistul Cristian Pîrvulescu despre turul doi", "De Ioana Ștefănescu", "12 mai 2025",
    "Politologul Cristian Pîrvulescu spune că Nicușor Dan a câștigat dezbaterea de aseară, "
    "iar sondajele arată o cursă strânsă până în ultima zi a campaniei.",
    "Biroul Electoral Central a anunțat că prezența la vot în diaspora a depășit un milion "
    "de alegători înainte de închiderea secțiilor din străinătate.",
    "Rezultatele finale vor fi publicate luni dimineață, după numărarea voturilor din toate județele.",
])
ROMANIAN_ARTICLE = "articles/analistul-cristian-pirvulescu-despre-turul-doi/"
# The same people in an English wire's spelling, without the marks.
WIRE_PAGE = "\n\n".join([
    "Centrist mayor Nicusor Dan wins Romania's presidential run-off", "By Jane Doe", "May 19, 2025",
    "BUCHAREST - Bucharest mayor Nicusor Dan won Romania's presidential run-off on Sunday, beating a hard-right "
    "rival after a campaign that drew record turnout, official results showed.",
    "Dan, a mathematician who founded a civic movement, promised to keep the country anchored in the European "
    "Union and to fight corruption in the public administration.",
    "Turnout in the diaspora passed one million voters for the first time, the electoral bureau said on Monday.",
])
