"""Entities: people, organisations and places, from a curated file plus discovery.

Placeholder interface; the research layer fills it in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .model import Briefing, Entity


@dataclass
class Catalogue:
    """The curated entities: canonical name, type, aliases."""

    entities: list[Entity] = field(default_factory=list)


def load_catalogue(path: Path | None) -> Catalogue:
    """Read the curated entities file (missing file: empty catalogue)."""
    return Catalogue()


def annotate(briefing: Briefing, catalogue: Catalogue) -> None:
    """Find entity mentions in every article; fill briefing.entities and article.entities."""


def discover_candidates(briefing: Briefing, catalogue: Catalogue) -> list[dict[str, object]]:
    """New entity candidates for the analyst to promote into the curated file."""
    return []
