"""What the bot says, in Telegram HTML. Every value a person or a feed typed is escaped here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from bot.commands import help_lines
from digests.chats import LANGUAGES, zone_shown
from digests.compose.text import format_since
from digests.store.models import Chat


def esc(text: str) -> str:
    return escape(text, quote=False)


def local_time(moment: datetime, timezone: str) -> str:
    """'Sat 28 Mar, 08:00' in the chat's zone."""
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{local:%a} {local.day} {local:%b, %H:%M}"


def zone_name(chat: Chat) -> str:
    """The chat's zone as people write it: 'UTC+3', not its POSIX name 'Etc/GMT-3'."""
    return esc(zone_shown(chat.timezone))


def times_list(times: Sequence[str]) -> str:
    return ", ".join(times) if times else "none"


def next_digest(chat: Chat) -> str:
    if chat.next_slot_at is None:
        return ""
    return f"\nNext digest: {local_time(chat.next_slot_at, chat.timezone)}."


def welcome(first_name: str, chat: Chat, *, may_subscribe: bool = True) -> str:
    greeting = f"Hi {esc(first_name)}! " if first_name else "Hi! "
    if chat.subscribed and chat.active:
        status = (f"You are subscribed: a digest arrives at {times_list(chat.send_times)} "
                  f"({zone_name(chat)}).")
    elif may_subscribe:
        status = "Send /subscribe to get one every day, or /digest for the latest now."
    else:
        status = ("An administrator can send /subscribe to get one every day; "
                  "/digest gets the latest now.")
    return (f"{greeting}I turn the news into short digests: the key points of each story and "
            f"what people said.\n{status}\n/help lists everything I can do.")


def help_text() -> str:
    lines = "\n".join(esc(line) for line in help_lines())
    return (f"<b>What I can do</b>\n{lines}\n\n"
            "Examples: <code>/time 08:00,18:30</code> · <code>/timezone Europe/Berlin</code> · "
            "<code>/filter +climate -\"transfer news\"</code>\n"
            "In groups, only administrators change settings.")


def subscribed(chat: Chat, *, newly: bool) -> str:
    head = "Subscribed!" if newly else "You are already subscribed."
    return (f"{head} Digests arrive at {times_list(chat.send_times)} ({zone_name(chat)})."
            f"{next_digest(chat)}\nChange it with /time or /timezone; /digest sends one now.")


def unsubscribed(*, was_subscribed: bool) -> str:
    if not was_subscribed:
        return "You were not subscribed. /subscribe starts daily digests."
    return ("Unsubscribed: no more daily digests. Your settings are kept; "
            "/subscribe brings them back, and /digest still works any time.")


def nothing_new(chat: Chat, now: datetime) -> str:
    if chat.cursor_at is None:
        return "Nothing new yet. I will have news once my sources publish; try again later."
    since = format_since(chat.cursor_at, chat.timezone, now)
    return f"Nothing new since {esc(since)}. Try again later."


def subscribe_tip(*, group: bool = False) -> str:
    """The line that ends a chat's first /digest when it is not subscribed. Plain text, not
    HTML: it travels in the digest, whose renderer escapes it."""
    # In a group only an administrator's /subscribe works; members would only be refused.
    who = "an administrator can send /subscribe" if group else "send /subscribe"
    return f"Tip: {who} to get a digest like this every day."


def times_shown(chat: Chat, *, group: bool = False) -> str:
    if chat.subscribed and chat.active:
        head = (f"Digests arrive at {times_list(chat.send_times)} ({zone_name(chat)})."
                f"{next_digest(chat)}")
    else:
        # Saying "digests arrive at 08:00" to a chat that gets none would promise news.
        # /subscribe also brings a stopped chat back; /start brings back only what it had.
        if not chat.active and chat.subscribed:
            why = "I am stopped in this chat"
            who = ("an administrator can send /start or /subscribe" if group
                   else "/start or /subscribe brings them back")
        else:
            why = ("I am stopped in this chat and it is not subscribed" if not chat.active
                   else "this chat is not subscribed")
            who = "an administrator can send /subscribe" if group else "/subscribe starts them"
        head = (f"Send times: {times_list(chat.send_times)} ({zone_name(chat)}), but {why}, "
                f"so no digests arrive; {who}.")
    return (f"{head}\nTo change: <code>/time 08:00</code> or "
            "<code>/time 07:30,19:00</code>.")


def times_set(chat: Chat) -> str:
    tail = next_digest(chat) if chat.subscribed else "\n/subscribe to start receiving them."
    return f"Done: digests at {times_list(chat.send_times)} ({zone_name(chat)}).{tail}"


def timezone_prompt(chat: Chat) -> str:
    return (f"Your time zone is {zone_name(chat)}. Pick a region, or type "
            "<code>/timezone Area/City</code>, e.g. <code>/timezone America/New_York</code>.")


def named_for_an_offset(zone: str, now: datetime) -> bool:
    """Etc/GMT-3, EST, MST, HST, GMT: zones that are an offset rather than a place. Their clocks
    never move for summer time, while the people who type them often live where clocks do (EST
    for New York, GMT for London). UTC is meant as itself."""
    tz = ZoneInfo(zone)
    winter, summer = (datetime(now.year, month, 1, tzinfo=tz) for month in (1, 7))
    if winter.utcoffset() != summer.utcoffset():
        return False  # EST5EDT, CET: they do follow summer time
    abbreviation = winter.tzname() or ""
    return abbreviation != "UTC" and (zone.startswith("Etc/GMT") or zone.startswith(abbreviation))


def timezone_set(chat: Chat, now: datetime) -> str:
    # A fixed offset never moves for summer time; where the clocks do, a city keeps up with them.
    fixed = (f"\n{zone_name(chat)} is a fixed offset with no summer time: if your clocks change, "
             "type your city instead." if named_for_an_offset(chat.timezone, now) else "")
    return (f"Time zone set to {zone_name(chat)} (it is {local_time(now, chat.timezone)} "
            f"there).{fixed}{next_digest(chat)}")


def filters_shown(chat: Chat) -> str:
    if not chat.include_terms and not chat.exclude_terms:
        body = "No filters: you get every story."
    else:
        body = _filter_lines(chat)
    remove = ("remove one: <code>/filter remove climate</code> · "
              if chat.include_terms or chat.exclude_terms else "")
    return (f"{body}\nAdd: <code>/filter +climate +\"central bank\" -football</code> · "
            f"{remove}remove all: <code>/filter clear</code>")


def _filter_lines(chat: Chat) -> str:
    lines = []
    if chat.include_terms:
        lines.append("Only stories about: " + ", ".join(esc(t) for t in chat.include_terms))
    if chat.exclude_terms:
        lines.append("Never stories about: " + ", ".join(esc(t) for t in chat.exclude_terms))
    return "\n".join(lines)


def filters_set(chat: Chat) -> str:
    return (f"Filters saved.\n{_filter_lines(chat)}\n"
            "<code>/filter remove word</code> removes one, /filter clear all of them.")


def filters_removed(chat: Chat, removed: Sequence[str]) -> str:
    left = (_filter_lines(chat) if chat.include_terms or chat.exclude_terms
            else "No filters left: you get every story.")
    return f"Removed: {esc(', '.join(removed))}.\n{left}"


def filters_cleared() -> str:
    return "Filters cleared: you get every story again."


# A problem quotes back what the person typed; a pasted screenful would push the reply past
# Telegram's 4096 characters, so only its start and its end (the advice) are kept.
MAX_PROBLEM_CHARS = 500


def _shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = limit // 3
    return f"{text[:head]}…{text[-(limit - head - 1):]}"


def bad_input(problem: str, example: str) -> str:
    """A short 'what is wrong, what to type instead' reply."""
    shown = esc(_shortened(problem, MAX_PROBLEM_CHARS))
    return f"Sorry, {shown}.\nTry: <code>{esc(example)}</code>"


def settings_summary(chat: Chat, *, closed: bool = False) -> str:
    """The /settings message; ``closed`` once its buttons are gone (after Done)."""
    state = "subscribed" if chat.subscribed and chat.active else "not subscribed"
    # A thread id means nothing to people; the topic's name is not something the bot keeps.
    topic = "\nSent to: the topic chosen with /topic" if chat.thread_id else ""
    language = LANGUAGES.get(chat.language, chat.language)
    return (f"<b>Settings</b> ({state})\n"
            f"Stories per digest: {chat.digest_size}\n"
            f"Times: {times_list(chat.send_times)}\n"
            f"Time zone: {zone_name(chat)}\n"
            f"Article language: {esc(language)}{topic}{next_digest(chat)}\n"
            f"{'Send /settings to change them.' if closed else 'Tap a button to change it.'}")


def _way_back(chat: Chat, *, group: bool) -> str:
    """How a stopped chat comes back, ending a sentence: /start does, and so does /subscribe,
    which also turns daily digests on (for a subscribed chat the two are the same)."""
    # In a group a member's /start does not bring the bot back; only an administrator's does.
    who = "an administrator can send" if group else "send"
    if chat.subscribed:
        return f"{who} /start or /subscribe to come back"
    return f"{who} /start to come back (or /subscribe for daily digests too)"


def stopped(chat: Chat) -> str:
    return (f"Stopped: I will send nothing here. Your settings are kept — "
            f"{_way_back(chat, group=False)}.")


def stopped_here(chat: Chat, *, group: bool = False) -> str:
    way_back = _way_back(chat, group=group)
    sentence = way_back[:1].upper() + way_back[1:]
    return f"I am stopped in this chat, so I send nothing here. {sentence}."


def admins_only() -> str:
    return "Sorry, only this group's administrators can change its settings."


def subscribe_admins_only() -> str:
    return ("Sorry, only this group's administrators can subscribe it to daily digests. "
            "/digest gets the latest now.")


def bot_admins_only() -> str:
    return "Sorry, only the bot's administrators can add or remove sources."


def group_hello(title: str) -> str:
    where = f" to {esc(title)}" if title else ""
    return (f"Hello! Thanks for adding me{where}. I send short news digests.\n"
            "An administrator can send /subscribe to get one every day, /digest for one now, "
            "and /help for everything else.")


def topic_set(thread_id: int | None) -> str:
    if thread_id is None:
        return ("Digests will go to the General topic. Send /topic inside another topic to move "
                "them there.")
    return "Digests will go to this topic from now on."


def topic_notice(thread_id: int | None) -> str:
    return "Digests go to this topic" if thread_id is not None else "Digests go to General"


def topic_needs_forum() -> str:
    return "Topics exist only in forum groups; here digests go to the chat itself."


def unknown_command(name: str) -> str:
    return f"I don't know /{esc(name)}. /help lists what I can do."


def not_a_command() -> str:
    return "I only understand commands, like /digest for the latest news. /help lists them all."


def unknown_button(command: str = "settings") -> str:
    return f"That button is no longer in use. Send /{command} for the current ones."


def buttons_again() -> str:
    """Above buttons sent anew because the message that had them can no longer be changed."""
    return "That message can no longer be changed, so here are its buttons again:"


def something_went_wrong() -> str:
    return "Sorry, something went wrong on my side. Please try again in a minute."


# Long names and addresses must not push /sources past Telegram's 4096 characters a message.
SOURCES_LIST_BUDGET = 3800


def sources_list(rows: Sequence[tuple[int, str, str, int]], *, more: bool) -> str:
    if not rows:
        return "No sources yet. The bot's administrators add them with /sources add URL."
    lines = []
    room = SOURCES_LIST_BUDGET
    for source_id, name, url, errors in rows:
        trouble = " ⚠️ failing" if errors else ""
        # Telegram counts the text as shown (entities parsed), in UTF-16 units.
        shown = f"{source_id}. {name or url} — {url}{trouble}\n"
        room -= len(shown.encode("utf-16-le")) // 2
        if room < 0:
            more = True
            break
        lines.append(f"{source_id}. {esc(name or url)} — <code>{esc(url)}</code>{trouble}")
    tail = "\n…and more." if more else ""
    return "<b>Sources</b>\n" + "\n".join(lines) + tail


def source_added(source_id: int, url: str, kind: str) -> str:
    what = "feed" if kind == "feed" else "page"
    return (f"Added source {source_id} ({what}): <code>{esc(url)}</code>. "
            "Its stories appear after the next poll.")


def source_removed(source_id: int, articles_kept: int) -> str:
    kept = f" Its {articles_kept} stored articles stay." if articles_kept else ""
    return f"Removed source {source_id}.{kept}"
