"""The SimHash signature: stored with each article and compared across processes and versions,
so its value is pinned, and must equal the plain definition however it is computed."""

from __future__ import annotations

import re
import zlib

import pytest

from digests.analyse.signature import SIGNATURE_WORDS, hamming, simhash, to_signed, to_unsigned


def plain_simhash(text: str, shingle: int = 3) -> int:
    """SimHash as defined: the first words, their shingles, each hashed to 64 bits, a majority
    vote per bit, one gram and one bit at a time."""
    words = re.findall(r"\w+", text.lower())[:SIGNATURE_WORDS]
    if not words:
        return 0
    grams = [" ".join(words[i : i + shingle]) for i in range(max(1, len(words) - shingle + 1))]
    value = 0
    for bit in range(64):
        ones = 0
        for gram in grams:
            data = gram.encode("utf-8")
            hashed = zlib.crc32(data) | (zlib.crc32(data, 0x9E3779B9) << 32)
            ones += (hashed >> bit) & 1
        if 2 * ones > len(grams):
            value |= 1 << bit
    return value


STORY = (
    "The city council voted on Tuesday to close the old bridge over the river for repairs, "
    "after engineers found cracks in two of its supports. Drivers will be sent through the "
    "northern ring road for at least six months, the council said. "
)

TEXTS = [
    "",
    "...",
    "one",
    "one two",
    "one two three",
    STORY,
    STORY * 20,  # long: the first words are read from a prefix
    "word " * (SIGNATURE_WORDS - 1),
    "word " * SIGNATURE_WORDS,
    "w" * 5000 + " tail",  # one huge word: the prefix read must grow to hold it
    "ΟΔΟΣ ΣΑΣ ΚΑΙ ΛΟΓΟΣ " * 60,  # Greek final sigma: "ς" at a word's end, as Python lowers it
    "İstanbul Şehir Meclisi toplandı. " * 40,  # "İ" lowers to two characters
    "Москва заявила, что переговоры продолжатся в пятницу. " * 20,
    "\u200fمرحبا بالعالم\u200f " * 80,
    "北京 上海 广州 " * 70,
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_equals_the_plain_definition(text: str) -> None:
    assert simhash(text) == plain_simhash(text)


def test_value_is_pinned() -> None:
    # Stored signatures are compared with new ones: a change of the function would split
    # every story that straddles an upgrade.
    assert simhash("The quick brown fox jumps over the lazy dog near the river bank") == (
        0xD84586D00D0493A1
    )


def test_near_duplicates_are_close_and_other_texts_far() -> None:
    edited = STORY.replace("six months", "seven months").replace("Tuesday", "Wednesday")
    other = (
        "Shares in the carmaker fell sharply in early trading after it cut its profit forecast "
        "for the year, blaming weak demand in China and the cost of new factories in Europe."
    )
    assert hamming(simhash(STORY), simhash(edited)) <= 12
    assert hamming(simhash(STORY), simhash(other)) > 12


def test_signed_round_trip() -> None:
    for value in (0, 1, (1 << 63) - 1, 1 << 63, (1 << 64) - 1):
        signed = to_signed(value)
        assert -(1 << 63) <= signed < 1 << 63
        assert to_unsigned(signed) == value
