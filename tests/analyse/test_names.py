"""Names in an article: the runs of capitalised words, their mentions and fullest forms."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from digests.analyse.names import NameIndex, name_runs

PARAGRAPHS = [
    "Russian President Vladimir Putin said on Friday that Mr. Putin and Sir Digby Jones met.",
    "Putin spoke. Later Vladimir Putin left, and Sir Digby smiled.",
]


def test_mentions_give_the_name_its_title_and_where_the_run_starts() -> None:
    index = NameIndex.build("Putin meets mothers", PARAGRAPHS)
    found = [(m.name, m.at, m.title, m.person) for m in index.mentions_in(0)]
    assert found == [
        ("Vladimir Putin", (0, 0), "russian president", True),
        ("Putin", (0, PARAGRAPHS[0].index("Mr.")), "mr.", True),
        ("Digby Jones", (0, PARAGRAPHS[0].index("Sir")), "sir", True),
    ]
    assert [(m.name, m.at) for m in index.mentions_in(-1)] == [("Putin", (-1, 0))]


def test_fullest_forms_and_gender_from_titles() -> None:
    index = NameIndex.build("Putin meets mothers", PARAGRAPHS)
    assert index.fullest("Putin") == "Vladimir Putin"
    assert index.fullest_from_first_name("Digby") == "Digby Jones"
    assert index.gender("Vladimir Putin") == "m"
    assert index.fullest("Nobody") == "Nobody"


def test_the_more_frequent_of_two_equally_long_forms_wins() -> None:
    index = NameIndex.build("", ["Anna Smith spoke.", "John Smith too.", "Then John Smith left."])
    assert index.fullest("Smith") == "John Smith"


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
