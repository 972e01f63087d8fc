"""A party's initials written between a role and a name ("le député LFI Marc Vidal", "la
sénatrice LR Anne Roux", "el diputado del PP Luis Ortega", "der Abgeordnete der SPD Jan
Otto"): the party is no part of the speaker's name."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def who(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="Politique", paragraphs=list(paragraphs)))
    return [q.speaker for q in found]


def test_party_initials_before_a_name_are_dropped() -> None:
    assert who("« Ce budget est injuste », a lancé le député LFI Marc Vidal.") == ["Marc Vidal"]
    assert who("« Nous voterons contre », a déclaré la sénatrice LR Anne Roux.") == ["Anne Roux"]
    assert who("\"Votaremos en contra\", dijo el diputado del PP Luis Ortega.") == ["Luis Ortega"]
    assert who("„Wir stimmen dagegen“, sagte der Abgeordnete der SPD Jan Otto.") == ["Jan Otto"]


def test_a_body_named_with_its_initials_keeps_them() -> None:
    assert who("« Nous voterons contre », a indiqué le groupe LFI.") == ["LFI"]
