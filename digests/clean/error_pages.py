"""A page that says the story is not there: "404 Not Found", "Page not found", "Seite nicht
gefunden". Sites often serve it as a normal page (a "soft 404"), so the fetch sees no error; its
titles are the only reliable sign: the headline, or the declared <title> less the site's name
where a themed apology stands as the headline. Cleaned as usual, it gives the site's menus and
the apology as paragraphs, and key points such as "The content you are looking for is
unavailable."; an empty article instead lets the caller use the feed's own text. Only a whole
title (or a whole part of the <title>) that says so counts: a headline that mentions a 404 or
something not found is news.
"""

from __future__ import annotations

import re
from typing import Any, Final

_NOT_FOUND: Final = (
    r"not (?:be )?found|nicht gefunden|no encontrad[ao]|introuvable|non trouvée|non trovata|"
    r"não encontrada|niet gevonden|nie (?:została )?znaleziona|не найдена"
)
_PAGE: Final = r"(?:page|seite|página|pagina|strona|страница)"
_ERROR_TITLE: Final = re.compile(
    # "404", "Error 404", "404 - Page not found", "Erreur 404 - Page non trouvée"
    rf"(?:(?:error|fehler|erreur|errore|erro|błąd|ошибка)\s*)?404"
    rf"(?:\s*[-–—:|]?\s*(?:{_PAGE}\s+)?(?:{_NOT_FOUND}|error|fehler|erreur))?|"
    # "Page not found", "Sorry, the page you requested could not be found", "Seite nicht
    # gefunden", "Страница не найдена"
    rf"(?:(?:sorry|oops|ups|désolé)\W*)?(?:(?:the|this|die|la|esta|cette)\s+)?{_PAGE}"
    rf"(?:\s+you (?:are|were) looking for|\s+you requested)?"
    rf"\s+(?:(?:was|could|can ?not|cannot|can't|wurde)\s+)?"
    rf"(?:{_NOT_FOUND}|does(?:n't| not) exist|is (?:unavailable|no longer available))",
    re.IGNORECASE,
)
_MAX_WORDS: Final = 12


def is_error_title(title: str) -> bool:
    """Does the page's title, all of it, say that the page was not found?"""
    text = title.strip().strip(".!")
    return text.count(" ") < _MAX_WORDS and _ERROR_TITLE.fullmatch(text) is not None


# What sets a site's name apart from a page's in its declared title ("Page not found | Site").
_TITLE_PARTS: Final = re.compile(r"\s+[|·•–—-]\s+")


def is_error_page(tree: Any, title: str) -> bool:
    """Is the page a "not found" page: its headline (``title``), or its declared <title> less
    the site's name ("Page not found | Harbour Weekly"), says so? A themed apology may stand
    as the headline ("This is somewhat embarrassing, isn't it?") while the <title> tells."""
    if is_error_title(title):
        return True
    declared = tree.findtext(".//title") or ""
    return any(map(is_error_title, _TITLE_PARTS.split(declared)))
