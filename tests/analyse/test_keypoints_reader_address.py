"""The writer talking to the reader ("If you live in…, chances are you…", "you can be forgiven
for…") is the writer stepping in, as "I" is: it ranks below the news, though less far down than
a quote."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.sentence_kinds import addresses_the_reader, writes_as_we
from digests.clean import CleanArticle


def test_the_reader_addressed_outside_quote_marks_is_told() -> None:
    assert addresses_the_reader("If you live near the harbour, chances are you heard the sirens.")
    assert addresses_the_reader("You can be forgiven for missing the council's vote on the ferry.")
    assert addresses_the_reader("The plan, you may have heard, raises the council tax.")
    # "Your" alone is as often the generic owner of a body or a bill.
    assert not addresses_the_reader("A study found that cycling may make your heart larger.")
    # Inside quote marks, or as part of another word, it is someone else's or no one's.
    assert not addresses_the_reader("“You will pay more,” the mayor told residents on Monday.")
    assert not addresses_the_reader("The mayor said: 'If you look at the figures, the ferry pays.'")
    assert not addresses_the_reader("Youth clubs in the old quarter will close in June.")


def test_a_lead_that_talks_to_the_reader_gives_way_to_the_news() -> None:
    body = [
        "If you live anywhere near the harbour, chances are you have heard the new ferry horn"
        " every morning this month.",
        "The town council voted on Tuesday to fund a second ferry across the river from May.",
        "The ferry will cost the town two million euros over five years, the treasurer said.",
    ]
    article = CleanArticle(title="Town funds a second ferry", paragraphs=body)
    (point,) = key_points(article, max_points=1)
    assert point.startswith(body[1])


def test_the_writers_we_outside_quote_marks_is_told() -> None:
    assert writes_as_we("For more insight, we asked the harbour master a few questions.")
    assert writes_as_we("Below, we look at why the ferry keeps breaking down.")
    assert writes_as_we("We’ve rounded up the best ferry routes for the summer.")
    # Someone's words in quote marks, or no "we" at all.
    assert not writes_as_we("“We will run a second ferry,” the mayor said on Monday.")
    assert not writes_as_we("The mayor said: 'We will run a second ferry from May.'")
    assert not writes_as_we("Wellington's council voted to fund a second ferry.")
    assert not writes_as_we("The ferry crews were weary after the storm.")


def test_a_sentence_where_the_writer_steps_in_gives_way_to_the_news() -> None:
    body = [
        "The town council voted on Tuesday to fund a second ferry across the river from May.",
        "The vote is an important one for the town, so for more insight into what the ferry"
        " means for commuters, we asked the harbour master a few questions.",
        "The ferry will cost the town two million euros over five years, the treasurer said.",
    ]
    article = CleanArticle(title="Town funds a second ferry", paragraphs=body)
    points = key_points(article, max_points=2)
    assert not any("we asked" in point for point in points)
