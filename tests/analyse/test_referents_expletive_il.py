"""French "il" that stands for nothing before "revenir à … de", "appartenir à … de",
"incomber", "convenir" ("Il reviendra au juge de trancher"): no person is meant, so no name is
put in its place; "Il revient à Lyon" (he comes back) still means someone."""

from __future__ import annotations

from digests.analyse.referents import resolve_opening

BEFORE = ["Le maire Paul Morel a présenté son budget mardi."]
TEXT = "Le maire Paul Morel a présenté son budget mardi. "


def opened(sentence: str) -> str | None:
    return resolve_opening(sentence, BEFORE, TEXT + sentence, "fr")


def test_impersonal_il_before_a_duty_is_left_alone() -> None:
    for sentence in (
        "Il reviendra toutefois au conseil municipal de voter le budget en décembre.",
        "Il appartient désormais aux élus de décider du sort de la piscine.",
        "Il incombe à la région de financer les nouvelles rames du tramway.",
        "Il convient de rappeler que la piscine est fermée depuis deux ans.",
    ):
        assert opened(sentence) in (sentence, None)


def test_il_that_comes_back_still_means_someone() -> None:
    assert opened("Il revient à Lyon la semaine prochaine pour signer le contrat.") == (
        "Paul Morel revient à Lyon la semaine prochaine pour signer le contrat."
    )
