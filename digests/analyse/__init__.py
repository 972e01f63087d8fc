"""Analysis, run once at ingest (DESIGN.md §3): key points, quotes with speakers, a signature."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.quotes import find_quotes
from digests.analyse.signature import simhash
from digests.article import Analysis, CleanArticle


def analyse(article: CleanArticle, *, max_points: int = 3) -> Analysis:
    return Analysis(
        key_points=key_points(article, max_points=max_points),
        quotes=find_quotes(article),
        signature=simhash(article.title + "\n" + article.text),
    )
