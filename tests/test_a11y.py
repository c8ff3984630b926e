"""Accessibility audit of the built seeds site: axe-core in Debian's chromium.

axe-core is pinned in package.json / package-lock.json (npm ci; `make test` runs it) and
injected from node_modules into each page: no CDN. Home, an article, the timeline, the
tags page and an entity page are audited in the light and the dark scheme; a serious or
critical violation fails the test. Keyboard use of the timeline filters is tested too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import REPO, screenshot

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")


@pytest.fixture(scope="module")
def axe_script() -> Path:
    if not AXE.exists():
        message = f"{AXE.relative_to(REPO)} is missing: run `npm ci` (make test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return AXE


def audited_pages(site: Path) -> list[tuple[str, str]]:
    """(name, site-relative URL) of the pages to audit; an entity page when there is one."""
    articles = sorted(p.parent.name for p in (site / "articles").glob("*/index.html"))
    pages = [("home", ""), ("article", f"articles/{articles[0]}/"), ("timeline", "timeline/"),
             ("tags", "tags/")]
    entities = sorted(p.parent.name for p in (site / "entities").glob("*/index.html"))
    if entities:
        pages.append(("entity", f"entities/{entities[0]}/"))
    return pages


def run_axe(pg, script: Path) -> list[dict]:  # type: ignore[no-untyped-def]
    pg.add_script_tag(path=str(script))
    result = pg.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' +
                                                (n.failureSummary || '').replace(/\\s+/g, ' '))}));
        }"""
    )
    return [v for v in result if v["impact"] in BLOCKING]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_or_critical_axe_violations(browser, seeds_site_url, seeds_build, axe_script, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    pg = context.new_page()
    problems = []
    try:
        for name, rel in audited_pages(seeds_build.site):
            pg.goto(seeds_site_url + rel)
            pg.wait_for_load_state("networkidle")
            drawn = pg.evaluate("document.body.getAttribute('data-md-color-scheme')")
            assert drawn == ("slate" if scheme == "dark" else "default"), f"{name}: scheme {drawn}"
            for v in run_axe(pg, axe_script):
                problems.append(f"{name} ({scheme}): {v['impact']} {v['id']}: {v['help']}\n    "
                                + "\n    ".join(v["nodes"]))
            screenshot(pg, f"a11y-{name}-{scheme}")
    finally:
        context.close()
    assert not problems, "axe-core found:\n" + "\n".join(problems)


def test_audited_pages_include_an_entity_page_when_entities_exist(seeds_build):
    """The audit must not silently drop the entity page once entity pages are built."""
    names = [n for n, _ in audited_pages(seeds_build.site)]
    has_entities = any((seeds_build.site / "entities").glob("*/index.html"))
    assert ("entity" in names) == has_entities


def test_timeline_filters_work_from_the_keyboard(page, seeds_site_url):
    page.goto(seeds_site_url + "timeline/")
    page.wait_for_load_state("networkidle")
    form = page.locator("form.timeline-filters")
    if form.count() == 0:
        pytest.skip("the timeline has no filters")
    assert form.is_visible()
    total = page.locator("li.tl-item").count()
    # Every control has an accessible name (a label), and Tab reaches each of them.
    controls = form.locator("select, input")
    names = controls.evaluate_all("els => els.map(e => e.labels && e.labels.length ? e.labels[0].innerText : '')")
    assert all(n.strip() for n in names), f"filter controls without a label: {names}"
    reached = []
    page.locator(".md-content h1").first.click()  # start from the content, as a reader would
    for _ in range(200):
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement && document.activeElement.closest('form.timeline-filters') ? document.activeElement.name : null")
        if focused and focused not in reached:
            reached.append(focused)
        if len(reached) == controls.count():
            break
    assert len(reached) == controls.count(), f"Tab reached only {reached}"
    # Choose a topic with the keyboard alone: focus the select, arrow down, the list filters.
    topic = form.locator("select[name='topic']")
    topic.focus()
    page.keyboard.press("ArrowDown")
    page.wait_for_function(
        "n => document.querySelectorAll('li.tl-item:not([hidden])').length < n "
        "|| document.querySelector('form.timeline-filters select[name=topic]').selectedIndex > 0", arg=total)
    shown = page.locator("li.tl-item:not([hidden])").count()
    assert topic.evaluate("e => e.selectedIndex") == 1
    assert 0 < shown <= total
    status = form.locator("output").inner_text()
    assert f"{shown} of {total}" in status, status
    # The events-only box toggles with the space bar.
    box = form.locator("input[name='events-only']")
    box.focus()
    page.keyboard.press("Space")
    assert box.is_checked()
    screenshot(page, "timeline-filters-keyboard")


def test_an_articles_paragraph_links_are_no_tab_stops(page, seeds_site_url, seeds_build):
    """Each paragraph's pilcrow was a Tab stop: after an article's tags and entities came "Link to
    paragraph 1" … "Link to paragraph 40" before its related articles and "Copy citation". Tab goes
    from the text's links to them; a link to a paragraph still lands on it, focused and marked."""
    site = seeds_build.site
    article = max((p.parent.name for p in (site / "articles").glob("*/index.html")),
                  key=lambda name: (site / "articles" / name / "index.html").read_text("utf-8").count("para-anchor"))
    page.goto(f"{seeds_site_url}articles/{article}/")
    page.wait_for_load_state("networkidle")
    assert page.locator("a.para-anchor").count() > 5
    page.locator(".md-content h1").first.click()
    seen = []
    for _ in range(300):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement;
            return e ? (e.classList.contains('para-anchor') ? 'para-anchor' : e.textContent.trim()) : null; }""")
        seen.append(focused)
        if focused == "Copy citation":
            break
    assert "para-anchor" not in seen, seen
    assert seen[-1] == "Copy citation", seen[-10:]
    page.goto(f"{seeds_site_url}articles/{article}/#p-3")
    page.wait_for_timeout(300)
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == "p-3"
    marked = page.evaluate("getComputedStyle(document.getElementById('p-3').parentElement).backgroundColor")
    assert marked not in ("rgba(0, 0, 0, 0)", "transparent"), marked
