"""Telegram's sending limits as sliding windows: overall per second, per chat, per group minute."""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class RateLimits:
    per_second: float = 30.0
    per_chat_seconds: float = 1.0
    group_per_minute: int = 20
    retry_after: int | None = None  # a fixed answer instead of the computed wait


class RateLimiter:
    """Admits a send or says how many seconds to wait, the way Telegram answers with 429."""

    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self._overall: deque[float] = deque()
        self._last_per_chat: dict[int, float] = {}
        self._group_sends: dict[int, deque[float]] = {}

    def check(self, chat_id: int, is_group: bool, now: float) -> int | None:
        """Record the send and return None, or return retry_after (>= 1) and record nothing."""
        waits = [
            self._overall_wait(now),
            self._chat_wait(chat_id, now),
            self._group_wait(chat_id, now) if is_group else 0.0,
        ]
        wait = max(waits)
        if wait > 0:
            fixed = self.limits.retry_after
            return fixed if fixed is not None else max(1, math.ceil(wait))
        self._overall.append(now)
        self._last_per_chat[chat_id] = now
        if is_group:
            self._group_sends.setdefault(chat_id, deque()).append(now)
        return None

    def _overall_wait(self, now: float) -> float:
        # Below one message a second the window widens so that it still holds one whole send.
        window = max(1.0, 1.0 / self.limits.per_second)
        _expire(self._overall, now - window)
        capacity = max(1, math.floor(self.limits.per_second * window))
        if len(self._overall) < capacity:
            return 0.0
        return self._overall[len(self._overall) - capacity] + window - now

    def _chat_wait(self, chat_id: int, now: float) -> float:
        last = self._last_per_chat.get(chat_id)
        if last is None:
            return 0.0
        return max(0.0, last + self.limits.per_chat_seconds - now)

    def _group_wait(self, chat_id: int, now: float) -> float:
        sends = self._group_sends.get(chat_id)
        if sends is None:
            return 0.0
        _expire(sends, now - 60.0)
        capacity = self.limits.group_per_minute
        if len(sends) < capacity:
            return 0.0
        return sends[len(sends) - capacity] + 60.0 - now


def _expire(times: deque[float], before: float) -> None:
    while times and times[0] <= before:
        times.popleft()
