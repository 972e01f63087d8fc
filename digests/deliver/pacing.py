"""Pacing under Telegram's limits (in the one process that sends): overall, per chat, per group.

Telegram counts messages when they reach it, and that moment lies somewhere between our sending
a request and its answer coming back. So each limit is kept over that whole span: a message is
counted from the moment it leaves, and stays counted until one limit-window after its answer
arrived. Whatever the network or a busy event loop does to the timing in between, Telegram
cannot see more than the limit in any window. Requests in flight count as "just arrived".

A chat that must wait (its own interval, its group's minute window, a ``retry_after``) holds no
global capacity: other chats keep flowing.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

OVERALL_WINDOW_SECONDS = 1.0
GROUP_WINDOW_SECONDS = 60.0
_WAIT_FOR_ANSWER_SECONDS = 0.05  # how often a full window is looked at again
_CATCH_UP = 4  # late departures made up for, in send intervals


@dataclass(frozen=True)
class PacingLimits:
    messages_per_second: float = 30.0
    per_chat_seconds: float = 1.0
    group_messages_per_minute: int = 20


@dataclass
class _ChatState:
    ready_at: float = 0.0
    recent: deque[float] = field(default_factory=deque)  # group answers in the last minute
    in_flight: bool = False


class Pacer:
    """Decides when a message may leave; ``clock`` is monotonic seconds."""

    def __init__(
        self, limits: PacingLimits, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if limits.messages_per_second <= 0:
            raise ValueError("messages_per_second must be greater than 0")
        self._limits = limits
        self._clock = clock
        self._interval = 1.0 / limits.messages_per_second
        # Telegram's window admits floor(rate) messages (at least one).
        self._capacity = max(1, math.floor(limits.messages_per_second))
        self._next_departure = 0.0
        self._in_flight = 0
        self._answered: deque[float] = deque()  # answer times within the overall window
        self._chats: dict[int, _ChatState] = {}
        self._answer = asyncio.Event()
        self._departure_turn = asyncio.Lock()

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

    def overall_ready_at(self) -> float | None:
        """When one more message fits the overall limit; None: only after an answer comes."""
        now = self._clock()
        while self._answered and self._answered[0] <= now - OVERALL_WINDOW_SECONDS:
            self._answered.popleft()
        excess = self._in_flight + len(self._answered) - (self._capacity - 1)
        if excess <= 0:
            return max(now, self._next_departure)
        if excess > len(self._answered):
            return None
        return max(self._answered[excess - 1] + OVERALL_WINDOW_SECONDS, self._next_departure)

    def ready_at(self, chat_id: int, *, group: bool) -> float | None:
        """When a message to ``chat_id`` may leave; None: only after an answer comes back."""
        state = self._chats.get(chat_id)
        if state is not None and state.in_flight:
            return None  # one message at a time per chat: its interval counts from the answer
        overall = self.overall_ready_at()
        if overall is None:
            return None
        return max(overall, self.chat_ready_at(chat_id, group=group))

    def start_send(self, chat_id: int) -> None:
        """A message to ``chat_id`` leaves now (call only when ``ready_at`` has come)."""
        self._in_flight += 1
        # Timers wake a little late; counting from the planned time (within a few intervals)
        # instead of from the late wake-up keeps those delays from adding up into a lower rate.
        # After an idle spell (later than that), the plan starts afresh: no burst.
        now = self._clock()
        late = now - self._next_departure
        planned = self._next_departure if 0 <= late <= _CATCH_UP * self._interval else now
        self._next_departure = planned + self._interval
        self._chats.setdefault(chat_id, _ChatState()).in_flight = True

    def finish_send(self, chat_id: int, *, group: bool) -> None:
        """Its answer (or error) came back: it counts from now until the windows pass."""
        now = self._clock()
        self._in_flight = max(0, self._in_flight - 1)
        self._answered.append(now)
        state = self._chats.setdefault(chat_id, _ChatState())
        state.in_flight = False
        state.ready_at = max(state.ready_at, now + self._limits.per_chat_seconds)
        if group:
            state.recent.append(now)
        self._answer.set()
        self._answer = asyncio.Event()

    async def acquire(self, chat_id: int, *, group: bool) -> None:
        """Wait until a message may leave for ``chat_id``, and count it as leaving."""
        while True:
            await self._until_chat_ready(chat_id, group=group)
            # Departures queue here one at a time, in order: only the head of the queue
            # watches the overall window, instead of every waiting worker on every answer.
            async with self._departure_turn:
                while True:
                    if self.chat_ready_at(chat_id, group=group) > self._clock():
                        break  # a retry_after arrived meanwhile: wait for the chat again
                    overall = self.overall_ready_at()
                    now = self._clock()
                    if overall is None:
                        with contextlib.suppress(TimeoutError):
                            await asyncio.wait_for(self._answer.wait(), _WAIT_FOR_ANSWER_SECONDS)
                    elif overall > now:
                        await asyncio.sleep(overall - now)
                    else:
                        self.start_send(chat_id)
                        return

    async def _until_chat_ready(self, chat_id: int, *, group: bool) -> None:
        while True:
            state = self._chats.get(chat_id)
            if state is not None and state.in_flight:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._answer.wait(), _WAIT_FOR_ANSWER_SECONDS)
                continue
            wait = self.chat_ready_at(chat_id, group=group) - self._clock()
            if wait <= 0:
                return
            await asyncio.sleep(wait)

    @contextlib.asynccontextmanager
    async def sending(self, chat_id: int, *, group: bool) -> AsyncIterator[None]:
        """``async with pacer.sending(chat):`` around one request to Telegram."""
        await self.acquire(chat_id, group=group)
        try:
            yield
        finally:
            self.finish_send(chat_id, group=group)

    def forget_idle(self) -> None:
        """Drop state of chats that may already send again, so memory stays bounded."""
        now = self._clock()
        idle = [
            chat_id for chat_id, state in self._chats.items()
            if state.ready_at <= now and not state.in_flight
            and (not state.recent or state.recent[-1] <= now - GROUP_WINDOW_SECONDS)
        ]
        for chat_id in idle:
            del self._chats[chat_id]
