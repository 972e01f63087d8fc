"""Word tables for quotes in German, French, Spanish and Russian news.

:mod:`reporting`, :mod:`names` and :mod:`name_index` read English; these tables let the same
rules read the commonest patterns of the four other languages the bot sees:

- reporting verbs (``sagte``, ``a déclaré``, ``dijo``, ``заявил``), which after a quote come
  before their subject (``„…“, sagte Nancy Faeser``);
- "according to" (``laut``, ``selon``, ``según``, ``по словам``), whose person follows;
- subject pronouns with their gender, including the French inverted ``a-t-elle``;
- the words that end an inverted subject (``am Montag``, ``lundi à Paris``, ``en Madrid``,
  ``в понедельник``), so that the time and place are not read as the speaker;
- roles before names (``Innenministerin``, ``CDU-Politiker``, ``el ministro``, ``министр``) and
  capitalised words that are no names (``Montag``, ``Die``, ``По``).

Spanish and Russian may leave the subject out (``«…», afirmó.``): :data:`UNSTATED` stands for
that person, whom the resolver finds like a pronoun's.

A word is only listed if it cannot also be a common English word in a reporting clause
(``assure``, ``note``, ``observe`` stay out), so English text reads as before.
"""

from __future__ import annotations

import re
from typing import Final

VERBS: Final[dict[str, str]] = {
    "de": """sagte sagt sagten erklärte erklärt erklärten betonte betont betonten fügte fügt
        ergänzte ergänzt meinte meint warnte warnt kritisierte kritisiert forderte fordert
        schrieb schreibt berichtete berichtet erzählte erzählt unterstrich bekräftigte
        versicherte versichert kündigte räumte mahnte mahnt antwortete antwortet entgegnete
        sagen gesagt erklärte betonte resümierte zeigte freute bilanzierte teilte""",
    "fr": """dit déclare déclaré affirme affirmé ajoute ajouté explique expliqué estime estimé
        soupire soupiré tempête tempêté fulmine fulminé conclu s'agace s’agace s'insurge
        s’insurge
        souligne souligné assuré indique indiqué précise précisé insiste insisté poursuit
        poursuivi lance lancé martèle martelé confie confié rappelle rappelé répond répondu
        réagi avertit averti annonce annoncé déplore déploré dénonce dénoncé juge jugé raconte
        raconté prévient prévenu regrette regretté reconnaît reconnu commente commenté
        témoigne témoigné résume résumé tranche tranché s'exclame félicité félicitée
        réjoui réjouie indigné indignée exclamé exclamée étonné étonnée inquiété inquiétée
        insurgé insurgée admet concède concédé fustige fustigé lâché glisse glissé plaide
        plaidé renchérit conclut détaille détaillé nuance nuancé ironise ironisé assure
        confirme confirmé observe observé relève relevé souffle soufflé lâche signale signalé
        rapporte rapporté reprend calcule calculé tempère tempéré sourit souri réagit
        s'inquiète s’inquiète s'emporte s’emporte décrypte décrypté analysé noté complète
        complété abonde abondé rétorque rétorqué réplique répliqué alerte alerté avance
        avancé constate constaté tacle taclé
        disait expliquait affirmait assurait ajoutait
        confiait estimait soulignait racontait prévenait menaçait déclarait insistait
        rappelait répondait martelait lançait indiquait précisait commentait regrettait
        dénonçait déplorait""",
    "es": """dijo dice afirmó afirma señaló señala añadió añade explicó explica aseguró asegura
        declaró declara indicó indica sostuvo sostiene subrayó subraya destacó destaca advirtió
        advierte insistió agregó agrega apuntó apunta manifestó manifiesta comentó comenta
        expresó expresa reconoció reconoce criticó lamentó lamenta respondió responde precisó
        recalcó enfatizó remarcó detalló relató contó sentenció concluyó aclaró afirmaron
        dijeron señalaron explicaron aseveró puntualizó acotó agregaron finalizó anotó expuso
        reiteró informó recordó admitió mencionó resaltó planteó argumentó decía decían
        explicaba aseguraba afirmaba señalaba comentaba comentaban escribió escribe tuiteó
        dicho afirmado señalado añadido explicado asegurado declarado indicado subrayado
        destacado advertido insistido agregado apuntado manifestado comentado reconocido
        criticado lamentado respondido precisado recalcado reiterado admitido denunciado
        anticipó adelantó insistió ironizó cuestionó disparó retrucó completó argumenta
        defiende defendió defendido informado opina opinó valora valoró matiza matizó insiste
        concluye puntualiza relata denunció replicó zanjó justificó confesó confiesa admite
        sostenido""",
    "ru": """заявил заявила заявили сказал сказала сказали отметил отметила отметили добавил
        добавила добавили подчеркнул подчеркнула подчеркнули пояснил пояснила сообщил сообщила
        сообщили рассказал рассказала уточнил уточнила признал признала считает заявляет
        говорит говорил говорила ответил ответила предупредил предупредила написал написала
        напомнил напомнила заверил заверила высказался высказалась пообещал пообещала
        пообещали пожаловался пожаловалась пожаловались признался призналась признались
        объяснил объяснила объяснили заметил заметила заметили поделился поделилась
        продолжил продолжила спросил спросила воскликнул воскликнула утверждает
        подчеркивает подчёркивает отмечает рассказывает объясняет""",
    # Portuguese, in the preterite ("afirmou", "disse"), and Italian participles after the
    # auxiliary ("ha detto", "ha concluso il ministro") and in the present ("spiega"); "sapere"
    # ends "ha fatto sapere Palazzo Chigi".
    "pt": """disse afirmou declarou explicou acrescentou destacou ressaltou questionou
        argumentou completou concluiu comentou observou avaliou defendeu garantiu lembrou
        reforçou alertou admitiu respondeu diz afirma reconhece explica destaca defende
        avalia garante lembra ressalta falou contou apontou frisou salientou enfatizou
        ponderou pontuou disparou desabafou rebateu justificou relatou revelou opinou
        prosseguiu emendou""",
    "it": """detto dichiarato spiegato aggiunto concluso affermato sottolineato risposto
        commentato osservato ribadito precisato evidenziato spiega aggiunge afferma
        sottolinea dice racconta commenta raccontato annunciato ammesso replicato assicurato
        chiarito denunciato rivelato insistito attaccato avvertito incalzato sostenuto
        ricordato proseguito tuonato scritto rimarcato evidenzia osserva ribadisce
        sapere""",
}
# German reporting verbs as they end a clause that says who reported ("Wie die Polizei
# mitteilte, …"): the listed verbs, and those of agencies' and authorities' statements.
GERMAN_REPORTING: Final = frozenset(VERBS["de"].split()) | frozenset(
    "mitteilte mitteilten meldete meldeten bestätigte bestätigten bekanntgab hieß".split()
)
# Spanish and Russian verbs carry their subject: after a quote, the verb alone names nobody
# new ("«…», afirmó." is the person the article is about).
PRO_DROP_VERBS: Final = frozenset(
    VERBS["es"].split() + VERBS["ru"].split() + VERBS["pt"].split() + VERBS["it"].split()
)

# "Die Zeitung zitierte X mit den Worten", "El diario citó a X diciendo": the person quoted
# speaks, not the one who quoted; the person is the text between these two parts.
QUOTED_PERSON_OPENERS: Final = (
    ("zitierte ", "zitiert ", "zitierten ", "citó a ", "cita a ", "citaron a ")
)
QUOTED_PERSON_CLOSERS: Final = ("mit den Worten", "mit dem Satz", "diciendo", "que dijo")

# Russian "— цитирует Лаврова ТАСС", "— приводит слова министра РИА Новости", "— приводит его
# слова ТАСС", "— передаёт слова Григорьянца корреспондент": the agency or reporter quotes the
# person named (in another case) or meant by the pronoun.
RUSSIAN_QUOTED: Final = re.compile(
    r"(?:(?:цитиру(?:ет|ют)|процитировал[аио]?|привод(?:ит|ят)|привел[аио]?)\s+(?:слова\s+)?"
    r"|переда(?:[её]т|ют|л[аио]?)\s+слова\s+)(?P<who>[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+(?=\s+[А-ЯЁ]))?|[а-яё]+)"
    r"(?:\s+слова)?(?!\w)"
)
# "According to X": the person follows. Russian says whose words with a possessive pronoun
# ("по его словам": according to him).
ACCORDING: Final = ["selon", "d'après", "d’après", "según", "laut", "nach Angaben", "по словам",
             "по мнению",
             "по его словам", "по её словам", "по ее словам", "по их словам",
             "по его мнению", "по её мнению", "по ее мнению"]
ACCORDING_PRONOUN: Final = {"его": "он", "её": "она", "ее": "она", "их": "они"}
# German "„…“, so Kurz": "so" is a reporting word only right after a quote, before a name
# or a role; it is never put in the verb list.
GERMAN_SO: Final = re.compile(r"[\s,]*so\s+(?=(?:der|die|des)\s|[A-ZÄÖÜ])")

# Subject pronouns by gender ("m", "f"); "p" is a plural, read like English "they".
# German "sie" with a plural verb ("sagen sie"): "they", told apart from "she" by the verb.
GERMAN_THEY: Final = "sie (they)"
PRONOUN_GENDER: Final[dict[str, str]] = {
    "he": "m", "she": "f", "er": "m", "sie": "f", "il": "m", "elle": "f", "él": "m",
    "ella": "f", "он": "m", "она": "f",
    "ils": "p", "elles": "p", "ellos": "p", "ellas": "p", "они": "p", GERMAN_THEY: "p",
}
# ("on" and "es" are also English and Spanish words of other kinds: left out.)
PRONOUNS: Final = frozenset(PRONOUN_GENDER) | frozenset(
    {"we", "i", "ich", "wir", "je", "nous", "yo", "nosotros", "я", "мы"}
)
# French puts the pronoun after the verb with a hyphen: "a-t-elle assuré", "explique-t-il".
INVERTED_PRONOUN: Final = re.compile(r"-(?:t-)?(il|elle|ils|elles)\b")
# The person Spanish and Russian leave unsaid; resolved like a pronoun of either gender.
UNSTATED: Final = "(unstated)"
UNSTATED_FEMALE: Final = "(unstated f)"
UNSTATED_MALE: Final = "(unstated m)"
UNSTATED_SUBJECTS: Final = frozenset({UNSTATED, UNSTATED_FEMALE, UNSTATED_MALE})


def unstated(verb: str) -> str:
    """The left-out subject of a verb; Russian past tense shows the gender (заявила, заявил),
    and its plural ("отметили в пресс-службе", "сообщили в МВД") says "they", a body's people
    unnamed, which no person named before is."""
    if verb[-1:] in "ёйцукенгшщзхъфывапролджэячсмитьбю":  # Cyrillic
        return UNSTATED_FEMALE if verb.endswith("ла") else UNSTATED_MALE \
            if verb.endswith("л") else "они" if verb.endswith("ли") else UNSTATED
    return UNSTATED


_Node = dict[str, "_Node"]  # a trie: one child per next character, "" where a word ends


def trie(words: list[str]) -> str:
    """An alternation of ``words`` as a trie ("sa(?:id|ys)|…"): the same matches as the
    longest-first "w1|w2|…" (where one word is a prefix of another, the longer is tried
    first), but the engine reads each character once at a place instead of trying every
    word, so that five languages' words cost about what English alone did."""
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Node) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


_WEEKDAYS: Final = """montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi
    mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado
    domingo""".split()
# Words that end a subject written after its verb: prepositions, conjunctions, relatives, and
# time words ("sagte Nancy Faeser am Montag", "a déclaré Gérald Darmanin lundi à Paris",
# "dijo el ministro en Madrid", "заявил министр в понедельник"). Only words that cannot occur
# inside a name ("de", "al", "an" can).
SUBJECT_ENDS: Final = """am im in aus auf bei nach vor mit über gegenüber zum zur vom und aber dass
    weil als wie heute gestern vergangene vergangenen kommende kommenden schriftlich
    telefonisch
    seine seinen seinem seiner ihre ihren ihrem ihrer à
    au aux lors dans devant en sur pour avec après avant qui que et mais hier aujourd’hui
    aujourd'hui demain
    depuis auprès ante durante tras con para por que quien y pero este esta ayer
    hoy desde entre sin mientras
    в во на по с со перед после для и но а который которая которые вчера
    сегодня журналистам
    ai agli alla alle allo nel nella nei dopo oggi ieri aos às ao em após ontem
    durante na nas nos num numa pela pelo pelos pelas
    """.split() + _WEEKDAYS
SUBJECT_END: Final = re.compile(
    r"(?<!\S)(?=[" + "".join(sorted({w[0] for w in [*SUBJECT_ENDS, "e", "l", "a"]}))
    + r"])(?:(?:el|le|am|au)\s)?(?:" + trie(SUBJECT_ENDS) + r")(?![\w’'-])"
)
# Spanish "dijo Caputo a Radio Mitre": "a" after the subject's name begins whom it was said to
# (only after a capitalised word, which :mod:`reporting` checks: English "close to a Senate
# aide" has a lower-case word before it).
SPANISH_ADDRESSEE: Final = re.compile(r"(?<=\w) a (?=[A-ZÁÉÍÓÚÑ]|(?:la|las|los|su|sus) )")
# French and Spanish may set a short adverbial between the verb and its subject: "a réagi sur
# Twitter la députée", "a déclaré à la presse le ministre", "dijo en Madrid el ministro". A
# preposition, a determiner or not, one word; then a subject that opens with a determiner or
# a capital, or a time before it ("decía en Twitter este martes la periodista").
# Also a moment ("declaró en ese momento su hermano"), before a subject that may open with a
# possessive.
ADVERBIAL_BEFORE_SUBJECT: Final = re.compile(
    r"(?:sur|dans|devant|à|au|aux|en|depuis|ante|desde|tras|a|in|su)\s+"
    r"(?:(?:le|la|les|l['’]|un|une|son|sa|ses|el|los|las|su|sus|ese|esa|ce|cet|cette)\s*)?"
    r"[\w-]+\s+"
    r"(?=(?:le|la|les|l['’]|el|los|las)\s?\w|[A-ZÀ-Ý]|(?:ce|cette|este|esta|su|sus|son|sa)\s)"
)
# A time adverbial set between an inverted verb and its subject: "a déclaré lundi 3 mars le
# ministre", "a lancé mardi soir sur BFMTV la maire", "sagte am Montag der Minister", "dijo este
# lunes el ministro", "ha detto ieri il sindaco", "disse nesta segunda-feira o prefeito". A day
# (with its article, a part of the day and a date) or yesterday/today; whatever follows is read
# again as the words after the verb. Not Russian, whose left-out subject takes "заявил вчера".
TIME_BEFORE_SUBJECT: Final = re.compile(
    r"(?:(?:am|ce|este|esta|el|nesta|neste|na|no)\s)?"
    r"(?:(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag"
    r"|Mittwoch|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|(?:lune|marte|mercole|giove|vener)dì|sabato|(?:segunda|terça|quarta|quinta|sexta)-feira"
    r"|gestern|heute|hier|ayer|hoy|ieri|oggi|stamane|ontem|hoje"
    # Not time, but as often between the verb and its subject ("répond d'abord le dirigeant").
    r"|d['’]abord|ensuite|encore|aussi|enfin|également|además|también|luego)"
    r"(?:\s(?:soir|matin|après-midi|dernier|por la (?:mañana|tarde|noche)|sera|mattina"
    r"|pomeriggio|à noite|à tarde|de manhã))?"
    r"(?:\s\d{1,2}(?:er)?\s[a-zéû]{3,9})?,?\s+(?=\S)"
)
# A clause that says whom the speaker answered, opening the sentence before its verb: "A chi
# gli chiedeva dei costi, ha risposto:", "A quien le preguntó, respondió:", "Interrogé sur…,
# il a répondu". It is no subject; after its comma comes the subject, or none (left out).
ANSWER_OPENER: Final = re.compile(
    r"(?:A chi|Alla domanda|A quien(?:es)?|A la pregunta|Ante la pregunta|A quem|À pergunta"
    r"|À la question|Interrogat[oaie]|Interrogée?s?|Questionnée?s?|Rispondendo|Preguntad[oa]s?"
    r"|Consultad[oa]s?|Questionad[oa]s?|Perguntad[oa]s?)\s[^,]*,"
)
# German names whom a quote was said to in the dative, right after an inverted subject:
# "sagte Allendorf der Frankfurter Allgemeinen Zeitung", "sagte Scholz dem Spiegel". Not the
# "der" of a name ("Ursula von der Leyen", "Rafael van der Vaart") nor a subject's article.
GERMAN_RECIPIENT: Final = re.compile(
    r"(?<=[a-zäöüß])(?<!\bvon)(?<!\bvan)(?<!\bde) (?:der|dem|den) (?=[A-ZÄÖÜ])"
)
# The first word of a phrase after a verb that opens an adverbial, not a subject.
NOT_SUBJECTS: Final = frozenset(SUBJECT_ENDS)
# Spanish "a"/"al" after the verb says whom the words were said to or when ("dijo a la prensa",
# "dijo al conversar con la prensa"), not who said them. Only before a determiner or a lower-case
# word: English "said a spokesman" and Arabic names ("Al Jazeera") keep theirs. A gerund says
# how ("comentó sonriendo", "dijo riéndose"), in lower case as no name is written.
SPANISH_NOT_SUBJECT: Final = re.compile(
    r"(?:al|a (?:la|las|los|su|sus|nuestro|nuestra|este|esta|estos|estas))\s+[a-záéíóúñ]"
    r"|[a-záéíóúñ]+(?:ando|iendo|yendo|ándo|iéndo)(?:se|lo|la|le|les)?(?!\w)"
)
# Articles that open a subject phrase before its verb ("Der Kanzler fügte hinzu:", "La ministre
# a ajouté :", "Il ministro ha detto:"). Only capitalised, at the head of a sentence: lower-case
# "die" is also English.
SUBJECT_ARTICLES: Final = frozenset("Der Die Das Le La Les El Los Las Il Lo Gli".split())
# German separable verbs end their clause with a particle ("fügte sie hinzu", "kündigte die
# Ministerin an", "Die Ministerin fügte hinzu:"): after the subject, it is no part of it.
SEPARABLE_PARTICLES: Final = frozenset("hinzu an zu ein fest mit vor aus zurück bekannt".split())
# Adverbs German sets after an inverted subject ("sagte der Sprecher weiter", "betonte die
# Ministerin zudem"): they say the words go on, and are no part of who spoke.
GERMAN_TRAILING_ADVERBS: Final = frozenset("weiter zudem außerdem ebenfalls abschließend".split())
# Object pronouns between an inverted verb and its subject: "sagt uns die Quelle".
OBJECT_PRONOUNS: Final = frozenset(
    "uns mir ihm ihnen nous me lui nos le les нам мне ему ей им".split()
)
# A German passive has no speaker: "…, wird in der Mitteilung betont: „…“".
PASSIVE_OPENERS: Final = frozenset("wird wurde werden wurden hieß heißt".split())
# "un proche d'Edouard Philippe", "una fuente del ministerio": an unnamed person described by
# whom they are close to; the name in the description does not speak.
INDEFINITE: Final = frozenset("un une uno una ein eine einer".split())
# "Según explicó, «…»": "according to" before a verb is the left-out subject's.
_DETERMINERS: Final = frozenset("el la los las le les der die das des the".split())


def unnamed_after_according(phrase: str) -> bool:
    """Whether the words after "según" are a verb ("según explicó") rather than a person: one
    lower-case word that is no determiner."""
    words = phrase.split()
    return len(words) == 1 and words[0].islower() and words[0] not in _DETERMINERS


# Russian verbs that report words only after quote marks ("«…», — пишет Гладков"): a paragraph
# without marks that ends "— сообщает агентство" is the agency's news, no one's words, so the
# dash clauses of :mod:`dash_attribution` leave them out.
RUSSIAN_AFTER_MARKS: Final = ("пишет", "пишут", "сообщает", "сообщают")


def all_verbs() -> list[str]:
    return [*(word for words in VERBS.values() for word in words.split()), *RUSSIAN_AFTER_MARKS]


# Counts that open a capitalised run of people, not a name ("Trois Marocains", "Cinco
# detenidos", "Zwei Polizisten"). Numbers that are also names or surnames (Otto, Dix, Diez,
# Dos as in "Dos Santos") are left out.
NUMBER_WORDS: Final[frozenset[str]] = frozenset(
    """deux trois quatre cinq sept huit neuf
    tres cuatro cinco seis siete ocho nueve
    zwei drei vier fünf sechs sieben acht neun zehn
    due quattro cinque sette nove dieci""".split()
)

# Capitalised at the start of a sentence, or always (German weekdays and months), without
# being names: "Y añadió:", "E acrescentou:" open with "and", not with a speaker. Articles that
# also open names ("Des Moines", "Den Haag", "Los Angeles", "Les Paul", "Ella Fitzgerald", "Da
# Silva") are left out, and so is Italian "ed" ("Ed Rendell").
FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    """der die das dem ein eine einer eines einen einem kein keine keiner keines keinen
    keinem jede jeder jedes jeden alle viele einige manche mehrere wenige beide andere solche
    welche unser unsere mein meine seine ihre
    am im zum zur vom beim und aber auch doch denn dann
    nun es ich wir er sie man dies diese dieser dieses wenn weil dass nach mit bei laut seit
    für gegen zudem außerdem trotzdem jetzt heute gestern quelle
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli
    oktober dezember
    il elle ils elles nous selon pour dans mais cette ce cet lors après avant
    él ellos según pero para desde durante tras segundo secondo
    по в во на с со после перед для о об как и но а он она они это мы я
    ранее также однако сегодня вчера завтра теперь затем позже тогда кроме впрочем между при
    уже ещё еще
    si quand lorsque puisque comme cuando aunque mientras como wie ob obwohl während
    если когда хотя пока
    y e et à au aux chez em""".split()
) | NUMBER_WORDS

# Capitalised words that make a run an institution, not a person: "la Policía Municipal",
# "die Staatsanwaltschaft Köln", "le ministère de l'Intérieur". (Words that are also surnames,
# "Palacio", "Cámara", "Guardia", are left out.)
INSTITUTION_WORDS: Final[frozenset[str]] = frozenset(
    """policía gobierno ministerio secretaría fiscalía ayuntamiento alcaldía municipio
    congreso senado tribunal juzgado ejército partido universidad comisión dirección
    instituto organización naciones consejo comité conseil consiglio
    polizei regierung bundesregierung landesregierung ministerium staatsanwaltschaft
    bundestag landtag gericht partei bundeswehr feuerwehr
    gouvernement ministère préfecture gendarmerie mairie assemblée sénat parti armée
    полиция правительство министерство госдума суд партия
    société sociedad asociación compagnie entreprise empresa compañía gesellschaft verband
    verein unternehmen общество ассоциация""".split()
)

# Adverbs that French puts between the auxiliary and the participle ("a encore déclaré", "a
# également souligné"): like the auxiliary, no part of the subject.
# Adverbs Portuguese, Spanish and Italian set between a subject and its verb ("Ana Lima,
# diretora da PF, também destacou", "Rossi ha anche detto"): no part of the subject.
ADVERBS_BEFORE_VERB: Final[frozenset[str]] = frozenset(
    "também ainda já además también ya anche già inoltre poi".split()
)
FRENCH_TENSE_ADVERBS: Final[frozenset[str]] = frozenset(
    "encore également ensuite notamment aussi enfin alors déjà d'ailleurs toutefois".split()
)
# Portfolios a minister is "of" in the other languages, which end the body's name before the
# holder's ("el ministro de Salud Ana Ruiz", "il ministro dei Trasporti Carlo Bianchi", "o
# ministro da Saúde Paulo Rocha"); the English ones are in name_words.
PORTFOLIO_WORDS: Final[frozenset[str]] = frozenset(
    """salud sanidad saúde santé salute gesundheit trasporti transportes transporte transports
    verkehr justicia justiça giustizia justiz interior interno interni intérieur inneres
    exteriores esteri extérieur economía economia économie wirtschaft hacienda fazenda finanzas
    finanças finanze finanzen defensa defesa défense difesa verteidigung educación educação
    éducation istruzione bildung cultura kultur trabajo trabalho travail lavoro arbeit
    agricoltura landwirtschaft ambiente environnement umwelt turismo tourisme tourismus
    vivienda habitação logement energía energia énergie seguridad segurança sécurité sicurezza
    sicherheit comercio comércio indústria industrie deportes esporte ciencia ciência scienza
    wissenschaft""".split()
)

# Role words, lower case, that may stand before a name or alone for its holder ("le ministre
# Gérald Darmanin", "Según el ministro", "министр Владимир Колокольцев").
ROLE_WORDS: Final[frozenset[str]] = frozenset(
    """ministre ministro ministra министр président présidente presidente presidenta президент
    député députée diputado diputada депутат sénateur sénatrice senador
    senadora сенатор maire alcalde alcaldesa мэр губернатор gouverneur gobernador gobernadora
    porte-parole portavoz пресс-секретарь представитель secrétaire secretario secretaria
    directeur directrice director directora директор chef jefe jefa глава dirigeant
    dirigente lider líder лидер entraîneur entrenador тренер vicepresidente vicepresidenta
    canciller chancelier chancelière канцлер juez jueza juge судья procureur прокурор
    commissaire comisario comisaria генсек генеральный ambassadeur embajador embajadora посол
    conseiller consejero consejera советник responsable portavoz замглавы замминистра
    замдиректора премьер-министр вице-премьер начальник помощник заместитель руководитель
    председатель sindaco assessore prefetto questore procuratore prefeito prefeita
    governador governadora deputado deputada diretor diretora secretário secretária
    адвокат юрист avocat avocate abogado abogada avvocato вице-президент вице-спикер вице-мэр
    гендиректор зампред вице-губернатор замгубернатора экономист аналитик политолог эксперт
    социолог журналист наставник следователь seleccionador seleccionadora
    segretario segretaria portavoce direttore direttrice governatore governatrice senatore
    senatrice deputato deputata consigliere consigliera giudice commissario commissaria
    amministratore ministra presidentessa vicepresidente juiz juíza procuradora delegado
    delegada sindicalista sindacalista préfet préfète sous-préfet sous-préfète conseillère
    procureure recteur rectrice sindaca assessora prefetta""".split()
)
# A source and who quoted it, after a quote, with no verb of the source's own: "«…», Paul
# Morel, cité par l'AFP.", "“…”, the mayor, quoted by Reuters." The source speaks.
QUOTED_BY: Final = re.compile(
    r",\s+(?:cité|citée|cités|citées|citado|citada|citados|citadas|quoted)\s+(?:par|por|by)\s"
)
# Words for "the holder of" a role named by what it is of ("el titular de Cultura", "le
# titulaire du portefeuille de la Culture"), and the portfolio words that may stand between.
HOLDER_WORDS: Final = frozenset({"titular", "titulaire"})
PORTFOLIO_OF: Final = ("de la cartera", "du portefeuille")
# Roles written as a phrase that stand for a one-word role the same article may use for the
# same person: "le chef de l'Etat" is "le président François Hollande" named before.
ROLE_SYNONYMS: Final[dict[str, str]] = {
    "chef de l'etat": "président", "chef de l'état": "président",
    "jefe de estado": "presidente", "jefe del estado": "presidente",
    "глава государства": "президент", "head of state": "president",
    "глава мид": "министр", "глава министерства": "министр",
    "membre du gouvernement": "ministre", "miembro del gobierno": "ministro",
    "член правительства": "министр",
    # Mexico's mayor: "el presidente municipal" is "el alcalde" named before.
    "presidente municipal": "alcalde", "presidenta municipal": "alcaldesa",
    # A team's captain, in sports pages' words: "the skipper" is "captain Shubman Gill".
    "skipper": "captain",
}
# The other way: the phrases that may name the holder of a one-word role.
SYNONYMS_OF: Final[dict[str, tuple[str, ...]]] = {
    role: tuple(phrase for phrase, same in ROLE_SYNONYMS.items() if same == role)
    for role in set(ROLE_SYNONYMS.values())
}
# German writes roles as one capitalised compound, often with the body it belongs to:
# "Innenministerin", "CDU-Politiker", "DRK-Generalsekretär", "Konzernchef". A word that ends
# in one of these (and is longer than it, or is it) is a role; "-in" marks a woman.
GERMAN_ROLE_ENDINGS: Final = (
    "minister", "präsident", "kanzler", "sprecher", "politiker", "chef", "vorsitzende",
    "vorsitzender", "sekretär", "direktor", "leiter", "bürgermeister", "trainer", "experte",
    "geschäftsführer", "abgeordnete", "abgeordneter", "botschafter", "kommissar", "gouverneur",
    "vorstand", "sprecherin", "ministerin", "präsidentin", "kanzlerin", "politikerin", "chefin",
    "sekretärin", "direktorin", "leiterin", "bürgermeisterin", "trainerin", "expertin",
    "geschäftsführerin", "botschafterin", "kommissarin", "gründer", "gründerin", "wissenschaftler",
    "wissenschaftlerin", "professor", "professorin", "anwalt", "anwältin", "kollege",
    "kollegin", "landrat", "landrätin", "gewerkschafter", "gewerkschafterin", "sänger",
    "sängerin", "schauspieler", "schauspielerin", "unternehmer", "unternehmerin", "ökonom",
    "ökonomin", "forscher", "forscherin", "ermittler", "ermittlerin", "aktivist", "aktivistin",
    "funktionär", "funktionärin", "milliardär", "milliardärin", "millionär", "millionärin",
    "investor", "investorin", "journalist", "journalistin", "meteorologe", "meteorologin",
    "politologe", "politologin", "soziologe", "soziologin", "psychologe", "psychologin",
    "historiker", "historikerin", "analyst", "analystin", "brandrat", "brandrätin", "stadtrat",
    "stadträtin", "verteidiger", "verteidigerin", "stürmer", "stürmerin", "torhüter",
    "torhüterin", "kapitän", "kapitänin", "spieler", "spielerin", "moderator", "moderatorin",
    "polizist", "polizistin", "ärztin", "chefarzt", "ingenieur", "ingenieurin",
)  # not "richter" nor "arzt": also surnames
# German nouns are capitalised, so a sentence may open with two capitalised words that name no
# one ("Leichte Unzufriedenheit schwang mit", "Große Einigkeit herrschte"): abstract nouns end
# in these, and no first name or surname does ("-ung" does: Jung, Hartung).
GERMAN_ABSTRACT_ENDINGS: Final = ("heit", "keit", "schaft", "ität", "ismus", "tion", "nahme")
_GERMAN_FEMININE: Final = tuple(e for e in GERMAN_ROLE_ENDINGS if e.endswith("in"))


# The last four letters of each role ending (none is shorter): one set look-up rules out nearly
# every word before the endings are tried one by one (a new word's title test took ~0.7 us for
# the 66 tries, 28 Nov 2026).
_GERMAN_ROLE_TAILS: Final = frozenset(ending[-4:] for ending in GERMAN_ROLE_ENDINGS)


def is_german_role(word: str) -> bool:
    """"Innenministerin", "CDU-Politiker": a German role compound (lower case ``word``)."""
    return word[-4:] in _GERMAN_ROLE_TAILS and word.endswith(GERMAN_ROLE_ENDINGS)


def german_role_base(word: str) -> str:
    """The role a German compound ends in: "firmenchef" -> "chef", "innenministerin" ->
    "ministerin" (the longest listed ending), or ``word`` itself."""
    endings = [e for e in GERMAN_ROLE_ENDINGS if word.endswith(e)]
    return max(endings, key=len) if endings else word


def role_gender(word: str) -> str:
    """"f" for a German feminine role ("Innenministerin"), else ""."""
    return "f" if word.endswith(_GERMAN_FEMININE) else ""


MALE_TITLES: Final = frozenset({"herr", "monsieur", "m.", "señor", "sr.", "sr", "don", "господин"})
FEMALE_TITLES: Final = frozenset({"frau", "madame", "mme", "mme.", "señora", "sra.", "sra", "doña",
                           "госпожа"})

_CYRILLIC_ENDINGS: Final = ("ого", "ому", "ием", "ией", "ий", "ия", "ию", "ым", "ой", "ою", "ую",
                     "ая", "ей", "ем", "ом", "а", "у", "е", "ю", "я", "ы", "и", "й")


def cyrillic_stem(word: str) -> str:
    """A Russian name without its case ending, so that "Пескова" (genitive) and "Песков"
    (nominative) compare equal; other words are returned as they are."""
    if not word or not ("а" <= word[0] <= "я" or word[0] == "ё") or len(word) < 5:
        return word
    for ending in _CYRILLIC_ENDINGS:
        if word.endswith(ending):
            return word[: -len(ending)]
    return word
