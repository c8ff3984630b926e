"""Site pages generated from the whole briefing: home, timeline, tags, sources, entities.

Part of the write stage. Every piece of article text goes through escape_text (in
Markdown) or html.escape (inside the HTML of the timeline's list, the entity pages'
mentions and the paged tag and source listings) before it reaches a page. Links inside
that HTML point at the built pages' URLs (MkDocs' default directory URLs); the check
after the build resolves them all.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from markdown.extensions.toc import slugify as toc_slugify
from markdown.extensions.toc import unique as toc_unique
from pymdownx.slugs import slugify as pymdownx_slugify

from .events import told_done
from .model import Article, Briefing, Entity, Event, anchor_number
from .scripts import RTL_SCRIPTS
from .text import slugify, unique_slug
from .write import dump_front_matter, escape_text, inert_title

LATEST_ON_HOME = 10
TOP_TOPICS_ON_HOME = 12
UNKNOWN_SOURCE = "Publication not stated"


@dataclass(frozen=True)
class SiteInfo:
    """What the pages say about the briefing as a whole (from mkdocs.yml)."""

    name: str = "Research briefing"
    description: str | None = None
    language: str = "en"  # the theme's: the language of the site's own words
    own_pages: tuple[tuple[str, str], ...] = ()  # (path, title) of pages written by hand in docs/


def generated_pages(briefing: Briefing, info: SiteInfo) -> dict[str, str]:
    """Every generated page except the articles: docs-relative path -> Markdown."""
    groups = _source_groups(briefing)
    tag_slugs = _tag_slugs(briefing)
    pages = {
        "index.md": home_page(briefing, info, groups, tag_slugs),
        "entities/index.md": entities_index_page(briefing),
    }
    pages.update(tags_pages(briefing, tag_slugs, info.language))
    pages.update(sources_pages(briefing, groups, info.language))
    pages.update(timeline_pages(briefing, info.language))
    by_slug = {a.slug: a for a in briefing.articles}
    single_timeline = timeline_is_single_page(briefing)
    for entity in briefing.entities.values():
        pages.update(entity_pages(entity, briefing, by_slug, single_timeline, info.language))
    return pages


# --- helpers ---------------------------------------------------------------------------


def _lang(article: Article, site_language: str) -> str:
    """' lang="ja"' for an article's words quoted on a listing page, when its language is not
    the site's (a screen reader reads them as Japanese); "" otherwise."""
    return _lang_attribute(article.language, site_language) if article.language else ""


# The listing pages repeat each article's title, byline and language on every timeline
# entry and entity page that names it (10,000 articles: ~130,000 entries): the pieces of
# HTML made from those short strings are remembered, not made again each time.
_MEMO = functools.lru_cache(maxsize=1 << 16)


# Languages written right to left: their words quoted on a listing page run so (dir="rtl"),
# as on the article's page (overrides/main.html).
RTL_LANGUAGES = frozenset("ar he iw fa ur ps yi dv ckb sd ug".split())


@_MEMO
def _lang_attribute(language: str, site_language: str) -> str:
    base = language.split("-")[0].casefold()
    if base != site_language.split("-")[0].casefold():
        return f' lang="{html.escape(language)}"' + (' dir="rtl"' if base in RTL_LANGUAGES else "")
    return ""


# A letter of a script written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko …, their presentation forms).
_RTL_LETTER = re.compile(f"[{RTL_SCRIPTS}]")


@_MEMO
def _isolated(markup: str) -> str:
    """A field of an article (its publication, authors, title; an entity's name) in <bdi> when it holds a letter
    written right to left: beside the site's own words, numbers and " · ", unisolated, the bidirectional
    algorithm ran them together: a first-time user's Red Sea briefing read "12 · محمد عبده حسنين · الشرق الأوسط
    February 2024" for "الشرق الأوسط · محمد عبده حسنين · 12 February 2024", and "(1) الشرق الأوسط" for its
    count. (Only there: <bdi> on every field of 130,000 timeline entries is weight for nothing.)"""
    return f"<bdi>{markup}</bdi>" if _RTL_LETTER.search(markup) else markup


def _title_markup(article: Article, site_language: str, escape: Callable[[str], str] = escape_text) -> str:
    """An article's title as a listing quotes it: in its language (and direction: see _lang), else isolated."""
    title = escape(article.title or article.source_file)
    lang = _lang(article, site_language)
    return f"<span{lang}>{title}</span>" if lang else _isolated(title)


@_MEMO
def _escaped(text: str) -> str:
    """html.escape, for the short strings the listings repeat (titles, publications)."""
    return html.escape(text)


ENTITY_SEARCH_BOOST = 0.3  # Material's front-matter "search: boost:" of an entity page


def _page(title: str, body: str, **meta: object) -> str:
    # inert_title: MkDocs and Material print page titles as HTML (see write.inert_title).
    return dump_front_matter({"title": inert_title(title), **meta}) + body.rstrip("\n") + "\n"


def _sorted_by_date(articles: list[Article]) -> list[Article]:
    """Newest first; undated last; ties by title so the order is stable."""
    return sorted(
        articles,
        key=lambda a: (a.date is None, -(a.date or dt.date.min).toordinal(), (a.title or "").casefold(), a.slug),
    )


@_MEMO
def _date_label(day: dt.date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "undated"


def _article_link(article: Article, from_dir: str = "", site_language: str = "en") -> str:
    """A Markdown link to the article page, relative to a page in from_dir."""
    prefix = "../" * from_dir.count("/") if from_dir else ""
    return f"[{_title_markup(article, site_language)}]({prefix}articles/{article.slug}.md)"


def _byline(article: Article, escape: Callable[[str], str] = escape_text) -> str:
    """'Publication · Authors · date', in Markdown (escape_text) or in HTML (_html_text)."""
    return _byline_of(article.source, tuple(article.authors), article.date, escape)


@_MEMO
def _byline_of(source: str | None, authors: tuple[str, ...], day: dt.date | None, escape: Callable[[str], str]) -> str:
    parts = [_isolated(escape(source or UNKNOWN_SOURCE))]
    if authors:
        parts.append(_isolated(escape(", ".join(authors))))
    parts.append(_date_label(day))
    return " · ".join(parts)


def _html_text(text: str) -> str:
    """Plain text -> HTML that shows exactly this text, on one line (as escape_text is to Markdown)."""
    return html.escape(" ".join(text.split()))


@_MEMO
def _topic_slugs(topics: tuple[str, ...]) -> str:
    """An entry's data-topics value: its topics' slugs, space-separated."""
    return " ".join(slugify(t) for t in topics)


@_MEMO
def _toc_id(title: str) -> str:
    """The id the toc extension gives a heading of this text (before making it unique)."""
    return toc_slugify(title, "-")


_material_tag_slug = pymdownx_slugify(case="lower")


def _topic_anchor(tag: str) -> str:
    """Material's tag anchor: its defaults are tags_slugify_format 'tag:{slug}' and
    pymdownx's lowercase slugify, so the same function gives the same id."""
    return "tag:" + _material_tag_slug(tag, "-")


# --- home ------------------------------------------------------------------------------


# Where the home page sends a reader to search: the box in the header, Material's. A large briefing's
# search (Pagefind) has no box there but a Search page, which overrides/main.html links in its place.
SEARCH_IN_HEADER = "or search the full text (Search, at the top of every page)"


def home_page(briefing: Briefing, info: SiteInfo, groups: list[SourceGroup], tag_slugs: dict[str, str]) -> str:
    """What the briefing covers: counts, date range, publications, top topics, latest."""
    arts = briefing.articles
    dated = sorted(a.date for a in arts if a.date)
    sources = Counter(a.source for a in arts if a.source)
    topics = Counter(t for a in arts for t in a.tags)
    split_tags = tags_split(briefing)
    paged = paged_tags(briefing, tag_slugs)
    lines = [f"# {escape_text(info.name)}", ""]
    if info.description:
        lines += [escape_text(info.description), ""]
    span = f", published between {_date_label(dated[0])} and {_date_label(dated[-1])}" if dated else ""
    undated = len(arts) - len(dated)
    lines.append(
        f"This briefing collects **{len(arts)} article{'s' if len(arts) != 1 else ''}** "
        f"from **{len(sources)} publication{'s' if len(sources) != 1 else ''}**{span}"
        + (f" ({undated} undated)" if undated else "") + "."
    )
    lines.append("")
    # (only the listings that list something: a new briefing's topics and entities files are empty)
    browse = [link for link, listed in (("[topic](tags.md)", topics), ("[publication](sources.md)", sources),
                                        ("[person and organisation](entities/index.md)", briefing.entities)) if listed]
    lines.append(
        "Read them in order on the [timeline](timeline.md), which also places the events the "
        "articles report; "
        + (f"browse by {', by '.join(browse[:-1])} or by {browse[-1]}; " if len(browse) > 1
           else f"browse by {browse[0]}; " if browse else "")
        + SEARCH_IN_HEADER + "."
    )
    if info.own_pages:  # (outside the nav, as docs/about.md is, nothing else links to them)
        lines += ["", "Also in this briefing: " + " · ".join(
            f"[{escape_text(title)}]({path})" for path, title in info.own_pages) + "."]
    if topics:
        lines += ["", "## Main topics", ""]
        for tag, n in sorted(topics.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[:TOP_TOPICS_ON_HOME]:
            # A raw link: MkDocs checks anchors before the tags plugin adds them to tags.md,
            # so it cannot validate this one; the post-build link check does.
            href = tag_href(tag, split_tags, tag_slugs, paged=tag in paged)
            lines.append(f'- <a href="{href}">{_isolated(html.escape(tag))}</a> ({n})')
    if sources:
        lines += ["", "## Publications", ""]
        hrefs = source_hrefs(briefing, groups)
        for source, n in sorted(sources.items(), key=lambda kv: (-kv[1], kv[0].casefold())):
            lines.append(f"- [{_isolated(escape_text(source))}]({hrefs[source]}) ({n})")
    lines += ["", "## Latest articles", ""]
    for article in _sorted_by_date(arts)[:LATEST_ON_HOME]:
        lines.append(f"- {_article_link(article, site_language=info.language)}  \n  {_byline(article)}")
    # Titled "Home": the browser title then reads "Home - <site name>", not the name twice.
    return _page("Home", "\n".join(lines), hide=["navigation"])


# --- timeline --------------------------------------------------------------------------


# One timeline page while it stays light; beyond this many entries, one page per year
# (and per month for a year that is itself too long), so no page passes about 1 MB.
TIMELINE_SINGLE_PAGE_MAX = 800
TIMELINE_PERIOD_PAGE_MAX = 1000  # entries of ~630 bytes: a page stays well under 1 MB


def timeline_is_single_page(briefing: Briefing) -> bool:
    n = sum(1 + len(a.events) for a in briefing.articles)
    return n <= TIMELINE_SINGLE_PAGE_MAX


def timeline_pages(briefing: Briefing, site_language: str = "en") -> dict[str, str]:
    """The timeline: articles by publication date and the events they report, by year.

    The lists are plain HTML (escaped) so each entry can carry data-topics/data-entities
    for the filter script; without JavaScript every page reads in full. A large briefing
    gets an overview page plus one page per year (or month), each well under 1 MB.
    """
    by_slug = {a.slug: a for a in briefing.articles}
    items: list[Event] = []
    for article in briefing.articles:
        if article.date:
            items.append(Event(article.date, "day", article.title or article.source_file, article.slug,
                               None, tuple(article.tags), tuple(article.entities), kind="published"))
        items.extend(article.events)
    items.sort(key=lambda e: (e.date, {"year": 0, "month": 1, "day": 2}[e.precision],
                              e.kind != "published", e.article, anchor_number(e.anchor), e.text))
    undated = [a for a in _sorted_by_date(briefing.articles) if a.date is None]
    undated_items = [Event(dt.date.min, "day", a.title or a.source_file, a.slug, None,
                           tuple(a.tags), tuple(a.entities), kind="published") for a in undated]
    n_events = sum(1 for e in items if e.kind == "event")
    n_pub = len(items) - n_events
    intro = (f"{n_pub} article{'s' if n_pub != 1 else ''} by publication date and {n_events} dated "
             f"event{'s' if n_events != 1 else ''} reported in them. Each event links to the paragraph "
             "that states it.")
    n_planned = sum(1 for e in items if e.kind == "event" and _planned(e, _written(by_slug[e.article])))
    if n_planned:
        intro += (f" {n_planned} of the events {'were' if n_planned != 1 else 'was'} still to come when "
                  "the article was written: they are marked Planned.")
    single = len(items) + len(undated_items) <= TIMELINE_SINGLE_PAGE_MAX
    if undated_items:  # (a first-time user read "14 articles" on a site of 16 as two missing)
        many = len(undated_items) != 1
        # (a link: on a long page the end is far; a split timeline has them on a page of their own)
        where = "[Undated articles](#undated-articles), at the end" if single else \
            "[Undated articles](timeline/undated.md)"
        intro += (f" {len(undated_items)} article{'s do' if many else ' does'} not state when "
                  f"{'they were' if many else 'it was'} published: see {where}.")
    by_year: dict[int, list[Event]] = defaultdict(list)
    for item in items:
        by_year[item.date.year].append(item)
    if single:
        lines = ["# Timeline", "", intro, "", _timeline_filters(items + undated_items, briefing), ""]
        for year in sorted(by_year):
            # Events of a decade ("in the late 1990s") are stored as its first year: they get a
            # heading of their own ("1990s"), not the year's.
            parts: dict[str, list[Event]] = {f"{year}s": [], str(year): []}
            for e in by_year[year]:
                parts[_event_label(e) if e.kind == "event" and _event_label(e) == f"{year}s" else str(year)].append(e)
            for label, entries in parts.items():
                if entries:
                    lines += [f"## {label}", ""] + _timeline_list(entries, by_slug, site_language, depth=1)
        if undated_items:
            lines += ["## Undated articles", "", "These articles do not state when they were published.", ""]
            lines += _timeline_list(undated_items, by_slug, site_language, depth=1, undated=True)
        return {"timeline.md": _page("Timeline", "\n".join(lines))}
    return _split_timeline(by_year, undated_items, by_slug, briefing, intro, site_language)


def _split_timeline(by_year: dict[int, list[Event]], undated_items: list[Event], by_slug: dict[str, Article],
                    briefing: Briefing, intro: str, site_language: str) -> dict[str, str]:
    """Overview page plus one page per period (a year, or a month of a long year)."""
    periods: list[tuple[str, str, list[Event]]] = []  # (key, label, items)
    for year in sorted(by_year):
        entries = by_year[year]
        if len(entries) <= TIMELINE_PERIOD_PAGE_MAX:
            periods.append((str(year), str(year), entries))
            continue
        by_month: dict[int, list[Event]] = defaultdict(list)
        for item in entries:  # year-precision events go with January, where they sort first
            by_month[item.date.month].append(item)
        for month in sorted(by_month):
            day = dt.date(year, month, 1)
            periods.append((f"{year}-{month:02d}", f"{day:%B %Y}", by_month[month]))
    if undated_items:
        periods.append(("undated", "Undated articles", undated_items))
    periods = [part for period in periods for part in _period_parts(*period)]
    pages: dict[str, str] = {}
    overview = ["# Timeline", "", intro, "", "The timeline is long, so it is split by period:", ""]
    for key, label, entries in periods:
        n_pub = sum(1 for e in entries if e.kind == "published")
        overview.append(f"- [{label}](timeline/{key}.md): {n_pub} article{'s' if n_pub != 1 else ''}, "
                        f"{len(entries) - n_pub} event{'s' if len(entries) - n_pub != 1 else ''}")
    pages["timeline.md"] = _page("Timeline", "\n".join(overview))
    for i, (key, label, entries) in enumerate(periods):
        nav = ["[All periods](../timeline.md)"]
        if i > 0:
            nav.insert(0, f"[← {periods[i - 1][1]}]({periods[i - 1][0]}.md)")
        if i + 1 < len(periods):
            nav.append(f"[{periods[i + 1][1]} →]({periods[i + 1][0]}.md)")
        lines = [f"# Timeline: {label}", "", " · ".join(nav), "",
                 _timeline_filters(entries, briefing), ""]
        lines += _timeline_list(entries, by_slug, site_language, depth=2, undated=key == "undated")
        pages[f"timeline/{key}.md"] = _page(f"Timeline: {label}", "\n".join(lines))
    return pages


def _period_parts(key: str, label: str, entries: list[Event]) -> list[tuple[str, str, list[Event]]]:
    """A period still too long for one page (a month, or the year-only events that sort into
    its January) becomes consecutive pages of at most TIMELINE_PERIOD_PAGE_MAX entries."""
    if len(entries) <= TIMELINE_PERIOD_PAGE_MAX:
        return [(key, label, entries)]
    n = -(-len(entries) // TIMELINE_PERIOD_PAGE_MAX)
    size = -(-len(entries) // n)  # even parts
    return [(key if k == 0 else f"{key}-part-{k + 1}", f"{label}, part {k + 1} of {n}",
             entries[k * size:(k + 1) * size]) for k in range(n)]


def _timeline_list(entries: list[Event], by_slug: dict[str, Article], site_language: str, depth: int,
                   undated: bool = False) -> list[str]:
    return (['<ol class="timeline">']
            + [_timeline_item(item, by_slug[item.article], depth, undated, site_language) for item in entries]
            + ["</ol>", ""])


def _timeline_filters(entries: list[Event], briefing: Briefing) -> str:
    """Filter controls for the entries on this page; hidden until the script shows them."""
    topics = sorted({t for e in entries for t in e.topics}, key=str.casefold)
    present = {s for e in entries for s in e.entities}
    ents = sorted((briefing.entities[s] for s in present if s in briefing.entities), key=lambda e: e.name.casefold())
    topic_opts = "".join(f'<option value="{html.escape(slugify(t))}">{html.escape(t)}</option>' for t in topics)
    ent_opts = "".join(f'<option value="{html.escape(e.slug)}">{html.escape(e.name)}</option>' for e in ents)
    return (
        # (Not searched: its menus name every topic and entity, and made the timeline a hit
        # for any of them.) A menu with nothing to choose ("All topics" alone: a briefing with
        # no topics or entities yet) is left out.
        '<form class="timeline-filters" hidden aria-label="Filter the timeline" data-search-exclude '
        'data-pagefind-ignore="all">'
        + ('<label>Topic <select name="topic"><option value="">All topics</option>'
           f"{topic_opts}</select></label> " if topic_opts else "")
        + ('<label>Entity <select name="entity"><option value="">All people, organisations and places</option>'
           f"{ent_opts}</select></label> " if ent_opts else "")
        + '<label><input type="checkbox" name="events-only"> Events only</label> '
        '<output class="timeline-count" aria-live="polite"></output>'
        "</form>"
    )


def _timeline_item(item: Event, article: Article, depth: int, undated: bool = False, site_language: str = "en") -> str:
    """One entry; depth is how many folders the page's URL is below the site root."""
    lang = _lang(article, site_language)
    href = "../" * depth + f"articles/{article.slug}/" + (f"#{item.anchor}" if item.anchor else "")
    topics = _topic_slugs(item.topics)
    ents = " ".join(item.entities)
    title = _escaped(article.title or article.source_file)
    source = _isolated(_escaped(article.source or UNKNOWN_SOURCE))
    if not lang:  # (an article's title in the site's language, or in none stated)
        title = _isolated(title)
    if item.kind == "published":
        # ("Undated" alone: an undated row's "Published" label would read as its date.)
        when = ('<span class="tl-date">Undated</span>' if undated else
                f'<time class="tl-date" datetime="{item.date.isoformat()}">'
                f'{_date_label(item.date)}</time> <span class="tl-kind">Published</span>')
        return (
            f'<li class="tl-item tl-published" data-topics="{topics}" data-entities="{ents}">'
            f'{when} '
            f'<a href="{href}"{lang}>{title}</a> <span class="tl-source">{source}</span></li>'
        )
    iso = item.date.isoformat() if item.precision == "day" else item.date.isoformat()[: 7 if item.precision == "month" else 4]
    planned = _planned(item, _written(article))
    return (
        f'<li class="tl-item tl-event{" tl-planned" if planned else ""}" data-topics="{topics}" data-entities="{ents}">'
        f'<time class="tl-date" datetime="{iso}">{html.escape(_event_label(item))}</time> '
        f'<span class="tl-kind">{"Planned" if planned else "Event"}</span> <q class="tl-text"{lang}>{html.escape(item.text)}</q> '
        f'<a href="{href}" title="Paragraph {html.escape((item.anchor or "").removeprefix("p-"))}"{lang}>{title}</a> '
        f'<span class="tl-source">{source}</span></li>'
    )


def _written(article: Article) -> dt.date | None:
    """The last day the article was written on: its publication's, or a live page's update a few
    days on (see events.extract_events), whose events up to it are no longer to come."""
    updated = getattr(article, "updated", None)
    return updated if isinstance(updated, dt.date) and isinstance(article.date, dt.date) \
        and updated > article.date else article.date


def _planned(event: Event, published: dt.date | None) -> bool:
    """Whether the event lies after its article's publication date (compared at the event's
    precision: "in 2026" in an article of March 2025 is later, "in March" is not): what the
    article names was still to come when it was written ("is due to meet on 20 May"); not what the text,
    opening with its day, tells was done then, a page's later addition (events.told_done)."""
    if not isinstance(published, dt.date):
        return False
    if event.precision == "year":
        return event.date.year > published.year
    if event.precision == "month":
        return (event.date.year, event.date.month) > (published.year, published.month)
    return event.date > published and not told_done(event.text)


def _event_label(event: Event) -> str:
    """The date as shown; a decade ("in the late 1990s") is stored as its first year, so say "1990s"."""
    year = event.date.year
    if event.precision == "year" and year % 10 == 0 and f"{year}s" in event.text:
        return f"{year}s"
    return event.label


# --- tags, sources ---------------------------------------------------------------------


# Past this many (article, tag) pairs the one tags page would pass ~1 MB: one page per tag.
TAGS_SINGLE_PAGE_MAX = 3000


def tags_split(briefing: Briefing) -> bool:
    return sum(len(a.tags) for a in briefing.articles) > TAGS_SINGLE_PAGE_MAX


def _tag_slugs(briefing: Briefing) -> dict[str, str]:
    """A unique page slug per tag (two tags that slugify alike must not share a page)."""
    taken: set[str] = set()
    tags = sorted({t for a in briefing.articles for t in a.tags}, key=str.casefold)
    return {tag: unique_slug(_material_tag_slug(tag, "-") or "tag", taken) for tag in tags}


def paged_tags(briefing: Briefing, tag_slugs: dict[str, str]) -> dict[str, str]:
    """Tags on more articles than one listing page holds -> the site URL of their first page.

    Material's listing cannot be paged (a tag on 8,700 articles made a 1.9 MB page), so
    these tags get listings of our own, LISTING_PAGE_SIZE articles a page, and no Material
    listing; their chips on article pages link here through mkdocs `extra.tag_pages`
    (see site.load_mkdocs_config and overrides/partials/tags.html).
    """
    if not tags_split(briefing):
        return {}
    counts = Counter(t for a in briefing.articles for t in a.tags)
    return {tag: f"tags/{tag_slugs[tag]}/" for tag in sorted(counts, key=str.casefold)
            if counts[tag] > LISTING_PAGE_SIZE}


def tag_pages_setting(briefing: Briefing) -> dict[str, str]:
    """For the site build: each paged tag's listing URL (see paged_tags)."""
    return paged_tags(briefing, _tag_slugs(briefing))


def tag_href(tag: str, split: bool, tag_slugs: dict[str, str], depth: int = 0, paged: bool = False) -> str:
    """URL (relative to a page `depth` folders down) of the listing that shows this tag."""
    prefix = "../" * depth
    if paged:
        return f"{prefix}tags/{tag_slugs[tag]}/"
    if split:
        return f"{prefix}tags/{tag_slugs[tag]}/#{_topic_anchor(tag)}"
    return f"{prefix}tags/#{_topic_anchor(tag)}"


def tags_pages(briefing: Briefing, tag_slugs: dict[str, str], site_language: str = "en") -> dict[str, str]:
    """Material's tags plugin renders a listing at each marker: one page, or one per tag."""
    if not any(a.tags for a in briefing.articles):  # (a new briefing's topics.yml is empty: the page said nothing)
        return {"tags.md": _page("Tags", "# Tags\n\nNo topic tags are defined for this briefing yet.")}
    if not tags_split(briefing):
        return {"tags.md": _page("Tags", "# Tags\n\nEvery topic tag with the articles that carry it.\n\n"
                                         "<!-- material/tags -->")}
    counts = Counter(t for a in briefing.articles for t in a.tags)
    paged = paged_tags(briefing, tag_slugs)
    lines = ["# Tags", "", "Every topic tag, with the number of articles that carry it.", ""]
    pages: dict[str, str] = {}
    for tag in sorted(counts, key=str.casefold):
        slug = tag_slugs[tag]
        lines.append(f"- [{_isolated(escape_text(tag))}](tags/{slug}.md) ({counts[tag]})")
        if tag in paged:
            pages.update(_paged_tag_pages(tag, slug, _sorted_by_date([a for a in briefing.articles if tag in a.tags]),
                                          site_language))
            continue
        # The listing directive takes YAML; JSON is YAML, and quotes any tag name safely.
        directive = "<!-- material/tags " + json.dumps({"include": [tag]}) + " -->"
        pages[f"tags/{slug}.md"] = _page(f"Tag: {tag}", f"# Tag: {escape_text(tag)}\n\n"
                                         f"[All tags](../tags.md)\n\n{directive}")
    pages["tags.md"] = _page("Tags", "\n".join(lines))
    return pages


def _paged_tag_pages(tag: str, slug: str, articles: list[Article], site_language: str = "en") -> dict[str, str]:
    """One tag's articles, newest first, LISTING_PAGE_SIZE a page: tags/<slug>.md, then
    tags/<slug>/page-2.md and on."""
    chunks = [articles[i:i + LISTING_PAGE_SIZE] for i in range(0, len(articles), LISTING_PAGE_SIZE)]
    pages: dict[str, str] = {}
    for k, chunk in enumerate(chunks, 1):
        rel = f"tags/{slug}.md" if k == 1 else f"tags/{slug}/page-{k}.md"
        first = (k - 1) * LISTING_PAGE_SIZE + 1
        body = [f"# Tag: {escape_text(tag)}", "", _pager("All tags", "tags", slug, k, len(chunks)), "",
                f"{len(articles):,} articles carry this tag, newest first; "
                f"here {first:,}–{first + len(chunk) - 1:,}.", ""]
        body += _listing_html(chunk, "../../" if k == 1 else "../../../", _tag_detail_html, site_language)
        pages[rel] = _page(f"Tag: {tag}" if k == 1 else f"Tag: {tag} (page {k})", "\n".join(body))
    return pages


def _pager(index_label: str, section: str, slug: str, k: int, n: int) -> str:
    """Links of page k of n of a paged listing: <section>/<slug>.md, then
    <section>/<slug>/page-2.md and on (one folder deeper)."""
    up = "../" if k == 1 else "../../"
    nav = [f"[{index_label}]({up}{section}.md)"]
    if k > 1:
        nav.append(f"[← page {k - 1}](" + (f"../{slug}.md" if k == 2 else f"page-{k - 1}.md") + ")")
    if k < n:
        nav.append(f"[page {k + 1} →](" + (f"{slug}/page-{k + 1}.md" if k == 1 else f"page-{k + 1}.md") + ")")
    return " · ".join(nav)


def _listing_html(articles: list[Article], up: str, detail: Callable[[Article], str],
                  site_language: str = "en") -> list[str]:
    """A paged listing's articles as one block of HTML (as the timeline's and the entity
    pages' are: a long Markdown list is the slowest thing MkDocs converts). up: from the
    page's URL to the site root; detail: what follows the linked title, as HTML."""
    items = [f'<li><a href="{up}articles/{a.slug}/">{_title_markup(a, site_language, _escaped)}</a>{detail(a)}</li>'
             for a in articles]
    return ['<ul class="listing">', *items, "</ul>"]


def _tag_detail_html(article: Article) -> str:
    return ", " + _byline(article, _html_text)


# Past this many articles the one sources page would pass ~1 MB: one page per publication.
SOURCES_SINGLE_PAGE_MAX = 1500
LISTING_PAGE_SIZE = 1000  # articles per page of one publication's listing


def sources_split(briefing: Briefing) -> bool:
    return len(briefing.articles) > SOURCES_SINGLE_PAGE_MAX


@dataclass(frozen=True)
class SourceGroup:
    source: str
    slug: str  # its page, when the sources are split
    anchor: str  # its heading's id on the one sources page
    articles: list[Article]


def _source_groups(briefing: Briefing) -> list[SourceGroup]:
    """Each publication with its articles newest first, publications in page order.

    The anchors are the ids Python-Markdown's toc gives the headings in that order
    (after the page's "Sources" h1), duplicates included: "Foo News" and "Foo-News"
    become foo-news and foo-news_1, so each link reaches its own publication.
    """
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in briefing.articles:
        groups[article.source or UNKNOWN_SOURCE].append(article)
    out, taken, ids = [], set(), {"sources"}
    for source in sorted(groups, key=lambda s: (s == UNKNOWN_SOURCE, s.casefold())):
        slug = unique_slug(slugify(source) or "publication", taken)
        out.append(SourceGroup(source, slug, toc_unique(toc_slugify(source, "-"), ids), _sorted_by_date(groups[source])))
    return out


def source_hrefs(briefing: Briefing, groups: list[SourceGroup]) -> dict[str, str]:
    """Markdown link target (from a top-level page) of each publication's listing."""
    if sources_split(briefing):
        return {g.source: f"sources/{g.slug}.md" for g in groups}
    return {g.source: f"sources.md#{g.anchor}" for g in groups}


def _source_detail(article: Article, escape: Callable[[str], str] = escape_text) -> str:
    """' by Jane Doe, 3 March 2021', in Markdown (escape_text) or in HTML (_html_text)."""
    authors = f" by {_isolated(escape(', '.join(article.authors)))}" if article.authors else ""
    return f"{authors}, {_date_label(article.date)}"


def _source_detail_html(article: Article) -> str:
    return _source_detail(article, _html_text)


def _source_line(article: Article, from_dir: str = "", site_language: str = "en") -> str:
    return f"- {_article_link(article, from_dir, site_language)}{_source_detail(article)}"


def sources_pages(briefing: Briefing, groups: list[SourceGroup], site_language: str = "en") -> dict[str, str]:
    """Each publication with its articles, newest first: one page, or one per publication."""
    n_named = sum(1 for g in groups if g.source != UNKNOWN_SOURCE)
    lines = ["# Sources", "", f"{len(briefing.articles)} articles from {n_named} publications.", ""]
    if not sources_split(briefing):
        for g in groups:
            lines += [f"## {escape_text(g.source)}", ""] + [_source_line(a, site_language=site_language)
                                                             for a in g.articles] + [""]
        return {"sources.md": _page("Sources", "\n".join(lines))}
    pages: dict[str, str] = {}
    for group in groups:
        source, slug, articles = group.source, group.slug, group.articles
        lines.append(f"- [{_isolated(escape_text(source))}](sources/{slug}.md) ({len(articles)})")
        chunks = [articles[i:i + LISTING_PAGE_SIZE] for i in range(0, len(articles), LISTING_PAGE_SIZE)]
        for k, chunk in enumerate(chunks, 1):
            rel = f"sources/{slug}.md" if k == 1 else f"sources/{slug}/page-{k}.md"
            body = [f"# {escape_text(source)}", "", _pager("All sources", "sources", slug, k, len(chunks)), ""]
            body += _listing_html(chunk, "../../" if k == 1 else "../../../", _source_detail_html, site_language)
            pages[rel] = _page(source if k == 1 else f"{source} (page {k})", "\n".join(body))
    pages["sources.md"] = _page("Sources", "\n".join(lines))
    return pages


# --- entities --------------------------------------------------------------------------

_TYPE_LABEL = {"person": "People", "organization": "Organisations", "place": "Places"}


def entities_index_page(briefing: Briefing) -> str:
    """All entities by type, with how many articles mention each."""
    lines = ["# People, organisations and places", ""]
    if not briefing.entities:
        lines.append("No people, organisations or places are listed for these articles yet.")
        return _page("Entities", "\n".join(lines))
    lines.append("The people, organisations and places these articles name. Each page lists the "
                 "mentions with a link to their paragraphs (for the most-named, the first few per article).")
    for etype, label in _TYPE_LABEL.items():
        group = sorted((e for e in briefing.entities.values() if e.type == etype), key=lambda e: e.name.casefold())
        if not group:
            continue
        lines += ["", f"## {label}", ""]
        for entity in group:
            n_articles = len({m.article for m in entity.mentions})
            aka = f" (also {_isolated(escape_text(', '.join(entity.aliases)))})" if entity.aliases else ""
            lines.append(f"- [{_isolated(escape_text(entity.name))}]({entity.slug}.md){aka}: "
                         f"{n_articles} article{'s' if n_articles != 1 else ''}")
    return _page("Entities", "\n".join(lines))


ENTITY_PAGE_MAX_MENTIONS = 300  # mentions per page of one entity (whole articles per page)
# An entity named more often than ENTITY_PAGE_MAX_MENTIONS ("Microsoft" in 10,000 articles)
# lists each article with its first few mentions only: every sentence would be hundreds of
# pages that nobody reads; the rest are a link away, in the article.
ENTITY_COMPACT_MENTIONS = 2


def entity_pages(entity: Entity, briefing: Briefing, by_slug: dict[str, Article],
                 single_timeline: bool, site_language: str = "en") -> dict[str, str]:
    """One entity: type, aliases and every mention with a link to its paragraph.

    A much-mentioned entity gets several pages (whole articles on each), so no page
    grows with the corpus: entities/<slug>.md, then entities/<slug>/page-2.md, ...
    """
    type_name = {"person": "Person", "organization": "Organisation", "place": "Place"}[entity.type]
    head = [f"# {escape_text(entity.name)}", "", f"**{type_name}**"]
    if entity.aliases:
        head[-1] += " · also written " + ", ".join(f"*{escape_text(a)}*" for a in entity.aliases)
    if entity.description:
        head += ["", escape_text(entity.description)]
    mentions_by_article: dict[str, list] = defaultdict(list)
    for mention in entity.mentions:
        mentions_by_article[mention.article].append(mention)
    head += ["", f"Mentioned {len(entity.mentions)} time{'s' if len(entity.mentions) != 1 else ''} "
             f"in {len(mentions_by_article)} article{'s' if len(mentions_by_article) != 1 else ''}."]
    shown = ENTITY_COMPACT_MENTIONS if len(entity.mentions) > ENTITY_PAGE_MAX_MENTIONS else None
    if shown:
        head[-1] += (f" Each article shows its first {shown} mentions; the others are in the article.")
    # The filter can be preset only on the one-page timeline; {up} is filled in per page
    # (page 1 is entities/<slug>/, later pages entities/<slug>/page-N/).
    timeline_link = (f' <a href="{{up}}../timeline/?entity={entity.slug}">See {html.escape(entity.name)} '
                     "on the timeline</a>." if single_timeline else "")
    articles = _sorted_by_date([by_slug[s] for s in mentions_by_article if s in by_slug])
    chunks: list[list[Article]] = [[]]
    count = 0
    for article in articles:
        n = len(mentions_by_article[article.slug][:shown])
        if chunks[-1] and count + n > ENTITY_PAGE_MAX_MENTIONS:
            chunks.append([])
            count = 0
        chunks[-1].append(article)
        count += n
    pages: dict[str, str] = {}
    for k, chunk in enumerate(chunks, 1):
        up = "../" if k == 1 else "../../"
        lines = list(head)
        lines[-1] += timeline_link.replace("{up}", up)
        if len(chunks) > 1:
            nav = [f"page {k} of {len(chunks)}"]
            if k > 1:
                nav.insert(0, f"[← page {k - 1}](" + (f"../{entity.slug}.md" if k == 2 else f"page-{k - 1}.md") + ")")
            if k < len(chunks):
                nav.append(f"[page {k + 1} →](" + (f"{entity.slug}/page-{k + 1}.md" if k == 1
                                                    else f"page-{k + 1}.md") + ")")
            lines += ["", " · ".join(nav)]
        # Each article's mentions as HTML, which Python-Markdown passes through as one block:
        # as Markdown lists (a heading, a byline and a list item per mention) the entity
        # pages of 10,000 articles took more of MkDocs' time than the articles themselves.
        ids: set[str] = set()
        toc_unique(toc_slugify(entity.name, "-"), ids)  # the h1's id, as the toc extension gives it ("_1": none)
        lines += ["", '<div class="entity-mentions">']
        for article in chunk:
            lines += _entity_article_html(article, mentions_by_article[article.slug], shown, up, ids, site_language)
        lines += ["</div>"]
        rel = f"entities/{entity.slug}.md" if k == 1 else f"entities/{entity.slug}/page-{k}.md"
        title = entity.name if k == 1 else f"{entity.name} (page {k})"
        # (ranked under the articles in Material's search: a page that lists articles' headlines matched every
        # word of them, and a search for "galerie" showed thirteen entity pages before the second article)
        pages[rel] = _page(title, "\n".join(lines), entity_type=entity.type, search={"boost": ENTITY_SEARCH_BOOST})
    return pages


def _entity_article_html(article: Article, mentions: list, shown: int | None, up: str, ids: set[str],
                         site_language: str = "en") -> list[str]:
    """One article on an entity page: its title as an h2 with the id the toc extension would
    give it, linked to the article (no permalink pilcrow: the link is the heading's one link,
    and the page weighs no more), its byline, and its mentions linked to their paragraphs.
    up: from the page's Markdown file to docs/ ("../" or "../../"); links in HTML are
    relative to the page's URL, one folder deeper."""
    title = article.title or article.source_file
    # A title the toc extension makes no id of (Arabic, Hebrew, Greek: it keeps ASCII letters only) has its
    # article's slug: toc_unique made it "_1", "_2", in page order, which another article named there shifted
    # (a first-time user's Red Sea briefing: links to "entities/yahya-saree/#_2" led to another article).
    anchor = toc_unique(_toc_id(title) or article.slug, ids)
    href = f"../{up}articles/{article.slug}/"
    lang = _lang(article, site_language)
    out = [f'<h2 id="{html.escape(anchor)}"{lang}><a href="{href}">{_escaped(title)}</a></h2>',
           f"<p>{_byline(article, _html_text)}</p>", "<ul>"]
    for mention in mentions[:shown]:
        sentence = f"<span{lang}>{_html_text(mention.sentence)}</span>" if lang else _html_text(mention.sentence)
        out.append(f"<li>{sentence} "
                   f'<a href="{href}#{mention.anchor}">→ paragraph {mention.anchor.removeprefix("p-")}</a></li>')
    if shown and len(mentions) > shown:
        more = len(mentions) - shown
        out.append(f'<li><a href="{href}">{more} more mention{"s" if more != 1 else ""} in the article</a></li>')
    return out + ["</ul>"]


# --- search (Pagefind, for large briefings) --------------------------------------------


def search_page() -> str:
    """The search page used with Pagefind; assets/pagefind-search.js fills it in."""
    return _page("Search", "\n".join([
        "# Search", "",
        '<div id="pagefind-search" class="pagefind-search" data-bundle="../pagefind/"></div>', "",
        # (the listings every briefing has; the home page links the others it has: a new briefing's
        # topics are empty, and its tags page with them)
        '<p class="pagefind-noscript">Search needs JavaScript. Without it, browse the '
        '<a href="../timeline/">timeline</a> or the <a href="../sources/">sources</a>, or start from the '
        '<a href="../">home page</a>.</p>',
    ]))
