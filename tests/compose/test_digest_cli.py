"""``newsdigest digest --chat ID --preview``: through the real CLI entry point and a SQLite file."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from digests.cli import main
from digests.store.db import create_engine, session_factory
from digests.store.migrate import upgrade_database
from tests.compose.store_helpers import add_article, add_chat, add_source, add_story
from tests.compose.telegram_validator import parse_telegram_html


async def _seed(url: str) -> None:
    await upgrade_database(url)
    engine = create_engine(url)
    now = datetime.now(UTC)
    try:
        async with session_factory(engine)() as session:
            source = await add_source(session, "Wire & Co")
            story = await add_story(session, at=now)
            await add_article(session, story, source, title="Rates <held>",
                              fetched_at=now - timedelta(minutes=5),
                              key_points=["The bank held rates."],
                              quotes=[("No change yet.", "Ann Lee")])
            await add_chat(session, telegram_id=-100123)
            await session.commit()
    finally:
        await engine.dispose()


@pytest.fixture
def db_env(tmp_path: Path) -> dict[str, str]:
    url = f"sqlite+aiosqlite:///{tmp_path}/cli.sqlite3"
    asyncio.run(_seed(url))
    return {"NEWSDIGEST_DATABASE_URL": url}


def run_cli(argv: list[str], environ: dict[str, str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, environ=environ, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_preview_prints_plain_text_and_moves_nothing(db_env: dict[str, str]) -> None:
    first = run_cli(["digest", "--chat", "-100123", "--preview"], db_env)
    assert first[0] == 0, first
    assert first[1].startswith("Your digest — 1 story\n\n1. Rates <held>\n   Wire & Co\n")
    assert "“No change yet.” — Ann Lee" in first[1]
    # A preview moves no cursor: asking again shows the same story.
    assert run_cli(["digest", "--chat", "-100123", "--preview"], db_env) == first


def test_preview_html_parts_are_valid(db_env: dict[str, str]) -> None:
    code, out, _ = run_cli(["digest", "--chat", "-100123", "--preview", "--html", "--all"], db_env)
    assert code == 0
    header, html = out.rstrip("\n").split("\n", 1)
    assert header.startswith("--- message 1/1 (preview https://")
    assert "Rates <held>" in parse_telegram_html(html).text


def test_unknown_chat_is_a_clear_error(db_env: dict[str, str]) -> None:
    code, out, err = run_cli(["digest", "--chat", "42", "--preview"], db_env)
    assert (code, out) == (1, "")
    assert "no chat with Telegram id 42" in err


def test_without_preview_says_what_to_add(db_env: dict[str, str]) -> None:
    code, _, err = run_cli(["digest", "--chat", "-100123"], db_env)
    assert code == 2
    assert "--preview" in err


def test_missing_chat_is_a_usage_error(db_env: dict[str, str],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run_cli(["digest", "--preview"], db_env)
    assert exit_info.value.code == 2
    assert "--chat" in capsys.readouterr().err


def test_unusable_database_is_one_clear_line(tmp_path: Path) -> None:
    missing = {"NEWSDIGEST_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/no/such/dir/x.db"}
    code, out, err = run_cli(["digest", "--chat", "1", "--preview"], missing)
    assert (code, out) == (2, "")
    assert "does not exist" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
