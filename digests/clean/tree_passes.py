"""What the HTML cleaner changes in a page's tree before trafilatura reads it: readers' comment
boxes it would keep go, reference marks and share prices' chips go, and text loose in a
container becomes paragraphs."""

from __future__ import annotations

from typing import Any

from digests.clean.comment_sections import drop_comment_sections
from digests.clean.loose_text import wrap_loose_text
from digests.clean.reference_marks import drop_reference_marks
from digests.clean.ticker_chips import drop_ticker_chips


def prepare_tree(tree: Any) -> None:
    drop_comment_sections(tree)
    drop_reference_marks(tree)
    drop_ticker_chips(tree)
    wrap_loose_text(tree)
