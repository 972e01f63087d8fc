"""The plain-text rendering used by the CLI."""

from __future__ import annotations

from datetime import UTC, datetime

from digests.compose import ComposedDigest, DigestEntry, EntryQuote, render_text
from digests.compose.shown import FULL
from digests.compose.telegram_html import render_parts
from digests.compose.text import ELLIPSIS, shorten


def test_plain_text_has_the_same_content() -> None:
    item = DigestEntry(
        story_id=1, article_id=7, title="Rates <held>", url="https://e.example/r",
        source_name="Wire", also_sources=("Daily", "Post"), key_points=("Point one.",),
        quote=EntryQuote("No change.", "Ann Lee"),
    )
    assert render_text(ComposedDigest(items=(item,), cursor_to=7)) == (
        "Your digest — 1 story\n\n"
        "1. Rates <held>\n"
        "   Wire · also: Daily, Post\n"
        "   https://e.example/r\n"
        "   • Point one.\n"
        "   “No change.” — Ann Lee\n"
    )


def test_plain_text_drops_terminal_escapes_and_unsafe_links() -> None:
    item = DigestEntry(story_id=1, article_id=1, title="\x1b[2JBoom\x07",
                       url="javascript:alert(1)", source_name="S\x00")
    text = render_text(ComposedDigest(items=(item,), cursor_to=1))
    assert text == "Your digest — 1 story\n\n1. [2JBoom\n   S\n"


def test_plain_empty_digest() -> None:
    since = datetime(2026, 1, 5, 23, 30, tzinfo=UTC)
    digest = ComposedDigest(since=since, timezone="Asia/Tokyo")
    assert render_text(digest) == "Nothing new since 6 Jan 2026, 08:30 (Asia/Tokyo).\n"
    assert render_text(ComposedDigest(timezone="Not/AZone", since=since)).startswith(
        "Nothing new since 5 Jan 2026, 23:30 (UTC)")
    # An offset zone reads as people write it: Etc/GMT-3 is three hours ahead of UTC.
    assert render_text(ComposedDigest(timezone="Etc/GMT-3", since=since)).startswith(
        "Nothing new since 6 Jan 2026, 02:30 (UTC+3)")


def test_a_title_does_not_end_in_a_dangling_separator() -> None:
    # Some feeds end a headline with the ';' or ':' that joined it to its subheading.
    items = tuple(
        DigestEntry(story_id=n, article_id=n, title=title, url="", source_name="Wire")
        for n, title in enumerate(["Markets are never ready for the Fed;", "Breaking news :",
                                   "Rates held, for now.", ";"], start=1)
    )
    lines = render_text(ComposedDigest(items=items, cursor_to=4)).splitlines()
    assert [line for line in lines if line[:1].isdigit()] == [
        "1. Markets are never ready for the Fed", "2. Breaking news",
        "3. Rates held, for now.", "4. Untitled story",
    ]


def test_plain_text_shows_what_telegram_shows_of_a_long_story() -> None:
    # `digest --preview` must read as the chat will: the same cuts, not the whole stored text.
    sentence = "We will keep the harbour open through the whole winter season. "
    item = DigestEntry(
        story_id=1, article_id=1, title="Harbour " * 60, url="", source_name="Wire",
        key_points=tuple(f"Point {n} " + "word " * 100 for n in range(8)),
        quote=EntryQuote(sentence * 20, "Ann Lee"),
    )
    digest = ComposedDigest(items=(item,), cursor_to=1)
    lines = render_text(digest).splitlines()
    (html,) = [part.html for part in render_parts(digest)]
    assert len(lines[2]) <= 3 + len(shorten("Harbour " * 60, FULL.title))
    assert sum(line.startswith("   • ") for line in lines) == FULL.points
    quote_line = lines[-1]
    assert quote_line.endswith(f". {ELLIPSIS}” — Ann Lee")  # cut after a whole sentence
    assert len(quote_line) <= len("   “” — Ann Lee") + FULL.quote
    assert quote_line.strip() in html.replace("<i>", "").replace("</i>", "")


def test_nothing_new_says_today_or_yesterday_in_the_chats_zone() -> None:
    # 23:30 UTC on 5 Jan is 08:30 on 6 Jan in Tokyo: "today" is the chat's day, not UTC's.
    since = datetime(2026, 1, 5, 23, 30, tzinfo=UTC)

    def said(now: datetime, timezone: str = "Asia/Tokyo") -> str:
        return render_text(ComposedDigest(since=since, timezone=timezone, composed_at=now))

    assert said(datetime(2026, 1, 6, 3, 0, tzinfo=UTC)) == (
        "Nothing new since 08:30 today (Asia/Tokyo).\n")
    assert said(datetime(2026, 1, 6, 3, 0, tzinfo=UTC), "UTC") == (
        "Nothing new since yesterday, 23:30 (UTC).\n")
    assert said(datetime(2026, 1, 6, 16, 0, tzinfo=UTC)) == (  # 01:00 on 7 Jan in Tokyo
        "Nothing new since yesterday, 08:30 (Asia/Tokyo).\n")
    assert said(datetime(2026, 3, 1, 9, 0, tzinfo=UTC)) == (
        "Nothing new since 6 Jan, 08:30 (Asia/Tokyo).\n")
    assert said(datetime(2027, 1, 6, 9, 0, tzinfo=UTC)) == (
        "Nothing new since 6 Jan 2026, 08:30 (Asia/Tokyo).\n")


def test_a_story_without_a_title_is_headed_by_its_first_key_point() -> None:
    # A page that printed no headline leaves the title empty: the first key point says what the
    # story is, better than a placeholder, and is not shown twice.
    item = DigestEntry(story_id=1, article_id=1, title=" ", url="", source_name="Wire",
                       key_points=("The council closed the harbour bridge.", "Buses may cross."))
    lines = render_text(ComposedDigest(items=(item,), cursor_to=1)).splitlines()
    assert lines[2] == "1. The council closed the harbour bridge."
    assert [line for line in lines if "•" in line] == ["   • Buses may cross."]
    (html,) = [part.html for part in render_parts(ComposedDigest(items=(item,), cursor_to=1))]
    assert "The council closed the harbour bridge." in html
    assert "Untitled" not in html
