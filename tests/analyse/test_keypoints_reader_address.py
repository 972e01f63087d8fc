"""The writer talking to the reader ("If you live in…, chances are you…", "you can be forgiven
for…") is the writer stepping in, as "I" is: it ranks below the news, though less far down than
a quote."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.sentence_kinds import addresses_the_reader
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
