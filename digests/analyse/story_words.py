"""Words that say nothing about which event a text reports, in the languages the bot reads.

:mod:`stories` compares two articles by the words they share; function words and the words any
news report uses ("said", "officials", "Monday") are shared by every pair, so they are left out.
A German or Spanish pair would otherwise share "der", "die", "und" or "los", "las", "que"
whatever they report: that joined unrelated stories and, by swelling the union of two reports of
one event, kept them apart. Words that are also telling English words ("war", "man", "son",
"premier") are not listed for the other languages.

German capitalises every noun, so :mod:`stories` tells its nouns from its names by the word before
a capital: the German lists at the end say which words announce a noun, which end like one that
does but do not, and which words say a text of unknown language is German.
"""

from __future__ import annotations

from typing import Final

from digests.analyse.language_words import GERMAN_REPORTING, VERBS

_ENGLISH: Final = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my no nor not now of off on once only or other our ours out over own same she should
so some such than that the their theirs them then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you
your yours said says say told tells tell according added new news year years week weeks day days
today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday time times
people one two three first last many much make made makes get got us mr mrs ms dr per cent percent
report reports reported reporting statement statements official officials may might must
since still well back like going around including however expected amid ago latest
"""
_GERMAN: Final = """
der die das den dem des ein eine einer einen einem eines und oder aber auch als am an auf aus bei
bis durch für gegen hat haben hatte hatten ist sind waren wird werden wurde wurden sein seine
seiner seinen seinem ihr ihre ihren ihrem ihrer sich nicht noch nur nach vor mit von vom zum zur
zu im in über unter um wie wo was wer so dass daß damit dann denn doch schon sehr mehr es er
sie wir ich du ihm ihn uns dieser diese dieses diesen diesem jetzt heute gestern morgen jahr jahre
jahren tag tage tagen woche montag dienstag mittwoch donnerstag freitag samstag sonntag sagte
sagt laut kann können soll sollen muss müssen will wollen habe hätte wäre wenn weil ob bereits
zwei drei einem neue neuen neuer ersten dabei dazu sei seien kein keine
"""
_FRENCH: Final = """
le la les un une des du de d l et ou mais aussi au aux en dans sur sous par pour avec sans ce
cet cette ces qui que quoi dont où il elle ils elles on nous vous je se sa ses leur leurs
est sont était été être avoir a ont avait fait plus moins très pas ne ni selon lors après avant
entre comme aujourd hier demain lundi mardi mercredi jeudi vendredi samedi dimanche an ans année
jour jours semaine deux trois première nouveau nouvelle déclaré dit indiqué
"""
_SPANISH: Final = """
el la los las un una unos unas de del al y e o u pero también en con sin por para sobre entre
hasta desde que quien quienes cual cuales cuando donde como este esta estos estas ese esa eso
esos esas se su sus le les lo nos es era fue fueron ser estar está están ha han había sido
hay muy más menos no ni ya según tras ante otro otra otros otras año años día días semana hoy
ayer mañana lunes martes miércoles jueves viernes sábado domingo dos tres primer primera nuevo
nueva dijo afirmó aseguró explicado explicó ha señalado este
"""
_RUSSIAN: Final = """
и в во не на с со что как а но или по к ко из у о об от до за при для же бы ли то это этот эта
эти его её ее их он она оно они мы вы я был была было были будет быть также уже ещё еще году
год лет день дня понедельник вторник среда четверг пятница суббота воскресенье заявил заявила
сообщил сообщила сказал сказала
"""

# The reporting verbs of language_words come in several forms per language; every one is common.
STORY_STOPWORDS: Final[frozenset[str]] = frozenset(
    " ".join((_ENGLISH, _GERMAN, _FRENCH, _SPANISH, _RUSSIAN, *VERBS.values())).casefold().split()
)

# German words that announce a noun: articles ("das Ergebnis", "ein Antrag"), and those that
# hold one ("im Stadtrat", "zur Abstimmung"). Lower-case words ending like an inflected
# article or adjective ("neue", "knappen") announce one too; these are the rest, and the
# articles a sentence may open with ("Der Stadtrat ...").
GERMAN_NOUN_MARKERS: Final[frozenset[str]] = frozenset("""
der die das den dem des ein eine einer einen einem eines kein keine mein dein sein ihr unser
euer im am zum zur vom beim ins ans aufs ums fürs
""".split())

# German words that end like an inflected article or adjective yet announce no noun: a name
# follows them as well ("gegen Frankreich", "oder Merkel", "sagte Scholz", "wäre Olaf Scholz").
GERMAN_UNINFLECTED: Final[frozenset[str]] = GERMAN_REPORTING | frozenset("""
gegen zwischen neben wegen über unter hinter außer oder aber wieder ohne sowie wie sie er
eben oben unten seither daher immer mehr sehr später früher zuvor bisher nie wäre hätte habe
werde würde könnte sollte müsste dürfte möchte wollte konnte musste durfte wurde
""".split())
# Function words of German that no other language the bot reads writes alike ("die" is Dutch
# too, "den" Swedish; "hat", "mit" and "Dem" are English words once case is folded): a few of
# them in a text of unknown language say it is German.
GERMAN_FUNCTION_WORDS: Final[frozenset[str]] = frozenset("""
und der nicht ist sich auch wird wurde wurden für eine einen einer haben
""".split())

# The names of each month, in order, in the languages the bot reads (folded spellings too): a
# date in a title is one day whatever its language writes ("4 March", "March 4", "4 de marzo").
MONTHS: Final[tuple[frozenset[str], ...]] = tuple(frozenset(names.split()) for names in (
    "january jan januar janvier enero",
    "february feb februar fevrier février febrero",
    "march mar märz marz mars marzo",
    "april apr avril abril",
    "may mai mayo",
    "june jun juni juin junio",
    "july jul juli juillet julio",
    "august aug aout août agosto",
    "september sep sept septembre septiembre",
    "october oct oktober octobre octubre",
    "november nov novembre noviembre",
    "december dec dezember decembre décembre diciembre",
))

# Words capitalised in names and dates that do not name one thing: a month ("in February"; not
# "May", a surname too), an office before a name ("Mayor", "Governor"), the common part of an
# institution's name ("State Police Command", "National Hurricane Center", "State of
# Emergency") and the wire services, data providers and market names quoted in any report of
# their kind ("Thomson Reuters", "Wall Street"). Two reports sharing only these are two mayors'
# trials, two storms, two companies' quarters; the names beside them ("Nagin", "Florence")
# still anchor a match.
_MONTH_NAMES: Final = frozenset(name for names in MONTHS for name in names if name != "may")
GENERIC_NAMES: Final[frozenset[str]] = _MONTH_NAMES | frozenset("""
mayor governor gov senator sen congressman congresswoman judge sheriff inspector commissioner
secretary spokesman spokeswoman spokesperson chairman chairwoman director officer chief
president vice minister prime premier chancellor king queen prince princess
general colonel sergeant captain lieutenant
police command state national federal department ministry agency center centre office
county district division province region council court government emergency
hurricane tropical storm category
reuters thomson associated afp bloomberg refinitiv factset lseg zacks dpa xinhua
wall street dow nasdaq
""".split())
