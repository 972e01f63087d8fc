"""A business site's share-price chips inside the sentences a scraper printed."""

from __future__ import annotations

from digests.clean import clean_text
from tests.clean.harbour_story import BODY

CHIPPED = (
    "Shares of Brightwell Semiconductor BWSC -11.04%decrease; red down pointing triangle fell "
    "11% after the company cut its forecast, while Calloway Foods CLWY 6.12%increase; green up "
    "pointing triangle rose 6%."
)


def test_the_chips_leave_the_sentence_as_it_reads() -> None:
    text = clean_text("\n".join(["Stocks slip as yields climb", "By Ann Lee", CHIPPED, *BODY]))
    assert "Shares of Brightwell Semiconductor fell 11% after the company cut its forecast, " \
        "while Calloway Foods rose 6%." in text.paragraphs
