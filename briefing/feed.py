"""The Atom feed of the briefing's articles (docs/feed.xml), written with feedgen.

Readers subscribe to it from any feed reader; every page links to it from its head
(overrides/main.html) and the home page links to it in its text.

- Entries are the articles that have a publication date, newest first: an Atom entry
  needs a date, and inventing one for an undated article would mislead the reader.
  At most FEED_MAX_ENTRIES of them: a feed says what is new, and readers fetch it again
  and again (with every article, a 10,000-article briefing's feed was 11 MB); the
  timeline has the rest.
- Deterministic: no "now" anywhere. The feed's <updated> is the newest article date,
  entries are sorted by (date, slug), so the same articles give the same bytes.
- Links are absolute, under the site's `site_url` (mkdocs.yml, or the SITE_URL
  environment variable that mkdocs.yml reads with !ENV): the one place it is set.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from feedgen.feed import FeedGenerator

from .model import Article

log = logging.getLogger(__name__)

FEED_PATH = "feed.xml"
FEED_MAX_ENTRIES = 100
DEFAULT_SITE_URL = "https://example.org/briefing/"
# Only when no article has a date: a fixed, obviously-placeholder instant, never "now".
_NO_DATE = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class FeedInfo:
    """What the feed says about the site as a whole."""

    title: str = "Research briefing"
    description: str | None = None
    site_url: str = DEFAULT_SITE_URL

    @classmethod
    def from_config(cls, config: Path) -> "FeedInfo":
        """site_name, site_description and site_url from mkdocs.yml, with !ENV resolved
        the way MkDocs resolves it (SITE_URL=... overrides the default)."""
        from mkdocs.utils.yaml import yaml_load

        try:
            with open(config, encoding="utf-8") as fh:
                data = yaml_load(fh) or {}
            if not isinstance(data, dict):
                raise ValueError("not key: value settings")
        except Exception as exc:  # noqa: BLE001 - a broken config is reported by the site build
            log.debug("feed: could not read %s (%s); using defaults", config, exc)
            data = {}
        return cls(
            title=" ".join(str(data.get("site_name") or cls.title).split()),
            description=" ".join(str(data["site_description"]).split()) if data.get("site_description") else None,
            site_url=normalise_site_url(data.get("site_url")),
        )


def normalise_site_url(url: object) -> str:
    """`https://host/path` -> `https://host/path/` (MkDocs adds the slash too)."""
    text = str(url or "").strip() or DEFAULT_SITE_URL
    return text if text.endswith("/") else text + "/"


def article_url(site_url: str, slug: str) -> str:
    return f"{site_url}articles/{quote(slug)}/"


def _day(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def atom_feed(articles: list[Article], info: FeedInfo) -> bytes:
    """The Atom feed (UTF-8 bytes) of the newest FEED_MAX_ENTRIES dated articles, newest first."""
    dated = sorted((a for a in articles if a.date), key=lambda a: (a.date, a.slug), reverse=True)
    dated = dated[:FEED_MAX_ENTRIES]
    fg = FeedGenerator()
    fg.id(info.site_url)
    fg.title(info.title)
    fg.subtitle(info.description or f"Articles collected in {info.title}, newest first.")
    fg.link(href=info.site_url, rel="alternate", type="text/html")
    fg.link(href=info.site_url + FEED_PATH, rel="self", type="application/atom+xml")
    fg.language("en")
    fg.generator("build_site.py (python-feedgen)")
    fg.updated(_day(dated[0].date) if dated else _NO_DATE)  # type: ignore[arg-type]
    for article in dated:
        assert article.date is not None
        url = article_url(info.site_url, article.slug)
        entry = fg.add_entry(order="append")
        entry.id(url)
        entry.title(article.title or article.slug)
        entry.link(href=url, rel="alternate", type="text/html")
        entry.published(_day(article.date))
        entry.updated(_day(article.date))
        # Atom needs an author per entry (the feed has none of its own): the byline, else
        # the publication, else a plain statement that none is known.
        for name in article.authors or [article.source or "Author not stated"]:
            entry.author(name=name)
        if article.summary:
            entry.summary(article.summary)
        for tag in article.tags:
            entry.category(term=tag, label=tag)
        if article.source:
            # The publication, as Atom's <source><title> would need a feed id we do not have:
            # a category in its own scheme keeps it machine-readable.
            entry.category(term=article.source, scheme=info.site_url + "sources/", label=article.source)
    return fg.atom_str(pretty=True)
