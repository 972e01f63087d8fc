"""Reading CLI inputs: paths, gzip, stdin, URLs on loopback; charset, sniffing and refusals."""

from __future__ import annotations

import gzip
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from digests.config import FetchConfig
from digests.fetch.inputs import InputError, document_from_bytes, read_input, sniff_kind

CONFIG = FetchConfig()
HTML = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Grüße aus Köln</p></body></html>"


def read(spec: str, mode: str | None = None, stdin: bytes = b"",
         config: FetchConfig = CONFIG) -> tuple[str, str]:
    doc = read_input(spec, mode, stdin=io.BytesIO(stdin), fetch_config=config)
    assert doc.source == spec
    return doc.kind, doc.content


def test_path_is_read_and_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("Just a line of text.\nAnd another one.\n", encoding="utf-8")
    assert read(str(page)) == ("html", HTML)
    assert read(str(notes))[0] == "text"


def test_mode_overrides_sniffing(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    assert read(str(page), "text")[0] == "text"


def test_gzip_file_and_gzip_on_stdin(tmp_path: Path) -> None:
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(HTML.encode("utf-8")))
    assert read(str(packed)) == ("html", HTML)
    assert read("-", stdin=gzip.compress(b"plain words here")) == ("text", "plain words here")


def test_stdin() -> None:
    assert read("-", stdin="Überschrift\nText".encode()) == ("text", "Überschrift\nText")


def test_declared_charset_is_honoured() -> None:
    latin = '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße</p></body></html>'
    doc = document_from_bytes("x", latin.encode("latin-1"), None, CONFIG.max_bytes)
    assert "Grüße" in doc.content
    assert doc.kind == "html"


def test_utf16_with_bom_is_text_not_binary() -> None:
    data = "\ufeffHallo Welt".encode("utf-16-le")
    assert document_from_bytes("x", data, None, CONFIG.max_bytes).content == "Hallo Welt"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read(str(tmp_path / "absent.txt"))
    with pytest.raises(InputError, match="directory"):
        read(str(tmp_path))


def test_binary_input_is_refused(tmp_path: Path) -> None:
    blob = tmp_path / "image.png"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="binary"):
        read(str(blob))


def test_input_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 300)
    small = FetchConfig(max_bytes=1000)
    with pytest.raises(InputError, match="larger than 1000 bytes"):
        read(str(big), config=small)


def test_gzip_bomb_is_refused_without_inflating_it(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 5_000_000))
    with pytest.raises(InputError, match="uncompressed data larger"):
        read(str(bomb), config=FetchConfig(max_bytes=100_000))


def test_broken_gzip_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "cut.txt.gz"
    broken.write_bytes(gzip.compress(b"some text " * 100)[:30])
    with pytest.raises(InputError, match="gzip"):
        read(str(broken))


def test_sniffing() -> None:
    assert sniff_kind("  <!doctype html><p>x") == "html"
    assert sniff_kind("<?xml version='1.0'?><html><body>x</body></html>") == "html"
    tags = "<div><p>" + "<span>a</span>" * 12 + "</p></div>"
    assert sniff_kind("Some intro\n" + tags) == "html"
    assert sniff_kind("He wrote <b>bold</b> once, and that was it.") == "text"


@pytest.fixture
def loopback_server() -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/page":
                body = HTML.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
            else:
                body = b"gone"
                self.send_response(404)
                self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_url_is_fetched(loopback_server: str) -> None:
    config = FetchConfig(allow_private_addresses=True)
    doc = read_input(f"{loopback_server}/page", None, stdin=io.BytesIO(), fetch_config=config)
    assert (doc.kind, doc.content, doc.url) == ("html", HTML, f"{loopback_server}/page")


def test_url_failure_is_an_input_error(loopback_server: str) -> None:
    config = FetchConfig(allow_private_addresses=True)
    with pytest.raises(InputError, match="404") as raised:
        read(f"{loopback_server}/missing", config=config)
    assert not str(raised.value).startswith("http")  # the CLI adds the input's name


async def test_url_from_inside_a_running_event_loop(loopback_server: str) -> None:
    config = FetchConfig(allow_private_addresses=True)
    doc = read_input(f"{loopback_server}/page", "text", stdin=io.BytesIO(), fetch_config=config)
    assert doc.kind == "text"
