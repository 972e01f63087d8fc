"""Time zones as people type them ('Berlin', 'new york', 'UTC+3') resolved to IANA names.

Only IANA zone names are accepted, never another file zoneinfo could load; an offset maps to
its Etc zone (whose POSIX sign reads backwards), and one with minutes, which has no zone of its
own, is refused with the places at that offset now.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo, available_timezones

from digests.schedule.slots import ScheduleError

# "UTC+3", "GMT-5", "utc+03:00", "UTC+5:30": offsets as people write them.
_UTC_OFFSET = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)

# Zone files that are no place's time: the host's own setting, the zic compiler's default rules
# and tzdata's "zone not set" placeholder.
_NOT_PLACES = frozenset({"localtime", "posixrules", "factory"})


@lru_cache(maxsize=1)
def _zones_by_lower_name() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()
            if name.lower() not in _NOT_PLACES}


@lru_cache(maxsize=1)
def _current_names() -> frozenset[str]:
    """The zone names tz lists for people to choose from (its zone.tab: each country's zones).
    The rest are aliases kept so old data still loads: Asia/Calcutta for Asia/Kolkata,
    Asia/Istanbul for Europe/Istanbul, US/Eastern. Empty if the table cannot be read."""
    try:
        table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        return frozenset()
    rows = (line.split("\t") for line in table.splitlines() if not line.startswith("#"))
    return frozenset(row[2] for row in rows if len(row) > 2)


def _current_only(names: list[str]) -> list[str]:
    """``names`` without aliases, unless that leaves none (aliases are still valid zones)."""
    current = [name for name in names if name in _current_names()]
    return current or names


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, list[str]]:
    cities: dict[str, list[str]] = {}
    for name in available_timezones():
        if "/" in name:
            city = name.rsplit("/", 1)[1].lower()
            cities.setdefault(city, []).append(name)
    return cities


def _offset_zone(typed: str, sign: str, hours: int) -> str:
    """'UTC+3' -> 'Etc/GMT-3': the Etc zones' signs are POSIX-inverted, people's are not."""
    if hours == 0:
        return "UTC"
    name = f"Etc/GMT{'-' if sign == '+' else '+'}{hours}"
    if name.lower() not in _zones_by_lower_name():
        raise ScheduleError(f"{typed!r} is not an offset any zone has; use Area/City like "
                           "Europe/Berlin, or send /timezone alone to pick from a list")
    return name


def _no_zone_for_offset(typed: str, sign: str, hours: int, minutes: int) -> str:
    """Why 'UTC+5:30' cannot be set, and the places whose clocks are at that offset now: only
    whole hours have a zone name of their own (Etc/GMT-3)."""
    wanted = timedelta(hours=hours, minutes=minutes) * (1 if sign == "+" else -1)
    now = datetime.now(UTC)  # only to name places in the hint: their offsets change with DST
    places = _current_only(sorted(
        name for name in _zones_by_lower_name().values()
        if "/" in name and not name.startswith("Etc/")
        and now.astimezone(ZoneInfo(name)).utcoffset() == wanted
    ))
    examples = ", ".join(places[:3]) if places else "Asia/Kolkata"
    return (f"{typed!r} has no zone name of its own; type your place's zone (at that offset "
            f"now: {examples})")


def resolve_timezone(text: str) -> str:
    """'europe/berlin', 'Berlin' or 'New York' -> the IANA name; ScheduleError when unknown."""
    wanted = text.strip().replace(" ", "_")
    if not wanted:
        raise ScheduleError("give a time zone as Area/City, like /timezone Europe/Berlin")
    exact = _zones_by_lower_name().get(wanted.lower())
    if exact:
        return exact
    offset = _UTC_OFFSET.match(text.strip())
    if offset and offset.group(3) not in (None, "00"):
        raise ScheduleError(_no_zone_for_offset(text.strip(), offset.group(1),
                                               int(offset.group(2)), int(offset.group(3))))
    if offset:
        return _offset_zone(text.strip(), offset.group(1), int(offset.group(2)))
    # "Istanbul" names Europe/Istanbul and its alias Asia/Istanbul: one place, no choice.
    by_city = _current_only(sorted(_zones_by_city().get(wanted.lower(), [])))
    if len(by_city) == 1:
        return by_city[0]
    if by_city:
        raise ScheduleError(
            f"{text.strip()!r} matches several zones ({', '.join(by_city)}); type the full name"
        )
    # Every IANA zone is in the list above; zoneinfo would also load files that are not one
    # (posixrules, right/..., posix/...), so nothing else is tried.
    raise ScheduleError(
        f"{text.strip()!r} is not a time zone I know; use Area/City like Europe/Berlin, "
        "or send /timezone alone to pick from a list"
    )


__all__ = ["resolve_timezone"]
