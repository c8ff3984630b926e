"""The built seeds site as a reader uses it, in Debian's chromium (Playwright).

One site is built and served per session (conftest: seeds_build, seeds_site_url); every
test drives it like a reader: search, follow links, toggle dark mode, read on a phone,
print. Screenshots go to test-artifacts/ as evidence.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urldefrag, urljoin, urlsplit

import pytest

from briefing.text import strip_marks
from conftest import ROMANIAN_ARTICLE, ROMANIAN_PAGE, WIRE_PAGE, screenshot

SEARCH_WORD = "KubeRay"  # occurs in the body of one seed article only
PARA_LINK = re.compile(r"/articles/[^/]+/#p-\d+$")


# --- helpers ---------------------------------------------------------------------------


def site_pages(site: Path) -> list[str]:
    """Every built page as a site-relative URL ("", "timeline/", "articles/x/", ...)."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        rel = index.parent.relative_to(site).as_posix()
        pages.append("" if rel == "." else rel + "/")
    return pages


def article_pages(site: Path) -> list[str]:
    return [p for p in site_pages(site) if p.startswith("articles/")]


def open_page(pg, url: str, settle: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Go to url; with settle, also wait until the network is quiet (search index, ...)."""
    pg.goto(url, wait_until="load")
    if settle:
        pg.wait_for_load_state("networkidle")


def result_paths(pg, url: str, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The paths of the results Material's search lists for query, typed into its box on url,
    in their order."""
    open_page(pg, url)
    pg.locator("label.md-header__button[for='__search'], .md-search__input").locator("visible=true").first.click()
    pg.keyboard.type(query, delay=20)
    results = pg.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    return [urlsplit(h).path for h in results.evaluate_all("els => els.map(e => e.href)")]


def searched(pg, url: str, query: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The paths of the results Material's search lists for query, typed into its box on url."""
    return set(result_paths(pg, url, query))


def article_with(site: Path, text: str) -> list[str]:
    """Article pages whose built HTML contains text."""
    return [p for p in article_pages(site) if text in (site / p / "index.html").read_text(encoding="utf-8")]


def para_state(pg, anchor: str) -> dict:  # type: ignore[no-untyped-def]
    """Where the paragraph holding #anchor is, and how it is drawn."""
    return pg.evaluate(
        """(id) => {
            const a = document.getElementById(id);
            if (!a) return null;
            const p = a.closest('p') || a.parentElement;
            const r = p.getBoundingClientRect();
            return {target: a.matches(':target'), background: getComputedStyle(p).backgroundColor,
                    top: r.top, bottom: r.bottom, height: innerHeight};
        }""",
        anchor,
    )


def assert_marked_in_view(state: dict | None, anchor: str) -> None:
    assert state is not None, f"no element #{anchor} on the page"
    assert state["target"], f"#{anchor} is not the :target"
    assert state["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), \
        f"the paragraph of #{anchor} is not marked (background {state['background']})"
    assert 0 <= state["top"] < state["height"], f"the paragraph of #{anchor} is not in the viewport: {state}"


# --- search ----------------------------------------------------------------------------


def test_search_from_home_finds_a_body_word_and_highlights_it(page, seeds_site_url, seeds_build):
    expected = article_with(seeds_build.site, SEARCH_WORD)
    assert len(expected) == 1, f"{SEARCH_WORD!r} should be in exactly one article, found {expected}"
    open_page(page, seeds_site_url)
    page.locator("label.md-header__button[for='__search'], .md-search__input").locator("visible=true").first.click()
    page.keyboard.type(SEARCH_WORD, delay=20)  # as typed: Material searches on key events
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    hrefs = {urlsplit(h).path for h in results.evaluate_all("els => els.map(e => e.href)")}
    screenshot(page, "search-results")
    assert hrefs == {"/" + expected[0]}, f"results {hrefs}, expected only /{expected[0]}"
    results.first.click()
    page.wait_for_url(re.compile(re.escape(expected[0])))
    mark = page.locator(".md-content mark", has_text=re.compile(SEARCH_WORD, re.I)).first
    mark.wait_for(timeout=10000)
    assert mark.is_visible()
    screenshot(page, "search-highlight")
    assert not page.console_errors, page.console_errors


def test_search_answers_text_put_into_the_box_without_a_key(page, seeds_site_url, seeds_build):
    """Pasted with the mouse (or dropped, or committed by an input method), a query fires an
    input event and no key: Material's box searched on keys only and kept saying "Type to
    start searching". Playwright's fill() is such a change."""
    expected = article_with(seeds_build.site, SEARCH_WORD)
    open_page(page, seeds_site_url)
    page.locator("label.md-header__button[for='__search'], .md-search__input").locator("visible=true").first.click()
    page.locator(".md-search__input").fill(SEARCH_WORD)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    hrefs = {urlsplit(h).path for h in results.evaluate_all("els => els.map(e => e.href)")}
    assert hrefs == {"/" + expected[0]}, hrefs
    assert not page.console_errors, page.console_errors


def test_search_finds_a_word_right_after_an_opening_quote(page, seeds_site_url, seeds_build):
    # The seeds write “Whampoa Academy ...”: split at spaces only, the index held “whampoa.
    expected = article_with(seeds_build.site, "“Whampoa")
    assert expected, "the seeds quote “Whampoa Academy”: no longer?"
    hrefs = searched(page, seeds_site_url, "Whampoa")
    assert "/" + expected[0] in hrefs, hrefs


def test_search_for_a_writer_finds_their_article(page, seeds_site_url, seeds_build):
    """Bylines are drawn by the template, not the Markdown, yet a search for an author whose
    name the article's text never gives leads to the article first."""
    import frontmatter

    writers = []
    for md in sorted((seeds_build.docs / "articles").glob("*.md")):
        post = frontmatter.load(md)
        if post["authors"] and post["authors"][0] not in post.content:
            writers.append((post["authors"][0], md.stem))
    assert writers, "no seed article has an author its text does not name"
    open_page(page, seeds_site_url)
    page.locator("label.md-header__button[for='__search'], .md-search__input").locator("visible=true").first.click()
    for name, slug in writers:
        page.locator(".md-search__input").fill("")
        page.keyboard.type(name, delay=10)
        page.wait_for_function("(name) => (document.querySelector('.md-search-result__item') || {})"
                               ".textContent?.includes(name)", arg=name, timeout=15000)
        href = urlsplit(page.locator(".md-search-result__item a").first.get_attribute("href") or "").path
        assert href.endswith(f"/articles/{slug}/"), (name, href)
    assert not page.console_errors, page.console_errors


# --- timeline --------------------------------------------------------------------------


def _timeline_links(pg, base: str) -> list[str]:  # type: ignore[no-untyped-def]
    open_page(pg, urljoin(base, "timeline/"))
    return pg.locator(".md-content a[href]").evaluate_all("els => els.map(e => e.href)")


def test_every_timeline_link_leads_to_a_page_that_exists(page, seeds_site_url, seeds_build):
    links = [u for u in _timeline_links(page, seeds_site_url) if u.startswith(seeds_site_url)]
    articles = {seeds_site_url + p for p in article_pages(seeds_build.site)}
    linked_articles = {urldefrag(u)[0] for u in links} & articles
    assert linked_articles == articles, f"articles missing from the timeline: {articles - linked_articles}"
    screenshot(page, "timeline")
    checked: dict[str, str] = {}
    for url in links:
        target, fragment = urldefrag(url)
        if target not in checked:
            response = page.request.get(target)
            assert response.ok, f"{url}: HTTP {response.status}"
            checked[target] = response.text()
        if fragment:
            assert f'id="{fragment}"' in checked[target], f"{url}: no element with id {fragment!r}"


def test_timeline_event_link_scrolls_to_and_marks_its_paragraph(page, seeds_site_url):
    events = [u for u in _timeline_links(page, seeds_site_url) if PARA_LINK.search(u)]
    if not events:
        pytest.skip("the timeline has no event links yet (no events extracted from the seeds)")
    # Follow the last event link, as a reader clicks it (Material's instant navigation).
    href = events[-1]
    anchor = urlsplit(href).fragment
    page.locator(f".md-content a[href$='#{anchor}']").last.click()
    page.wait_for_url(re.compile(re.escape(urldefrag(href)[0])))
    page.wait_for_timeout(300)
    assert_marked_in_view(para_state(page, anchor), anchor)
    screenshot(page, "timeline-event-target")


def test_paragraph_link_opened_directly_marks_the_paragraph(page, seeds_site_url, seeds_build):
    article = article_with(seeds_build.site, 'id="p-6"')[0]
    open_page(page, f"{seeds_site_url}{article}#p-6")
    assert_marked_in_view(para_state(page, "p-6"), "p-6")
    other = para_state(page, "p-2")
    assert other and not other["target"]
    screenshot(page, "paragraph-target")


# --- tags and entities -----------------------------------------------------------------


def test_tag_chip_leads_to_the_tag_listing(page, seeds_site_url, seeds_build):
    article = article_pages(seeds_build.site)[0]
    open_page(page, seeds_site_url + article)
    chip = page.locator(".md-content .md-tags a.md-tag").first
    name = chip.inner_text().strip()
    chip.click()
    page.wait_for_url(re.compile(r"/tags/#tag:"))
    fragment = urlsplit(page.url).fragment
    heading = page.locator(f"[id='{fragment}']")
    assert heading.count() == 1 and heading.inner_text().strip().startswith(name)
    # The listing under that heading includes the article we came from.
    listed = page.evaluate(
        """(id) => { const h = document.getElementById(id); let n = h.nextElementSibling;
                     while (n && !/^UL|OL$/.test(n.tagName)) n = n.nextElementSibling;
                     return n ? [...n.querySelectorAll('a')].map(a => a.pathname) : []; }""",
        fragment,
    )
    assert "/" + article in listed, f"{article} not listed under {name!r}: {listed}"
    screenshot(page, "tag-listing")


def test_entity_link_leads_to_the_entity_page(page, seeds_site_url, seeds_build):
    with_entities = article_with(seeds_build.site, 'class="article-entities"')
    if not with_entities:
        pytest.skip("no article names a catalogued entity yet (no entities.yml entries matched)")
    open_page(page, seeds_site_url + with_entities[0])
    link = page.locator(".article-entities a").first
    name = link.inner_text().strip()
    link.click()
    page.wait_for_url(re.compile(r"/entities/[^/]+/$"))
    heading = page.locator(".md-content h1").first.inner_text().strip().rstrip("¶").strip()
    assert heading == name
    screenshot(page, "entity-page")


# --- dark mode -------------------------------------------------------------------------


def _scheme(pg) -> str:  # type: ignore[no-untyped-def]
    return pg.evaluate("document.body.getAttribute('data-md-color-scheme')")


def test_dark_mode_toggles_and_stays_on_the_next_page(page, seeds_site_url):
    open_page(page, seeds_site_url)
    assert _scheme(page) == "default"
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    screenshot(page, "dark-home")
    page.locator(".md-tabs a", has_text="Timeline").click()  # instant navigation
    page.wait_for_url(re.compile(r"/timeline/$"))
    assert _scheme(page) == "slate"
    open_page(page, seeds_site_url + "sources/")  # a full page load
    assert _scheme(page) == "slate"
    screenshot(page, "dark-sources")
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")


# --- phones ----------------------------------------------------------------------------


def test_no_page_scrolls_sideways_at_375px_and_the_timeline_reads(browser, seeds_site_url, seeds_build):
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=1)
    pg = context.new_page()
    try:
        wide = []
        for rel in site_pages(seeds_build.site):
            open_page(pg, seeds_site_url + rel, settle=False)
            w = pg.evaluate("[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
            if w[0] > w[1]:
                wide.append(f"{rel or '/'}: scrollWidth {w[0]} > clientWidth {w[1]}")
        assert not wide, "pages that scroll sideways at 375 px:\n" + "\n".join(wide)
        open_page(pg, seeds_site_url + "timeline/")
        items = pg.locator("li.tl-item").evaluate_all(
            """els => els.map(e => { const r = e.getBoundingClientRect();
                 return {left: r.left, right: r.right, width: r.width,
                         font: parseFloat(getComputedStyle(e).fontSize)}; })""")
        assert items, "no timeline entries"
        for item in items:
            assert item["left"] >= 0 and item["right"] <= 375, f"timeline entry outside the screen: {item}"
            assert item["width"] >= 250, f"timeline entry squeezed: {item}"
            assert item["font"] >= 14, f"timeline text too small: {item}"
        # Each filter menu stands beside its name, not under it (a long menu had wrapped).
        menus = pg.locator("form.timeline-filters label:has(select)").evaluate_all(
            """els => els.map(l => { const s = l.querySelector('select').getBoundingClientRect();
                 const r = l.getBoundingClientRect(); return {name: l.textContent.trim().slice(0, 12),
                 offset: s.top - r.top, right: s.right}; })""")
        assert len(menus) == 2 and all(m["offset"] < 8 and m["right"] <= 375 for m in menus), menus
        screenshot(pg, "timeline-375")
        open_page(pg, seeds_site_url + article_pages(seeds_build.site)[0])
        screenshot(pg, "article-375")
    finally:
        context.close()


# --- every page: no console error, no other host ---------------------------------------


def test_no_page_logs_an_error_or_requests_another_host(page, seeds_site_url, seeds_build):
    pages = site_pages(seeds_build.site)
    assert len(pages) >= 10, pages
    for i, rel in enumerate(pages):
        # Loaded, then a short pause for late scripts; the last page waits for a quiet
        # network. A late error still fails (on the next page at the latest).
        open_page(page, seeds_site_url + rel, settle=i == len(pages) - 1)
        page.wait_for_timeout(100)
        assert not page.console_errors, f"{rel or '/'}: console errors {page.console_errors}"
        assert not page.foreign_requests, f"{rel or '/'}: requests to other hosts {page.foreign_requests}"
        assert not page.dialogs, f"{rel or '/'}: dialogs {page.dialogs}"


# --- print and citation ----------------------------------------------------------------


def test_article_prints_as_a_clean_document_with_its_source_line(page, seeds_site_url, seeds_build):
    open_page(page, seeds_site_url + article_pages(seeds_build.site)[0])
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-sidebar--secondary",
                     ".md-footer", ".md-search", ".citation-copy", "a.para-anchor"):
        visible = page.locator(selector).evaluate_all("els => els.filter(e => e.checkVisibility()).length")
        assert visible == 0, f"{selector} shows in print"
    for selector in (".md-content h1", ".article-meta", ".article-body", ".citation", ".article-seed"):
        assert page.locator(selector).first.is_visible(), f"{selector} is missing from print"
    left = page.locator(".md-content").evaluate("e => e.getBoundingClientRect().left")
    assert left < 60, f"the printed article does not use the page width (starts at {left}px)"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    (Path(__file__).resolve().parents[1] / "test-artifacts").mkdir(exist_ok=True)
    (Path(__file__).resolve().parents[1] / "test-artifacts" / "article-print.pdf").write_bytes(pdf)
    screenshot(page, "article-print")


def test_paragraph_links_are_named_for_screen_readers(page, seeds_site_url, seeds_build):
    """A pilcrow alone is read out as "pilcrow": each paragraph link says what it is."""
    open_page(page, seeds_site_url + article_pages(seeds_build.site)[0])
    anchors = page.locator("a.para-anchor")
    assert anchors.count() > 3
    for i in (0, anchors.count() - 1):
        number = anchors.nth(i).get_attribute("id").removeprefix("p-")
        named = page.get_by_role("link", name=f"Link to paragraph {number}", exact=True)
        assert named.count() == 1 and named.get_attribute("href").endswith(f"#p-{number}")


def test_text_copied_from_an_article_carries_no_pilcrows(browser, seeds_site_url, seeds_build):
    """The paragraph links' pilcrows are hidden (opacity 0), not unselectable: two paragraphs
    copied with Ctrl+C put "¶" before each on the clipboard, into a reader's quotation."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=seeds_site_url.rstrip("/"))
    pg = context.new_page()
    try:
        open_page(pg, seeds_site_url + article_pages(seeds_build.site)[0])
        pg.evaluate("""() => { const ps = document.querySelectorAll('.article-body p');
            const r = document.createRange(); r.setStartBefore(ps[0]); r.setEndAfter(ps[1]);
            const s = getSelection(); s.removeAllRanges(); s.addRange(r); }""")
        pg.keyboard.press("Control+c")
        pg.wait_for_timeout(200)
        copied = pg.evaluate("navigator.clipboard.readText()")
        first = pg.locator(".article-body p").first.evaluate("p => p.textContent.replace('¶', '').trim()")
        assert first[:20] in copied and "¶" not in copied, copied[:200]
    finally:
        context.close()


def test_landing_on_a_paragraph_leaves_its_text_uncovered(page, seeds_site_url, seeds_build):
    """A link to a paragraph (the timeline's, an entity page's) gives its pilcrow focus; a
    tooltip on the pilcrow then covered the paragraph's second line."""
    open_page(page, seeds_site_url + article_pages(seeds_build.site)[0] + "#p-3")
    page.wait_for_timeout(500)
    assert page.evaluate("document.activeElement && document.activeElement.id") in ("p-3", None, "")
    tips = page.locator(".md-tooltip2").evaluate_all("els => els.filter(e => e.checkVisibility()).length")
    assert tips == 0, "a tooltip shows over the paragraph the reader landed on"


def test_on_a_phone_a_paragraph_landed_on_keeps_its_pilcrow_on_the_screen(browser, seeds_site_url, seeds_build):
    """At 390 px the page's margin is narrow: the pilcrow of the paragraph a link leads to
    (focused, its outline drawn) stood partly off the screen, over the paragraph's first
    letter. It fits into the margin, left of the text."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    pg = context.new_page()
    try:
        article = article_with(seeds_build.site, 'id="p-6"')[0]
        open_page(pg, f"{seeds_site_url}{article}#p-6")
        pg.locator("#p-6").focus()
        box = pg.evaluate("""() => { const a = document.getElementById('p-6');
            const text = a.parentElement.getBoundingClientRect();
            const r = a.getBoundingClientRect(); return {left: r.left, right: r.right, text: text.left}; }""")
        assert box["left"] >= 0, f"the pilcrow stands off the screen: {box}"
        assert box["right"] <= box["text"] + 1, f"the pilcrow stands over the paragraph's text: {box}"
        screenshot(pg, "paragraph-target-390")
    finally:
        context.close()


def test_on_a_phone_a_paragraph_link_is_big_enough_to_tap(browser, seeds_site_url, seeds_build):
    """The pilcrow is the only way to a paragraph's link, and on a phone it showed in a 16 px wide box
    at the screen's edge: under the 24 px a target to tap should measure (WCAG 2.5.8). It measures 24 px
    each way, on the screen and left of the text, in a quotation too."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1, has_touch=True)
    pg = context.new_page()
    try:
        long = article_with(seeds_build.site, 'id="p-6"')
        quoted = [a for a in article_with(seeds_build.site, "<blockquote") if a in long]
        article = (quoted or long)[0]
        open_page(pg, seeds_site_url + article)
        boxes = pg.evaluate("""() => Array.from(document.querySelectorAll('a.para-anchor')).map((a) => {
            const r = a.getBoundingClientRect(), text = a.parentElement.getBoundingClientRect();
            return {id: a.id, left: r.left, right: r.right, width: r.width, height: r.height, text: text.left,
                    quoted: !!a.closest('blockquote')}; })""")
        assert len(boxes) > 3 and (any(b["quoted"] for b in boxes) or not quoted)
        for box in boxes:
            assert box["width"] >= 24 and box["height"] >= 24, f"too small to tap: {box}"
            assert box["left"] >= 0 and box["right"] <= box["text"] + 1, f"off the screen or over the text: {box}"
        pg.locator("#p-3").tap()  # the tap leads to the paragraph, marked
        pg.wait_for_function("location.hash === '#p-3'")
        assert_marked_in_view(para_state(pg, "p-3"), "p-3")
        screenshot(pg, "paragraph-link-390")
    finally:
        context.close()


def test_skip_to_content_on_an_article_leads_to_its_headline(page, seeds_site_url, seeds_build):
    """Material draws "Skip to content" only for a page with headings in its text, and to the
    first of them: on an article with subheadings it skipped the paragraphs above the first,
    on one without there was none. On every article it leads to the headline."""
    for rel in article_pages(seeds_build.site):
        open_page(page, seeds_site_url + rel, settle=False)
        page.keyboard.press("Tab")
        skip = page.locator("a.md-skip")
        assert skip.count() == 1 and skip.get_attribute("href") == "#__article", rel
        assert page.evaluate("document.activeElement.classList.contains('md-skip')"), rel
        page.keyboard.press("Enter")
        assert page.evaluate("location.hash") == "#__article", rel
        assert page.locator("h1#__article").is_visible()


def test_citation_copy_button_copies_the_citation(browser, seeds_site_url, seeds_build):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=seeds_site_url.rstrip("/"))
    pg = context.new_page()
    try:
        open_page(pg, seeds_site_url + article_pages(seeds_build.site)[0])
        button = pg.get_by_role("button", name="Copy citation")
        assert button.is_visible()
        button.click()
        pg.locator(".citation-status", has_text="copied").wait_for()
        copied = pg.evaluate("navigator.clipboard.readText()")
        shown = " ".join(pg.locator(".citation").inner_text().split())
        assert copied == shown and pg.locator(".md-content h1").inner_text().strip() in copied
    finally:
        context.close()


def test_entity_page_opens_the_timeline_filtered_to_it(page, seeds_site_url):
    """An entity page's timeline link presets the entity filter (?entity=slug)."""
    page.goto(seeds_site_url + "entities/china-electronics-technology-group/")
    page.get_by_role("link", name=re.compile("on the timeline")).click()
    page.wait_for_url("**/timeline/?entity=china-electronics-technology-group")
    form = page.locator("form.timeline-filters")
    form.wait_for(state="visible")
    assert form.locator("select[name=entity]").input_value() == "china-electronics-technology-group"
    items = page.locator("li.tl-item")
    shown = [i for i in range(items.count()) if items.nth(i).is_visible()]
    assert 0 < len(shown) < items.count()
    for i in shown:
        assert "china-electronics-technology-group" in items.nth(i).get_attribute("data-entities").split()
    assert page.console_errors == []


def test_a_filtered_timeline_lists_only_its_years_and_can_be_shared(page, seeds_site_url):
    """Filtering hides the years with nothing left, in the text and in the table of contents;
    the address then presets the same filter (copied, bookmarked, reloaded)."""
    open_page(page, seeds_site_url + "timeline/")
    form = page.locator("form.timeline-filters")
    form.wait_for(state="visible")
    toc = page.locator(".md-sidebar--secondary .md-nav--secondary a.md-nav__link")  # (the drawer has a copy)
    years = toc.count()
    assert years > 2
    topics = [v for v in form.locator("select[name=topic] option").evaluate_all("os => os.map(o => o.value)") if v]
    chosen = None
    for value in topics:  # a topic whose entries leave at least one year empty
        form.locator("select[name=topic]").select_option(value)
        if 0 < sum(toc.nth(i).is_visible() for i in range(years)) < years:
            chosen = value
            break
    assert chosen, "no topic leaves a year out: the seeds changed?"
    for i in range(years):
        year = toc.nth(i).get_attribute("href").rsplit("#", 1)[1]
        assert toc.nth(i).is_visible() == page.locator(f"h2[id='{year}']").is_visible()
    assert f"topic={chosen}" in page.url
    page.reload()
    form.wait_for(state="visible")
    assert form.locator("select[name=topic]").input_value() == chosen
    assert page.console_errors == []


def test_the_timeline_filtered_to_nothing_says_so_and_hides_empty_sections(page, seeds_site_url):
    """"Events only" leaves the undated articles' section empty: its heading and its note go
    with its entries; filters that match nothing say so, and what to do."""
    open_page(page, seeds_site_url + "timeline/")
    form = page.locator("form.timeline-filters")
    form.wait_for(state="visible")
    undated = page.locator("h2#undated-articles")
    note = page.get_by_text("These articles do not state when they were published.")
    if undated.count() == 0:
        pytest.skip("every seed article is dated")
    assert undated.is_visible() and note.is_visible()
    form.locator("input[name=events-only]").check()
    assert not undated.is_visible() and not note.is_visible()
    form.locator("input[name=events-only]").uncheck()
    assert undated.is_visible() and note.is_visible()
    topics = [v for v in form.locator("select[name=topic] option").evaluate_all("os => os.map(o => o.value)") if v]
    entities = [v for v in form.locator("select[name=entity] option").evaluate_all("os => os.map(o => o.value)") if v]
    for topic in topics:
        form.locator("select[name=topic]").select_option(topic)
        for entity in entities:
            form.locator("select[name=entity]").select_option(entity)
            if page.locator("li.tl-item:visible").count() == 0:
                count = form.locator("output").inner_text()
                assert count.startswith("0 of ") and "none matches these filters" in count, count
                assert page.locator(".md-content h2:visible").count() == 0
                return
    pytest.fail("no topic and entity together match nothing: the seeds changed?")


# --- search in Chinese ---------------------------------------------------------------------

# A made-up Chinese news page, copied as text: Chinese sets no spaces between words.
CHINESE_PAGE = "\n\n".join([
    "市图书馆新馆开放　藏书超过两百万册", "2021年4月12日 09:30",
    "经过三年的建设，市图书馆新馆于星期一正式向公众开放。新馆位于河东区，建筑面积约五万平方米，可同时容纳三千名读者。",
    "馆长在开馆仪式上表示，新馆将延长开放时间，并为学生和老年人提供免费的数字阅读服务。许多市民一早就在门口排队等候。",
    "据介绍，新馆的藏书超过两百万册，其中包括大量珍贵的地方文献。工作人员说，这些文献将逐步完成数字化，供研究人员在线查阅。",
    "有读者认为，新馆的座位仍然不够，周末常常一座难求。对此，图书馆方面回应称，将在今年年底前增加五百个座位。",
])

# A made-up Vietnamese news page: its syllables without their marks are other languages' words ("may", an English
# stop word, for "mây") and the beginnings of many ("co" for "cỏ").
VIETNAMESE_PAGE = "\n\n".join([
    "Tàu hải cảnh áp sát bãi Cỏ Mây", "Minh Khôi", "11/8/2025",
    "Sáng nay, hai tàu hải cảnh đã áp sát bãi Cỏ Mây và dùng vòi rồng xịt vào một tàu tiếp tế, "
    "theo thông báo của lực lượng bảo vệ bờ biển.",
    "Các nhà phân tích cho rằng căng thẳng quanh bãi cạn này sẽ còn kéo dài trong nhiều tháng tới, "
    "khi hai bên đều không muốn nhượng bộ.",
])
VIETNAMESE_ARTICLE = "articles/tau-hai-canh-ap-sat-bai-co-may/"

# A made-up Thai news page, copied as text: Thai sets no spaces between words, only between
# phrases; "เอกสาร" (documents) stands only inside runs of letters, "จำนวน" (a number of) too, and
# is written with "ำ", a vowel that decomposes.
THAI_PAGE = "\n\n".join([
    "ห้องสมุดประชาชนแห่งใหม่ของเชียงใหม่เปิดให้บริการแล้ว", "12 เมษายน 2564 09:30 น.",
    "ห้องสมุดประชาชนแห่งใหม่ของจังหวัดเชียงใหม่เปิดให้บริการอย่างเป็นทางการเมื่อวันจันทร์ "
    "หลังจากใช้เวลาก่อสร้างนานสามปี อาคารหลังใหม่สามารถรองรับผู้อ่านได้พร้อมกันกว่าสามพันคน",
    "ผู้อำนวยการห้องสมุดกล่าวในพิธีเปิดว่า ห้องสมุดจะขยายเวลาให้บริการ "
    "และจะให้บริการหนังสืออิเล็กทรอนิกส์ฟรีแก่นักเรียนและผู้สูงอายุ ชาวเมืองจำนวนมากมาต่อแถวรอตั้งแต่เช้า",
    "ห้องสมุดมีหนังสือมากกว่าสองล้านเล่ม รวมถึงเอกสารโบราณของท้องถิ่นจำนวนมาก "
    "เจ้าหน้าที่กล่าวว่าเอกสารเหล่านี้จะถูกแปลงเป็นดิจิทัลทีละน้อย เพื่อให้นักวิจัยค้นคว้าได้ทางออนไลน์",
    "ผู้อ่านบางคนเห็นว่าที่นั่งยังไม่เพียงพอ โดยเฉพาะในวันหยุดสุดสัปดาห์ ห้องสมุดตอบว่าจะเพิ่มที่นั่งอีกห้าร้อยที่ภายในสิ้นปีนี้",
])

# A made-up Japanese news page: kana meet kanji with no space ("東京エレクトロンなど").
JAPANESE_PAGE = "\n\n".join([
    "経済産業省、半導体製造装置の輸出管理を強化　23品目を追加", "2023年5月23日 18:05",
    "経済産業省は23日、先端半導体の製造装置など23品目を輸出管理の対象に加えると発表した。改正された省令は7月23日に施行される。",
    "対象となるのは、回路の線幅が細い半導体を製造するための露光装置や洗浄装置などで、輸出には経済産業大臣の許可が必要になる。",
    "東京エレクトロンなど国内の装置メーカーへの影響は限定的だとの見方もあるが、中国の売上高比率が高い企業では業績への影響を懸念する声も出ている。",
])


# An article whose text is full of characters that HTML escapes: in the search index they are
# entities ("AT&amp;T", "&lt;b&gt;"), which the search must neither cut apart nor fail to find.
MARKUP_TEXT_PAGE = "\n\n".join([
    "Carriers weigh a merger as AT&T prices its network", "By Jane Doe", "March 3, 2021",
    "AT&T said on Tuesday that it would raise the price of its network for other carriers, "
    "and analysts said the merger talks could resume before the summer.",
    "A page of the carrier's site showed <b>Bold</b> and <script>alert(1)</script> as text, "
    "and its engineers wrote that x < y for every tariff they had published.",
    "The regulator is expected to rule on the complaint of the smaller carriers in the autumn, as France's "
    "l'Arcep did last year.",
])


# A made-up Arabic news page, saved as HTML (publication, writer and date in its head): its words are written with
# hamzas ("الأحمر", "إسرائيل") and a shadda ("شنّتا"), which most readers do not type.
ARABIC_PAGE = """<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الحوثيون يعلنون استهداف سفينة تجارية في البحر الأحمر | الشرق اليوم</title>
<meta property="og:site_name" content="الشرق اليوم">
<meta name="author" content="سامي عبد الله حسن">
<meta property="article:published_time" content="2024-02-12T09:30:00+03:00">
</head><body><article>
<h1>الحوثيون يعلنون استهداف سفينة تجارية في البحر الأحمر</h1>
<p>أعلنت جماعة الحوثي يوم الاثنين أنها استهدفت سفينة تجارية في جنوب البحر الأحمر، في أحدث هجوم على الملاحة الدولية.</p>
<p>وقال المتحدث باسم الجماعة إن قواتها شنّتا هجومين بالصواريخ والطائرات المسيّرة، وإن السفينة كانت متجهة إلى موانئ إسرائيل.</p>
<p>وحوّلت شركات الشحن الكبرى مسار سفنها إلى رأس الرجاء الصالح، ما أدى إلى ارتفاع تكاليف النقل وتأخر وصول البضائع.</p>
<p>ويرى محللون أن الهجمات ستستمر ما دامت الحرب مستمرة، وأن الضربات الأمريكية والبريطانية لم توقفها حتى الآن.</p>
</article></body></html>
"""
ARABIC_ARTICLE = "articles/red-sea-ar/"

# A made-up Hebrew news page: its title opens with a quotation, its text writes "החות'ים" (the Houthis) and
# "מנכ"ל" with the straight apostrophe and quote that stand for the geresh and gershayim.
HEBREW_PAGE = """<!doctype html>
<html lang="he" dir="rtl"><head><meta charset="utf-8">
<title>"אין אוניות מאז נובמבר": נמל אילת משבית את רוב עובדיו</title>
<meta property="og:site_name" content="חדשות הנגב">
<meta name="author" content="דנה לוי">
<meta property="article:published_time" content="2024-03-24T08:00:00+02:00">
</head><body><article>
<h1>"אין אוניות מאז נובמבר": נמל אילת משבית את רוב עובדיו</h1>
<p>נמל אילת הודיע היום כי יוציא לחופשה כפויה את רוב עובדיו, לאחר שמאז חודש נובמבר כמעט לא הגיעו אליו אוניות.</p>
<p>לדברי מנכ"ל הנמל, התקיפות של החות'ים על ספינות בים האדום הבריחו את חברות הספנות, והן מעדיפות להקיף את אפריקה.</p>
<p>במשרד התחבורה בוחנים דרכים לסייע לעובדי הנמל ולמשפחותיהם.</p>
</article></body></html>
"""
HEBREW_ARTICLE = "articles/eilat-he/"


@pytest.fixture(scope="module")
def extra_site_url(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The seeds, one Chinese article, one Thai, one Japanese, one of markup characters, one
    Romanian, one Vietnamese, one Arabic and one Hebrew, built with Material's search, served."""
    import shutil

    from conftest import SEEDS, run_build_site, serve_directory

    root = tmp_path_factory.mktemp("chinese")
    shutil.copytree(SEEDS, root / "seeds")
    (root / "seeds" / "library_zh.txt").write_text(CHINESE_PAGE + "\n", encoding="utf-8")
    (root / "seeds" / "library_th.txt").write_text(THAI_PAGE + "\n", encoding="utf-8")
    (root / "seeds" / "meti_ja.txt").write_text(JAPANESE_PAGE + "\n", encoding="utf-8")
    (root / "seeds" / "carriers.txt").write_text(MARKUP_TEXT_PAGE + "\n", encoding="utf-8")
    (root / "seeds" / "turul-doi.txt").write_text(ROMANIAN_PAGE + "\n", encoding="utf-8")
    (root / "seeds" / "wire.txt").write_text(WIRE_PAGE + "\n", encoding="utf-8")
    (root / "seeds" / "co_may_vi.txt").write_text(VIETNAMESE_PAGE + "\n", encoding="utf-8")
    (root / "seeds" / "red_sea_ar.html").write_text(ARABIC_PAGE, encoding="utf-8")
    (root / "seeds" / "eilat_he.html").write_text(HEBREW_PAGE, encoding="utf-8")
    run = run_build_site("--search", "material", seeds=root / "seeds", docs=root / "docs", site=root / "site")
    assert run.returncode == 0, run.output
    assert "Prefix dict" not in run.output  # the segmenter's loading messages are not the user's business
    server, url = serve_directory(run.site)
    yield url
    server.shutdown()


def test_search_finds_a_word_inside_a_chinese_sentence_and_highlights_it(page, extra_site_url):
    """文献 ("documents") stands inside two sentences, never after a space: it is found
    only when the index splits Chinese text into words, and it is marked on the page."""
    open_page(page, extra_site_url)
    page.locator("label.md-header__button[for='__search'], .md-search__input").locator("visible=true").first.click()
    page.keyboard.type("文献", delay=20)
    page.keyboard.press("End")  # a key event: Material searches on key events, and typed Chinese sends none
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    hrefs = {urlsplit(h).path for h in results.evaluate_all("els => els.map(e => e.href)")}
    assert hrefs == {"/articles/library-zh/"}, hrefs
    results.first.click()
    page.wait_for_url(re.compile("library-zh"))
    mark = page.locator(".md-content mark", has_text="文献").first
    mark.wait_for(timeout=10000)
    assert mark.is_visible()
    screenshot(page, "search-chinese")
    assert not page.console_errors, page.console_errors


@pytest.mark.parametrize(("query", "article", "marked"), [
    ("เอกสาร", "library-th", "เอกสาร"),
    ("จำนวน", "library-th", "จำนวน"),
    ("เอกสารโบราณ", "library-th", "เอกสาร"),
    ("東京エレクトロン", "meti-ja", "エレクトロン"),
])
def test_search_finds_a_word_inside_a_run_of_letters_and_highlights_it(page, extra_site_url, query, article, marked):
    """Lunr took a run of Thai letters for one word: "เอกสาร" (documents), which stands only inside
    runs, found nothing. The index's Thai text and the query are split into words; "จำนวน" was also
    lost to the query's unmarking, which took its "ำ" apart; two words typed as one ("เอกสารโบราณ",
    ancient documents) are split as the page's are. Japanese: the search plugin splits kanji only,
    and "東京エレクトロン" (kanji, then katakana) found nothing."""
    hrefs = result_paths(page, extra_site_url, query)
    assert hrefs[0] == f"/articles/{article}/", hrefs
    assert page.locator(".md-search__input").input_value() == query
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_url(re.compile(article))
    mark = page.locator(".md-content mark", has_text=marked).first
    mark.wait_for(timeout=10000)
    assert mark.is_visible()
    assert page.locator(".md-content mark mark").count() == 0
    assert not page.console_errors, page.console_errors


def test_search_results_show_no_zero_width_spaces(page, extra_site_url):
    """The search plugin splits Japanese and Chinese text with zero-width spaces, and a first-time user's result title,
    copied from the list, carried them ("スマートフォンにおいて\u200b利用\u200bされる…")."""
    result_paths(page, extra_site_url, "経済産業省")
    page.wait_for_timeout(500)
    shown = page.locator(".md-search-result__list").inner_text()
    assert "半導体" in shown and "\u200b" not in shown, shown[:300]
    assert not page.console_errors, page.console_errors


def test_search_finds_a_word_after_a_straight_apostrophe(page, extra_site_url):
    """A first-time user's Louvre briefing: "Apollon" found "d’Apollon" but not the "d'Apollon" that
    French copies, Reuters and clippers write: the search split words at the typographic
    apostrophe only. "Arcep" stands only in "l'Arcep"."""
    hrefs = searched(page, extra_site_url, "Arcep")
    assert "/articles/carriers-weigh-a-merger-as-at-and-t-prices-its-network/" in hrefs, hrefs


@pytest.mark.parametrize("query", ["AT&T", "script", "Bold"])
def test_search_finds_and_shows_text_of_markup_characters(page, extra_site_url, query):
    """"AT&T" is found; the excerpts show "<b>Bold</b>" and "<script>" as the text they are,
    with no stray ";" where the search cut an entity ("&lt;") apart at its semicolon."""
    open_page(page, extra_site_url)
    page.locator("label.md-header__button[for='__search'], .md-search__input").locator("visible=true").first.click()
    page.keyboard.type(query, delay=20)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    hrefs = {urlsplit(h).path for h in results.evaluate_all("els => els.map(e => e.href)")}
    assert "/articles/carriers-weigh-a-merger-as-at-and-t-prices-its-network/" in hrefs, hrefs
    shown = " ".join(page.locator(".md-search-result").inner_text().split())
    for cut in ("<;", ">;", "&lt", "&gt", "&amp"):
        assert cut not in shown, f"{cut!r} in the results: {shown[:500]}"
    if query != "AT&T":
        assert "<b>Bold</b>" in shown and "<script>alert(1)</script>" in shown, shown[:500]
    assert not page.console_errors, page.console_errors


@pytest.mark.parametrize("query", ["lt", "amp"])
def test_the_entities_of_escaped_text_are_no_words_to_find(page, extra_site_url, query):
    """The index holds "&lt;b&gt;" and "AT&amp;T": their entities are no words ("lt", "amp"),
    whatever stands before them (a separator of a space and "&" had cut " &lt;" apart)."""
    open_page(page, extra_site_url)
    page.locator("label.md-header__button[for='__search'], .md-search__input").locator("visible=true").first.click()
    page.keyboard.type(query, delay=20)
    page.locator(".md-search-result__meta").filter(has_not_text="Initializing").wait_for(timeout=15000)
    page.wait_for_timeout(500)
    hrefs = {urlsplit(h).path for h in page.locator(".md-search-result__item a").evaluate_all(
        "els => els.map(e => e.href)")}
    assert "/articles/carriers-weigh-a-merger-as-at-and-t-prices-its-network/" not in hrefs, hrefs




@pytest.mark.parametrize(("query", "written"), [
    ("Pirvulescu", "Pîrvulescu"),  # a name in the title and the text
    ("castigat", "câștigat"),  # a word of the text only
    ("Stefanescu", "Ștefănescu"),  # the writer, in the byline
    ("Pîrvulescu", "Pîrvulescu"),  # as written, still found
])
def test_search_finds_words_typed_without_their_marks(page, extra_site_url, query, written):
    """Readers type "Pirvulescu" for "Pîrvulescu": Material's search found nothing. The result
    shows the text as written, not the unmarked words the index holds for it."""
    hrefs = result_paths(page, extra_site_url, query)
    assert hrefs[0] == "/" + ROMANIAN_ARTICLE, hrefs
    shown = page.locator(".md-search-result").inner_text()
    assert written in shown or query == "castigat", shown[:500]
    assert query.lower() not in shown.lower() or query == written, f"the unmarked words are shown: {shown[:500]}"
    # The page the result opens marks the word as written (Material's highlighter matches it as typed only)
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_url(re.compile(re.escape(ROMANIAN_ARTICLE)))
    mark = page.locator(".md-content mark", has_text=written).first
    mark.wait_for(timeout=10000)
    assert mark.is_visible() and mark.inner_text() == written
    assert page.locator(".md-content mark mark").count() == 0  # never twice
    assert not page.console_errors, page.console_errors


# Where words are drawn: the box of each word's first occurrence in the element's text, looked for after the
# word before it (a Range over it).
_WORD_BOXES = """(root, words) => {
    const it = document.createNodeIterator(root, NodeFilter.SHOW_TEXT);
    const boxes = [];
    let i = 0;
    for (let node = it.nextNode(); node && i < words.length; node = it.nextNode()) {
        let from = 0, at;
        while (i < words.length && (at = node.textContent.indexOf(words[i], from)) >= 0) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + words[i].length);
            const r = range.getBoundingClientRect();
            boxes.push({word: words[i], left: r.left, right: r.right, top: r.top});
            from = at + words[i].length;
            i += 1;
        }
    }
    return boxes;
}"""


@pytest.mark.parametrize(("path", "element", "words"), [
    # the header: the date, whole, after the publication and the writer
    (ARABIC_ARTICLE, ".article-meta", ["الشرق اليوم", "سامي عبد الله حسن", "12", "February 2024"]),
    # the citation: writer. “title.” publication, date
    (HEBREW_ARTICLE, "#citation", ["דנה לוי", ". “", '"אין אוניות מאז נובמבר": נמל אילת משבית את רוב עובדיו',
                                   ".”", "חדשות הנגב", ", 24", "March"]),
    # the home page: a publication, then its count; under a title, publication · writer · date
    ("", "li:has(a[href*='sources']):has-text('الشرق اليوم')", ["الشرق اليوم", "(1)"]),
    ("", "li:has-text('سامي عبد الله حسن')", ["الشرق اليوم", " · ", "سامي عبد الله حسن", " · 12", "February 2024"]),
])
def test_right_to_left_fields_keep_their_place_among_the_sites_words(page, extra_site_url, path, element, words):
    """A first-time user's Red Sea briefing: an Arabic article's header read "12 · محمد عبده حسنين · الشرق الأوسط
    February 2024", its date torn apart by the publication and the writer beside it; a Hebrew headline's citation
    "“24 ”."אין אוניות מאז נובמבר" נמל אילת …: March 2024."; the home page "(1) الشرق الأوسط". Each field taken
    from an article is isolated: the site's words, numbers and separators are drawn in the order written."""
    open_page(page, extra_site_url + path)
    boxes = page.locator(".md-content " + element).first.evaluate(_WORD_BOXES, words)
    assert [b["word"] for b in boxes] == words, boxes
    # one line, left to right (an English page), each word a space or a separator after the one before it
    for a, b in zip(boxes, boxes[1:]):
        assert a["top"] == b["top"] and -1 <= b["left"] - a["right"] < 25, (a, b)
    assert not page.console_errors, page.console_errors


@pytest.mark.parametrize(("query", "article", "marked"), [
    ("الاحمر", ARABIC_ARTICLE, "الأحمر"),  # typed without the hamza
    ("اسرائيل", ARABIC_ARTICLE, "إسرائيل"),
    ("شنتا", ARABIC_ARTICLE, "شنّتا"),  # without the shadda
    ("الأحمر", ARABIC_ARTICLE, "الأحمر"),  # as written, still found
    ("החות׳ים", HEBREW_ARTICLE, "החות'ים"),  # a Hebrew keyboard's geresh for the page's apostrophe
    ('מנכ"ל', HEBREW_ARTICLE, 'מנכ"ל'),  # as written: the straight quote split it into "מנכ" and "ל"
])
def test_search_finds_arabic_and_hebrew_words_as_readers_type_them(page, extra_site_url, query, article, marked):
    """A first-time user's Red Sea briefing: Material's search found "الأحمر" (12 articles) but not
    "الاحمر" (none), as most readers type it without the hamza, nor "اسرائيل", nor "شنتا" for "شنّتا"; nor
    "החות׳ים", typed with the Hebrew geresh, on a page that writes "החות'ים". The page opened marks the word."""
    hrefs = result_paths(page, extra_site_url, query)
    assert hrefs[0] == "/" + article, hrefs
    assert page.locator(".md-search__input").input_value() == query
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_url(re.compile(re.escape(article)))
    mark = page.locator(".md-content mark", has_text=marked).first
    mark.wait_for(timeout=10000)
    assert mark.is_visible()
    assert page.locator(".md-content mark mark").count() == 0
    assert not page.console_errors, page.console_errors


@pytest.mark.parametrize("query", ["Cỏ Mây", "cỏ", "mây"])
def test_search_ranks_a_vietnamese_name_over_its_unmarked_syllables(page, extra_site_url, query):
    """A first-time user's South China Sea briefing: "Cỏ Mây" listed 27 pages, none of them the only one that names
    the shoal: unmarked, "mây" was English's stop word "may" and "cỏ" the start of every word in "co…"."""
    assert result_paths(page, extra_site_url, query)[0] == "/" + VIETNAMESE_ARTICLE
    assert page.locator(".md-search__input").input_value() == query
    assert not page.console_errors, page.console_errors


@pytest.mark.parametrize("query", ["Nicușor", "Nicusor"])
def test_search_finds_a_name_with_or_without_its_marks_both_ways(page, extra_site_url, query):
    """The Romanian page writes "Nicușor Dan", an English wire "Nicusor Dan": typed either way, the
    search finds both (typed with the marks, it found only the Romanian page). The box keeps what
    was typed."""
    open_page(page, extra_site_url)
    page.locator("label.md-header__button[for='__search'], .md-search__input").locator("visible=true").first.click()
    page.keyboard.type(query, delay=20)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=15000)
    page.wait_for_timeout(300)
    hrefs = {urlsplit(h).path for h in results.evaluate_all("els => els.map(e => e.href)")}
    assert {"/" + ROMANIAN_ARTICLE, "/articles/centrist-mayor-nicusor-dan-wins-romanias-presidential-run-off/"} <= hrefs, hrefs
    assert page.locator(".md-search__input").input_value() == query
    assert not page.console_errors, page.console_errors


def test_a_vietnamese_result_marks_only_the_name_searched_on_the_page_it_opens(page, extra_site_url):
    """"Cỏ Mây" is searched as "cỏ mây co^1 may" (the unmarked syllables, short, as whole words), and
    Material copied "co" into the result's link (?h=cỏ+mây+co): the page it opened marked every word
    in "co…" ("Coast Guard", "Converted"), five marks of six in a first-time user's briefing. The
    short unmarked forms are whole words there too: only the name is marked."""
    hrefs = result_paths(page, extra_site_url, "Cỏ Mây")
    assert hrefs[0] == "/" + VIETNAMESE_ARTICLE, hrefs
    link = page.locator(".md-search-result__item a").first
    h = parse_qs(urlsplit(link.get_attribute("href") or "").query).get("h", [""])[0].split()
    assert "co" not in h and "cỏ" in h, h
    link.click()
    page.wait_for_url(re.compile(re.escape(VIETNAMESE_ARTICLE)))
    page.locator(".md-content mark").first.wait_for(timeout=10000)
    page.wait_for_timeout(300)
    marked = page.locator(".md-content mark").all_inner_texts()
    assert marked and all(strip_marks(m).lower() in ("co", "may", "co may") for m in marked), marked
    assert page.locator(".md-content mark mark").count() == 0
    assert not page.console_errors, page.console_errors


@pytest.fixture(scope="module")
def untagged_site_url(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The seeds built with empty topic and entity lists (as a new briefing's are), served."""
    from conftest import SEEDS, run_build_site, serve_directory

    root = tmp_path_factory.mktemp("untagged")
    (root / "topics.yml").write_text("{}\n", encoding="utf-8")
    (root / "entities.yml").write_text("[]\n", encoding="utf-8")
    run = run_build_site("--topics", str(root / "topics.yml"), "--entities", str(root / "entities.yml"),
                         seeds=SEEDS, docs=root / "docs", site=root / "site")
    assert run.returncode == 0, run.output
    server, url = serve_directory(run.site)
    yield url
    server.shutdown()


def test_a_timeline_without_topics_or_entities_filters_by_events_alone(page, untagged_site_url):
    """With no topics or entities the Topic and Entity menus are left out (their only choice was
    "All …"): the form shows "Events only", which filters, and the address keeps it."""
    open_page(page, untagged_site_url + "timeline/")
    form = page.locator("form.timeline-filters")
    form.wait_for(state="visible")
    assert form.locator("select").count() == 0
    total = page.locator("li.tl-item").count()
    assert form.locator("output").inner_text() == f"{total} of {total} entries shown"
    form.locator("input[name=events-only]").check()
    shown = page.locator("li.tl-item:visible").count()
    assert shown == page.locator("li.tl-event").count() < total
    assert form.locator("output").inner_text().startswith(f"{shown} of {total}")
    assert page.evaluate("location.search") == "?events=1"
    assert page.console_errors == []


def test_the_timeline_intro_links_the_undated_articles(page, seeds_site_url):
    """The intro said "see Undated articles, at the end" as plain text, at the top of a long page:
    it is a link to that section."""
    open_page(page, seeds_site_url + "timeline/")
    if page.locator("h2#undated-articles").count() == 0:
        pytest.skip("every seed article is dated")
    link = page.locator(".md-content p").first.get_by_role("link", name="Undated articles")
    assert urlsplit(link.evaluate("a => a.href")).fragment == "undated-articles"
    link.click()
    page.wait_for_function("location.hash === '#undated-articles'")
    top = page.locator("h2#undated-articles").evaluate("h => h.getBoundingClientRect().top")
    assert 0 <= top < page.evaluate("innerHeight") - 100, top  # in view (the page may end below it)
    assert page.console_errors == []


# A made-up wire story with a table copied as tab-separated text: its column labels hold a year.
TABLE_PAGE = "\n".join([
    "Reuters",
    "Philippine and Chinese coast guards report record number of encounters near Scarborough Shoal and "
    "Second Thomas Shoal in the first half of the year, officials say in a lengthy joint assessment",
    "By Karen Lema",
    "March 3, 2025",
    "",
    "MANILA, March 3 (Reuters) - The Philippine coast guard on Monday published figures on encounters "
    "with Chinese vessels in the South China Sea over the past year, saying the number of incidents had "
    "risen sharply at several features.",
    "",
    "The figures, compiled by the coast guard's maritime domain awareness unit, cover the twelve months "
    "to the end of February and count each encounter once.",
    "",
    "Feature\tEncounters 2023\tEncounters 2024\tWater cannon used\tVessels involved (Chinese coast "
    "guard, maritime militia and navy combined)",
    "Scarborough Shoal\t41\t77\t12\tCoast guard cutters 3105, 3305, 5303 and maritime militia trawlers",
    "Second Thomas Shoal\t23\t31\t6\tCoast guard cutters 5203, 5205, 21551",
    "Sabina Shoal\t4\t19\t3\tCoast guard cutter 5901",
    "",
    "\"These numbers show a clear escalation,\" coast guard spokesperson Jay Tarriela told reporters in "
    "Manila, adding that the data would be shared with allies.",
    "",
    "China's foreign ministry said the Philippine vessels had intruded into Chinese waters and that its "
    "coast guard had acted in accordance with the law.",
    "",
    "The Philippines has protested the incidents through diplomatic channels, filing more than 50 "
    "protests last year, according to the foreign ministry in Manila.",
    "",
])


@pytest.fixture(scope="module")
def table_site_url(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One article with a table, built and served: its address."""
    from conftest import run_build_site, serve_directory

    root = tmp_path_factory.mktemp("table")
    (root / "seeds").mkdir()
    (root / "seeds" / "table.txt").write_text(TABLE_PAGE, encoding="utf-8")
    run = run_build_site(seeds=root / "seeds", docs=root / "docs", site=root / "site")
    assert run.returncode == 0, run.output
    server, url = serve_directory(run.site)
    [article] = article_pages(run.site)
    yield url + article
    server.shutdown()


def test_a_tables_labels_with_a_year_are_its_column_headers(page, table_site_url):
    """"Feature | Encounters 2023 | Encounters 2024 | …" was a row of cells: a screen reader had no
    column headers ("cell Feature")."""
    open_page(page, table_site_url)
    table = page.get_by_role("region", name="Table")
    headers = table.get_by_role("columnheader").all_inner_texts()
    assert headers[:3] == ["Feature", "Encounters 2023", "Encounters 2024"], headers
    assert table.get_by_role("cell", name="Scarborough Shoal").count() == 1
    assert page.console_errors == []


def test_on_a_phone_a_wide_table_shows_that_it_scrolls(browser, table_site_url):
    """At 390 px the table scrolled sideways in its region with nothing to say there was more to the
    right: a shadow marks the edge with more beyond it, the right one at first, the left one at the end."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    pg = context.new_page()
    try:
        open_page(pg, table_site_url)
        region = pg.locator("div.article-table")
        assert region.evaluate("r => r.scrollWidth > r.clientWidth + 50")
        style = region.evaluate("r => { const s = getComputedStyle(r); return [s.backgroundImage, "
                                "s.backgroundAttachment]; }")
        assert style[0].count("radial-gradient") == 2 and style[0].count("linear-gradient") == 2, style
        assert style[1] == "local, local, scroll, scroll", style
        screenshot(pg, "table-390")
        region.evaluate("r => { r.scrollLeft = r.scrollWidth; }")
        screenshot(pg, "table-390-scrolled")
    finally:
        context.close()


def test_a_citation_with_no_address_gets_the_one_the_page_was_read_at(browser, seeds_site_url, seeds_build):
    """With site_url still the placeholder, an article with no original URL was cited by its title and
    date alone ("“Calm Before the Storm? …” 20 August 2025."): nothing to find it by. The page's own
    address is added where it is read (and copied with the citation); a citation with the original's
    URL keeps that alone."""
    import frontmatter

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=seeds_site_url.rstrip("/"))
    pg = context.new_page()
    try:
        checked = set()
        for rel in article_pages(seeds_build.site):
            meta = frontmatter.load(seeds_build.docs / "articles" / f"{rel.split('/')[1]}.md")
            open_page(pg, seeds_site_url + rel + "?h=china#p-2", settle=False)
            citation = " ".join(pg.locator("#citation").inner_text().split())
            here = f" In Microsoft and China: a research briefing, {seeds_site_url}{rel}"
            if meta["url"]:
                assert here not in citation and citation.endswith(meta["url"]), citation
                checked.add("url")
                continue
            assert citation.endswith(here), citation
            assert citation.count(seeds_site_url) == 1 and "example.org" not in citation
            pg.get_by_role("button", name="Copy citation").click()
            pg.locator(".citation-status", has_text="copied").wait_for()
            assert pg.evaluate("navigator.clipboard.readText()") == citation
            checked.add("none")
        assert "none" in checked, checked
    finally:
        context.close()


def test_a_search_that_finds_nothing_says_what_to_try(page, seeds_site_url):
    """"Scarbrough" answered "No matching documents", no more."""
    open_page(page, seeds_site_url)
    page.locator("label.md-header__button[for='__search'], .md-search__input").locator("visible=true").first.click()
    page.keyboard.type("Micrsoftt", delay=20)
    meta = page.locator(".md-search-result__meta")
    page.wait_for_function("() => /^No matching/.test((document.querySelector('.md-search-result__meta') || {})"
                           ".textContent || '')", timeout=15_000)
    assert meta.inner_text() == ("No matching documents. Check the spelling, or search for fewer words "
                                 "or the start of a word.")
    assert not page.console_errors, page.console_errors
