from __future__ import annotations

from pathlib import Path

import pytest

from digests.config import ConfigError, load_config


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_file() -> None:
    config = load_config(None, {})
    assert config.telegram.base_url == "https://api.telegram.org/bot"
    assert config.database.url.startswith("sqlite+aiosqlite:///")
    assert config.schedule.default_times == ["08:00"]


def test_file_values_and_env_overrides(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[telegram]\ntoken = "file-token"\n[admin]\nuser_ids = [1, 2]\n'
        '[schedule]\ndefault_times = ["07:30"]\ndefault_timezone = "Europe/Berlin"\n',
    )
    env = {
        "NEWSDIGEST_TELEGRAM_TOKEN": "env-token",
        "NEWSDIGEST_DATABASE_URL": "postgresql+asyncpg://u@localhost/db",
        "NEWSDIGEST_SCHEDULE_DEFAULT_TIMES": "06:00, 18:00",
        "NEWSDIGEST_FETCH_ALLOW_PRIVATE_ADDRESSES": "true",
    }
    config = load_config(path, env)
    assert config.telegram.token == "env-token"
    assert config.database.url == "postgresql+asyncpg://u@localhost/db"
    assert config.admin.user_ids == [1, 2]
    assert config.schedule.default_times == ["06:00", "18:00"]
    assert config.schedule.default_timezone == "Europe/Berlin"
    assert config.fetch.allow_private_addresses is True


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[telegram]\ntokn = 'x'\n", "unknown key [telegram] tokn"),
        ("[nope]\nx = 1\n", "unknown section [nope]"),
        ("[digest]\nsize = 'five'\n", "[digest] size must be an integer"),
        ("[schedule]\ndefault_timezone = 'Mars/Olympus'\n", "not an IANA time zone"),
        ("[schedule]\ndefault_times = ['25:00']\n", "use HH:MM"),
        ("[telegram\n", "not valid TOML"),
    ],
)
def test_bad_config_names_key_and_file(tmp_path: Path, text: str, fragment: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, {})
    message = str(info.value)
    assert fragment in message
    assert str(path) in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[database]\nurl = 'sqlte:///nd.sqlite3'\n", "[database] url"),
        ("[database]\nurl = 'mysql://u@db/nd'\n", "[database] url"),
        ("[database]\nurl = 'postgresql+psycopg://u@db/nd'\n", "[database] url"),
        ("[feeds]\npoll_concurrency = 0\n", "[feeds] poll_concurrency"),
        ("[feeds]\npage_attempts = 0\n", "[feeds] page_attempts"),
        ("[feeds]\npage_retry_hours = 0\n", "[feeds] page_retry_hours"),
        ("[delivery]\nclaim_batch = 0\n", "[delivery] claim_batch"),
        ("[delivery]\nclaim_timeout_seconds = 0\n", "[delivery] claim_timeout_seconds"),
        ("[delivery]\nmax_attempts = 0\n", "[delivery] max_attempts"),
        ("[delivery]\nper_chat_seconds = -1\n", "[delivery] per_chat_seconds"),
        ("[schedule]\ngrace_minutes = -5\n", "[schedule] grace_minutes"),
        ("[telegram]\npoll_timeout = -1\n", "[telegram] poll_timeout"),
        ("[telegram]\nwebhook_port = 70000\n", "[telegram] webhook_port"),
    ],
)
def test_values_that_cannot_work_are_refused(tmp_path: Path, text: str, fragment: str) -> None:
    # A scheme without a driver here failed later with a traceback; a poll concurrency of 0
    # hung every poll; a claim batch of 0 never sent; a claim timeout of 0 re-sent digests.
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, {})
    message = str(info.value)
    assert fragment in message and str(path) in message and "\n" not in message


@pytest.mark.parametrize(
    "url",
    ["sqlite:///nd.sqlite3", "sqlite+aiosqlite:////data/nd.sqlite3", "postgres://u@h/d",
     "postgresql://u:p@h:5432/d", "postgresql+asyncpg://u@h/d"],
)
def test_supported_database_urls_are_accepted(url: str) -> None:
    assert load_config(None, {"NEWSDIGEST_DATABASE_URL": url}).database.url == url


def test_white_space_around_a_token_is_dropped() -> None:
    # A token read from a secrets file often keeps its final newline.
    config = load_config(None, {"NEWSDIGEST_TELEGRAM_TOKEN": " 123456:ABC-secret-Zx9\n"})
    assert config.require_token() == "123456:ABC-secret-Zx9"


def test_a_token_with_white_space_inside_is_refused_without_showing_it() -> None:
    with pytest.raises(ConfigError, match=r"\[telegram\] token") as info:
        load_config(None, {"NEWSDIGEST_TELEGRAM_TOKEN": "123456:ABC-secret\tZx9"})
    assert "ABC-secret" not in str(info.value)


def test_bad_env_value_names_variable() -> None:
    with pytest.raises(ConfigError, match="NEWSDIGEST_DIGEST_SIZE"):
        load_config(None, {"NEWSDIGEST_DIGEST_SIZE": "lots"})


def test_missing_token_when_needed() -> None:
    config = load_config(None, {})
    with pytest.raises(ConfigError, match=r"\[telegram\] token"):
        config.require_token()


def test_example_config_is_valid() -> None:
    example = Path(__file__).resolve().parents[1] / "config.example.toml"
    config = load_config(example, {})
    assert config.digest.size == 5
