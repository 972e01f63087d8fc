"""Send times as people type them, read into the "HH:MM" (24-hour) strings a chat stores.

People type "08:00", but also "8am", "8:30 pm", "0800" or just "8". Each is read only when it
can mean one time of day: a 12-hour time needs its am/pm, and a bare number is a 24-hour hour
("8" is 08:00, "1830" is 18:30). Whatever cannot be read is quoted back whole ("8:75 pm", not
its "pm"), so the person sees what to fix.
"""

from __future__ import annotations

import re

from digests.schedule.slots import ScheduleError

MAX_TIMES = 6
_MERIDIEM = r"[ap]\.?m\.?"
# Items are split at commas, semicolons, "&", "and" and spaces, but not at the space in "8 pm".
_SEPARATOR = re.compile(
    rf"\s*(?:[,;&]|\band\b)\s*|\s+(?!{_MERIDIEM}(?:[\s,;&]|$))", re.IGNORECASE
)
_TWELVE_HOUR = re.compile(r"([0-9]{1,2})(?:[:.]([0-9]{2}))?\s*([ap])\.?m\.?", re.IGNORECASE)
# "18:30", "18.30", and the "18h30" / "8h" common in French and other languages.
_TWENTY_FOUR_HOUR = re.compile(r"([0-9]{1,2})(?:[:.h]([0-9]{2})|h)", re.IGNORECASE)
# "8" is an hour; "800", "0800" and "1830" are hours and minutes, as timetables write them.
_DIGITS_ONLY = re.compile(r"[0-9]{1,4}")
_NAMED = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}


def _not_a_time(item: str, why: str = "") -> ScheduleError:
    advice = why or "use HH:MM like 08:00 or 18:30, or 8am, 6:30pm"
    return ScheduleError(f"{item!r} is not a time; {advice}")


def _clock(item: str, hour: int, minute: int) -> str:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise _not_a_time(item)
    return f"{hour:02d}:{minute:02d}"


def _from_twelve_hour(item: str, match: re.Match[str]) -> str:
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if not 1 <= hour <= 12:
        raise _not_a_time(item, "with am or pm the hour is 1 to 12, e.g. 8am or 12:30pm")
    # 12am is midnight and 12pm noon: the 12 counts as 0 before the meridiem is added.
    afternoon = match.group(3).lower() == "p"
    return _clock(item, hour % 12 + (12 if afternoon else 0), minute)


def parse_time(text: str) -> str:
    """One time of day as typed ('7:30', '8 pm', '0800') -> 'HH:MM'; ScheduleError if unreadable."""
    item = text.strip()
    lowered = item.lower()
    if lowered in _NAMED:
        return _NAMED[lowered]
    if match := _TWELVE_HOUR.fullmatch(item):
        return _from_twelve_hour(item, match)
    if match := _TWENTY_FOUR_HOUR.fullmatch(item):
        return _clock(item, int(match.group(1)), int(match.group(2) or 0))
    if _DIGITS_ONLY.fullmatch(item):
        if len(item) <= 2:
            return _clock(item, int(item), 0)
        return _clock(item, int(item[:-2]), int(item[-2:]))
    raise _not_a_time(item)


def parse_times(text: str, *, limit: int = MAX_TIMES) -> list[str]:
    """'8am, 18:30' -> ['08:00', '18:30'] (sorted, without repeats)."""
    items = [item for item in _SEPARATOR.split(text.strip()) if item]
    if not items:
        raise ScheduleError("give at least one time, like 08:00 or 08:00,18:30")
    times = sorted({parse_time(item) for item in items})
    if len(times) > limit:
        raise ScheduleError(f"at most {limit} send times a day, please")
    return times


__all__ = ["MAX_TIMES", "parse_time", "parse_times"]
