"""The per-document loop of commands that read pages: ``clean``, ``analyze``.

Each input (a path, ``-``, a ``.gz`` file or a URL) is read, handed to the command's function,
and written as pretty JSON, JSON lines or plain text. A bad input costs one line on stderr naming
it; the others are still processed and the exit code says that something failed.
"""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, TextIO

from tqdm import tqdm

from digests.cli import EXIT_FAILED, EXIT_OK, CliContext
from digests.config import FetchConfig
from digests.fetch.inputs import InputDoc, InputError, is_url, read_input

# A command turns one document into its JSON object; plain output renders that object.
Process = Callable[[InputDoc], dict[str, Any]]
RenderPlain = Callable[[dict[str, Any]], str]

PROGRESS_MIN_INPUTS = 10


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH..., --html/--text and --json/--jsonl, as every page-reading command takes them."""
    parser.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="file, .gz file, http(s) URL, or - for standard input",
    )
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--html", dest="mode", action="store_const", const="html",
                      help="treat inputs as HTML pages")
    kind.add_argument("--text", dest="mode", action="store_const", const="text",
                      help="treat inputs as plain text scraped off a page")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true",
                        help="one JSON object (one per line when there are several inputs)")
    output.add_argument("--jsonl", action="store_true",
                        help="one JSON object per line, with the input as \"source\"")


def run_documents(
    args: argparse.Namespace, ctx: CliContext, process: Process, render_plain: RenderPlain
) -> int:
    """Read every input in ``args.paths``, process it, write the results; return the exit code."""
    specs: list[str] = list(args.paths)
    as_lines = bool(args.jsonl) or (bool(args.json) and len(specs) > 1)
    fetch_config = _fetch_config(specs, ctx)
    stdin = _binary_stdin(ctx.stdin) if "-" in specs else io.BytesIO()
    failures = 0
    for position, spec in enumerate(_progress(specs, ctx.stderr)):
        try:
            doc = read_input(spec, args.mode, stdin=stdin, fetch_config=fetch_config)
            result = process(doc)
        except InputError as exc:
            ctx.error(f"{spec}: {exc}")
            failures += 1
            continue
        _write(ctx.stdout, spec, result, as_lines, bool(args.json), render_plain,
               several=len(specs) > 1, first=position == 0)
    return EXIT_FAILED if failures else EXIT_OK


def _fetch_config(specs: list[str], ctx: CliContext) -> FetchConfig:
    # Local files need no configuration; a URL needs the fetch settings (and so the config).
    return ctx.config.fetch if any(is_url(spec) for spec in specs) else FetchConfig()


def _binary_stdin(stdin: TextIO) -> BinaryIO:
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    return io.BytesIO(stdin.read().encode("utf-8"))


def _progress(specs: list[str], stderr: TextIO) -> Iterator[str]:
    show = len(specs) >= PROGRESS_MIN_INPUTS and stderr.isatty()
    return iter(tqdm(specs, file=stderr, disable=not show, unit="doc", leave=False))


def _write(
    out: TextIO,
    spec: str,
    result: dict[str, Any],
    as_lines: bool,
    as_json: bool,
    render_plain: RenderPlain,
    *,
    several: bool,
    first: bool,
) -> None:
    if as_lines:
        out.write(json.dumps({"source": spec, **result}, ensure_ascii=False) + "\n")
    elif as_json:
        out.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    else:
        if several:
            out.write(("" if first else "\n") + f"==> {spec} <==\n")
        out.write(render_plain(result).rstrip("\n") + "\n")
    out.flush()
