"""Chinese and Japanese label lines: a caption, credit or editor's sign-off opened by its label
word and a colon ("图注：…", "[责任编辑:…]", "原标题：…", "写真：…"). Part of :mod:`chrome`.
"""

from __future__ import annotations

import re
from typing import Final

# Chinese and Japanese pages print captions, credits and the editor's sign-off as a label word
# and a colon ("图注：…", "[责任编辑:…]", "原标题：…", "写真：…"): the label, not the length, says
# what the line is, since these scripts put no spaces between words.
_CJK_LABEL: Final = re.compile(
    r"[\[【(（]?\s*(?:图注|圖註|图片说明|圖片說明|图说|圖說|图片来源|圖片來源|图片|圖片|配图|摄影|攝影|"
    r"责任编辑|責任編輯|编辑|編輯|原标题|原標題|本文来源|文章来源|来源|來源|出品|监制|監製|"
    r"校对|校對|审核|審核|写真|画像|撮影|出典)\s*[:：︱｜|丨]"
)
# a caption runs long; a paragraph that opens with a label runs longer
_CJK_LABEL_CHARS: Final = 120
# The characters such a line can open with (a bracket or a label's first character): a cheap
# test that keeps the pattern off every other line.
OPENERS: Final = frozenset("[【(（图圖配摄攝责責编編原本文来來出监監校审審写画撮")


def is_label_line(text: str) -> bool:
    """A caption, credit or editor's line that a Chinese or Japanese label opens."""
    return len(text) <= _CJK_LABEL_CHARS and _CJK_LABEL.match(text) is not None
