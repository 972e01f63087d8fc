"""A clean article given as text (title, blank line, one paragraph per line) loses nothing."""

from __future__ import annotations

from digests.clean import clean_text

ARTICLE = """Residents Share Their Thoughts On The New Bridge

“It took twenty years, but the bridge finally connects our two halves of town.” ― Maria Lopez
“I drive across it every morning and save half an hour each way, which is a small miracle.”
“The tolls are too high for families who already struggle to pay their rent each month.” ― Tom Reed
The council said on Monday that tolls would be reviewed after the first year of operation.
Engineers expect the bridge to carry about 40,000 vehicles a day by the end of next year.
"""


def test_each_line_stays_its_own_paragraph() -> None:
    article = clean_text(ARTICLE)
    assert article.title == "Residents Share Their Thoughts On The New Bridge"
    body = [*article.standfirst, *article.paragraphs]
    assert len(body) == 5
    assert body[0].startswith("“It took twenty years")
    assert body[2].endswith("― Tom Reed")


def test_a_line_broken_mid_sentence_is_joined() -> None:
    text = (
        "Storm closes the harbour\n\n"
        "The harbour master closed the port on Tuesday after waves of more than six metres were\n"
        "recorded at the entrance, and ferries to the islands were cancelled until further notice."
        "\n"
        "Fishing boats were moved to the inner basin, where the water is calmer and the quays are "
        "higher, and their crews were sent home.\n"
    )
    article = clean_text(text)
    assert len(article.paragraphs) == 2
    assert "six metres were recorded at the entrance" in article.paragraphs[0]
