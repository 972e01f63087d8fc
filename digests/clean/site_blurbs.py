"""Sentences a site prints about itself: "Coast Herald publishes local news ...", "Coast Herald
is funded by its readers".

A tagline printed over the story, or a plea for support inside it, is prose by its shape; what
gives it away is its subject, the site's own name, with a verb in the present tense that describes
the site. A story that names the site as its source says what the site learnt or was told (the
past tense, or a reporting verb), so only the verbs of a description count.
"""

from __future__ import annotations

from collections.abc import Collection

# Present-tense verbs a site describes itself with, in the languages the cleaner meets most.
_DESCRIBING_VERBS = frozenset({
    "is", "are", "publishes", "brings", "offers", "provides", "covers", "delivers", "features",
    "does", "relies", "depends", "aims", "exists", "welcomes",
    "ist", "bietet", "liefert", "wird",
    "est", "publie", "propose", "offre",
    "es", "publica", "ofrece",
    "è", "pubblica",
    "é", "oferece",
})
# What follows "is" in a story that names the site as its source ("is told", "is informed").
_SOURCE_WORDS = frozenset({"told", "informed", "reliably", "aware", "understood"})
_MAX_BLURB_WORDS = 40


def is_site_blurb(text: str, site_names: Collection[str]) -> bool:
    """Whether ``text`` is a sentence about the site: one of its ``site_names`` (case-folded)
    opens it, followed by a describing verb."""
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
