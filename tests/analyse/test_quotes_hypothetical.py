"""Words someone "would say" or "used to say" are the writer's hypothetical or a saying recalled,
not what that person said in this story: no quote, as "as if to say “…”" is none."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs), language="en")
    return [(q.text, q.speaker) for q in find_quotes(article)]


def test_what_a_fictional_detective_would_say_is_no_quote() -> None:
    assert quotes(
        "The missing statues were found in the mayor's own garage.",
        "As Inspector Morse would say, “The obvious answer is usually the right one.”",
    ) == []


def test_a_saying_someone_used_to_say_is_no_quote() -> None:
    assert quotes(
        "The repairs took three years longer than planned.",
        "As my grandmother used to say: “Patience finds what haste loses.”",
    ) == []
    assert quotes(
        "The repairs took three years longer than planned.",
        "As Coach Ray Hill might have said, “Slow and steady wins the season.”",
    ) == []


def test_what_someone_says_they_would_say_is_still_their_quote() -> None:
    assert quotes(
        "Mayor Ken Ortiz met the victims' families on Friday.",
        "Ortiz said: “I would say to them that we will not rest until this is solved.”",
    ) == [("I would say to them that we will not rest until this is solved.", "Ken Ortiz")]


def test_a_saying_with_its_imagined_speaker_after_it_is_no_quote() -> None:
    assert quotes(
        "The repairs took three years longer than planned.",
        "“Patience finds what haste loses,” as my grandmother used to say.",
        "“A good question has no short answer,” as Sherlock would say.",
    ) == []


def test_what_someone_would_say_as_a_habit_is_their_quote() -> None:
    assert quotes(
        "Mara Lind ran the bakery on Dock Street for forty years.",
        "“Bread waits for no one,” Lind would say to every new apprentice.",
    ) == [("Bread waits for no one", "Mara Lind")]


def test_what_someone_is_left_to_wonder_is_no_quote() -> None:
    # The writer voices the question for them: nobody asked it.
    assert quotes(
        "Mara Lind has signed with a rival label, and Harbour Records will be left to wonder: "
        "“where did it all go wrong?”",
    ) == []
    assert quotes(
        "Fans of the band, who had queued since dawn, were left wondering: “Is this the end?”",
    ) == []
