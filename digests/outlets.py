"""Which articles come from one newsroom: the site their links point to.

A newsroom often has several feeds (its world news, its politics, its front page), each a source
with a name of its own ("Morning Post - World", "Morning Post: Politics"), and a page added by
address is named after its host ("morningpost.co.uk"). The names differ; the site does not. So an
outlet is known by its registrable domain (the name a site registers: "morningpost.co.uk" for
"www.morningpost.co.uk" and "news.morningpost.co.uk"); by its name only when the article has no
link to tell.
"""

from __future__ import annotations

from functools import lru_cache

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


# A digest looks up the sites of a few articles per story, and a scheduled run composes
# thousands of digests from the same few hundred sites.
@lru_cache(maxsize=4096)
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
    host = _host(url)
    if "." not in host or _is_address(host):
        return None
    return registrable_domain(host)


def _host(url: str) -> str:
    """The host of an absolute URL, lower case, without user, port or brackets ("" if none).

    Read by hand: a digest looks up a few per story, and urlsplit costs several times more.
    """
    _, marker, rest = url.strip().partition("://")
    if not marker:
        return ""
    authority = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    authority = authority.rpartition("@")[2]
    if authority.startswith("["):
        return authority[1:].partition("]")[0].lower()  # an IPv6 address
    return authority.partition(":")[0].lower()


def _is_address(host: str) -> bool:
    # An IPv6 address has colons; an IPv4 one ends in digits, which no top-level domain is.
    return ":" in host or host.rpartition(".")[2].isdigit()

