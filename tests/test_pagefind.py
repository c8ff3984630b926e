"""Pagefind search (the engine for large briefings), on the seeds built with --search pagefind."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

import pytest

from briefing.pipeline import PAGEFIND_MIN_ARTICLES, search_engine
from briefing.text import strip_marks
from conftest import ROMANIAN_ARTICLE, ROMANIAN_PAGE, SEEDS, Run, run_build_site, screenshot, serve_directory


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


def test_the_home_and_not_found_pages_lead_to_the_search_page(pagefind_build: Run, seeds_build: Run) -> None:
    """With Pagefind there is no search box in the header: the home page said "search the full text
    (Search, at the top of every page)", and the 404 page "search for what you were looking for" with
    no way to. Both link the Search page; with Material's search (its box in the header) as before."""
    home = (pagefind_build.site / "index.html").read_text(encoding="utf-8")
    assert 'or <a href="search/">search the full text</a>.' in home
    assert "at the top of every page" not in home
    not_found = (pagefind_build.site / "404.html").read_text(encoding="utf-8")
    assert re.search(r'or\s+<a href="/briefing/search/">search</a> for what you were looking for', not_found)
    home = (seeds_build.site / "index.html").read_text(encoding="utf-8")
    assert "or search the full text (Search, at the top of every page)." in home
    not_found = (seeds_build.site / "404.html").read_text(encoding="utf-8")
    assert re.search(r"or\s+search for what you were looking for", not_found)


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


def test_the_query_is_kept_in_the_address_and_back_from_a_result_shows_it_again(
        pagefind_url: str, page) -> None:  # type: ignore[no-untyped-def]
    """The Search page searches ?q= on load, and the box now writes it: Back from a result
    opened the page empty (the query and its results lost), and a search could not be shared."""
    page.goto(pagefind_url + "search/")
    box = page.locator("#pagefind-search input")
    box.fill("KubeRay")
    results = page.locator(".pagefind-ui__result")
    results.first.wait_for(timeout=10_000)
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'KubeRay'", timeout=5_000)
    results.first.locator("a.pagefind-ui__result-link").click()
    page.wait_for_url("**/articles/**")
    page.go_back()
    page.wait_for_url("**/search/?q=KubeRay")
    page.locator(".pagefind-ui__result").first.wait_for(timeout=10_000)
    assert page.locator("#pagefind-search input").input_value() == "KubeRay"
    assert page.locator(".pagefind-ui__result").count() == 1
    page.locator("#pagefind-search input").fill("")
    page.wait_for_function("() => !location.search", timeout=5_000)  # an emptied box: no ?q=
    assert page.console_errors == [] and page.foreign_requests == []


def test_each_result_says_where_and_when_it_was_published(
        pagefind_url: str, pagefind_build: Run, page) -> None:  # type: ignore[no-untyped-def]
    """Results showed a title, a sub-heading and an excerpt only: nothing told two results of the
    same subject apart by their publication or date, as Material's results do (their byline).
    What an article does not state is said as its header says it."""
    import frontmatter

    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]

    def published(meta: dict) -> str:  # type: ignore[type-arg]
        date = ""
        if meta["date"]:
            year, month, day = str(meta["date"]).split("-")
            date = f"{int(day)} {months[int(month) - 1]} {year}"
        return f"{meta['source'] or 'Publication not stated'} · {date or 'Undated'}"

    page.goto(pagefind_url + "search/")
    page.locator("#pagefind-search input").fill("Microsoft")
    page.wait_for_function("() => document.querySelectorAll('.pagefind-ui__result').length >= 5", timeout=10_000)
    results = page.locator(".pagefind-ui__result")
    dated = 0
    for i in range(results.count()):
        result = results.nth(i)
        href = result.locator("a.pagefind-ui__result-link").first.get_attribute("href") or ""
        slug = href.split("?")[0].rstrip("/").split("/")[-1]
        meta = frontmatter.load(pagefind_build.docs / "articles" / f"{slug}.md").metadata
        dated += bool(meta["date"])
        assert result.locator(".pagefind-ui__result-tag").first.inner_text() == f"Published: {published(meta)}", slug
    assert 0 < dated < results.count()  # either kind
    assert page.console_errors == [] and page.foreign_requests == []


def test_a_search_that_finds_nothing_says_what_to_try(pagefind_url: str, page) -> None:  # type: ignore[no-untyped-def]
    """"Micrsoft" answered "No results for Micrsoft", no more."""
    page.goto(pagefind_url + "search/")
    page.locator("#pagefind-search input").fill("Micrsoft")
    message = page.locator(".pagefind-ui__message")
    page.wait_for_function("() => /^No results/.test((document.querySelector('.pagefind-ui__message') || {})"
                           ".textContent || '')", timeout=10_000)
    assert message.inner_text() == ("No results for Micrsoft. Check the spelling, or search for fewer words "
                                    "or the start of a word.")
    assert page.console_errors == [] and page.foreign_requests == []


def test_search_page_finds_an_article_by_its_writer(pagefind_url: str, pagefind_build: Run, page) -> None:  # type: ignore[no-untyped-def]
    """The byline is inside what Pagefind indexes: a writer's name that the article's text
    never gives finds the article."""
    import frontmatter

    md = next(p for p in sorted((pagefind_build.docs / "articles").glob("*.md"))
              if (post := frontmatter.load(p))["authors"] and post["authors"][0] not in post.content)
    name = frontmatter.load(md)["authors"][0]
    page.goto(pagefind_url + "search/")
    page.locator("#pagefind-search input").fill(name)
    results = page.locator(".pagefind-ui__result")
    results.first.wait_for(timeout=10_000)
    href = results.first.locator("a.pagefind-ui__result-link").get_attribute("href") or ""
    assert f"/articles/{md.stem}/" in href, (name, href)
    assert page.console_errors == [] and page.foreign_requests == []


@pytest.fixture(scope="module")
def romanian_pagefind_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import shutil

    root = tmp_path_factory.mktemp("pagefind-ro")
    shutil.copytree(SEEDS, root / "seeds")
    (root / "seeds" / "turul-doi.txt").write_text(ROMANIAN_PAGE + "\n", encoding="utf-8")
    run = run_build_site("--search", "pagefind", seeds=root / "seeds", docs=root / "docs", site=root / "site")
    assert run.returncode == 0, run.output
    server, url = serve_directory(run.site)
    yield url
    server.shutdown()


@pytest.mark.parametrize("query", ["Pirvulescu", "castigat", "Stefanescu"])
def test_search_page_finds_words_typed_without_their_marks(romanian_pagefind_url: str, page, query: str) -> None:  # type: ignore[no-untyped-def]
    """As Material's search does (test_browser), Pagefind finds "Pîrvulescu" typed "Pirvulescu"."""
    page.goto(romanian_pagefind_url + "search/")
    page.locator("#pagefind-search input").fill(query)
    results = page.locator(".pagefind-ui__result")
    results.first.wait_for(timeout=10_000)
    link = results.first.locator("a.pagefind-ui__result-link")
    href = link.get_attribute("href") or ""
    assert ROMANIAN_ARTICLE in href, href
    link.click()  # the article marks the word as written
    page.wait_for_url("**/articles/**highlight=**")
    mark = page.locator("mark.pagefind-highlight, .md-content mark").first
    mark.wait_for(timeout=10_000)
    assert strip_marks(mark.inner_text()).lower().startswith(query.lower()), mark.inner_text()
    assert page.console_errors == [] and page.foreign_requests == []


def test_a_query_typed_key_by_key_shows_its_own_results(pagefind_url: str, page) -> None:  # type: ignore[no-untyped-def]
    """Each key starts a search (no debounce); the results shown at the end are the whole query's."""
    page.goto(pagefind_url + "search/")
    box = page.locator("#pagefind-search input")
    box.click()
    box.press_sequentially("KubeRay", delay=15)
    page.wait_for_function("() => (document.querySelector('.pagefind-ui__message') || {}).textContent"
                           " === '1 result for KubeRay'", timeout=10_000)
    results = page.locator(".pagefind-ui__result")
    assert results.count() == 1
    href = results.first.locator("a.pagefind-ui__result-link").get_attribute("href") or ""
    assert "microsoft-partners-with-ccp-linked-tiktok" in href
    assert page.console_errors == [] and page.foreign_requests == []


# Three searches asked for at once, through the search page's wrapper and through Pagefind
# itself: what each caller gets, by query.
SEARCHES_AT_ONCE_JS = """async (url) => {
  const words = ["Microsoft", "KubeRay", "Azure"];
  const run = async (mod) => {
    const found = await Promise.all(words.map((w) => mod.search(w)));
    const ids = [];  // one query after another
    for (const w of words) ids.push((await mod.search(w)).results.map((r) => r.id).join());
    return found.map((f) => ids.indexOf(f.results.map((r) => r.id).join()));
  };
  const latest = await import(url + "assets/pagefind-latest/pagefind.js");
  const plain = await import(url + "pagefind/pagefind.js");
  return { latest: await run(latest), plain: await run(plain), same: latest.init === plain.init };
}"""


def test_a_search_asked_for_while_one_runs_gives_way_to_the_newest(
        pagefind_url: str, page) -> None:  # type: ignore[no-untyped-def]
    """assets/pagefind-latest/ runs one search at a time: of the queries that arrive while it
    runs, only the newest is searched, and its results go to every caller that waited (the
    UI drops results for queries it no longer shows). Plain Pagefind runs each query."""
    page.goto(pagefind_url)
    got = page.evaluate(SEARCHES_AT_ONCE_JS, pagefind_url)
    assert got["plain"] == [0, 1, 2]  # each caller its own query's results (the three differ)
    assert got["latest"] == [0, 2, 2]  # the first ran at once; the second gave way to the third
    assert got["same"]  # init() and the rest the wrapper does not need to change are Pagefind's own
    assert page.console_errors == [] and page.foreign_requests == []


def _site_in_parts(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the built seeds site indexed again in parts of at most 2 article pages (3 parts)."""
    import shutil

    from briefing import site as site_module

    site = tmp_path / "site"
    shutil.copytree(built, site)
    shutil.rmtree(site / "pagefind")
    monkeypatch.setattr(site_module, "PAGEFIND_PART_PAGES", 2)
    assert site_module.run_pagefind(site) == 3  # 5 article pages, at most 2 per part
    return site


def test_large_index_is_built_in_parts_and_searched_as_one(
        pagefind_build: Run, tmp_path, monkeypatch, page) -> None:  # type: ignore[no-untyped-def]
    """Past PAGEFIND_PART_PAGES article pages the index is written in parts (Pagefind keeps a
    whole index in memory); the search page merges them, so a word held by pages of every part
    finds them all. (Not every query gives what one index would: a part that lacks a term
    falls back on its longest prefix that it has, Pagefind/pagefind#315, so "Xinjiang" also
    finds a page of "Xi Jinping" here.)"""
    from briefing import site as site_module

    site = _site_in_parts(pagefind_build.site, tmp_path, monkeypatch)
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


def test_index_parts_are_searched_by_a_worker_per_core_with_the_same_results(
        pagefind_build: Run, tmp_path, monkeypatch, page) -> None:  # type: ignore[no-untyped-def]
    """Pagefind searches every part in its one worker, one part after another; the Search
    page gives each core's worker a run of consecutive parts (a copy of pagefind.js loaded
    as pagefind.js?worker=N) and merges the results as Pagefind would: the same results,
    in the same order, as with one worker."""
    site = _site_in_parts(pagefind_build.site, tmp_path, monkeypatch)
    server, url = serve_directory(site)
    context = page.context
    try:
        shown = {}
        for cores in (1, 2, 3):
            asked: list[str] = []
            tab = context.new_page()
            tab.add_init_script(f"Object.defineProperty(navigator, 'hardwareConcurrency', {{get: () => {cores}}})")
            tab.on("request", lambda request: asked.append(request.url))
            errors: list[str] = []
            tab.on("pageerror", lambda exc: errors.append(str(exc)))
            tab.goto(url + "search/")
            box = tab.locator("#pagefind-search input")
            box.fill("China")
            # Every result the message counts is listed (the UI lists five at first).
            tab.wait_for_function("""() => {
              const m = /^(\\d+) results? for China$/.exec(
                (document.querySelector('.pagefind-ui__message') || {}).textContent || '');
              return m && document.querySelectorAll('.pagefind-ui__result').length >= Math.min(+m[1], 5);
            }""", timeout=10_000)
            shown[cores] = [tab.locator(".pagefind-ui__result").nth(i).locator(".pagefind-ui__result-link").first
                            .evaluate("a => a.href") for i in range(tab.locator(".pagefind-ui__result").count())]
            copies = sorted({u.split("?worker=")[1] for u in asked if "pagefind.js?worker=" in u})
            assert copies == [str(n) for n in range(2, cores + 1)], (cores, copies)
            assert errors == []
            tab.close()
        assert len(shown[1]) >= 3
        assert shown[2] == shown[1] and shown[3] == shown[1]
        assert page.foreign_requests == []
    finally:
        server.shutdown()


def test_keys_typed_while_pagefind_loads_give_the_whole_querys_results(
        pagefind_build: Run, tmp_path, monkeypatch, page) -> None:  # type: ignore[no-untyped-def]
    """While the UI merges the index parts (slowed here), each key's search would wait in the
    UI's polling loop and wake in any order, and the UI shows the last to wake. The box holds
    input back until Pagefind is loaded and then searches what it holds: the whole query.
    The parts are merged side by side (their entry files are asked for together)."""
    site = _site_in_parts(pagefind_build.site, tmp_path, monkeypatch)
    server, url = serve_directory(site, slow=("/pagefind/part-*/pagefind-entry.json", 1.0))
    try:
        # What the prefixes find differs: "T" 5 results, "Tr" 4, "Tru" 3; "B" 5, "Beiji" 3.
        for query, count in [("Trump", 2), ("Beijing", 4)]:
            page.goto(url + "search/")
            box = page.locator("#pagefind-search input")
            box.click()
            box.press_sequentially(query, delay=40)  # all typed before the parts are merged
            message = f"{count} result{'s' if count > 1 else ''} for {query}"
            page.wait_for_function("m => (document.querySelector('.pagefind-ui__message') || {}).textContent === m",
                                   arg=message, timeout=15_000)
            page.wait_for_timeout(1500)  # no late search of a shorter query takes over
            assert page.locator(".pagefind-ui__message").inner_text() == message
            assert page.locator(".pagefind-ui__result").count() == count
        first = sorted(t for _, t in server.slow_seen[:2])
        assert {p for p, _ in server.slow_seen[:2]} == {"/pagefind/part-2/pagefind-entry.json",
                                                         "/pagefind/part-3/pagefind-entry.json"}
        assert first[1] - first[0] < 0.5  # one after the other, the second would come 1 s later
        assert page.console_errors == [] and page.foreign_requests == []
    finally:
        server.shutdown()


def test_the_search_box_is_busy_until_every_index_part_is_loaded(
        pagefind_build: Run, tmp_path, monkeypatch, page) -> None:  # type: ignore[no-untyped-def]
    """The Search page says it is busy (aria-busy, which screen readers announce, and which
    bench/scale.py waits for as it waits for Material's "Initializing search") until Pagefind
    has loaded every index part; then it is not, and a query pasted at once is answered."""
    site = _site_in_parts(pagefind_build.site, tmp_path, monkeypatch)
    server, url = serve_directory(site, slow=("/pagefind/part-*/pagefind-entry.json", 1.0))
    try:
        page.add_init_script("""window.__busy = [];
          new MutationObserver((records) => records.forEach((r) => window.__busy.push(
            [r.target.getAttribute('aria-busy'), performance.now()]))
          ).observe(document, {attributes: true, attributeFilter: ['aria-busy'], subtree: true});""")
        page.goto(url + "search/")
        page.wait_for_selector('#pagefind-search[aria-busy="false"]', state="attached", timeout=15_000)
        busy = page.evaluate("() => window.__busy")
        assert [value for value, _ in busy] == ["true", "false"], busy
        assert busy[1][1] - busy[0][1] >= 1000  # not before the parts, answered 1 s late, were in
        assert len(server.slow_seen) == 2
        box = page.locator("#pagefind-search input")
        box.evaluate("(input, q) => { input.value = q; input.dispatchEvent(new Event('input', {bubbles: true})); }",
                     "Beijing")
        page.wait_for_function("() => (document.querySelector('.pagefind-ui__message') || {}).textContent"
                               " === '4 results for Beijing'", timeout=10_000)
        assert page.console_errors == [] and page.foreign_requests == []
    finally:
        server.shutdown()


def test_the_benchmark_times_a_pasted_and_a_typed_query(pagefind_build: Run) -> None:
    """bench/scale.py's browser measurement on a Pagefind site (it runs only at the largest N
    there): both timings come back, and the typed one saw the whole query's results."""
    import subprocess
    import sys

    from conftest import REPO

    # In its own process: Playwright's sync API cannot start inside this session's browser.
    code = ("import importlib.util, json, sys; spec = importlib.util.spec_from_file_location('scale', sys.argv[1]); "
            "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); "
            "got = m.browser_search(__import__('pathlib').Path(sys.argv[2]), ['KubeRay', 'Microsoft'], rounds=2); "
            "print(m.search_summary(got, 5)); print(json.dumps(dict(got, TYPING_DELAY_MS=m.TYPING_DELAY_MS)))")
    proc = subprocess.run([sys.executable, "-c", code, str(REPO / "bench" / "scale.py"), str(pagefind_build.site)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    summary, line = proc.stdout.strip().splitlines()[-2:]
    got = json.loads(line)
    assert got["engine"] == "pagefind", got
    assert [q["query"] for q in got["queries"]] == ["KubeRay", "Microsoft"] * 2  # each timed twice, in turn
    assert summary.startswith("search (Chromium, N=5): ready ") and "when pasted the moment the box shows" in summary
    for query in got["queries"]:
        assert 0 < query["first_results_ms"] < 30_000 and query["results_shown"] >= 1
        assert 0 < query["typed_results_ms"] < 30_000
        assert 0 < query["first_results_at_box_ms"] < 30_000  # pasted before Pagefind was ready
        assert 0 < query["search_box_s"] < 30 and 0 < query["search_ready_s"] < 30
    assert got["median_typed_results_ms"] > 0 and got["typing_delay_ms"] == got["TYPING_DELAY_MS"]
