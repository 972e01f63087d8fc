"""What a name looks like in text: the runs of capitalised words and where they are."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from digests.analyse.names import name_runs


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
