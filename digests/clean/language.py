"""A quick guess of an article's language (ISO 639-1), for pages that do not declare one.

Scripts settle most languages outright (Arabic, Chinese, Japanese, Korean, Greek...). Latin and
Cyrillic texts are told apart by their commonest function words, which every text of a few dozen
words contains. The guess is "" when the evidence is thin: a wrong language is worse than none.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

_SAMPLE_CHARS: Final = 2000
_MIN_HITS: Final = 3
_MARGIN: Final = 1.3  # the winner must beat the runner-up by this factor

_SCRIPTS: Final[list[tuple[str, re.Pattern[str]]]] = [
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # kana before Han: Japanese mixes both
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
]
_SCRIPT_SHARE: Final = 0.3  # of the letters, for a script to decide the language

_FUNCTION_WORDS: Final[dict[str, frozenset[str]]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to in is that for it with was on as are by this be from have has",
        "de": "der die und das ist nicht mit den von zu ein eine auch sich dem für auf wird",
        "es": "el la los las de que y en un una por con para es del se al lo más",
        "fr": "le la les de des et est un une du en que qui pour dans pas sur au avec",
        "it": "il la di che e per un una del della non sono con gli le è al si",
        "pt": "o a os as de que e do da em um uma para com não no na é por",
        "nl": "de het een en van is dat op te in voor niet met zijn er aan ook",
        "pl": "i w na z się nie do że to jest o jak ale po od za przez",
        "no": "og i det er som på en til av for med at har ikke den de var",
        "sv": "och i att det som är på en av för med till den har inte om var",
        "ru": "и в не на что с по как это он она но из к у за от",
        "uk": "і в не на що з та як це він вона але до від за у",
        "tr": "ve bir bu da de için ile çok daha olarak gibi ne kadar",
    }.items()
}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)
_LETTERS: Final = re.compile(r"[^\W\d_]+")
_WORD: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language ``text`` is written in, or "" when unsure."""
    sample = text[:_SAMPLE_CHARS]
    letters = sum(map(len, _LETTERS.findall(sample)))
    if letters == 0:
        return ""
    for lang, pattern in _SCRIPTS:
        if len(pattern.findall(sample)) >= letters * _SCRIPT_SHARE:
            return lang
    hits: Counter[str] = Counter()
    for word, count in Counter(_WORD.findall(sample.lower())).items():
        for lang in _LANGUAGES_OF.get(word, ()):
            hits[lang] += count
    ranked = hits.most_common(2)
    if not ranked or ranked[0][1] < _MIN_HITS:
        return ""
    if len(ranked) > 1 and ranked[0][1] < ranked[1][1] * _MARGIN:
        return ""
    return ranked[0][0]
