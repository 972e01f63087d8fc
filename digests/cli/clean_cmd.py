"""``newsdigest clean``: pages in, articles out (title, byline, standfirst, paragraphs, text)."""

from __future__ import annotations

import argparse
from typing import Any

from digests.clean import clean_page
from digests.cli import CliContext
from digests.cli.docs import add_input_arguments, run_documents
from digests.fetch.inputs import InputDoc


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "clean",
        help="extract the article from pages or scraped text",
        description="Extract the article (title, byline, standfirst, paragraphs) from HTML pages "
        "or from plain text scraped off a page. The input type is sniffed unless --html or "
        "--text is given.",
    )
    add_input_arguments(parser)
    parser.set_defaults(handler=handle)


def clean_document(doc: InputDoc) -> dict[str, Any]:
    return clean_page(doc.content, doc.kind, doc.url).to_json()


def render_article(result: dict[str, Any]) -> str:
    """The article as a person reads it: title, byline, bullets, paragraphs."""
    lines: list[str] = []
    if result.get("title"):
        lines += [result["title"], ""]
    if result.get("byline"):
        lines += [f"By {result['byline']}", ""]
    if result.get("standfirst"):
        lines += [f"• {item}" for item in result["standfirst"]] + [""]
    for paragraph in result.get("paragraphs", []):
        lines += [paragraph, ""]
    if not result.get("paragraphs") and not result.get("standfirst"):
        lines.append("(no article text found)")
    return "\n".join(lines)


def handle(args: argparse.Namespace, ctx: CliContext) -> int:
    return run_documents(args, ctx, clean_document, render_article)
