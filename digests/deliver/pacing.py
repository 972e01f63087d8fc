"""Pacing under Telegram's limits, per process: overall messages/s, per chat, per group and minute.

Each send first waits until its chat may receive again (its own interval, the group's minute
window, any ``retry_after`` Telegram gave for it), and only then takes the next free global send
time. A chat that must wait therefore holds no global capacity: other chats keep flowing.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

GROUP_WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class PacingLimits:
    messages_per_second: float = 30.0
    per_chat_seconds: float = 1.0
    group_messages_per_minute: int = 20
    # Sends leave evenly spaced but arrive with network and event-loop jitter: at most
    # messages_per_second leave in any window this much longer than a second, so a late send
    # and an early one cannot land in the same second at Telegram's end.
    headroom: float = 0.05


@dataclass
class _ChatState:
    ready_at: float = 0.0
    recent: deque[float] = field(default_factory=deque)  # group send times in the last minute


class Pacer:
    """Hands out send times; ``clock`` is monotonic seconds (``time.monotonic`` by default)."""

    def __init__(
        self, limits: PacingLimits, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if limits.messages_per_second <= 0:
            raise ValueError("messages_per_second must be greater than 0")
        self._limits = limits
        self._interval = 1.0 / limits.messages_per_second
        self._clock = clock
        self._next_global = 0.0
        self._chats: dict[int, _ChatState] = {}
        # Real departures over a window a little longer than a second (see ``headroom``).
        self._window = 1.0 / (1.0 - limits.headroom)
        self._capacity = max(1, math.floor(limits.messages_per_second))
        self._departures: deque[float] = deque()

    @property
    def limits(self) -> PacingLimits:
        return self._limits

    def hold(self, chat_id: int, seconds: float) -> None:
        """Telegram said ``retry_after`` for this chat: nothing goes to it before then."""
        state = self._chats.setdefault(chat_id, _ChatState())
        state.ready_at = max(state.ready_at, self._clock() + max(0.0, seconds))

    def chat_ready_at(self, chat_id: int, *, group: bool) -> float:
        state = self._chats.get(chat_id)
        if state is None:
            return 0.0
        ready = state.ready_at
        limit = self._limits.group_messages_per_minute
        if group and limit > 0:
            cutoff = self._clock() - GROUP_WINDOW_SECONDS
            while state.recent and state.recent[0] <= cutoff:
                state.recent.popleft()
            if len(state.recent) >= limit:
                ready = max(ready, state.recent[-limit] + GROUP_WINDOW_SECONDS)
        return ready

    def reserve(self, chat_id: int, *, group: bool) -> float:
        """Book the next send to ``chat_id`` and return when it may happen (no waiting here)."""
        now = self._clock()
        at = max(now, self._next_global, self.chat_ready_at(chat_id, group=group),
                 self._window_ready_at(now))
        self._next_global = at + self._interval
        state = self._chats.setdefault(chat_id, _ChatState())
        state.ready_at = at + self._limits.per_chat_seconds
        if group:
            state.recent.append(at)
        return at

    def _window_ready_at(self, now: float) -> float:
        """When one more send fits the overall limit, counted over real departures."""
        while self._departures and self._departures[0] <= now - self._window:
            self._departures.popleft()
        if len(self._departures) < self._capacity:
            return now
        return self._departures[-self._capacity] + self._window

    async def acquire(self, chat_id: int, *, group: bool) -> None:
        """Wait until a message may go to ``chat_id``."""
        while True:
            ready = self.chat_ready_at(chat_id, group=group)
            now = self._clock()
            if ready <= now:
                break
            # The chat's own wait: taken before booking global time, so others are not held up.
            await asyncio.sleep(ready - now)
        at = self.reserve(chat_id, group=group)
        while True:
            delay = at - self._clock()
            if delay > 0:
                await asyncio.sleep(delay)
            # A busy event loop wakes sleepers late and together: check the real departures
            # again, so a burst of late sends cannot exceed the per-second ceiling.
            now = self._clock()
            at = self._window_ready_at(now)
            if at <= now:
                self._departures.append(now)
                return

    def forget_idle(self) -> None:
        """Drop state of chats that may already send again, so memory stays bounded."""
        now = self._clock()
        idle = [
            chat_id for chat_id, state in self._chats.items()
            if state.ready_at <= now
            and (not state.recent or state.recent[-1] <= now - GROUP_WINDOW_SECONDS)
        ]
        for chat_id in idle:
            del self._chats[chat_id]
