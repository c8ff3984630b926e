"""Extract stage: a decoded seed (SourceDoc) -> an Article (title, byline, date, body)."""

from __future__ import annotations

from .model import Article, Block, SourceDoc


def extract(doc: SourceDoc) -> Article:
    """Placeholder until the real extractor lands: first line as title, the rest as paragraphs."""
    lines = [ln.strip() for ln in doc.text.split("\n") if ln.strip()]
    article = Article(source_file=doc.name, sha256=doc.sha256)
    if lines:
        article.title = lines[0]
        article.blocks = [Block("paragraph", ln) for ln in lines[1:]]
    return article
