"""The names an article mentions: where, with which title, by which fullest form and gender."""

from __future__ import annotations

from digests.analyse.name_index import NameIndex

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


def test_a_surname_is_read_from_the_paragraphs_once() -> None:
    # A speaker's fullest name, then its gender, ask about the same surname: the paragraphs
    # are searched for it once, for the first question, and not again for another form of the
    # name. (Seen in the index's memo of searches: a compiled build cannot be patched to count.)
    index = NameIndex.build("Putin meets mothers", PARAGRAPHS)
    assert index.fullest("Putin") == "Vladimir Putin"
    searched = dict(index._named)
    assert list(searched) == ["Putin"]
    assert index.fullest("Vladimir Putin") == "Vladimir Putin"
    assert index.gender("Vladimir Putin") == "m"
    assert list(index._named) == ["Putin"]
    assert index._named["Putin"] is searched["Putin"]  # the same search, not a new one


def test_a_word_opening_a_list_item_before_initials_is_no_part_of_the_name() -> None:
    index = NameIndex.build("Texas grid plan", [
        "\u201cThe voluntary model has worked well,\u201d ERCOT said in a statement.",
        "Here\u2019s what the ERCOT proposal would do:",
        "Allow ERCOT to impose penalties of up to $25,000 per day.",
    ])
    assert index.fullest("ERCOT") == "ERCOT"


def test_initials_written_only_after_the_word_keep_it() -> None:
    index = NameIndex.build("Super PAC ad", [
        "Priorities USA, a super PAC, emailed a link to the video.",
        "The group has spent heavily in Ohio.",
    ])
    assert index.fullest("USA") == "Priorities USA"
