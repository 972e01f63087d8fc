"""Who holds a role written with what it belongs to: "the Kremlin spokesman", "the harbour board
chairwoman", "Russia's foreign minister". The article names that person right after the same
words, in capitals or not ("Kremlin Spokesman Dmitry Peskov", "Kremlin spokesman Dmitry
Peskov"), where the role word alone would find no one (a role after a body's name is no title,
see :func:`mentions.describe`) or someone else ("the president" of another body).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from digests.analyse.name_index import NameIndex


def named_after(index: NameIndex, role: list[str], before: tuple[int, int]) -> str | None:
    """The fullest name of the person the article writes right after the words of ``role``
    (any case): the nearest such before ``before``, else the first after it."""
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(word) for word in role) + r"\s+", re.IGNORECASE
    )
    last = role[-1].lower()
    found: list[tuple[tuple[int, int], str]] = []
    for i, text in enumerate(index.paragraphs):
        if last not in text.lower():
            continue  # the usual case, settled without the pattern
        for match in pattern.finditer(text):
            at = (i - 1, match.end())
            # A mention stands where its run starts, which may be the role's first word.
            for mention in index.mentions_in(i - 1):
                if mention.at <= at and mention.person and " " in mention.name \
                        and text.startswith(mention.name, match.end()):
                    found.append((at, mention.name))
    if not found:
        return None
    earlier = [name for at, name in found if at < before]
    return index.fullest(earlier[-1] if earlier else found[0][1])
