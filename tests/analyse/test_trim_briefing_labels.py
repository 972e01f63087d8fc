"""Labels that newsletter-style sites set before each paragraph ("Why it matters:")."""

from __future__ import annotations

import pytest

from digests.analyse.lead_ins import strip_lead_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Why it matters: The ferry is the island's only link to the mainland.",
         "The ferry is the island's only link to the mainland."),
        ("The big picture: Two of the three bidders have dropped out.",
         "Two of the three bidders have dropped out."),
        ("Between the lines: Neither side wants a second vote before spring.",
         "Neither side wants a second vote before spring."),
        ("Yes, but: The plan still needs the regulator's approval.",
         "The plan still needs the regulator's approval."),
        ("What's next: The council will vote on the budget in March.",
         "The council will vote on the budget in March."),
        ("Bottom line: Fares will rise by 4% from January.",
         "Fares will rise by 4% from January."),
    ],
)
def test_a_briefing_label_is_dropped(sentence: str, expected: str) -> None:
    assert strip_lead_in(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A colon after the sentence's own words, and a quote after its speaker, stay.
        "Officials have one goal: Keep the bridge open through the winter.",
        "The mayor said: We will not close the library this year.",
        "Why it matters to the mayor is still unclear: He declined to comment.",
    ],
)
def test_a_sentence_that_opens_with_its_own_words_keeps_them(sentence: str) -> None:
    assert strip_lead_in(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Watch the video: In an interview, the harbour master described the night of the storm.",
         "In an interview, the harbour master described the night of the storm."),
        ("See the pictures: Crowds lined the route as the old ferry made its last crossing.",
         "Crowds lined the route as the old ferry made its last crossing."),
    ],
)
def test_a_prompt_to_watch_or_see_before_the_text_is_dropped(sentence: str, expected: str) -> None:
    assert strip_lead_in(sentence) == expected


def test_a_sentence_about_watching_a_video_stays() -> None:
    sentence = "Watch the video closely and you can see the driver brake too late."
    assert strip_lead_in(sentence) == sentence
