"""Console entry point: the pipeline commands of ``digests.cli`` plus the bot's own commands."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from digests import cli

BOT_COMMAND_MODULES: list[str] = ["bot.run_cmd", "bot.demo_cmd"]


def main(argv: Sequence[str] | None = None) -> None:
    sys.exit(cli.main(argv, extra_modules=BOT_COMMAND_MODULES))


if __name__ == "__main__":
    main()
