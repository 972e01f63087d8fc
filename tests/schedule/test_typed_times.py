"""Send times as people type them: 24-hour, 12-hour with am/pm, and bare hours or HHMM."""

from __future__ import annotations

import pytest

from digests.schedule.slots import ScheduleError
from digests.schedule.typed_times import parse_times


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("08:00", ["08:00"]),
        ("7:30, 19:00", ["07:30", "19:00"]),
        ("18.30", ["18:30"]),
        # 12-hour times, with or without a space, dots or capitals
        ("8am", ["08:00"]),
        ("8 am", ["08:00"]),
        ("8:30 pm", ["20:30"]),
        ("8:00 PM", ["20:00"]),
        ("6.15p.m.", ["18:15"]),
        ("7 a.m., 7 p.m.", ["07:00", "19:00"]),
        ("12am", ["00:00"]),
        ("12:30am", ["00:30"]),
        ("12pm", ["12:00"]),
        ("12:45 pm", ["12:45"]),
        ("8am 6pm", ["08:00", "18:00"]),
        ("8am and 6pm", ["08:00", "18:00"]),
        ("noon, midnight", ["00:00", "12:00"]),
        # bare 24-hour times: an hour, or HHMM as on a timetable
        ("8", ["08:00"]),
        ("18", ["18:00"]),
        ("0800", ["08:00"]),
        ("800", ["08:00"]),
        ("1830", ["18:30"]),
        ("0", ["00:00"]),
        ("18h30", ["18:30"]),
        ("8h", ["08:00"]),
    ],
)
def test_times_people_type_are_read(typed: str, expected: list[str]) -> None:
    assert parse_times(typed) == expected


@pytest.mark.parametrize(
    ("typed", "quoted"),
    [
        ("25:61", "'25:61'"),
        ("13pm", "'13pm'"),
        ("0am", "'0am'"),
        ("8:00 pm, 8:75 pm", "'8:75 pm'"),  # the whole item, not just its 'pm'
        ("2400", "'2400'"),
        ("18:3", "'18:3'"),
        ("12345", "'12345'"),
        ("soon", "'soon'"),
    ],
)
def test_a_bad_time_is_quoted_whole(typed: str, quoted: str) -> None:
    with pytest.raises(ScheduleError) as info:
        parse_times(typed)
    assert str(info.value).startswith(f"{quoted} is not a time"), str(info.value)


def test_a_12_hour_time_out_of_range_says_why() -> None:
    with pytest.raises(ScheduleError, match="1 to 12"):
        parse_times("13pm")


def test_repeats_collapse_and_the_count_is_capped() -> None:
    assert parse_times("8am, 08:00, 0800") == ["08:00"]
    with pytest.raises(ScheduleError, match="at most 6"):
        parse_times("1 2 3 4 5 6 7")
    with pytest.raises(ScheduleError, match="at least one"):
        parse_times(" , ")
