"""The hostile corpus in a real browser: no dialog, no script from content, no foreign request.

The fixtures try `window.__pwned=1; alert(1)` through every route in RELIABILITY.md
section 6 (body text, event handlers, links, titles printed raw by Material, search).
"""

from __future__ import annotations

from typing import Iterator

import pytest

from conftest import Run, serve_directory
from test_reliability import hostile_build  # noqa: F401  (the shared session fixture)


@pytest.fixture(scope="module")
def hostile_url(hostile_build: Run) -> Iterator[str]:  # noqa: F811
    server, url = serve_directory(hostile_build.site)
    yield url
    server.shutdown()


def _article_urls(run: Run, base: str) -> list[str]:
    return sorted(f"{base}articles/{p.parent.name}/" for p in (run.site / "articles").glob("*/index.html"))


def _assert_clean(pg, where: str) -> None:  # type: ignore[no-untyped-def]
    assert pg.evaluate("window.__pwned") is None, f"script from content ran on {where}"
    assert pg.dialogs == [], (where, pg.dialogs)
    assert pg.foreign_requests == [], (where, pg.foreign_requests)


def test_every_article_page_is_inert(page, hostile_build: Run, hostile_url: str) -> None:  # noqa: F811
    urls = _article_urls(hostile_build, hostile_url)
    assert len(urls) > 40
    for url in urls:
        page.goto(url, wait_until="load")
        # Hover and click through the article body: attr_list handlers, links.
        page.hover("div.article-body")
        _assert_clean(page, url)
    for extra in ("", "timeline/", "sources/", "tags/", "entities/"):
        page.goto(hostile_url + extra, wait_until="load")
        _assert_clean(page, hostile_url + extra)


def test_entity_pages_show_hostile_titles_and_sentences_as_text(page, hostile_build: Run,  # noqa: F811
                                                              hostile_url: str) -> None:
    """An entity page lists its articles' titles and sentences in HTML the converter writes
    (not Markdown): all of it must arrive as text."""
    urls = sorted(f"{hostile_url}entities/{p.parent.name}/" for p in (hostile_build.site / "entities").glob("*/index.html"))
    assert urls
    shown = ""
    for url in urls:
        page.goto(url, wait_until="load")
        _assert_clean(page, url)
        assert page.locator(".entity-mentions img, .entity-mentions script, .entity-mentions iframe").count() == 0, url
        shown += page.locator(".md-content").inner_text()
    assert "<img src=x onerror" in shown  # a hostile headline, shown as the text it is


def test_hostile_title_is_text_in_header_and_tab(page, hostile_build: Run, hostile_url: str) -> None:  # noqa: F811
    url = next(u for u in _article_urls(hostile_build, hostile_url) if "img-src-x-onerror" in u)
    page.goto(url, wait_until="load")
    assert "img src=x onerror" in page.title()
    header = page.locator(".md-header__topic[data-md-component=header-topic]").inner_text()
    assert "script" in header and page.locator(".md-header__topic img, .md-header__topic script").count() == 0
    _assert_clean(page, url)


def test_search_results_do_not_run_titles(page, hostile_url: str) -> None:
    """Material's search UI inserts result titles with innerHTML."""
    page.goto(hostile_url, wait_until="load")
    page.locator("input.md-search__input").click()
    page.keyboard.type("Microsoft lab")
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    results = page.locator(".md-search-result").inner_text()
    assert "Microsoft" in results
    page.wait_for_timeout(300)
    assert page.locator(".md-search-result img[onerror], .md-search-result script").count() == 0
    _assert_clean(page, "search results")


def test_search_shows_hostile_bylines_as_text(page, hostile_build: Run, hostile_url: str) -> None:  # noqa: F811
    """The byline is in Material's search index (a search for a writer finds the article):
    an author or publication with markup in it is shown as text there too."""
    page.goto(hostile_url, wait_until="load")
    page.locator("input.md-search__input").click()
    page.keyboard.type("Bylinetrap")
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    results = page.locator(".md-search-result")
    assert "<script>window.__pwned=1</script>Sourcetrap" in results.inner_text()
    assert "/articles/svg-" in (results.locator("a").first.get_attribute("href") or "")
    page.wait_for_timeout(300)
    assert page.locator(".md-search-result img, .md-search-result script").count() == 0
    _assert_clean(page, "search results for a byline")


def _on_a_phone(browser, hostile_build: Run, hostile_url: str, seed: str):  # type: ignore[no-untyped-def]
    """A fresh context at a phone's width (360 px) on the article page of this seed, checked
    to have run none of the seed's script; returns the context and the page."""
    slug = next(p.stem for p in (hostile_build.docs / "articles").glob("*.md")
                if f"source_file: {seed}" in p.read_text(encoding="utf-8"))
    context = browser.new_context(viewport={"width": 360, "height": 740})
    pg = context.new_page()
    pg.goto(f"{hostile_url}articles/{slug}/", wait_until="load")
    assert pg.evaluate("window.__pwned") is None
    return context, pg


def test_a_copied_table_shows_its_cells_as_text_and_scrolls_on_a_phone(browser, hostile_build: Run,  # noqa: F811
                                                                       hostile_url: str) -> None:
    """A table copied with an article (cells split by tabs) is a table on the page: its
    cells, a script tag and an <img onerror> among them, are text; on a phone's width the
    table scrolls inside itself (the page does not widen) and can be reached by keyboard."""
    context, pg = _on_a_phone(browser, hostile_build, hostile_url, "table_cells.txt")
    table = pg.locator("div.article-table table")
    assert table.count() == 1
    assert table.locator("th").all_inner_texts() == ["Lab", "Opened", "Note"]
    cells = table.locator("td").all_inner_texts()
    assert "<script>window.__pwned=1;alert(1)</script>" in cells and "1998" in cells
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    region = pg.locator("div.article-table")
    assert region.get_attribute("tabindex") == "0" and region.get_attribute("role") == "region"
    assert pg.evaluate("getComputedStyle(document.querySelector('div.article-table table')).display") == "table"
    context.close()


def test_a_code_listing_shows_its_lines_as_text_and_scrolls_on_a_phone(browser, hostile_build: Run,  # noqa: F811
                                                                       hostile_url: str) -> None:
    """A code listing copied with a post is shown as written, a script tag in it as text; on
    a phone's width its long lines scroll inside the block, which a keyboard can reach, and the
    page does not widen."""
    context, pg = _on_a_phone(browser, hostile_build, hostile_url, "code_listing.txt")
    code = pg.locator("div.article-body pre code")
    assert code.count() == 1
    shown = code.inner_text()
    assert "page.body = \"<script>window.__pwned=1;alert(1)</script>\"" in shown
    assert "\n    return page  # </code></pre>" in shown and "*not emphasis*" in shown
    assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert pg.evaluate("(() => { const c = document.querySelector('div.article-body pre code');"
                       " return c.scrollWidth > c.clientWidth; })()")
    assert code.get_attribute("tabindex") == "0"  # a keyboard reaches it to scroll it (Material's script)
    context.close()
