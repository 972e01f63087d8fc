"""Key points of an interview printed as a transcript ("NAME: words"): the speakers' turns are
speech without quote marks, and a turn that asks a question is the interviewer's."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.transcript import ANSWER, INTERVIEWER, NOT_A_TURN, speaker_turns
from digests.article import CleanArticle

_INTERVIEW = CleanArticle(
    title="Transcript: Harbour Board chair Ruth Okafor on the port expansion",
    paragraphs=[
        "This is the transcript of a radio interview with harbour board chair Ruth Okafor.",
        "MARK DALE: Thank you for joining the programme this morning.",
        "RUTH OKAFOR: It is a pleasure to be here.",
        "MARK DALE: Fishermen say the new container terminal will ruin the harbour for the"
        " fleet. Many of them have worked there for forty years. Why should they trust the"
        " harbour board?",
        "RUTH OKAFOR: The terminal will be built on the old rail yard and no berth used by"
        " the fishing fleet will close. The board has set aside two million pounds to dredge"
        " the inner harbour for the fleet.",
        "MARK DALE: When will the work start?",
        "RUTH OKAFOR: Work starts in March and the terminal should open in three years.",
    ],
)


def test_a_label_that_opens_several_paragraphs_is_a_speaker_and_one_who_asks_interviews() -> None:
    asks, answers = INTERVIEWER, ANSWER
    assert speaker_turns(_INTERVIEW.paragraphs) == [
        NOT_A_TURN, asks, answers, asks, answers, asks, answers
    ]


def test_a_label_that_opens_one_paragraph_is_the_page_s() -> None:
    paragraphs = [
        "UPDATE: The road reopened at noon after the lorry was towed away.",
        "The lorry shed its load of gravel on the bypass during the morning rush hour.",
    ]
    assert speaker_turns(paragraphs) == [NOT_A_TURN, NOT_A_TURN]


def test_a_run_in_heading_that_recurs_is_no_speaker() -> None:
    paragraphs = [
        "Batting: Kerr scored two centuries this summer, both at home.",
        "Bowling: Kerr took eleven wickets, most of them with the new ball.",
        "Batting: Osei averaged just under forty in his first full season.",
        "Bowling: Osei bowled only a handful of overs. Will he bowl more?",
    ]
    assert speaker_turns(paragraphs) == [NOT_A_TURN] * 4


def test_no_point_is_the_interviewer_s() -> None:
    points = key_points(_INTERVIEW)
    assert not any("Fishermen" in point or "Thank you" in point for point in points)


def test_a_speaker_s_turn_does_not_join_the_reporter_s_sentence_before_it() -> None:
    points = key_points(_INTERVIEW)
    assert not any("Thank you for joining" in point for point in points)


# The same interview as a transcript that sets each speaker's name on a line of its own.
_NAME_LINES = [
    "This is the transcript of a radio interview with harbour board chair Ruth Okafor.",
    "MARK DALE",
    "Fishermen say the new container terminal will ruin the harbour for the fleet. Many of"
    " them have worked there for forty years. Why should they trust the harbour board?",
    "RUTH OKAFOR",
    "The terminal will be built on the old rail yard and no berth used by the fishing fleet"
    " will close. The board has set aside two million pounds to dredge the inner harbour.",
    "MARK DALE",
    "When will the work start?",
    "RUTH OKAFOR",
    "Work starts in March and the terminal should open in three years.",
]


def test_a_name_set_on_its_own_line_opens_that_speaker_s_turns() -> None:
    asks, answers, line = INTERVIEWER, ANSWER, NOT_A_TURN
    assert speaker_turns(_NAME_LINES) == [
        NOT_A_TURN, line, asks, line, answers, line, asks, line, answers
    ]
    article = CleanArticle(title=_INTERVIEW.title, paragraphs=_NAME_LINES)
    assert not any("Fishermen" in point for point in key_points(article))


def test_headings_in_capitals_are_no_speakers() -> None:
    paragraphs = [
        "The county opened three shelters after the river burst its banks on Sunday.",
        "FLOODED STREETS",
        "Water reached the first floor of a dozen houses on Mill Lane by the evening.",
        "SCHOOLS CLOSED",
        "All four schools in the valley will stay shut until Wednesday, the council said.",
    ]
    assert speaker_turns(paragraphs) == [NOT_A_TURN] * 5


def test_a_surname_the_article_gives_in_full_labels_that_person_s_turns() -> None:
    paragraphs = [
        "The finance minister, Dana Lee, talks about the budget and the deficit.",
        "Harbour Gazette: Minister, the deficit has doubled. How do you plan to close it?",
        "Lee: We will not raise taxes. We will cut spending where it does the least harm.",
        "Harbour Gazette: The opposition says your plan will hit the poorest hardest.",
        "Lee: That is simply not true. Pensions are protected in full.",
    ]
    asks, answers = INTERVIEWER, ANSWER
    assert speaker_turns(paragraphs) == [NOT_A_TURN, asks, answers, asks, answers]
    points = key_points(CleanArticle(title="Minister on the budget", paragraphs=paragraphs))
    assert not any("opposition says" in point or "deficit has doubled" in point
                   for point in points)


def test_a_one_word_run_in_heading_is_still_no_speaker() -> None:
    paragraphs = [
        "The new ferry was tested by our reporter Dana Lee over two weeks on the harbour.",
        "Verdict: The ferry is quick and quiet, but the seats are hard.",
        "Harbour Gazette: What did the crew say about the engines?",
        "Verdict: The crew liked the engines. The captain wanted more room on the bridge.",
        "Harbour Gazette: Would you take it again?",
    ]
    assert speaker_turns(paragraphs)[1] == NOT_A_TURN
