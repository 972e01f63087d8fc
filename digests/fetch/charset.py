"""Turn fetched bytes into text: BOM, HTTP header, in-document declaration, then detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_SNIFF_BYTES = 4096
# Bytes that Latin-1 maps to invisible C1 controls and Windows-1252 to curly quotes and dashes.
_C1_BYTES = re.compile(rb"[\x80-\x9f]")


def codec_name(label: str | None) -> str | None:
    """Python's name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("'\"")).name
    except LookupError:
        return None


def declared_in_document(data: bytes) -> str | None:
    """The charset an XML declaration or an HTML <meta> names, within the first bytes.

    A UTF-16 or UTF-32 name is ignored, as the HTML standard says: a declaration we could read
    as ASCII is not in UTF-16, and decoding the page as UTF-16 would turn it into CJK noise.
    """
    head = data[:_SNIFF_BYTES]
    for pattern in (_XML_DECL, _META_CHARSET):
        match = pattern.search(head)
        if match:
            name = codec_name(match.group(1).decode("ascii", "replace"))
            if name and not _is_multibyte_unicode(name):
                return name
    return None


def _try(data: bytes, encoding: str | None) -> str | None:
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _try_as_browsers_read(data: bytes, encoding: str | None) -> tuple[str, str] | None:
    """(text, encoding used) of ``data`` in ``encoding``, except that Latin-1 means
    Windows-1252, as browsers read it (WHATWG Encoding Standard); None when it does not decode.

    Pages labelled ISO-8859-1 are nearly always Windows-1252: read as Latin-1, their curly
    quotes and dashes become invisible control characters, and no quote is found in them.
    """
    if encoding is None:
        return None
    candidates = [encoding]
    if codec_name(encoding) == "iso8859-1" and _C1_BYTES.search(data):
        candidates.insert(0, "cp1252")  # Latin-1 stays for the 5 bytes cp1252 leaves undefined
    for candidate in candidates:
        text = _try(data, candidate)
        if text is not None:
            return text, candidate
    return None


def _is_multibyte_unicode(name: str) -> bool:
    return name.startswith(("utf-16", "utf-32"))


def decode_body(data: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return (text, the encoding used).

    Valid UTF-8 wins over a declared single-byte charset: servers label UTF-8 pages as Latin-1
    far more often than Latin-1 text happens to be valid UTF-8 (which needs rare byte pairs).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = _try(data, name)
            if text is not None:
                return text, name
    declared = codec_name(header_charset) or declared_in_document(data)
    if declared and _is_multibyte_unicode(declared):
        text = _try(data, declared)
        if text is not None:
            return text, declared
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    found = _try_as_browsers_read(data, declared)
    if found is not None:
        return found
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        found = _try_as_browsers_read(data, best.encoding)
        if found is not None:
            return found
    return data.decode("utf-8", errors="replace"), "utf-8"
