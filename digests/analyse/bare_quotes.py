"""Is a sentence nothing but someone's words, with no one named as saying them?

Such a sentence opens with a quote mark and either closes it only at its end ("“We won the
vote.”": the speaker comes in another sentence) or leaves it open (the first sentence of a quote
that runs on, its speaker named sentences later), and speaks in the first or second person
("“We have won.”", "“Нам пора…") or names no one and nothing ("“There is nothing like common
sense.”"): read alone as a key point, it is a claim or a saying from nobody. A
speaker set between dashes inside the quote, as Russian papers write it ('"Мы победили, -
сказал мэр.'), names who said it: not bare. Nor is a passage a blog quotes from another paper's
report ('"A CNN segment tonight devolved into a shouting match…"'), which tells news of named
people, places or figures in the third person, as the point's own words would.
"""

from __future__ import annotations

import re
from typing import Final

_OPENING_MARKS: Final = "“\"«„»"
_QUOTE_MARKS: Final = "“”\"«»„"
_FINAL: Final = " .!?…"
_INNER_DASHES: Final = (" - ", " – ", " — ", ", -", ", –", ", —")
_WORD: Final = re.compile(r"[^\W\d_]+")
# "I", "we" and "you" in the languages the bot reads; a word in capitals ("US") is a name. Not
# words that mean something else in another of them: German "ihr" (also "her"), French "ma" and
# "mes" (Italian "but", Spanish "month").
_SPEAKING_WORDS: Final = frozenset("""
    i me my mine we us our ours you your yours
    ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren unserem
    unserer unseres euch euer eure
    je j me moi mon nous notre nos vous votre vos
    yo mí mi mis nosotros nosotras nuestro nuestra nuestros nuestras usted ustedes
    я меня мне мной мой моя моё мои мы нас нам нами наш наша наше наши вы вас вам ваш ваша
""".split())


def is_bare_quote(sentence: str) -> bool:
    """Is ``sentence`` a quotation alone, with no speaker in it (see the module's doc)?"""
    if sentence[:1] not in _OPENING_MARKS:
        return False  # the usual case, settled by one character
    rest = sentence[1:]
    close = next((at for at, char in enumerate(rest) if char in _QUOTE_MARKS), -1)
    if close < 0:
        alone = not any(dash in rest for dash in _INNER_DASHES)
    else:
        alone = rest[close + 1 :].strip(_FINAL) == ""
    return alone and (_speaks(rest) or not _names_something(rest))


def _speaks(words: str) -> bool:
    """Do ``words`` say "I", "we" or "you" (see :data:`_SPEAKING_WORDS`)?"""
    return any(
        word.lower() in _SPEAKING_WORDS and not (len(word) > 1 and word.isupper())
        for word in _WORD.findall(words)
    )


def _names_something(words: str) -> bool:
    """Do ``words`` hold a name (a capitalised word after the first) or a figure?"""
    found = _WORD.findall(words)
    return any(char.isdigit() for char in words) or any(word[:1].isupper() for word in found[1:])
