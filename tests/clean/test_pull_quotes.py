"""Text mode: a pull quote, the story's own quote set large again between its paragraphs."""

from __future__ import annotations

import pytest

from digests.clean import clean_text
from digests.clean.pull_quotes import without_pull_quotes
from tests.clean.harbour_story import BODY

HEADLINE = "Harbour pier to be rebuilt after storm damage"
QUOTING = (
    "“We have waited three winters for this pier, and frankly we are not waiting any longer "
    "for anyone,” said the harbour master, Ann Lee, at the signing on Tuesday."
)


def page(*parts: str) -> str:
    return "\n\n".join(parts)


@pytest.mark.parametrize("pull", [
    "“We are not waiting any longer for anyone”",  # cut from the quote, no full stop
    "\"We have waited three winters for this pier.\"",  # straight marks, its own full stop
    "“We Are Not Waiting Any Longer For Anyone”",  # set in title case
])
def test_a_pull_quote_that_retells_a_quote_of_the_story_is_not_body(pull: str) -> None:
    text = clean_text(page(HEADLINE, BODY[0], QUOTING, BODY[1], pull, *BODY[2:]))
    assert text.paragraphs == [BODY[0], QUOTING, *BODY[1:]]


def test_a_quote_paragraph_that_goes_on_with_new_words_stays() -> None:
    going_on = "“The ferry will keep running from the temporary landing until the works end.”"
    text = clean_text(page(HEADLINE, BODY[0], QUOTING, going_on, *BODY[1:]))
    assert going_on in text.paragraphs


def test_a_quote_printed_first_and_retold_later_stays_where_the_story_has_it() -> None:
    # The quote paragraph comes before the paragraph that repeats part of it: it is the story's.
    first = "“We are not waiting any longer for anyone, and neither is the town.”"
    later = (
        "Asked again, Lee said they were not waiting any longer for anyone at all in the council."
    )
    text = clean_text(page(HEADLINE, BODY[0], first, BODY[1], later, *BODY[2:]))
    assert first in text.paragraphs


def test_a_quote_the_story_also_tells_as_indirect_speech_stays() -> None:
    # "… said that …" retells the words without quote marks: the quote is the story's own.
    quote = "“We are not waiting any longer for anyone in the council.”"
    told = "Lee said that they were not waiting any longer for anyone in the council, and left."
    text = clean_text(page(HEADLINE, BODY[0], told, BODY[1], quote, *BODY[2:]))
    assert quote in text.paragraphs


def test_a_quote_going_on_from_the_paragraph_before_stays() -> None:
    opened = "“We have waited three winters for this pier, and the town has waited with us."
    going_on = "“We are not waiting any longer for anyone.”"
    lead = "The harbour master said “we are not waiting any longer for anyone” at the signing."
    text = clean_text(page(HEADLINE, lead, BODY[0], opened, going_on, *BODY[1:]))
    assert going_on in text.paragraphs


SETTING = (
    "The pier was built in 1902 for the steamers that once linked the islands to the town. "
    "It has been closed to the public since a storm damaged it three winters ago."
)


@pytest.mark.parametrize("pull", [
    "It has been closed to the public since a storm damaged it three winters ago.",
    "it has been closed to the public since a storm damaged it three winters ago",
])
def test_a_sentence_of_the_story_set_large_again_is_not_body(pull: str) -> None:
    # Not only quotes: a page sets one of the writer's own sentences large between paragraphs.
    text = clean_text(page(HEADLINE, BODY[0], SETTING, BODY[1], pull, *BODY[2:]))
    assert text.paragraphs == [BODY[0], SETTING, *BODY[1:]]


def test_a_short_paragraph_that_only_shares_part_of_a_sentence_stays() -> None:
    short = "The pier was built in 1902 for the steamers."
    text = clean_text(page(HEADLINE, BODY[0], SETTING, BODY[1], short, *BODY[2:]))
    assert short in text.paragraphs


def test_a_sentence_set_large_again_in_a_very_long_text_is_found_all_the_same() -> None:
    # Past 100,000 characters the repeats are looked for by the sentence's rarest word.
    filler = [f"Entry {i} of the harbour log notes the tide, the wind and the boats that came "
              f"in, as the keeper wrote every evening of year {1900 + i}." for i in range(900)]
    pull = "It has been closed to the public since a storm damaged it three winters ago."
    paragraphs = [BODY[0], SETTING, *filler, pull, *BODY[1:]]
    assert len("\n".join(paragraphs)) > 100_000
    assert without_pull_quotes(paragraphs) == [BODY[0], SETTING, *filler, *BODY[1:]]
    short = "The pier was built in 1902 for the steamers."
    assert short in without_pull_quotes([BODY[0], SETTING, *filler, short])
