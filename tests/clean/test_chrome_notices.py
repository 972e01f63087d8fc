"""Chrome wording: notices about the page and pitches to its readers, not the story's sentences."""

from __future__ import annotations

import pytest

from digests.clean import chrome, clean_text
from tests.clean.harbour_story import BODY


@pytest.mark.parametrize("line", [
    # an archive's warning above an old story
    "This is an archived article and its facts may be out of date; check when it was updated.",
    "This article is more than three years old.",
    # a comment form's invitation under the story
    "Use the comment form below to start a conversation about this story.",
    # a magazine's or a paper's pitch for readers' letters
    "Write to us at letters@harbourtimes.example",
    "Letters should be sent to The Editor, Harbour Times, 4 Quay Road.",
    "Letters may be emailed to the editor and should not exceed 300 words.",
    "Send us your letters: editor@harbourtimes.example",
])
def test_a_notice_or_a_pitch_to_readers_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "The archive holds letters that residents wrote to the harbour master in the 1920s.",
    "Letters from the council should be sent out to every household by the end of the month.",
    "The mayor said the plan would begin a discussion about how the waterfront is used.",
    "Readers who write to us about the pier often remember the ferry of their childhood.",
])
def test_a_story_sentence_about_letters_or_discussions_is_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


def test_a_letters_pitch_under_the_story_is_not_body() -> None:
    pitch = "Letters should be sent to The Editor, Harbour Times, 4 Quay Road, or emailed."
    text = clean_text("\n\n".join(["Harbour pier to be rebuilt", *BODY, pitch]))
    assert text.paragraphs == BODY


@pytest.mark.parametrize("line", [
    "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine "
    "Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten.",
    "Sie sehen gerade einen Platzhalterinhalt von Facebook. Um auf den eigentlichen Inhalt "
    "zuzugreifen, klicken Sie auf die Schaltfläche unten.",
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
    "We need your consent to load this Instagram content.",
])
def test_the_box_in_place_of_an_embedded_post_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Advertisement · Scroll to continue", "ADVERTISEMENT SCROLL TO CONTINUE", "Report this ad",
    "Skip Advertisement", "Werbung - Weiterlesen nach der Anzeige",
    "Dana Lee does not work for, consult, own shares in or receive funding from any company "
    "or organisation that would benefit from this article.",
])
def test_an_ad_s_labels_and_a_writer_s_disclosure_are_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Readers scroll to continue the story on their phones, the survey found.",
    "The harbour trust said the pier receives funding from the regional government.",
    "The pier receives funding from the regional government.",
])
def test_a_story_sentence_about_scrolling_or_funding_is_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Die Ermittler stellten keine Verbindung zu Russland her, sagte ein Sprecher am Dienstag.",
    "Die Regierung will externe Berater stärker kontrollieren, sagte der Minister in Berlin.",
    "The council said it needed your permission to publish the names of the donors.",
])
def test_a_story_sentence_about_connections_or_consent_is_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    # a browser's notice and a sign-up widget's error, printed above or inside the story
    "IE 11 is not supported. For an optimal experience visit our site on another browser.",
    "Something went wrong, please try again later.",
    # a read-aloud player's note and a reading list's pitch
    "Listening to articles is free for open-access content—explore other articles or learn "
    "more about text-to-speech.",
    "Save articles to read later and create your own reading list.",
    # the credit that ends a Canadian story
    "With files from The Canadian Press",
    "With a report from Marieke Van der Berg in Ottawa",
    # buttons left on their own
    "Share article",
    "Read Less",
    "Join now",
])
def test_a_site_s_notices_credits_and_buttons_are_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


def test_a_sentence_that_opens_like_a_credit_is_prose() -> None:
    assert not chrome.is_chrome(
        "With a report from the inspectorate due next week, ministers are under pressure."
    )


@pytest.mark.parametrize("line", [
    # Postmedia's ad slots and the labels between them, its offer to save the story, its dates
    "This advertisement has not loaded yet, but your article continues below.",
    "Article content",
    "You can save this article by registering for free here. Or sign-in if you have an account.",
    "Published Nov 26, 2026  •  Last updated 3 hours ago  •  4 minute read",
    # a wire's note under its story, and a correction set off with a spaced colon
    "This report by The Canadian Press was first published Nov. 26, 2026.",
    "Correction : An earlier version of this story said the strike would begin Jan. 5.",
    # read-aloud players
    "Listen to this story. Enjoy more audio and podcasts on iOS or Android.",
    "Listen to this article · 24:12 min Learn more",
    "Produced by ElevenLabs and News Over Audio (Noa) using AI narration.",
    "Listen to more stories on the Noa app.",
    "Your browser does not support the <audio> element.",
])
def test_ad_slots_wire_notes_and_audio_players_are_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Article content was checked by the court before it could be published, the judge said.",
    "Listen to this story of a ferry that never sailed, the captain told the crowd on the quay.",
    "The report was first published by the harbour office in 1998 and has been revised twice.",
])
def test_story_sentences_that_open_like_those_notices_are_prose(line: str) -> None:
    assert not chrome.is_chrome(line)


def test_the_last_paragraph_keeps_its_place_before_the_magazines_end_mark() -> None:
    last = '"In Spain," said Mr Lee, "there is no ferry at all." ■'
    text = clean_text("\n".join([
        "Harbour pier to be rebuilt after storm damage", *BODY, last,
        "Explore more", "Europe", "Harbours", "From the November 21st 2026 edition",
    ]))
    assert text.paragraphs[-1] == '"In Spain," said Mr Lee, "there is no ferry at all."'
