"""A real HTTP server on 127.0.0.1 serving scripted routes, for fetch, feed and poll tests.

Routes script what a server on the internet might do: bodies, status codes, headers, ETag and
Last-Modified with 304 answers, redirects, slow answers, huge bodies and lying charsets. The
server records every request so tests can assert what the client sent.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # answer 304 when the request's If-None-Match matches
    last_modified: str | None = None  # answer 304 when If-Modified-Since equals it
    delay: float = 0.0  # seconds before the status line
    stream_bytes: int = 0  # instead of body: this many bytes, in chunks, without Content-Length
    drip_delay: float = 0.0  # seconds between streamed chunks


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up mid-answer (a fetch that stops reading an oversized page, a poll
    that cancels its other fetches) are what some tests exercise: no traceback for those."""

    daemon_threads = True

    def handle_error(
        self, request: socket.socket | tuple[bytes, socket.socket], client_address: object
    ) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class WebServer:
    """``with WebServer() as web: web.route("/feed", Route(...)); web.url("/feed")``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.in_flight = 0
        self.max_in_flight = 0  # the most requests this server was answering at one time
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, route: Route) -> str:
        with self._lock:
            self.routes[path] = route
        return self.url(path)

    def redirect(self, path: str, target: str, status: int = 302) -> str:
        return self.route(path, Route(status=status, headers={"Location": target}))

    def hits(self, path: str) -> list[Seen]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def start(self) -> WebServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> WebServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _lookup(self, path: str, headers: dict[str, str]) -> Route | None:
        with self._lock:
            self.requests.append(Seen(path, headers))
            return self.routes.get(path) or self.routes.get(path.split("?", 1)[0])


def _handler_for(web: WebServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet in test output
            pass

        def do_GET(self) -> None:
            with web._lock:
                web.in_flight += 1
                web.max_in_flight = max(web.max_in_flight, web.in_flight)
            try:
                self._get()
            finally:
                with web._lock:
                    web.in_flight -= 1

        def _get(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            route = web._lookup(self.path, headers)
            if route is None:
                self._answer(Route(body=b"not found", status=404, content_type="text/plain"))
                return
            if route.delay:
                time.sleep(route.delay)
            if _not_modified(route, headers):
                self.send_response(304)
                self._send_validators(route)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self._answer(route)

        def _send_validators(self, route: Route) -> None:
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)

        def _answer(self, route: Route) -> None:
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            self._send_validators(route)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.stream_bytes:
                self.send_header("Connection", "close")
                self.end_headers()
                self._stream(route)
                return
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            self.wfile.write(route.body)

        def _stream(self, route: Route) -> None:
            chunk = b"<p>" + b"x" * 65_530 + b"</p>\n"
            sent = 0
            try:
                while sent < route.stream_bytes:
                    piece = chunk[: route.stream_bytes - sent]
                    self.wfile.write(piece)
                    self.wfile.flush()
                    sent += len(piece)
                    if route.drip_delay:
                        time.sleep(route.drip_delay)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading: that is what a size cap does
            self.close_connection = True

    return Handler


def _not_modified(route: Route, headers: dict[str, str]) -> bool:
    if route.etag and headers.get("if-none-match") == route.etag:
        return True
    return bool(route.last_modified and headers.get("if-modified-since") == route.last_modified)


@contextmanager
def running() -> Iterator[WebServer]:
    with WebServer() as web:
        yield web
