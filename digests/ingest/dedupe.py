"""What makes two articles the same: a canonical URL, a content hash, a near-duplicate signature.

The canonical URL is what a link means, not how it was spelled: tracking parameters, fragments,
default ports and a trailing slash do not make a new article. A page that names its own
canonical address (``<link rel=canonical>`` or ``og:url``) is believed.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from digests.analyse.signature import hamming, simhash
from digests.article import CleanArticle

# Parameters that say who sent the reader, never which article they read.
_TRACKING_EXACT = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id",
    "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "cmpid", "ocid", "smid", "sr_share",
    "ref_src", "ref_url", "guccounter", "guce_referrer", "guce_referrer_sig", "at_medium",
    "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4", "spm", "share",
})
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "at_", "__hs")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)

# SimHash over 3-word shingles: small edits of one text stay within ~10 bits, different texts
# land near 32 bits apart (17 at the closest over 4,950 pairs of BBC articles). Short texts
# have too few shingles for the signature to mean much, so they are compared exactly only.
NEAR_DUPLICATE_BITS = 10
NEAR_DUPLICATE_MIN_WORDS = 60


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_EXACT or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The URL with what does not change the resource removed; "" for a non-http(s) URL."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return ""
    host = parts.hostname.lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if ":" in host:  # an IPv6 literal keeps its brackets
        netloc = f"[{host}]" if port in (None, _DEFAULT_PORTS[scheme]) else f"[{host}]:{port}"
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
              if not _is_tracking(k)]
    query = urlencode(sorted(params))
    return urlunsplit((scheme, netloc, path, query, ""))


class _HeadLinks(HTMLParser):
    """Collects rel=canonical and og:url from a page's head; stops at the body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical: str | None = None
        self.og_url: str | None = None
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        values = {k.lower(): (v or "").strip() for k, v in attrs}
        if tag == "body":
            self.done = True
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href") or None
        elif tag == "meta" and values.get("property", values.get("name", "")).lower() == "og:url":
            self.og_url = self.og_url or values.get("content") or None


def same_site(a: str, b: str) -> bool:
    """Whether two URLs are on one site: the same host, or one a subdomain of the other."""
    host_a = (urlsplit(a).hostname or "").removeprefix("www.")
    host_b = (urlsplit(b).hostname or "").removeprefix("www.")
    if not host_a or not host_b:
        return False
    return host_a == host_b or host_a.endswith("." + host_b) or host_b.endswith("." + host_a)


def page_canonical_url(html: str, page_url: str) -> str | None:
    """The address a page gives for itself (rel=canonical, else og:url), made absolute.

    Only a claim on the page's own site is believed: a page must not be able to make another
    site's article look already stored. (Syndicated copies are still caught by their text.)
    """
    finder = _HeadLinks()
    head_end = html.lower().find("<body")
    finder.feed(html[: head_end if head_end >= 0 else 200_000])
    for claimed in (finder.canonical, finder.og_url):
        if claimed:
            absolute = canonical_url(urljoin(page_url, claimed))
            if absolute and same_site(absolute, page_url):
                return absolute
    return None


def normalise_text(text: str) -> str:
    """Case, width, punctuation and spacing folded away, so cosmetic edits hash the same."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def content_hash(title: str, body: str) -> str:
    """sha256 (hex) of the normalised title and body."""
    data = normalise_text(title) + "\n" + normalise_text(body)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def word_count(text: str) -> int:
    return len(normalise_text(text).split())


def is_near_duplicate(a: int, b: int) -> bool:
    """Whether two unsigned SimHash signatures are close enough to be one text re-published."""
    return hamming(a, b) <= NEAR_DUPLICATE_BITS


def body_signature(clean: CleanArticle) -> int:
    """The unsigned SimHash of an article's title and text, as stored in ``Article.signature``."""
    return simhash(clean.title + "\n" + clean.text)
