"""What a digest shows of a story: the same fields, cut the same way, in both renderings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from digests.compose.digest import DigestEntry, EntryQuote
from digests.compose.shown import FULL, shorten_quote, shown_story
from digests.compose.text import ELLIPSIS


@pytest.mark.parametrize(
    ("text", "limit", "shown"),
    [
        ("Short enough.", 50, "Short enough."),
        # Cut after the last whole sentence that fits, closing quote marks and all.
        ("We stay. We fight on, whatever they say about it.", 16, f"We stay. {ELLIPSIS}"),
        ("He said “no.” Then we left the room for good.", 26, f"He said “no.” {ELLIPSIS}"),
        ("Wait! Is it done? Nobody in the room could tell us.", 30,
         f"Wait! Is it done? {ELLIPSIS}"),
        # A first sentence too short to stand for the quote: cut at a word instead.
        ("Yes. The plan goes ahead as agreed with the unions in March.", 40,
         f"Yes. The plan goes ahead as agreed{ELLIPSIS}"),
        # No sentence end at all: cut at a word.
        ("one long sentence that never seems to end at all anywhere", 20,
         f"one long sentence{ELLIPSIS}"),
    ],
)
def test_a_long_quote_is_cut_after_a_whole_sentence(text: str, limit: int, shown: str) -> None:
    assert shorten_quote(text, limit) == shown
    assert len(shorten_quote(text, limit)) <= limit


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        # Ingest cut a long sentence at a word: the words that need the next one go too.
        ("The truck struck the crowd as the driver also opened fire on…",
         "The truck struck the crowd as the driver also opened fire…"),
        ("Clinton must prepare to face more diverse electorates in the contests of the…",
         "Clinton must prepare to face more diverse electorates in the contests…"),
        ("Der Bundespräsident würdigte das Engagement der jungen Menschen in den…",
         "Der Bundespräsident würdigte das Engagement der jungen Menschen…"),
        ("The council approved the plan for the harbour, and the…",
         "The council approved the plan for the harbour…"),
        # Russian prepositions too, as ingest trims them (one list: digests/ending_words.py).
        ("Власти города объявили о закрытии старого моста на…",
         "Власти города объявили о закрытии старого моста…"),
        # A last word that carries meaning stays, whatever it looks like elsewhere.
        ("Officials said the attack killed at least 80 people in the war…",
         "Officials said the attack killed at least 80 people in the war…"),
        ("The new chips were designed by researchers at MIT…",
         "The new chips were designed by researchers at MIT…"),
        ("A point that was never cut ends with the.", "A point that was never cut ends with the."),
    ],
)
def test_a_cut_point_does_not_end_on_a_word_that_needs_the_next(stored: str, shown: str) -> None:
    entry = DigestEntry(story_id=1, article_id=1, title="Story", url="", source_name="Wire",
                        key_points=(stored,))
    assert shown_story(entry).points == [shown]


def test_a_point_cut_to_fit_does_not_end_on_a_word_that_needs_the_next() -> None:
    point = "The harbour will stay open through the whole of the winter season this year."
    entry = DigestEntry(story_id=1, article_id=1, title="Story", url="", source_name="Wire",
                        key_points=(point,))
    limits = replace(FULL, point=len("The harbour will stay open through the whole of the") + 1)
    assert shown_story(entry, limits).points == [
        f"The harbour will stay open through the whole{ELLIPSIS}"]


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        # What the link leads to, or how new it was when posted: neither holds in a digest.
        ("BREAKING: Rivertown council votes to close the old bridge",
         "Rivertown council votes to close the old bridge"),
        ("Photos: Floods sweep through the valley towns", "Floods sweep through the valley towns"),
        ("WATCH | Firefighters pull a horse out of the canal",
         "Firefighters pull a horse out of the canal"),
        ("Eilmeldung: Bahn stellt den Fernverkehr im Norden ein",
         "Bahn stellt den Fernverkehr im Norden ein"),
        ("Storm lifts roofs off a seaside village – video",
         "Storm lifts roofs off a seaside village"),
        ("Crowds greet the returning rowers (PHOTOS)", "Crowds greet the returning rowers"),
        ("[VIDEO] Mayor opens the new tram line", "Mayor opens the new tram line"),
        # The same words as words of the headline, or a label with too little after it, stay.
        ("Watch the skies: meteor shower peaks tonight",
         "Watch the skies: meteor shower peaks tonight"),
        ("Live music returns to the old harbour", "Live music returns to the old harbour"),
        ("Update: Fire out", "Update: Fire out"),
        ("Maps of the new districts are published", "Maps of the new districts are published"),
    ],
)
def test_a_newsroom_label_leaves_the_title(stored: str, shown: str) -> None:
    entry = DigestEntry(story_id=1, article_id=1, title=stored, url="", source_name="Wire",
                        key_points=("A point.",))
    assert shown_story(entry).title == shown


def test_a_story_shows_about_two_points_worth_of_its_quote() -> None:
    # A press-conference answer of several sentences is cut after the sentences that fit, so
    # the quote reads at a glance beside points of ~200 characters each.
    answer = " ".join(
        ["The most important thing is that we lost the game on Sunday afternoon."] * 6
    )
    entry = DigestEntry(
        story_id=1, article_id=1, title="Team loses", url="", source_name="Wire",
        key_points=("The team lost.",), quote=EntryQuote(answer, "Ann Lee"),
    )
    shown = shown_story(entry).quote
    assert 150 <= len(shown) <= 250
    assert shown.endswith(f"afternoon. {ELLIPSIS}")
