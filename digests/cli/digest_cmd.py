"""``newsdigest digest --chat ID --preview [--html] [--all]``: what a chat would get now.

A preview only reads: it neither sends nor moves the chat's cursor, so it can be run at any time
against a live database.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from digests.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CliContext
from digests.compose import ComposedDigest, compose_digest, render_parts, render_text
from digests.config import Config
from digests.store.db import DatabaseUrlError, create_engine, session_factory
from digests.store.migrate import upgrade_database
from digests.store.models import Chat


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "digest",
        help="preview the digest a chat would get now",
        description="Show what a chat would get now, without sending it or moving its cursor.",
    )
    parser.add_argument("--chat", required=True, type=int, metavar="ID",
                        help="the chat's Telegram id (negative for groups)")
    parser.add_argument("--preview", action="store_true",
                        help="only show the digest (sending is the bot's job)")
    parser.add_argument("--html", action="store_true",
                        help="print the Telegram HTML messages instead of plain text")
    parser.add_argument("--all", action="store_true", dest="include_seen",
                        help="include stories the chat already got")
    parser.set_defaults(handler=run)


async def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if not args.preview:
        ctx.error("digest: add --preview (the command line only previews; the bot sends digests)")
        return EXIT_USAGE
    config = ctx.config
    url = config.database.url
    try:
        await upgrade_database(url)
        digest = await _compose(url, config, args.chat, include_seen=args.include_seen)
    except DatabaseUrlError as exc:
        ctx.error(f"[database] url {_safe(url)}: {exc}")
        return EXIT_USAGE
    except (SQLAlchemyError, OSError) as exc:
        safe_url = _safe(url)
        ctx.error(f"database {safe_url}: {type(exc).__name__}: {exc}".splitlines()[0])
        return EXIT_FAILED
    if digest is None:
        ctx.error(
            f"no chat with Telegram id {args.chat} in the database "
            "(a chat appears once it has talked to the bot)"
        )
        return EXIT_FAILED
    _print(digest, ctx, as_html=args.html)
    return EXIT_OK


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


async def _compose(
    url: str, config: Config, telegram_id: int, *, include_seen: bool
) -> ComposedDigest | None:
    engine = create_engine(url)
    try:
        async with session_factory(engine)() as session:
            chat = await session.scalar(select(Chat).where(Chat.telegram_id == telegram_id))
            if chat is None:
                return None
            return await compose_digest(
                session, chat, config, now=datetime.now(UTC), include_seen=include_seen
            )
    finally:
        await engine.dispose()


def _print(digest: ComposedDigest, ctx: CliContext, *, as_html: bool) -> None:
    if not as_html:
        ctx.stdout.write(render_text(digest))
        return
    parts = render_parts(digest)
    for number, part in enumerate(parts, start=1):
        preview = f"preview {part.preview_url}" if part.preview_url else "no preview"
        print(f"--- message {number}/{len(parts)} ({preview}) ---", file=ctx.stdout)
        print(part.html, file=ctx.stdout)
