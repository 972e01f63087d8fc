"""``newsdigest analyze [--html|--text] [--json|--jsonl] [--points N] PATH...``: pages analysed.

Prints what cleaning keeps (title, byline, standfirst, paragraphs, text) plus the key points and
the direct quotes with their speakers (DESIGN.md §8). Reading inputs, the per-document loop and
the output formats are those of ``newsdigest clean`` (:mod:`digests.cli.docs`): one input with
``--json`` gives one object; several, or ``--jsonl``, one object per line with ``"source"``.
"""

from __future__ import annotations

import argparse
from typing import Any

from digests.analyse import analyse
from digests.clean import clean_page
from digests.cli import EXIT_USAGE, CliContext
from digests.cli.clean_cmd import render_article
from digests.cli.docs import add_input_arguments, run_documents
from digests.fetch.inputs import InputDoc

MAX_POINTS_LIMIT = 10


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "analyze",
        aliases=["analyse"],
        help="clean pages and print their key points and quotes",
        description="Clean each input, then print its key points and its direct quotes with "
        "their speakers. The input type is sniffed unless --html or --text is given.",
    )
    add_input_arguments(parser)
    parser.add_argument("--points", type=int, metavar="N", default=None,
                        help="key points per article (default: [digest] key_points, 3)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, ctx: CliContext) -> int:
    max_points = args.points if args.points is not None else ctx.config.digest.key_points
    if not 1 <= max_points <= MAX_POINTS_LIMIT:
        ctx.error(f"--points must be between 1 and {MAX_POINTS_LIMIT}, not {max_points}")
        return EXIT_USAGE

    def analyse_document(doc: InputDoc) -> dict[str, Any]:
        article = clean_page(doc.content, doc.kind, doc.url)
        return {**article.to_json(), **analyse(article, max_points=max_points).to_json()}

    return run_documents(args, ctx, analyse_document, render_analysis)


def render_analysis(result: dict[str, Any]) -> str:
    """For people: the key points and quotes first (what a digest shows), then the article."""
    lines: list[str] = []
    if result.get("title"):
        lines += [result["title"], ""]
    lines.append("Key points:" if result["key_points"] else "Key points: none found")
    lines += [f"  • {point}" for point in result["key_points"]]
    if result["quotes"]:
        lines += ["", "Quotes:"]
        for quote in result["quotes"]:
            lines.append(f"  “{quote['text']}” — {quote['speaker'] or 'speaker not given'}")
    article = render_article({**result, "title": ""})
    return "\n".join([*lines, "", "Article:", "", article])
