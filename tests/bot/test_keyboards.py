"""Keyboards: every button's data fits Telegram's 64 bytes and every offered zone exists."""

from __future__ import annotations

from zoneinfo import available_timezones

import pytest

from bot import keyboards
from digests.config import Config
from digests.store.models import Chat


def _data(markup: object) -> list[str]:
    rows = markup.inline_keyboard  # type: ignore[attr-defined]
    return [b.callback_data for row in rows for b in row]


def test_every_offered_zone_is_a_real_zone_reachable_by_paging() -> None:
    known = available_timezones()
    for region, zones in keyboards.COMMON_ZONES.items():
        offered: list[str] = []
        page = 0
        while (markup := keyboards.timezone_page(region, page)) is not None:
            offered += [d.split(":", 2)[2] for d in _data(markup) if d.startswith("tz:zone:")]
            page += 1
        assert offered == list(zones)
        assert set(zones) <= known | {"UTC"}


def test_all_callback_data_fits_and_parses_back() -> None:
    chat = Chat(digest_size=5, send_times=["08:00", "18:30"],
                timezone="America/Argentina/Buenos_Aires", language="en", subscribed=True,
                active=True)
    markups = [keyboards.timezone_regions(back_to_settings=True),
               keyboards.settings_menu(chat, forum=True),
               keyboards.size_menu(Config().digest.max_size),
               keyboards.times_menu(), keyboards.language_menu()]
    pages = [keyboards.timezone_page(r, 0) for r in keyboards.COMMON_ZONES]
    markups += [page for page in pages if page is not None]
    assert len(pages) == len(markups) - 5
    for markup in markups:
        for data in _data(markup):
            assert 1 <= len(data.encode()) <= 64
            assert keyboards.parse_callback(data) is not None


def test_time_presets_round_trip_through_callback_data() -> None:
    values = [d.split(":", 2)[2] for d in _data(keyboards.times_menu()) if d.count(":") == 2]
    assert [keyboards.decode_times(v) for v in values] == list(keyboards.TIME_PRESETS)


def test_callback_data_over_64_bytes_is_refused() -> None:
    with pytest.raises(ValueError, match="64 bytes"):
        keyboards.callback_data("tz", "zone", "x" * 60)


def test_picker_opened_from_settings_marks_every_button_and_fits() -> None:
    for region in keyboards.COMMON_ZONES:
        page = 0
        while (markup := keyboards.timezone_page(region, page, back_to_settings=True)) is not None:
            for data in _data(markup):
                assert len(data.encode()) <= 64
                parsed = keyboards.parse_callback(data)
                assert parsed is not None
                assert parsed.area == "set" or keyboards.split_origin(parsed.value)[1], data
            page += 1
    assert keyboards.split_origin("Europe:0") == ("Europe:0", False)
    assert keyboards.split_origin("America/New_York") == ("America/New_York", False)
