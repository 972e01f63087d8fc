"""How stories are ordered in a digest: recency, cluster size and source diversity.

Each signal is squashed into 0..1 so none can swamp the others: a story carried by many outlets
beats a slightly newer single-source item, but a day-old cluster does not beat fresh news forever.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

RECENCY_HALF_LIFE_HOURS = 12.0
# Cluster sizes and source counts beyond these add nothing: the story is already "big".
ARTICLES_SATURATE = 16
SOURCES_SATURATE = 8
WEIGHT_RECENCY = 0.5
WEIGHT_CLUSTER = 0.2
WEIGHT_DIVERSITY = 0.3


@dataclass(frozen=True)
class StorySignals:
    story_id: int
    newest_at: datetime  # the newest time among the story's new articles
    newest_article_id: int
    article_count: int
    source_count: int


def _saturating(count: int, saturate_at: int) -> float:
    if count <= 1:
        return 0.0
    return min(1.0, math.log2(count) / math.log2(saturate_at))


def story_score(signals: StorySignals, now: datetime) -> float:
    age_hours = max(0.0, (now - signals.newest_at).total_seconds() / 3600.0)
    recency = math.pow(0.5, age_hours / RECENCY_HALF_LIFE_HOURS)
    return (
        WEIGHT_RECENCY * recency
        + WEIGHT_CLUSTER * _saturating(signals.article_count, ARTICLES_SATURATE)
        + WEIGHT_DIVERSITY * _saturating(signals.source_count, SOURCES_SATURATE)
    )


def rank_stories(stories: list[StorySignals], now: datetime) -> list[StorySignals]:
    """Best first; ties go to the story with the newer article, so the order is stable."""
    return sorted(
        stories,
        key=lambda s: (story_score(s, now), s.newest_article_id),
        reverse=True,
    )
