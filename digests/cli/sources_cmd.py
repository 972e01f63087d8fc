"""``newsdigest sources add URL [--name NAME] | list [--json] | remove ID_OR_URL``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from digests.cli import EXIT_FAILED, EXIT_OK, CliContext
from digests.ingest.database import database_error, open_database
from digests.ingest.pending import waiting_by_source
from digests.ingest.sources import SourceError, add_source, list_sources, remove_source
from digests.store.models import Source


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sources",
        help="the feeds and sites to poll: add, list, remove",
        description="Manage the sources 'newsdigest poll' fetches. Adding a site's page finds "
        "the feed it announces, if any.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add a feed or a page (checked by fetching it)",
        description="Fetch URL and add it: a feed as it is, a page by the feed it announces "
        "(or, announcing none, as a page to watch).",
    )
    add.add_argument("url", metavar="URL", help="an http(s) address of a feed or a news page")
    add.add_argument("--name", help="what digests call it (default: the feed's title)")
    listing = actions.add_parser("list", help="list sources with their polling state",
                                 description="Every source with its id, kind, address and "
                                 "polling state (next poll, errors).")
    listing.add_argument("--json", action="store_true", help="one JSON object per source")
    remove = actions.add_parser("remove", help="remove a source; its articles stay",
                                description="Stop polling a source; articles already stored "
                                "from it stay.")
    remove.add_argument("source", metavar="ID_OR_URL",
                        help="the id 'newsdigest sources list' shows, or the source's address")
    parser.set_defaults(handler=run)


async def run(args: argparse.Namespace, ctx: CliContext) -> int:
    url = ctx.config.database.url
    try:
        async with open_database(url) as sessions, sessions() as session:
            if args.action == "add":
                source = await add_source(session, args.url, ctx.config.fetch, name=args.name)
                print(f"added source {source.id}: {source.kind} {source.url}"
                      f"{f' ({source.name})' if source.name else ''}", file=ctx.stdout)
            elif args.action == "remove":
                source, kept = await remove_source(session, args.source)
                print(f"removed source {source.id} ({source.url}); "
                      f"{kept} of its articles stay", file=ctx.stdout)
            else:
                waiting = await waiting_by_source(session)
                _print_list(await list_sources(session), waiting, ctx, as_json=args.json)
    except SourceError as exc:
        ctx.error(str(exc))
        return EXIT_FAILED
    except BrokenPipeError:
        raise  # the reader went away (| head): not a database problem
    except (SQLAlchemyError, OSError) as exc:
        ctx.error(database_error(url, exc))
        return EXIT_FAILED
    return EXIT_OK


def _state(source: Source, waiting: int) -> str:
    if not source.active:
        state = "inactive"
    elif source.error_count:
        state = f"{source.error_count} error(s): {source.last_error or ''}"
    else:
        state = "ok" if source.last_polled_at else "never polled"
    # Pages that failed for a passing reason (429, 5xx, timeouts) and are fetched again later.
    return f"{state}; {waiting} page(s) to fetch again" if waiting else state


def _print_list(
    sources: list[Source], waiting: dict[int, int], ctx: CliContext, *, as_json: bool
) -> None:
    if as_json:
        for s in sources:
            print(json.dumps({
                "id": s.id, "url": s.url, "kind": s.kind, "name": s.name, "active": s.active,
                "error_count": s.error_count, "last_error": s.last_error,
                "last_polled_at": s.last_polled_at.isoformat() if s.last_polled_at else None,
                "next_poll_at": s.next_poll_at.isoformat() if s.next_poll_at else None,
                "pages_waiting": waiting.get(s.id, 0),
            }, ensure_ascii=False), file=ctx.stdout)
        return
    if not sources:
        print("no sources yet; add one with 'newsdigest sources add URL'", file=ctx.stdout)
        return
    for s in sources:
        due = s.next_poll_at.strftime("%Y-%m-%d %H:%M UTC") if s.next_poll_at else "now"
        state = _state(s, waiting.get(s.id, 0))
        print(f"{s.id}\t{s.kind}\t{s.name or '-'}\t{s.url}\tnext poll {due}\t{state}",
              file=ctx.stdout)
