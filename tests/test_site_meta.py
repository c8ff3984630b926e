"""What the built site tells feed readers and link previews: the Atom feed, OpenGraph and
description meta, the feed link in every head. Checked on the real build's files."""

from __future__ import annotations

import html
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from conftest import SEEDS, run_build_site

ATOM = "{http://www.w3.org/2005/Atom}"
# mkdocs.yml: site_url is SITE_URL from the environment, else this default.
DEFAULT_SITE_URL = (os.environ.get("SITE_URL") or "https://example.org/briefing/").rstrip("/") + "/"


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n", 2)[1])


def articles(docs: Path) -> dict[str, dict]:
    return {p.stem: front_matter(p) for p in sorted((docs / "articles").glob("*.md"))}


def meta(page: str, attr: str, name: str) -> list[str]:
    pattern = rf'<meta {attr}="{re.escape(name)}" content="([^"]*)"'
    return [html.unescape(m) for m in re.findall(pattern, page)]


def parse_feed(site: Path) -> ET.Element:
    return ET.fromstring((site / "feed.xml").read_bytes())


def test_feed_is_atom_with_one_entry_per_dated_article_newest_first(seeds_build):
    feed = parse_feed(seeds_build.site)
    assert feed.tag == f"{ATOM}feed"
    arts = articles(seeds_build.docs)
    dated = {slug: fm for slug, fm in arts.items() if fm["date"]}
    assert dated, "the seeds should have dated articles"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(dated)
    dates = []
    for entry in entries:
        link = entry.find(f"{ATOM}link").get("href")
        path = urlsplit(link).path
        assert path.startswith(urlsplit(DEFAULT_SITE_URL).path + "articles/"), link
        slug = path.rstrip("/").rsplit("/", 1)[-1]
        assert slug in dated, f"feed entry for an unknown or undated article: {link}"
        fm = dated[slug]
        assert entry.findtext(f"{ATOM}title") == fm["title"]
        assert entry.findtext(f"{ATOM}id") == link
        published = entry.findtext(f"{ATOM}published")
        assert published.startswith(str(fm["date"])), (published, fm["date"])
        assert entry.findtext(f"{ATOM}updated") == published
        assert entry.findtext(f"{ATOM}summary") == fm["summary"]
        authors = [a.findtext(f"{ATOM}name") for a in entry.findall(f"{ATOM}author")]
        assert authors == (fm["authors"] or [fm["source"] or "Author not stated"])
        assert {c.get("term") for c in entry.findall(f"{ATOM}category")} >= set(fm["tags"])
        dates.append(published)
    assert dates == sorted(dates, reverse=True), "entries are not newest first"
    # The feed's own date is the newest article's: nothing depends on when it was built.
    assert feed.findtext(f"{ATOM}updated") == dates[0]
    links = {l.get("rel"): l.get("href") for l in feed.findall(f"{ATOM}link")}
    assert links == {"alternate": DEFAULT_SITE_URL, "self": DEFAULT_SITE_URL + "feed.xml"}
    assert feed.findtext(f"{ATOM}title") and feed.findtext(f"{ATOM}id")


def test_feed_keeps_the_newest_articles_only():
    """A large briefing's feed holds the newest FEED_MAX_ENTRIES dated articles, not all."""
    import datetime as dt

    from briefing import feed
    from briefing.model import Article

    start = dt.date(2001, 1, 1)
    pool = [Article(source_file=f"s{i}.txt", title=f"Article {i}", slug=f"article-{i}",
                    date=start + dt.timedelta(days=37 * i) if i % 7 else None) for i in range(400)]
    dated = sorted((a for a in pool if a.date), key=lambda a: a.date, reverse=True)
    assert len(dated) > feed.FEED_MAX_ENTRIES
    info = feed.FeedInfo(site_url=DEFAULT_SITE_URL, title="T", description=None)
    root = ET.fromstring(feed.atom_feed(list(reversed(pool)), info))
    titles = [e.findtext(f"{ATOM}title") for e in root.findall(f"{ATOM}entry")]
    assert titles == [a.title for a in dated[:feed.FEED_MAX_ENTRIES]]


def test_feed_links_resolve_to_built_pages(seeds_build):
    base = urlsplit(DEFAULT_SITE_URL).path
    for entry in parse_feed(seeds_build.site).findall(f"{ATOM}entry"):
        rel = urlsplit(entry.find(f"{ATOM}link").get("href")).path.removeprefix(base)
        assert (seeds_build.site / rel / "index.html").is_file(), rel


def test_every_page_links_the_feed_in_its_head_and_home_links_it_in_its_text(seeds_build):
    site = seeds_build.site
    pages = sorted(site.rglob("index.html"))
    assert len(pages) >= 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        head = text.split("</head>", 1)[0]
        found = re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]* href="([^"]+)"', head)
        assert found, f"{page.relative_to(site)}: no feed link in the head"
        assert (page.parent / found.group(1)).resolve() == (site / "feed.xml").resolve(), \
            f"{page.relative_to(site)}: feed link {found.group(1)} does not lead to feed.xml"
    home = (site / "index.html").read_text(encoding="utf-8")
    body = home.split("</head>", 1)[1]
    assert re.search(r'<a href="feed.xml"[^>]*>[^<]*feed', body, re.I), "home page does not link the feed"


def test_every_article_has_opengraph_and_description_meta(seeds_build):
    for slug, fm in articles(seeds_build.docs).items():
        page = (seeds_build.site / "articles" / slug / "index.html").read_text(encoding="utf-8")
        assert meta(page, "property", "og:type") == ["article"], slug
        assert meta(page, "property", "og:title") == [fm["title"]], slug
        assert meta(page, "property", "og:description") == [fm["summary"]], slug
        assert meta(page, "name", "description") == [fm["summary"]], slug
        assert meta(page, "property", "og:url") == [f"{DEFAULT_SITE_URL}articles/{slug}/"], slug
        if fm["date"]:
            assert meta(page, "property", "article:published_time") == [str(fm["date"])]
        assert meta(page, "property", "article:author") == fm["authors"]


def test_meta_of_other_pages_is_the_site_description(seeds_build):
    page = (seeds_build.site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert meta(page, "property", "og:type") == ["website"]
    assert meta(page, "name", "description") and meta(page, "property", "og:description")


def test_two_builds_give_identical_feeds_and_site_url_moves_the_links(seeds_build, tmp_path):
    again = run_build_site(docs=tmp_path / "a" / "docs", site=tmp_path / "a" / "site", command="convert")
    assert again.returncode == 0, again.output
    assert (again.docs / "feed.xml").read_bytes() == (seeds_build.site / "feed.xml").read_bytes()
    moved = run_build_site(docs=tmp_path / "b" / "docs", command="convert",
                           extra_env={"SITE_URL": "https://reader.example.net/brief"})
    assert moved.returncode == 0, moved.output
    feed = ET.fromstring((moved.docs / "feed.xml").read_bytes())
    hrefs = [l.get("href") for l in feed.iter(f"{ATOM}link")]
    assert hrefs and all(h.startswith("https://reader.example.net/brief/") for h in hrefs), hrefs


def _citation(page: str) -> str:
    match = re.search(r'<p class="citation" id="citation">(.*?)</p>', page, re.S)
    assert match, "no citation"
    return html.unescape(" ".join(re.sub(r"<[^>]+>", "", match.group(1)).split()))


def test_the_citation_names_this_page_once_the_site_has_its_address(seeds_build, tmp_path):
    """A reader citing the briefing gets where they read it; never the placeholder address."""
    names = sorted(p.name for p in (seeds_build.site / "articles").iterdir())
    for name in names:
        page = (seeds_build.site / "articles" / name / "index.html").read_text(encoding="utf-8")
        if DEFAULT_SITE_URL.startswith("https://example.org/"):
            assert "example.org" not in _citation(page), name
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    first = sorted(p.name for p in seeds.glob("*.txt"))[0]
    (seeds / "metadata.yml").write_text(f"{first}:\n  url: https://news.example.com/story\n", encoding="utf-8")
    moved = run_build_site(seeds=seeds, docs=tmp_path / "docs", site=tmp_path / "site",
                           extra_env={"SITE_URL": "https://reader.example.net/brief"})
    assert moved.returncode == 0, moved.output
    with_url = 0
    for name in names:
        page = (moved.site / "articles" / name / "index.html").read_text(encoding="utf-8")
        citation = _citation(page)
        meta = front_matter(moved.docs / "articles" / f"{name}.md")
        assert meta["title"] in citation, citation
        assert citation.endswith(f" In Microsoft and China: a research briefing, "
                                 f"https://reader.example.net/brief/articles/{name}/"), citation
        # the sentence before "In" ends ("… https://news.example.com/story. In …"), the original's address too
        assert re.search(r"[.?!…”] In Microsoft", citation), citation
        if meta["url"]:
            assert f"{meta['url']}. In Microsoft" in citation, citation
            with_url += 1
    assert with_url == 1


def test_entity_page_headings_of_titles_without_latin_letters_have_ids_that_stay():
    """A first-time user's Red Sea briefing: on an entity's page, each article's heading has the id the toc
    extension gives its title, and Arabic headlines got "_1", "_2", "_3", in page order: a link to one of them
    led to another article once one more named the entity. A title the toc extension makes no id of has its
    article's slug; a Latin one keeps its own."""
    import datetime as dt

    from briefing import pages
    from briefing.model import Article, Mention

    def heading_ids(articles: list[Article]) -> dict[str, str]:
        ids: set[str] = set()
        pages.toc_unique(pages.toc_slugify("يحيى سريع", "-"), ids)  # the page's h1
        out = {}
        for a in articles:
            h2 = pages._entity_article_html(a, [Mention("e", a.slug, "p-1", "قال يحيى سريع.")], None, "../", ids)[0]
            out[a.slug] = re.search(r'<h2 id="([^"]+)"', h2).group(1)
        return out

    def article(slug: str, title: str, day: int) -> Article:
        return Article(source_file=f"{slug}.html", title=title, language="ar", date=dt.date(2024, 2, day), slug=slug)

    first = [article("11-asharq-alawsat-ar", "الحوثيون يستهدفون سفينة في البحر الأحمر", 12),
             article("10-aljazeera-ar", "واشنطن تعلن تحالفا بحريا", 10),
             article("reuters-houthis", "Houthis claim attack on ship", 9)]
    before = heading_ids(first)
    assert before == {"11-asharq-alawsat-ar": "11-asharq-alawsat-ar", "10-aljazeera-ar": "10-aljazeera-ar",
                      "reuters-houthis": "houthis-claim-attack-on-ship"}
    later = heading_ids([article("12-alarabiya-ar", "ضربات أمريكية جديدة في اليمن", 14), *first])
    assert {slug: later[slug] for slug in before} == before
    assert "_1" not in later.values()
