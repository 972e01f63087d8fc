"""The order key points are shown in: best first, with three exceptions a reader needs.

A point that opens leaning on the sentence before it ("The company confirmed…") reads right
under the point taken from that sentence; so does a deck that opens so ("The 5-4 vote came
after…") under the lead that tells the news it leans on; and under a headline that reports a
death, the point that tells the death comes before summary bullets that do not.
"""

from __future__ import annotations

from typing import Final

from digests.analyse.deaths import tells_the_death

# Words that open an English sentence leaning on the one before ("The company confirmed…",
# "This came after…"): a point that opens so reads right under the point it leans on.
_LEANING_OPENERS: Final = frozenset("The This That These Those Its Their Such".split())


def reading_order(positions: list[int], points: list[str]) -> list[int]:
    """The indexes of ``points``, taken from the sentences at ``positions`` (best first), with
    a point that opens leaning on the sentence before ("The company…") moved right under the
    point taken from that sentence. The best point stays first: the sentence before it may be
    a teaser or a caption that scored lower for good reason."""
    index_of = {at: i for i, at in enumerate(positions)}

    def leans_on_point_above(at: int) -> bool:
        return at in index_of and at - 1 in index_of \
            and points[index_of[at]].partition(" ")[0] in _LEANING_OPENERS

    order: list[int] = []
    placed: set[int] = set()
    for rank, at in enumerate(positions):
        start = at
        while rank and leans_on_point_above(start):
            start -= 1
        while start in index_of and index_of[start] not in placed:
            order.append(index_of[start])
            placed.add(index_of[start])
            if not leans_on_point_above(start + 1):
                break
            start += 1
    return order


def deck_leans_on_lead(standfirst_points: list[str]) -> bool:
    """Is the page's one standfirst point a deck that opens leaning on the news before it ("The
    5-4 vote came after nearly three hours of public comment…", "The pushback puts GOP leaders
    in a bind…")? Under a lead that tells that news it reads as meant; above it, it points at
    nothing the reader has seen. (The caller asks whether the lead tells the news.)"""
    return len(standfirst_points) == 1 \
        and standfirst_points[0].partition(" ")[0] in _LEANING_OPENERS


def death_untold_above(bullets: list[str], point: str, obituary: bool, language: str) -> bool:
    """Under a headline that reports a death (``obituary``), does the body's first point tell
    it while the summary bullets above it do not ("Her son describes her as a legend")? Then it
    goes first: in an obituary the death is the news (see :mod:`deaths`)."""
    return (
        obituary
        and tells_the_death(point, language)
        and not any(tells_the_death(bullet, language) for bullet in bullets)
    )
