"""A careful HTTP GET: address policy on every hop, timeouts, a redirect limit, a size cap,
charset detection and conditional GET. Every failure is a :class:`FetchError` with one line."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from digests.config import FetchConfig
from digests.fetch.addresses import AddressRefused, check_url, pinned_target
from digests.fetch.charset import decode_body

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECT_STATUSES = frozenset({301, 308})
_TEXT_APPLICATION_TYPES = frozenset(
    {"xml", "json", "javascript", "x-javascript", "xhtml+xml", "rss+xml", "atom+xml", "rdf+xml"}
)
_BINARY_TOP_TYPES = frozenset({"image", "audio", "video", "font", "model"})


# The longest wait a server's Retry-After may ask of us: a mistaken header ("Retry-After: 1e9")
# must not silence a feed for good.
MAX_RETRY_AFTER = timedelta(days=1)


# Client errors that say "not now" rather than "never" (too many requests; the server tired of
# waiting for ours). Every 5xx says the same: overloaded, restarting, an upstream that is down.
_TEMPORARY_CLIENT_STATUSES = frozenset({408, 429})


class FetchError(Exception):
    """A fetch that failed, worded for a person: ``"http://…: HTTP 404"``.

    ``retry_after`` is how long the server asked us to wait (a 429 or 503 with Retry-After).
    ``temporary`` says the same URL may well work when tried again later (a 429 or 5xx answer,
    a timeout, a dropped connection); a 404, a refused address or a response we will never
    accept (binary, too large) will not.
    """

    def __init__(
        self, message: str, *, retry_after: timedelta | None = None, temporary: bool = False
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.temporary = temporary


def is_temporary_status(status: int) -> bool:
    """Whether an HTTP error status says "try again later" rather than "this will not work"."""
    return status in _TEMPORARY_CLIENT_STATUSES or status >= 500


def parse_retry_after(header: str | None, now: datetime) -> timedelta | None:
    """The wait a Retry-After header asks for (seconds, or an HTTP date), at most a day;
    None when absent or unreadable."""
    if not header:
        return None
    value = header.strip()
    if value.isascii() and value.isdigit():
        wait = timedelta(seconds=int(value[:7]))  # seven digits already exceed the cap
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)  # HTTP dates are GMT
        wait = when - now
    return min(max(wait, timedelta(0)), MAX_RETRY_AFTER)


@dataclass(frozen=True)
class FetchResult:
    url: str  # the final URL, after redirects
    status: int
    content: bytes
    text: str
    content_type: str  # the media type alone, lower case ("text/html"), "" when not given
    etag: str | None
    last_modified: str | None
    not_modified: bool = False
    encoding: str = ""
    # Every redirect on the way was permanent (301/308): ``url`` is the address to use from now
    # on. False when there was no redirect.
    moved_permanently: bool = False


def parse_content_type(header: str | None) -> tuple[str, str | None]:
    """(media type in lower case, charset parameter or None) of a Content-Type header."""
    if not header:
        return "", None
    media, *params = header.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("'\"") or None
    return media.strip().lower(), charset


def is_binary_type(media_type: str) -> bool:
    """Whether a media type is one we never treat as a page or a feed (images, PDFs, archives…)."""
    if not media_type or media_type.startswith("text/"):
        return False
    top, _, sub = media_type.partition("/")
    if top in _BINARY_TOP_TYPES:
        return True
    if top == "application":
        return not (sub in _TEXT_APPLICATION_TYPES or sub.endswith(("+xml", "+json")))
    return False


def _looks_like_markup(data: bytes) -> bool:
    # Some servers send every file as application/octet-stream; trust the bytes if they are text.
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    return b"\x00" not in head and head.startswith(b"<")


def _human_size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1_000:
        return f"{n / 1_000:g} kB"
    return f"{n} bytes"


@asynccontextmanager
async def _client_for(
    config: FetchConfig, client: httpx.AsyncClient | None
) -> AsyncIterator[httpx.AsyncClient]:
    if client is not None:
        yield client
        return
    # trust_env=False: a proxy from the environment would bypass the address policy.
    async with httpx.AsyncClient(trust_env=False, follow_redirects=False) as own:
        yield own


def _request_headers(
    config: FetchConfig, etag: str | None, last_modified: str | None
) -> dict[str, str]:
    headers = {
        "User-Agent": config.user_agent,
        "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
        "application/xml;q=0.9,text/*;q=0.8,*/*;q=0.5",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


async def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: response larger than {_human_size(max_bytes)}")
    chunks: list[bytes] = []
    total = 0
    async for chunk in response.aiter_bytes():
        total += len(chunk)
        if total > max_bytes:
            raise FetchError(f"{url}: response larger than {_human_size(max_bytes)}")
        chunks.append(chunk)
    return b"".join(chunks)


def _next_hop(url: str, response: httpx.Response, seen: list[str], max_redirects: int) -> str:
    location: str | None = response.headers.get("location")
    if not location:
        raise FetchError(f"{url}: HTTP {response.status_code} redirect without a Location")
    target: str = urljoin(url, location.strip())
    if target in seen:
        raise FetchError(f"{seen[0]}: redirect loop ({url} -> {target})")
    if len(seen) > max_redirects:
        raise FetchError(f"{seen[0]}: too many redirects (more than {max_redirects})")
    return target


async def _fetch_hops(
    url: str,
    config: FetchConfig,
    client: httpx.AsyncClient,
    headers: dict[str, str],
) -> FetchResult:
    seen: list[str] = []
    permanent: bool | None = None  # None: no redirect yet
    timeout = httpx.Timeout(config.timeout_seconds)
    while True:
        try:
            addresses = await check_url(url, allow_private=config.allow_private_addresses)
        except AddressRefused as exc:
            raise FetchError(str(exc)) from None
        seen.append(url)
        response = await _send(client, url, addresses, headers, timeout)
        try:
            if response.status_code in REDIRECT_STATUSES:
                url = _next_hop(url, response, seen, config.max_redirects)
                permanent = permanent is not False and (
                    response.status_code in PERMANENT_REDIRECT_STATUSES)
                continue
            result = await _finish(url, response, config)
            return dataclasses.replace(result, moved_permanently=bool(permanent))
        finally:
            await response.aclose()


async def _send(
    client: httpx.AsyncClient,
    url: str,
    addresses: list[str],
    headers: dict[str, str],
    timeout: httpx.Timeout,
) -> httpx.Response:
    """Send to one of the checked ``addresses`` (each in turn until one connects), or, when
    the policy checked none, to whatever ``url``'s host resolves to."""
    if not addresses:
        request = client.build_request("GET", url, headers=headers, timeout=timeout)
        return await client.send(request, stream=True, follow_redirects=False)
    for attempt, address in enumerate(addresses, start=1):
        target, host_header, server_name = pinned_target(url, address)
        request = client.build_request(
            "GET", target, headers={**headers, "Host": host_header}, timeout=timeout,
            extensions={"sni_hostname": server_name} if server_name else None,
        )
        try:
            return await client.send(request, stream=True, follow_redirects=False)
        except httpx.ConnectError:
            if attempt == len(addresses):
                raise
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover


async def _finish(url: str, response: httpx.Response, config: FetchConfig) -> FetchResult:
    etag = response.headers.get("etag")
    last_modified = response.headers.get("last-modified")
    media_type, charset = parse_content_type(response.headers.get("content-type"))
    if response.status_code == 304:
        return FetchResult(url, 304, b"", "", media_type, etag, last_modified, not_modified=True)
    if response.status_code >= 400:
        reason = f" {response.reason_phrase}" if response.reason_phrase else ""
        retry_after = None
        if response.status_code in (429, 503):
            retry_after = parse_retry_after(response.headers.get("retry-after"),
                                            datetime.now(UTC))
        raise FetchError(f"{url}: HTTP {response.status_code}{reason}", retry_after=retry_after,
                         temporary=is_temporary_status(response.status_code))
    if response.status_code != 200:
        raise FetchError(f"{url}: unexpected HTTP {response.status_code}")
    if is_binary_type(media_type) and media_type != "application/octet-stream":
        raise FetchError(f"{url}: not a page or a feed (content type {media_type})")
    content = await _read_capped(response, url, config.max_bytes)
    if media_type == "application/octet-stream" and not _looks_like_markup(content):
        raise FetchError(f"{url}: not a page or a feed (content type {media_type})")
    text, encoding = decode_body(content, charset)
    return FetchResult(
        url, response.status_code, content, text, media_type, etag, last_modified,
        encoding=encoding,
    )


async def fetch(
    url: str,
    config: FetchConfig,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    client: httpx.AsyncClient | None = None,
) -> FetchResult:
    """GET ``url`` safely; raise :class:`FetchError` with a one-line message when it fails.

    ``config.timeout_seconds`` bounds each network step and, doubled, the whole fetch, so a
    server that drips one byte at a time cannot hold a poll forever.
    """
    try:
        urlsplit(url).port  # noqa: B018 - a malformed port raises here, before any lookup
    except ValueError:
        raise FetchError(f"{url}: not a valid URL (bad port)") from None
    headers = _request_headers(config, etag, last_modified)
    try:
        async with asyncio.timeout(config.timeout_seconds * 2), _client_for(config, client) as c:
            return await _fetch_hops(url, config, c, headers)
    except (TimeoutError, httpx.TimeoutException):
        raise FetchError(f"{url}: timed out after {config.timeout_seconds:g} s",
                         temporary=True) from None
    except httpx.ConnectError as exc:
        raise FetchError(f"{url}: cannot connect ({_short(exc)})", temporary=True) from None
    except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
        # The connection broke (reset, closed before an answer): the next try may well work.
        raise FetchError(f"{url}: {_short(exc)}", temporary=True) from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError(f"{url}: {_short(exc)}") from None


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
