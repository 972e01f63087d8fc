"""parse_feed on small realistic feeds of every format, and on hostile or broken documents."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from digests.config import FetchConfig
from digests.fetch.feeds import FeedError, parse_feed
from digests.fetch.http import fetch
from tests.fakes.webserver import Route, WebServer

FEEDS = Path(__file__).parent / "feeds"


def sample(name: str) -> bytes:
    return (FEEDS / name).read_bytes()


def test_rss_091() -> None:
    feed = parse_feed(sample("rss091.xml"), "http://gazette.example/rss")
    assert feed.title == "Harbour Town Gazette"
    assert feed.version == "rss091n" or feed.version.startswith("rss091")
    assert [e.link for e in feed.entries] == [
        "http://gazette.example/news/ferry-resumes.html",
        "http://gazette.example/news/sea-wall.html",
    ]
    first = feed.entries[0]
    assert first.guid == first.link  # RSS 0.91 has no guid: the link identifies the item
    assert "Café owners" in first.summary_html
    assert first.published is None


def test_rss_10_rdf() -> None:
    feed = parse_feed(sample("rss10.rdf"), "http://science.example/rss")
    assert feed.version == "rss10"
    (entry,) = feed.entries
    assert entry.title == "Astronomers track a comet brighter than expected"
    assert entry.published == datetime(2026, 11, 24, 17, 30, tzinfo=UTC)


def test_rss_20() -> None:
    feed = parse_feed(sample("rss20.xml"), "https://wire.example/rss")
    assert feed.version == "rss20"
    first, second = feed.entries
    assert first.guid == "wire-2026-11-25-0001"
    assert first.link.startswith("https://wire.example/markets/rates-hold?utm_source=rss")
    assert first.published == datetime(2026, 11, 25, 7, 15, tzinfo=UTC)
    assert "governor Maria Lind" in first.content_html
    assert first.body_html == first.content_html
    # A relative link is resolved against the feed's address.
    assert second.link == "https://wire.example/transport/rail-strike-off"
    assert second.body_html == "Unions and operators reached a deal shortly before midnight."


def test_atom_10() -> None:
    feed = parse_feed(sample("atom10.xml"), "https://notes.example/atom.xml")
    assert feed.version == "atom10"
    assert feed.title == "Tech Notes"
    first, second = feed.entries
    assert first.guid == "tag:notes.example,2026:browser-engine"
    assert first.link == "https://notes.example/2026/browser-engine"
    assert first.published == datetime(2026, 11, 25, 11, 45, tzinfo=UTC)
    assert "30% faster" in first.content_html
    assert second.published == datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # from <updated>


def test_billion_laughs_is_refused_quickly() -> None:
    with pytest.raises(FeedError, match="declares XML entities"):
        parse_feed(sample("billion_laughs.xml"), "http://bomb.example/rss")


def test_external_entity_is_refused() -> None:
    with pytest.raises(FeedError, match="declares XML entities"):
        parse_feed(sample("external_entity.xml"), "http://xxe.example/rss")


def test_malformed_feed_keeps_what_can_be_recovered() -> None:
    feed = parse_feed(sample("malformed_rss.xml"), "http://sloppy.example/rss")
    assert feed.entries
    assert feed.entries[0].link == "http://sloppy.example/bridge"


def test_html_page_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(sample("not_a_feed.html"), "http://site.example/")


@pytest.mark.parametrize("data", [b"", b"   ", b"\x00\x01\x02garbage", b"{\"json\": true}"])
def test_junk_is_not_a_feed(data: bytes) -> None:
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(data, "http://site.example/feed")


def test_non_http_entry_links_are_dropped() -> None:
    data = b"""<rss version="2.0"><channel><title>t</title>
      <item><title>a</title><link>javascript:alert(1)</link>
        <guid isPermaLink="false">g1</guid></item>
    </channel></rss>"""
    (entry,) = parse_feed(data, "http://x.example/rss").entries
    assert entry.link == "" and entry.guid == "g1"


async def test_feed_over_http_with_latin1_declaration(
    web: WebServer, fetch_config: FetchConfig
) -> None:
    url = web.route("/rss", Route(body=sample("rss091.xml"), content_type="text/xml"))
    result = await fetch(url, fetch_config)
    feed = parse_feed(result.content, result.url)
    assert len(feed.entries) == 2


def test_feed_without_items_is_an_empty_feed() -> None:
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    feed = parse_feed(data, "http://quiet.example/rss")
    assert feed.title == "Quiet" and feed.entries == []


def test_truncated_feed_without_items_is_not_a_feed() -> None:
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut', "http://c/")


def test_html_titles_become_plain_text() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Notes &amp;amp; Queries</title>
<entry><id>a</id><link href="https://notes.example/a"/>
<title type="html">Q&amp;amp;A: the &lt;em&gt;comet&lt;/em&gt;
  explained</title></entry>
<entry><id>b</id><link href="https://notes.example/b"/><title type="xhtml">
<div xmlns="http://www.w3.org/1999/xhtml">Rates <b>held</b> &amp; why</div></title></entry>
<entry><id>c</id><link href="https://notes.example/c"/>
<title type="text">1 &lt; 2 &amp;amp; 3</title></entry>
</feed>"""
    feed = parse_feed(atom, "https://notes.example/atom.xml")
    assert feed.title == "Notes & Queries"
    assert [e.title for e in feed.entries] == [
        "Q&A: the comet explained", "Rates held & why", "1 < 2 &amp; 3"
    ]


def test_titles_lose_soft_hyphens_and_zero_width_spaces() -> None:
    rss = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bahn</title>
<item><title>Bundes\u00adkanzler ruft zur Einigung im Bahn&#173;streik auf\u200b</title>
<link>https://bahn.example/a</link></item></channel></rss>""".encode()
    (entry,) = parse_feed(rss, "https://bahn.example/rss").entries
    assert entry.title == "Bundeskanzler ruft zur Einigung im Bahnstreik auf"
