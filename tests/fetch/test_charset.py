from __future__ import annotations

import codecs

from digests.fetch.charset import decode_body


def test_bom_wins_over_header() -> None:
    data = codecs.BOM_UTF16_LE + "héllo".encode("utf-16-le")
    assert decode_body(data, "iso-8859-1")[0] == "héllo"


def test_declared_charset_used_when_not_utf8() -> None:
    assert decode_body("naïve".encode("latin-1"), "latin-1") == ("naïve", "iso8859-1")


def test_unknown_label_falls_back() -> None:
    assert decode_body(b"plain", "no-such-charset")[0] == "plain"


def test_undeclared_legacy_text_is_detected() -> None:
    text = "Съешь же ещё этих мягких французских булок, да выпей чаю. " * 5
    decoded, _ = decode_body(text.encode("cp1251"), None)
    assert decoded == text


def test_latin1_declared_in_the_page_reads_windows_1252_quotes() -> None:
    page = '<meta charset="iso-8859-1"><p>\u201cNot yet,\u201d said the caf\u00e9 owner.</p>'
    assert decode_body(page.encode("cp1252"))[0] == page


def test_latin1_with_a_byte_windows_1252_lacks_stays_latin1() -> None:
    assert decode_body(b"caf\xe9 \x81", "iso-8859-1") == ("caf\xe9 \x81", "iso8859-1")
