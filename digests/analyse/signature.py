"""A 64-bit SimHash over word shingles: near-duplicate texts get signatures a few bits apart."""

from __future__ import annotations

import re
import zlib

_WORD = re.compile(r"\w+", re.UNICODE)
MASK64 = (1 << 64) - 1


# Near-duplicates share their opening: the first words are enough, and they bound the cost.
SIGNATURE_WORDS = 150
_SALT = 0x9E3779B9


def _hash64(gram: bytes) -> int:
    # Two CRC-32s with different seeds: stable across processes (unlike hash()) and far cheaper
    # than a cryptographic hash; SimHash needs well-spread bits, not collision resistance.
    return zlib.crc32(gram) | (zlib.crc32(gram, _SALT) << 32)


def simhash(text: str, shingle: int = 3) -> int:
    words = _WORD.findall(text.lower())[:SIGNATURE_WORDS]
    if not words:
        return 0
    grams = [
        " ".join(words[i : i + shingle]).encode("utf-8")
        for i in range(max(1, len(words) - shingle + 1))
    ]
    count = len(grams)
    # All hashes side by side in one big integer: each of the 64 bit positions is then counted
    # over every gram with one mask and one popcount, instead of a Python loop per gram and bit.
    packed = int.from_bytes(b"".join(_hash64(g).to_bytes(8, "little") for g in grams), "little")
    lanes = ((1 << (64 * count)) - 1) // MASK64  # bit 0 of every 64-bit lane
    value = 0
    for bit in range(64):
        if 2 * (packed & (lanes << bit)).bit_count() > count:
            value |= 1 << bit
    return value


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & MASK64).bit_count()


def to_signed(value: int) -> int:
    """Store an unsigned 64-bit value in a signed BIGINT column."""
    return value - (1 << 64) if value >= 1 << 63 else value


def to_unsigned(value: int) -> int:
    return value + (1 << 64) if value < 0 else value
