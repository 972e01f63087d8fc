"""The validator must itself reject what Telegram rejects, or the render tests prove nothing."""

from __future__ import annotations

import pytest

from tests.compose.telegram_validator import TelegramHtmlError, parse_telegram_html


@pytest.mark.parametrize(
    "bad",
    [
        "<b>open",
        "<b><i>x</b></i>",
        "x</b>",
        "<script>x</script>",
        "<div>x</div>",
        "Tom & Jerry",
        "a &nbsp; b",
        "1 < 2",
        "2 > 1",
        '<a href="javascript:alert(1)">x</a>',
        "<a>x</a>",
        '<a href="https://e.com/">a <a href="https://e.com/">b</a></a>',
        '<span class="x">x</span>',
        "<b onclick=x>y</b>",
        "x\x00y",
        "x\ud800y",
        "&#0;",
        "&#xD800;",
        "",
        "   ",
        "x" * 4097,
        "<b>y</b>" * 101,
    ],
)
def test_rejects_what_telegram_rejects(bad: str) -> None:
    with pytest.raises(TelegramHtmlError):
        parse_telegram_html(bad)


def test_accepts_and_decodes_valid_html() -> None:
    parsed = parse_telegram_html(
        '<b>1. <a href="https://e.com/?a=1&amp;b=&quot;2&quot;">T &lt;3 &amp; &#x1F600;</a></b>'
        "\n<i>“q”</i> — N"
    )
    assert parsed.text == "1. T <3 & \U0001F600\n“q” — N"
    assert parsed.links == ['https://e.com/?a=1&b="2"']
    assert [tag for tag, _ in parsed.entities] == ["b", "a", "i"]


def test_counts_visible_length_in_utf16_units() -> None:
    parse_telegram_html("\U0001F600" * 2048)
    with pytest.raises(TelegramHtmlError):
        parse_telegram_html("\U0001F600" * 2049)
