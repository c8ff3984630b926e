"""Listing pages stay light as the briefing grows: timeline, tags, sources and entity pages split.

The split thresholds are lowered for a 40-article generated corpus, then the real
converter writes the pages and the real `mkdocs build --strict` (with the post-build
link check) builds them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import frontmatter
import pytest

from briefing import pages
from briefing.pipeline import Options, convert
from briefing.site import build_site
from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
import make_corpus  # noqa: E402


PERIOD_MAX = 6
LISTING_SIZE = 3


@pytest.fixture(scope="module")
def split_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    root = tmp_path_factory.mktemp("split")
    make_corpus.generate(40, root / "seeds", seed=7)
    patch = pytest.MonkeyPatch()
    for name, value in [("TIMELINE_SINGLE_PAGE_MAX", 10), ("TIMELINE_PERIOD_PAGE_MAX", PERIOD_MAX),
                        ("TAGS_SINGLE_PAGE_MAX", 20), ("SOURCES_SINGLE_PAGE_MAX", 10),
                        ("LISTING_PAGE_SIZE", LISTING_SIZE), ("ENTITY_PAGE_MAX_MENTIONS", 8)]:
        patch.setattr(pages, name, value)
    try:
        opts = Options(seeds=root / "seeds", docs=root / "docs", config=REPO / "mkdocs.yml",
                       topics=REPO / "topics.yml", entities=REPO / "entities.yml", search="material")
        result = convert(opts)
        build_site(REPO / "mkdocs.yml", root / "docs", root / "site")  # strict + link check
    finally:
        patch.undo()
    return root / "docs", root / "site", [a.slug for a in result.briefing.articles]


def test_timeline_splits_into_periods(split_site: tuple[Path, Path, list[str]]) -> None:
    docs, site, slugs = split_site
    periods = sorted(p.stem for p in (docs / "timeline").glob("*.md"))
    assert len(periods) > 3 and any(re.fullmatch(r"\d{4}-\d{2}", p) for p in periods)
    listed = "".join((site / "timeline" / p / "index.html").read_text(encoding="utf-8") for p in periods)
    for slug in slugs:  # every article is on some period page
        assert f"articles/{slug}/" in listed
    overview = (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{p}/"' in overview for p in periods)
    # The intro's "see Undated articles" links their page (it was plain text).
    assert "undated" in periods and re.search(r'see <a href="undated/">Undated articles</a>', overview)
    # A period too long for one page (here the year-only events sorted into a January)
    # continues on numbered pages; no page holds more than the limit.
    for p in periods:
        entries = (docs / "timeline" / f"{p}.md").read_text(encoding="utf-8").count('<li class="tl-item')
        assert 0 < entries <= PERIOD_MAX, (p, entries)
    assert any(p.endswith("-part-2") for p in periods), periods


def test_tags_sources_and_entities_split(split_site: tuple[Path, Path, list[str]]) -> None:
    docs, site, slugs = split_site
    tag_pages = list((site / "tags").glob("*/index.html"))
    assert tag_pages, "one page per tag"
    for tag_page in tag_pages:  # each lists the articles carrying its tag
        assert re.search(r'href="\.\./\.\./articles/[a-z0-9-]+/"', tag_page.read_text(encoding="utf-8")), tag_page
    # Chips link to the tag's Material listing or, for a tag on more articles than a page
    # holds (here 3), to the tag's own paged listing (the build's link check resolved both).
    chips = []
    for slug in slugs:
        article = (site / "articles" / slug / "index.html").read_text(encoding="utf-8")
        nav = re.search(r'<nav class="md-tags".*?</nav>', article, re.S)
        chips += re.findall(r'<a href="([^"]*)" class="md-tag', nav.group(0)) if nav else []
    listed = [c for c in chips if re.fullmatch(r"\.\./\.\./tags/[a-z0-9-]+/#tag:[a-z0-9-]+", c)]
    paged = [c for c in chips if re.fullmatch(r"\.\./\.\./tags/[a-z0-9-]+/", c)]
    assert listed and paged and len(listed) + len(paged) == len(chips), chips
    tagged = [{"slug": f.stem, **frontmatter.load(str(f)).metadata} for f in (docs / "articles").glob("*.md")]
    tagged = [a for a in tagged if "AI research collaboration" in a["tags"]]
    assert len(tagged) > 2 * LISTING_SIZE
    tag_dir = site / "tags" / "ai-research-collaboration"
    listing = [tag_dir / "index.html", *sorted(tag_dir.glob("page-*/index.html"))]
    assert len(listing) == -(-len(tagged) // LISTING_SIZE)
    seen = []
    for listing_page in listing:
        links = re.findall(r'href="(?:\.\./)+articles/([a-z0-9-]+)/"', listing_page.read_text(encoding="utf-8"))
        assert 0 < len(links) <= LISTING_SIZE, listing_page
        seen += links
    assert sorted(seen) == sorted(a["slug"] for a in tagged)
    source_pages = list((site / "sources").rglob("index.html"))
    assert len(source_pages) > 2
    listed = "".join(p.read_text(encoding="utf-8") for p in source_pages)
    for slug in slugs:
        assert f"articles/{slug}/" in listed
    second_pages = list((site / "entities").glob("*/page-2/index.html"))
    assert second_pages, "a much-mentioned entity spans pages"
    # A much-mentioned entity lists each article once, with its first mentions and a link
    # to the article for the rest (the build above checked that every link resolves).
    page = next(p for p in second_pages if "more mention" in p.read_text(encoding="utf-8"))
    text = page.read_text(encoding="utf-8")
    for block in re.split(r"<h2[^>]*>", text)[1:]:
        assert len(re.findall(r"→ paragraph", block)) <= pages.ENTITY_COMPACT_MENTIONS


def test_paged_entity_pages_link_to_the_one_page_timeline(tmp_path: Path) -> None:
    """Later pages of an entity sit one folder deeper: their timeline link must still resolve."""
    patch = pytest.MonkeyPatch()
    patch.setattr(pages, "ENTITY_PAGE_MAX_MENTIONS", 3)
    try:
        opts = Options(seeds=REPO / "seeds", docs=tmp_path / "docs", config=REPO / "mkdocs.yml",
                       topics=REPO / "topics.yml", entities=REPO / "entities.yml", search="material")
        convert(opts)
        build_site(REPO / "mkdocs.yml", tmp_path / "docs", tmp_path / "site")  # strict + link check
    finally:
        patch.undo()
    second = sorted((tmp_path / "site" / "entities").glob("*/page-2/index.html"))
    assert second
    assert 'href="../../../timeline/?entity=' in second[0].read_text(encoding="utf-8")


def test_listings_written_as_html_keep_article_text_as_text() -> None:
    """Paged tag and source listings and entity pages write their items as HTML (not
    Markdown): a headline, publication or name that is markup stays the text it is."""
    import datetime as dt

    from briefing.model import Article, Mention

    hostile = '<img src=x onerror="alert(1)">'
    article = Article(source_file="x.txt", title=hostile, authors=[f"{hostile} & Co"], source=hostile,
                      date=dt.date(2021, 3, 3), slug="x")
    listing = "\n".join(pages._listing_html([article], "../../", pages._tag_detail_html)
                        + pages._listing_html([article], "../../", pages._source_detail_html))
    entity = "\n".join(pages._entity_article_html(
        article, [Mention("e", "x", "p-2", f"Said {hostile} today.")], None, "../", set()))
    for text in (listing, entity):
        assert "<img" not in text and "onerror=&quot;alert(1)&quot;" in text
        assert "&lt;img src=x" in text and "&amp; Co" in text
    assert '<a href="../../articles/x/">&lt;img' in listing
    assert '<a href="../../articles/x/#p-2">→ paragraph 2</a>' in entity
