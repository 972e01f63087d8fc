"""More French reporting verbs ("admet", "concède", "fustige", "glisse", "renchérit"…) and
"le membre du gouvernement" standing for the minister named before."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Actualité", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_admet_and_member_of_the_government() -> None:
    assert who(
        "Sur France Inter, la ministre de la Santé Claire Dumas appelle au calme.",
        "« Ce n'est pas une pénurie, c'est une tension sur quelques produits », admet le "
        "membre du gouvernement.",
    ) == ["Claire Dumas"]


def test_concede_with_the_subject_after_it() -> None:
    assert who(
        "« Nous aurions dû prévenir les familles plus tôt », concède le maire Paul Morel.",
    ) == ["Paul Morel"]
