"""What the CLI reads: a file, ``-`` for standard input, a ``.gz`` file, or an http(s) URL.

Whatever the source, the bytes are capped in size, un-gzipped, refused when binary, decoded (BOM,
declared charset, detection) and sniffed as HTML or plain text unless the caller says which.
Every refusal is an :class:`InputError` with one line a person can act on.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gzip
import re
import zlib
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from digests.config import FetchConfig
from digests.fetch.charset import decode_body

GZIP_MAGIC = b"\x1f\x8b"
KINDS = ("html", "text")
_CHUNK = 1 << 16
_SNIFF_CHARS = 20_000
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ELEMENT = re.compile(r"<(?:html|body|head|div|p|article|section)[\s>]", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_MIN_TAGS_FOR_HTML = 10
_MAX_REPLACEMENT_SHARE = 0.01


class InputError(Exception):
    """An input that cannot be read or is not a page (one line, naming the problem)."""


@dataclass(frozen=True)
class InputDoc:
    source: str  # the spec exactly as given: a path, "-", or a URL
    kind: str  # "html" or "text"
    content: str
    url: str = ""  # the final URL for fetched pages, else ""


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def read_input(
    spec: str, mode: str | None, *, stdin: BinaryIO, fetch_config: FetchConfig
) -> InputDoc:
    """Read one input; ``mode`` forces "html" or "text", None sniffs the content."""
    _check_mode(mode)
    if is_url(spec):
        return _run_coroutine_blocking(_read_url(spec, mode, fetch_config))
    data = _read_local(spec, stdin, fetch_config.max_bytes)
    return document_from_bytes(spec, data, mode, fetch_config.max_bytes)


async def read_input_async(
    spec: str, mode: str | None, *, stdin: BinaryIO, fetch_config: FetchConfig
) -> InputDoc:
    """:func:`read_input` for code already inside an event loop (URLs are awaited, not blocked)."""
    _check_mode(mode)
    if is_url(spec):
        return await _read_url(spec, mode, fetch_config)
    data = _read_local(spec, stdin, fetch_config.max_bytes)
    return document_from_bytes(spec, data, mode, fetch_config.max_bytes)


def document_from_bytes(source: str, data: bytes, mode: str | None, max_bytes: int) -> InputDoc:
    """Un-gzip, refuse binary, decode and sniff ``data`` read from ``source``."""
    if data.startswith(GZIP_MAGIC):
        data = _gunzip(data, max_bytes)
    content = decode_text(data)
    return InputDoc(source=source, kind=mode or sniff_kind(content), content=content)


def decode_text(data: bytes) -> str:
    """Text of ``data``; InputError when it is binary (NUL bytes, or not decodable)."""
    text, encoding = decode_body(data)
    if not encoding.startswith(("utf-16", "utf-32")) and b"\x00" in data:
        raise InputError("binary data (NUL bytes), not a page or text")
    if text and text.count("\ufffd") / len(text) > _MAX_REPLACEMENT_SHARE:
        raise InputError("binary data or unknown text encoding (could not decode it)")
    return text


def sniff_kind(content: str) -> str:
    """"html" when the content looks like markup (a doctype, <html>/<body>, many tags)."""
    head = content[:_SNIFF_CHARS]
    if _HTML_START.match(head):
        return "html"
    if _HTML_ELEMENT.search(head) and len(_ANY_TAG.findall(head)) >= _MIN_TAGS_FOR_HTML:
        return "html"
    return "text"


def _check_mode(mode: str | None) -> None:
    if mode is not None and mode not in KINDS:
        raise ValueError(f"mode must be one of {KINDS} or None, not {mode!r}")


def _read_capped(stream: BinaryIO, max_bytes: int, what: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{what} larger than {max_bytes} bytes ([fetch] max_bytes)")
        chunks.append(chunk)


def _read_local(spec: str, stdin: BinaryIO, max_bytes: int) -> bytes:
    if spec == "-":
        return _read_capped(stdin, max_bytes, "input")
    path = Path(spec)
    try:
        with path.open("rb") as stream:
            return _read_capped(stream, max_bytes, "file")
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror or exc})") from None


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress with the same cap as raw input: a small .gz must not expand to gigabytes."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, max_bytes + 1)
        if len(out) > max_bytes:
            raise InputError(f"uncompressed data larger than {max_bytes} bytes ([fetch] max_bytes)")
        if not decompressor.eof:
            raise InputError("truncated gzip data")
    except (zlib.error, gzip.BadGzipFile) as exc:
        raise InputError(f"not valid gzip data ({exc})") from None
    return out


async def _read_url(spec: str, mode: str | None, fetch_config: FetchConfig) -> InputDoc:
    # Imported here so reading files works whatever the state of the HTTP layer.
    from digests.fetch.http import FetchError, fetch

    try:
        result = await fetch(spec, fetch_config)
    except FetchError as exc:
        # The CLI names the input itself; the fetch message may start with the URL too.
        message = str(exc)
        raise InputError(message.removeprefix(f"{spec}: ") or message) from None
    content = result.text
    kind = mode or _kind_from_type(result.content_type) or sniff_kind(content)
    return InputDoc(source=spec, kind=kind, content=content, url=result.url)


def _kind_from_type(content_type: str) -> str | None:
    if content_type in {"text/html", "application/xhtml+xml"}:
        return "html"
    if content_type == "text/plain":
        return "text"
    return None


def _run_coroutine_blocking(coroutine: Coroutine[Any, Any, InputDoc]) -> InputDoc:
    """Run ``coroutine`` to completion from sync code, even when a loop already runs here."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
