"""Send slots: a chat's local "HH:MM" times turned into UTC instants, correct across DST changes.

A local time that does not exist (the spring-forward gap) is sent the gap's length later (02:30
becomes 03:30); a local time that happens twice (the autumn fall-back) is sent once, at its first
occurrence.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from digests.store.models import Chat


class ScheduleError(ValueError):
    """A time or time zone a person typed that we cannot use; the message says what to type."""


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    # A region folder ("Europe") or an over-long name makes zoneinfo's file lookup fail with
    # OSError rather than ZoneInfoNotFoundError.
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ScheduleError(
            f"{name!r} is not a time zone I know; use Area/City, like Europe/Berlin"
        ) from None


def _local_to_utc(day: date, at: time, tz: ZoneInfo) -> datetime:
    # fold=0 picks the first of two repeated wall-clock times, and for a time inside the gap it
    # applies the offset from before the jump, which lands the gap's length later (02:30 -> 03:30).
    return datetime.combine(day, at).replace(tzinfo=tz, fold=0).astimezone(UTC)


def slots_between(
    send_times: list[str], timezone: str, start: datetime, end: datetime
) -> Iterator[datetime]:
    """UTC slot instants with start < slot <= end, in order."""
    tz = zone(timezone)
    parsed = sorted(time(int(t[:2]), int(t[3:])) for t in send_times)
    if not parsed or end <= start:
        return
    day = start.astimezone(tz).date() - timedelta(days=1)
    last_day = end.astimezone(tz).date() + timedelta(days=1)
    seen: set[datetime] = set()
    while day <= last_day:
        for at in parsed:
            slot = _local_to_utc(day, at, tz)
            if start < slot <= end and slot not in seen:
                seen.add(slot)
                yield slot
        day += timedelta(days=1)


def next_slot_after(send_times: list[str], timezone: str, after: datetime) -> datetime | None:
    """The first slot strictly after ``after`` (None when the chat has no send times)."""
    return next(slots_between(send_times, timezone, after, after + timedelta(days=3)), None)


def latest_slot_at_or_before(
    send_times: list[str], timezone: str, moment: datetime
) -> datetime | None:
    found = None
    for slot in slots_between(send_times, timezone, moment - timedelta(days=3), moment):
        found = slot
    return found


def reschedule(chat: Chat, now: datetime) -> None:
    """Set ``chat.next_slot_at`` after its times or time zone changed (or after a send).

    Slots already passed are not sent retroactively: the next one is strictly after ``now``, or
    after the last slot already enqueued, whichever is later.
    """
    after = now if chat.last_slot_at is None else max(now, chat.last_slot_at)
    chat.next_slot_at = next_slot_after(list(chat.send_times), chat.timezone, after)
