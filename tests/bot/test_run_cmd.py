"""`newsdigest run`: a real process polling the stand-in, webhook mode, and the no-token path."""

from __future__ import annotations

import asyncio
import io
import json
import os
import signal
import socket
import sys
from pathlib import Path

import httpx
import pytest

from bot.run_cmd import NO_TOKEN_NOTICE
from bot.standin import BotApiStandin
from digests import cli
from tests.bot.harness import TOKEN

EXTRA = ["bot.run_cmd"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(standin: BotApiStandin, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSDIGEST_")}
    env.update({
        "NEWSDIGEST_TELEGRAM_TOKEN": TOKEN,
        "NEWSDIGEST_TELEGRAM_BASE_URL": standin.base_url,
        "NEWSDIGEST_TELEGRAM_BASE_FILE_URL": standin.base_file_url,
        "NEWSDIGEST_TELEGRAM_POLL_TIMEOUT": "1",
        "NEWSDIGEST_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/run.sqlite3",
        **extra,
    })
    return env


async def _start(env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-c", "from bot.cli import main; main()", "run",
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


async def _interrupt(process: asyncio.subprocess.Process) -> tuple[int, str]:
    process.send_signal(signal.SIGINT)
    _out, err = await asyncio.wait_for(process.communicate(), 20)
    assert process.returncode is not None
    return process.returncode, err.decode()


async def test_run_polls_answers_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    async with BotApiStandin(token=TOKEN) as standin:
        process = await _start(_env(standin, tmp_path))
        try:
            standin.private_message(101, "/start")
            reply = (await standin.wait_for_messages(101, 1, timeout=30))[0]
            assert reply.text.startswith("Hi Ann!")
            assert "all_private_chats" in standin.commands
            allowed = standin.calls_to("getUpdates")[-1].params["allowed_updates"]
            allowed = json.loads(allowed) if isinstance(allowed, str) else allowed
            assert {"message", "callback_query", "my_chat_member"} <= set(allowed)
        finally:
            code, err = await _interrupt(process)
    assert code in (0, 130), err
    assert TOKEN not in err
    assert (tmp_path / "run.sqlite3").exists()


async def test_run_webhook_serves_updates_with_the_secret(tmp_path: Path) -> None:
    port = _free_port()
    secret = "s3cret-Hook_token"
    async with BotApiStandin(token=TOKEN) as standin:
        env = _env(standin, tmp_path, NEWSDIGEST_TELEGRAM_MODE="webhook",
                   # Telegram posts to 443 (a TLS proxy there forwards to the bot's port).
                   NEWSDIGEST_TELEGRAM_WEBHOOK_URL="https://127.0.0.1/hook",
                   NEWSDIGEST_TELEGRAM_WEBHOOK_SECRET=secret,
                   NEWSDIGEST_TELEGRAM_WEBHOOK_LISTEN="127.0.0.1",
                   NEWSDIGEST_TELEGRAM_WEBHOOK_PORT=str(port))
        process = await _start(env)
        try:
            await standin.wait_for(lambda s: s.webhook["url"], timeout=30)
            assert standin.webhook["secret_token"] == secret
            update = {"update_id": 1, "message": {
                "message_id": 1, "date": 0, "text": "/help",
                "chat": {"id": 101, "type": "private", "first_name": "Ann"},
                "from": {"id": 101, "is_bot": False, "first_name": "Ann"},
                "entities": [{"type": "bot_command", "offset": 0, "length": 5}]}}
            standin.user(101)
            async with httpx.AsyncClient() as client:
                wrong = await client.post(f"http://127.0.0.1:{port}/hook", json=update,
                                          headers={"X-Telegram-Bot-Api-Secret-Token": "nope"})
                assert wrong.status_code == 403
                right = await client.post(f"http://127.0.0.1:{port}/hook", json=update,
                                          headers={"X-Telegram-Bot-Api-Secret-Token": secret})
                assert right.status_code == 200
            reply = (await standin.wait_for_messages(101, 1, timeout=10))[0]
            assert "What I can do" in reply.text
            assert len(standin.messages_to(101)) == 1  # the unauthenticated post did nothing
        finally:
            code, err = await _interrupt(process)
    assert code in (0, 130), err
    assert TOKEN not in err and secret not in err


def test_webhook_mode_without_url_and_secret_is_a_config_error(tmp_path: Path) -> None:
    err = io.StringIO()
    env = {"NEWSDIGEST_TELEGRAM_TOKEN": TOKEN, "NEWSDIGEST_TELEGRAM_MODE": "webhook",
           "NEWSDIGEST_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/x.sqlite3"}
    code = cli.main(["run"], extra_modules=EXTRA, environ=env, stdout=io.StringIO(), stderr=err)
    assert code == 2
    assert "webhook_url and webhook_secret" in err.getvalue()
    assert not (tmp_path / "x.sqlite3").exists()  # refused before touching anything


@pytest.mark.parametrize("url", ["https://bot.example.org:8080/hook", "https://x.org:99999/h"])
def test_a_webhook_url_on_a_port_telegram_refuses_is_a_config_error(
    tmp_path: Path, url: str
) -> None:
    # setWebhook answers "Webhook can be set up only on ports 80, 88, 443 or 8443".
    err = io.StringIO()
    env = {"NEWSDIGEST_TELEGRAM_TOKEN": TOKEN, "NEWSDIGEST_TELEGRAM_MODE": "webhook",
           "NEWSDIGEST_TELEGRAM_WEBHOOK_URL": url, "NEWSDIGEST_TELEGRAM_WEBHOOK_SECRET": "s3cret",
           "NEWSDIGEST_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/x.sqlite3"}
    code = cli.main(["run"], extra_modules=EXTRA, environ=env, stdout=io.StringIO(), stderr=err)
    assert code == 2
    assert "webhook_url" in err.getvalue() and "8443" in err.getvalue()
    assert not (tmp_path / "x.sqlite3").exists()


def test_no_token_says_how_to_connect_a_bot_then_runs_the_demo(tmp_path: Path) -> None:
    out = io.StringIO()
    env = {"NEWSDIGEST_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/demo.sqlite3"}
    code = cli.main(["run"], extra_modules=EXTRA, environ=env, stdout=out, stderr=io.StringIO())
    assert code == 0
    first_line = out.getvalue().splitlines()[0]
    assert first_line == NO_TOKEN_NOTICE
    assert "NEWSDIGEST_TELEGRAM_TOKEN" in first_line and "[telegram] token" in first_line


def test_no_token_and_no_demo_in_the_build_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Once "the demo is not part of this build" and exit 0: a run that did nothing, succeeded.
    monkeypatch.setitem(sys.modules, "bot.demo", None)  # as if the build left it out
    out, err = io.StringIO(), io.StringIO()
    env = {"NEWSDIGEST_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/demo.sqlite3"}
    code = cli.main(["run"], extra_modules=EXTRA, environ=env, stdout=out, stderr=err)
    assert code == 2
    assert out.getvalue() == ""  # no promise of a demo that is not there
    assert "[telegram] token is not set" in err.getvalue()
    assert "NEWSDIGEST_TELEGRAM_TOKEN" in err.getvalue()


async def _run_until_exit(env: dict[str, str]) -> tuple[int, str]:
    process = await _start(env)
    _out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, err.decode()


async def test_a_rejected_token_is_a_config_error_that_does_not_show_the_token(
    tmp_path: Path,
) -> None:
    wrong = "654321:WRONG-token-Qq7"
    async with BotApiStandin(token=TOKEN) as standin:
        env = _env(standin, tmp_path, NEWSDIGEST_TELEGRAM_TOKEN=wrong,
                   NEWSDIGEST_LOGGING_LEVEL="DEBUG")
        code, err = await _run_until_exit(env)
    assert code == 2, err
    assert wrong not in err and "WRONG-token" not in err
    assert "Traceback" not in err
    assert err.splitlines()[-1].startswith("newsdigest: ") and "[telegram] token" in err


async def test_an_unreachable_bot_api_or_database_is_one_line_exit_1(tmp_path: Path) -> None:
    async with BotApiStandin(token=TOKEN) as standin:
        no_api = _env(standin, tmp_path, NEWSDIGEST_TELEGRAM_BASE_URL=
                      f"http://127.0.0.1:{_free_port()}/bot")
        no_db = _env(standin, tmp_path, NEWSDIGEST_DATABASE_URL=
                     f"postgresql://nd:pw-Secret9@127.0.0.1:{_free_port()}/nd")
        for env, says in ((no_api, "Bot API"), (no_db, "127.0.0.1")):
            code, err = await _run_until_exit(env)
            assert code == 1, err
            assert "Traceback" not in err and TOKEN not in err and "pw-Secret9" not in err
            assert err.splitlines()[-1].startswith("newsdigest: ") and says in err


async def test_a_missing_sqlite_folder_is_a_config_error(tmp_path: Path) -> None:
    async with BotApiStandin(token=TOKEN) as standin:
        env = _env(standin, tmp_path, NEWSDIGEST_DATABASE_URL=
                   f"sqlite:///{tmp_path}/no-such-dir/run.sqlite3")
        code, err = await _run_until_exit(env)
    assert code == 2, err
    assert "Traceback" not in err and "[database] url" in err and "no-such-dir" in err


async def test_a_webhook_port_in_use_is_reported_not_hidden(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        async with BotApiStandin(token=TOKEN) as standin:
            env = _env(standin, tmp_path, NEWSDIGEST_TELEGRAM_MODE="webhook",
                       NEWSDIGEST_TELEGRAM_WEBHOOK_URL="https://127.0.0.1:8443/hook",
                       NEWSDIGEST_TELEGRAM_WEBHOOK_SECRET="s3cret-Hook_token",
                       NEWSDIGEST_TELEGRAM_WEBHOOK_PORT=str(port))
            code, err = await _run_until_exit(env)
    assert code == 1, err
    assert "Traceback" not in err and "still running" not in err
    assert "in use" in err.splitlines()[-1]
