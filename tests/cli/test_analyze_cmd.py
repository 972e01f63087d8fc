"""``newsdigest analyze``: the clean fields plus key points and quotes, as JSON, JSONL or text."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from digests.cli import main

CLEAN_FIELDS = ["title", "byline", "standfirst", "paragraphs", "text"]

TITLE = "Council doubles spending on buses"
PARAGRAPHS = [
    "The city council approved a budget on Tuesday that doubles spending on buses and cuts "
    "the road-building programme by a third. The vote was 31 to 12.",
    "“This is the most important decision of my term,” said council leader Maria Lopez. "
    "She promised buses every ten minutes on all main routes.",
    "The opposition called the budget reckless. It warned that council tax would rise by "
    "4.5 percent next year.",
]
# What the summaries and quotes dev sets look like: title line, blank line, then the text.
PLAIN = TITLE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"

HTML = f"""<!doctype html>
<html><head><title>{TITLE} | City News</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{TITLE}</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<footer>© City News</footer></body></html>"""


def run(args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
    try:
        code = main(args, environ={}, stdout=out, stderr=err)
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def plain_file(tmp_path: Path) -> Path:
    path = tmp_path / "council.txt"
    path.write_text(PLAIN, encoding="utf-8")
    return path


def check_shape(record: dict[str, Any]) -> None:
    for key in CLEAN_FIELDS:
        assert key in record, key
    assert isinstance(record["standfirst"], list)
    assert isinstance(record["paragraphs"], list)
    assert isinstance(record["key_points"], list)
    assert all(isinstance(p, str) and p for p in record["key_points"])
    assert isinstance(record["quotes"], list)
    for quote in record["quotes"]:
        assert set(quote) == {"text", "speaker"}


def test_one_input_as_json(plain_file: Path) -> None:
    code, out, err = run(["analyze", "--text", "--json", str(plain_file)])
    assert code == 0, err
    record = json.loads(out)
    check_shape(record)
    assert "source" not in record
    assert record["title"] == TITLE
    assert record["paragraphs"] == PARAGRAPHS
    assert 1 <= len(record["key_points"]) <= 3
    assert record["key_points"][0].startswith("The city council approved a budget on Tuesday")
    quote = next(q for q in record["quotes"] if q["text"].startswith("This is the most"))
    assert quote["speaker"] == "Maria Lopez"


def test_several_inputs_give_one_json_line_each_with_source(
    plain_file: Path, tmp_path: Path
) -> None:
    second = tmp_path / "second.txt.gz"
    second.write_bytes(gzip.compress(PLAIN.encode("utf-8")))
    code, out, err = run(["analyze", "--text", "--json", str(plain_file), str(second)])
    assert code == 0, err
    lines = out.strip().split("\n")
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["source"] for r in records] == [str(plain_file), str(second)]
    for record in records:
        check_shape(record)
    assert records[0]["key_points"] == records[1]["key_points"]


def test_jsonl_with_one_input_still_names_the_source(plain_file: Path) -> None:
    code, out, _ = run(["analyze", "--text", "--jsonl", str(plain_file)])
    assert code == 0
    (line,) = out.strip().split("\n")
    assert json.loads(line)["source"] == str(plain_file)


def test_points_option_limits_key_points(plain_file: Path) -> None:
    code, out, _ = run(["analyze", "--text", "--json", "--points", "1", str(plain_file)])
    assert code == 0
    assert len(json.loads(out)["key_points"]) == 1


def test_points_option_out_of_range_is_a_usage_error(plain_file: Path) -> None:
    code, out, err = run(["analyze", "--json", "--points", "0", str(plain_file)])
    assert code == 2
    assert out == ""
    assert "--points" in err


def test_html_page(tmp_path: Path) -> None:
    page = tmp_path / "council.html"
    page.write_text(HTML, encoding="utf-8")
    code, out, err = run(["analyze", "--json", str(page)])  # sniffed as HTML
    assert code == 0, err
    record = json.loads(out)
    check_shape(record)
    assert "Home" not in record["text"]
    assert any("doubles spending on buses" in p for p in record["key_points"])


def test_standard_input(plain_file: Path) -> None:
    code, out, err = run(["analyze", "--text", "--json", "-"], stdin=PLAIN)
    assert code == 0, err
    assert json.loads(out)["paragraphs"] == PARAGRAPHS


def test_unreadable_input_is_reported_and_the_rest_still_run(
    plain_file: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(["analyze", "--text", "--jsonl", str(missing), str(plain_file)])
    assert code == 1
    assert f"{missing}: no such file" in err
    assert "Traceback" not in err
    (line,) = out.strip().split("\n")
    assert json.loads(line)["source"] == str(plain_file)


def test_readable_text_output(plain_file: Path) -> None:
    code, out, _ = run(["analyze", "--text", str(plain_file)])
    assert code == 0
    assert out.startswith(TITLE)
    assert "Key points:" in out
    assert "  • The city council approved a budget" in out
    assert "— Maria Lopez" in out
