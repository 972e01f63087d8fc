"""The developer command in alembic.ini works as written: ``-x url=...`` picks the database."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from digests.store.migrate import MIGRATIONS, head_revision


def test_alembic_command_line_migrates_the_database_given_with_x_url(tmp_path: Path) -> None:
    target = tmp_path / "dev.sqlite3"
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run(
        [sys.executable, "-m", "alembic", "-c", str(MIGRATIONS / "alembic.ini"),
         "-x", f"url=sqlite+aiosqlite:///{target}", "upgrade", "head"],
        cwd=tmp_path, env=env, check=True, capture_output=True, timeout=120,
    )
    with sqlite3.connect(target) as db:
        (version,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    assert version == head_revision()
    assert not (tmp_path / "newsdigest-dev.sqlite3").exists()
