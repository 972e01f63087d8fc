"""The README's "Using the bot" table and /help (bot/commands.py) describe the same commands."""

from __future__ import annotations

import re
from pathlib import Path

from bot.commands import COMMANDS

README = Path(__file__).resolve().parents[2] / "README.md"


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Using the bot")
    return text[start:text.index("\n## ", start + 1)]


def test_every_command_and_its_keywords_are_in_the_readme() -> None:
    section = _section()
    rows = {name: line for line in section.splitlines()
            for name in re.findall(r"`/([a-z]+)", line)}
    for spec in COMMANDS:
        assert spec.name in rows, f"/{spec.name} is not in the README"
        # Words typed as they are ("again", "add", "clear"), as /help shows them.
        keywords = [w for w in re.split(r"[\s\[\]|]+", spec.usage) if re.fullmatch(r"[a-z]+", w)]
        for word in keywords:
            assert word in rows[spec.name], f"/{spec.name} {word}: in /help, not in the README"


def test_the_readme_names_no_command_the_bot_lacks() -> None:
    named = set(re.findall(r"`/([a-z]+)", _section()))
    assert named <= {spec.name for spec in COMMANDS}
