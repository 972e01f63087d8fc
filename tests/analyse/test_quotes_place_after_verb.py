"""What follows an inverted reporting verb may say where or when, not who: "ha detto a margine
di un convegno a Milano", "disse na ocasião". Nor is a place that opens the sentence before its
subject a speaker ("À Douarnenez, Jocelyne Poitevin a vu…")."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="Notizie", paragraphs=list(paragraphs))
    return [q.speaker for q in find_quotes(article)]


def test_an_italian_place_after_the_verb_is_no_speaker() -> None:
    assert who(
        "Il ministro dell'Economia Giancarlo Giorgetti ha escluso nuove misure. «Non c'è alcun "
        "allarme sui prezzi», ha detto a margine di un convegno a Milano.",
    ) == ["Giancarlo Giorgetti"]


def test_a_portuguese_occasion_after_the_verb_is_no_speaker() -> None:
    assert who(
        "O presidente do Banco Central, Gabriel Galípolo, falou no Senado. \"Nós temos de ser "
        "humildes\", disse na ocasião.",
    ) == ["Gabriel Galípolo"]


def test_a_french_place_opening_the_sentence_is_no_speaker() -> None:
    assert who(
        "Le président du Codacons, Carlo Rienzi, a critiqué le gouvernement. « Les familles "
        "paient », a-t-il affirmé.",
        "À Douarnenez, Jocelyne Poitevin a vu la mer monter. « On n'avait jamais vu ça », "
        "raconte-t-elle.",
    ) == ["Carlo Rienzi", "Jocelyne Poitevin"]


def test_an_english_article_after_the_verb_still_opens_the_speaker() -> None:
    assert who(
        "The campaign said little on Monday.",
        "\"We have a ton of work to do,\" said a longtime adviser.",
    ) == ["a longtime adviser"]
