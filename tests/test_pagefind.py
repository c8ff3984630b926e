"""Pagefind search (the engine for large briefings), on the seeds built with --search pagefind."""

from __future__ import annotations

import json
from typing import Iterator

import pytest

from briefing.pipeline import PAGEFIND_MIN_ARTICLES, search_engine
from conftest import Run, run_build_site, screenshot, serve_directory


@pytest.fixture(scope="module")
def pagefind_build(tmp_path_factory: pytest.TempPathFactory) -> Run:
    root = tmp_path_factory.mktemp("pagefind")
    run = run_build_site("--search", "pagefind", docs=root / "docs", site=root / "site")
    assert run.returncode == 0, run.output
    return run


@pytest.fixture(scope="module")
def pagefind_url(pagefind_build: Run) -> Iterator[str]:
    server, url = serve_directory(pagefind_build.site)
    yield url
    server.shutdown()


def test_auto_switches_to_pagefind_for_large_briefings() -> None:
    assert search_engine("auto", PAGEFIND_MIN_ARTICLES - 1) == "material"
    assert search_engine("auto", PAGEFIND_MIN_ARTICLES) == "pagefind"
    assert search_engine("material", 10_000) == "material"


def test_pagefind_replaces_the_single_json_index(pagefind_build: Run) -> None:
    site = pagefind_build.site
    assert not (site / "search" / "search_index.json").exists()
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = sum(lang["page_count"] for lang in entry["languages"].values())
    assert pages == 5  # only the article bodies are indexed (data-pagefind-body)
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="search/"' in home  # the Search page is in the navigation


def test_search_page_finds_and_highlights(pagefind_url: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(pagefind_url + "search/")
    page.locator("#pagefind-search input").fill("KubeRay")
    results = page.locator(".pagefind-ui__result")
    results.first.wait_for(timeout=10_000)
    assert results.count() == 1
    link = results.first.locator("a.pagefind-ui__result-link")
    assert "microsoft-partners-with-ccp-linked-tiktok" in (link.get_attribute("href") or "")
    screenshot(page, "pagefind-results")
    link.click()
    page.wait_for_url("**/articles/**highlight=**")
    mark = page.locator("mark.pagefind-highlight").first
    mark.wait_for(timeout=10_000)
    assert mark.inner_text() == "KubeRay"
    screenshot(page, "pagefind-highlight")
    assert page.console_errors == [] and page.foreign_requests == []
