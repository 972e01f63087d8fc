"""The stand-in's HTTP side: tornado on the running asyncio loop, routing /bot<token>/<method>."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import socket
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

import tornado.web
from tornado.httpserver import HTTPServer
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets

from bot.standin.errors import ApiError
from bot.standin.params import decode_params

if TYPE_CHECKING:
    from bot.standin.standin import BotApiStandin

_LOOPBACK = ("127.0.0.1", "::1", "localhost")
STOP_GRACE_SECONDS = 1.0
_TOKEN_IN_PATH = re.compile(r"/bot[^/]*/")
logger = logging.getLogger(__name__)


class _MethodHandler(tornado.web.RequestHandler):
    def initialize(self, standin: BotApiStandin, server: StandinServer) -> None:
        self.standin = standin
        self._server = server

    def check_xsrf_cookie(self) -> None:
        return None

    def log_exception(self, typ: Any, value: Any, tb: Any) -> None:
        # Tornado's own report names the request URI, and the URI holds the bot token.
        logger.error(
            "the stand-in failed serving %s %s",
            self.request.method,
            _TOKEN_IN_PATH.sub("/bot<token>/", self.request.path),
            exc_info=(typ, value, tb),
        )

    async def get(self, token: str, method: str) -> None:
        await self._server.track(self._answer(token, method))

    async def post(self, token: str, method: str) -> None:
        await self._server.track(self._answer(token, method))

    async def _answer(self, token: str, method: str) -> None:
        if not self.standin.token_matches(token):
            await self._write_json(*_token_error(token))
            return
        try:
            params = decode_params(
                self.request.headers.get("Content-Type", ""),
                self.request.body,
                self.request.query_arguments,
                self.request.body_arguments,
            )
        except ApiError as error:
            await self._write_json(error.status, error.body())
            return
        status, body = await self.standin.handle(method, params)
        if body is None:
            # A dropped connection: the client sees the socket close with no answer at all.
            self.request.connection.close()  # type: ignore[union-attr]
            self._finished = True
            return
        if isinstance(body, str):
            await self._write(status, "text/html", body)
            return
        await self._write_json(status, body)

    async def _write_json(self, status: int, body: dict[str, Any]) -> None:
        await self._write(status, "application/json", json.dumps(body, ensure_ascii=False))

    async def _write(self, status: int, content_type: str, body: str) -> None:
        self.set_status(status)
        self.set_header("Content-Type", content_type)
        # The client may have given up (a cancelled long poll); like Telegram, updates it was
        # about to get stay queued until an offset confirms them.
        with contextlib.suppress(StreamClosedError):
            await self.finish(body)


class _NotFoundHandler(tornado.web.RequestHandler):
    def prepare(self) -> None:
        self.set_status(404)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"ok": False, "error_code": 404, "description": "Not Found"}))


def _log_request(handler: tornado.web.RequestHandler) -> None:
    # Tornado's access log would print the path, and the path holds the bot token.
    path = _TOKEN_IN_PATH.sub("/bot<token>/", handler.request.path)
    logger.debug(
        "%s %s %s %.1fms",
        handler.get_status(),
        handler.request.method,
        path,
        1000.0 * handler.request.request_time(),
    )


def _token_error(token: str) -> tuple[int, dict[str, Any]]:
    # Telegram answers a well-formed but unknown token with 401 and anything else with 404.
    bot_id, sep, secret = token.partition(":")
    if sep and bot_id.isdigit() and secret:
        return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
    return 404, {"ok": False, "error_code": 404, "description": "Not Found"}


class StandinServer:
    def __init__(self, standin: BotApiStandin, host: str, port: int) -> None:
        if host not in _LOOPBACK:
            raise ValueError(f"the stand-in listens on loopback only (127.0.0.1, ::1): {host!r}")
        self.host = host
        self.requested_port = port
        self._standin = standin
        self._http: HTTPServer | None = None
        self._sockets: list[socket.socket] = []
        self._port: int | None = None  # kept across stop() so that a restart keeps the URL
        self._in_flight: set[asyncio.Task[None]] = set()

    async def track(self, answer: Coroutine[Any, Any, None]) -> None:
        """Run one request's answer, written and flushed, so that stop() can wait for it."""
        task = asyncio.ensure_future(answer)
        self._in_flight.add(task)
        try:
            await task
        finally:
            self._in_flight.discard(task)

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the stand-in is not started: await standin.start() first")
        return self._port

    @property
    def host_for_urls(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host

    async def start(self) -> None:
        if self._http is not None:
            raise RuntimeError("the stand-in is already started")
        app = tornado.web.Application(
            [
                (
                    r"/bot([^/]*)/([A-Za-z]+)/?",
                    _MethodHandler,
                    {"standin": self._standin, "server": self},
                ),
                (r".*", _NotFoundHandler),
            ],
            log_function=_log_request,
        )
        self._http = HTTPServer(app, max_body_size=60 * 1024 * 1024)
        self._sockets = bind_sockets(self._port or self.requested_port, self.host)
        # bind_sockets may bind "localhost" on two families with different free ports; keep one.
        for extra in self._sockets[1:]:
            extra.close()
        self._sockets = self._sockets[:1]
        self._http.add_sockets(self._sockets)
        self._port = int(self._sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._http is None:
            return
        self._http.stop()
        # Released polls and slow answers still owe their clients a response; give them a moment.
        if self._in_flight:
            await asyncio.wait(set(self._in_flight), timeout=STOP_GRACE_SECONDS)
        await self._http.close_all_connections()
        self._http = None
