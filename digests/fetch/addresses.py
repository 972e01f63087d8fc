"""Which URLs we are willing to fetch: the scheme and address policy (SSRF protection).

A bot that fetches URLs people send it must not become a way into the network it runs in, so a
host that resolves to a private, loopback, link-local, multicast or reserved address is refused
unless the operator allows it (tests and closed deployments do).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit, urlunsplit

ALLOWED_SCHEMES = frozenset({"http", "https"})

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressRefused(Exception):
    """A URL or address the policy does not allow; the message is one human line."""


def check_scheme(url: str) -> str:
    """Return the URL's host, or refuse a URL that is not http(s) or has no host."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if not scheme:
        raise AddressRefused(f"{url}: only http and https URLs can be fetched; start it with "
                             "https://")
    if scheme not in ALLOWED_SCHEMES:
        raise AddressRefused(f"{url}: only http and https URLs can be fetched ('{scheme}' given)")
    host = parts.hostname
    if not host:
        raise AddressRefused(f"{url}: the URL has no host")
    return host


def why_not_public(address: str) -> str | None:
    """Why ``address`` (a literal IP) is not a public unicast address, or None when it is.

    Pure: no lookups, no connections; this is what the SSRF tests exercise.
    """
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv4 address wrapped in IPv6 reaches the IPv4 host, so judge that host.
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            return why_not_public(str(mapped))
    checks: list[tuple[bool, str]] = [
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_private, "a private address"),
        # Deprecated, but still routed inside some networks, and not among ``is_private``.
        (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local, "a site-local address"),
        (ip.is_reserved, "a reserved address"),
        (not ip.is_global, "not a public address"),
    ]
    for failed, reason in checks:
        if failed:
            return reason
    return None


def check_address(host: str, address: str) -> None:
    """Refuse ``address`` (what ``host`` resolved to) unless it is a public address."""
    reason = why_not_public(address)
    if reason is not None:
        raise AddressRefused(f"{host} resolves to {address}, {reason}; refusing to fetch it")


async def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (a literal IP resolves to itself, without a lookup)."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise AddressRefused(f"{host}: cannot resolve the host name ({exc.strerror})") from None
    return sorted({str(info[4][0]) for info in infos})


async def check_url(url: str, *, allow_private: bool) -> list[str]:
    """Refuse a URL by scheme, and (unless ``allow_private``) by every address its host has.

    Returns the addresses that were checked (none when ``allow_private``): the caller connects
    to one of them, so a second DNS answer cannot swap in an inside address (DNS rebinding).
    """
    host = check_scheme(url)
    if allow_private:
        return []
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    addresses = await resolve(host, port)
    for address in addresses:
        check_address(host, address)
    return addresses


def pinned_target(url: str, address: str) -> tuple[str, str, str | None]:
    """(``url`` with its host replaced by ``address``, the Host header, the TLS server name).

    The request then goes to the address that passed the policy while the server still sees
    the name it expects, and TLS still verifies the certificate for that name.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = parts.netloc.rpartition("@")[2]  # host[:port] as written, without credentials
    literal = f"[{address}]" if ":" in address else address
    pinned_netloc = f"{literal}:{parts.port}" if parts.port else literal
    pinned = urlunsplit(parts._replace(netloc=pinned_netloc))
    server_name = host if parts.scheme.lower() == "https" else None
    return pinned, netloc, server_name
