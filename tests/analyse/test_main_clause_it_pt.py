"""Italian and Portuguese sentences that open with a long subordinate clause or topic: the
point is the main clause, from its subject, when the cut would end inside the opening."""

from __future__ import annotations

from digests.analyse.main_clause import split_cut_off_clause


def test_italian_opening_clause_gives_way_to_the_main_clause() -> None:
    sentence = (
        "Dopo che per tre settimane i residenti della frazione avevano segnalato crepe sempre "
        "più profonde sui piloni, sul parapetto e sulla carreggiata del vecchio ponte di ferro "
        "costruito negli anni cinquanta, il sindaco ha firmato l'ordinanza di chiusura totale "
        "del ponte fino a nuovo avviso."
    )
    parts = split_cut_off_clause(sentence, "it")
    assert parts is not None and parts[1].startswith("Il sindaco ha firmato l'ordinanza")


def test_portuguese_opening_clause_gives_way_to_the_main_clause() -> None:
    sentence = (
        "Depois de três semanas de reclamações dos moradores sobre rachaduras cada vez mais "
        "profundas nos pilares, no parapeito e na pista da velha ponte de ferro construída "
        "nos anos cinquenta, a prefeita assinou o decreto que fecha a ponte até nova ordem."
    )
    parts = split_cut_off_clause(sentence, "pt")
    assert parts is not None and parts[1].startswith("A prefeita assinou o decreto")
