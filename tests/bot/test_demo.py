"""`newsdigest demo` plays the whole product offline and prints a readable conversation."""

from __future__ import annotations

import io
import re

from bot.cli import BOT_COMMAND_MODULES
from digests import cli


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), extra_modules=BOT_COMMAND_MODULES, environ={}, stdout=out,
                    stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_demo_conversation_without_a_token() -> None:
    code, out, err = run_cli("demo", "--speed", "120")
    assert code == 0, out + err
    said = re.findall(r"\] Ann: (.*)", out)
    assert said[0] == "/start" and said[1] == "/subscribe" and said[3] == "/digest"
    assert re.fullmatch(r"/time \d\d:\d\d", said[2])
    digests = [m.start() for m in re.finditer(r"Bot: Your digest", out)]
    assert len(digests) == 2  # the one asked for, then the scheduled one
    asked, scheduled = out[digests[0]:digests[1]], out[digests[1]:]
    assert "Vladimir Putin" in asked and "Ferry" not in asked
    # The two ferry reports arrived later and come as one story, naming the second source.
    assert "Ferry workers end nine-day strike" in scheduled
    assert "also: islandpost.example" in scheduled
    assert "<b>" not in out and "&amp;" not in out  # readable text, not HTML


def test_demo_refuses_a_silly_speed() -> None:
    code, _, err = run_cli("demo", "--speed", "0")
    assert code == 2 and "--speed" in err
