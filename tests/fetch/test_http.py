"""fetch() against a real HTTP server on loopback."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from digests.config import FetchConfig
from digests.fetch.http import (
    MAX_RETRY_AFTER,
    FetchError,
    fetch,
    is_binary_type,
    parse_retry_after,
)
from tests.fakes.webserver import Route, WebServer


async def test_plain_page(web: WebServer, fetch_config: FetchConfig) -> None:
    url = web.route("/a", Route(body="<p>Grüße</p>".encode()))
    result = await fetch(url, fetch_config)
    assert result.status == 200
    assert result.text == "<p>Grüße</p>"
    assert result.content_type == "text/html"
    assert result.url == url
    assert web.hits("/a")[0].headers["user-agent"] == fetch_config.user_agent


async def test_http_error_is_one_line(web: WebServer, fetch_config: FetchConfig) -> None:
    url = web.route("/gone", Route(status=404, body=b"nope"))
    with pytest.raises(FetchError) as info:
        await fetch(url, fetch_config)
    assert str(info.value) == f"{url}: HTTP 404 Not Found"
    assert info.value.retry_after is None


async def test_busy_server_says_when_to_come_back(
    web: WebServer, fetch_config: FetchConfig
) -> None:
    url = web.route("/busy", Route(status=503, headers={"Retry-After": "120"}))
    with pytest.raises(FetchError) as info:
        await fetch(url, fetch_config)
    assert str(info.value) == f"{url}: HTTP 503 Service Unavailable"
    assert info.value.retry_after == timedelta(minutes=2)


@pytest.mark.parametrize(
    ("header", "wait"),
    [
        ("3600", timedelta(hours=1)),
        ("0", timedelta(0)),
        ("Wed, 25 Nov 2026 10:30:00 GMT", timedelta(minutes=90)),
        ("Wed, 25 Nov 2026 08:00:00 GMT", timedelta(0)),  # already past: no wait
        ("999999999999", MAX_RETRY_AFTER),  # a mistaken header must not silence a feed for good
        ("Sun, 25 Nov 2040 09:00:00 GMT", MAX_RETRY_AFTER),
        ("soon", None),
        ("-5", None),
        ("²", None),  # a digit to str.isdigit, not to int()
        ("", None),
        (None, None),
    ],
)
def test_retry_after_header(header: str | None, wait: timedelta | None) -> None:
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert parse_retry_after(header, now) == wait


async def test_redirects_are_followed_and_final_url_reported(
    web: WebServer, fetch_config: FetchConfig
) -> None:
    final = web.route("/final", Route(body=b"<p>here</p>"))
    web.redirect("/one", "/two", status=301)
    web.redirect("/two", final, status=307)
    result = await fetch(web.url("/one"), fetch_config)
    assert result.url == final
    assert result.text == "<p>here</p>"


async def test_moved_permanently_only_when_every_redirect_is_permanent(
    web: WebServer, fetch_config: FetchConfig
) -> None:
    final = web.route("/final", Route(body=b"<p>here</p>"))
    web.redirect("/a", "/b", status=301)
    web.redirect("/b", final, status=308)
    web.redirect("/c", "/b", status=302)
    assert (await fetch(web.url("/a"), fetch_config)).moved_permanently
    assert not (await fetch(web.url("/c"), fetch_config)).moved_permanently
    assert not (await fetch(final, fetch_config)).moved_permanently


async def test_redirect_loop_is_reported(web: WebServer, fetch_config: FetchConfig) -> None:
    web.redirect("/ping", "/pong")
    web.redirect("/pong", "/ping")
    with pytest.raises(FetchError, match="redirect loop"):
        await fetch(web.url("/ping"), fetch_config)
    assert len(web.hits("/ping")) == 1


async def test_redirect_limit(web: WebServer, fetch_config: FetchConfig) -> None:
    for i in range(6):
        web.redirect(f"/r{i}", f"/r{i + 1}")
    web.route("/r6", Route(body=b"end"))
    with pytest.raises(FetchError, match="too many redirects"):
        await fetch(web.url("/r0"), fetch_config)


async def test_private_address_refused_before_any_request(web: WebServer) -> None:
    web.redirect("/out", "http://10.0.0.1/secret")
    with pytest.raises(FetchError, match="loopback address"):
        await fetch(web.url("/out"), FetchConfig())
    assert web.hits("/out") == []


async def test_every_redirect_hop_passes_the_policy(
    web: WebServer, fetch_config: FetchConfig
) -> None:
    web.redirect("/to-file", "file:///etc/passwd")
    with pytest.raises(FetchError, match="only http and https"):
        await fetch(web.url("/to-file"), fetch_config)


async def test_size_cap_with_content_length(web: WebServer) -> None:
    url = web.route("/big", Route(body=b"x" * 5_000))
    with pytest.raises(FetchError, match="larger than 1 kB"):
        await fetch(url, FetchConfig(allow_private_addresses=True, max_bytes=1_000))


async def test_size_cap_while_streaming(web: WebServer) -> None:
    url = web.route("/huge", Route(stream_bytes=200_000_000))
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        await fetch(url, FetchConfig(allow_private_addresses=True, max_bytes=5_000_000))
    assert str(info.value) == f"{url}: response larger than 5 MB"
    assert time.monotonic() - started < 5


async def test_slow_server_times_out(web: WebServer) -> None:
    url = web.route("/slow", Route(body=b"late", delay=1.5))
    with pytest.raises(FetchError, match=r"timed out after 0\.3 s"):
        await fetch(url, FetchConfig(allow_private_addresses=True, timeout_seconds=0.3))


async def test_dripping_server_hits_the_overall_deadline(web: WebServer) -> None:
    url = web.route("/drip", Route(stream_bytes=10_000_000, drip_delay=0.1))
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        await fetch(url, FetchConfig(allow_private_addresses=True, timeout_seconds=0.4))
    assert time.monotonic() - started < 3


async def test_etag_and_last_modified_give_not_modified(
    web: WebServer, fetch_config: FetchConfig
) -> None:
    lm = "Wed, 25 Nov 2026 10:00:00 GMT"
    url = web.route("/feed", Route(body=b"<rss/>", etag='"v1"', last_modified=lm))
    first = await fetch(url, fetch_config)
    assert (first.etag, first.last_modified, first.not_modified) == ('"v1"', lm, False)
    second = await fetch(url, fetch_config, etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.status == 304 and second.content == b""
    sent = web.hits("/feed")[1].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == lm


async def test_changed_etag_gives_new_content(web: WebServer, fetch_config: FetchConfig) -> None:
    url = web.route("/feed", Route(body=b"<rss>2</rss>", etag='"v2"'))
    result = await fetch(url, fetch_config, etag='"v1"')
    assert not result.not_modified and result.text == "<rss>2</rss>"


async def test_binary_content_type_is_refused(web: WebServer, fetch_config: FetchConfig) -> None:
    url = web.route("/img", Route(body=b"\x89PNG\r\n", content_type="image/png"))
    with pytest.raises(FetchError, match=r"not a page or a feed \(content type image/png\)"):
        await fetch(url, fetch_config)


async def test_octet_stream_with_markup_is_accepted(
    web: WebServer, fetch_config: FetchConfig
) -> None:
    url = web.route("/f", Route(body=b"<?xml version='1.0'?><rss/>",
                                content_type="application/octet-stream"))
    assert (await fetch(url, fetch_config)).text.endswith("<rss/>")


def test_binary_types() -> None:
    assert is_binary_type("application/pdf")
    assert is_binary_type("video/mp4")
    assert not is_binary_type("application/rss+xml")
    assert not is_binary_type("application/xhtml+xml")
    assert not is_binary_type("text/plain")
    assert not is_binary_type("")


async def test_lying_charset_header_does_not_garble_utf8(
    web: WebServer, fetch_config: FetchConfig
) -> None:
    body = "<p>Путин сказал «нет»</p>".encode()
    url = web.route("/lie", Route(body=body, content_type="text/html; charset=iso-8859-1"))
    assert (await fetch(url, fetch_config)).text == "<p>Путин сказал «нет»</p>"


async def test_latin1_label_reads_windows_1252_quotes(
    web: WebServer, fetch_config: FetchConfig
) -> None:
    # Such pages are Windows-1252: read as Latin-1, the quote marks became control characters.
    body = "<p>\u201cWe will not move,\u201d she said \u2014 twice.</p>".encode("cp1252")
    url = web.route("/w", Route(body=body, content_type="text/html; charset=ISO-8859-1"))
    result = await fetch(url, fetch_config)
    assert result.text == "<p>\u201cWe will not move,\u201d she said \u2014 twice.</p>"
    assert result.encoding == "cp1252"


async def test_meta_charset_is_honoured(web: WebServer, fetch_config: FetchConfig) -> None:
    body = '<html><head><meta charset="windows-1251"></head><p>Привет</p>'.encode("cp1251")
    url = web.route("/cp", Route(body=body, content_type="text/html"))
    result = await fetch(url, fetch_config)
    assert "Привет" in result.text and result.encoding == "cp1251"


async def test_utf16_named_inside_an_ascii_readable_page_is_ignored(
    web: WebServer, fetch_config: FetchConfig
) -> None:
    # A known authoring slip; decoded as UTF-16, the page (an even number of bytes, so UTF-16
    # decoding succeeds) became CJK noise.
    body = '<html><head><meta charset="utf-16"><title>Café</title></head><p>Hi, all.</p></html>'
    url = web.route("/u", Route(body=body.encode(), content_type="text/html"))
    assert (await fetch(url, fetch_config)).text == body


async def test_xml_declaration_charset(web: WebServer, fetch_config: FetchConfig) -> None:
    body = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><t>café</t></rss>'.encode("latin-1")
    url = web.route("/x", Route(body=body, content_type="application/xml"))
    assert "café" in (await fetch(url, fetch_config)).text


async def test_connection_refused_is_one_line(fetch_config: FetchConfig) -> None:
    with pytest.raises(FetchError, match=r"http://127\.0\.0\.1:9/: cannot connect"):
        await fetch("http://127.0.0.1:9/", fetch_config)


@pytest.mark.parametrize(
    ("status", "headers", "temporary"),
    [
        (429, {"Retry-After": "60"}, True),
        (429, {}, True),
        (503, {}, True),
        (500, {}, True),
        (502, {}, True),
        (408, {}, True),
        (404, {}, False),
        (410, {}, False),
        (403, {}, False),
    ],
)
async def test_http_errors_say_whether_a_later_try_may_work(
    web: WebServer, fetch_config: FetchConfig, status: int, headers: dict[str, str],
    temporary: bool,
) -> None:
    url = web.route("/x", Route(status=status, headers=headers))
    with pytest.raises(FetchError) as info:
        await fetch(url, fetch_config)
    assert info.value.temporary is temporary


async def test_timeouts_and_refused_connections_are_temporary(web: WebServer) -> None:
    slow = web.route("/slow", Route(body=b"late", delay=1.0))
    config = FetchConfig(allow_private_addresses=True, timeout_seconds=0.3)
    with pytest.raises(FetchError) as timed_out:
        await fetch(slow, config)
    with pytest.raises(FetchError) as refused:
        await fetch("http://127.0.0.1:9/", config)
    assert timed_out.value.temporary and refused.value.temporary


async def test_responses_we_will_never_accept_are_not_temporary(web: WebServer) -> None:
    config = FetchConfig(allow_private_addresses=True, max_bytes=1_000)
    big = web.route("/big", Route(body=b"x" * 5_000))
    image = web.route("/img", Route(body=b"\x89PNG", content_type="image/png"))
    for url in (big, image, "ftp://127.0.0.1/file"):
        with pytest.raises(FetchError) as info:
            await fetch(url, config)
        assert not info.value.temporary, str(info.value)
    with pytest.raises(FetchError) as refused:  # the address policy, not the network
        await fetch(web.url("/img"), FetchConfig())
    assert not refused.value.temporary
