"""Sentences a site prints about itself: "Coast Herald publishes local news ...", "Coast Herald
is funded by its readers", "Send your letters to letters@coastherald.com".

A tagline printed over the story, or a plea for support inside it, is prose by its shape; what
gives it away is its subject, the site's own name, with a verb in the present tense that describes
the site. A story that names the site as its source says what the site learnt or was told (the
past tense, or a reporting verb), so only the verbs of a description count. A call for tips,
letters or opinion pieces gives an address at the site's own domain; a story's appeal for
witnesses gives the police's.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from digests.clean.titles import alnum_key
from digests.outlets import registrable_domain

# Present-tense verbs a site describes itself with, in the languages the cleaner meets most.
_DESCRIBING_VERBS: Final = frozenset({
    "is", "are", "publishes", "brings", "offers", "provides", "covers", "delivers", "features",
    "does", "relies", "depends", "aims", "exists", "welcomes",
    "ist", "bietet", "liefert", "wird",
    "est", "publie", "propose", "offre",
    "es", "publica", "ofrece",
    "è", "pubblica",
    "é", "oferece",
})
# What follows "is" in a story that names the site as its source ("is told", "is informed").
_SOURCE_WORDS: Final = frozenset({"told", "informed", "reliably", "aware", "understood"})
_MAX_BLURB_WORDS: Final = 40
_MAX_NOTICE_WORDS: Final = 60
# An e-mail address's domain.
_ADDRESS_DOMAIN: Final = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def is_site_blurb(text: str, site_names: Collection[str]) -> bool:
    """Whether ``text`` is a sentence about the site: one of its ``site_names`` (case-folded)
    opens it, followed by a describing verb, or it gives an e-mail address at the site's domain."""
    if "@" in text and _gives_site_address(text, site_names):
        return True
    for name in site_names:
        if text[:len(name)].casefold() != name or text[len(name):len(name) + 1] != " ":
            continue
        words = text[len(name):].casefold().split(maxsplit=2)
        if (
            words
            and words[0] in _DESCRIBING_VERBS
            and (len(words) < 2 or words[1] not in _SOURCE_WORDS)
            and len(text.split()) <= _MAX_BLURB_WORDS
        ):
            return True
    return False


def _gives_site_address(text: str, site_names: Collection[str]) -> bool:
    """Whether ``text``, a short notice, gives an e-mail address at a domain that spells one of
    ``site_names`` ("oped@coastherald.com" for "Coast Herald")."""
    if not site_names or len(text.split()) > _MAX_NOTICE_WORDS:
        return False
    sites = {alnum_key(name.rsplit(".", 1)[0] if "." in name else name) for name in site_names}
    for domain in _ADDRESS_DOMAIN.findall(text):
        # The name a domain registers: "coastherald" in news.coastherald.co.uk, not a subdomain.
        if alnum_key(registrable_domain(domain).partition(".")[0]) in sites:
            return True
    return False
