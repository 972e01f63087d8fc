"""Words someone sings ("“…,” she sings") are a song's lyrics, not something said: no quote,
and neither is the next line of the song quoted right after with no clause of its own. Words
said in the same article still are."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = CleanArticle(title="A ballad for the old town", paragraphs=list(paragraphs))
    return [(q.text, q.speaker) for q in find_quotes(article)]


def test_sung_lines_are_no_quotes() -> None:
    assert quotes(
        "Nora Vik wrote the closing song in a single afternoon.",
        "“I wanted it to sound like coming home,” Vik said.",
        "In the last scene the heroine walks back to the harbour. “Left my name on every "
        "door I passed,” she sings. “Now the tide has brought me back again.”",
        "Later the whole cast joins in: “Nothing like the harbour lights,” they sang.",
    ) == [("I wanted it to sound like coming home", "Nora Vik")]
