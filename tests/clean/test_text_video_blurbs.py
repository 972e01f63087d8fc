"""Text mode: an embedded video's title and blurb among the paragraphs are no part of the
story; the story's own first sentence under a video's title stays."""

from __future__ import annotations

from digests.clean import clean_text
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"
CLIP_TITLE = "Pier crisis: Ferry crews say enough is enough"


def page(*parts: str) -> str:
    return "\n".join(parts)


def test_a_video_s_title_and_blurb_under_its_label_are_dropped() -> None:
    blurb = "Former harbour master Ann Berg joins 'Coast Morning' to discuss the pier's future."
    text = clean_text(page(HEADLINE, "By Ann Lee", "Video", CLIP_TITLE, blurb, *BODY))
    assert text.paragraphs == BODY


def test_a_video_s_title_and_blurb_around_its_length_are_dropped() -> None:
    # CBC: "WATCH | …:", the clip's title, its length, its blurb, between two paragraphs.
    blurb = ("Ferry crews say they are dealing with violence on the job and schedules that leave "
             "no time for breaks.")
    text = clean_text(page(
        HEADLINE, "By Ann Lee", *BODY[:2], "WATCH | Ferry crews describe the pressures of the "
        "job:", CLIP_TITLE, "Duration 2:14", blurb, *BODY[2:],
    ))
    assert text.paragraphs == BODY


def test_the_story_s_first_sentence_under_a_video_s_title_stays() -> None:
    first = "The harbour authority signed a contract on Monday to rebuild the old pier."
    text = clean_text(page(HEADLINE, "By Ann Lee", "Video", CLIP_TITLE, first, *BODY[1:]))
    assert text.paragraphs == [first, *BODY[1:]]
