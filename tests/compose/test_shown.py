"""What a digest shows of a story: the same fields, cut the same way, in both renderings."""

from __future__ import annotations

import pytest

from digests.compose.shown import shorten_quote
from digests.compose.text import ELLIPSIS


@pytest.mark.parametrize(
    ("text", "limit", "shown"),
    [
        ("Short enough.", 50, "Short enough."),
        # Cut after the last whole sentence that fits, closing quote marks and all.
        ("We stay. We fight on, whatever they say about it.", 16, f"We stay. {ELLIPSIS}"),
        ("He said “no.” Then we left the room for good.", 26, f"He said “no.” {ELLIPSIS}"),
        ("Wait! Is it done? Nobody in the room could tell us.", 30,
         f"Wait! Is it done? {ELLIPSIS}"),
        # A first sentence too short to stand for the quote: cut at a word instead.
        ("Yes. The plan goes ahead as agreed with the unions in March.", 40,
         f"Yes. The plan goes ahead as agreed{ELLIPSIS}"),
        # No sentence end at all: cut at a word.
        ("one long sentence that never seems to end at all anywhere", 20,
         f"one long sentence{ELLIPSIS}"),
    ],
)
def test_a_long_quote_is_cut_after_a_whole_sentence(text: str, limit: int, shown: str) -> None:
    assert shorten_quote(text, limit) == shown
    assert len(shorten_quote(text, limit)) <= limit
