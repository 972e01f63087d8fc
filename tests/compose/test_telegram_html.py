"""Rendering digests as Telegram HTML: content, escaping, links, splitting, limits."""

from __future__ import annotations

from datetime import UTC, datetime

from digests.compose import ComposedDigest, DigestEntry, EntryQuote, render_parts
from digests.compose.telegram_html import MAX_ENTITIES, MAX_MESSAGE_CHARS
from tests.compose.telegram_validator import parse_telegram_html, utf16_len


def entry(n: int = 1, **overrides: object) -> DigestEntry:
    values: dict[str, object] = {
        "story_id": n,
        "article_id": n,
        "title": f"Story number {n}",
        "url": f"https://news.example/{n}",
        "source_name": "Example News",
        "also_sources": ("Other Wire", "Third Daily"),
        "key_points": (f"First point of {n}.", f"Second point of {n}."),
        "quote": EntryQuote(f"We said {n} things.", "Jane Doe"),
    }
    values.update(overrides)
    return DigestEntry(**values)  # type: ignore[arg-type]


def digest(*entries: DigestEntry) -> ComposedDigest:
    return ComposedDigest(items=tuple(entries), cursor_to=99)


def test_story_has_linked_title_source_points_and_quote() -> None:
    parts = render_parts(digest(entry(1)))
    assert len(parts) == 1
    parsed = parse_telegram_html(parts[0].html)
    assert parsed.text == (
        "Your digest — 1 story\n\n"
        "1. Story number 1\n"
        "Example News · also: Other Wire, Third Daily\n"
        "• First point of 1.\n• Second point of 1.\n"
        "“We said 1 things.” — Jane Doe"
    )
    assert parsed.links == ["https://news.example/1"]
    assert '<a href="https://news.example/1">Story number 1</a>' in parts[0].html
    assert "<i>“We said 1 things.”</i> — Jane Doe" in parts[0].html


def test_header_counts_stories_and_top_story_gets_the_preview() -> None:
    parts = render_parts(digest(entry(1), entry(2), entry(3)))
    parsed = parse_telegram_html(parts[0].html)
    assert parsed.text.startswith("Your digest — 3 stories\n\n1. Story number 1")
    assert parts[0].preview_url == "https://news.example/1"


def test_hostile_title_is_escaped_not_interpreted() -> None:
    title = '<script>alert("x")</script> Tom & Jerry <b>unclosed'
    parts = render_parts(digest(entry(1, title=title, source_name="<i>Src</i> & Co")))
    parsed = parse_telegram_html(parts[0].html)
    assert title in parsed.text
    assert "<i>Src</i> & Co · also:" in parsed.text
    assert "<script>" not in parts[0].html


def test_quote_without_speaker_and_entry_without_quote() -> None:
    parts = render_parts(digest(entry(1, quote=EntryQuote("Alone.", None)), entry(2, quote=None)))
    parsed = parse_telegram_html(parts[0].html)
    assert "“Alone.”\n" in parsed.text
    assert "Jane Doe" not in parsed.text


def test_only_http_links_are_linked() -> None:
    for url in ["javascript:alert(1)", "ftp://x.example/", "data:text/html,x", "//x.example",
                "https://", "", "http://exa mple.com/", "https://x.example/\x00"]:
        parts = render_parts(digest(entry(1, url=url)))
        parsed = parse_telegram_html(parts[0].html)
        assert parsed.links == [], url
        assert "1. Story number 1" in parsed.text
        assert parts[0].preview_url is None


def test_url_is_attribute_escaped() -> None:
    url = 'https://x.example/a?b=1&c="2"&d=<3>\'e'
    parts = render_parts(digest(entry(1, url=url)))
    assert parse_telegram_html(parts[0].html).links == [url]


def test_huge_title_is_shortened_within_one_message() -> None:
    parts = render_parts(digest(entry(1, title="&<b>" * 10_000)))
    assert len(parts) == 1
    parsed = parse_telegram_html(parts[0].html)
    assert "…" in parsed.text
    assert utf16_len(parts[0].html) <= MAX_MESSAGE_CHARS


def test_huge_story_is_shrunk_to_fit_not_split() -> None:
    big = entry(
        1,
        title="T&" * 3000,
        key_points=tuple("&" * 2000 for _ in range(10)),
        quote=EntryQuote("<" * 5000, "S" * 5000),
        also_sources=tuple(f"Source & {i}" for i in range(50)),
        url="https://x.example/" + "%22" * 600,
    )
    parts = render_parts(digest(big))
    assert len(parts) == 1
    parsed = parse_telegram_html(parts[0].html)
    assert parsed.text.startswith("Your digest — 1 story\n\n1. T&T&")


def test_splits_only_between_stories_and_keeps_order() -> None:
    entries = [entry(n, key_points=tuple(f"Point {n}.{k} " + "x" * 380 for k in range(5)))
               for n in range(1, 11)]
    parts = render_parts(digest(*entries))
    assert len(parts) > 1
    texts = [parse_telegram_html(p.html).text for p in parts]
    for text in texts[1:]:
        assert text.split(". ", 1)[0].isdigit()  # each later message starts with a story
    joined = "\n\n".join(texts)
    positions = [joined.index(f"{n}. Story number {n}\n") for n in range(1, 11)]
    assert positions == sorted(positions)
    for n in range(1, 11):
        assert joined.count(f"Story number {n}\n") == 1
        assert joined.count(f"Point {n}.4 ") == 1  # no story lost a point to the split
    assert [p.preview_url for p in parts] == ["https://news.example/1"] + [None] * (len(parts) - 1)


def test_a_footer_ends_the_last_message_escaped_and_only_once() -> None:
    footer = "Tip: send /subscribe <now> & get one every day."
    one = render_parts(digest(entry(1)), footer=footer)
    assert parse_telegram_html(one[0].html).text.endswith("Jane Doe\n\n" + footer)
    points = tuple("x" * 380 for _ in range(5))
    many = render_parts(digest(*(entry(n, key_points=points) for n in range(1, 11))),
                        footer=footer)
    assert len(many) > 1
    shown = [parse_telegram_html(part.html).text for part in many]
    assert shown[-1].endswith(footer) and not any(footer in text for text in shown[:-1])
    assert all(utf16_len(text) <= MAX_MESSAGE_CHARS for text in shown)


def test_entity_limit_splits_messages() -> None:
    entries = [entry(n, key_points=(), also_sources=()) for n in range(1, 80)]
    parts = render_parts(digest(*entries))
    assert len(parts) >= 3
    for part in parts:
        assert len(parse_telegram_html(part.html).entities) <= MAX_ENTITIES


def test_controls_surrogates_and_bidi_overrides_are_removed() -> None:
    title = "A\x00B\x1b[31mC\ud83dD\u202eE\u200fF\ufffeG"
    parts = render_parts(digest(entry(1, title=title)))
    parsed = parse_telegram_html(parts[0].html)
    assert "1. AB[31mCDE\u200fFG" in parsed.text


def test_empty_digest_is_a_friendly_message() -> None:
    since = datetime(2026, 11, 26, 7, 0, tzinfo=UTC)
    parts = render_parts(ComposedDigest(items=(), cursor_to=5, since=since,
                                        timezone="Europe/Berlin"))
    assert len(parts) == 1
    parsed = parse_telegram_html(parts[0].html)
    assert parsed.text.startswith("Nothing new since 26 Nov 2026, 08:00 (Europe/Berlin).")
    assert parts[0].preview_url is None
    never = render_parts(ComposedDigest())
    assert parse_telegram_html(never[0].html).text.startswith("Nothing new right now.")


def test_a_title_does_not_end_in_a_dangling_separator() -> None:
    (part,) = render_parts(digest(entry(title="Markets are never ready for the Fed;")))
    assert ">Markets are never ready for the Fed</a>" in part.html
