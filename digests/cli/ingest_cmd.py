"""``newsdigest ingest [--html|--text] [--json] PATH|URL...``: store articles from files or URLs.

Each input is read, cleaned, checked against what is stored, analysed once and stored; one
line per input says what happened. Exit 1 when any input failed.
"""

from __future__ import annotations

import argparse
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from tqdm import tqdm

from digests.article import CleanArticle
from digests.clean import clean_html, clean_text
from digests.cli import EXIT_FAILED, EXIT_OK, CliContext
from digests.config import Config
from digests.fetch.inputs import InputDoc, InputError, read_input_async
from digests.ingest.database import database_error, open_database
from digests.ingest.dedupe import page_canonical_url
from digests.ingest.pipeline import ingest_article

PROGRESS_FROM = 10  # inputs; fewer finish before a bar would help


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "ingest",
        help="store articles from files or URLs (cleaned, deduplicated, analysed)",
        description="Clean, deduplicate, analyse and store each input as an article. "
        "The input type is sniffed unless --html or --text is given.",
    )
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--html", action="store_const", const="html", dest="mode",
                      help="inputs are HTML pages")
    kind.add_argument("--text", action="store_const", const="text", dest="mode",
                      help="inputs are plain text pulled off a page")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per input instead of a line of text")
    parser.add_argument("inputs", nargs="+", metavar="PATH|URL",
                        help="file, .gz file, http(s) URL, or - for standard input")
    parser.set_defaults(handler=run)


@dataclass(frozen=True)
class Outcome:
    source: str
    status: str  # "stored", "duplicate" or "failed"
    reason: str
    article_id: int | None = None
    title: str = ""

    def line(self) -> str:
        ident = f" #{self.article_id}" if self.article_id is not None else ""
        detail = self.title if self.status == "stored" else self.reason
        return f"{self.status}{ident}\t{self.source}\t{detail}"

    def to_json(self) -> str:
        return json.dumps({"source": self.source, "status": self.status,
                           "article_id": self.article_id, "title": self.title,
                           "reason": self.reason}, ensure_ascii=False)


async def run(args: argparse.Namespace, ctx: CliContext) -> int:
    config = ctx.config
    url = config.database.url
    outcomes: list[Outcome] = []
    bar = tqdm(total=len(args.inputs), file=ctx.stderr, unit="input", leave=False,
               disable=len(args.inputs) < PROGRESS_FROM or not ctx.stderr.isatty())
    try:
        async with open_database(url) as sessions:
            for spec in args.inputs:
                outcome = await _ingest_one(spec, args.mode, ctx, config, sessions)
                outcomes.append(outcome)
                text = outcome.to_json() if args.json else outcome.line()
                bar.write(text, file=ctx.stdout)
                bar.update()
    except BrokenPipeError:
        raise  # the reader went away (| head): not a database problem
    except (SQLAlchemyError, OSError) as exc:
        ctx.error(database_error(url, exc))
        return EXIT_FAILED
    finally:
        bar.close()
    counts = {s: sum(o.status == s for o in outcomes) for s in ("stored", "duplicate", "failed")}
    print(", ".join(f"{n} {s}" for s, n in counts.items()), file=ctx.stderr)
    return EXIT_FAILED if counts["failed"] else EXIT_OK


async def _ingest_one(
    spec: str,
    mode: str | None,
    ctx: CliContext,
    config: Config,
    sessions: async_sessionmaker[AsyncSession],
) -> Outcome:
    try:
        doc = await read_input_async(spec, mode, stdin=_binary_stdin(ctx),
                                     fetch_config=config.fetch)
    except InputError as exc:
        return Outcome(spec, "failed", str(exc))
    try:
        clean = _clean(doc)
    except Exception as exc:  # a page the cleaner chokes on is that input's failure only
        return Outcome(spec, "failed", f"{spec}: cannot clean it ({type(exc).__name__}: {exc})")
    canonical = page_canonical_url(doc.content, doc.url) if doc.kind == "html" else None
    async with sessions() as session:
        result = await ingest_article(
            session, clean, source=None, url=doc.url or clean.url,
            published_at=_published(clean.published), config=config, page_canonical=canonical,
        )
    article_id = result.article.id if result.article is not None else None
    status = "stored" if result.created else "duplicate" if result.duplicate else "failed"
    return Outcome(spec, status, result.reason, article_id, clean.title)


def _clean(doc: InputDoc) -> CleanArticle:
    return clean_html(doc.content, doc.url) if doc.kind == "html" else clean_text(doc.content)


def _binary_stdin(ctx: CliContext) -> BinaryIO:
    buffer = getattr(ctx.stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    return io.BytesIO(ctx.stdin.read().encode("utf-8"))


def _published(value: str) -> datetime | None:
    """The page's own ISO 8601 date, in UTC; None when absent or unreadable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
