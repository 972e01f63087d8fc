"""Key points (PROVISIONAL lead sentences; being replaced by the key-point work)."""

from __future__ import annotations

import re

from digests.article import CleanArticle


def key_points(article: CleanArticle, *, max_points: int = 3) -> list[str]:
    if article.standfirst:
        return article.standfirst[:max_points]
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(article.paragraphs))
    return [s for s in sentences if s][:max_points]
