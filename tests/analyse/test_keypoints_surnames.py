"""A point read alone in a digest, under the title, that opens with a surname alone ("Abney
said…") names someone the reader has not met: it opens with the name the article gives in
full instead, unless the title or a point above already gave it."""

from __future__ import annotations

from digests.analyse.keypoints import key_points
from digests.analyse.surname_openings import with_full_name
from digests.clean import CleanArticle

_ARTICLE = (
    "Tom Abney, the county sheriff, said on Monday that the old river bridge would close. "
    "Abney said on Wednesday that divers had found deep cracks in two of its piers."
)


def test_a_point_that_opens_with_a_surname_names_the_person_in_full() -> None:
    assert with_full_name(
        "Abney said on Wednesday that divers had found deep cracks in two of its piers.",
        _ARTICLE, shown=["Bridge to close"],
    ) == "Tom Abney said on Wednesday that divers had found deep cracks in two of its piers."
    assert with_full_name("Abney’s deputies closed the road.", _ARTICLE, shown=[]) \
        == "Tom Abney’s deputies closed the road."


def test_a_surname_the_reader_has_seen_in_full_or_that_names_no_one_stays() -> None:
    sentence = "Abney said the bridge would stay shut."
    assert with_full_name(sentence, _ARTICLE, shown=["Sheriff Tom Abney shuts bridge"]) == sentence
    assert with_full_name(sentence, _ARTICLE.replace("Tom Abney", "Abney"), shown=[]) == sentence
    # Two people share the surname: the surname alone may be either.
    two = _ARTICLE + " His wife, Ann Abney, runs the ferry."
    assert with_full_name(sentence, two, shown=[]) == sentence
    # Not a person's surname alone: a place, a body, a title and surname.
    text = "Police in New York said the City Police Department and Mr. Tom Abney would help."
    for opening in ("Police said nothing more.", "York is a city.", "Mr. Abney said no."):
        assert with_full_name(opening, text, shown=[]) == opening


def test_a_key_point_opens_with_the_full_name_unless_a_point_above_gives_it() -> None:
    sheriff = "“We cannot risk a single car on it,” said Tom Abney, the county sheriff."
    cracks = "Abney said on Wednesday that divers had found deep cracks in two of its piers."
    detour = "Traffic will go the long way round by the ferry for the whole of the summer."
    title = "River bridge to close for repairs"
    (point,) = key_points(CleanArticle(title=title, paragraphs=[sheriff, cracks, detour]),
                          max_points=1)
    assert point.startswith("Tom " + cracks)
    lead = "Tom Abney, the county sheriff, said on Monday the old river bridge would close."
    points = key_points(CleanArticle(title=title, paragraphs=[lead, detour, cracks]))
    assert points[0] == lead and cracks in points  # the reader has just met him


def test_only_an_english_name_of_two_words_written_so_replaces_a_surname() -> None:
    text = (
        "Imagine Brad Thor running for office. Founder Lena Bond spoke. Mary Kay Henry spoke. "
        "Die Behörde prüft. Schneemaske Satellitendaten helfen.\nRight to Rise spent more."
    )
    for sentence in ("Thor countered that he would run.", "Bond said the show goes on.",
                     "Henry compared the two plans.", "Rise spent $1 million on ads."):
        assert with_full_name(sentence, text, "en", shown=[]) == sentence
    german = "Satellitendaten ermöglichen die Kartierung."
    assert with_full_name(german, text, "de", shown=[]) == german
    bush = "George W. Bush opened the library. Bush said it would open daily."
    assert with_full_name("Bush said it would open daily.", bush, "en", shown=[]) \
        == "George W. Bush said it would open daily."


def test_a_place_or_a_name_inside_a_longer_word_is_no_full_name() -> None:
    text = "The pro-Bush Right to Rise spent more. Great Britain's Ann Lee won the 60m."
    for sentence in ("Right to Rise spent $1 million on ads.", "Britain's Ann Lee won the race."):
        assert with_full_name(sentence, text, "en", shown=[]) == sentence


def test_a_name_that_goes_on_in_capitals_is_no_surname_alone() -> None:
    text = "Tom Abney opened it. Visitors of Abney Park and Arab Israeli voters came."
    for sentence in ("Abney Park reopened on Monday.", "Israeli Prime Minister Ann Lee met."):
        assert with_full_name(sentence, text, "en", shown=[]) == sentence


def test_a_name_the_article_writes_alone_before_any_fuller_form_stays() -> None:
    """A person is named in full first and by the surname after; a name the article opens with
    alone is what a company or a place is called ("Strava" of the later "Camp Strava event"),
    and the fuller form is something else that carries the name."""
    text = (
        "Strava on Thursday announced new features at its annual Camp Strava event. "
        "Strava said the app would spot cheats on its leaderboards."
    )
    sentence = "Strava on Thursday announced new features at its annual Camp Strava event."
    assert with_full_name(sentence, text, shown=["Strava unveils a family plan"]) == sentence
