"""Word tables for :mod:`sentence_kinds` in German, French, Spanish and Russian news: the words
of someone speaking as "I" or to the reader, the prompts that open page furniture ("Lesen Sie
auch", "Lire aussi", "Leer más", "Читайте также"), and the openers of a reminder of earlier
news ("Ранее", "Напомним", "Cabe recordar", "Pour rappel").

The first-person tables are asked only of articles in those languages, so English text pays
nothing for them; the prompts are first words, looked up in the same set as English ones.
"""

from __future__ import annotations

import re
from typing import Final

# "I" and, as the writer stepping in too, the reader addressed as "you": German "Sie" is
# "you" only when capitalised inside a sentence ("…finden Sie hier"), French "vous" is rarely
# anything else in news. Outside quote marks these are an interview's answers, a blog, a prompt.
FIRST_PERSON: Final[dict[str, re.Pattern[str]]] = {
    "de": re.compile(
        r"(?<!\w)(?:[Ii]ch|[Dd]u|euch)(?!\w)|(?<=[\w,] )(?:Sie|Ihnen|Ihre?[mnrs]?)(?!\w)"
    ),
    "fr": re.compile(r"(?<!\w)(?:(?:[Jj]e|[Vv]ous|[Vv]otre|[Tt]u)(?!\w)|[Jj]['’](?=\w))"),
    "es": re.compile(r"(?<!\w)(?:[Yy]o|[Uu]sted(?:es)?)(?!\w)"),
    "ru": re.compile(r"(?<!\w)(?:[Яя]|[Вв]ы)(?!\w)"),
}
# Quoted stretches in the marks these languages use, removed before looking for "I".
QUOTED: Final = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?|„[^“”]*[“”]?|»[^«]*«?")

# First words that always open a prompt to the reader, and those that do with a word that
# addresses the reader ("Lesen Sie auch", "Mehr zum Thema", "Leer más"; not "Mehr als 100
# Menschen…"). River Plate Spanish writes its prompts with the "vos" imperative ("Conocé las
# fechas…", "Enterate de…", "Mirá el video"), a form no other verb form shares.
ALWAYS_PROMPTS: Final[frozenset[str]] = frozenset(
    """Abonnieren Abonnez-vous Inscrivez-vous Suscríbete Suscríbase Regístrate Lire
    Weiterlesen Подписывайтесь Подпишитесь Читайте Conocé Enterate Mirá Leé Sumate Descargá
    Escuchá Suscribite Seguinos""".split()
)
PROMPTS: Final[frozenset[str]] = ALWAYS_PROMPTS | frozenset(
    """Lesen Mehr Melden Weitere Folgen Klicken Suivez Retrouvez Découvrez Consultez
    Cliquez Leer Síguenos Sigue Haga Pulse Смотрите Узнайте""".split()
)
TO_THE_READER: Final = re.compile(
    r"\b(?:hier|Sie|Ihnen|euch|Newsletter|Thema|Infos|abonnieren|anmelden|ici|vous|notre"
    r"|nos|aquí|más|nuestro|nuestra|boletín)\b|здесь|также|наш"
)

# Openers of a reminder of earlier news, which wire stories append to a report ("Ранее в
# Минсельхозе заявили…", "Напомним, что…", "Cabe recordar que…", "Pour rappel, …"): background
# about something else, not what this report says happened.
BACKGROUND: Final = re.compile(
    r"(?:Ранее|Напомним|Напомню|Как (?:ранее )?сообщал(?:ось|и|о|а)?|Cabe recordar|"
    r"Vale recordar|Recordemos|Rappelons|Pour rappel|Zur Erinnerung)(?!\w)"
)

# Someone would not comment or could not be reached ("…declined to comment.", "…wollte sich
# dazu nicht äußern.", "…n'a pas souhaité commenter.", "…declinó hacer comentarios.", "…
# отказались от комментариев."): a reporter's routine line, nothing that happened.
NO_COMMENT: Final = re.compile(
    r"\b(?:declined (?:to )?comment|had no (?:immediate )?comment"
    r"|(?:did not|didn['’]t|could not|couldn['’]t) (?:immediately )?(?:respond|reply) to"
    r" (?:a |an |several |repeated )?(?:requests?|inquiry|inquiries|questions)"
    r" (?:for|seeking) comment"
    r"|(?:could not|couldn['’]t) (?:immediately )?be reached(?: for comment)?"
    r"|wollte sich (?:dazu |zunächst |auf Anfrage )?nicht äußern"
    r"|war für eine Stellungnahme nicht (?:zu )?erreich"
    r"|n['’]a pas (?:souhaité|voulu) (?:faire de )?commenter|n['’]a pas répondu aux sollicitations"
    r"|declinó (?:hacer )?comentarios?|(?:no quiso|rehusó) (?:hacer )?comentarios?)"
    r"|отказал(?:ся|ась|ись|ось) от комментари|не ответил[иао]? на запрос"
)
# Words after it that still leave it the sentence's news: a time or a topic ("…on Monday").
NO_COMMENT_TAIL_WORDS: Final = 6

# German reported speech: the Konjunktiv I of the verbs it mostly runs on ("Der Markt sei gut
# besucht gewesen", "Es gebe keine Hinweise"). Only forms that are not also the indicative of
# the third person, which is what reported speech is about ("habe" is "ich habe" too: the
# first person is caught as such before).
KONJUNKTIV_I: Final[frozenset[str]] = frozenset(
    """habe sei seien werde könne müsse solle wolle dürfe möge gebe komme gehe liege stehe
    wisse bleibe lasse sehe""".split()
)
# Words that say whose words they are, besides the reporting verbs ("laut Polizei", "der Stadt
# zufolge", "nach Angaben der Feuerwehr", "nach Ansicht von X", "hieß es", "X hatte argumentiert").
GERMAN_SOURCE_WORDS: Final[frozenset[str]] = frozenset(
    """laut zufolge angaben ansicht auffassung einschätzung heißt hieß mitteilt mitteilen
    erfuhr berichten argumentiert argumentierte argumentierten äußerte äußerten""".split()
)
# "sei es beim Wandern oder beim Radfahren" ("be it …"): an idiom, not reported speech.
GERMAN_SEI_ES: Final = re.compile(r"\bsei es\b")
# "…, so Bürgermeisterin Wald": "so" after a comma, before a name or a role.
GERMAN_SO_SOURCE: Final = re.compile(r",\s*so\s+(?:der\s|die\s|des\s|[A-ZÄÖÜ])")
