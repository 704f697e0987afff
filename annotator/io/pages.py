"""Plain-text pages (as PDF extraction gives them) -> article drafts."""
from __future__ import annotations

from ..core.splitting import PageArticle, split_page, split_single
from ..core.types import ArticleDraft


def page_drafts(text: str, one_article: bool = False) -> list[ArticleDraft]:
    articles: list[PageArticle] = split_single(text) if one_article else split_page(text)
    return [
        ArticleDraft(
            text=article.text, title=article.title, subtitle=article.subtitle, byline=article.byline,
            position=position, source_line=article.first_line,
        )
        for position, article in enumerate(articles)
    ]
