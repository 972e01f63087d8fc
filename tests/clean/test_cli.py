"""``newsdigest clean`` through the real CLI entry point."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from digests.cli import main

DATA = Path(__file__).parent / "data"
SEED = DATA / "bol-putin-mothers.txt"
EXPECTED = json.loads((DATA / "bol-putin-mothers.expected.json").read_text(encoding="utf-8"))
PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour library | Harbour Times</title>
</head><body><article><h1>Harbour library approved</h1>
<p>The city council voted on Tuesday to turn the old harbour warehouse into a public library,
ending a dispute that had run for almost a decade.</p>
<p>Advertisement</p>
<p>Supporters packed the chamber for the vote, which passed by eleven votes to four after a
debate that lasted more than three hours.</p>
<p>The library is expected to open in the spring of 2027 and will include a reading room
overlooking the water, a children's floor and a small maritime museum.</p>
</article></body></html>"""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["clean", *argv], stdout=out, stderr=err, environ={})
    return code, out.getvalue(), err.getvalue()


def test_seed_as_one_json_object() -> None:
    code, out, err = run("--text", "--json", str(SEED))
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert set(result) == {"title", "byline", "standfirst", "paragraphs", "text"}
    assert result["title"] == EXPECTED["title"]
    assert result["byline"] == EXPECTED["byline"]
    assert result["standfirst"] == EXPECTED["standfirst"]
    assert len(result["paragraphs"]) == EXPECTED["body_paragraph_count"]
    assert result["text"] == "\n\n".join(result["standfirst"] + result["paragraphs"])


def test_several_paths_give_json_lines_with_source(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = run("--json", str(SEED), str(page))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [line["source"] for line in lines] == [str(SEED), str(page)]
    assert lines[1]["paragraphs"][0].startswith("The city council voted")
    assert all("Advertisement" not in p for p in lines[1]["paragraphs"])


def test_jsonl_for_one_path_and_gzip_input(tmp_path: Path) -> None:
    packed = tmp_path / "seed.txt.gz"
    packed.write_bytes(gzip.compress(SEED.read_bytes()))
    code, out, _ = run("--jsonl", str(packed))
    (line,) = out.splitlines()
    record = json.loads(line)
    assert code == 0
    assert record["source"] == str(packed)
    assert record["title"] == EXPECTED["title"]


def test_stdin_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    code, out, _ = run("--json", "-")
    assert code == 0
    assert json.loads(out)["byline"] == "Web Desk"


def test_plain_rendering(tmp_path: Path) -> None:
    code, out, _ = run(str(SEED))
    assert code == 0
    assert out.startswith(EXPECTED["title"] + "\n\nBy Web Desk\n\n• Vladimir Putin meets")
    assert "Advertisement" not in out


def test_missing_file_fails_but_others_are_processed(tmp_path: Path) -> None:
    missing = tmp_path / "absent.html"
    code, out, err = run("--jsonl", str(missing), str(SEED))
    assert code == 1
    assert err.strip() == f"newsdigest: {missing}: no such file"
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(SEED)]


def test_binary_file_is_refused(tmp_path: Path) -> None:
    blob = tmp_path / "photo.jpg"
    blob.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))
    code, out, err = run("--json", str(blob))
    assert (code, out) == (1, "")
    assert str(blob) in err and "binary" in err
    assert len(err.strip().splitlines()) == 1


def test_html_and_text_flags_exclude_each_other() -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("--html", "--text", str(SEED))
    assert exit_info.value.code == 2


class TerminalStream(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_with_many_inputs(tmp_path: Path) -> None:
    paths = []
    for number in range(12):
        path = tmp_path / f"page{number}.txt"
        path.write_text(f"Title {number}\n\n" + SEED.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(str(path))
    out, err = io.StringIO(), io.StringIO()
    assert main(["clean", "--jsonl", *paths], stdout=out, stderr=err, environ={}) == 0
    assert err.getvalue() == ""
    assert len(out.getvalue().splitlines()) == 12
    terminal = TerminalStream()
    assert main(["clean", "--jsonl", *paths], stdout=io.StringIO(), stderr=terminal,
                environ={}) == 0
    assert "/12 [" in terminal.getvalue()
    few = TerminalStream()
    assert main(["clean", "--jsonl", *paths[:2]], stdout=io.StringIO(), stderr=few,
                environ={}) == 0
    assert few.getvalue() == ""
