"""``newsdigest db upgrade|current``: apply or show schema migrations."""

from __future__ import annotations

import argparse
from typing import Any

from digests.cli import EXIT_FAILED, EXIT_OK, CliContext
from digests.store.migrate import current_revision, head_revision, upgrade_database


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "db",
        help="database schema: upgrade to the latest, or show the current revision",
        description="Migrations are applied automatically at start; this runs them by hand.",
    )
    parser.add_argument("action", choices=["upgrade", "current"],
                        help="upgrade: migrate to the latest schema; current: print the revision")
    parser.set_defaults(handler=run)


async def run(args: argparse.Namespace, ctx: CliContext) -> int:
    url = ctx.config.database.url
    try:
        if args.action == "upgrade":
            await upgrade_database(url)
        current = await current_revision(url)
    except Exception as exc:  # any driver error: say which database and why, in one line
        ctx.error(f"database {_safe(url)}: {type(exc).__name__}: {exc}".splitlines()[0])
        return EXIT_FAILED
    head = head_revision()
    state = "up to date" if current == head else f"behind (latest is {head})"
    print(f"database revision {current or 'none'}: {state}", file=ctx.stdout)
    return EXIT_OK


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
