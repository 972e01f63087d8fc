"""`newsdigest COMMAND --help` says what the command does and what every argument is."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from bot.cli import BOT_COMMAND_MODULES
from digests.cli import build_parser

Parsers = Iterator[tuple[str, argparse.ArgumentParser]]


def _parsers(parser: argparse.ArgumentParser, name: str) -> Parsers:
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            seen: set[int] = set()
            for sub_name, sub in action.choices.items():
                if id(sub) not in seen:  # an alias ("analyse") is the same parser
                    seen.add(id(sub))
                    yield from _parsers(sub, f"{name} {sub_name}")


def test_every_command_describes_itself_and_every_argument() -> None:
    missing = []
    for name, parser in _parsers(build_parser(BOT_COMMAND_MODULES), "newsdigest"):
        if not parser.description:
            missing.append(f"{name}: no description")
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            if not action.help:
                missing.append(f"{name}: {action.dest} has no help")
    assert missing == []
