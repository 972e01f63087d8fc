"""A bad value given by an environment variable is reported under that variable's name: the file
(or "defaults") the message used to name does not hold the value, and the operator looked there."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.cli import BOT_COMMAND_MODULES
from digests.cli import main


def run(argv: list[str], environ: dict[str, str]) -> tuple[int, str]:
    err = io.StringIO()
    code = main(argv, extra_modules=BOT_COMMAND_MODULES, environ=environ,
                stdout=io.StringIO(), stderr=err)
    return code, err.getvalue().strip()


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("NEWSDIGEST_SCHEDULE_DEFAULT_TIMEZONE", "Mars", "is not an IANA time zone"),
        ("NEWSDIGEST_DIGEST_SIZE", "0", "must be greater than 0"),
        ("NEWSDIGEST_DATABASE_URL", "mysql://db/x", "is not supported"),
        ("NEWSDIGEST_TELEGRAM_WEBHOOK_URL", "http://bot.example/hook", "must start with https"),
    ],
)
def test_a_bad_environment_value_names_its_variable(
    tmp_path: Path, variable: str, value: str, says: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[telegram]\ntoken = "123:abc"\nwebhook_secret = "s"\n', encoding="utf-8")
    environ = {"NEWSDIGEST_DATABASE_URL": f"sqlite:///{tmp_path}/nd.sqlite3", variable: value}
    code, line = run(["--config", str(config), "run", "--webhook"], environ)
    assert code == 2, line
    assert line.startswith(f"newsdigest: environment variable {variable}: "), line
    assert says in line and str(config) not in line, line


def test_a_bad_value_in_the_file_still_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[schedule]\ndefault_timezone = "Mars"\n', encoding="utf-8")
    code, line = run(["--config", str(config), "health"], {})
    assert code == 2 and line.startswith(f"newsdigest: {config}: [schedule] default_timezone")


def test_a_missing_sqlite_folder_given_by_the_environment_names_the_variable(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "no-such-dir" / "nd.sqlite3"
    code, line = run(["sources", "list"], {"NEWSDIGEST_DATABASE_URL": f"sqlite:///{missing}"})
    assert code == 2, line
    assert line.startswith("newsdigest: environment variable NEWSDIGEST_DATABASE_URL: "), line


def test_a_misspelt_variable_is_refused_not_ignored(tmp_path: Path) -> None:
    # Ignored, NEWSDIGEST_TELEGRAM_TOKN left the bot without a token: `run` played the demo.
    code, line = run(["run"], {"NEWSDIGEST_TELEGRAM_TOKN": "123:abc"})
    assert code == 2, line
    assert line.startswith("newsdigest: environment variable NEWSDIGEST_TELEGRAM_TOKN names "
                           "no setting of [telegram]"), line
    assert "token" in line and "123:abc" not in line


def test_variables_that_are_no_setting_are_left_alone(tmp_path: Path) -> None:
    environ = {"NEWSDIGEST_CONFIG": "", "NEWSDIGEST_TEST_PG_URL": "postgresql://x",
               "NEWSDIGEST_DATABASE_URL": f"sqlite:///{tmp_path}/nd.sqlite3"}
    code, line = run(["sources", "list"], environ)
    assert code == 0, line
