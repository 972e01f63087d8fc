"""/sources: everyone sees where the news comes from; the bot's administrators add and remove.

The work is digests.ingest.sources' (the same as `newsdigest sources`): adding fetches the address
under the fetch policy (no private addresses, size and time limits) and finds the feed a page
announces; removing keeps the source's articles.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatAction

from bot import texts
from bot.handlers.common import Context, command_args, is_bot_admin, reply, services
from digests.ingest.sources import SourceError, add_source, list_sources, remove_source

MAX_LISTED = 30
USAGE_ADD = "/sources add https://example.com/feed.xml"
USAGE_REMOVE = "/sources remove 3"


async def sources_command(update: Update, context: Context) -> None:
    action, _, rest = command_args(context).partition(" ")
    action = action.lower()
    if not action or action == "list":
        await reply(update, await _listing(context))
        return
    if action not in {"add", "remove"}:
        problem = f"I can only list, add or remove sources, not {action!r}"
        await reply(update, texts.bad_input(problem, USAGE_ADD))
        return
    if not is_bot_admin(update, context):
        await reply(update, texts.bot_admins_only())
        return
    if action == "add":
        await reply(update, await _add(update, context, rest.strip()))
    else:
        await reply(update, await _remove(context, rest.strip()))


async def _listing(context: Context) -> str:
    async with services(context).sessions() as session:
        rows = await list_sources(session)
    shown = [(s.id, s.name, s.url, s.error_count) for s in rows[:MAX_LISTED]]
    return texts.sources_list(shown, more=len(rows) > MAX_LISTED)


def with_scheme(address: str) -> str:
    """'example.com/feed.xml' -> 'https://example.com/feed.xml', as a browser reads it: people
    copy addresses without their https:// and would otherwise be told about URL schemes."""
    host = address.split("/", 1)[0]
    if "://" in address or "." not in host or any(c.isspace() for c in address):
        return address
    return f"https://{address}"


async def _add(update: Update, context: Context, url: str) -> str:
    if not url:
        return texts.bad_input("give the address of a feed or a news page", USAGE_ADD)
    url = with_scheme(url)
    chat = update.effective_chat
    if chat is not None:
        # Fetching the address to find its feed can take a few seconds.
        await context.bot.send_chat_action(chat.id, ChatAction.TYPING)
    svc = services(context)
    async with svc.sessions() as session:
        try:
            source = await add_source(session, url, svc.config.fetch)
        except SourceError as exc:
            return texts.bad_input(f"I could not add that source: {exc}", USAGE_ADD)
        return texts.source_added(source.id, source.url, source.kind)


async def _remove(context: Context, wanted: str) -> str:
    if not wanted.isdigit():
        return texts.bad_input("give the number /sources shows before the source", USAGE_REMOVE)
    async with services(context).sessions() as session:
        try:
            source, kept = await remove_source(session, wanted)
        except SourceError:
            return texts.bad_input(f"there is no source {wanted}; /sources lists them",
                                   USAGE_REMOVE)
    return texts.source_removed(source.id, kept)
