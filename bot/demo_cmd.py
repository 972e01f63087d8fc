"""`newsdigest demo`: the offline demo (the stand-in plus the real bot), printed as a chat."""

from __future__ import annotations

import argparse
from typing import Any

from bot.demo import run_demo
from digests.cli import EXIT_USAGE, CliContext


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "demo",
        help="run the bot offline against a local Bot API stand-in and print the conversation",
        description=(
            "Start a local Bot API stand-in and the real bot, load the bundled sample articles, "
            "and play a user who subscribes, asks for /digest and receives a scheduled digest. "
            "Needs no token and no network."
        ),
    )
    parser.add_argument(
        "--speed", type=float, default=60.0, metavar="X",
        help="how much faster than real time the demo clock runs (default: 60, a minute a second)",
    )
    parser.set_defaults(handler=demo_handler)


async def demo_handler(args: argparse.Namespace, ctx: CliContext) -> int:
    if not 1.0 <= args.speed <= 600.0:
        ctx.error(f"--speed {args.speed:g} is out of range; use a number from 1 to 600")
        return EXIT_USAGE
    return await run_demo(ctx.config, ctx.stdout, speed=args.speed)
