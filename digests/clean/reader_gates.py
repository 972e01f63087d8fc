"""What a page tells the reader stands between them and the rest of it: that only subscribers
read on ("Cet article est réservé aux abonnés. Il vous reste 60% à découvrir."), that only
those logged in may comment ("Login or register to post comments"), that the story can be
heard instead ("NEW You can now listen to Fox News articles!"). Part of :mod:`chrome`.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean.gated import GatedPattern
from digests.clean.lines import word_count

_FLAGS: Final = re.IGNORECASE | re.UNICODE

# The notice that a reader must log in to comment, in the languages the project reads
# ("Login or register to post comments", "You must be logged in to post a comment.").
_COMMENT_GATE: Final = re.compile(
    r"\b(?:log ?in|logged in|sign ?in|signed in|register)\b.{0,30}\bto (?:post |leave |add |"
    r"write |make )?(?:a |your )?comments?\b|"
    r"\b(?:melden sie sich an|anmelden|einloggen|eingeloggt)\b.{0,40}\bkomment(?:ar|ieren)|"
    r"\b(?:connectez-vous|identifiez-vous|connectée?)\b.{0,40}\bcommenta|"
    r"\b(?:inicia(?:r)? sesión|regístrate|identifícate|registrado)\b.{0,40}\bcomenta|"
    r"\b(?:войдите|авторизуйтесь|зарегистрируйтесь)\b.{0,40}\bкомментар",
    _FLAGS,
)
_COMMENT_GATE_WORDS: Final = ("comment", "komment", "comenta", "коммент")
_MAX_COMMENT_GATE_WORDS: Final = 12
# How a notice addresses the reader when it is printed as a sentence.
_ADDRESSES_READER: Final = re.compile(
    r"^(?:you (?:must|need|have)|please|bitte|sie müssen|veuillez|vous devez|debes|"
    r"por favor|пожалуйста|чтобы)\b",
    _FLAGS,
)


def is_comment_gate(text: str) -> bool:
    """The notice that readers must log in to comment, under an article and each comment.

    Late in a page, it closes the article: what follows is readers' comments ("Login or
    register to post comments" over "Submitted by harbourkid on Wed, 10/17/2018"). A sentence
    of the story that reports such a rule ("Users must now log in to post comments.") is no
    notice: a notice printed as a sentence addresses the reader ("You must be logged in ...").
    """
    lowered = text.lower()
    if not any(word in lowered for word in _COMMENT_GATE_WORDS):
        return False
    if word_count(text) > _MAX_COMMENT_GATE_WORDS or not _COMMENT_GATE.search(text):
        return False
    return text.rstrip()[-1:] not in ".!" or _ADDRESSES_READER.match(text) is not None


# The notice that the rest of the story is for subscribers, and the offers around it, in the
# languages the project reads.
_SUBSCRIBER_GATE: Final = re.compile(
    r"\b(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to|reserved for|"
    r"exclusive to) (?:paying )?(?:subscribers|members)|"
    r"^(?:subscribe|sign in|log in|register) to (?:continue|keep) reading|"
    r"\bto continue reading,? (?:please )?(?:subscribe|sign in|log in|you must)|"
    r"^already an? (?:subscriber|member)\b|reached your (?:limit|monthly limit) of free articles|"
    r"(?:cet|l'|l’)(?:article|contenu) est réservé aux abonnés|"
    r"il vous reste \d+(?:[.,]\d+)? ?% (?:de cet article )?à (?:lire|découvrir)|"
    r"la suite est réservée aux abonnés|^vous avez envie de lire la suite|"
    r"^débloquez tous les articles|^déjà abonné|"
    r"dieser (?:artikel|beitrag|inhalt) (?:ist (?:exklusiv |nur )?für (?:abonnent|\S+\+|plus)|"
    r"gehört zum angebot von)|^jetzt weiterlesen mit\b|^weiterlesen mit \S+\+|"
    r"^(?:sie sind )?bereits abonnent|"
    r"(?:este )?contenido (?:es )?exclusivo para (?:suscriptores|abonados)|"
    r"^suscríbete para (?:seguir|continuar) leyendo|^¿ya eres (?:suscriptor|abonado)|"
    r"материал доступен только (?:для )?подписчик|"
    # the prompt to hear the story instead ("NEW You can now listen to Fox News articles!")
    r"^(?:new:? )?you can now listen to .{1,40} articles\W*$",
    _FLAGS,
)
_SUBSCRIBER_GATED: Final = GatedPattern(_SUBSCRIBER_GATE, (
    "subscri", "member", "reading", "free articles", "abonn", "reste", "la suite", "débloquez",
    "dieser", "weiterlesen", "suscri", "abonad", "подписчик", "listen to",
))


def is_subscriber_gate(text: str) -> bool:
    """The notice that the rest is for subscribers ("This article is for subscribers only",
    "Il vous reste 60% à découvrir", "Dieser Artikel ist exklusiv für Abonnenten") or the
    offers around it ("Already a subscriber? Log in"), or the prompt to listen instead."""
    return _SUBSCRIBER_GATED.search(text)
