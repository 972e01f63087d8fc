"""The words that tell what a capitalised run names: the words capitalised for other reasons
(sentence openers, weekdays), roles and occupations written before a name, the words of bodies
and places, the connectors inside a name ("van", "de"), and the portfolios a government role is
"of". :mod:`names` reads runs of capitalised words with them.
"""

from __future__ import annotations

from typing import Final

from digests.analyse import language_words

# Words that start a name run only because they start a sentence, or that are capitalised
# without being names (weekdays, months).
FUNCTION_WORDS: Final = frozenset(
    """a an the this that these those there here it its he she they we you i his her their our
    my your but and or nor so yet for if when while after before as at by in on of to from with
    without into over under about against between during since until upon among across through
    asked speaking quoting citing meanwhile however still also even then now later earlier today
    yesterday tomorrow tonight last next this some many most all both each every no not another
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousands millions dozens several few neither either
    besides outside inside regarding concerning including following amid around toward towards
    within beyond unlike other hi hello hey continued
    according despite although though because unless whether where why how what which who whom
    whose instead like unlike just only such well yes oh dear sir madam mr ms mrs more
    back ever immediately likewise similarly indeed moreover furthermore additionally finally
    eventually recently previously initially ultimately apparently shortly soon again wait
    maybe perhaps probably possibly certainly surely clearly obviously actually naturally
    ironically fortunately unfortunately luckily sadly hopefully
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december feb mar apr jul aug sep sept
    oct nov dec""".split()  # not "jan", "jun": first names before a capital ("Jun Oyelowo")
) | language_words.FUNCTION_WORDS

# Words that name a role rather than a person; a name run that starts with them keeps only
# what follows ("Russian President Vladimir Putin" -> "Vladimir Putin").
ENGLISH_TITLE_WORDS: Final = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady madam
    president vice prime minister chancellor secretary senator sen sen. rep rep.
    representative congressman congresswoman governor gov gov. mayor judge justice chief
    general gen gen. admiral adm adm. colonel col col. captain capt capt. lieutenant lt lt.
    sergeant sgt sgt. officer commander cmdr cmdr. maj. corporal cpl cpl. pvt. pfc pfc. spc. cpt.
    airman seaman trooper
    brigadier brig. commodore supt supt. det. pope king queen prince princess sheikh emir
    ambassador director chairman chairwoman chair ceo cfo coo cto vp svp evp senior spokesman
    spokeswoman spokesperson barrister
    speaker leader candidate nominee former first deputy acting attorney rev rev. reverend
    father archbishop bishop cardinal rabbi imam state foreign defense defence finance interior
    minority majority democratic republican democrat gop u.s. us american russian ukrainian
    british french german chinese iranian israeli palestinian syrian mexican canadian
    european national federal mrs. mp mep msp tory councillor councilman commissioner
    councilor councilwoman cllr cllr. coun coun. cr cr. mla td controller inspector insp insp.
    constable sheriff undersheriff
    coordinator marshal csp asp dsp acp dcp sp
    hon hon. eng. engr. mk mca mmc mec mpp mna collector tehsildar alhaji alhaja kgosi sheikha
    executive founder boss coach manager economist analyst lawmaker supervisor councilmember
    alderman alderwoman superintendent premier taoiseach tanaiste provost whip counsel
    novelist actor actress rapper comedian playwright poet presenter broadcaster columnist
    freshman sophomore
    """.split()
)
TITLE_WORDS: Final = ENGLISH_TITLE_WORDS | language_words.ROLE_WORDS

# Roles that French, Spanish and Russian write in lower case before the name.
LOWER_CASE_ROLES: Final = language_words.ROLE_WORDS - ENGLISH_TITLE_WORDS

# How an owner's name ends before what is theirs: "Corvane’s", "Northgate Advisors'".
POSSESSIVE_ENDINGS: Final = ("'s", "’s", "s'", "s’")

# Occupations written in lower case between what they belong to and the name: "Media
# commentator Roy Greenslade", "Chelsea striker Diego Costa", "Obama aide Valerie Jarrett".
OCCUPATIONS: Final = frozenset(
    """commentator columnist journalist reporter editor presenter host broadcaster author
    writer historian strategist pollster adviser advisor aide activist campaigner expert
    lawyer attorney prosecutor detective sheriff surgeon doctor nurse scientist researcher
    actor actress singer rapper comedian star striker midfielder defender goalkeeper
    winger captain player backbencher peer businessman businesswoman billionaire tycoon
    entrepreneur investor owner member songwriter guitarist drummer bassist musician composer
    filmmaker producer treasurer auditor comptroller clerk ombudsman solicitor coroner assessor
    registrar administrator advocate recorder
    trader shopkeeper resident farmer teacher student pupil pensioner retiree commuter shopper
    voter volunteer organiser organizer protester protestor landlord tenant fisherman
    firefighter paramedic barrister engineer architect photographer designer plumber
    electrician builder worker driver analyst grandmother grandfather widow widower
    postman postwoman carer cleaner chef cook baker butcher waiter waitress bartender mechanic
    miner midwife porter caretaker gardener labourer laborer accountant pharmacist dentist vet
    pilot sailor soldier fireman policeman policewoman librarian hairdresser barber grocer
    publican landlady carpenter bricklayer welder steelworker dockworker forecaster grower
    winemaker lecturer surfer headteacher headmaster headmistress tutor jockey apprentice
    rancher vintner brewer florist roofer courier parent homeowner principal pastor trustee
    selectman selectwoman freeholder assemblyman assemblywoman assemblymember legislator
    alderperson broker developer realtor committeeman committeewoman assistant partner""".split()
)
# What a tabloid writes before a name it introduces, capitalised at the sentence's start
# ("Regular Keith Aspinall, 72, said…", "Shocked Terry Cooper", "Witness Louie Solano"): how the
# person stands to the story, or how they felt, never part of the name.
INTRODUCING_DESCRIPTIONS: Final = frozenset(
    """regular pal mum dad mother father witness onlooker neighbour neighbor resident
    passenger shopper bystander survivor villager shocked stunned horrified heartbroken
    devastated distraught grieving furious terrified delighted thrilled glamorous tragic
    сам сама сами""".split()  # Russian "himself": "Сам Игорь Гаврилов … назвал"
)
# Descriptions a story uses for the person it is about, once named ("the singer said", "the
# heartthrob told", "the nominee wrote"): fame, sport, business and a campaign's race, not
# offices (a "lawyer" or "spokesman" is usually someone else, who holds that role) nor "the
# man", "the boy" (someone unnamed: a voter, a heckler), with the gender the word shows where
# it shows one.
EPITHET_GENDERS: Final = {
    **dict.fromkeys(
        """singer songwriter star superstar popstar heartthrob actor rapper comedian musician
        hitmaker icon legend model influencer celebrity presenter striker midfielder defender
        goalkeeper winger athlete champion boxer golfer sprinter veteran youngster teenager
        billionaire tycoon mogul boss player footballer forward quarterback pitcher cricketer
        batsman swimmer cyclist skater gymnast entrepreneur nominee hopeful frontrunner
        front-runner""".split(), ""),
    **dict.fromkeys("actress songstress businesswoman".split(), "f"),
    "businessman": "m",
}

# Nouns for a person a story quotes without naming ("one resident", "a witness", "cette
# personne", "una vecina", "eine Anwohnerin", "одна из жительниц"): the "she" of the next
# quote goes on with such a speaker, where nothing else is named.
UNNAMED_PERSON_NOUNS: Final = frozenset(
    """person woman man resident witness neighbour neighbor mother father passenger driver
    shopper voter customer bystander survivor victim local villager
    personne femme homme habitante habitant témoin voisine voisin mère père passagère
    passager riveraine riverain
    persona mujer hombre vecina vecino testigo madre padre pasajera pasajero
    anwohnerin anwohner zeugin zeuge frau mann mutter vater passantin passant
    женщина мужчина жительница житель свидетельница свидетель мать отец""".split()
)

# Parties' initials, which a paper writes between a role and a name ("le député LFI Marc
# Vidal", "el diputado del PP Luis Ortega", "der Abgeordnete der SPD Jan Otto"): not the
# person's name. Only parties' (an initial-like "DJ", "AJ" opens stage names).
PARTY_INITIALS: Final = frozenset(
    """
    LFI RN LR PS PCF EELV UDI LREM LRM FN UMP MoDem NUPES
    PP PSOE VOX PNV ERC CUP PRI PAN MORENA PRD
    CDU CSU SPD FDP AfD BSW ÖVP SPÖ FPÖ NEOS SVP
    PD FdI M5S
    PSD CDS PSB PT PL MDB PSDB
    КПРФ ЛДПР
    GOP
    """.split()
)

# Words that open a sentence before its first comma and are no name: the prepositions, articles
# and connectives a sentence opens with ("On Monday, …", "However, …").
NOT_A_NAME_START: Final = frozenset(
    """
    On In At After Before By For From Since Until During Last This Next The A An As When While
    Earlier Later Today Yesterday Meanwhile However But And Also Now Then
    """.split()
)
# Words that open a sentence alone before its comma and are no name ("Instead, the firm…").
OPENING_ADVERBS: Final = frozenset(
    """
    Instead Still Overall Yet So Thus Hence Indeed Regardless Elsewhere Afterwards Nevertheless
    Nonetheless Moreover Furthermore Besides Likewise Otherwise Therefore Altogether Anyway Again
    Here There Tonight Tomorrow Yes No Well Sadly Now Then Today Yesterday Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Ironically Often Sometimes Once Twice Soon Later Earlier Above
    Below Inside Outside Overnight Nationally Locally Abroad Together Alone Worse Better
    """.split()
)


def opens_as_adverb(word: str) -> bool:
    """Is ``word``, as written alone before a sentence's first comma, an opening word ("Instead",
    "Meanwhile"; those in "-ly" too: "Separately") rather than a name?"""
    return word.endswith("ly") or word in NOT_A_NAME_START or word in OPENING_ADVERBS


# A capitalised word among these makes the run an organisation (or an event: "World War II",
# "the Summer Games"; or a programme: "the Andrew Marr Show"), not a person. The last lines
# hold the words a firm's name ends with ("Kessler Mobility Systems", "Hanseatic Container
# Line"), none a person's name.
ORG_WORDS: Final = frozenset(
    """kremlin ministry department committee campaign party council house office agency
    administration government commission court senate congress parliament duma police army
    navy military university universities college institute foundation center centre centers
    centres association union
    bank group inc inc. corp corp. company co co. times post journal news network cnn bbc
    reuters press fund board bureau service services organization organisation coalition
    federation league club school hospital church embassy authority trust alliance convention
    council, politifact fbi cia nato un eu championships championship games olympics tournament
    festival awards conference summit war show podcast bahn
    systems technologies airlines airways railways holdings industries labs laboratories
    robotics ltd ltd. llc plc gmbh therapeutics biosciences motors logistics
    aerospace networks solutions software ventures brands foods mobility partners realty
    properties advisors advisers associates investments enterprises society
    semiconductors studios records entertainment line""".split()
) | language_words.INSTITUTION_WORDS

# A capitalised word among these makes the run a place ("North America", "Downing Street"), not a
# person; words that are also common surnames (Park, Bay, Lake, London) are left out.
PLACE_WORDS: Final = frozenset(
    """north south east west northern southern eastern western america africa europe asia
    kingdom states republic island islands city county street avenue road square valley
    coast station airport stadium market mall highway junction roundabout terminal
    mortuary ville ciudad stadt città région región regione département departamento commune
    comune""".split()
)

CONNECTORS: Final = frozenset(
    {"de", "van", "von", "der", "den", "ten", "ter", "bin", "bint", "al", "da", "di", "la", "le",
     "du", "dos", "del", "do", "das"}
)
ABBREVIATED: Final = frozenset(
    {"mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "gen.", "gov.", "sen.", "rep.", "prof.",
     "rev.", "lt.", "col.", "capt.", "sgt.", "adm.", "cmdr.", "supt.", "det.", "insp.", "hon.",
     "eng.", "engr.",
     "maj.", "cpl.", "pvt.", "pfc.", "spc.", "cpt.", "brig."}
)


# The states of the United States, which its news writes alone or after a city ("Birmingham,
# Alabama"); as whole names only: "Virginia Foxx" and "Georgia" Hill are people.
US_STATES: Final = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming""".split()
) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
     "rhode island", "south carolina", "south dakota", "west virginia"}


# What a place's name ends with ("Oklahoma City", "Clark County"); not a compass word, which a
# surname may be ("Marty West").
PLACE_ENDINGS: Final = frozenset(
    "city county street avenue road square valley coast island".split()
)


# What a government role is "of": the portfolios and services that end a body's name before
# the holder's name ("Secretary of Homeland Security", "Minister of Foreign Affairs").
# Words that only open a portfolio's name, never end it ("Homeland Security", "Public
# Prosecutions"): what follows them belongs to the body.
PORTFOLIO_MODIFIERS: Final = frozenset(
    "public national homeland foreign external internal human natural urban home veterans social"
    .split()
)
PORTFOLIO_WORDS: Final = ORG_WORDS | PORTFOLIO_MODIFIERS | frozenset(
    """state defense defence health education treasury energy labor labour commerce
    agriculture transportation transport justice interior security housing development
    affairs finance economy culture environment trade industry exchequer resources tourism
    sport sports science technology communications immigration works welfare employment
    information intelligence war care pensions logistics manpower communities""".split()
) | language_words.PORTFOLIO_WORDS

# Words before a capitalised run that make it a thing or a description ("the Trump Train", "The
# Colombian journalist"), not a person's name.
THING_DETERMINERS: Final = ("the", "a", "an", "its", "our", "their")


# French bodies and places named "X d'Y", which no person is.
NAMED_OF_SOMETHING: Final = frozenset(
    """conseil cour côte val vallée musée place hôtel palais ministère chambre mont pont port
    lac golfe maison château tour gare porte avenue rue quai agence école institut banque
    compagnie société groupe office prix""".split()
)
