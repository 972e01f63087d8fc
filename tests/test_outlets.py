"""Which site an article's link names: the newsroom behind its feeds."""

from __future__ import annotations

import pytest

from digests.outlets import site_of


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.morningpost.example/world/dam", "morningpost.example"),
        ("https://news.morningpost.co.uk/a", "morningpost.co.uk"),
        ("https://morningpost.co.uk/b", "morningpost.co.uk"),
        ("http://edition.harbourwire.com/c?x=1", "harbourwire.com"),
        ("https://abc.net.au/news/d", "abc.net.au"),
        # Two different newsrooms on one country domain stay two.
        ("https://thetimes.co.uk/e", "thetimes.co.uk"),
        # On a publishing platform, each subdomain is a publisher of its own.
        ("https://anna.substack.com/p/dam", "anna.substack.com"),
        ("https://www.anna.blogspot.com/2026/dam.html", "anna.blogspot.com"),
        ("https://substack.com/home", "substack.com"),
        # No registered name to go by: no link, a bare host, an address.
        ("", None),
        ("https://localhost/f", None),
        ("http://127.0.0.1:8080/g", None),
        ("http://[::1]/h", None),
        ("http://[bad/i", None),
        ("https://user:pw@Www.MorningPost.example:8443/x", "morningpost.example"),
        ("mailto:desk@morningpost.example", None),
    ],
)
def test_site_of_a_link(url: str, site: str | None) -> None:
    assert site_of(url) == site

