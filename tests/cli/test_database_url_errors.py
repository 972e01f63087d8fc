"""A SQLite URL whose folder does not exist is a configuration error for every database command."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from digests.cli import main


@pytest.mark.parametrize(
    "argv",
    [["sources", "list"], ["poll"], ["ingest", "--text", "{article}"],
     ["digest", "--chat", "1", "--preview"]],
)
def test_missing_sqlite_folder_is_one_line_exit_2(tmp_path: Path, argv: list[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nA paragraph of text that is long enough to be an article body.\n")
    argv = [arg.format(article=article) for arg in argv]
    missing = tmp_path / "no-such-dir" / "nd.sqlite3"
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, environ={"NEWSDIGEST_DATABASE_URL": f"sqlite:///{missing}"},
                stdout=out, stderr=err)
    assert code == 2, err.getvalue()
    line = err.getvalue().strip().splitlines()[-1]
    assert line.startswith("newsdigest: ") and "[database] url" in line
    assert str(missing.parent) in line
