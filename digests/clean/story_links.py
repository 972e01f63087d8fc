"""Lines that point the reader to other stories: a heading over a block of links ("Also Read",
"Lesen Sie auch"), one linked headline with its label ("Read more: …"), a pointer to a whole
text elsewhere, a video's teaser with the clip's length, the story's topics as a list of links,
another story's headline in brackets and a bracketed pointer to the site's pictures or stories.
Part of :mod:`chrome`.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean.lines import MAX_HEADLINE_WORDS, counted_words, word_count

_FLAGS: Final = re.IGNORECASE | re.UNICODE


# A heading that opens a block of links to other stories.
_READ_MORE: Final = re.compile(
    r"^[\W_]*(?:"
    r"(?:also|further) read(?:ing)?|read (?:more|also|next|on)|read more (?:news )?(?:on|about).*|"
    r"related(?: articles?| stories| news| posts| topics| content| coverage| videos)?|"
    r"more (?:on|from|about|stories|news|articles|videos|in)\b.*|more to read|see also|"
    r"more \w+ (?:news|stories|articles|videos|coverage)|"  # "More games news:"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in).*|recommended(?: for you)?|"
    r"(?:most|top) (?:read|popular|viewed|shared|stories|news)|trending(?: now)?|"
    r"(?:latest|top|other|more) (?:news|stories|articles|headlines)|.*stories of the day|"
    r"editor'?s? picks?|what to read next|don't miss|must read|"
    r"lesen sie (?:auch|mehr)|auch interessant|mehr zum thema.*|"
    r"weitere artikel.*|weitere (?:beiträge|inhalte|videos|nachrichten|meldungen)(?: zum thema)?|"
    r"(?:unsere )?lesetipps|"
    # a pointer to the whole story elsewhere ("Leggi tutta la notizia su agi")
    r"read the (?:full|whole|entire) (?:story|article)(?: (?:on|at) .{1,40})?|"
    r"leggi (?:tutta la notizia|l'articolo completo)(?: su .{1,40})?|"
    r"lire l'article (?:complet|en entier)(?: sur .{1,40})?|"
    r"lea la nota completa(?: en .{1,40})?|leia (?:também|mais)|"
    r"ähnliche (?:beiträge|artikel)|das könnte sie (?:auch )?interessieren|meistgelesen|"
    r"empfehlungen|verwandte artikel|themen|"
    r"lee también|lea (?:también|además)|leer más|te puede interesar|más noticias|"
    r"noticias relacionadas|ver también|читайте (?:также|еще|ещё)|"
    r"lire aussi|à lire aussi|lire la suite|sur le même sujet|voir aussi|"
    r"pour (?:aller plus loin|approfondir)|"
    r"czytaj (?:też|także|więcej|również)|zobacz (?:też|także|również)|polecamy|"
    r"leggi anche|articoli correlati|(?:ti )?potrebbe (?:anche )?interessarti|"
    r"veja também|notícias relacionadas|(?:mais|últimas) notícias|"
    r"lees ook|meer (?:uit|over) .{1,40}|gerelateerde artikelen|meest gelezen|"
    r"baca juga|(?:berita|artikel) (?:terkait|lainnya)|"
    r"ayrıca (?:okuyun|bakınız)|[iİ]lginizi çekebilir|(?:ilgili|benzer|diğer) haberler|"
    r"اقرأ أيضا|اقرأ أيضًا|相关(?:新闻|阅读|文章)|延伸阅读"
    r")[\W_]*$",
    _FLAGS,
)

# A label that introduces one linked headline on the same line: "Read more: ...". A lead-in
# may open it ("For more, read: ...", "Pour en savoir plus, lire : ...").
_READ_MORE_PREFIX: Final = re.compile(
    r"^[\W_]*(?:(?:for more(?: on [^:,.!?]{1,40})?|pour en savoir plus|para saber más|"
    r"para más información),?\s*(?:read|see|lire|voir|lea|leer|vea|ver)|"
    r"also read|read more|read also|see also|lesen sie auch|mehr dazu|"
    # "Related article: …", "RELATED STORY: …": the label may name the kind of link
    r"related(?: articles?| stor(?:y|ies)| news| posts?| content| coverage| videos?| links?)?|"
    r"auch interessant|lee también|leer más|lire aussi|à lire aussi|czytaj (?:też|także|więcej)|"
    r"read|lire|leer|leggi|lies|lees|czytaj|"
    r"zobacz (?:też|także)|watch|video|listen|podcast)\s*[:|»>-]|"
    # the French link set in the text without a colon ("À lire aussi Chômage des seniors :
    # pourquoi…"): the label, then another story's headline in capitals
    r"^(?:à )?lire aussi (?-i:[A-ZÀ-Ý])|"
    # a blog's link to its own earlier story ("Earlier: The Crypto Lateral Market Is Back")
    r"^(?:earlier|previously):\s*(?-i:[A-Z“\"‘])|"
    # the site's link to another of its stories under its name ("MORE ON WEATHER.COM: How To
    # Stay Safe During A Power Outage", "More from Politico: …")
    r"^more (?:on|from|at) (?-i:[A-Z])[^:!?]{0,40}:\s*(?-i:[A-Z“\"‘])",
    _FLAGS,
)


# The site or its editors recommending other stories ("DW recommends", "Wir empfehlen"); looked
# for only in lines that hold one of its stems.
_RECOMMENDS: Final = re.compile(
    r"^[\W_]*(?:(?:[\w.&'’-]+ ){1,2}recommends?|wir empfehlen|nous (?:vous )?recommandons|"
    r"recomendamos|рекомендуем)[\W_]*$",
    _FLAGS,
)
_RECOMMENDS_STEMS: Final = ("ecommend", "mpfehlen", "ecommandons", "ecomendamos", "екомендуем")


def is_read_more_heading(text: str, words: int | None = None) -> bool:
    """A heading that introduces links to other stories ("Also Read", "Lesen Sie auch")."""
    if counted_words(text, words) > 10:
        return False
    if _READ_MORE.match(text):
        return True
    return any(stem in text for stem in _RECOMMENDS_STEMS) and bool(_RECOMMENDS.match(text))


# A link's label stuck to the headline it introduces ("Animal cruelty:A dog was left ..."): the
# scraper printed the bold label and the link without the space between them.
_GLUED_LINK_LABEL: Final = re.compile(r"[A-Z][^:.!?\d]{2,50}:[A-Z“\"‘]")


# A pointer to the whole of a text the story quotes from ("Read the full transcript of ..."); a
# clause after a comma makes it a sentence ("Read the full report, the minister said, ...").
_WHOLE_TEXT_POINTER: Final = re.compile(
    r"read (?:the|our) (?:full|whole|entire|complete) (?:story|article|transcript|"
    r"interview|report|statement|text|speech|letter|ruling|judge?ment|decision|document|review|"
    r"list|study|(?:comment |opinion )?piece|column|op-?ed|essay|analysis)\b[^.!?,;]{0,80}[.!?]?$",
    _FLAGS,
)


# Arrows that point to another story's linked headline set between the paragraphs (">>> Oscars :
# la cérémonie boycottée"): the headline starts with a capital or a figure. One ">" quotes an
# e-mail, "»" opens a quote in German, and Python's prompt (">>> import x", ">>> Ferry(n=1)") is
# followed by code.
_ARROW_POINTER: Final = re.compile(r">>>?\s*[A-ZÀ-ÞА-Я0-9\"“‘«][^=]*$")


def is_read_more_link(text: str, words: int | None = None) -> bool:
    """ "Read more: <headline>" on one line, ">>> <headline>", or "Read the full <text>"."""
    return counted_words(text, words) <= MAX_HEADLINE_WORDS and (
        _READ_MORE_PREFIX.match(text) is not None
        or (text[:2] == ">>" and _ARROW_POINTER.match(text) is not None)
        or _GLUED_LINK_LABEL.match(text) is not None
        or (text[:1] in "Rr" and _WHOLE_TEXT_POINTER.match(text) is not None)
    )


# A video's teaser: its title, words without figures, then the clip's length ("Floods hit the
# coast 01:51"). A date's time ("19. Juni 2019 / 13:20") follows figures, a time of day a
# preposition ("published at 08:00").
_CLIP_TEASER: Final = re.compile(r"[^\d:]*[^\W\d_] (?:\d{1,2}:)?[0-5]?\d:[0-5]\d")
_TIME_PREPOSITIONS: Final = frozenset(
    {"at", "um", "à", "a", "alle", "las", "om", "o", "kl.", "ab", "bis"}
)
_MIN_TEASER_WORDS: Final = 3


def is_video_teaser(text: str, words: int | None = None) -> bool:
    """A video's title with the clip's length after it."""
    if text[-3:-2] != ":" \
            or not _MIN_TEASER_WORDS <= counted_words(text, words) <= MAX_HEADLINE_WORDS:
        return False
    if _CLIP_TEASER.fullmatch(text) is None:
        return False
    return text.rsplit(maxsplit=2)[-2].lower() not in _TIME_PREPOSITIONS


# The story's topics printed as a labelled list of links ("Topics: uber, Sydney, Editor's Picks").
_TOPIC_LIST: Final = re.compile(
    r"^(?:topics|tags|tagged(?: with)?|filed under|keywords|related topics|schlagwörter|"
    r"stichwörter|themen|etiquetas|temas|mots-clés|sujets|argomenti|tagi|tematy)\s*:\s*(.+)$",
    _FLAGS,
)
_TOPIC_SEPARATOR: Final = re.compile(r"\s*[,;|·•]\s*")
_MAX_TOPIC_WORDS: Final = 5


def is_topic_list(text: str) -> bool:
    """A label and the story's topics after it, each a few words; no sentence."""
    found = _TOPIC_LIST.match(text)
    if found is None or text.rstrip()[-1:] in ".!?":
        return False
    topics = _TOPIC_SEPARATOR.split(found.group(1))
    return all(0 < word_count(topic) <= _MAX_TOPIC_WORDS for topic in topics)


# Another story's headline set in brackets between two paragraphs ("[Museum houses treasures]").
_BRACKETED: Final = re.compile(r"^\[\s*([^\[\]]+?)\s*\]$")
_MAX_BRACKETED_WORDS: Final = 20


def is_bracketed_headline(text: str, words: int) -> bool:
    """A headline in brackets, the whole line: a link to another story, not a sentence, nor
    code (a list written in brackets opens in lower case)."""
    found = _BRACKETED.match(text) if words <= _MAX_BRACKETED_WORDS else None
    if found is None:
        return False
    inner = found.group(1)
    return not inner[0].islower() and inner[-1:] not in ".!?"


# A pointer to the site's pictures, video or another story, set in round brackets between two
# paragraphs: "(See pictures of the spill.)", "(Watch TIME's video ...)", "(Lesen Sie auch: …)".
# A bracketed sentence with a clause after a comma, or a long one, is the story's own aside.
_BRACKETED_POINTER: Final = re.compile(
    r"\(\s*(?:see|watch|read|listen to|view|look at|photos|video|siehe|lesen sie|sehen sie|"
    r"hören sie|mehr|voir|lire|regardez|écoutez|à lire|ver|vea|mira|lea|lee|escuche|"
    r"смотрите|читайте|слушайте)\b[^(),]*\)[.!]?",
    _FLAGS,
)
_MAX_POINTER_WORDS: Final = 12


def is_bracketed_pointer(text: str, words: int) -> bool:
    """A pointer to pictures, video or another story in round brackets, the whole line:
    "(See pictures of the spill.)"; not "(See the table below, which ...)"."""
    return words <= _MAX_POINTER_WORDS and _BRACKETED_POINTER.fullmatch(text) is not None


# The same pointer without brackets, the whole line: "See TIME's Pictures of the Week.",
# "Watch our video of the new pier." Mid-story such a line may be the story's own sentence;
# after its last paragraph it is the site's (the text cleaner asks only there).
_MEDIA_POINTER: Final = re.compile(
    r"(?:see|watch(?! out\b)|view|look at|sehen sie|schauen sie|regardez|voyez|mira|vea|ver|"
    r"смотрите)\b[^,;:()]{0,60}?\b(?:pictures?|photos?|photographs|gallery|galleries|"
    r"slideshows?|videos?|cartoons?|bilder|bildergalerie|fotos?|fotostrecke|vidéos?|galerie|"
    r"vídeos?|fotografías|фото|видео)\b[^,;:()]*[.!]?",
    _FLAGS,
)
_MAX_MEDIA_POINTER_WORDS: Final = 10


def is_media_pointer(text: str, words: int) -> bool:
    """A line that points to the site's pictures or video: "See TIME's Pictures of the Week."
    (not "See how the river rose, the mayor said.")."""
    return words <= _MAX_MEDIA_POINTER_WORDS and _MEDIA_POINTER.fullmatch(text) is not None
