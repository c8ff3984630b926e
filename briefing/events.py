"""Dated events stated in article text, for the timeline.

Placeholder interface; the research layer fills it in.
"""

from __future__ import annotations

from .model import Article, Entity, Event


def extract_events(article: Article, entities: dict[str, Entity]) -> list[Event]:
    """Dated statements in the article's paragraphs, each linked to its paragraph anchor."""
    return []
