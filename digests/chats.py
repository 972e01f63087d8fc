"""A chat's digest settings: what people may change, validated, with no Telegram types.

Every setter either applies a valid change or raises :class:`SettingError` with a message that
says what to type instead; nothing is half-applied. Callers own the session and the transaction.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from digests.compose.text import showable, zone_shown
from digests.config import Config
from digests.schedule import zone_names
from digests.schedule.slots import ScheduleError, reschedule
from digests.schedule.typed_times import parse_times
from digests.store.models import Chat, Digest, DigestItem, Subscription

MAX_FILTER_TERMS = 20
MAX_TERM_LENGTH = 60
# Languages a chat can prefer for its articles; the bot itself answers in English.
LANGUAGES: dict[str, str] = {
    "any": "Any language",
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "ru": "Русский",
    "uk": "Українська",
}
GROUP_TYPES = frozenset({"group", "supergroup"})
STOPPED = "stopped"  # the inactive_reason of a chat whose people sent /stop

# Phones turn straight quotes into curly ones; all of these open or close a phrase.
_QUOTES = "\"“”„«»"
_TERM = re.compile(rf"([+-]?)(?:[{_QUOTES}]([^{_QUOTES}]*)([{_QUOTES}]?)|([^\s{_QUOTES}]+))")


class SettingError(ValueError):
    """A setting someone typed that we cannot use; the message says what to type instead."""


async def find_chat(session: AsyncSession, telegram_id: int) -> Chat | None:
    result = await session.execute(select(Chat).where(Chat.telegram_id == telegram_id))
    return result.scalar_one_or_none()


async def get_or_create_chat(
    session: AsyncSession,
    telegram_id: int,
    config: Config,
    *,
    chat_type: str = "private",
    title: str = "",
) -> Chat:
    """The chat's row, created with the configured defaults on first contact."""
    chat = await find_chat(session, telegram_id)
    if chat is None:
        chat = Chat(
            telegram_id=telegram_id,
            type=chat_type,
            title=title,
            timezone=config.schedule.default_timezone,
            send_times=list(config.schedule.default_times),
            digest_size=config.digest.size,
            language="any",
            include_terms=[],
            exclude_terms=[],
            subscribed=False,
            active=True,
            cursor_article_id=0,
        )
        session.add(chat)
        await session.flush()
        return chat
    if chat_type and chat.type != chat_type:
        chat.type = chat_type
    if title and chat.title != title:
        chat.title = title
    return chat


def refresh_schedule(chat: Chat, now: datetime) -> None:
    """Only subscribed, active chats have a next slot; the tick finds due chats by it."""
    if chat.subscribed and chat.active and chat.send_times:
        reschedule(chat, now)
    else:
        chat.next_slot_at = None


def subscribe(chat: Chat, now: datetime) -> bool:
    """Subscribe the chat; returns False when it already was."""
    if not chat.send_times:
        raise SettingError("this chat has no send times; set some with /time 08:00")
    was = chat.subscribed and chat.active
    chat.subscribed = True
    chat.active = True
    chat.inactive_reason = None
    refresh_schedule(chat, now)
    return not was


def unsubscribe(chat: Chat, now: datetime) -> bool:
    """Stop scheduled digests (settings are kept); returns False when it was not subscribed."""
    was = chat.subscribed
    chat.subscribed = False
    refresh_schedule(chat, now)
    return was


def deactivate(chat: Chat, reason: str, now: datetime) -> None:
    """The bot cannot or may not write here (stopped, blocked, removed); settings are kept."""
    chat.active = False
    chat.inactive_reason = reason
    refresh_schedule(chat, now)


def note_contact(chat: Chat, now: datetime) -> None:
    """The chat just wrote to the bot: if it was switched off because the bot could not reach it
    (blocked, removed, not found), it is reachable again. A chat someone stopped stays stopped."""
    if not chat.active and chat.inactive_reason != STOPPED:
        reactivate(chat, now)


def is_stopped(chat: Chat) -> bool:
    return not chat.active and chat.inactive_reason == STOPPED


def reactivate(chat: Chat, now: datetime) -> None:
    chat.active = True
    chat.inactive_reason = None
    refresh_schedule(chat, now)


def set_times(chat: Chat, text: str, now: datetime) -> list[str]:
    try:
        times = parse_times(text)
    except ScheduleError as exc:
        raise SettingError(str(exc)) from None
    chat.send_times = times
    refresh_schedule(chat, now)
    return times


def resolve_timezone(text: str) -> str:
    """'europe/berlin', 'Berlin' or 'New York' -> the IANA name; SettingError when unknown."""
    try:
        return zone_names.resolve_timezone(text)
    except ScheduleError as exc:
        raise SettingError(str(exc)) from None


def set_timezone(chat: Chat, text: str, now: datetime) -> str:
    name = resolve_timezone(text)
    chat.timezone = name
    refresh_schedule(chat, now)
    return name


def parse_size(text: str, config: Config) -> int:
    top = config.digest.max_size
    try:
        size = int(text.strip())
    except ValueError:
        raise SettingError(f"the digest size is a number of stories from 1 to {top}") from None
    if not 1 <= size <= top:
        raise SettingError(f"the digest size must be from 1 to {top} stories, not {size}")
    return size


def set_size(chat: Chat, text: str, config: Config) -> int:
    chat.digest_size = parse_size(text, config)
    return chat.digest_size


def set_language(chat: Chat, code: str) -> str:
    code = code.strip().lower()
    if code not in LANGUAGES:
        raise SettingError(f"choose one of: {', '.join(LANGUAGES)}")
    chat.language = code
    return code


def set_topic(chat: Chat, thread_id: int | None) -> None:
    """Digests go to this forum topic (None: the chat's general topic)."""
    if thread_id is not None and chat.type != "supergroup":
        raise SettingError("topics exist only in forum supergroups")
    chat.thread_id = thread_id


def _typed_terms(text: str) -> list[tuple[str, str]]:
    """'+word +"a phrase" -word' -> [('+', 'word'), ('+', 'a phrase'), ('-', 'word')]; each
    term checked, and SettingError says what is wrong with the first bad one."""
    terms: list[tuple[str, str]] = []
    for match in _TERM.finditer(text):
        sign, phrase, closing, word = match.groups()
        if phrase is not None and not closing:
            # Read to the end, '+"central bank -football' would filter on that whole text.
            raise SettingError(f"{match.group(0).strip()!r} has no closing quote; end a phrase "
                               'with one, like +"central bank"')
        # Control and bidi-override characters would only garble how the terms are shown.
        term = showable(phrase if phrase is not None else word or "")
        if not term or term in {"+", "-"}:
            if phrase is not None:
                raise SettingError('an empty phrase ""; put words between the quotes')
            raise SettingError('a + or - needs a word after it, like +climate or -"celebrity news"')
        if len(term) > MAX_TERM_LENGTH:
            raise SettingError(f"a filter term can be at most {MAX_TERM_LENGTH} characters")
        terms.append((sign, term))
    return terms


def parse_filter_terms(text: str) -> tuple[list[str], list[str]]:
    """'+word +"a phrase" -word' -> (include, exclude). Terms are literal text, never patterns."""
    include: list[str] = []
    exclude: list[str] = []
    for sign, term in _typed_terms(text):
        (exclude if sign == "-" else include).append(term)
    if not include and not exclude:
        raise SettingError('add words with +word or -word, phrases with +"a phrase"')
    return include, exclude


def _merged(current: list[str], added: list[str], removed: list[str]) -> list[str]:
    gone = {t.casefold() for t in removed}
    result = [t for t in current if t.casefold() not in gone]
    known = {t.casefold() for t in result}
    for term in added:
        if term.casefold() not in known:
            known.add(term.casefold())
            result.append(term)
    return result


def add_filters(chat: Chat, text: str) -> tuple[list[str], list[str]]:
    """Add include (+) and exclude (-) terms; a term moves if it was on the other list."""
    include, exclude = parse_filter_terms(text)
    new_include = _merged(list(chat.include_terms), include, exclude)
    new_exclude = _merged(list(chat.exclude_terms), exclude, include)
    total = len(new_include) + len(new_exclude)
    if total > MAX_FILTER_TERMS:
        have = len(chat.include_terms) + len(chat.exclude_terms)
        # "Remove some first" only helps when some are there to remove.
        advice = f"; /filter clear removes the {have} you have" if have else ""
        raise SettingError(f"at most {MAX_FILTER_TERMS} filter terms, and that makes {total}"
                           f"{advice}")
    chat.include_terms = new_include
    chat.exclude_terms = new_exclude
    return new_include, new_exclude


def remove_filters(chat: Chat, text: str) -> list[str]:
    """Take single terms out of either list ('climate "central bank"'; a + or - is ignored).

    Returns them as they were stored; a term that is not there changes nothing.
    """
    current = [*chat.include_terms, *chat.exclude_terms]
    if not current:
        raise SettingError("you have no filters to remove")
    stored = {term.casefold(): term for term in current}
    removed: list[str] = []
    for _sign, term in _typed_terms(text):
        found = stored.get(term.casefold())
        if found is None:
            raise SettingError(f"{term!r} is not one of your filters; /filter shows them")
        if found not in removed:
            removed.append(found)
    if not removed:
        raise SettingError("say which filter to remove")
    gone = {term.casefold() for term in removed}
    chat.include_terms = [t for t in chat.include_terms if t.casefold() not in gone]
    chat.exclude_terms = [t for t in chat.exclude_terms if t.casefold() not in gone]
    return removed


def clear_filters(chat: Chat) -> None:
    chat.include_terms = []
    chat.exclude_terms = []


async def migrate_chat(session: AsyncSession, old_id: int, new_id: int) -> Chat | None:
    """A group became a supergroup: its settings follow it to the new id.

    The old row (with its settings, cursor and history) wins over a row the bot may already have
    made for the new id; that row's digests, delivered stories and source choices move to the
    old row before it goes, so nothing queued or recorded is lost.
    """
    old = await find_chat(session, old_id)
    if old is None:
        return await find_chat(session, new_id)
    newer = await find_chat(session, new_id)
    if newer is not None:
        await _move_history(session, source=newer.id, target=old.id)
        await session.delete(newer)
        await session.flush()
    old.telegram_id = new_id
    old.type = "supergroup"
    await session.flush()
    return old


async def _move_history(session: AsyncSession, *, source: int, target: int) -> None:
    taken_slots = select(Digest.slot_at).where(
        Digest.chat_id == target, Digest.slot_at.is_not(None)
    )
    # One digest per chat and slot: a clashing one is kept, as an unscheduled digest.
    await session.execute(
        update(Digest)
        .where(Digest.chat_id == source, Digest.slot_at.in_(taken_slots))
        .values(slot_at=None)
    )
    await session.execute(update(Digest).where(Digest.chat_id == source).values(chat_id=target))
    await session.execute(
        update(DigestItem).where(DigestItem.chat_id == source).values(chat_id=target)
    )
    chosen = select(Subscription.source_id).where(Subscription.chat_id == target)
    await session.execute(
        update(Subscription)
        .where(Subscription.chat_id == source, Subscription.source_id.not_in(chosen))
        .values(chat_id=target)
    )


__all__ = [
    "GROUP_TYPES", "LANGUAGES", "MAX_FILTER_TERMS", "STOPPED", "SettingError", "add_filters",
    "clear_filters", "deactivate", "find_chat", "get_or_create_chat", "is_stopped",
    "migrate_chat", "note_contact", "parse_filter_terms", "parse_size", "reactivate",
    "refresh_schedule", "remove_filters", "resolve_timezone", "set_language", "set_size",
    "set_times", "set_timezone", "set_topic", "subscribe", "unsubscribe", "zone_shown",
]
