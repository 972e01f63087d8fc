from __future__ import annotations

import io
from pathlib import Path

from digests.cli import main


def run(argv: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, environ=env, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_db_upgrade_then_current(tmp_path: Path) -> None:
    env = {"NEWSDIGEST_DATABASE_URL": f"sqlite:///{tmp_path}/nd.sqlite3"}
    code, out, _ = run(["db", "upgrade"], env)
    assert code == 0
    assert "up to date" in out
    code, out, _ = run(["db", "current"], env)
    assert code == 0 and "up to date" in out


def test_unreachable_database_is_one_line_exit_1(tmp_path: Path) -> None:
    env = {"NEWSDIGEST_DATABASE_URL": f"sqlite:///{tmp_path}/missing-dir/nd.sqlite3"}
    code, _, err = run(["db", "upgrade"], env)
    assert code == 1
    assert err.startswith("newsdigest: database") and err.count("\n") == 1


def test_bad_config_exits_2_with_one_line(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("[database]\nurl = 5\n")
    code, _, err = run(["--config", str(cfg), "db", "current"], {})
    assert code == 2
    assert str(cfg) in err and "[database] url" in err and err.count("\n") == 1


def test_help_lists_commands() -> None:
    code, out, _ = run([], {})
    assert code == 2
    assert "db" in out
