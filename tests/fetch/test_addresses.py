"""The address policy, tested on literal addresses only: no request leaves this machine."""

from __future__ import annotations

import pytest

from digests.config import FetchConfig
from digests.fetch.addresses import AddressRefused, check_address, check_scheme, why_not_public
from digests.fetch.http import FetchError, fetch


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
        "0.0.0.0", "224.0.0.1", "240.0.0.1", "255.255.255.255", "100.64.0.1", "::1", "::",
        "fe80::1", "fc00::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "2002:a00:1::",
    ],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert why_not_public(address) is not None
    with pytest.raises(AddressRefused, match="refusing to fetch"):
        check_address("example.test", address)


@pytest.mark.parametrize("address", ["fec0::1", "feff:ffff::1"])
def test_ipv6_site_local_addresses_are_refused(address: str) -> None:
    assert why_not_public(address) == "a site-local address"


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert why_not_public(address) is None
    check_address("example.test", address)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://a/", "javascript:alert(1)",
            "example.org/page"],
)
def test_only_http_schemes(url: str) -> None:
    with pytest.raises(AddressRefused, match="only http and https"):
        check_scheme(url)


def test_url_without_host_is_refused() -> None:
    with pytest.raises(AddressRefused, match="no host"):
        check_scheme("http:///path")


async def test_fetch_refuses_loopback_by_default_before_connecting() -> None:
    # Nothing listens on port 9 here; the policy must refuse before any connection is tried.
    with pytest.raises(FetchError, match=r"127\.0\.0\.1, a loopback address"):
        await fetch("http://127.0.0.1:9/", FetchConfig())


async def test_fetch_refuses_localhost_name_by_default() -> None:
    with pytest.raises(FetchError, match="loopback"):
        await fetch("http://localhost:9/", FetchConfig())


async def test_fetch_refuses_file_scheme() -> None:
    with pytest.raises(FetchError, match="only http and https"):
        await fetch("file:///etc/passwd", FetchConfig())
