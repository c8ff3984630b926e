"""Extract stage: a decoded seed (SourceDoc) -> an Article (title, byline, date, body)."""

from __future__ import annotations

from .extract_text import TextResult, extract_text
from .model import Article, SourceDoc


def extract(doc: SourceDoc) -> Article:
    """Turn one seed into an Article; never raises (odd input gives a sparse Article)."""
    article = Article(source_file=doc.name, sha256=doc.sha256)
    try:
        if doc.kind == "html":
            from .extract_html import extract_html

            extract_html(doc.text, article)
        else:
            _fill(article, extract_text(doc.text))
    except Exception as exc:  # the pipeline decides what to do with an empty article
        article.decisions.append(f"extraction failed: {type(exc).__name__}: {exc}")
    return article


def _fill(article: Article, res: TextResult) -> None:
    """Copy a text extraction result into the article."""
    article.title = res.title
    article.subtitle = res.subtitle
    article.authors = list(res.authors)
    article.source = res.source
    article.date = res.date
    article.date_source = "text" if res.date else None
    article.blocks = list(res.blocks)
    article.language = res.language
    article.decisions.extend(res.decisions)
    article.dropped_lines = res.dropped
