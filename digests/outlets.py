"""Which articles come from one newsroom: the site their links point to.

A newsroom often has several feeds (its world news, its politics, its front page), each a source
with a name of its own ("Morning Post - World", "Morning Post: Politics"), and a page added by
address is named after its host ("morningpost.co.uk"). The names differ; the site does not. So an
outlet is known by its registrable domain (the name a site registers: "morningpost.co.uk" for
"www.morningpost.co.uk" and "news.morningpost.co.uk"), and by its name only when the article has
no link to tell.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

# Second-level labels under which country domains register names ("bbc.co.uk", "abc.net.au",
# "gob.mx"): under these, the registered name is one label further left.
_GENERIC_SECOND_LEVEL = frozenset(
    {"co", "com", "org", "net", "gov", "gob", "edu", "ac", "or", "ne", "go", "nic", "info"}
)
_COUNTRY_CODE_LENGTH = 2
# Hosting platforms whose subdomains are separate publishers ("anna.substack.com" and
# "ben.substack.com" are two newsletters): there the site is one label further left too.
_PUBLISHING_PLATFORMS = frozenset({
    "blogspot.com", "wordpress.com", "substack.com", "medium.com", "github.io", "tumblr.com",
    "livejournal.com", "typepad.com", "ghost.io", "beehiiv.com", "wixsite.com", "weebly.com",
    "over-blog.com", "hatenablog.com",
})


def registrable_domain(host: str) -> str:
    """``host`` without its subdomains: 'news.example.co.uk' -> 'example.co.uk'."""
    labels = [label for label in host.lower().rstrip(".").split(".") if label]
    keep = 2
    if (
        len(labels) > 2
        and len(labels[-1]) == _COUNTRY_CODE_LENGTH
        and labels[-2] in _GENERIC_SECOND_LEVEL
    ):
        keep = 3
    if len(labels) > keep and ".".join(labels[-keep:]) in _PUBLISHING_PLATFORMS:
        keep += 1
    return ".".join(labels[-keep:])


def site_of(url: str) -> str | None:
    """The registrable domain ``url`` points to, or None when it names no such host (none,
    'localhost', or an IP address, which many sites can share)."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    if "." not in host or _is_address(host):
        return None
    return registrable_domain(host)


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def outlet_key(url: str, source_name: str) -> str:
    """What tells one article's outlet from another's: its site, else its source's name."""
    site = site_of(url)
    return f"site:{site}" if site is not None else f"name:{source_name.casefold()}"
