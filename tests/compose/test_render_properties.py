"""Property tests: whatever stored text looks like, every message is valid Telegram HTML."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digests.compose import ComposedDigest, DigestEntry, EntryQuote, render_parts, render_text
from tests.compose.telegram_validator import parse_telegram_html

HOSTILE = [
    "<script>alert(1)</script>", "&", "&amp;", "&nbsp;", "&#0;", "<b>", "</b>", "<a href=x>",
    "\u202e", "\u200f", "\u2066", "\x00", "\x1b[2J", "\ud800", "\udfff", "\U0001F600",
    "👨‍👩‍👧", '"', "'", "<", ">", "\n", "\r\n", "\t", "\u2028", "\ufeff", "\ufffe",
]

# Every code point, lone surrogates included (hypothesis leaves them out unless asked).
any_char = st.characters(codec=None, exclude_categories=())
hostile_text = st.one_of(
    st.text(any_char, max_size=60),
    st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(any_char, max_size=5)), max_size=25)
    .map("".join),
    # Long runs of one hostile piece; a 10,000-character title has its own tests below.
    st.builds(lambda s, n: s * n, st.sampled_from([*HOSTILE, "word "]),
              st.integers(1, 2_000)),
)
urls = st.one_of(
    st.just("https://news.example/story"),
    st.builds(lambda t: "https://x.example/" + t, hostile_text),
    st.sampled_from(["javascript:alert(1)", "http://", "https://[::1", "", "ftp://x"]),
    hostile_text,
)
quotes = st.one_of(st.none(), st.builds(EntryQuote, hostile_text, st.one_of(st.none(),
                                                                           hostile_text)))
entries = st.builds(
    DigestEntry,
    story_id=st.integers(1, 10**9),
    article_id=st.integers(1, 10**9),
    title=hostile_text,
    url=urls,
    source_name=hostile_text,
    also_sources=st.lists(hostile_text, max_size=12).map(tuple),
    key_points=st.lists(hostile_text, max_size=6).map(tuple),
    quote=quotes,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries, min_size=0, max_size=12))
def test_every_message_is_valid_and_every_story_appears_once(items: list[DigestEntry]) -> None:
    digest = ComposedDigest(items=tuple(items), cursor_to=1)
    parts = render_parts(digest)
    assert parts
    seen_numbers: list[int] = []
    for part in parts:
        parsed = parse_telegram_html(part.html)
        for line in parsed.text.split("\n"):
            head = line.split(". ", 1)[0]
            if head.isdigit() and line.startswith(head + ". "):
                seen_numbers.append(int(head))
        # Each message is whole stories: it opens with the header or with a story's number.
        first = parsed.text.split("\n", 1)[0]
        assert first.startswith(("Your digest", "Nothing new")) or first.split(". ")[0].isdigit()
    story_numbers = [n for n in seen_numbers if 1 <= n <= len(items)]
    assert sorted(set(story_numbers)) == list(range(1, len(items) + 1))
    assert all(p.preview_url is None for p in parts[1:])
    text = render_text(digest)
    assert "\x00" not in text and "\x1b" not in text


@settings(max_examples=100, deadline=None)
@given(st.one_of(hostile_text, st.builds(lambda s: s * 10_000, st.sampled_from(HOSTILE))))
def test_any_single_title_renders(title: str) -> None:
    item = DigestEntry(story_id=1, article_id=1, title=title, url="https://e.example/",
                       source_name="S")
    (part,) = render_parts(ComposedDigest(items=(item,), cursor_to=1))
    parse_telegram_html(part.html)
