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


def test_large_index_is_built_in_parts_and_searched_as_one(
        pagefind_build: Run, tmp_path, monkeypatch, page) -> None:  # type: ignore[no-untyped-def]
    """Past PAGEFIND_PART_PAGES article pages the index is written in parts (Pagefind keeps a
    whole index in memory); the search page merges them, so results are the same as one index."""
    import shutil

    from briefing import site as site_module

    site = tmp_path / "site"
    shutil.copytree(pagefind_build.site, site)
    shutil.rmtree(site / "pagefind")
    monkeypatch.setattr(site_module, "PAGEFIND_PART_PAGES", 2)
    assert site_module.run_pagefind(site) == 3  # 5 article pages, at most 2 per part
    bundle = site / "pagefind"
    others = json.loads((bundle / site_module.PAGEFIND_PARTS_FILE).read_text(encoding="utf-8"))
    assert others == ["part-2/", "part-3/"]
    counts = []
    for entry_file in [bundle / "pagefind-entry.json", *(bundle / p / "pagefind-entry.json" for p in others)]:
        entry = json.loads(entry_file.read_text(encoding="utf-8"))
        counts.append(sum(lang["page_count"] for lang in entry["languages"].values()))
    assert sum(counts) == 5 and max(counts) <= 2 and min(counts) >= 1
    assert not list(tmp_path.glob("site.part-*"))  # the hard-link trees are gone
    one = json.loads((pagefind_build.site / "pagefind" / site_module.PAGEFIND_PARTS_FILE).read_text("utf-8"))
    assert one == []  # the seeds fit in one index

    server, url = serve_directory(site)
    try:
        page.goto(url + "search/")
        page.locator("#pagefind-search input").fill("Microsoft")
        results = page.locator(".pagefind-ui__result")
        results.first.wait_for(timeout=10_000)
        page.wait_for_function("() => document.querySelectorAll('.pagefind-ui__result').length >= 5",
                               timeout=10_000)
        hrefs = {results.nth(i).locator("a.pagefind-ui__result-link").first.get_attribute("href")
                 for i in range(results.count())}
        assert len(hrefs) == 5 and all("/articles/" in h and "pagefind" not in h for h in hrefs)
        # Section titles and excerpts are text: no pilcrows from the permalinks.
        page.locator(".pagefind-ui__result-nested").first.wait_for(timeout=10_000)
        assert "¶" not in page.locator("#pagefind-search").inner_text()
        results.first.locator("a.pagefind-ui__result-link").first.click()
        page.wait_for_url("**/articles/**highlight=**")
        page.locator("mark.pagefind-highlight").first.wait_for(timeout=10_000)
        assert page.console_errors == [] and page.foreign_requests == []
    finally:
        server.shutdown()
