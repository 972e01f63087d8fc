"""The outbox sender: claims digests, sends their parts with python-telegram-bot, records outcomes.

This is the only module that knows PTB's exceptions: :func:`failure_from_error` turns them into
the outbox's :class:`~digests.deliver.outcomes.SendFailure`, and ``digests.deliver`` decides the
rest. Several workers send concurrently, so one slow chat does not hold up the others; a chat
gets one digest at a time, in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from telegram import Bot, LinkPreviewOptions, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.services import BotServices
from digests.deliver import outbox
from digests.deliver.outcomes import FailureKind, SendFailure, Status
from digests.deliver.pacing import Pacer, PacingLimits
from digests.deliver.recorder import SentRecorder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SenderSettings:
    workers: int = 8
    idle_poll_seconds: float = 1.0  # how often to look for due rows when nobody wakes us
    backoff_seconds: float = 2.0  # first retry delay after a 5xx or timeout; doubles each time
    send_timeout_seconds: float = 15.0


def failure_from_error(exc: TelegramError) -> SendFailure:
    """What a PTB exception means for the outbox (the one place that maps them)."""
    detail = exc.message
    lowered = detail.lower()
    if isinstance(exc, RetryAfter):
        return SendFailure.retry_after(retry_seconds(exc), detail)
    if isinstance(exc, ChatMigrated):
        return SendFailure.migrated(int(exc.new_chat_id), detail)
    if isinstance(exc, Forbidden):
        if "blocked" in lowered or "deactivated" in lowered:
            return SendFailure(FailureKind.BLOCKED, detail)
        return SendFailure(FailureKind.KICKED, detail)
    # BadRequest subclasses NetworkError in PTB, so it must be looked at first.
    if isinstance(exc, BadRequest):
        if "chat not found" in lowered:
            return SendFailure(FailureKind.CHAT_NOT_FOUND, detail)
        if "message thread not found" in lowered or "topic_deleted" in lowered:
            return SendFailure(FailureKind.TOPIC_GONE, detail)
        return SendFailure(FailureKind.BAD_REQUEST, detail)
    if isinstance(exc, NetworkError):  # TimedOut, 5xx, connection errors
        return SendFailure(FailureKind.TRANSIENT, detail or type(exc).__name__)
    return SendFailure(FailureKind.TRANSIENT, detail or type(exc).__name__)


def _single_writer_lock(services: BotServices) -> contextlib.AbstractAsyncContextManager[Any]:
    bind = services.sessions.kw.get("bind")
    dialect = getattr(getattr(bind, "dialect", None), "name", "")
    return asyncio.Lock() if dialect == "sqlite" else contextlib.nullcontext()


def retry_seconds(exc: RetryAfter) -> float:
    """How long Telegram asked us to wait, in seconds."""
    # PTB 22 gives an int or a timedelta depending on PTB_TIMEDELTA.
    value: object = exc.retry_after
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, int | float):
        return float(value)
    return 1.0


class OutboxSender:
    """Runs a claiming loop and ``settings.workers`` send workers until :meth:`stop`."""

    def __init__(
        self,
        bot: Bot,
        services: BotServices,
        *,
        settings: SenderSettings | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        self._bot = bot
        self._services = services
        self._settings = settings or SenderSettings()
        delivery = services.config.delivery
        self._pacer = pacer or Pacer(
            PacingLimits(
                messages_per_second=delivery.messages_per_second,
                per_chat_seconds=delivery.per_chat_seconds,
                group_messages_per_minute=delivery.group_messages_per_minute,
            )
        )
        self._queue: asyncio.Queue[outbox.ClaimedDigest] = asyncio.Queue()
        self._held: dict[int, outbox.ClaimedDigest] = {}
        self._chat_locks: dict[int, asyncio.Lock] = {}
        # Workers holding or waiting for each chat's lock. A released lock reads as unlocked
        # while a waiter has yet to wake, so only this count tells when it may be dropped.
        self._chat_users: dict[int, int] = {}
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._sending = 0  # digests a worker is working on right now
        self._in_request: set[int] = set()  # digests with a request to Telegram under way
        # SQLite has one writer: workers queueing here, not in SQLite's busy handler (which
        # sleeps in growing steps), keeps the database from setting the pace.
        self._one_writer = _single_writer_lock(services)
        self._recorder = SentRecorder(services.sessions, worker_id=services.worker_id,
                                      clock=services.clock, write_turn=self._one_writer)
        self._stopping = False

    @property
    def pacer(self) -> Pacer:
        return self._pacer

    def start(self) -> None:
        if self._tasks:
            return
        self._recorder.start()
        self._tasks.append(asyncio.create_task(self._claim_loop(), name="outbox-claim"))
        for n in range(max(1, self._settings.workers)):
            self._tasks.append(asyncio.create_task(self._work(), name=f"outbox-send-{n}"))

    def wake(self) -> None:
        """Look for due digests now (a /digest was queued, or the tick enqueued some)."""
        self._wake.set()

    async def stop(self) -> None:
        """Stop claiming, let digests being sent finish, give the rest back to the outbox.

        Cancelling a send midway would leave a message Telegram delivered but we never recorded,
        which another sender would send again after the claim timeout.
        """
        self._stopping = True
        self._wake.set()
        if self._tasks:
            # The claim loop ends after its current claim; cancelling it midway could lose
            # the rows of a claim that committed (they would wait for the claim timeout).
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._tasks[0]), 30)
        while not self._queue.empty():
            self._queue.get_nowait()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._until_idle(), self._settings.send_timeout_seconds * 2)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        await self._recorder.stop()
        await self._release_held()

    async def _until_idle(self) -> None:
        while self._sending:
            await asyncio.sleep(0.02)

    async def _release_held(self) -> None:
        # Digests claimed but not finished go back to the queue now, not after the claim timeout.
        if not self._held:
            return
        held = list(self._held.values())
        self._held.clear()
        try:
            async with self._services.sessions() as session:
                await outbox.release(session, held, worker_id=self._services.worker_id)
        except SQLAlchemyError:
            log.exception("could not release %d claimed digests; they time out instead", len(held))

    # ---- claiming ----------------------------------------------------------------------------

    @property
    def _capacity(self) -> int:
        # Enough claimed ahead to keep every worker busy, few enough to stay fresh.
        return max(1, self._settings.workers) * 2

    async def _claim_loop(self) -> None:
        while not self._stopping:
            room = min(self._capacity - len(self._held),
                       self._services.config.delivery.claim_batch)
            claimed: list[outbox.ClaimedDigest] = []
            # Refill in batches (when half the room is free, or nothing is left): a claim is a
            # write transaction, too costly to spend on every single digest.
            if room > 0 and (room * 2 >= self._capacity or not self._held):
                claimed = await self._claim(room)
                for digest in claimed:
                    if digest.id in self._held:
                        # Still ours, waiting for its chat (a long retry_after) past the claim
                        # timeout: a worker has it already, and a second would send it again.
                        continue
                    self._held[digest.id] = digest
                    self._queue.put_nowait(digest)
            if claimed and len(claimed) == room and len(self._held) < self._capacity:
                continue
            if not claimed:
                self._pacer.forget_idle()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._settings.idle_poll_seconds)
            self._wake.clear()

    async def _claim(self, room: int) -> list[outbox.ClaimedDigest]:
        try:
            async with self._one_writer, self._services.sessions() as session:
                return await outbox.claim(
                    session,
                    worker_id=self._services.worker_id,
                    now=self._services.clock(),
                    limit=room,
                    claim_timeout_seconds=self._services.config.delivery.claim_timeout_seconds,
                )
        except SQLAlchemyError:
            log.exception("claiming digests failed; trying again shortly")
            return []

    # ---- sending -----------------------------------------------------------------------------

    async def _work(self) -> None:
        while True:
            digest = await self._queue.get()
            chat = digest.chat_row_id
            lock = self._chat_locks.setdefault(chat, asyncio.Lock())
            self._chat_users[chat] = self._chat_users.get(chat, 0) + 1
            self._sending += 1
            try:
                async with lock:
                    await self._send_digest(digest)
            except asyncio.CancelledError:
                # Stopped while waiting (for the chat, the pacer, the lock): it stays held and
                # is released at once. Stopped mid-request: Telegram may have it, so the claim
                # is left to time out rather than risk sending it twice right away.
                if digest.id in self._in_request:
                    self._held.pop(digest.id, None)
                raise
            except Exception:
                # The claim stays and times out, so the digest is retried, not lost.
                log.exception("digest %s: unexpected error while sending", digest.id)
                self._held.pop(digest.id, None)
            else:
                self._held.pop(digest.id, None)
            finally:
                self._sending -= 1
                self._in_request.discard(digest.id)
                self._chat_users[chat] -= 1
                if not self._chat_users[chat]:
                    del self._chat_users[chat], self._chat_locks[chat]
                self._wake.set()

    async def _send_digest(self, digest: outbox.ClaimedDigest) -> None:
        services = self._services
        refusal = None if digest.chat_active else "chat is inactive"
        if not digest.parts:
            refusal = "digest has no message to send"  # a damaged row must not loop forever
        if refusal is not None:
            async with self._one_writer, services.sessions() as session:
                await outbox.cancel(session, digest, refusal, worker_id=services.worker_id)
            return
        for part in range(digest.parts_sent, len(digest.parts)):
            try:
                async with self._pacer.sending(digest.telegram_chat_id, group=digest.is_group):
                    self._in_request.add(digest.id)
                    message_id = await self._send_part(digest, part)
                    self._in_request.discard(digest.id)
            except TelegramError as exc:
                self._in_request.discard(digest.id)
                await self._record_failure(digest, failure_from_error(exc))
                return
            recorded = await self._recorder.record(outbox.SentPart(
                digest, part, message_id, digest.telegram_chat_id))
            if not recorded:
                return

    async def _send_part(self, digest: outbox.ClaimedDigest, part: int) -> int:
        reply = None
        if part == 0 and digest.reply_to_message_id is not None:
            # Still sent if the /digest message was deleted meanwhile.
            reply = ReplyParameters(digest.reply_to_message_id, allow_sending_without_reply=True)
        preview_url = digest.preview_url if part == 0 else None
        preview = (
            LinkPreviewOptions(url=preview_url, prefer_small_media=True)
            if preview_url else LinkPreviewOptions(is_disabled=True)
        )
        timeout = self._settings.send_timeout_seconds
        message = await self._bot.send_message(
            chat_id=digest.telegram_chat_id,
            text=digest.parts[part],
            parse_mode=ParseMode.HTML,
            link_preview_options=preview,
            message_thread_id=digest.thread_id,
            reply_parameters=reply,
            read_timeout=timeout,
            write_timeout=timeout,
            connect_timeout=timeout,
        )
        return message.message_id

    async def _record_failure(self, digest: outbox.ClaimedDigest, failure: SendFailure) -> None:
        services = self._services
        if failure.kind is FailureKind.RETRY_AFTER:
            self._pacer.hold(digest.telegram_chat_id, failure.retry_after_seconds)
        async with self._one_writer, services.sessions() as session:
            decision = await outbox.record_failure(
                session, digest, failure, worker_id=services.worker_id, now=services.clock(),
                max_attempts=services.config.delivery.max_attempts,
                backoff_seconds=self._settings.backoff_seconds,
            )
        if decision.status is Status.PENDING:
            self.wake()
