"""BotApiStandin: a local Bot API server for tests and the offline demo (DESIGN.md §7).

It answers the methods the bot uses over real HTTP, plays scripted updates, fails on demand,
can enforce Telegram's sending limits, and records everything it saw for tests to check.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from bot.standin.errors import ApiError
from bot.standin.faults import Fault, FaultBook
from bot.standin.method_table import METHODS, SERVER_ERROR_PAGE, canonical_method_name
from bot.standin.objects import make_bot_user
from bot.standin.params import get_int
from bot.standin.rate_limits import RateLimiter, RateLimits
from bot.standin.records import ApiCall, SentMessage
from bot.standin.scripted import Script
from bot.standin.server import StandinServer
from bot.standin.state import ChatState, World
from bot.standin.update_queue import UpdateQueue
from bot.standin.webhook_delivery import WebhookDeliverer

logger = logging.getLogger(__name__)


class BotApiStandin:
    """A Bot API server on 127.0.0.1 for one bot token.

    ::

        async with BotApiStandin() as standin:
            app = ApplicationBuilder().token(standin.token).base_url(standin.base_url).build()
            ...
            standin.private_message(7, "/start")
            [reply] = await standin.wait_for_messages(7)

    Everything runs on the caller's asyncio loop; nothing leaves this machine.
    """

    def __init__(
        self,
        token: str = "123456:TEST-token",
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        bot_username: str = "newsdigest_test_bot",
        bot_name: str = "News Digest",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        bot_id = _bot_id_from_token(token)
        self.token = token
        self.clock = clock  # `at` of calls and messages; monotonic seconds by default
        self.world = World(make_bot_user(bot_id, bot_username, bot_name))
        self.queue = UpdateQueue()
        self.script = Script(self.world, self.queue, self.unix_time)
        self.faults = FaultBook()
        self.limiter: RateLimiter | None = None
        self.webhook: dict[str, Any] = {"url": "", "secret_token": None, "params": {}}
        self.commands: dict[str, list[dict[str, str]]] = {}
        self.sent: list[SentMessage] = []
        self.calls: list[ApiCall] = []
        self.answered_callbacks: list[dict[str, Any]] = []
        self.validation_errors: list[ApiCall] = []
        self.deleted: list[tuple[int, int]] = []
        self.chat_actions: list[tuple[int, str]] = []
        self.count_429 = 0
        self.webhook_deliverer: WebhookDeliverer | None = None
        self._changed = asyncio.Event()
        self._server = StandinServer(self, host, port)

    # ---- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Serve on ``port``; after stop(), start() again serves on the same port, so a bot keeps
        its base_url across a simulated Telegram outage."""
        self.queue.reopen()
        await self._server.start()
        if self.webhook_deliverer is not None:
            self.webhook_deliverer.start()

    async def stop(self) -> None:
        """Release pending long polls and slow answers at once, then close the server."""
        self.queue.close()
        if self.webhook_deliverer is not None:
            await self.webhook_deliverer.stop()
        await self._server.stop()

    async def __aenter__(self) -> BotApiStandin:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        return self._server.port

    @property
    def root_url(self) -> str:
        return f"http://{self._server.host_for_urls}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.root_url}/file/bot"

    @property
    def bot_user(self) -> dict[str, Any]:
        return self.world.bot_user

    @property
    def bot_username(self) -> str:
        return str(self.world.bot_user["username"])

    # ---- scripted updates ------------------------------------------------------------------

    def user(
        self,
        user_id: int,
        first_name: str = "Ann",
        username: str | None = None,
        language_code: str | None = "en",
        last_name: str | None = None,
    ) -> dict[str, Any]:
        return self.script.user(user_id, first_name, username, language_code, last_name)

    def private_message(self, user_id: int, text: str, **kw: Any) -> dict[str, Any]:
        return self._queued(self.script.private_message(user_id, text, **kw))

    def group_message(self, chat_id: int, user_id: int, text: str, **kw: Any) -> dict[str, Any]:
        return self._queued(self.script.group_message(chat_id, user_id, text, **kw))

    def callback_query(
        self, chat_id: int, user_id: int, data: str, *, message_id: int, chat_type: str = "private"
    ) -> dict[str, Any]:
        return self._queued(
            self.script.callback_query(
                chat_id, user_id, data, message_id=message_id, chat_type=chat_type
            )
        )

    def my_chat_member(self, chat_id: int, **kw: Any) -> dict[str, Any]:
        return self._queued(self.script.my_chat_member(chat_id, **kw))

    def set_admins(self, chat_id: int, user_ids: Iterable[int]) -> None:
        state = self.world.chat(chat_id)
        state.admins = list(user_ids)
        state.known = True

    def _queued(self, update: dict[str, Any]) -> dict[str, Any]:
        self._notify()
        return update

    def deliver_webhook(self, deliver_to: str | None = None, *, retry_seconds: float = 0.2) -> None:
        """Post queued updates to the webhook the bot sets, as Telegram does, from now on.

        ``deliver_to`` replaces the registered URL (say, https behind a proxy) with the bot's own
        loopback listener; only loopback URLs are ever posted to.
        """
        if self.webhook_deliverer is not None:
            raise RuntimeError("webhook delivery is already running")
        self.webhook_deliverer = WebhookDeliverer(
            self.queue, self.webhook, deliver_to, retry_seconds=retry_seconds
        )
        self.webhook_deliverer.start()

    # ---- faults and chat states ------------------------------------------------------------

    def inject(
        self,
        fault: Fault,
        method: str | None = "sendMessage",
        chat_id: int | None = None,
        times: int | None = 1,
    ) -> None:
        """Answer the next ``times`` matching requests with ``fault`` (None: every one).

        ``method=None`` matches every method; ``chat_id=None`` every chat.
        """
        self.faults.add(fault, method, chat_id, times)

    def clear_faults(self) -> None:
        self.faults.clear()

    def block(self, chat_id: int) -> None:
        self.world.blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        self.world.blocked.discard(chat_id)

    def migrate(self, old_chat_id: int, new_chat_id: int, *, announce: bool = False) -> None:
        """The group ``old_chat_id`` became the supergroup ``new_chat_id``: sends to the old id
        answer 400 with migrate_to_chat_id from now on.

        With ``announce``, the two service messages Telegram sends are queued as updates too.
        """
        self.script.migrate(old_chat_id, new_chat_id, announce=announce)
        self._notify()

    def set_strict_chats(self, strict: bool = True) -> None:
        """When strict, chats never seen in a scripted update answer "chat not found"."""
        self.world.strict_chats = strict

    def set_rate_limits(
        self,
        enabled: bool = True,
        per_second: float = 30.0,
        per_chat_seconds: float = 1.0,
        group_per_minute: int = 20,
        retry_after: int | None = None,
    ) -> None:
        if not enabled:
            self.limiter = None
            return
        if per_second <= 0 or per_chat_seconds < 0 or group_per_minute < 1:
            raise ValueError("rate limits must be positive")
        self.limiter = RateLimiter(
            RateLimits(per_second, per_chat_seconds, group_per_minute, retry_after)
        )

    def admit_send(self, chat_id: int, state: ChatState) -> None:
        """Raise 429 when sending to ``chat_id`` now would break the enabled limits."""
        if self.limiter is None:
            return
        wait = self.limiter.check(chat_id, state.is_group, self.clock())
        if wait is not None:
            raise ApiError(
                429, f"Too Many Requests: retry after {wait}", {"retry_after": wait}
            )

    # ---- observation -----------------------------------------------------------------------

    def messages_to(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.sent if m.chat_id == chat_id]

    @property
    def formatting_lost(self) -> list[SentMessage]:
        """Messages Telegram took but showed with fewer entities than sent (over 100 of them)."""
        return [m for m in self.sent if m.entities_dropped]

    def calls_to(self, method: str) -> list[ApiCall]:
        return [c for c in self.calls if c.method == method]

    async def wait_for_messages(
        self, chat_id: int, count: int = 1, timeout: float = 5.0
    ) -> list[SentMessage]:
        """Wait until ``chat_id`` got at least ``count`` messages (edits count); return them all."""
        try:
            await self.wait_for(lambda s: len(s.messages_to(chat_id)) >= count, timeout)
        except TimeoutError:
            got = [m.entities_text[:80] for m in self.messages_to(chat_id)]
            raise TimeoutError(
                f"chat {chat_id} got {len(got)} of {count} messages within {timeout}s: {got}"
            ) from None
        return self.messages_to(chat_id)

    async def wait_for(
        self, predicate: Callable[[BotApiStandin], object], timeout: float = 5.0
    ) -> None:
        """Wait until ``predicate(self)`` is true; checked on every request and every 50 ms."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate(self):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout}s")
            changed = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), min(remaining, 0.05))

    def record_sent(self, message: SentMessage) -> None:
        self.sent.append(message)

    def unix_time(self) -> int:
        return int(time.time())

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    # ---- request handling (called by the HTTP server) ---------------------------------------

    def token_matches(self, token: str) -> bool:
        return token == self.token

    async def handle(self, method_name: str, params: dict[str, Any]) -> tuple[int, Any]:
        """Answer one request: (HTTP status, body) where body is a JSON dict, an HTML str for a
        5xx fault, or None when the connection is to be dropped without an answer."""
        method = canonical_method_name(method_name)
        if method is None:
            error = ApiError(404, "Not Found: method not found")
            self._record(method_name, params, error.status, error.description)
            return error.status, error.body()
        try:
            fault = await self._apply_fault(method, params)
        except ApiError as error:
            return self._refused(method, params, error, injected=True)
        if fault is not None and fault.drop == "before":
            return self._dropped(method, params)
        try:
            result = METHODS[method](self, params)
            if inspect.isawaitable(result):
                result = await result
        except ApiError as error:
            return self._refused(method, params, error, injected=False)
        except Exception:
            # A bug here must not become tornado's error log, which would print the token.
            logger.exception("the stand-in failed answering %s", method)
            failure = ApiError(500, f"Internal Server Error: the stand-in failed in {method}")
            self._record(method, params, failure.status, failure.description)
            return failure.status, failure.body()
        if fault is not None and fault.drop == "after":
            return self._dropped(method, params)
        self._record(method, params, 200, None)
        return 200, {"ok": True, "result": result}

    def _dropped(self, method: str, params: dict[str, Any]) -> tuple[int, Any]:
        """Recorded with status 0: the client got no answer at all."""
        self._record(method, params, 0, "connection dropped without an answer")
        return 0, None

    async def _apply_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        try:
            chat_id = get_int(params, "chat_id")
        except ApiError:
            chat_id = None
        fault = self.faults.take(method, chat_id)
        if fault is None:
            return None
        if fault.delay:
            await self.queue.wait_closed_or(fault.delay)
        if fault.error is not None:
            error = fault.error
            raise ApiError(error.status, error.description, error.parameters) from None
        return fault

    def _refused(
        self, method: str, params: dict[str, Any], error: ApiError, *, injected: bool
    ) -> tuple[int, Any]:
        call = self._record(method, params, error.status, error.description)
        if error.status == 429:
            self.count_429 += 1
        # A migration answer is a chat state, not a mistake in the request.
        if error.status == 400 and not injected and not error.parameters:
            self.validation_errors.append(call)
        if error.status >= 500:
            # Telegram's front end answers 5xx with an HTML page, not JSON.
            return error.status, SERVER_ERROR_PAGE.format(f"{error.status} {error.description}")
        return error.status, error.body()

    def _record(
        self, method: str, params: dict[str, Any], status: int, description: str | None
    ) -> ApiCall:
        call = ApiCall(method, dict(params), status, self.clock(), description)
        self.calls.append(call)
        self._notify()
        return call


def _bot_id_from_token(token: str) -> int:
    bot_id, sep, secret = token.partition(":")
    if not (sep and bot_id.isdigit() and secret):
        raise ValueError(f"a bot token looks like 123456:ABC-secret; got {len(token)} characters")
    return int(bot_id)
