"""``newsdigest analyze [--html|--text] [--json|--jsonl] PATH|URL...``: clean and analyse pages.

Prints what cleaning keeps (title, byline, standfirst, paragraphs, text) plus the key points and
the direct quotes with their speakers (DESIGN.md §8). One input with ``--json`` gives one JSON
object; several inputs, or ``--jsonl``, give one object per line with ``"source"`` set to the
input as given. Without a format flag the result is printed for people to read. An input that
cannot be read is reported on standard error and the others still run (exit 1 at the end).
"""

from __future__ import annotations

import argparse
import io
import json
from typing import Any, BinaryIO

from digests.analyse import analyse
from digests.article import Analysis, CleanArticle
from digests.clean import clean_html, clean_text
from digests.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, CliContext
from digests.fetch.inputs import InputDoc, InputError, read_input

MAX_POINTS_LIMIT = 10


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "analyze",
        aliases=["analyse"],
        help="clean pages and print their key points and quotes",
        description="Clean each input and print its key points and direct quotes (with "
        "speakers). PATH may be - for standard input; .gz files are read as gzip; the input "
        "type is sniffed unless --html or --text is given.",
    )
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--html", action="store_const", const="html", dest="mode",
                      help="inputs are HTML pages")
    kind.add_argument("--text", action="store_const", const="text", dest="mode",
                      help="inputs are plain text pulled off a page")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_const", const="json", dest="format",
                        help="JSON: one object for one input, one per line for several")
    output.add_argument("--jsonl", action="store_const", const="jsonl", dest="format",
                        help='one JSON object per line, each with "source"')
    parser.add_argument("--points", type=int, metavar="N", default=None,
                        help="key points per article (default: [digest] key_points, 3)")
    parser.add_argument("inputs", nargs="+", metavar="PATH|URL")
    parser.set_defaults(handler=run, format="text")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    max_points = args.points if args.points is not None else ctx.config.digest.key_points
    if not 1 <= max_points <= MAX_POINTS_LIMIT:
        ctx.error(f"--points must be between 1 and {MAX_POINTS_LIMIT}, not {max_points}")
        return EXIT_USAGE
    lines = args.format == "jsonl" or (args.format == "json" and len(args.inputs) > 1)
    failed = 0
    for spec in args.inputs:
        try:
            doc = read_input(spec, args.mode, stdin=_binary_stdin(ctx),
                             fetch_config=ctx.config.fetch)
        except InputError as exc:
            ctx.error(f"{spec}: {exc}")
            failed += 1
            continue
        article = _clean(doc)
        analysis = analyse(article, max_points=max_points)
        if args.format == "text":
            print(render_text(spec, article, analysis, several=len(args.inputs) > 1),
                  file=ctx.stdout)
        else:
            record = analysis_json(article, analysis, source=spec if lines else None)
            print(json.dumps(record, ensure_ascii=False, indent=None if lines else 2),
                  file=ctx.stdout)
    return EXIT_FAILED if failed else EXIT_OK


def analysis_json(
    article: CleanArticle, analysis: Analysis, *, source: str | None = None
) -> dict[str, Any]:
    """The clean fields, then ``key_points`` and ``quotes``; ``source`` first when given."""
    record: dict[str, Any] = {"source": source} if source is not None else {}
    record.update(article.to_json())
    record.update(analysis.to_json())
    return record


def render_text(source: str, article: CleanArticle, analysis: Analysis, *, several: bool) -> str:
    """A plain rendering for people: title, key points as bullets, quotes with speakers."""
    out: list[str] = [f"== {source} ==" if several else ""]
    out.append(article.title or "(no title)")
    if article.byline:
        out.append(f"by {article.byline}")
    out.append("")
    out.append("Key points:" if analysis.key_points else "Key points: none found")
    out.extend(f"  • {point}" for point in analysis.key_points)
    if analysis.quotes:
        out.append("Quotes:")
        for quote in analysis.quotes:
            who = quote.speaker or "speaker not given"
            out.append(f"  “{quote.text}” — {who}")
    return "\n".join(line for i, line in enumerate(out) if i or line)


def _clean(doc: InputDoc) -> CleanArticle:
    return clean_html(doc.content, doc.url) if doc.kind == "html" else clean_text(doc.content)


def _binary_stdin(ctx: CliContext) -> BinaryIO:
    buffer = getattr(ctx.stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    return io.BytesIO(ctx.stdin.read().encode("utf-8"))
