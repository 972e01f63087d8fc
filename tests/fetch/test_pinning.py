"""The connection goes to the address the policy checked, not to a second DNS answer."""

from __future__ import annotations

import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import httpx
import pytest
import trustme

from digests.config import FetchConfig
from digests.fetch import addresses
from digests.fetch.http import FetchError, fetch
from tests.fakes.webserver import Route, WebServer


def test_pinned_target_keeps_the_name_for_host_and_tls() -> None:
    assert addresses.pinned_target("https://news.example.org/a?b=1", "93.184.216.34") == (
        "https://93.184.216.34/a?b=1", "news.example.org", "news.example.org",
    )
    assert addresses.pinned_target("http://user:pw@feeds.example.org:8080/rss", "2001:db8::7") == (
        "http://[2001:db8::7]:8080/rss", "feeds.example.org:8080", None,
    )


async def test_fetch_connects_to_the_checked_address(
    web: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name that no DNS knows is "resolved" by the policy to loopback (standing in for a
    public address): the fetch must use that answer, with the name in the Host header."""
    port = urlsplit(web.base).port
    url = web.route("/story", Route(body=b"<p>pinned</p>")).replace(
        f"127.0.0.1:{port}", f"pinned.invalid:{port}"
    )

    async def fake_resolve(host: str, port: int) -> list[str]:
        assert host == "pinned.invalid"
        return ["127.0.0.1"]

    monkeypatch.setattr(addresses, "resolve", fake_resolve)
    monkeypatch.setattr(addresses, "why_not_public", lambda address: None)
    result = await fetch(url, FetchConfig(allow_private_addresses=False, timeout_seconds=2.0))
    assert result.text == "<p>pinned</p>"
    assert result.url == url
    assert web.hits("/story")[0].headers["host"] == f"pinned.invalid:{port}"


async def test_a_refused_answer_is_never_connected_to(
    web: WebServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = web.route("/inside", Route(body=b"secret")).replace("127.0.0.1", "inside.invalid")

    async def fake_resolve(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    monkeypatch.setattr(addresses, "resolve", fake_resolve)
    with pytest.raises(FetchError, match=r"inside\.invalid resolves to 127\.0\.0\.1"):
        await fetch(url, FetchConfig(allow_private_addresses=False, timeout_seconds=2.0))
    assert web.hits("/inside") == []


async def test_https_to_the_checked_address_still_verifies_the_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The certificate is for the name, not for the address we connect to: the fetch only
    succeeds if TLS is told the name (SNI and verification) while the socket goes to the IP."""
    authority = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("pinned.invalid").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    authority.configure_trust(client_ctx)

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"<p>over tls</p>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    server.socket = server_ctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    async def fake_resolve(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    monkeypatch.setattr(addresses, "resolve", fake_resolve)
    monkeypatch.setattr(addresses, "why_not_public", lambda address: None)
    try:
        async with httpx.AsyncClient(verify=client_ctx, trust_env=False) as client:
            url = f"https://pinned.invalid:{server.server_address[1]}/"
            result = await fetch(url, FetchConfig(timeout_seconds=2.0), client=client)
        assert result.text == "<p>over tls</p>"
    finally:
        server.shutdown()
        server.server_close()
