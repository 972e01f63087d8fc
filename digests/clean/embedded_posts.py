"""Social-media posts a story embeds, printed as their fallback text.

An embedded tweet reaches the cleaner as its words and then its signature: "— Display Name
(@handle) March 3, 2021"; an Instagram post as "A post shared by Display Name (@handle)". The
signature names an account with its handle and a date, which no sentence of a story does, so it
marks the post's last line. The post is a quotation the story's own paragraphs report, if it
matters: printed as a paragraph it reads as the site's text, its link and handle included.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

# The date a tweet's signature ends with: "March 3, 2021", "3 March 2021", "3. März 2021",
# "3 de marzo de 2021".
_DATE: Final = (
    r"(?:[^\W\d_][\w.]*\.? \d{1,2}, (?:19|20)\d\d"
    r"|\d{1,2}\.? (?:de )?[^\W\d_][\w.]* (?:de )?(?:19|20)\d\d)"
)
# A tweet's signature at the end of a line: a dash, the account's name and handle, the date.
# Without a dash the name must open the line, and be short: a sentence that names an account
# goes on with a verb, not with a date alone. A long dash may touch the post's last word
# ("...because hummus.— Slack (@SlackHQ) ..."): the embed code prints the post's text and the
# signature without a space where it leaves out the paragraph around the text.
_TWEET_SIGNATURE: Final = re.compile(
    rf"(?:(?P<dash>(?:^|\s)[—–-]{{1,2}}|[—–]{{1,2}})\s*[^()—–\n]{{1,80}}?|^[^()—–\n]{{1,50}}?)"
    rf"\s*\(@\w{{1,15}}\)\s*{_DATE}\s*$"
)
# An Instagram post's credit line, in the languages the cleaner meets most.
_SHARED_BY: Final = re.compile(
    r"(?:a post shared by|ein beitrag geteilt von|une publication partagée par|"
    r"una publicación compartida (?:de|por)|un post condiviso da|"
    r"uma publicação compartilhada por)\s[^()\n]{1,60}\(@[\w.]{1,30}\)",
    re.IGNORECASE,
)
# A tweet's text ends with the link to its picture.
_PICTURE_LINK: Final = re.compile(r"\bpic\.(?:twitter|x)\.com/\w+\s*$")


def embedded_post_lines(texts: Sequence[str], element_starts: Sequence[bool]) -> set[int]:
    """Positions of the lines in ``texts`` that print an embedded post.

    A signature on a line of its own closes the post's text above it: up to the line that
    opens its element (``element_starts``), or the line just before it where each line is an
    element of its own (scraped text).
    """
    posts: set[int] = set()
    for position, text in enumerate(texts):
        if "(@" not in text:
            if "pic." in text and _PICTURE_LINK.search(text):
                posts.add(position)
            continue
        signature = _TWEET_SIGNATURE.search(text)
        if signature is None:
            if _SHARED_BY.search(text):
                posts.add(position)
            continue
        posts.add(position)
        start = position
        if signature.start() == 0:  # nothing of the post's text on the signature's line
            while start > 0 and not (start < position and element_starts[start]):
                start -= 1
                posts.add(start)
        posts.update(_quoted_lines_above(texts, start))
    return posts


_MIN_QUOTED_CHARS: Final = 20  # a short line ("Thanks!") can sit inside any paragraph by chance


def _quoted_lines_above(texts: Sequence[str], start: int) -> range:
    """Positions of the lines right above ``texts[start]`` that a line before them prints
    inside it: a post of several paragraphs, printed one to a line, that the story quoted first.
    """
    top = start
    while top > 1:
        line = texts[top - 1].strip()
        if len(line) < _MIN_QUOTED_CHARS or not any(line in text for text in texts[:top - 1]):
            break
        top -= 1
    return range(top, start)
