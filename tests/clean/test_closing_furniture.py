"""What a site sets under every story's text: its standing note on its mission and its owner,
a link to another of its stories under its name, its sign-off pointing to its home page, a
pitch of what its subscribers get, and the line that introduces a podcast's player."""

from __future__ import annotations

import pytest

from digests.clean import chrome, clean_html, clean_text
from digests.clean.closing_prompts import without_closing_prompt
from digests.clean.sign_offs import is_sign_off
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"
MISSION = ("The Weather Company’s primary journalistic mission is to report on breaking weather "
           "news, the environment and the importance of science to our lives. This story does "
           "not necessarily represent the position of our parent company, IBM.")


def html_page(*paragraphs: str) -> str:
    return ("<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE
            + "</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</article></body></html>")


@pytest.mark.parametrize("line", [
    MISSION,
    "This story does not necessarily reflect the views of its owners, the Harbour Trust.",
])
def test_a_publisher_s_note_on_its_mission_or_its_owner_is_a_sign_off(line: str) -> None:
    assert is_sign_off(line)


def test_the_publisher_s_note_under_the_story_is_no_paragraph() -> None:
    assert clean_text("\n".join([HEADLINE, "By Ann Lee", *BODY, MISSION])).paragraphs == BODY
    assert clean_html(html_page(*BODY, MISSION)).paragraphs == BODY


def test_a_link_to_another_story_under_the_site_s_name_is_no_paragraph() -> None:
    link = ("<strong>MORE ON WEATHER.COM:</strong> "
            "<a>How To Stay Safe During A Power Outage</a>")
    assert clean_html(html_page(*BODY, link)).paragraphs == BODY


@pytest.mark.parametrize("line", [
    "For more news, go to www.Agri-Pulse.com.",
    "For the latest updates, visit our homepage.",
    "Ag Intel: Want the full amendment tracker? Agri-Pulse subscribers can download our markup "
    "scorecard here.",
])
def test_a_site_s_sign_off_or_subscriber_pitch_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


def test_the_sign_off_and_pitch_leave_the_scraped_story() -> None:
    pitch = ("Ag Intel: Want the full amendment tracker? Agri-Pulse subscribers can download our "
             "markup scorecard here.")
    text = "\n".join([HEADLINE, "By Ann Lee", *BODY[:2], pitch, *BODY[2:],
                      "For more news, go to www.Agri-Pulse.com."])
    assert clean_text(text).paragraphs == BODY


def test_the_line_introducing_a_podcast_s_player_at_the_end_is_no_paragraph() -> None:
    prompt = "<em>Listen to “It’s All Good: A Block Club Chicago Podcast”:</em>"
    page = html_page(*BODY, prompt).replace("</article>", "<iframe src='/player'></iframe>"
                                            "</article>")
    assert clean_html(page).paragraphs == BODY
    assert clean_text("\n".join([HEADLINE, "By Ann Lee", *BODY, "Watch the full interview:"])
                      ).paragraphs == BODY


def test_a_sentence_ending_in_a_colon_or_a_prompt_higher_up_stays() -> None:
    """Only the last line goes, and only an imperative one: a sentence that ended on a quote
    the cleaning lost stays."""
    said = "Asked about the delay, the harbour master said:"
    assert without_closing_prompt([*BODY, said]) == [*BODY, said]
    assert without_closing_prompt(["Watch the full interview:", *BODY]) \
        == ["Watch the full interview:", *BODY]
    assert without_closing_prompt([*BODY, "Listen to the podcast:"]) == BODY
