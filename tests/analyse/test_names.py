"""What a name looks like in text: the runs of capitalised words and where they are."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from digests.analyse.names import (
    _ROLE_OF_BEFORE,
    _UPPER,
    CAPITALISED_RUN,
    matches_containing,
    name_runs,
)
from digests.analyse.people import NAME_RUN


def test_runs_stop_at_possessives_and_sentence_ends() -> None:
    text = "Russia's President Vladimir Putin. Then De Gaulle van Dijk"
    assert [(r.raw, r.words) for r in name_runs(text)] == [
        ("Russia's", ("Russia's",)),
        ("President Vladimir Putin.", ("President", "Vladimir", "Putin.")),
        ("Then De Gaulle van Dijk", ("Then", "De", "Gaulle", "van", "Dijk")),
    ]


_PIECES = st.sampled_from(
    ["Vladimir", "Putin", "Putin's", "Mr.", "de", "van", "said", "the", "The", "J.", "U.S.",
     "Jones.", "O'Neil", "Jean-Luc", "Путин", "Élodie", ",", "—", "(", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map(" ".join))
def test_every_run_is_the_text_at_its_place(text: str) -> None:
    for run in name_runs(text):
        assert text[run.start : run.end] == run.raw == " ".join(run.words)
        assert run.words and all(w[0].isupper() for w in (run.words[0], run.words[-1]))


# Words, connectors and marks name runs are made of or stop at, joined by single spaces or other
# white space (which NAME_RUN reads inside a run and CAPITALISED_RUN does not).
_RUN_PIECES = st.sampled_from(
    ["Vladimir", "Putin", "Putin,", "Putin.", "Putin's", "Putins", "eBayPutin", "Mr.", "J.", "de",
     "van", "den", "said", "the", "a", "anti-Putin", "e.g.Putin", "3Putin", "Exchequer", ",", ".",
     "(", "—", "Путин", "Élodie", "said,", "delta", "McDonald"]
)
_RUN_TEXTS = st.lists(st.tuples(_RUN_PIECES, st.sampled_from([" ", " ", " ", "  ", "\n", ", "])),
                      max_size=40).map(lambda pairs: "".join(w + gap for w, gap in pairs))


@settings(max_examples=400, deadline=None)
@given(_RUN_TEXTS, st.sampled_from(["Putin", "Vladimir", "Путин", "van", "Put"]),
       st.sampled_from([CAPITALISED_RUN, NAME_RUN]))
@example("Vladimir Putin said the van der Putin van Putin", "Putin", CAPITALISED_RUN)
@example("the e.g.Putin said eBayPutin, Mr. Putin", "Putin", NAME_RUN)
@example("said Vladimir van Putin", "Putin", CAPITALISED_RUN)  # a connector inside a run
def test_the_runs_holding_a_word_are_those_a_scan_of_the_whole_text_finds(
    text: str, needle: str, pattern: re.Pattern[str]
) -> None:
    found = [m.span() for m in matches_containing(pattern, text, needle)]
    assert found == [m.span() for m in pattern.finditer(text) if needle in m.group()]


# The body's name may run over several "of" and "&"/"and" parts ("Governor of the Bank of
# England", "Secretary of Health and Human Services").
_PLAIN_ROLE_OF_BEFORE = re.compile(
    rf"((?:[{_UPPER}][\w.'’-]* )+)of (?:the )?"
    rf"(?:(?:[{_UPPER}][\w.'’-]* )+(?:of (?:the )?|(?:&|and) ))*$"
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["Secretary", "of", "the", "State", "Exchequer", "Bank", "England",
                              "said", "Mr.", "U.S.", "Élysée", "and", "&", " ", ","]), max_size=12
             ).map(" ".join),
    st.integers(0, 12),
)
@example("Governor of the Bank of England Mark", 5)  # a role of a body named with "of"
@example("the Deputy Chief Secretary of the ", 0)  # three words of a role before "of"
@example("Secretary of Secretary of Secretary of Bank", 4)  # a body named in several "of" parts
def test_a_role_of_a_body_is_found_as_the_plain_pattern_finds_it(text: str, cut: int) -> None:
    # Searched as without_body_of_role does: up to where a run starts.
    end = max(0, len(text) - cut)
    found = _ROLE_OF_BEFORE.search(text, 0, end)
    plain = _PLAIN_ROLE_OF_BEFORE.search(text, 0, end)
    assert (found and (found.span(), found.groups())) == (plain and (plain.span(), plain.groups()))
