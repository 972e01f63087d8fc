"""Inline keyboards and their callback data (Telegram allows at most 64 bytes of data a button).

Callback data is ``<area>:<action>[:<value>]``, parsed back by :func:`parse_callback`; the areas are
``tz`` (time zone picker; its buttons end in ``:set`` when it was opened from /settings) and
``set`` (the /settings menu).
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from digests.chats import LANGUAGES, zone_shown
from digests.store.models import Chat

MAX_CALLBACK_BYTES = 64
ZONES_PER_PAGE = 8
SIZE_CHOICES = (3, 5, 7, 10)
TIME_PRESETS = ("07:00", "08:00", "12:00", "18:00", "21:00", "08:00,18:00")
# The last field of a picker button opened from /settings: picking a zone, or "Regions", must
# lead back to the settings menu rather than strand the user in the picker.
FROM_SETTINGS = "set"

# Common zones people live in, by region: a short list beats paging through all 600.
COMMON_ZONES: dict[str, tuple[str, ...]] = {
    "Europe": (
        "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin",
        "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam", "Europe/Stockholm", "Europe/Warsaw",
        "Europe/Prague", "Europe/Vienna", "Europe/Zurich", "Europe/Athens", "Europe/Helsinki",
        "Europe/Kyiv", "Europe/Istanbul", "Europe/Moscow",
    ),
    "America": (
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
        "America/Anchorage", "America/Toronto", "America/Vancouver", "America/Mexico_City",
        "America/Bogota", "America/Lima", "America/Santiago", "America/Sao_Paulo",
        "America/Argentina/Buenos_Aires", "America/Caracas", "America/Halifax",
        "Pacific/Honolulu",
    ),
    "Asia": (
        "Asia/Dubai", "Asia/Tehran", "Asia/Karachi", "Asia/Kolkata", "Asia/Dhaka",
        "Asia/Bangkok", "Asia/Jakarta", "Asia/Singapore", "Asia/Hong_Kong", "Asia/Shanghai",
        "Asia/Taipei", "Asia/Seoul", "Asia/Tokyo", "Asia/Manila", "Asia/Jerusalem",
        "Asia/Riyadh", "Asia/Almaty", "Asia/Tashkent",
    ),
    "Africa": (
        "Africa/Lagos", "Africa/Cairo", "Africa/Johannesburg", "Africa/Nairobi",
        "Africa/Casablanca", "Africa/Accra", "Africa/Addis_Ababa", "Africa/Algiers",
    ),
    "Oceania": (
        "Australia/Perth", "Australia/Adelaide", "Australia/Brisbane", "Australia/Sydney",
        "Australia/Melbourne", "Pacific/Auckland", "Pacific/Fiji", "Pacific/Guam",
    ),
    "Other": ("UTC", "Atlantic/Reykjavik", "Atlantic/Azores", "Indian/Maldives"),
}


@dataclass(frozen=True)
class Callback:
    area: str
    action: str
    value: str = ""


def callback_data(area: str, action: str, value: str = "") -> str:
    data = f"{area}:{action}:{value}" if value else f"{area}:{action}"
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


def parse_callback(data: str | None) -> Callback | None:
    if not data:
        return None
    parts = data.split(":", 2)
    if len(parts) < 2:
        return None
    return Callback(parts[0], parts[1], parts[2] if len(parts) == 3 else "")


def _button(text: str, area: str, action: str, value: str = "") -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=callback_data(area, action, value))


def _rows(buttons: list[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


def zone_label(name: str) -> str:
    """'America/New_York' -> 'New York'; an offset zone 'Etc/GMT-3' -> 'UTC+3'."""
    return zone_shown(name).rsplit("/", 1)[-1].replace("_", " ")


def language_label(code: str) -> str:
    """'de' -> 'Deutsch', as the summary and the language menu name it; 'any' stays short."""
    return code if code == "any" else LANGUAGES.get(code, code)


def _tz_value(value: str, from_settings: bool) -> str:
    if not from_settings:
        return value
    return f"{value}:{FROM_SETTINGS}" if value else FROM_SETTINGS


def split_origin(value: str) -> tuple[str, bool]:
    """A picker button's value without its from-/settings mark, and whether it had one."""
    if value == FROM_SETTINGS:
        return "", True
    head, sep, tail = value.rpartition(":")
    if sep and tail == FROM_SETTINGS:
        return head, True
    return value, False


def timezone_regions(*, back_to_settings: bool = False) -> InlineKeyboardMarkup:
    rows = _rows([_button(region, "tz", "region", _tz_value(f"{region}:0", back_to_settings))
                  for region in COMMON_ZONES], 3)
    if back_to_settings:
        rows.append([_button("« Settings", "set", "menu")])
    return InlineKeyboardMarkup(rows)


def timezone_page(
    region: str, page: int, *, back_to_settings: bool = False
) -> InlineKeyboardMarkup | None:
    """One page of a region's zones with paging buttons; None for an unknown region or page."""
    zones = COMMON_ZONES.get(region)
    if zones is None or page < 0 or page * ZONES_PER_PAGE >= len(zones):
        return None

    def button(text: str, action: str, value: str = "") -> InlineKeyboardButton:
        return _button(text, "tz", action, _tz_value(value, back_to_settings))

    shown = zones[page * ZONES_PER_PAGE : (page + 1) * ZONES_PER_PAGE]
    rows = _rows([button(zone_label(z), "zone", z) for z in shown], 2)
    paging = []
    if page > 0:
        paging.append(button("‹ Back", "region", f"{region}:{page - 1}"))
    paging.append(button("Regions", "regions"))
    if (page + 1) * ZONES_PER_PAGE < len(zones):
        paging.append(button("More ›", "region", f"{region}:{page + 1}"))
    rows.append(paging)
    if back_to_settings:
        rows.append([_button("« Settings", "set", "menu")])
    return InlineKeyboardMarkup(rows)


def settings_menu(chat: Chat, *, forum: bool = False) -> InlineKeyboardMarkup:
    subscribed = chat.subscribed and chat.active
    rows = [
        [_button(f"Stories: {chat.digest_size}", "set", "size"),
         _button(f"Times: {', '.join(chat.send_times) or 'none'}", "set", "times")],
        [_button(f"Time zone: {zone_label(chat.timezone)}", "set", "tz"),
         _button(f"Language: {language_label(chat.language)}", "set", "lang")],
        [_button("Unsubscribe" if subscribed else "Subscribe", "set",
                 "unsub" if subscribed else "sub"),
         _button("Done", "set", "done")],
    ]
    if forum:
        rows.insert(2, [_button("Send digests to this topic", "set", "topic")])
    return InlineKeyboardMarkup(rows)


def size_menu(max_size: int) -> InlineKeyboardMarkup:
    sizes = [n for n in SIZE_CHOICES if n <= max_size] or [max_size]
    rows = _rows([_button(str(n), "set", "size", str(n)) for n in sizes], 4)
    rows.append([_button("« Settings", "set", "menu")])
    return InlineKeyboardMarkup(rows)


def times_menu() -> InlineKeyboardMarkup:
    # ":" separates callback fields, so times travel as "0800-1800".
    buttons = [_button(p.replace(",", " & "), "set", "times",
                       p.replace(":", "").replace(",", "-")) for p in TIME_PRESETS]
    rows = _rows(buttons, 3)
    rows.append([_button("« Settings", "set", "menu")])
    return InlineKeyboardMarkup(rows)


def decode_times(value: str) -> str:
    """'0800-1800' (from :func:`times_menu`) -> '08:00,18:00'."""
    return ",".join(f"{t[:2]}:{t[2:]}" for t in value.split("-") if len(t) == 4)


def language_menu() -> InlineKeyboardMarkup:
    rows = _rows([_button(name, "set", "lang", code) for code, name in LANGUAGES.items()], 3)
    rows.append([_button("« Settings", "set", "menu")])
    return InlineKeyboardMarkup(rows)


__all__ = [
    "COMMON_ZONES", "Callback", "callback_data", "decode_times", "language_label", "language_menu",
    "parse_callback", "settings_menu", "size_menu", "split_origin", "times_menu", "timezone_page",
    "timezone_regions", "zone_label",
]
