"""The command line: one parser, sub-commands discovered from ``digests/cli/*_cmd.py``.

Each command module has ``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``handler(args, ctx) -> int`` (or a coroutine function; it is run with asyncio).
Exit codes: 0 success, 1 the work failed (some inputs could not be handled), 2 bad usage or
configuration, 130 interrupted.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import os
import pkgutil
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from digests.config import Config, ConfigError, load_config
from digests.store.db import DatabaseUrlError

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


@dataclass
class CliContext:
    """What a command gets besides its arguments: config (loaded on first use) and streams."""

    config_path: str | None
    environ: Mapping[str, str]
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    _config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_path, self.environ)
        return self._config

    def error(self, message: str) -> None:
        print(f"newsdigest: {message}", file=self.stderr)


def command_modules() -> list[str]:
    package = importlib.import_module("digests.cli")
    return sorted(
        f"digests.cli.{m.name}"
        for m in pkgutil.iter_modules(package.__path__)
        if m.name.endswith("_cmd")
    )


def build_parser(extra_modules: Iterable[str] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdigest",
        description="Turn the news into short digests and send them to Telegram chats.",
        epilog="Run 'newsdigest COMMAND --help' for a command's options.",
    )
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="TOML config file (default: $NEWSDIGEST_CONFIG, else built-in defaults)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [*command_modules(), *extra_modules]:
        importlib.import_module(name).register(subparsers)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    extra_modules: Iterable[str] = (),
    environ: Mapping[str, str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    environ = dict(os.environ) if environ is None else environ
    parser = build_parser(extra_modules)
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(stdout or sys.stdout)
        return EXIT_USAGE
    ctx = CliContext(
        config_path=args.config or environ.get("NEWSDIGEST_CONFIG") or None,
        environ=environ,
        stdout=stdout or sys.stdout,
        stderr=stderr or sys.stderr,
    )
    try:
        result: Any = args.handler(args, ctx)
        if inspect.iscoroutine(result):
            result = asyncio.run(result)
        return int(result or 0)
    except ConfigError as exc:
        ctx.error(str(exc))
        return EXIT_USAGE
    except DatabaseUrlError as exc:
        # Raised before any connection, by every command that opens the database.
        ctx.error(f"{ctx.config.source_of('[database] url')}: [database] url: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        ctx.error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
