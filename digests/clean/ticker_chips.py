"""The share-price chip a business site sets after a listed company's name, which a scraper
prints inside the sentence with its icon's label ("Brightwell Semiconductor BWSC
-11.04%decrease; red down pointing triangle fell 11%"): the sentence reads without it."""

from __future__ import annotations

import re
from typing import Any, Final

from digests.clean.comment_sections import remove_keeping_tail

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


# A link whose whole text is a ticker and its move ("RLTD -8.74%", "BTCUSD +1.18%"): a business
# site's chip inside the sentence, in a page's markup.
_CHIP_LINK_TEXT: Final = re.compile(r"[A-Z][A-Z.]{0,7}\s+[-+−]\d+(?:\.\d+)?%")


def drop_ticker_chips(tree: Any) -> None:
    """Remove from ``tree`` each link that is only a price chip, keeping the sentence's text
    after it."""
    for link in list(tree.iter("a")):
        if _CHIP_LINK_TEXT.fullmatch(" ".join(link.text_content().split())) is None \
                or link.getparent() is None:
            continue
        if (link.tail or "")[:1] in _CLOSING_MARKS:
            _trim_text_before(link)  # "… the S&P 500 SPX -0.62%." ends "… the S&P 500."
        remove_keeping_tail(link)


_CLOSING_MARKS: Final = frozenset(".,;:)")


def _trim_text_before(element: Any) -> None:
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "").rstrip()
    else:
        parent = element.getparent()
        parent.text = (parent.text or "").rstrip()
