"""The share-price chip a business site sets after a listed company's name, which a scraper
prints inside the sentence with its icon's label ("Brightwell Semiconductor BWSC
-11.04%decrease; red down pointing triangle fell 11%"): the sentence reads without it."""

from __future__ import annotations

import re
from typing import Final

# The ticker, the move and the icon's text-to-speech label.
_CHIP: Final = re.compile(
    r" [A-Z][A-Z.]{0,6} [-+−]?\d+(?:\.\d+)?% ?(?:increase|decrease); (?:green|red) "
    r"(?:up|down) pointing triangle"
)


def without_ticker_chips(text: str) -> str:
    """``text`` without the price chips set inside it."""
    if "pointing triangle" not in text:
        return text  # the icon's label says where a chip is: most pages have none
    return _CHIP.sub("", text)
