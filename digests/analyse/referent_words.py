"""Word tables for :mod:`referents` in German, French, Spanish and Russian news: which opening
words need an antecedent, which "il" stands for nothing, and which words after a demonstrative
make it a time ("Diese Woche", "Cette semaine") rather than something said before."""

from __future__ import annotations

import re
from typing import Final

# Subject pronouns a name can replace, as the sentence's first word: "Er sagte…" -> "Olaf
# Scholz sagte…". German "sie" is also "they" and "you": it stays among the unresolvable.
_REPLACEABLE_BY_LANGUAGE: Final = {
    "de": {"er"}, "fr": {"il", "elle"}, "es": {"él", "ella"}, "ru": {"он", "она"},
    "en": {"he", "she"},
}
REPLACEABLE: Final = frozenset().union(*_REPLACEABLE_BY_LANGUAGE.values())
# Opening words that stand for something said before and that no name can replace:
# possessives ("Seine Partei", "Sa décision", "Su partido", "Его задержали"; German "Ihre" is
# also "their" and "your") and demonstratives ("Dies", "Cela", "Esto", "Это").
_UNRESOLVABLE_BY_LANGUAGE: Final = {
    "de": set("sie sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres dies "
              "dieser diese dieses diesen diesem".split()),
    "fr": set("ils elles son sa ses leur leurs cela ça ceci ce cet cette ces celui celle ceux"
              .split()),
    # (Spanish demonstrative pronouns may bear an accent: "Éste fue detenido…".)
    "es": set("ellos ellas su sus esto eso ello este esta estos estas ese esa esos esas éste "
              "ésta éstos éstas ése ésa ésos ésas aquel aquella aquellos aquellas".split()),
    "ru": set("они его её ее их это этот эта эти такой такая такое такие".split()),
}
UNRESOLVABLE: Final = frozenset().union(*_UNRESOLVABLE_BY_LANGUAGE.values())
# The languages an opening word above is a pronoun in: in an article in another language it is
# some other word ("Il maltempo…" is Italian for "the bad weather", not French "he").
LANGUAGES_OF: Final[dict[str, frozenset[str]]] = {
    word: frozenset(
        language
        for table in (_REPLACEABLE_BY_LANGUAGE, _UNRESOLVABLE_BY_LANGUAGE)
        for language, words in table.items()
        if word in words
    )
    for word in REPLACEABLE | UNRESOLVABLE
}
# Opening words that tie the sentence to the one before it and that nothing in the sentence
# replaces: consequences ("Therefore", "Daher", "Deshalb"), German pronominal adverbs ("Davon ist
# auch FACC betroffen": by what?) and "Denn" (because of what was said before). Read alone, the
# point claims a link to a sentence the reader does not see; Russian "Таким" opens "Таким
# образом" (thus) or "Таким людям…" (to such people), both a link to what came before. Not
# the contrasts and additions ("But", "However"): without the word the point still reads as a
# statement (German ones, whose word cannot go, are :mod:`refer_back`'s). Not German "Damit",
# which also opens a purpose clause ("Damit die Bahn pünktlich fährt, …").
CONNECTIVES: Final = frozenset(
    """
    therefore hence accordingly consequently
    daher deshalb deswegen darum somit folglich davon dadurch dabei dafür daraus dazu denn
    hierdurch hierbei
    так поэтому следовательно таким
    """.split()
)
# German "das", "der", "die", "den", "dem" as a pronoun ("Das war nicht der Mini", "Den erhofft
# sich Jansen"): German capitalises its nouns, so before a lower-case word the article is a
# pronoun when that word is a finite verb. Told by a closed list of common verbs, or by a
# pronoun after the word (the verb comes second, its subject right after it: "Das zeigt sich",
# "Den erhofft sich"); not "Das neue Gesetz", "Das bereits erwähnte Hoch".
GERMAN_DEMONSTRATIVES: Final = frozenset("das der die den dem".split())
GERMAN_FINITE_VERBS: Final = frozenset(
    """
    ist war sind waren hat hatte haben hatten wird wurde werden wurden kann konnte können soll
    sollte muss musste darf will wollte sei wäre würde könnte macht machte zeigt zeigte gilt galt
    geht ging gibt gab bringt brachte sorgt sorgte führt führte heißt bedeutet betrifft reicht
    liegt lag bleibt blieb kommt kam steht stand klingt passiert passierte
    """.split()
)
GERMAN_SUBJECT_AFTER_VERB: Final = frozenset("sich er sie es man ich wir ihr du".split())
# Or the subject after the verb is a noun with its article ("Das bestätigte die Polizei", "Das
# meldete ein Sprecher"), the verb a regular one in -t / -te; not an ordinal or superlative
# before "der" ("Die meisten der Gäste", "Das erste der Spiele", "Die letzte der Fragen").
GERMAN_SUBJECT_ARTICLES: Final = frozenset("der die das den dem ein eine einer".split())
GERMAN_NOT_WEAK_VERBS: Final = frozenset(
    "zweite dritte vierte fünfte sechste siebte achte neunte zehnte meiste meisten".split()
)
# A preposition, then a demonstrative ("Für diese Aufgabe eignen sich…", "For this reason…",
# "Dans ce cas…", "С таким заявлением выступил…"): the opening phrase points back to what the
# reader does not see. Not before a time ("Seit dieser Woche", "In this year's race", "С этого
# года") nor "this point/stage/moment" (now).
PREPOSITIONS: Final = frozenset(
    """
    for despite with without after before in on at by from under given following like unlike
    amid amidst against
    für mit nach bei trotz wegen aus an auf durch gegen ohne um von vor über unter zu
    pour avec après malgré dans par sans selon contre depuis face
    por para con tras en sin según ante desde
    об о по в во на для после при из-за с со к ко за от до перед
    """.split()
)
DEMONSTRATIVE_DETERMINERS: Final = frozenset({"this", "that", "these", "those"}) | frozenset(
    "diese dieser dieses diesen diesem ce cet cette ces este esta estos estas ese esa esos esas"
    " этом этому этого этим этой эту этот эта эти этих"
    " такой такого такому таким такую такое такая такие таких такими"
    .split()
)
# What stands alone after an opening preposition and points back: the demonstrative pronouns of
# French, Spanish and Russian ("Malgré cela, …", "Por eso la alcaldesa…", "На это ушло…"), and
# English "it" and "them" where they end the opening phrase ("In it, the mayor…"; not "For it
# to pass, …", "In it together").
DEMONSTRATIVES_ALONE: Final = frozenset("cela ça ceci esto eso ello это".split())
PRONOUNS_ENDING_PHRASE: Final = frozenset({"it,", "them,"})
NOW_WORDS: Final = frozenset({"point", "stage", "moment", "time", "year's", "week's", "season's"})
# German capitalises every noun: after an article, capitalised words are a noun phrase ("die
# Pusterer Ausnahmekönnerin", "Der Hausbesitzer"), not a name. Not "des": also French, and the
# English first name "Des".
GERMAN_ARTICLES: Final = frozenset("der die das dem den ein eine einer einem einen eines".split())
# Also English words: "Son" is a French possessive only before a lower-case noun ("Son père"),
# not in "Son Heung-min scored" or "Son of a miner, he…".
ALSO_ENGLISH: Final = frozenset({"son"})
# Demonstratives that may point to a time instead ("Diese Woche", "Cette semaine", "Esta semana").
DETERMINERS: Final = frozenset(
    "diese dieser dieses diesen diesem ce cet cette ces este esta estos estas ese esa этот эта эти"
    .split()
)
POINTS_IN_TIME: Final = frozenset(
    """
    woche jahr monat tag morgen abend nacht sommer winter frühjahr herbst saison wochenende mal
    semaine année an mois matin soir soirée nuit week-end été hiver printemps automne saison
    fois lundi mardi mercredi jeudi vendredi samedi dimanche
    semana año mes mañana tarde noche fin verano invierno primavera otoño temporada vez lunes
    martes miércoles jueves viernes sábado domingo
    неделе году месяце раз время день сезоне неделю год года недели месяца дня сезона времени
    момента
    """.split()
)
# French "il" that stands for nothing: "Il y a deux ans", "Il faut", "Il s'agit de", "Il est
# possible que", "Il reste"; a duty given to someone, "Il reviendra toutefois au juge de
# trancher", "Il appartient aux élus de…" (an infinitive after "de" within the clause: "Il
# revient à Lyon" is someone coming back), "Il incombe à", "Il convient de".
_DUTY_ADVERBS: Final = (
    r"(?:(?:toutefois|donc|aussi|désormais|alors|cependant|pourtant|maintenant|encore) )?"
)
EXPLETIVE_IL: Final = re.compile(
    r"^Il (?:(?:revien(?:t|dra|drait)|revenait|appartien(?:t|dra|drait)|appartenait)\s"
    + _DUTY_ADVERBS
    + r"(?:à|au|aux)\s[^.,;:]{1,80}?\sd(?:e\s|['’])[a-zéèêô]+(?:er|ir|re)\b"
    r"|incomb(?:e|era|erait|ait)\s|conv(?:ient|iendra|iendrait|enait) de\s"
    r"|y a(?:vait|ura)?|faut|fallait|faudra|s['’]agit|s['’]agissait|semble|semblait"
    r"|paraît|reste|restait|existe|manque|suffit|suffisait|pleut|neige|était une fois"
    r"|(?:n['’])?(?:est|était|sera|serait) (?:(?:donc|aussi|encore|déjà|pas|plus|bien|très) )?"
    r"(?:possible|impossible|probable|improbable|nécessaire|important|difficile|facile|clair"
    r"|temps|vrai|question|prévu|interdit|urgent|essentiel|certain|évident|normal|rare)\b)"
)

# A subject pronoun after an opening phrase: "Am Montag hat er…", "Dort traf sie…", "Lundi, il
# a annoncé…", "El lunes, él dijo…". Most sentences hold none of these words near their start:
# this search, over the first FRONTED_REACH characters, is all they pay (and English text, or any
# other language without a rule here, pays nothing).
FRONTED_REACH: Final = 90
# English may set two opening phrases before its subject, each with its comma ("Today, in a
# new paper published in Oxford Open Climate Change, he brings…"), which runs longer.
ENGLISH_FRONTED_REACH: Final = 150
FRONTED_HINT: Final = re.compile(
    r"\s(?:er|sie|il|elle|ils|elles|él|ella|ellos|ellas|he|she|they|он|она|они)[\s,'’]"
)
# German puts the finite verb second: an opening phrase (up to five words, no comma), the verb
# (lower case: German nouns are capitalised), then the pronoun as the subject.
GERMAN_FRONTED: Final = re.compile(
    r"^(?P<lead>[A-ZÄÖÜ0-9][^\s,;:.!?]*(?: [^\s,;:.!?\"“”„«»()–-]+){0,4}?)"
    r" (?P<verb>[a-zäöüß]+) (?P<pronoun>er|sie)\b"
)
# German sets an opening clause off with a comma, and the main clause goes on with its verb
# and then its subject: "Wie die Polizei mitteilte, hat er…", "Nachdem sie gewählt wurde, sagte
# sie…"; so does an opening phrase with an aside: "Am Montag, dem 11. Oktober, hat sie…".
GERMAN_CLAUSE_FRONTED: Final = re.compile(
    r"^(?P<lead>[A-ZÄÖÜ][^;:!?\"“”„«»()–]*?), (?P<verb>[a-zäöüß]+) (?P<pronoun>er|sie)\b"
)
# The subject pronoun of such a clause, right after its conjunction: "Als er ankam, war…".
GERMAN_CLAUSE_SUBJECT: Final = re.compile(
    r"^(?P<lead>[A-ZÄÖÜ][a-zäöüß]+ )(?P<pronoun>er|sie) (?P<clause>[^,;:.!?\"“”„«»()]+),"
)
# Conjunctions that open such a clause (its verb comes last, before the comma).
GERMAN_CLAUSE_OPENERS: Final = frozenset(
    "als nachdem wie weil da obwohl obgleich wenn bevor ehe während seit seitdem sobald solange"
    " falls indem sowie".split()
)
# An aside after an opening phrase: a date or a place, set off by commas ("Am Montag, dem 11.
# Oktober 2021, hat sie…", "In Genf, der Stadt der Diplomaten, traf er…").
GERMAN_ASIDE: Final = re.compile(r"(?:dem|den|der|des|\d)\b")
# Pronouns in an opening clause that leave "er" or "sie" after it unclear ("Als er sie traf,
# sagte sie…": which of the two?), unless it is the same one ("Nachdem sie gewählt wurde,
# sagte sie…": she, both times).
GERMAN_PERSONAL_PRONOUNS: Final = frozenset("er sie ihn ihm ihr ihnen".split())
# An opening clause whose subject is a noun of the pronoun's gender may be what the pronoun
# stands for: "Wie der Verein mitteilte, hat er…" (the club), "Als die Regierung…, hat sie…".
GERMAN_ARTICLES_OF: Final = {"er": frozenset({"der", "ein"}), "sie": frozenset({"die", "eine"})}
# Lower-case words before the pronoun that are no verb: it then sits in a clause of its own or
# after a preposition ("dass sie", "für den er", "für sie", "gibt es sie").
GERMAN_NOT_VERBS: Final = frozenset(
    """
    der die das den dem des ein eine einen einem einer eines und oder aber denn sondern dass
    ob weil wenn als wie da wo was wer nachdem bevor obwohl damit sobald solange während seit
    bis für mit an auf gegen ohne um durch bei von zu nach aus über unter vor hinter neben
    zwischen wegen trotz laut zum zur vom beim am im ins es man nicht auch nur noch schon
    ihn ihm ihr ihnen uns euch mich dich sich er sie
    """.split()
)
# "sie" is "she" or "her" as often as "they": its subject is "she" only after a phrase that can
# be no subject (a preposition or an adverb opens it), before a singular verb.
GERMAN_FRONT_OPENERS: Final = frozenset(
    """
    am an auf aus bei beim durch für gegen im in mit nach neben ohne per seit trotz über um
    unter vom von vor während wegen zum zur zu zwischen bis ab laut
    dort da dann danach dabei damals daher darum dennoch deshalb doch hier heute gestern
    jetzt nun inzwischen mittlerweile anschließend später zuvor vorher zudem außerdem auch
    bereits schon erst zuletzt zunächst zuerst bisher seither einst kürzlich jüngst sofort
    umgehend natürlich normalerweise trotzdem stattdessen allerdings jedoch immerhin zugleich
    gleichzeitig daraufhin dafür dagegen damit davor danach ebenfalls tatsächlich offenbar
    weiter weiterhin ferner überdies
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    """.split()
)
# Words in the opening phrase that can be the subject themselves ("So manch einer … kennt sie").
GERMAN_SUBJECT_WORDS: Final = frozenset(
    "einer eine keiner keine jeder jede man jemand niemand alle viele beide ich du wir ihr".split()
)


def german_plural(verb: str) -> bool:
    """Whether a finite verb before "sie" is plural ("haben", "verlegten", "ändern", "sind"):
    third-person plurals end in -en (or -ern, -eln); singulars do not ("hat", "traf", "kann",
    "gewann"). A singular in -en ("schien") reads as plural: the point is then passed over."""
    return verb == "sind" or verb.endswith(("en", "ern", "eln"))


# French and Spanish set an opening phrase off with a comma: "Ancien ministre, il n'était…",
# "Lundi, elle a annoncé…", "El lunes, él dijo…" (up to eight words before the comma); a
# conjunction or a linking adverb needs none: "Mais il a refusé…", "Pero él dijo…".
COMMA_FRONTED: Final = re.compile(
    r"^(?P<lead>[^\s,;:!?\"“”«»()]+(?: [^\s,;:!?\"“”«»()]+){0,7}, "
    r"|(?:Mais|Et|Puis|Pourtant|Ensuite|Alors|Pero|Y|Luego|Entonces|Después|Ahora) )"
    r"(?P<pronoun>il|elle|ils|elles|él|ella|ellos|ellas) (?=[^\W\d_])"
)
# Words in the opening phrase that make it a clause of its own, with a subject of its own
# ("Quand il est arrivé, elle…", "Lorsqu'il…", "Cuando ella llegó, él…").
CLAUSE_WORDS: Final = re.compile(
    r"\b(?:il|elle|ils|elles|on|je|tu|nous|vous|qu|que|qui|quand|lorsqu|lorsque|si|él|ella"
    r"|ellos|ellas|yo|cuando|aunque|porque|mientras)\b"
)
# English sets an opening phrase off with a comma too ("On Monday, he said…", "In a statement,
# she…"; a second one only where the first is not followed by the pronoun: "Today, in a new
# paper, he brings…", but "If Clinton is elected, he said, she…"), or opens with a conjunction
# ("But he believes…"); the verb may be contracted onto the pronoun ("Better yet, they’re
# focused…", "On Monday, he’s ready…").
ENGLISH_FRONTED: Final = re.compile(
    r"^(?P<lead>[^\s,;:!?\"“”()]+(?: [^\s,;:!?\"“”()]+){0,7}, "
    r"(?:[^\s,;:!?\"“”()]+(?: [^\s,;:!?\"“”()]+){0,11}, )??|(?:But|And|Yet|So|Still|Now|Then"
    r"|Instead|Meanwhile|Later|Earlier) )(?P<pronoun>he|she|they)"
    r"(?= [a-z]|['’](?:s|ll|d|ve|re)\b)"
)
# "It" as the subject after an English opening phrase of time, place or manner ("With little
# notice, it is…", "In a statement, it said…", "Last year, it posted…"): it stands for a thing
# said before, which no name replaces. Not after an opening clause or a description, which may
# hold what "it" is ("Known as the Trump club, it was built…").
ENGLISH_FRONTED_IT: Final = re.compile(
    r"^(?P<lead>(?:With|In|On|At|For|By|From|Under|Despite|Since|After|Before|During|Through"
    r"|Over|Among|Amid|Following|Within|Without|Unlike|Like|Now|Today|Yesterday|Last|This|Next"
    r"|Earlier|Later|Then|Still|Instead|Meanwhile)(?: [^\s,;:!?\"“”()]+){0,7}, )it (?=[a-z])"
)
# A pronoun in the opening phrase gives it a subject of its own ("When she arrived, he…"):
# which person each stands for is not for a cheap rule to say.
ENGLISH_CLAUSE_WORDS: Final = re.compile(
    r"\b(?:he|she|they|it|i|we|you|him|her|them|his|its|their)\b"
)
# A clause of its own whose subject is a name ("When Cameron visited the White House, he…",
# "After President Obama left office, he…"): the name, then a lower-case word (its verb). Not a
# possessive ("Because Trump's aides…"): the subject is then someone else. The clause may follow
# a conjunction or a "that" ("And because Sanders is…", "Prosecutors argued that although Lazar
# confessed, he…").
ENGLISH_SUBJECT_CLAUSE: Final = re.compile(
    r"^(?:(?:And|But|Yet|So|Even|Only|Just) |[^,]* that )?"
    r"(?P<conj>[Ww]hen|[Ww]henever|[Aa]s|[Aa]fter|[Bb]efore|[Bb]ecause|[Aa]lthough|[Tt]hough"
    r"|[Ss]ince|[Ww]hile|[Ii]f|[Oo]nce|[Uu]ntil|[Uu]nless|[Ww]hereas)"
    r" (?P<name>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*)*)(?<!'s)(?<!’s)"
    r" (?P<verb>[a-z]+)\b"
)
# "As Trump said, he…": who "he" is, the speaker or someone else, the sentence does not say; nor
# in "If Clinton is elected, he said…", where the clause is what "he" (someone else) said.
ENGLISH_SAYS: Final = frozenset(
    "said says noted notes put told tells wrote writes explained explains argued argues"
    " pointed reported reports claimed claims suggested suggests added adds".split()
)
# Russian word order is free, but a subject pronoun after a short opening phrase is as common:
# "Позже он заявил…", "В понедельник она сообщила…", "Как сообщил он, …". Up to five words,
# a comma or none; Russian "он"/"она" is always a subject (the other cases are other words),
# also inverted after its verb ("Как сообщил он, …").
RUSSIAN_FRONTED: Final = re.compile(
    r"^(?P<lead>[А-ЯЁ][^\s,;:!?«»\"“”()–-]*(?: [^\s,;:!?«»\"“”()–-]+){0,4}?,? )"
    r"(?P<pronoun>он|она|они)(?= [а-яё]|,)"
)
# Words in a Russian opening phrase that give it a subject or a clause of its own ("Когда
# она пришла, он…", "Его сын, он…"): which person the pronoun is, no cheap rule can say.
RUSSIAN_CLAUSE_WORDS: Final = re.compile(
    r"(?<!\w)(?:что|чтобы|когда|если|хотя|пока|который|которая|которое|которые|где|куда"
    r"|потому|поскольку|я|мы|ты|вы|он|она|они|его|её|ее|их|ему|ей|им|ним|ней|него|нему)(?!\w)"
)
# The languages read for a pronoun after an opening phrase, and how: elsewhere "er" is Dutch
# "there" and Norwegian "is", "il" the Italian article.
FRONTED_BY_LANGUAGE: Final = {
    "de": GERMAN_FRONTED, "fr": COMMA_FRONTED, "es": COMMA_FRONTED, "en": ENGLISH_FRONTED,
    "ru": RUSSIAN_FRONTED,
}

# A sentence whose subject is a person described rather than named ("The Brazilian curled a
# free kick and set up Tom Walker…", "The veteran striker crossed for Walker…"): a "he" after
# it goes on about that subject, not about the one person it names as an object. The
# description: "The", up to three words that qualify a noun (a capitalised word, an age, a
# hyphened word, a few adjectives), then a role noun or a nationality standing alone.
_QUALIFIER: Final = (
    r"(?:[A-Z][\w'’-]*|\d[\w'’-]*|[\w'’]+-[\w'’-]+|former|new|young|veteran|experienced|retired"
    r"|injured|teenage|local|unnamed|alleged|talented|popular|prolific)"
)
_ROLE: Final = (
    r"(?:senator|congressman|congresswoman|lawmaker|governor|mayor|president|minister|leader"
    r"|candidate|nominee|chairman|spokesman|spokeswoman|official|man|woman|boy|girl|player"
    r"|star|actor|actress|singer|striker|midfielder|defender|forward|winger|goalkeeper|keeper"
    r"|playmaker|manager|coach|captain|veteran|youngster|teenager|suspect|victim|driver"
    r"|officer|judge|defendant|rider|champion|boss|founder|international|[\w-]*year-old)"
)
NATIONALITY: Final = (  # a person named by where they are from (a pattern)
    r"(?:Spaniard|(?:French|English|Irish|Scots|Welsh|Dutch)(?:man|woman)|Argentine|Argentinian"
    r"|Brazilian|Portuguese|Italian|German|Belgian|Croatian|Serbian|Australian|American"
    r"|Canadian|Swede|Dane|Norwegian|Austrian|Pole|Czech|Russian|Ukrainian|Japanese|Nigerian"
    r"|Ghanaian|Senegalese|Egyptian|Moroccan|Mexican|Colombian|Uruguayan|Chilean|Kenyan"
    r"|Ethiopian|Jamaican|Kiwi|Scot|Briton|Swiss|Turk|Greek|Finn)"
)
_NOT_A_PERSON: Final = (
    r"(?:government|team|side|club|squad|company|firm|group|police|army|military|navy|ministry"
    r"|league|court|parliament|embassy|federation|authorities|media|press|market|economy|state"
    r"|capital|border|coast|city|people|fans|public|consulate|cabinet|football|national)"
)
DESCRIBED_SUBJECT: Final = re.compile(
    rf"^The (?:{_QUALIFIER} ){{0,3}}?(?:{_ROLE}\b"
    # A nationality is a person only when it stands alone ("The Brazilian curled", "The
    # German, who…"), not before a noun ("The German government", "The Italian side").
    rf"|{NATIONALITY}(?=,| (?!{_NOT_A_PERSON}\b)[a-z]))"
)
