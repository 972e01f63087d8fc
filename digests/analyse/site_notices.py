"""What the page says about itself among the story's sentences: a pointer to more ("Below you
can read…", "For more information…"), the show's sponsor, a notice of a failed form ("Please try
again later."). Parts of :func:`sentence_kinds.is_page_furniture`.
"""

from __future__ import annotations

import re
from typing import Final

# The page pointing its reader elsewhere on it or beyond it: "Below you can read…", "via the
# link below", "For more information…", "Weiterführende Informationen finden Sie…", "Hier findet
# ihr…". Anywhere in the sentence, unlike a prompt's verb: a label
# may come first ("Der Powder ruft: Hier findet ihr Artikel…").
_POINTER_AT_START: Final = re.compile(
    r"(?:Below|Above),? you\b|For (?:more|further) (?:information|details)\b"
    r"|Here(?:['’]s| is| are)\b"
)
_POINTER_ON_PAGE: Final = re.compile(r"\b(?:link|links|button) below\b")
_POINTER_IN_GERMAN: Final = re.compile(
    r"\b(?:Informationen|Infos)\b[^.!?]{0,60}?\b(?:finden Sie|findet ihr|findest du"
    r"|erhalten Sie)\b|\bHier (?:findet ihr|finden Sie|findest du|gibt es (?:mehr|weitere|alle))\b"
)
_POINTER_OPENERS: Final = ("Below", "Above", "For ", "Here")
_SPONSOR_OPENERS: Final = ("This", "Today", "Tonight")  # the words _SPONSOR_NOTE opens with
# The show's own sponsor, named by the show: "This week's podcast is sponsored by…", "Today's
# episode is brought to you by…"; not an event's ("The regatta is sponsored by…").
_SPONSOR_NOTE: Final = re.compile(
    r"(?:This|Today['’]s|This week['’]s|Tonight['’]s)\b[^.]{0,40}?\b(?:episode|podcast|show"
    r"|newsletter|edition|issue|series|segment|post|article|content|video|Podcast|Show)\b"
    r"[^.]{0,20}?\b(?:is|are|was) (?:sponsored|supported|presented|brought to you|made possible)"
    r" by\b"
)

# A series or newsletter greeting its reader and naming itself, at the sentence's start
# ("Welcome back to This Week in Apps, the series that…", "Willkommen zurück beim…", "Bienvenue
# dans…", "Bienvenidos a…", "Добро пожаловать в…"): the same line opens every issue. Not
# "Welcome news came…" nor "The mayor welcomed…": only the greeting and where to.
_GREETING: Final = re.compile(
    r"(?:Welcome(?: back)? to|Willkommen(?: zurück)? (?:bei|beim|zu|zum|zur|im|in)"
    r"|Bienvenue(?: à nouveau)? (?:à|au|aux|dans|sur)|Bienvenid[oa]s? (?:de nuevo )?(?:a|al)"
    r"|Добро пожаловать (?:в|во|на))\s"
)
_GREETING_OPENERS: Final = ("Welcome", "Willkommen", "Bienven", "Добро")

# The site's own notices that scraping kept among the paragraphs: a form or a widget that
# failed ("Your message could not be sent.", "Ha ocurrido un fallo … su mensaje no se ha podido
# enviar.", "Please try again later."). Not "The drug is unavailable", which is news: only the
# page's words for its own message, form or feature.
_SITE_MESSAGE: Final = re.compile(
    r"(?:your|the) (?:message|comment|form|request) could not be (?:sent|submitted|processed)"
    r"|please try again later|try again later\W*$"
    r"|this (?:feature|page|content|service) is (?:currently |temporarily )?unavailable"
    r"|su (?:mensaje|comentario) no se (?:ha )?podido enviar"
    r"|(?:inténtelo|pruebe|intente|vuelva a intentarlo)(?: de nuevo| otra vez| un poco)? más tarde"
    r"|votre (?:message|commentaire) n['’]a pas pu être envoyé|(?:veuillez )?réessayer plus tard"
    r"|Ihre (?:Nachricht|Anfrage) konnte nicht (?:gesendet|versendet) werden"
    r"|versuchen Sie es (?:bitte )?später(?: noch einmal| erneut)?"
    r"|попробуйте (?:ещё раз |еще раз )?позже",
    re.IGNORECASE,
)
_MAX_SITE_MESSAGE: Final = 110  # characters: a notice is a line or two


def is_site_message(text: str) -> bool:
    """Is ``text`` the site's notice of a failed form or feature (see :data:`_SITE_MESSAGE`)?
    Such a notice is short; then substring tests, each on words such a notice holds and news
    rarely does ("later" alone is common)."""
    return len(text) <= _MAX_SITE_MESSAGE and (
        "again later" in text or "unavailable" in text or "could not be" in text
        or "enviar" in text or "más tarde" in text or "plus tard" in text or "später" in text
        or "sendet" in text or "позже" in text
    ) and _SITE_MESSAGE.search(text) is not None


def points_elsewhere(text: str) -> bool:
    """A pointer to more: "Below you can read…", "via the link below", "For more
    information…", "Weiterführende Informationen finden Sie…", "Hier findet ihr…"; or to what
    the page shows next ("Here's the most recent data on…", "Here are the highlights:"), which a
    point does not show; or who pays for the show ("This week's podcast is sponsored by…"); or
    the series' greeting that opens every issue ("Welcome back to This Week in Apps, …")."""
    return (
        (text.startswith(_POINTER_OPENERS) and _POINTER_AT_START.match(text) is not None)
        or (text.startswith(_GREETING_OPENERS) and _GREETING.match(text) is not None)
        or (text.startswith(_SPONSOR_OPENERS) and " by " in text
            and _SPONSOR_NOTE.match(text) is not None)
        or ("below" in text and _POINTER_ON_PAGE.search(text) is not None)
        or (("Info" in text or "Hier " in text) and _POINTER_IN_GERMAN.search(text) is not None)
    )
