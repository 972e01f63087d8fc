"""Updates waiting for getUpdates: offsets confirm, long polls wait, a newer poll ends an older one.

Telegram keeps unconfirmed updates until a getUpdates call passes an ``offset`` above their id,
answers at once when there are some, and otherwise holds the request up to ``timeout`` seconds.
Only one poll may be pending: a second one ends the first with 409 Conflict.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from bot.standin.errors import ApiError

UPDATE_TYPES = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "callback_query",
    "inline_query",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
)
# Telegram's default when allowed_updates was never given: everything except these.
_OPT_IN_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


class UpdateQueue:
    def __init__(self, first_update_id: int = 1) -> None:
        self._next_id = first_update_id
        self._pending: list[dict[str, Any]] = []
        self._allowed: frozenset[str] | None = None
        self._arrived = asyncio.Event()
        self._poll_generation = 0
        self._closed = False
        self.delivered: list[dict[str, Any]] = []  # every update a poll returned, in order

    def push(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue one update; ``payload`` is e.g. ``{"message": {...}}``. Returns the update."""
        update = {"update_id": self._next_id, **payload}
        self._next_id += 1
        self._pending.append(update)
        self._wake()
        return update

    @property
    def pending(self) -> list[dict[str, Any]]:
        return list(self._pending)

    def drop_pending(self) -> None:
        self._pending.clear()

    def close(self) -> None:
        """Release every waiting poll now (they answer with what they have: nothing)."""
        self._closed = True
        self._wake()

    def reopen(self) -> None:
        self._closed = False

    def _wake(self) -> None:
        self._arrived.set()
        self._arrived = asyncio.Event()

    async def poll(
        self,
        offset: int | None,
        limit: int,
        timeout: float,
        allowed_updates: list[str] | None,
    ) -> list[dict[str, Any]]:
        self.confirm(offset)
        self.allow(allowed_updates)
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake()  # an older pending poll sees the new generation and ends with 409
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, timeout)
        while True:
            if generation != self._poll_generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only one "
                    "bot instance is running",
                )
            ready = self._ready(limit)
            remaining = deadline - loop.time()
            if ready or remaining <= 0 or self._closed:
                self.delivered.extend(ready)
                return ready
            arrived = self._arrived
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(arrived.wait(), remaining)

    def allow(self, allowed_updates: list[str] | None) -> None:
        """The update types to hand out from now on, as getUpdates and setWebhook set them.

        None keeps the previous choice; an empty list means "back to the default", as Telegram
        documents.
        """
        if allowed_updates is not None:
            self._allowed = frozenset(allowed_updates) if allowed_updates else None

    def next_ready(self) -> dict[str, Any] | None:
        """The oldest update of an allowed type (for webhook delivery), or None."""
        ready = self._ready(1)
        return ready[0] if ready else None

    def confirm(self, offset: int | None) -> None:
        """Forget updates below ``offset``, as a getUpdates call with that offset does."""
        if offset is None or offset == 0:
            return
        if offset < 0:
            # A negative offset keeps only the last -offset updates.
            self._pending = self._pending[offset:]
            return
        self._pending = [u for u in self._pending if u["update_id"] >= offset]

    def _ready(self, limit: int) -> list[dict[str, Any]]:
        # Updates of types the bot did not ask for are skipped for good, as Telegram does.
        kept = [u for u in self._pending if self._is_allowed(u)]
        self._pending = kept
        return kept[:limit]

    def _is_allowed(self, update: dict[str, Any]) -> bool:
        kind = next((k for k in update if k != "update_id"), "")
        if self._allowed is None:
            return kind not in _OPT_IN_TYPES
        return kind in self._allowed

    @property
    def closed(self) -> bool:
        return self._closed

    async def wait_for_push(self, seconds: float) -> None:
        """Return when an update is queued, the queue closes, or ``seconds`` pass."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._arrived.wait(), seconds)

    async def wait_closed_or(self, seconds: float) -> bool:
        """Sleep ``seconds`` unless the queue is closed first; True when it closed."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while not self._closed:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            try:
                await asyncio.wait_for(self._arrived.wait(), remaining)
            except TimeoutError:
                return self._closed
        return True
