"""Story similarity on its own: one event in other words matches; unrelated news does not."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from digests.analyse.story_features import Features, distinctive_tokens, features, similarity
from digests.article import CleanArticle
from tests.ingest.samples import COMET, RAIL_STRIKE, RATES_OTHER_OUTLET, RATES_WIRE

BBC = Path(__file__).resolve().parents[3] / "shared" / "data" / "summaries-dev" / "article"


def _lead_features(title: str, paragraphs: list[str]) -> Features:
    return features(title, paragraphs[:2])


def test_distinctive_tokens_keep_names_and_numbers() -> None:
    tokens = distinctive_tokens("The bank's governor, Maria Lind, said rates stay at 4.5% today")
    assert {"maria", "lind", "4.5", "governor"} <= tokens
    assert not tokens & {"the", "said", "today"}


def test_same_event_other_words() -> None:
    a = _lead_features(RATES_WIRE.title, RATES_WIRE.paragraphs)
    b = _lead_features(RATES_OTHER_OUTLET.title, RATES_OTHER_OUTLET.paragraphs)
    assert similarity(a, b) > 0


@pytest.mark.parametrize("other", [RAIL_STRIKE, COMET])
def test_unrelated_events(other: CleanArticle) -> None:
    a = _lead_features(RATES_WIRE.title, RATES_WIRE.paragraphs)
    assert similarity(a, _lead_features(other.title, other.paragraphs)) == 0


@pytest.mark.skipif(not BBC.is_dir(), reason="needs ../shared/data/summaries-dev")
def test_no_bbc_articles_from_different_sections_are_grouped() -> None:
    found = []
    for path in sorted(BBC.glob("*/*.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        found.append((path.parent.name, _lead_features(lines[0], lines[1:4])))
    grouped = [(sa, sb) for (sa, a), (sb, b) in itertools.combinations(found, 2)
               if similarity(a, b) > 0]
    assert all(sa == sb for sa, sb in grouped)
    assert len(grouped) <= 10  # of 4,950 pairs; the few found are one event reported twice


def test_one_shared_title_word_is_not_a_match() -> None:
    # Pages whose title is a placeholder ("index", "Live", "Opinion") share their whole title.
    a = features("index", ["A singer who won hearts at Eurovision in 1990 died of cancer in "
                           "Istanbul on Friday; fans shared a video of his last show."])
    b = features("index", ["A sports reporter was suspended after a video showed her berating "
                           "a clerk in Arlington; her last show aired on Friday."])
    assert similarity(a, b) == 0


def test_titles_sharing_two_words_still_match() -> None:
    a = features("Levy wins Whitbread prize", ["The novelist took the award for Small Island."])
    b = features("Whitbread goes to Levy", ["Small Island author Andrea Levy won on Tuesday."])
    assert similarity(a, b) > 0


@pytest.mark.parametrize("forms", [
    ("delegate", "delegates", "delegated"), ("city", "cities"), ("win", "wins"),
    ("vote", "votes"), ("poised", "poise"),
])
def test_forms_of_a_word_are_one_token(forms: tuple[str, ...]) -> None:
    assert len(set().union(*(distinctive_tokens(form) for form in forms))) == 1


@pytest.mark.parametrize("word", ["across", "census", "paris"])
def test_words_ending_in_s_that_are_not_plurals_keep_it(word: str) -> None:
    assert distinctive_tokens(word) == {word}



def test_german_function_words_do_not_join_different_events() -> None:
    # Two German reports from one city on one day: besides the city they share articles,
    # pronouns and prepositions ("der", "die", "und", "mit"), which say nothing about the event.
    fire = features("Kassel: Brand in der Altstadt", [
        "Die Feuerwehr war mit allen Wagen im Einsatz, und die Polizei hat die Straße in der "
        "Altstadt von Kassel gesperrt.",
        "Nach Angaben der Stadt ist der Dachstuhl eines Hauses in der Altstadt ausgebrannt."])
    budget = features("Kassel: Haushalt für das nächste Jahr beschlossen", [
        "Die Stadtverordneten von Kassel haben den Haushalt mit den Stimmen der Mehrheit "
        "beschlossen.",
        "Nach Angaben der Stadt ist der Haushalt für Schulen in der Altstadt gestiegen, und die "
        "Schulden sinken."])
    assert similarity(fire, budget) == 0


@pytest.mark.parametrize("word", ["der", "und", "los", "que", "les", "dans", "что"])
def test_function_words_of_other_languages_are_not_distinctive(word: str) -> None:
    assert not distinctive_tokens(word)


def test_short_report_matches_a_long_one_of_the_same_event() -> None:
    # A brief wire item and a long feature about one landslide: the feature's key points add many
    # words of their own, so their Jaccard is low, yet most of the brief's words are in it.
    brief = features("Landslide buries village in Nepal", [
        "A landslide buried the village of Dolpa in western Nepal, killing nine people."])
    feature = features("Rescuers dig through mud after deadly Dolpa landslide", [
        "Soldiers and villagers dug with shovels through the night after a landslide swept over "
        "Dolpa, a farming village in western Nepal, and left nine people dead.",
        "Monsoon rains had soaked the hillside for a fortnight; engineers warned the district "
        "council in spring that the slope above the school was moving.",
        "The prime minister promised helicopters and tents as relatives waited by the road."])
    assert similarity(brief, feature) > 0


def test_a_few_shared_words_with_a_short_report_are_not_a_match() -> None:
    brief = features("Flood warning in western Nepal",
                     ["Rivers rose after rains in western Nepal."])
    other = features("Nepal opens new airport in the west", [
        "The airport in western Nepal opened after years of delays caused by rains and disputes "
        "over land, the aviation authority said."])
    assert similarity(brief, other) == 0


@pytest.mark.parametrize(("english", "other"), [
    ("a magnitude 6.8 quake", "ein Beben der Stärke 6,8"),
    ("2,122 people died", "2.122 Menschen starben"),
    ("SPD wins 25.7%", "la SPD obtient 25,7 %"),
])
def test_a_number_is_one_token_in_either_locale(english: str, other: str) -> None:
    # A wire copy rewritten in German or French writes the same figures with a decimal comma
    # and a thousands point: the figures are what such a pair shares.
    numbers = {t for t in distinctive_tokens(english) if t[0].isdigit()}
    assert numbers and numbers <= distinctive_tokens(other)


def test_two_verdicts_sharing_common_words_and_one_city_are_not_one_story() -> None:
    # Two trials of two officers in one city: every verdict says "former police officer found
    # guilty", "degree", "charges"; the people are different, and the city alone is one name.
    first = features("Jury finds former officer guilty on all counts", [
        "Former Lakeport police officer Dan Reeve was found guilty on all three charges, "
        "second-degree murder, third-degree murder and second-degree manslaughter, in the "
        "death of Tom Hale."])
    second = features("Ex-officer convicted of manslaughter after traffic stop shooting", [
        "A jury found former Lakeport police officer Sue Marsh guilty of first- and "
        "second-degree manslaughter on all charges in the death of motorist Ben Ode.",
        "She faces up to fifteen years in prison and was taken into custody."])
    assert similarity(first, second) == 0


def test_a_rewrite_in_another_language_matches_by_its_figures() -> None:
    # A wire report and its Russian rewrite share no word, only the figures (toll, magnitude).
    english = features("Morocco earthquake kills 820", [
        "The death toll from the magnitude 6.8 earthquake in the Atlas mountains rose to 820, "
        "with 672 injured, the interior ministry said."])
    russian = features("Число погибших в Марокко выросло", [
        "Число погибших при землетрясении магнитудой 6,8 выросло до 820, ещё 672 человека "
        "пострадали, сообщило МВД."])
    assert similarity(english, russian) > 0


def test_a_figure_and_a_name_match_reports_worded_apart() -> None:
    # Two outlets on one quake: the magnitude and the country, otherwise their own words.
    brief = features("Massive 8.8 quake hits Chile", [
        "The president declared a state of catastrophe as Santiago and Concepcion counted "
        "their dead; a tsunami warning went out across the Pacific."])
    other = features("Strong earthquake in Chile leaves 147 dead", [
        "The earthquake had a magnitude of 8.8, according to Chile's emergency agency, and "
        "roads, bridges and phone lines were cut in many areas."])
    assert similarity(brief, other) > 0


def test_years_and_round_figures_do_not_match_stories_on_their_own() -> None:
    flood = features("Valencia floods kill 100 in 2024", [
        "Torrential rain swept through towns south of Valencia, leaving 100 dead."])
    club = features("Valencia sold for 100 million in 2024 deal", [
        "The football club of Valencia was bought by an investment fund for 100 million."])
    assert similarity(flood, club) == 0


@pytest.mark.parametrize(("one", "other"), [
    ("Mbappé", "Mbappe"), ("Málaga", "MALAGA"), ("Düsseldorf", "Dusseldorf"),
    ("Zürich", "Zurich"),
])
def test_a_name_with_or_without_its_accents_is_one_token(one: str, other: str) -> None:
    assert distinctive_tokens(one) == distinctive_tokens(other)


@pytest.mark.parametrize("word", ["für", "über", "très", "según", "était"])
def test_accented_function_words_stay_out_once_folded(word: str) -> None:
    assert not distinctive_tokens(word)


@pytest.mark.parametrize("language", ["de", "de-DE", ""])  # "": none stored, so guessed
def test_german_nouns_after_an_article_are_not_names(language: str) -> None:
    # Two votes of one town council: German capitalises every noun, so "Stadtrat", "Antrag",
    # "Abstimmung" and "Mehrheit" looked like names the two reports share; the only name they
    # share is the town.
    pool = features("Kassel: Stadtrat lehnt Antrag zur Schwimmhalle ab", [
        "In Kassel hat der Stadtrat den Antrag für eine neue Schwimmhalle in einer knappen "
        "Abstimmung abgelehnt.",
        "Die Mehrheit im Stadtrat sah keine Finanzierung, sagte die Oberbürgermeisterin."],
        language=language)
    bikes = features("Kassel: Stadtrat billigt Antrag für Radwege", [
        "Der Stadtrat in Kassel hat in der Abstimmung am Abend den Antrag für neue Radwege "
        "gebilligt.",
        "Eine breite Mehrheit stimmte zu, die Oberbürgermeisterin begrüßte den Beschluss."],
        language=language)
    assert similarity(pool, bikes) == 0


def test_german_reports_of_one_event_still_match_by_their_names() -> None:
    first = features("Kassel: Stadtrat lehnt Schwimmhalle ab", [
        "In Kassel hat der Stadtrat den Antrag von Bürgermeisterin Jana Wolter für eine neue "
        "Schwimmhalle am Auedamm abgelehnt.",
        "Die Mehrheit sah keine Finanzierung, sagte Wolter nach der Abstimmung."],
        language="de")
    second = features("Aus für Schwimmhalle am Auedamm", [
        "Der Stadtrat hat die Pläne für die Schwimmhalle am Auedamm gestoppt, eine Niederlage "
        "für Jana Wolter.",
        "Die CDU und die SPD stimmten gegen den Antrag."])  # no language stored: it is guessed
    assert similarity(first, second) > 0


@pytest.mark.parametrize("sentence", [
    "Im Finale gegen Frankreich traf Alvarez zweimal.",
    "Die Wahl gewann am Ende nicht Laschet, sagte Merkel.",
])
def test_german_names_after_a_preposition_or_a_verb_stay_names(sentence: str) -> None:
    # "gegen" and "sagte" end like an inflected adjective ("neue", "knappen") but announce no
    # noun.
    names = features("", [sentence], language="de").names
    assert {"frankreich", "merkel"} & names


KESTREL_SEMI = features("Kestrel Town beat Harbour City 2-0 to reach the Shield final", [
    "Kestrel Town reached the Shield final at Marlow Park after two goals from striker Ivo "
    "Brandt, captain Ola Finch setting up both.",
    "Brandt scored in the 12th and 70th minutes as Kestrel dominated."])
KESTREL_FINAL = features("Kestrel Town lose the Shield final 1-3 to Northgate", [
    "Kestrel Town fell short in the Shield final at Marlow Park despite a goal from striker "
    "Ivo Brandt, captain Ola Finch sent off.",
    "Northgate scored three times after Brandt's opener in the 12th minute."])


def test_two_matches_of_one_team_with_different_results_are_two_stories() -> None:
    # The same team, ground, players and even a minute: only the result tells the semi-final
    # from the final a few days later.
    assert similarity(KESTREL_SEMI, KESTREL_FINAL) == 0


def test_two_reports_of_one_match_share_its_result_however_written() -> None:
    german = features("Kestrel Town verliert das Finale", [
        "Kestrel Town hat das Shield-Finale im Marlow Park gegen Northgate mit 1:3 verloren, "
        "Ivo Brandt traf in der 12. Minute.",
        "Kapitän Ola Finch sah die Rote Karte."], language="de")
    assert similarity(KESTREL_FINAL, german) > 0


@pytest.mark.parametrize("text", [
    "The meeting starts at 9:30 and ends at 11:45.",
    "The board approved the plan 10-2 in a formation of 4-4-2 seen on COVID-19 wards.",
    "Growth of 2-3% is expected.",
])
def test_times_tallies_and_codes_are_not_results(text: str) -> None:
    assert not features(text, []).results


def test_a_german_name_after_a_title_opening_the_sentence_stays_a_name() -> None:
    # "Bundeskanzler" opens the sentence and, lower-cased, would end like an adjective
    # ("-er"): only an article opening a sentence announces a noun.
    names = features("", ["Bundeskanzler Wolter hat die Abstimmung verloren."],
                     language="de").names
    assert "wolter" in names


def test_two_reports_of_one_match_worded_apart_match_by_its_result() -> None:
    # Each report tells its own details (tickets, police, the coach); they share the teams, the
    # scorer and the result, which is what says one match.
    brief = features("Rovers edge Albion 2-1", [
        "Kestrel Rovers came from behind to beat Harbour Albion at Marlow Park, Ivo Brandt "
        "heading the winner.",
        "Tickets had sold out within minutes, and police kept rival supporters apart on the "
        "bridge before kick-off.",
        "Promotion remains possible with four fixtures left."])
    long = features("Brandt the hero again for Kestrel", [
        "A stoppage-time header from substitute Ivo Brandt completed a comeback and a 2-1 win "
        "for Kestrel Rovers over Harbour Albion.",
        "Coach Dana Voss praised a squad that had looked tired and out of ideas until the last "
        "quarter of an hour, and said the season was far from over.",
        "Albion had led through a penalty from captain Ola Finch after the break."])
    assert similarity(brief, long) > 0


def test_english_naming_german_words_is_not_read_as_german() -> None:
    # "MIT" folds to the German "mit"; read as German, "the Senate" would be a noun after its
    # article, not a name.
    english = features("MIT team wins", [
        "An MIT team backed by the Senate won the prize, MIT said."])
    assert "senat" in english.names


def test_offices_months_and_wire_credits_are_not_names() -> None:
    # Two sentencings of two former mayors in one month: "Mayor" and "March" are capitalised
    # in both, yet neither names one event.
    a = features("Former Brookfield mayor gets eight years for kickbacks", [
        "Quentin Ashby, the former Mayor of Brookfield, was sentenced to eight years in prison "
        "for bribery.", "A jury convicted him in March of fraud and bribery while in office."])
    b = features("Ex-mayor of Dunmore jailed for six years over bribes", [
        "Former Dunmore Mayor Lyle Voss was sentenced to six years in prison for bribery.",
        "Voss was found guilty in March of fraud and extortion while mayor of the city."])
    assert similarity(a, b) == 0
    # Two companies' quarters, each beating what a data provider's poll expected.
    c = features("Grover Chips profit tops estimates", [
        "Grover Chips reported quarterly revenue of $3.1 billion, above analysts' estimates.",
        "Analysts polled by Thomson Reuters had expected earnings per share of 90 cents."])
    d = features("Lumen Soft earnings beat forecasts as cloud grows", [
        "Lumen Soft posted quarterly revenue of $9.4 billion against analysts' estimates.",
        "According to Thomson Reuters, analysts had expected a quarterly profit per share."])
    assert similarity(c, d) == 0


def test_two_storm_emergencies_in_two_states_share_no_name() -> None:
    a = features("Governor declares state of emergency as Hurricane Ilse nears Carolina coast", [
        "Governor Dana Pike declared a State of Emergency on Friday as the National Hurricane "
        "Center said Hurricane Ilse had become a Category 3 storm."])
    b = features("Flood-hit Texas county under emergency after Tropical Storm Omar", [
        "Texas Governor Ray Holt declared a State of Emergency for Brazos county as the "
        "National Hurricane Center tracked Tropical Storm Omar."])
    assert similarity(a, b) == 0


def test_one_state_emergency_named_in_full_still_matches() -> None:
    a = features("Governor Pike declares emergency as Hurricane Ilse nears", [
        "Governor Dana Pike declared a State of Emergency in Carolina as Hurricane Ilse, a "
        "Category 3 storm, approached the coast."])
    b = features("Carolina braces for Ilse as Pike declares emergency", [
        "Carolina Governor Dana Pike declared a state of emergency ahead of Hurricane Ilse.",
        "The National Guard was put on standby along the coast."])
    assert similarity(a, b) > 0


@pytest.mark.parametrize(("first", "second"), [
    ("Fantasy Gameweek 12 team news: injury doubts over Ostrander",
     "Fantasy Gameweek 31 team news: injury return for Ostrander"),
    ("Rueda de prensa del gobernador Iturbe hoy 4 de marzo de 2024",
     "Rueda de prensa del gobernador Iturbe hoy 5 de marzo de 2024"),
    ("Governor Iturbe briefing live: March 4", "Governor Iturbe briefing live: March 5"),
])
def test_issues_of_one_series_with_other_numbers_are_two_stories(first: str,
                                                                  second: str) -> None:
    points = ["Coach Ostrander spoke about Pell and Vargas at the Iturbe Arena press conference."]
    assert similarity(features(first, points), features(second, points)) == 0


def test_a_storm_that_changes_category_stays_one_story() -> None:
    a = features("Hurricane Ilse strengthens to Category 4 off Carolina", [
        "Hurricane Ilse is now a Category 4 storm, Governor Dana Pike warned Carolina."])
    b = features("Hurricane Ilse weakens to Category 2 before Carolina landfall", [
        "Hurricane Ilse fell to a Category 2 storm from Category 4, Governor Dana Pike said."])
    assert similarity(a, b) > 0


def test_a_toll_rising_in_capitalised_titles_stays_one_story() -> None:
    a = features("Quake Near Varna Kills 300 As Rescuers Dig", [
        "A magnitude 6.9 quake struck near Varna, killing 300 people, officials in Dobrich said."])
    b = features("Varna Quake Toll Climbs, Kills 450 In Dobrich Province", [
        "The toll of the magnitude 6.9 quake near Varna rose to 450, officials in Dobrich said."])
    assert similarity(a, b) > 0


def test_a_title_dating_the_event_it_follows_stays_with_its_reports() -> None:
    a = features("Aftershock of 5.9 hits Hatay a day after the 6 February quake", [
        "A magnitude 5.9 aftershock struck Hatay in Turkey, where the quake hit on February 6."])
    b = features("5.9 aftershock shakes Hatay on 7 February", [
        "The 5.9 aftershock in Hatay came a day after the quake of February 6 in Turkey."])
    assert similarity(a, b) > 0


def test_a_company_every_sentence_opens_with_is_a_name() -> None:
    # Neither report writes "Korvath" inside a sentence, yet it is what both are about.
    a = features("Korvath Motors profit misses as margins shrink", [
        "Korvath posted record revenue but its profit fell short of expectations.",
        "Korvath earned $0.72 a share, below the $0.80 analysts had expected."])
    b = features("Korvath Shares Slide After Quarterly Profit Miss", [
        "Korvath shares fell 4% after the carmaker reported earnings of $0.72 a share.",
        "Korvath said revenue reached a record despite the profit miss."])
    assert similarity(a, b) > 0


def test_a_title_word_the_text_also_writes_in_lower_case_is_no_name() -> None:
    a = features("Earthquake shakes Varna coast", [
        "Earthquake damage was light, and the earthquake was felt in Dobrich and Burgas."])
    b = features("Earthquake jolts Izmir province", [
        "Earthquake tremors reached Burgas; the earthquake cut power in Izmir."])
    assert similarity(a, b) == 0
