"""``newsdigest poll [--all]``: fetch every due feed once and ingest what is new."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from tqdm import tqdm

from digests.cli import EXIT_FAILED, EXIT_OK, CliContext
from digests.ingest.database import database_error, open_database
from digests.ingest.poll import due_sources, poll_due_sources
from digests.ingest.poll_report import SourceOutcome
from digests.store.models import utcnow


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "poll",
        help="fetch all due feeds once and store their new articles",
        description="Fetch every source whose next poll is due (conditional GET), ingest new "
        "entries, and record errors with backoff. Exit 1 when every source failed.",
    )
    parser.add_argument("--all", action="store_true", dest="ignore_schedule",
                        help="poll every active source, due or not")
    parser.set_defaults(handler=run)


def describe(outcome: SourceOutcome) -> str:
    if not outcome.ok:
        retry = outcome.next_poll_at.strftime("%H:%M UTC") if outcome.next_poll_at else "later"
        line = f"FAILED\t{outcome.url}\t{outcome.error} (next try {retry})"
        # Its pending pages were fetched again all the same.
        return f"{line}; {', '.join(_counts(outcome))}" if outcome.retried else line
    if outcome.not_modified and not outcome.retried:
        return f"ok\t{outcome.url}\tnot modified"
    parts = ["not modified"] if outcome.not_modified else []
    return f"ok\t{outcome.url}\t{', '.join(parts + _counts(outcome))}"


def _counts(outcome: SourceOutcome) -> list[str]:
    parts = [f"{outcome.stored} stored", f"{outcome.duplicates} duplicate(s)",
             f"{outcome.skipped} already known"]
    if outcome.failed:
        parts.append(f"{outcome.failed} failed")
    parts.extend(_page_retries(outcome.retried, outcome.deferred))
    return parts


def _page_retries(retried: int, deferred: int) -> list[str]:
    """Pages fetched again this time, and pages that failed for now and wait for a later poll."""
    parts = [f"{retried} page(s) fetched again"] if retried else []
    if deferred:
        parts.append(f"{deferred} page(s) failing for now, to fetch again later")
    return parts


async def run(args: argparse.Namespace, ctx: CliContext) -> int:
    config = ctx.config
    url = config.database.url
    now = utcnow()
    try:
        async with open_database(url) as sessions:
            async with sessions() as session:
                due = await due_sources(session, now=now, ignore_schedule=args.ignore_schedule)
            if not due:
                print("no sources are due (use --all to poll them anyway)", file=ctx.stdout)
                return EXIT_OK
            with tqdm(total=len(due), file=ctx.stderr, unit="source", leave=False,
                      disable=len(due) < 2 or not ctx.stderr.isatty()) as bar:
                def progress(outcome: SourceOutcome) -> None:
                    bar.write(describe(outcome), file=ctx.stdout)
                    for problem in outcome.entry_errors:
                        bar.write(f"  {problem}", file=ctx.stderr)
                    bar.update()

                report = await poll_due_sources(sessions, config, now=now, progress=progress,
                                                ignore_schedule=args.ignore_schedule)
    except BrokenPipeError:
        raise  # the reader went away (| head): not a database problem
    except (SQLAlchemyError, OSError) as exc:
        ctx.error(database_error(url, exc))
        return EXIT_FAILED
    summary = [f"{len(report.outcomes)} source(s) polled", f"{report.failed_sources} failed",
               f"{report.stored} new article(s)",
               *_page_retries(report.retried, report.deferred)]
    print(", ".join(summary), file=ctx.stderr)
    return EXIT_FAILED if report.all_failed else EXIT_OK
