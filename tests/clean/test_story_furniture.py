"""What a site sets between or under a story's paragraphs that no article holds: pleas for
money or e-mail addresses, a sponsor's message, notes on corrections and updates, the credits
and contacts that close a story, captions with their credit, linked headlines, price chips."""

from __future__ import annotations

import pytest

from digests.clean import chrome, clean_html, clean_text, sign_offs
from digests.clean.reader_pitches import is_reader_pitch
from tests.clean.harbour_story import BODY


@pytest.mark.parametrize("line", [
    "Harbour Voice is a nonprofit newsroom dedicated to local stories. Help us keep the lights "
    "on. Donate now.",
    "Perhaps you noticed: This story, like all the news we publish, is free to read. That's "
    "because Harbour Voice is a nonprofit organization. We do not charge a subscription fee, "
    "lock our news behind a paywall, or clutter our website with ads.",
    "Our reporting is free for everyone.",
    "Join us today.",
    "We deliver harbour news to your inbox like nobody else. Every day or once a week, our "
    "original stories and digest of the web's top headlines deliver the full story, for free.",
    "Get the latest from Harbour Week in your email inbox.",
    "Harbour Gazette's daily and weekly newsletters keep you up to date.",
])
def test_a_site_s_plea_for_money_or_an_address_is_a_pitch(line: str) -> None:
    assert is_reader_pitch(line)


@pytest.mark.parametrize("line", [
    "The charity urged people to donate now, before the winter appeal closes.",
    "Admission to the harbour museum is free for everyone on Sundays.",
    "Scammers send fake invoices to your inbox, the police warned.",
    "\"Join us today,\" the union's organiser told the dockers.",
])
def test_a_story_s_report_of_an_appeal_is_no_pitch(line: str) -> None:
    assert not is_reader_pitch(line)


@pytest.mark.parametrize("line", [
    "UPDATE (Mar. 4, 11:02 UTC): Adds comment from the harbour master in seventh paragraph.",
    "Corrections & Amplifications",
    "An earlier version of this article misstated the court that issued the ruling.",
    "Editor's note: An earlier version of this article misstated the year the pier was built.",
    "Correction, Feb. 4: An earlier version of this story misstated the ferry's fare.",
    "For a reprint of this article, please contact reprints@harbourtimes.example.",
    "Key ideas above generated with AI assistance and reviewed by an editor.",
    "FTC: We use income earning auto affiliate links. More.",
    "Read the verdict form here.",
    "Earlier: The Harbour Lateral Market Is Back, Baby",
    "About This Story",
    "Banner image: The old pier at dusk. Image by Ann Lee for Harbour Voice.",
    "The old pier at dusk. Image by Ann Lee for Harbour Voice.",
    "The ferry under repair at the yard in June. (Harbour Marine photo)",
    "FEEDBACK: Use this form to send a message to the author of this post.",
    "Message from Harbour Aerospace:",
])
def test_notes_links_and_captions_a_site_sets_in_a_story_are_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Update: The harbour authority later said it would appeal the ruling to a higher court.",
    "Earlier: he had said the pier would reopen in spring.",
    "See you here next year, the harbour master told the crowd.",
    "An earlier version of the bill had set the fare at two euros.",
])
def test_story_sentences_that_share_their_words_stay(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize("line", [
    "Contact Alex Nguyen at anguyen@harbourtimes.example, and follow him on X at @alexnguyen.",
    "Reporter Tomás Reyes contributed from Anchorage, Alaska.",
    "--Additional reporting by Ivy Chen. Editing by Marygrace Anderson.",
    "Editing by Tom Berg.",
    "###",
    "Citations:",
])
def test_what_closes_a_story_is_a_sign_off(line: str) -> None:
    assert sign_offs.is_sign_off(line)


@pytest.mark.parametrize("line", [
    "Reporting by the Harbour Times revealed the scheme.",
    "Donors contributed from across the region.",
    "Contact the county clerk at clerk@county.example for a ballot.",
])
def test_story_sentences_are_no_sign_off(line: str) -> None:
    assert not sign_offs.is_sign_off(line)


def test_a_pitch_between_paragraphs_leaves_the_story_whole() -> None:
    text = clean_text("\n".join([
        "Harbour pier to be rebuilt", "By Ann Lee", *BODY[:2],
        "Harbour Voice is a nonprofit newsroom dedicated to local stories. Help us keep the "
        "lights on. Donate now.",
        *BODY[2:],
    ]))
    assert text.paragraphs == BODY


def test_a_sponsor_s_message_goes_with_its_label() -> None:
    text = clean_text("\n".join([
        "Harbour pier to be rebuilt", "By Ann Lee", *BODY[:2], "Sponsored",
        "Message from Harbour Aerospace:",
        "The harbour's industrial base needs certainty. Harbour Aerospace supports 4,000 jobs "
        "across the region. Learn more at harbouraero.example/readiness.",
        *BODY[2:],
    ]))
    assert text.paragraphs == BODY


def test_a_press_release_ends_at_its_end_mark() -> None:
    text = clean_text("\n".join([
        "Harbour pier to be rebuilt", "By Ann Lee", *BODY, "###", "About Harbour Transit",
        "Harbour Transit provides bus, ferry and on-demand service to more than 410,000 "
        "residents across three counties. Learn more at harbourtransit.example.",
    ]))
    assert text.paragraphs == BODY


def _page(paragraphs: list[str]) -> str:
    return ("<html><head><title>Harbour pier to be rebuilt</title></head><body><article>"
            "<h1>Harbour pier to be rebuilt</h1>" + "".join(paragraphs)
            + "</article></body></html>")


def test_a_linked_headline_under_earlier_goes_with_the_next_one() -> None:
    page = _page([f"<p>{p}</p>" for p in BODY] + [
        '<p><strong>Earlier:</strong> <a href="/a">The Harbour Lateral Market Is Back, Baby</a>'
        '<br><a href="/b">Remember That Harbour NFT Practice? Yeah, About That…</a></p>'])
    assert clean_html(page).paragraphs == BODY


def test_a_price_chip_link_leaves_the_sentence() -> None:
    page = _page([
        '<p>Shares of Harbour Holdings Inc. <a class="ticker" href="/q/hbr">HBR <span>-8.74%'
        '</span></a> fell 8.7% on Monday, while the S&amp;P 500 <a href="/q/spx">SPX '
        '<span>-0.62%</span></a>.</p>', *(f"<p>{p}</p>" for p in BODY)])
    assert clean_html(page).paragraphs[0] == \
        "Shares of Harbour Holdings Inc. fell 8.7% on Monday, while the S&P 500."


def test_a_related_headline_in_title_case_goes_though_it_ends_as_a_sentence() -> None:
    text = clean_text("\n".join([
        "Harbour pier to be rebuilt", "By Ann Lee", *BODY[:2], "Related",
        "Regulators Approve Fourth Ferry Terminal Despite Objections",
        "The Ferry Boom Is Reshaping the Harbour. Residents Say Nobody Asked Them.",
        "A Growing Cluster", *BODY[2:],
    ]))
    assert text.paragraphs == [*BODY[:2], "A Growing Cluster", *BODY[2:]]
