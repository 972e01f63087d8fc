"""Italian papers set the reporting clause between dashes inside the one pair of quote marks
("“A – dice il sindaco Rossi –. B”", "“A - ha detto l'assessore Bruni, al suo secondo mandato
- B”"): the clause is no part of the quote's words, and it says whose they are."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = CleanArticle(title="Cronaca", paragraphs=list(paragraphs), language="it")
    return [(q.text, q.speaker) for q in find_quotes(article)]


def test_clause_between_dashes_names_the_speaker_and_leaves_the_words() -> None:
    [(text, speaker)] = quotes(
        "Il ponte sul torrente è crollato nella notte. \"Siamo tutti molto preoccupati - ha "
        "detto l'assessore Lucia Bruni, al suo secondo mandato in giunta - Da domani il "
        "traffico passerà dalla provinciale e i lavori partiranno subito\".",
    )
    assert speaker == "Lucia Bruni"
    assert "ha detto" not in text and text.startswith("Siamo tutti molto preoccupati")


def test_present_tense_clause_and_a_second_bare_one() -> None:
    [(text, speaker)] = quotes(
        "Il sindaco Marco Ferri ha visitato il cantiere. “Non è possibile lasciare il paese "
        "isolato – dice Ferri –. Chiederemo aiuto alla Regione e alla Protezione civile – "
        "chiosa –, perché da soli non ce la facciamo”.",
    )
    assert speaker == "Marco Ferri"
    assert "dice" not in text and "chiosa" not in text


def test_a_capital_after_the_clause_starts_a_new_sentence() -> None:
    [(text, _)] = quotes(
        "Il ponte è crollato. \"Siamo molto preoccupati - ha detto l'assessore Lucia Bruni - "
        "Da domani il traffico passerà dalla provinciale\".",
    )
    assert text.startswith("Siamo molto preoccupati. Da domani")
