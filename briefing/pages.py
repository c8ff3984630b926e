"""Site pages generated from the whole briefing: home, timeline, tags, sources, entities.

Part of the write stage. Every piece of article text goes through escape_text (in
Markdown) or html.escape (inside the timeline's HTML list) before it reaches a page.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter, defaultdict
from dataclasses import dataclass

from markdown.extensions.toc import slugify as toc_slugify
from pymdownx.slugs import slugify as pymdownx_slugify

from .model import Article, Briefing, Entity, Event
from .text import slugify
from .write import dump_front_matter, escape_text

LATEST_ON_HOME = 10
TOP_TOPICS_ON_HOME = 12
UNKNOWN_SOURCE = "Publication not stated"


@dataclass(frozen=True)
class SiteInfo:
    """What the pages say about the briefing as a whole (from mkdocs.yml)."""

    name: str = "Research briefing"
    description: str | None = None


def generated_pages(briefing: Briefing, info: SiteInfo) -> dict[str, str]:
    """Every generated page except the articles: docs-relative path -> Markdown."""
    pages = {
        "index.md": home_page(briefing, info),
        "timeline.md": timeline_page(briefing),
        "tags.md": tags_page(),
        "sources.md": sources_page(briefing),
        "entities/index.md": entities_index_page(briefing),
    }
    for entity in briefing.entities.values():
        pages[f"entities/{entity.slug}.md"] = entity_page(entity, briefing)
    return pages


# --- helpers ---------------------------------------------------------------------------


def _page(title: str, body: str, **meta: object) -> str:
    return dump_front_matter({"title": title, **meta}) + body.rstrip("\n") + "\n"


def _sorted_by_date(articles: list[Article]) -> list[Article]:
    """Newest first; undated last; ties by title so the order is stable."""
    return sorted(
        articles,
        key=lambda a: (a.date is None, -(a.date or dt.date.min).toordinal(), (a.title or "").casefold(), a.slug),
    )


def _date_label(day: dt.date | None) -> str:
    return f"{day.day} {day:%B %Y}" if day else "undated"


def _article_link(article: Article, from_dir: str = "") -> str:
    """A Markdown link to the article page, relative to a page in from_dir."""
    prefix = "../" * from_dir.count("/") if from_dir else ""
    return f"[{escape_text(article.title or article.source_file)}]({prefix}articles/{article.slug}.md)"


def _byline(article: Article) -> str:
    parts = [escape_text(article.source or UNKNOWN_SOURCE)]
    if article.authors:
        parts.append(escape_text(", ".join(article.authors)))
    parts.append(_date_label(article.date))
    return " · ".join(parts)


_material_tag_slug = pymdownx_slugify(case="lower")


def _topic_anchor(tag: str) -> str:
    """Material's tag anchor: its defaults are tags_slugify_format 'tag:{slug}' and
    pymdownx's lowercase slugify, so the same function gives the same id."""
    return "tag:" + _material_tag_slug(tag, "-")


# --- home ------------------------------------------------------------------------------


def home_page(briefing: Briefing, info: SiteInfo) -> str:
    """What the briefing covers: counts, date range, publications, top topics, latest."""
    arts = briefing.articles
    dated = sorted(a.date for a in arts if a.date)
    sources = Counter(a.source for a in arts if a.source)
    topics = Counter(t for a in arts for t in a.tags)
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
    lines.append(
        "Read them in order on the [timeline](timeline.md), which also places the events the "
        "articles report; browse by [topic](tags.md), by [publication](sources.md) or by "
        "[person and organisation](entities/index.md); or search with the box at the top."
    )
    if topics:
        lines += ["", "## Main topics", ""]
        for tag, n in sorted(topics.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[:TOP_TOPICS_ON_HOME]:
            # A raw link: MkDocs checks anchors before the tags plugin adds them to tags.md,
            # so it cannot validate this one; the post-build link check does.
            lines.append(f'- <a href="tags/#{_topic_anchor(tag)}">{html.escape(tag)}</a> ({n})')
    if sources:
        lines += ["", "## Publications", ""]
        for source, n in sorted(sources.items(), key=lambda kv: (-kv[1], kv[0].casefold())):
            lines.append(f"- [{escape_text(source)}](sources.md#{_source_anchor(source)}) ({n})")
    lines += ["", "## Latest articles", ""]
    for article in _sorted_by_date(arts)[:LATEST_ON_HOME]:
        lines.append(f"- {_article_link(article)}  \n  {_byline(article)}")
    return _page(info.name, "\n".join(lines), hide=["navigation"])


# --- timeline --------------------------------------------------------------------------


def timeline_page(briefing: Briefing) -> str:
    """Articles by publication date and the events they report, in one chronology by year.

    The list is plain HTML (escaped) so each entry can carry data-topics/data-entities
    for the filter script; without JavaScript the page reads in full.
    """
    by_slug = {a.slug: a for a in briefing.articles}
    items: list[Event] = []
    for article in briefing.articles:
        if article.date:
            items.append(Event(article.date, "day", article.title or article.source_file, article.slug,
                               None, tuple(article.tags), tuple(article.entities), kind="published"))
        items.extend(article.events)
    items.sort(key=lambda e: (e.date, {"year": 0, "month": 1, "day": 2}[e.precision],
                              e.kind != "published", e.article, e.anchor or "", e.text))
    n_events = sum(1 for e in items if e.kind == "event")
    n_pub = len(items) - n_events
    lines = [
        "# Timeline", "",
        f"{n_pub} article{'s' if n_pub != 1 else ''} by publication date and {n_events} dated "
        f"event{'s' if n_events != 1 else ''} reported in them. Each event links to the paragraph "
        "that states it.", "",
        _timeline_filters(briefing), "",
    ]
    by_year: dict[int, list[Event]] = defaultdict(list)
    for item in items:
        by_year[item.date.year].append(item)
    for year in sorted(by_year):
        lines += [f"## {year}", "", '<ol class="timeline">']
        lines += [_timeline_item(item, by_slug[item.article]) for item in by_year[year]]
        lines += ["</ol>", ""]
    undated = [a for a in _sorted_by_date(briefing.articles) if a.date is None]
    if undated:
        lines += ["## Undated articles", "",
                  "These articles do not state when they were published.", "",
                  '<ol class="timeline">']
        lines += [_timeline_item(Event(dt.date.min, "day", a.title or a.source_file, a.slug, None,
                                       tuple(a.tags), tuple(a.entities), kind="published"), a, undated=True)
                  for a in undated]
        lines += ["</ol>", ""]
    return _page("Timeline", "\n".join(lines))


def _timeline_filters(briefing: Briefing) -> str:
    """Filter controls: hidden until the script shows them (no-JS readers see everything)."""
    topics = sorted({t for a in briefing.articles for t in a.tags}, key=str.casefold)
    ents = sorted(briefing.entities.values(), key=lambda e: e.name.casefold())
    topic_opts = "".join(f'<option value="{html.escape(slugify(t))}">{html.escape(t)}</option>' for t in topics)
    ent_opts = "".join(f'<option value="{html.escape(e.slug)}">{html.escape(e.name)}</option>' for e in ents)
    return (
        '<form class="timeline-filters" hidden aria-label="Filter the timeline">'
        '<label>Topic <select name="topic"><option value="">All topics</option>'
        f"{topic_opts}</select></label> "
        '<label>Entity <select name="entity"><option value="">All people and organisations</option>'
        f"{ent_opts}</select></label> "
        '<label><input type="checkbox" name="events-only"> Events only</label> '
        '<output class="timeline-count" aria-live="polite"></output>'
        "</form>"
    )


def _timeline_item(item: Event, article: Article, undated: bool = False) -> str:
    href = f"../articles/{article.slug}/" + (f"#{item.anchor}" if item.anchor else "")
    topics = " ".join(slugify(t) for t in item.topics)
    ents = " ".join(item.entities)
    title = html.escape(article.title or article.source_file)
    source = html.escape(article.source or UNKNOWN_SOURCE)
    if item.kind == "published":
        when = "Undated" if undated else f'<time datetime="{item.date.isoformat()}">{_date_label(item.date)}</time>'
        return (
            f'<li class="tl-item tl-published" data-topics="{topics}" data-entities="{ents}">'
            f'<span class="tl-date">{when}</span> <span class="tl-kind">Published</span> '
            f'<a href="{href}">{title}</a> <span class="tl-source">{source}</span></li>'
        )
    iso = item.date.isoformat() if item.precision == "day" else item.date.isoformat()[: 7 if item.precision == "month" else 4]
    return (
        f'<li class="tl-item tl-event" data-topics="{topics}" data-entities="{ents}">'
        f'<span class="tl-date"><time datetime="{iso}">{html.escape(_event_label(item))}</time></span> '
        f'<span class="tl-kind">Event</span> <q class="tl-text">{html.escape(item.text)}</q> '
        f'<a href="{href}" title="Paragraph {html.escape((item.anchor or "").removeprefix("p-"))}">{title}</a> '
        f'<span class="tl-source">{source}</span></li>'
    )


def _event_label(event: Event) -> str:
    """The date as shown; a decade ("in the late 1990s") is stored as its first year, so say "1990s"."""
    year = event.date.year
    if event.precision == "year" and year % 10 == 0 and f"{year}s" in event.text:
        return f"{year}s"
    return event.label


# --- tags, sources ---------------------------------------------------------------------


def tags_page() -> str:
    """Material's tags plugin renders the listing at its marker."""
    return _page("Tags", "# Tags\n\nEvery topic tag with the articles that carry it.\n\n<!-- material/tags -->")


def _source_anchor(source: str) -> str:
    """The id Python-Markdown's toc extension gives the publication's heading."""
    return toc_slugify(source, "-")


def sources_page(briefing: Briefing) -> str:
    """Each publication with its articles, newest first."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in briefing.articles:
        groups[article.source or UNKNOWN_SOURCE].append(article)
    lines = ["# Sources", "", f"{len(briefing.articles)} articles from "
             f"{sum(1 for s in groups if s != UNKNOWN_SOURCE)} publications.", ""]
    order = sorted(groups, key=lambda s: (s == UNKNOWN_SOURCE, s.casefold()))
    for source in order:
        lines += [f"## {escape_text(source)}", ""]
        for article in _sorted_by_date(groups[source]):
            authors = f" by {escape_text(', '.join(article.authors))}" if article.authors else ""
            lines.append(f"- {_article_link(article)}{authors}, {_date_label(article.date)}")
        lines.append("")
    return _page("Sources", "\n".join(lines))


# --- entities --------------------------------------------------------------------------

_TYPE_LABEL = {"person": "People", "organization": "Organisations", "place": "Places"}


def entities_index_page(briefing: Briefing) -> str:
    """All entities by type, with how many articles mention each."""
    lines = ["# People, organisations and places", ""]
    if not briefing.entities:
        lines.append("No entities were found in these articles.")
        return _page("Entities", "\n".join(lines))
    lines.append("The people, organisations and places these articles name. Each page lists every "
                 "mention with a link to its paragraph.")
    for etype, label in _TYPE_LABEL.items():
        group = sorted((e for e in briefing.entities.values() if e.type == etype), key=lambda e: e.name.casefold())
        if not group:
            continue
        lines += ["", f"## {label}", ""]
        for entity in group:
            n_articles = len({m.article for m in entity.mentions})
            aka = f" (also {escape_text(', '.join(entity.aliases))})" if entity.aliases else ""
            lines.append(f"- [{escape_text(entity.name)}]({entity.slug}.md){aka}: "
                         f"{n_articles} article{'s' if n_articles != 1 else ''}")
    return _page("Entities", "\n".join(lines))


def entity_page(entity: Entity, briefing: Briefing) -> str:
    """One entity: type, aliases and every mention with a link to its paragraph."""
    by_slug = {a.slug: a for a in briefing.articles}
    type_name = {"person": "Person", "organization": "Organisation", "place": "Place"}[entity.type]
    lines = [f"# {escape_text(entity.name)}", "", f"**{type_name}**"]
    if entity.aliases:
        lines[-1] += " · also written " + ", ".join(f"*{escape_text(a)}*" for a in entity.aliases)
    if entity.description:
        lines += ["", escape_text(entity.description)]
    mentions_by_article: dict[str, list] = defaultdict(list)
    for mention in entity.mentions:
        mentions_by_article[mention.article].append(mention)
    lines += ["", f"Mentioned {len(entity.mentions)} time{'s' if len(entity.mentions) != 1 else ''} "
              f"in {len(mentions_by_article)} article{'s' if len(mentions_by_article) != 1 else ''}."]
    articles = _sorted_by_date([by_slug[s] for s in mentions_by_article if s in by_slug])
    for article in articles:
        lines += ["", f"## {escape_text(article.title or article.source_file)}", "",
                  f"{_byline(article)}", ""]
        for mention in mentions_by_article[article.slug]:
            lines.append(f"- {escape_text(mention.sentence)} "
                         f"[→ paragraph {mention.anchor.removeprefix('p-')}]"
                         f"(../articles/{article.slug}.md#{mention.anchor})")
    return _page(entity.name, "\n".join(lines), entity_type=entity.type)
