"""/sources: everyone sees where the news comes from; the bot's administrators add and remove.

Removing a source only stops polling it: its articles stay, and adding it again resumes it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import select
from telegram import Update

from bot import texts
from bot.handlers.common import Context, command_args, is_bot_admin, reply, services
from digests.compose.text import safe_link
from digests.store.models import Source

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
        await reply(update, await _add(context, rest.strip()))
    else:
        await reply(update, await _remove(context, rest.strip()))


async def _listing(context: Context) -> str:
    async with services(context).sessions() as session:
        rows = (await session.execute(
            select(Source).where(Source.active.is_(True)).order_by(Source.id).limit(MAX_LISTED + 1)
        )).scalars().all()
    return texts.sources_list([(s.id, s.name, s.url, s.error_count) for s in rows[:MAX_LISTED]],
                              more=len(rows) > MAX_LISTED)


async def _add(context: Context, url: str) -> str:
    link = safe_link(url)
    if link is None:
        return texts.bad_input("that is not an http(s) address of a feed or page", USAGE_ADD)
    svc = services(context)
    async with svc.sessions() as session, session.begin():
        source = (await session.execute(select(Source).where(Source.url == link))).scalar()
        existed = source is not None and source.active
        if source is None:
            source = Source(url=link, kind="feed", name=urlsplit(link).hostname or "",
                            active=True, error_count=0)
            session.add(source)
        source.active = True
        source.next_poll_at = svc.clock()
        await session.flush()
        source_id = source.id
    return texts.source_added(source_id, link, existed=existed)


async def _remove(context: Context, wanted: str) -> str:
    if not wanted.isdigit():
        return texts.bad_input("give the number /sources shows before the source", USAGE_REMOVE)
    async with services(context).sessions() as session, session.begin():
        source = await session.get(Source, int(wanted))
        if source is None or not source.active:
            return texts.bad_input(f"there is no source {wanted}; /sources lists them",
                                   USAGE_REMOVE)
        source.active = False
        source.next_poll_at = None
    return texts.source_removed(int(wanted))
