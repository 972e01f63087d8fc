"""The words a site hides inside a link for screen readers, which a scraper prints inside the
sentence ("Shares in Acme Plc (ACME.L), opens new tab rose 5%", "the report (opens in a new
window)"): the sentence reads without them."""

from __future__ import annotations

import re
from typing import Final

_LABEL: Final = re.compile(
    r",? opens (?:in )?(?:a )?new (?:tab|window)\b"
    r"| ?\((?:opens|open|link opens) in (?:a )?new (?:tab|window)\)"
    r"| ?\(external link\)",
    re.IGNORECASE,
)


def without_link_labels(text: str) -> str:
    """``text`` without the screen-reader labels of the links inside it."""
    if "new tab" not in text and "new window" not in text and "external link" not in text:
        return text  # most paragraphs hold no link label: three substring tests settle them
    return _LABEL.sub("", text)
