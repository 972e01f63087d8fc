"""The ingest, sources and poll commands, end to end: real files, a loopback server, SQLite."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from digests.cli import main
from digests.cli.poll_cmd import describe
from digests.ingest.poll_report import SourceOutcome
from tests.fakes.webserver import Route, WebServer
from tests.ingest.samples import (
    COMET,
    RAIL_STRIKE,
    RATES_OTHER_OUTLET,
    RATES_WIRE,
    article_page,
    rss,
)

RSS_TYPE = "application/rss+xml"


def run(argv: list[str], env: dict[str, str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8")
    try:
        code = main(argv, environ=env, stdout=out, stderr=err)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "NEWSDIGEST_DATABASE_URL": f"sqlite:///{tmp_path}/nd.sqlite3",
        # The test server is on loopback; production refuses private addresses.
        "NEWSDIGEST_FETCH_ALLOW_PRIVATE_ADDRESSES": "true",
        "NEWSDIGEST_FETCH_TIMEOUT_SECONDS": "3",
    }


def test_ingest_files_reports_each_input(tmp_path: Path, env: dict[str, str]) -> None:
    page = tmp_path / "rates.html"
    page.write_bytes(article_page(RATES_WIRE))
    copy = tmp_path / "rates.html.gz"
    copy.write_bytes(gzip.compress(article_page(RATES_WIRE)))
    text = tmp_path / "rail.txt"
    text.write_text(RAIL_STRIKE.title + "\n\n" + "\n\n".join(RAIL_STRIKE.paragraphs))
    code, out, err = run(["ingest", str(page), str(copy), str(text)], env)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("stored #1\t") and RATES_WIRE.title in lines[0]
    assert lines[1].startswith("duplicate #1\t") and "same text as article 1" in lines[1]
    assert lines[2].startswith("stored #2\t")
    assert err.strip().endswith("2 stored, 1 duplicate, 0 failed")


def test_ingest_failures_exit_1_and_keep_the_rest(tmp_path: Path, env: dict[str, str]) -> None:
    good = tmp_path / "comet.html"
    good.write_bytes(article_page(COMET))
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav>Home</nav></body></html>")
    code, out, _ = run(["ingest", "--json", str(tmp_path / "nope.html"), str(empty), str(good)],
                       env)
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["status"] for r in rows] == ["failed", "failed", "stored"]
    assert rows[2]["article_id"] == 1


def test_ingest_from_stdin(env: dict[str, str]) -> None:
    text = COMET.title + "\n\n" + "\n\n".join(COMET.paragraphs)
    code, out, _ = run(["ingest", "--text", "-"], env, stdin=text)
    assert code == 0 and out.startswith("stored #1\t-\t")


def test_ingest_url_dedupes_by_canonical(web: WebServer, env: dict[str, str]) -> None:
    canonical = web.url("/news/rates")
    first = web.route("/amp/rates", Route(body=article_page(RATES_WIRE, canonical=canonical)))
    # The canonical address serves another text: only the URL can tell it is the same article.
    web.route("/news/rates", Route(body=article_page(RATES_OTHER_OUTLET)))
    code, out, _ = run(["ingest", first, canonical + "?utm_source=x", first], env)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("stored #1")
    assert "same URL as article 1" in lines[1] and "same URL as article 1" in lines[2]


def test_sources_add_list_poll_remove(web: WebServer, env: dict[str, str]) -> None:
    web.route("/a/rates", Route(body=article_page(RATES_WIRE)))
    web.route("/a/comet", Route(body=article_page(COMET)))
    feed = rss("Wire Feed", [("1", web.url("/a/rates"), RATES_WIRE.title),
                             ("2", web.url("/a/comet"), COMET.title)])
    web.route("/a/rss", Route(body=feed, content_type=RSS_TYPE, etag='"e1"'))
    # The home page announces the feed; adding the page adds the feed.
    home = web.route("/a/", Route(body=(
        b'<html><head><title>A site</title><link rel="alternate" '
        b'type="application/rss+xml" href="/a/rss"></head><body>hi</body></html>')))
    code, out, err = run(["sources", "add", home], env)
    assert code == 0, err
    assert out.strip() == f"added source 1: feed {web.url('/a/rss')} (Wire Feed)"
    code, _, err = run(["sources", "add", web.url("/a/rss")], env)
    assert code == 1 and "already source 1" in err
    code, out, _ = run(["sources", "add", "ftp://x.example/feed"], env)
    assert code == 1

    code, out, err = run(["poll"], env)
    assert code == 0, err
    assert "2 stored" in out and "1 source(s) polled, 0 failed, 2 new article(s)" in err
    code, out, _ = run(["poll"], env)
    assert code == 0 and "no sources are due" in out
    code, out, _ = run(["poll", "--all"], env)
    assert "not modified" in out

    code, out, _ = run(["sources", "list", "--json"], env)
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert row["name"] == "Wire Feed" and row["error_count"] == 0 and row["next_poll_at"]

    code, out, _ = run(["sources", "remove", "1"], env)
    assert code == 0 and "2 of its articles stay" in out
    code, out, _ = run(["sources", "list"], env)
    assert "no sources yet" in out
    code, out, _ = run(["ingest", web.url("/a/comet")], env)
    assert "same URL as article" in out


def test_poll_exit_1_when_every_source_fails(web: WebServer, env: dict[str, str]) -> None:
    page = web.route("/plain", Route(body=b"<html><head><title>P</title></head><body>x</body>"))
    code, out, _ = run(["sources", "add", page], env)
    assert code == 0 and "page" in out
    web.route("/plain", Route(status=503))
    code, out, _ = run(["poll"], env)
    assert code == 1
    assert "FAILED" in out and "HTTP 503" in out


def test_poll_says_which_pages_wait_for_a_later_try(web: WebServer, env: dict[str, str]) -> None:
    web.route("/a/rates", Route(status=503, headers={"Retry-After": "120"}))
    feed = rss("Wire", [("1", web.url("/a/rates"), RATES_WIRE.title)],
               description=f"<p>{RATES_WIRE.paragraphs[0]}</p>")
    assert run(["sources", "add", web.route("/a/rss", Route(body=feed, content_type=RSS_TYPE))],
               env)[0] == 0
    code, out, err = run(["poll"], env)
    assert code == 0, err
    assert "0 stored" in out and "1 page(s) failing for now, to fetch again later" in out
    assert "HTTP 503 Service Unavailable (will try again after " in err
    assert err.strip().endswith(
        "1 source(s) polled, 0 failed, 0 new article(s), "
        "1 page(s) failing for now, to fetch again later")
    code, out, _ = run(["sources", "list"], env)
    assert code == 0 and out.rstrip().endswith("ok; 1 page(s) to fetch again")
    code, out, _ = run(["sources", "list", "--json"], env)
    assert code == 0 and json.loads(out)["pages_waiting"] == 1


def test_poll_line_of_a_feed_not_modified_counts_its_pages_fetched_again() -> None:
    outcome = SourceOutcome(1, "http://x.test/rss", not_modified=True, stored=1, retried=1)
    assert describe(outcome) == ("ok\thttp://x.test/rss\tnot modified, 1 stored, "
                                 "0 duplicate(s), 0 already known, 1 page(s) fetched again")
    assert describe(SourceOutcome(1, "http://x.test/rss", not_modified=True)) == (
        "ok\thttp://x.test/rss\tnot modified")


def test_poll_and_ingest_draw_no_progress_bar_when_stderr_is_not_a_terminal(
    web: WebServer, env: dict[str, str], tmp_path: Path
) -> None:
    # `newsdigest poll` from cron writes to a mail or a log file: a bar's carriage returns and
    # block characters there are noise, as `clean` and `analyze` already know.
    for name, story in (("one", RATES_WIRE), ("two", COMET)):
        web.route(f"/{name}/a", Route(body=article_page(story)))
        feed = rss(name, [("1", web.url(f"/{name}/a"), story.title)])
        web.route(f"/{name}/rss", Route(body=feed, content_type=RSS_TYPE))
        assert run(["sources", "add", web.url(f"/{name}/rss")], env)[0] == 0
    code, _, err = run(["poll"], env)
    assert code == 0, err
    assert "\r" not in err and "source/s" not in err
    pages = []
    for i in range(10):
        page = tmp_path / f"page{i}.txt"
        page.write_text(f"Story number {i}\n\n" + "\n\n".join(COMET.paragraphs))
        pages.append(str(page))
    _, _, err = run(["ingest", *pages], env)
    assert "\r" not in err and "input/s" not in err
