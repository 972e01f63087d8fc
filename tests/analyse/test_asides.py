"""A long sentence loses the aside its point would end in, so that the point keeps its verb."""

from __future__ import annotations

import pytest

from digests.analyse.asides import without_aside
from digests.analyse.keypoints import key_points
from digests.analyse.trim import MAX_CHARS
from digests.article import CleanArticle

_RELATIVE_ES = (
    "La alcaldesa, quien desde hace meses encabeza las protestas de los vecinos contra el"
    " proyecto de la autopista que cruzaría el parque central de la ciudad, firmó ayer un"
    " decreto que suspende las obras hasta el verano."
)
_BRACKETS_FR = (
    "Un grand nombre de communes (dont Lille, Arras, Douai, Lens, Béthune, Valenciennes,"
    " Cambrai, Maubeuge, Calais, Boulogne, Dunkerque, Saint-Omer, Hazebrouck et Armentières)"
    " ont déjà interdit les feux d'artifice pour la fête nationale."
)
_RELATIVE_EN = (
    "The committee chairman, who has spent most of the past year questioning officials from the"
    " water utility about the leaks that flooded three neighbourhoods in the spring, resigned on"
    " Monday after a vote of no confidence."
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (_RELATIVE_ES,
         "La alcaldesa firmó ayer un decreto que suspende las obras hasta el verano."),
        (_BRACKETS_FR,
         "Un grand nombre de communes ont déjà interdit les feux d'artifice pour la fête"
         " nationale."),
        (_RELATIVE_EN,
         "The committee chairman resigned on Monday after a vote of no confidence."),
    ],
)
def test_the_aside_the_point_would_end_in_goes(sentence: str, expected: str) -> None:
    assert len(sentence) > MAX_CHARS
    assert without_aside(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Short enough for a point: nothing is dropped.
        "The chairman, who chaired the inquiry, resigned on Monday.",
        # The point reaches far past the aside: it stays.
        "The chairman, who led the inquiry, resigned on Monday after a vote of no confidence that"
        " followed three months of hearings on the leaks that flooded three neighbourhoods of the"
        " city in the spring and left thousands of homes without clean water for weeks.",
        # A tag in brackets, not an aside: it stays.
        "The bill that the committee approved on Tuesday after three days of hearings on the"
        " budget of the water utility and the leaks of the spring was drafted by Sen. Ana Ortiz"
        " (D-Fla.) and two other members of the panel.",
        # A capitalised word after the comma: the clause's end is not clear.
        "The chairman, who has spent most of the past year questioning officials from the water"
        " utility about the leaks that flooded three neighbourhoods in the spring and the summer,"
        " Reuters reported on Monday, citing two people close to the committee.",
    ],
)
def test_other_sentences_keep_their_words(sentence: str) -> None:
    assert without_aside(sentence) == sentence


def test_a_list_inside_the_clause_does_not_end_it() -> None:
    listed = (
        "The professor, who has studied tides, currents, storms and floods along this coast for"
        " more than thirty years with a team of students from the marine institute of the"
        " university, warned on Tuesday that the sea wall was too low."
    )
    assert without_aside(listed) == "The professor warned on Tuesday that the sea wall was too low."
    sentence = (
        "The envoy, who has visited Kyiv, Warsaw, Vilnius, Riga, Tallinn and Helsinki over the"
        " past month to prepare the summit on energy and security that opens next week, said on"
        " Friday that the talks would go ahead."
    )
    assert without_aside(sentence) == (
        "The envoy said on Friday that the talks would go ahead."
    )


def test_a_point_keeps_the_verb_of_a_subject_with_a_long_aside() -> None:
    body = [
        _RELATIVE_EN,
        "The utility has promised to replace the old pipes in all three neighbourhoods by winter.",
        "Residents said they had waited more than a year for the repairs to start.",
    ]
    points = key_points(CleanArticle(title="Water chief quits", paragraphs=body))
    assert "The committee chairman resigned on Monday after a vote of no confidence." in points[0]


def test_a_possessive_relative_clause_after_the_subject_goes() -> None:
    sentence = (
        "Margaret Holloway, whose campaigns against the motorway through the valley and the"
        " closure of the village school made her the best-known councillor in the county for"
        " three decades, died on Sunday at her home near the river."
    )
    assert without_aside(sentence) == (
        "Margaret Holloway died on Sunday at her home near the river."
    )


def test_a_description_after_a_name_goes_when_the_point_would_end_in_it() -> None:
    sentence = (
        "Arthur Penrose of Dorset, the veteran harbour master who kept the port open through"
        " two wars and wrote the rules that every pilot on the south coast still learns by"
        " heart, died today at a care home in Poole."
    )
    assert without_aside(sentence) == "Arthur Penrose of Dorset died today at a care home in Poole."


def test_a_description_after_a_surname_alone_goes_when_the_point_would_end_in_it() -> None:
    sentence = (
        "Okafor, a graduate student in the department of marine biology and keeper of the"
        " rare fish collection at the state museum of natural history in the old harbour town,"
        " was sorting old jars when she found the eel."
    )
    assert without_aside(sentence) == "Okafor was sorting old jars when she found the eel."


@pytest.mark.parametrize(
    "sentence",
    [
        # An opening word, not a name, before the comma: "the ministry" is the subject.
        "Instead, the ministry that has spent most of the past year questioning officials from"
        " the water utility about the leaks that flooded three neighbourhoods in the spring,"
        " citing the costs, dropped the plan after a vote in the council chamber late at night.",
        # An opening phrase, not a name, before the comma: "the minister" is the subject.
        "On Monday, the minister who has spent most of the past year questioning officials from"
        " the water utility about the leaks that flooded three neighbourhoods in the spring,"
        " resigned after a vote of no confidence in the council chamber late at night.",
        # Names in a list: the comma after the description goes on with the next name.
        "Ana Ortiz, a lawyer who has represented the families of the miners in the long dispute"
        " with the owners of the pit over the pensions they lost when it closed, Ben Cole and"
        " three others were arrested.",
    ],
)
def test_a_description_that_is_not_an_aside_stays(sentence: str) -> None:
    assert without_aside(sentence) == sentence


def test_short_words_after_the_clause_that_end_no_list_are_the_sentence_going_on() -> None:
    sentence = (
        "Ruth Calder, whose grandfather was the keeper of the lighthouse on the northern cape of"
        " the island for forty years, remembers Mr. Hale, known as Tom, as a shy boy who spent his"
        " summers mending nets at the harbour."
    )
    assert without_aside(sentence) == (
        "Ruth Calder remembers Mr. Hale, known as Tom, as a shy boy who spent his summers mending"
        " nets at the harbour."
    )


def test_an_and_far_into_the_words_after_the_clause_ends_no_list() -> None:
    sentence = (
        "Friends of Harbour Town, the choir founded by the twin sisters Ada and Ivy Rook in a"
        " chapel by the quay in 1961, fall into two camps: those who love the old sea songs and"
        " those who came for the modern hymns."
    )
    assert without_aside(sentence) == (
        "Friends of Harbour Town fall into two camps: those who love the old sea songs and those"
        " who came for the modern hymns."
    )


def test_the_clause_after_a_list_of_names_goes_too() -> None:
    sentence = (
        "Ana Ortiz, Ben Cole and Carla Diaz, who have spent the past two years collecting"
        " evidence of the leaks at the water plant and the damage they did to the river and its"
        " fish, were arrested on Monday outside the plant."
    )
    assert without_aside(sentence) == (
        "Ana Ortiz, Ben Cole and Carla Diaz were arrested on Monday outside the plant."
    )


def test_a_relative_clause_after_a_later_name_goes_when_the_point_would_end_in_it() -> None:
    """The clause the cut would end in may follow the subject of a second clause ("…while
    Leeds, who …, beat Hull…"): without it, that clause keeps its verb too."""
    sentence = (
        "Two late goals from the captain gave Arsenal a narrow win at home to Burnley while"
        " Leeds, who had started the afternoon third on goal difference behind their rivals,"
        " won 3-1 at Hull in a match where their striker scored twice."
    )
    assert len(sentence) > MAX_CHARS
    assert without_aside(sentence) == (
        "Two late goals from the captain gave Arsenal a narrow win at home to Burnley while"
        " Leeds won 3-1 at Hull in a match where their striker scored twice."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # What follows the clause is someone reporting it, not the name's verb.
        "Officers arrested a man at a house on the edge of the estate on Sunday evening after a"
        " long search, Jamie Holt, who had been wanted since a robbery in the town centre last"
        " spring, police said in a statement on Monday.",
        # A name that opens no clause of its own: its verb came before it ("said Ann Lee").
        "“Now is the time for every member of the party to come to its aid in the north,” said"
        " Ann Lee, who led the party from 1995 to 1997, during the years of the coalition, and"
        " has backed its leader since the last election.",
        # "which" after a clause stands for the whole clause, not for a name.
        "The council agreed on Tuesday to close the old library in the centre of the town and to"
        " sell its building to a developer, which means that the children of the northern"
        " estates will have to travel, as the parents fear, further for their books.",
    ],
)
def test_a_later_clause_that_is_no_aside_of_a_name_stays(sentence: str) -> None:
    assert without_aside(sentence) == sentence


_DASHED_EN = (
    "The three bidders — a shipyard from Gdansk, a consortium of ferry operators from the"
    " Baltic states and a start-up that builds electric tugboats in a converted warehouse near"
    " the old docks — were told on Friday that the contract would be signed in March."
)
_DOUBLE_HYPHEN_EN = (
    "What the audit shows is a council that has kept a habit of late payments and lost"
    " invoices -- in the roads department above all, and in the parks department as well --"
    " that should worry every contractor waiting on the town for money this winter."
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (_DASHED_EN,
         "The three bidders were told on Friday that the contract would be signed in March."),
        (_DOUBLE_HYPHEN_EN,
         "What the audit shows is a council that has kept a habit of late payments and lost"
         " invoices that should worry every contractor waiting on the town for money this"
         " winter."),
    ],
)
def test_an_aside_between_dashes_the_point_would_end_in_goes(
    sentence: str, expected: str
) -> None:
    assert len(sentence) > MAX_CHARS
    assert without_aside(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A single dash opens the sentence's last part: no closing dash, nothing to drop.
        "The three bidders were told on Friday that the contract for the new ferry terminal would"
        " be signed in March after a further round of talks with the port authority — and that"
        " the loser could appeal to the regional court within a month of the decision.",
        # What follows the second dash opens a clause of its own (a capital): it stays.
        "The harbour master spoke for an hour about the storm — the worst on this coast since the"
        " winter of 1987, with waves that broke over the sea wall for two nights running — The"
        " Gazette reported the next day, quoting two of the councillors who were there.",
    ],
)
def test_dashes_that_set_off_no_aside_stay(sentence: str) -> None:
    assert len(sentence) > MAX_CHARS
    assert without_aside(sentence) == sentence


def test_dashes_around_words_that_go_on_with_the_opening_phrase_stay() -> None:
    # Without them the opening phrase would run into the subject with no comma between.
    sentence = (
        "Despite a wet spring that ruined the first sowing on most of the farms in the valley --"
        " and a summer drought that halved the second one in the hills above the town -- most"
        " growers expect to sell more grain this year than last."
    )
    assert without_aside(sentence) == sentence


def test_dashes_late_in_a_long_sentence_stay_when_the_point_gains_nothing_past_them() -> None:
    # Without the aside the point would still be cut before the words after it.
    sentence = (
        "The mayor thanked the volunteers, walked along the flooded streets of the lower town"
        " where families were still carrying furniture out of their houses, and named the cause"
        " — a blocked culvert — that the council had been warned about for years by the residents"
        " of the lower town, the fire brigade and two engineers hired by the county."
    )
    assert without_aside(sentence) == sentence


def test_a_where_clause_the_point_would_end_in_goes() -> None:
    """", where US companies are deeply involved," set off inside a list: without it the point
    reaches the sentence's news (seen on an unseen euronews page, cut inside the clause)."""
    sentence = (
        "According to analysts at US investment banking giant Goldman Sachs, combined oil"
        " reserves from Venezuela, neighbouring Guyana, where US companies are deeply involved,"
        " and the US could give the United States about 30% of global oil reserves."
    )
    assert len(sentence) > MAX_CHARS
    assert without_aside(sentence) == (
        "According to analysts at US investment banking giant Goldman Sachs, combined oil"
        " reserves from Venezuela, neighbouring Guyana and the US could give the United States"
        " about 30% of global oil reserves."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Regierung will die Förderung in den Gebieten im Norden des Landes, wo seit Jahren"
         " internationale Konzerne nach Öl und Gas bohren und die Einwohner gegen die Folgen"
         " protestieren, bis zum Ende des Jahrzehnts verdoppeln.",
         "Die Regierung will die Förderung in den Gebieten im Norden des Landes bis zum Ende des"
         " Jahrzehnts verdoppeln."),
        ("El Gobierno prevé ampliar la red de trenes en la costa del Pacífico, donde viven casi"
         " dos tercios de la población y se concentran la industria y los puertos más grandes,"
         " con una inversión de 4.000 millones de dólares que pagarán el Banco Mundial y varios"
         " fondos regionales.",
         "El Gobierno prevé ampliar la red de trenes en la costa del Pacífico con una inversión"
         " de 4.000 millones de dólares que pagarán el Banco Mundial y varios fondos"
         " regionales."),
    ],
)
def test_a_where_clause_goes_in_other_languages(sentence: str, expected: str) -> None:
    assert len(sentence) > MAX_CHARS
    assert without_aside(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # What follows the clause reports it: no verb of the sentence's own.
        "The storm flooded hundreds of homes along the coast of the northern province overnight"
        " and cut power to the port of Haldor, where the ferries to the islands leave twice a"
        " day in the summer, police said in a statement.",
        # The point gets well past the clause: it stays.
        "Officials in Haldor, where the ferries leave, said on Monday that the storm had"
        " flooded hundreds of homes along the coast and cut power to tens of thousands of"
        " households across the northern province for more than two days.",
    ],
)
def test_a_where_clause_that_the_point_needs_not_lose_stays(sentence: str) -> None:
    assert without_aside(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # The words after the clause describe the clause itself: nothing is left to describe.
        "Sanders may have his best chance of challenging Clinton upstate, where he's pushing an"
        " offensive on fracking and trade deals that have hurt manufacturing jobs, an issue that"
        " helped him pull off a win over Clinton last month in Michigan.",
        # Inside a quotation: its words are the speaker's.
        "“Donald Trump’s surprise visit to Mexico, where he met the Mexican president and"
        " discussed the many contentious issues between our two countries, reminds me of"
        " President Reagan’s trip to Geneva in 1985,” she wrote.",
        # A point that shows the whole sentence keeps the clause: it is news too.
        "An explosive weekend convention in Nevada, where Sanders supporters turned on the state"
        " party chairwoman for overruling their challenges and seating Clinton delegates,"
        " exposed the depth of the acrimony.",
    ],
)
def test_a_where_clause_stays_where_dropping_it_loses_more(sentence: str) -> None:
    assert len(sentence) > MAX_CHARS
    assert without_aside(sentence) == sentence
