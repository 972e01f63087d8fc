"""Telegram's HTML parse mode, checked on the parser itself (no server needed)."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.standin.telegram_html_rules import EntityParseError, parse_html, strip_text, utf16_len


def test_plain_text_passes_through() -> None:
    assert parse_html("Hello, world").text == "Hello, world"
    assert parse_html("Hello, world").entities == []


def test_tags_become_entities_with_offsets() -> None:
    parsed = parse_html('<b>Bold</b> and <a href="https://example.org/x?a=1&amp;b=2">link</a>')
    assert parsed.text == "Bold and link"
    assert parsed.entities == [
        {"type": "bold", "offset": 0, "length": 4},
        {"type": "text_link", "offset": 9, "length": 4, "url": "https://example.org/x?a=1&b=2"},
    ]


@pytest.mark.parametrize(
    ("tag", "kind"),
    [
        ("b", "bold"), ("strong", "bold"), ("i", "italic"), ("em", "italic"),
        ("u", "underline"), ("ins", "underline"), ("s", "strikethrough"),
        ("strike", "strikethrough"), ("del", "strikethrough"), ("code", "code"),
        ("pre", "pre"), ("blockquote", "blockquote"), ("tg-spoiler", "spoiler"),
    ],
)
def test_every_allowed_tag(tag: str, kind: str) -> None:
    parsed = parse_html(f"x <{tag}>y</{tag}>")
    assert parsed.entities == [{"type": kind, "offset": 2, "length": 1}]


def test_tag_names_are_case_insensitive_and_nesting_works() -> None:
    parsed = parse_html("<B><i>both</i></B>")
    assert sorted(e["type"] for e in parsed.entities) == ["bold", "italic"]


def test_spoiler_span_expandable_quote_pre_language_and_custom_emoji() -> None:
    parsed = parse_html(
        '<span class="tg-spoiler">s</span><blockquote expandable>q</blockquote>'
        '<pre><code class="language-python">p</code></pre><tg-emoji emoji-id="5368324170671202286">'
        "👍</tg-emoji>"
    )
    kinds = {e["type"]: e for e in parsed.entities}
    assert set(kinds) == {"spoiler", "expandable_blockquote", "pre", "custom_emoji"}
    assert kinds["pre"]["language"] == "python"
    assert kinds["custom_emoji"]["custom_emoji_id"] == "5368324170671202286"


def test_entities_decode() -> None:
    parsed = parse_html("&lt;tag&gt; &amp; &quot;q&quot; &#65;&#x42; &#x1F600;")
    assert parsed.text == '<tag> & "q" AB 😀'


def test_offsets_count_utf16_code_units() -> None:
    parsed = parse_html("😀😀 <b>x</b>")
    assert parsed.entities == [{"type": "bold", "offset": 5, "length": 1}]
    assert utf16_len("😀") == 2


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("line<br>break", 'Unsupported start tag "br" at byte offset 4'),
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("<b", "Unclosed start tag at byte offset 0"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<a>link</a>", 'Tag "a" must have a non-empty attribute "href"'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
        ("&nbsp;", 'Unsupported HTML entity "&nbsp;"'),
        ("Q&A", 'Character "&" must be escaped'),
        ("&#0;", "Invalid numeric character reference"),
        ('<a href="x>y</a>', "Unclosed start tag"),
        ('<a href=x"y>z</a>', "Unexpected end of name token"),
        ("<script>alert(1)</script>", 'Unsupported start tag "script"'),
    ],
)
def test_invalid_html_is_refused_with_the_reason(source: str, message: str) -> None:
    with pytest.raises(EntityParseError) as caught:
        parse_html(source)
    assert message in str(caught.value)


def test_byte_offsets_count_utf8_bytes() -> None:
    with pytest.raises(EntityParseError, match="byte offset 6"):
        parse_html("ééé<br>")


def test_link_without_an_openable_scheme_keeps_the_text_but_no_entity() -> None:
    parsed = parse_html('<a href="javascript:alert(1)">click</a>')
    assert parsed.text == "click"
    assert parsed.entities == []


def test_empty_entities_are_dropped() -> None:
    assert parse_html("<b></b>x").entities == []


def test_strip_moves_entities() -> None:
    parsed = strip_text(parse_html("  \n<b>bold</b> tail  \n"))
    assert parsed.text == "bold tail"
    assert parsed.entities == [{"type": "bold", "offset": 0, "length": 4}]


@given(st.text(max_size=200))
def test_any_escaped_text_parses_back_to_itself(text: str) -> None:
    text = text.replace("\x00", "")
    assert parse_html(html.escape(text, quote=False)).text == text
    assert parse_html(f"<b>{html.escape(text)}</b>").text == text


_PIECES = [
    *"<>&/;#x=\"' abiuspreclodqt-g1éä😀\n",
    *("<b>", "</b>", "&amp;", "&#x1F600;", "<a href='https://x.y'>", "</a>", "<pre>", "</pre>"),
    *('<code class="language-py">', "</code>", "<tg-spoiler>", "</tg-spoiler>"),
]
_HTML_ISH = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@given(_HTML_ISH)
def test_parser_either_refuses_or_gives_entities_inside_the_text(source: str) -> None:
    try:
        parsed = strip_text(parse_html(source))
    except EntityParseError as exc:
        assert str(exc)
        return
    size = utf16_len(parsed.text)
    assert len(parsed.entities) <= source.count("<")
    for entity in parsed.entities:
        assert entity["length"] > 0
        assert entity["offset"] >= 0
        assert entity["offset"] + entity["length"] <= size
