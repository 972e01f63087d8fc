"""Chat settings: validation, schedule refresh, filters, migration — on real databases."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests import chats
from digests.chats import SettingError
from digests.config import Config, ScheduleConfig, replace_section
from digests.store.models import Chat

NOW = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)


def make_chat(**kw: object) -> Chat:
    values: dict[str, object] = {
        "telegram_id": 1, "type": "private", "timezone": "UTC", "send_times": ["08:00"],
        "subscribed": False, "active": True, "include_terms": [], "exclude_terms": [],
        "digest_size": 5, "last_slot_at": None, "next_slot_at": None,
    }
    values.update(kw)
    return Chat(**values)


async def test_get_or_create_uses_configured_defaults(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    config = replace_section(
        Config(), schedule=ScheduleConfig(default_times=["07:30"], default_timezone="Asia/Tokyo")
    )
    async with sessions() as session, session.begin():
        chat = await chats.get_or_create_chat(session, -100, config, chat_type="group", title="G")
        assert (chat.timezone, chat.send_times, chat.digest_size) == ("Asia/Tokyo", ["07:30"], 5)
        again = await chats.get_or_create_chat(
            session, -100, config, chat_type="supergroup", title="G2"
        )
        assert again.id == chat.id
        assert (again.type, again.title) == ("supergroup", "G2")
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Chat)) == 1


def test_subscribe_sets_next_slot_and_unsubscribe_clears_it() -> None:
    chat = make_chat(timezone="Europe/Berlin", send_times=["08:00"])
    assert chats.subscribe(chat, NOW) is True
    # 29 March 2026 08:00 in Berlin is already summer time (UTC+2).
    assert chat.next_slot_at == datetime(2026, 3, 29, 6, 0, tzinfo=UTC)
    assert chats.subscribe(chat, NOW) is False
    assert chats.unsubscribe(chat, NOW) is True
    assert chat.next_slot_at is None
    assert chats.unsubscribe(chat, NOW) is False


def test_deactivate_keeps_settings_and_reactivate_restores_the_schedule() -> None:
    chat = make_chat(send_times=["09:15"], include_terms=["climate"])
    chats.subscribe(chat, NOW)
    chats.deactivate(chat, "stopped", NOW)
    assert (chat.active, chat.inactive_reason, chat.next_slot_at) == (False, "stopped", None)
    assert chat.subscribed and chat.include_terms == ["climate"]
    chats.reactivate(chat, NOW)
    assert chat.next_slot_at == datetime(2026, 3, 29, 9, 15, tzinfo=UTC)


def test_set_times_validates_and_reschedules() -> None:
    chat = make_chat(subscribed=True)
    assert chats.set_times(chat, "18:30, 7:05", NOW) == ["07:05", "18:30"]
    assert chat.next_slot_at == datetime(2026, 3, 28, 18, 30, tzinfo=UTC)
    with pytest.raises(SettingError, match="HH:MM"):
        chats.set_times(chat, "25:00", NOW)
    with pytest.raises(SettingError, match="at most"):
        chats.set_times(chat, "1:00,2:00,3:00,4:00,5:00,6:00,7:00", NOW)
    assert chat.send_times == ["07:05", "18:30"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("Berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("UTC", "UTC"),
        # An offset as people write it; the Etc zones' own signs are the other way round.
        ("GMT+3", "Etc/GMT-3"),
        ("utc-5", "Etc/GMT+5"),
        ("UTC+03:00", "Etc/GMT-3"),
        ("UTC+0", "UTC"),
        ("Etc/GMT+3", "Etc/GMT+3"),
    ],
)
def test_resolve_timezone_accepts_what_people_type(typed: str, expected: str) -> None:
    assert chats.resolve_timezone(typed) == expected


@pytest.mark.parametrize("typed", ["Mars/Olympus", "", "../etc/passwd", "UTC+15"])
def test_resolve_timezone_refuses_unknown_zones_with_advice(typed: str) -> None:
    with pytest.raises(SettingError, match="Europe/Berlin"):
        chats.resolve_timezone(typed)


def test_a_half_hour_offset_names_the_places_at_that_offset() -> None:
    # No Etc zone has half hours; India (no daylight saving) is always at UTC+5:30.
    with pytest.raises(SettingError, match="Asia/Kolkata") as info:
        chats.resolve_timezone("UTC+5:30")
    assert "no zone name of its own" in str(info.value)


@pytest.mark.parametrize(("typed", "named", "alias"),
                         [("UTC+5:30", "Asia/Kolkata", "Asia/Calcutta"),
                          ("UTC+5:45", "Asia/Kathmandu", "Asia/Katmandu")])
def test_an_offset_hint_names_only_canonical_zones(typed: str, named: str, alias: str) -> None:
    # tz keeps old names as aliases for old data (Asia/Calcutta); a hint offers the current one.
    with pytest.raises(SettingError, match=named) as info:
        chats.resolve_timezone(typed)
    assert alias not in str(info.value), str(info.value)


@pytest.mark.parametrize(("typed", "expected"),
                         [("Istanbul", "Europe/Istanbul"),
                          ("buenos aires", "America/Argentina/Buenos_Aires"),
                          ("Indianapolis", "America/Indiana/Indianapolis")])
def test_a_city_named_by_a_zone_and_its_old_alias_is_the_zone(typed: str, expected: str) -> None:
    # Asia/Istanbul is an alias of Europe/Istanbul: one place, not a choice to make.
    assert chats.resolve_timezone(typed) == expected


def test_set_timezone_moves_the_next_slot() -> None:
    chat = make_chat(subscribed=True, send_times=["08:00"])
    chats.set_timezone(chat, "Asia/Tokyo", NOW)
    assert chat.timezone == "Asia/Tokyo"
    assert chat.next_slot_at == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)


def test_size_limits_come_from_config() -> None:
    chat = make_chat()
    assert chats.set_size(chat, "3", Config()) == 3
    for bad in ["0", "11", "five", ""]:
        with pytest.raises(SettingError, match="1 to 10"):
            chats.set_size(chat, bad, Config())
    assert chat.digest_size == 3


def test_filter_terms_words_phrases_and_curly_quotes() -> None:
    include, exclude = chats.parse_filter_terms('+climate +"central bank" -sport “Wall  Street”')
    assert include == ["climate", "central bank", "Wall Street"]
    assert exclude == ["sport"]


@pytest.mark.parametrize(("typed", "why"), [("+", "needs a word"), ('+""', "empty phrase"),
                                             ("", "add words"), ("+" + "x" * 61, "at most 60")])
def test_filter_terms_refuse_bad_input(typed: str, why: str) -> None:
    with pytest.raises(SettingError, match=why):
        chats.parse_filter_terms(typed)


def test_filter_terms_drop_control_and_bidi_characters() -> None:
    include, _ = chats.parse_filter_terms("+cli\u202emate +\x1b[31mred")
    assert include == ["climate", "[31mred"]


def test_filter_terms_are_literal_text_not_patterns() -> None:
    include, _ = chats.parse_filter_terms("+.* +(a|b)")
    assert include == [".*", "(a|b)"]


def test_add_filters_merges_and_moves_terms_between_lists() -> None:
    chat = make_chat()
    chats.add_filters(chat, "+climate -sport")
    chats.add_filters(chat, "+Sport +CLIMATE")
    assert chat.include_terms == ["climate", "Sport"]
    assert chat.exclude_terms == []
    chats.clear_filters(chat)
    assert (chat.include_terms, chat.exclude_terms) == ([], [])


def test_remove_filters_takes_out_single_terms_from_either_list() -> None:
    chat = make_chat()
    chats.add_filters(chat, '+climate +"central bank" -football')
    assert chats.remove_filters(chat, 'Climate “central  bank”') == ["climate", "central bank"]
    assert (chat.include_terms, chat.exclude_terms) == ([], ["football"])
    with pytest.raises(SettingError, match="'sport' is not one of your filters"):
        chats.remove_filters(chat, "football sport")
    assert chat.exclude_terms == ["football"]  # nothing is half-applied
    assert chats.remove_filters(chat, "-football") == ["football"]
    with pytest.raises(SettingError, match="no filters to remove"):
        chats.remove_filters(chat, "climate")
    with pytest.raises(SettingError, match="which"):
        chats.remove_filters(make_chat(include_terms=["a"]), " ")


@pytest.mark.parametrize(("typed", "quoted"), [('+"central bank -football', '+"central bank'),
                                               ("-“transfer news", "-“transfer news"),
                                               ('+a "b c', '"b c')])
def test_an_unclosed_phrase_is_refused_and_quoted(typed: str, quoted: str) -> None:
    with pytest.raises(SettingError, match="no closing quote") as info:
        chats.parse_filter_terms(typed)
    assert repr(quoted)[:-1] in str(info.value), str(info.value)


def test_add_filters_caps_the_number_of_terms() -> None:
    chat = make_chat()
    chats.add_filters(chat, " ".join(f"+w{i}" for i in range(20)))
    with pytest.raises(SettingError, match="at most 20"):
        chats.add_filters(chat, "+one_more")
    assert len(chat.include_terms) == 20


def test_language_and_topic() -> None:
    chat = make_chat(type="supergroup")
    assert chats.set_language(chat, "DE") == "de"
    with pytest.raises(SettingError, match="choose one of"):
        chats.set_language(chat, "klingon")
    chats.set_topic(chat, 42)
    assert chat.thread_id == 42
    with pytest.raises(SettingError, match="forum"):
        chats.set_topic(make_chat(type="group"), 7)


async def test_migrate_chat_keeps_settings_and_replaces_an_empty_new_row(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    config = Config()
    async with sessions() as session, session.begin():
        old = await chats.get_or_create_chat(session, -5, config, chat_type="group")
        chats.add_filters(old, "+climate")
        chats.subscribe(old, NOW)
        await chats.get_or_create_chat(session, -1005, config, chat_type="supergroup")
    async with sessions() as session, session.begin():
        moved = await chats.migrate_chat(session, -5, -1005)
        assert moved is not None
    async with sessions() as session:
        rows = (await session.execute(select(Chat))).scalars().all()
        assert [(c.telegram_id, c.type, c.include_terms, c.subscribed) for c in rows] == [
            (-1005, "supergroup", ["climate"], True)
        ]
    async with sessions() as session, session.begin():
        # Hearing of the same migration twice changes nothing.
        again = await chats.migrate_chat(session, -5, -1005)
        assert again is not None and again.include_terms == ["climate"]


def test_contact_revives_unreachable_chats_but_not_stopped_ones() -> None:
    blocked = make_chat(subscribed=True)
    chats.deactivate(blocked, "blocked the bot", NOW)
    chats.note_contact(blocked, NOW)
    assert blocked.active and blocked.next_slot_at is not None
    stopped = make_chat(subscribed=True)
    chats.deactivate(stopped, chats.STOPPED, NOW)
    chats.note_contact(stopped, NOW)
    assert chats.is_stopped(stopped) and stopped.next_slot_at is None


async def test_migration_keeps_the_digests_queued_for_the_new_row(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    from digests.store.models import Digest

    config = Config()
    slot = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
    async with sessions() as session, session.begin():
        old = await chats.get_or_create_chat(session, -6, config, chat_type="group")
        newer = await chats.get_or_create_chat(session, -1006, config, chat_type="supergroup")
        session.add(Digest(chat_id=old.id, slot_at=slot, parts=["old slot"]))
        session.add(Digest(chat_id=newer.id, slot_at=slot, parts=["same slot, newer row"]))
        session.add(Digest(chat_id=newer.id, kind="manual", parts=["asked for"]))
    async with sessions() as session, session.begin():
        moved = await chats.migrate_chat(session, -6, -1006)
        assert moved is not None
        moved_id = moved.id
    async with sessions() as session:
        digests = (await session.scalars(select(Digest).order_by(Digest.id))).all()
        assert [(d.chat_id, d.parts[0]) for d in digests] == [
            (moved_id, "old slot"), (moved_id, "same slot, newer row"), (moved_id, "asked for"),
        ]
        assert [d.slot_at for d in digests] == [slot, None, None]
        assert await session.scalar(select(func.count()).select_from(Chat)) == 1


@pytest.mark.parametrize("typed", ["localtime", "posixrules", "Factory", "right/UTC",
                                   "posix/Europe/Berlin"])
def test_resolve_timezone_refuses_zone_files_that_are_not_places(typed: str) -> None:
    # zoneinfo loads these files too, but they are the host's own setting, a compiler default,
    # a placeholder zone and leap-second variants: none of them is a place's time.
    with pytest.raises(SettingError, match="Europe/Berlin"):
        chats.resolve_timezone(typed)


@pytest.mark.parametrize(
    ("name", "shown"),
    [("Etc/GMT-3", "UTC+3"), ("Etc/GMT+5", "UTC-5"), ("Etc/GMT-14", "UTC+14"),
     ("Etc/GMT+0", "UTC"), ("Europe/Berlin", "Europe/Berlin"), ("UTC", "UTC")],
)
def test_offset_zones_are_shown_the_way_people_write_them(name: str, shown: str) -> None:
    assert chats.zone_shown(name) == shown
    assert chats.resolve_timezone(shown) in {name, "UTC"}
