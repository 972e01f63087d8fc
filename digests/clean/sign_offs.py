"""What closes an article page after its text, so that the text ends before it: an author's
bio, a disclaimer, a licence note, a contact box, where to follow the writer, a wire's credits
(who reported, edited and helped; what a later version added)."""

from __future__ import annotations

import re
from typing import Final

from digests.clean.lines import word_count

_FLAGS: Final = re.IGNORECASE | re.UNICODE
_MAX_SIGN_OFF_WORDS: Final = 120

# What closes an article page after its text: the author's bio, a disclaimer, a licence. Each
# branch is held to the line's start and the pattern is tried there only (``match``); the few
# that may stand anywhere in the line are _SIGN_OFF_INSIDE's.
_NETWORK: Final = r"(?:twitter|x|instagram|facebook|threads|bluesky|mastodon|linkedin|tiktok)"
_SIGN_OFF: Final = re.compile(
    r"^(?:disclaimer|haftungsausschluss|aviso legal|avertissement)\b|"
    # a press release's contact box
    r"^(?:ansprechpartner(?:in|innen)?|pressekontakt|(?:press|media) contacts?|"
    r"contacto de prensa|contact presse|kontakt dla (?:mediów|prasy))\b|"
    r"^(?:about the author|über (?:den autor|die autorin)|zur person|sobre el autor|"
    r"à propos de l'auteur|o autorze)\b|"
    # (the name first: "“It is a useful result,” says X, a researcher" is a quote)
    r"^(?!(?:he|she|it|they|this|that|er|sie|es|il|elle|él|ella|on|ona)\b)"
    r"[^\s“”\"„«‘]+(?: [^\s“”\"„«‘]+){0,3} (?:is|was) (?:a|an|the) .{0,80}"
    r"\b(?:writer|author|journalist|reporter|editor|correspondent|professor|co-?founder|"
    r"founder|contributor|columnist|freelancer?|researcher|blogger)\b|"
    r"^(?!(?:er|sie|es)\b)\S+(?: \S+){0,3} (?:ist|arbeitet als) .{0,60}"
    r"(?:redakteur|journalist|autor|korrespondent|professor)|"
    # the writer's beat ("Ana Ley covers transit for The Times.")
    r"^(?-i:[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2}) (?:covers|reports on|writes about) "
    r"[^.]{1,60} for (?:the )?(?-i:[A-ZÀ-Þ])[^.]{0,40}\.?$|"
    # where to find the writer online: the name, the network and the handle, nothing else
    rf"^\S+(?: \S+){{0,3}} (?:is|can be found) on {_NETWORK}(?: at)? @?\w+\W*$|"
    rf"^(?:you can )?follow \S+(?: \S+){{0,3}} on {_NETWORK}(?: at)?(?: @?\w+)?\W*$|"
    # a closing line of such prompts, and where the story ran first ("Follow Ann Lee on
    # Twitter and Google+. Follow Live Science @livescience. Originally published on …")
    rf"^follow \S+(?: \S+){{0,3}} on {_NETWORK}\b.{{0,200}}[.!]$|"
    r"^(?:this (?:story|article) was )?originally published (?:on|in|at|by)\b|"
    r"^this (?:story|article) was originally published (?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)\w* \d|"
    # where a paper printed it ("Published in Dawn, March 14th, 2025")
    r"^published in (?:the )?\S+(?: \S+){0,2}, (?:\w+ \d{1,2}(?:st|nd|rd|th)?|\d{1,2} \w+),? "
    r"\d{4}\.?$|"
    r"^information from [^.]{2,60} (?:was|were) used in this (?:report|story|article)\.?$|"
    # where the story ran in print ("Appeared in the March 7, 2025, print edition as '…'.")
    r"^(?:a version of this (?:article|story) )?appeared in the [^.]{0,40}print edition\b|"

    # a broadcaster's note on when it ran the story ("Dieses Thema im Programm: Über dieses
    # Thema berichtete die tagesschau am 27. November 2026 um 17:00 Uhr.")
    # the credit that closes a story written from the wires ("Source: Al Jazeera and news
    # agencies")
    r"^sources?: (?:[\w ,&]{1,40} and )?(?:news )?agencies\W*$|"
    r"^dieses thema im programm\b|^über dieses thema (?:berichtete|berichteten|hat|haben)\b|"
    # the publisher's own line about itself ("The Associated Press is an independent global
    # news organization dedicated to factual reporting.")
    r"^(?:the )?\S+(?: \S+){0,3} is (?:an?|the) [^.]{0,60}\b(?:news (?:organi[sz]ation|agency|"
    r"service|outlet|site|provider)|newsroom|media (?:company|organi[sz]ation|outlet)|"
    r"source of news)\b|"
    # the publisher's standing note on its mission or its owner, under every story ("The
    # Weather Company's primary journalistic mission is to report on breaking weather news …")
    r"^(?:the )?[^.]{1,60}['’]s? (?:primary|core|main) (?:journalistic|editorial) mission "
    r"is\b|"
    rf"^folgen sie \S+(?: \S+){{0,3}} auf {_NETWORK}(?: unter)?(?: @?\w+)?\W*$|"
    # how to reach the writer, with the address ("Contact Alex Nguyen at anguyen@dailycal.org,
    # and follow him on X at @alexnguyen_dc.", "Reach the reporter at …")
    r"^(?:you can )?(?:contact|reach|e-?mail|write to) (?:the (?:reporter|author|writer)s?|"
    r"(?-i:[A-ZÀ-Þ])[\w'’.-]+(?: (?-i:[A-ZÀ-Þ])[\w'’.-]+){0,3}) (?:at|via|by e-?mail at) "
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:,? (?:and|or) (?:follow (?:him|her|them) )?on .{1,60})?"
    r"\.?$|"
    # where a reporter sent a part of the story from ("Reporter Tomás Reyes contributed from
    # Anchorage, Alaska."): the name, the place, nothing else
    r"^(?:[\w-]+ ){0,2}(?-i:[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3}) contributed "
    r"(?:from|in) (?-i:[A-ZÀ-Þ])[^.]{1,60}\.?$|"
    # a press release's end mark, and the list of works a story cites at its end
    r"^(?:#{3}|-30-|- ?ends? ?-)$|^(?:citations|references|bibliography|works cited):?$",
    _FLAGS,
)
# Sign-off words that may stand anywhere in the line: a licence, a German bio's "schreibt für",
# who else reported ("Associated Press writer Ann Lee in Austin contributed to this report.",
# "Tom Berg contributed reporting from Paris."). A search tries every branch at each position,
# so it runs only on lines that hold one of the key words.
_SIGN_OFF_INSIDE: Final = re.compile(
    r"\bcreative commons\b|"
    r"\bbeschäftigt sich (?:mit|seit)\b.{0,80}\bthemen\b|"
    r"\bschreibt (?:für|seit)\b|"
    # ("This story does not necessarily represent the position of our parent company, IBM.")
    r"\b(?:does not|doesn['’]t) necessarily (?:represent|reflect) the (?:positions?|views?|"
    r"opinions?|policy|policies) of (?:our|its|the site['’]s|the publication['’]s) "
    r"(?:parent company|owners?|corporate parent|publisher)\b|"
    r"\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting\b[^.]{0,60})\.?$",
    _FLAGS,
)
_SIGN_OFF_INSIDE_KEYS: Final = (
    "creative commons", "beschäftigt sich", "schreibt", "contributed", "necessarily"
)


# A writer's bio in the languages that name the job without an article ("Ana Costa é jornalista
# e professora", "Jean Moreau est journaliste"): a capitalised name, not a pronoun, opens it.
_ROMANCE_BIO: Final = re.compile(
    r"^(?!(?:Il|Elle|On|Ce|Cela|Él|Ella|Ello|Esto|Este|Esta|Eso|Lui|Lei|Egli|Questo|Questa|"
    r"Ele|Ela|Isto|Isso)\b)(?:[A-ZÀ-Þ][\w'’.-]+ ){1,3}(?:es|est|è|é) [^.;]{0,60}?\b(?:"
    r"periodista|politólog[oa]|escritor(?:a)?|profesor(?:a)?|investigador(?:a)?|abogad[oa]|"
    r"economista|analista|catedrátic[oa]|journaliste|écrivain(?:e)?|professeur(?:e)?|"
    r"chercheu(?:r|se)|politologue|avocat(?:e)?|économiste|giornalista|scrittric?e|"
    r"professor(?:e|essa)?|ricercat(?:ore|rice)|politologo|avvocat[oa]|jornalista|"
    r"pesquisador(?:a)?|advogad[oa]|cientista político)\b"
)


# A wire's credits ("Reporting by Ann Lee; Editing by Tom Berg", "Writing by …"), an agency's
# note of what a later version added ("(Updates with comment in 10th paragraph)") and who
# helped ("— With assistance from Paul Hunt"); a German editor's initials over the agencies
# used ("sk/pg (dpa, afp, br)"). Matched at the line's start only, as _SIGN_OFF is.
_NAME: Final = r"(?-i:[A-ZÀ-Þ])[\w'’-]*\.?(?: (?-i:[A-ZÀ-Þ])[\w'’-]*\.?){0,3}"
_NAMES: Final = rf"{_NAME}(?:(?:,| and| &) {_NAME}){{0,3}}(?: in {_NAME})?"
_CREDIT: Final = rf"(?:additional )?(?:reporting|writing|editing|graphics) by {_NAMES}"
_WIRE_CREDITS: Final = re.compile(
    # credits parted by full stops, after a dash ("--Additional reporting by Ivy Chen. Editing
    # by Mary Anderson."): names only, so that a sentence ("Reporting by the Times found …") is
    # none
    rf"[-—–]{{0,2}}\s*{_CREDIT}(?:[.;] {_CREDIT})*\.?$|"
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled) by [^;.]{2,120}"
    r"(?:;\s*(?:additional )?(?:reporting|writing|editing|compiled|graphics) by [^;]{2,120})*$|"
    r"\(updates? (?:with|to) [^()]{2,120}\)$|"
    r"[—–-]\s*with assistance from [^.]{2,120}\.?$|"
    r"(?-i:[a-zäöü]{2,4}(?:/[a-zäöü]{2,4})+) \((?-i:[a-z]{2,5})(?:, ?(?-i:[a-z]{2,5}))*\)$",
    _FLAGS,
)
_WIRE_CREDIT_OPENERS: Final = frozenset("(RrWwEeCcAa—–-abcdefghijklmnopqrstuvwxyzäöü")


def is_sign_off(text: str) -> bool:
    """An author's bio, a disclaimer, a licence note or a wire's credits: what follows an
    article, not in it."""
    return word_count(text) <= _MAX_SIGN_OFF_WORDS and bool(
        _SIGN_OFF.match(text) or _ROMANCE_BIO.match(text) or _holds_sign_off_inside(text)
        or (text[:1] in _WIRE_CREDIT_OPENERS and _WIRE_CREDITS.match(text))
    )


def _holds_sign_off_inside(text: str) -> bool:
    lowered = text.lower()
    return any(key in lowered for key in _SIGN_OFF_INSIDE_KEYS) and bool(
        _SIGN_OFF_INSIDE.search(text)
    )
