"""A 64-bit SimHash over word shingles: near-duplicate texts get signatures a few bits apart.

The signature is stored with the article and compared with those of articles other processes
stored, so it must be the same wherever it is computed: this module is not compiled (setup.py),
because mypyc's ``str.lower`` on Python 3.11 does not apply Greek final sigma ("ΟΔΟΣ" gives
"οδοσ", not Python's "οδος"). Every step is a call into C, so compiling it would gain little.
"""

from __future__ import annotations

import re
import sys
import zlib
from array import array
from itertools import repeat

_WORD = re.compile(r"\w+", re.UNICODE)
MASK64 = (1 << 64) - 1

# Near-duplicates share their opening: the first words are enough, and they bound the cost.
SIGNATURE_WORDS = 150
_SALT = 0x9E3779B9
# Characters read for the first words, at first: ~8 a word covers most texts in one pass.
_FIRST_READ = 8 * SIGNATURE_WORDS
# The array type of 32-bit unsigned integers, for the CRCs ("I" is 4 bytes on the platforms
# Python supports; "L" is 8 on some).
_UINT32 = "I" if array("I").itemsize == 4 else "L"


def simhash(text: str, shingle: int = 3) -> int:
    """SimHash of the text's first words: bit b is set when most of its shingles' 64-bit hashes
    have bit b set. A shingle's hash is two CRC-32s with different seeds (its low and high
    half): stable across processes (unlike hash()) and far cheaper than a cryptographic hash;
    SimHash needs well-spread bits, not collision resistance."""
    words = [word.encode("utf-8") for word in _first_words(text)]
    if not words:
        return 0
    if len(words) < shingle:
        grams = [b" ".join(words)]
    else:
        # Shingle i is words i..i+shingle-1: the shifted lists zipped, the shortest ending it.
        shifted = (words[k:] for k in range(shingle))
        grams = list(map(b" ".join, zip(*shifted, strict=False)))
    # The halves side by side, as 64-bit lanes: low half first, as in a little-endian integer.
    halves = array(_UINT32, bytes(8 * len(grams)))
    halves[0::2] = array(_UINT32, map(zlib.crc32, grams))
    halves[1::2] = array(_UINT32, map(zlib.crc32, grams, repeat(_SALT, len(grams))))
    if sys.byteorder == "big":
        halves.byteswap()
    value = 0
    for bit, count in enumerate(_bit_counts(halves.tobytes(), len(grams))):
        if 2 * count > len(grams):
            value |= 1 << bit
    return value


def _first_words(text: str) -> list[str]:
    """The first SIGNATURE_WORDS words of ``text``, lower case; reads only as much as needed
    (a long article's words past them would cost more than the rest of the hash)."""
    size = _FIRST_READ
    while True:
        # Lower-casing a prefix gives the prefix of the lower-cased text for every word but
        # the one the cut may split, which the first SIGNATURE_WORDS leave out when more follow.
        words = _WORD.findall(text[:size].lower())
        if len(words) > SIGNATURE_WORDS or size >= len(text):
            return words[:SIGNATURE_WORDS]
        size *= 2


def _bit_counts(lanes: bytes, count: int) -> list[int]:
    """For each of the 64 bits, how many of the ``count`` little-endian 64-bit lanes of
    ``lanes`` have it set.

    The lanes make one big integer. For each bit j of a byte, masking keeps that bit of every
    byte, each then a 0 or 1 in its own byte; adding the upper half of the lanes onto the lower
    half, again and again, sums every lane into the first, byte by byte. No byte overflows: it
    counts at most ``count`` ones, and a text has at most SIGNATURE_WORDS (< 256) shingles. That
    is 8 rounds of whole-integer arithmetic rather than a Python loop over every lane and bit.
    """
    packed = int.from_bytes(lanes, "little")
    ones = int.from_bytes(b"\x01" * (8 * count), "little")
    counts = [0] * 64
    for j in range(8):
        summed = (packed >> j) & ones
        width = count
        while width > 1:
            half = width // 2
            bits = 64 * half
            summed = (summed & ((1 << bits) - 1)) + (summed >> bits)
            width -= half
        for k, ones_here in enumerate(summed.to_bytes(8, "little")):
            counts[8 * k + j] = ones_here
    return counts


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & MASK64).bit_count()


def to_signed(value: int) -> int:
    """Store an unsigned 64-bit value in a signed BIGINT column."""
    return value - (1 << 64) if value >= 1 << 63 else value


def to_unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value
