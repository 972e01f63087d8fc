"""A page's document title without the site's name: "Headline – Section | Site" -> "Headline".

Separators also occur inside headlines ("Hund vertreibt Einbrecher – Zeugenaufruf"), and sites put
their name first as often as last, so the part to keep is not simply the longest or the first.
The page itself says which it is: its heading repeats the headline, whole. Failing that, a part
that is the site's name (as the page declares it, or as its address spells it) is dropped from
either end. A scraped page's text names no site: there a part is the site's name when it reads
as a name (short, capitalised like one) and not as a clause of the headline (a verb, lower-case
words, a question).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable
from typing import Final

from digests.clean.lines import word_count

# Spaced separators, and a dangling one left at an end when a template's site name was empty
# ("Über uns |").
_SEPARATOR: Final = re.compile(r"(\s+(?:[|–—·•»«/]|-{1,2}|::)\s+)")
_DANGLING: Final = re.compile(r"^(?:[|–—·•/]|-{1,2}|::)\s+|\s+(?:[|–—·•/]|-{1,2}|::)$")
_PUNCTUATION: Final = re.compile(r"[^\w\s]+")
# What joins the parts of an emoji ("✔️" is the mark and a variation selector).
_PICTOGRAM_JOINERS: Final = frozenset("\ufe0f\u200d")
# The separators between a headline and a site's name in a scraped document title, and a site's
# name glued on with an underscore ("Headline_Site").
_SITE_SEPARATOR: Final = re.compile(r"\s+(?:[|–—·•»«]|-|::)\s+|\s*_\s*(?=\S+$)")
_SITE_PIECES: Final = re.compile(f"({_SITE_SEPARATOR.pattern})")
# The same without « and », for a title that quotes in them, spaced inside as French writes them
# ("Théo Garnier, la victoire d'un « enfant du pays » sur le Tour de Lombardie").
_SEPARATOR_BESIDE_QUOTES: Final = re.compile(_SEPARATOR.pattern.replace("»«", ""))
_SITE_SEPARATOR_BESIDE_QUOTES: Final = re.compile(_SITE_SEPARATOR.pattern.replace("»«", ""))
_SITE_PIECES_BESIDE_QUOTES: Final = re.compile(f"({_SITE_SEPARATOR_BESIDE_QUOTES.pattern})")
_MIN_SITE_KEY: Final = 4  # shorter keys ("ap", "de") match the start of too many addresses
# A name (a site's, a section's) is short; a part of a title that runs longer is the headline's.
_MAX_NAME_WORDS: Final = 5
_MAX_BRAND_WORDS: Final = 3  # a name all in lower case ("heise online") is shorter still
_MIN_CLAUSE_WORDS: Final = 3  # a section's name in sentence case ("World news") has fewer
# ("!" is left out: names shout too, "BLOG OFF!")
_CLAUSE_MARK: Final = re.compile(r"[?:\"„“”«»]")
# Lower-case words of four letters or more that names still hold ("News from Kiel", "Blog über
# Bücher"): every other such word is a verb or a noun phrase's, as in a clause.
_NAME_LINKS: Final = frozenset({
    "from", "with", "about", "über", "pour", "avec", "dans", "della", "delle", "degli", "para",
    "sobre", "unter", "online", "blog",
})
# Conjunctions: a part that opens with one adds to the headline ("X — and shared pulpits"); no
# name opens with one.
_OPENING_CONJUNCTIONS: Final = frozenset(
    """and or but nor yet plus und oder aber sondern et ou mais ni y o pero e ma и а но""".split()
)


def without_pictograms(title: str) -> str:
    """The title without the pictograms a site sets before it for search results.

    "▷ Felix Neureuther vor der Ski-WM: …", "✅ Die besten Angebote": the mark is the site's
    decoration in a list of results, not a character of the headline. Only symbols go (Unicode's
    symbol classes, ASCII aside): a quote mark, a bracket or a digit that opens a headline
    stays.
    """
    start = 0
    while start < len(title) and (title[start].isspace() or _is_pictogram(title[start])):
        start += 1
    return title[start:] if start < len(title) else title


def _is_pictogram(char: str) -> bool:
    if char in _PICTOGRAM_JOINERS:
        return True
    # Some arrows and triangles are filed as mathematical symbols ("▷"); the ASCII ones ("+",
    # "<", "=") are not decoration.
    category = unicodedata.category(char)
    return category == "So" or (category == "Sm" and not char.isascii())


def match_key(text: str) -> str:
    """How a title and a heading are compared: case and the kind of dash do not matter."""
    return text.casefold().replace("–", "-").replace("—", "-")


def alnum_key(text: str) -> str:
    """``text``'s letters and digits, case-folded: two typesettings of one text match."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def without_dangling_separator(title: str) -> str:
    """``title`` without a separator left at either end ("Über uns |")."""
    return _DANGLING.sub("", title.strip())


# A title is a headline and a name or two. One longer than this, or cut into more parts, is a
# page's text printed on one line, or a hostile page's: only its whole is a run, as a title of
# n parts has n(n+1)/2 runs, each as long as its parts (10 s for a 160 KB line of 190 parts).
_MAX_RUNS_TITLE_CHARS: Final = 500
_MAX_RUNS_TITLE_PARTS: Final = 12


def _quotes_in_guillemets(title: str) -> bool:
    """Does ``title`` quote words between « and » (in that order), rather than separate its
    parts with them ("Accueil » Sport » Cyclisme")?"""
    opening = title.find("«")
    return opening >= 0 and title.find("»", opening) > opening


def _separator_for(
    title: str, usual: re.Pattern[str], beside_quotes: re.Pattern[str]
) -> re.Pattern[str]:
    """The separator pattern that splits ``title``: without « and » where it quotes in them."""
    return beside_quotes if _quotes_in_guillemets(title) else usual


def _split(title: str) -> list[str]:
    """``title``'s parts at even positions, the separators between them."""
    return _separator_for(title, _SEPARATOR, _SEPARATOR_BESIDE_QUOTES).split(title)


def title_runs(title: str) -> list[str]:
    """Every run of consecutive parts of ``title`` between its separators, the whole included."""
    title = without_dangling_separator(title)
    if len(title) > _MAX_RUNS_TITLE_CHARS:
        return [title]
    pieces = _split(title)  # parts at even positions, separators between them
    count = len(pieces) // 2 + 1
    if count > _MAX_RUNS_TITLE_PARTS:
        return [title]
    return ["".join(pieces[2 * first: 2 * last + 1]).strip()
            for first in range(count) for last in range(first, count)]


def repeated_parts(title: str, lines: Collection[str]) -> list[str]:
    """Runs of the title's parts that the page repeats as a whole line, the longest first.

    ``lines`` are the page's lines (or headings) as :func:`match_key` gives them. The headline
    is among them, and so, often, is the site's name (a logo's text): which is which is for the
    caller to judge.
    """
    found = [run for run in title_runs(title) if match_key(run) in lines]
    # Counted without punctuation: a "!" or a separator must not tip a tie to the site's name.
    return sorted(found, key=lambda run: -word_count(_PUNCTUATION.sub(" ", run)))


def reads_as_clause(part: str) -> bool:
    """Whether a part of a title reads as a clause of its headline rather than as a name.

    A name (a site's, a section's) is short and capitalised like one ("Harbour Gazette", "The
    Times of Kiel", "World news") or all in lower case like a brand ("jovelblog"). A clause runs
    longer, carries a question mark, a colon or quotes, goes on in lower case from the part
    before it ("die Geschichte der ..."), opens with a conjunction ("and shared pulpits"), or
    holds lower-case words besides the little ones that link a name ("Senat hat Sanierung
    beschlossen", "no cars allowed until spring").
    """
    words = part.split()
    if len(words) > _MAX_NAME_WORDS or _CLAUSE_MARK.search(part):
        return True
    lower = [word for word in words if word[0].islower()]
    if len(lower) == len(words):
        return len(words) > _MAX_BRAND_WORDS or words[0] in _OPENING_CONJUNCTIONS
    if continues_in_lower_case(part):
        return True
    return len(words) >= _MIN_CLAUSE_WORDS and any(
        len(word) >= 4 and word.isalpha() and word not in _NAME_LINKS for word in lower
    )


def continues_in_lower_case(part: str) -> bool:
    """Whether ``part`` opens in lower case but is not all lower case, as a brand can be: it goes
    on from the words before it ("- und FACC profitiert")."""
    return part[:1].islower() and not part.islower()


def site_name_test(site_names: Iterable[str] = (), host: str = "") -> Callable[[str], bool]:
    """Whether a text is the site's name: one the page declares, or the start of its address."""
    names = {alnum_key(name) for name in site_names} - {""}
    host_key = alnum_key(host.removeprefix("www.").split(".")[0]) if host else ""

    def names_site(text: str) -> bool:
        key = alnum_key(text)
        if key in names:
            return True
        return len(key) >= _MIN_SITE_KEY and bool(host_key) and host_key.startswith(key)

    return names_site


def without_site_name(title: str, site_names: Iterable[str] = (), host: str = "") -> str:
    """``title`` less the parts at either end that name the site, and any dangling separator."""
    title = without_dangling_separator(title)
    pieces = _split(title)
    names_site = site_name_test(site_names, host)
    while len(pieces) > 1 and names_site(pieces[-1]):
        pieces = pieces[:-2]
    while len(pieces) > 1 and names_site(pieces[0]):
        pieces = pieces[2:]
    return "".join(pieces).strip()


def site_parts(title: str) -> list[str]:
    """The parts of a scraped document title between its site separators."""
    return _separator_for(title, _SITE_SEPARATOR, _SITE_SEPARATOR_BESIDE_QUOTES).split(title)


def strip_site_name(title: str) -> str:
    """"Headline | Site" -> "Headline": the longest part between site separators, with the parts
    beside it that read as more of the headline ("Bridge closes - Senate orders repairs")."""
    title = without_dangling_separator(title)
    # parts at even positions, separators between them
    pieces = _separator_for(title, _SITE_PIECES, _SITE_PIECES_BESIDE_QUOTES).split(title)
    parts = [piece.strip() for piece in pieces[::2]]
    if not any(parts):
        return title
    first = last = max(range(len(parts)), key=lambda at: (len(parts[at]), -at))
    while last + 1 < len(parts) and parts[last + 1] and reads_as_clause(parts[last + 1]):
        last += 1
    # A question closes a headline, never a site's name ("Tax rules - What must you know?"), and
    # a part in lower case goes on from the one before it.
    while first > 0 and parts[first - 1] and (
        reads_as_clause(parts[first - 1]) or parts[first].endswith("?")
        or continues_in_lower_case(parts[first])
    ):
        first -= 1
    return "".join(pieces[2 * first: 2 * last + 1]).strip()


def longest_part(title: str) -> str:
    """The longest part of ``title`` between site separators (a trailing question with the part
    before it): the headline's core, against which a much shorter repeated part is a name."""
    title = without_dangling_separator(title)
    parts = [part.strip() for part in site_parts(title) if part.strip()]
    if len(parts) > 1 and parts[-1].endswith("?"):
        last_kept = title.rfind(parts[-2])
        parts[-2:] = [title[last_kept:].strip()] if last_kept >= 0 else parts[-2:]
    return max(parts, key=len) if parts else title


def names_besides_headline(page_title: str, title: str) -> set[str]:
    """The parts of the document title besides the headline ("Headline | Site"), case-folded."""
    parts = (part.strip().casefold() for part in site_parts(page_title))
    headline = title.casefold()
    return {part for part in parts if part and part not in headline}
