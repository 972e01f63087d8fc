"""Key points in German, French, Spanish and Russian news: datelines, abbreviations, pronouns,
the first person and page furniture read as a reader of that language reads them."""

from __future__ import annotations

import pytest

from digests.analyse.keypoints import key_points
from digests.analyse.sentences import split_sentences
from digests.analyse.trim import strip_lead_in
from digests.article import CleanArticle


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BERLIN (dpa) – Die Bundesregierung will das Gesetz ändern.",
         "Die Bundesregierung will das Gesetz ändern."),
        ("Berlin (dpa/AFP) - Die Bundesregierung will das Gesetz ändern.",
         "Die Bundesregierung will das Gesetz ändern."),
        ("Genf (sda) - Die Uno hat am Montag vor einer Hungersnot gewarnt.",
         "Die Uno hat am Montag vor einer Hungersnot gewarnt."),
        ("MADRID, 12 may (EFE).- El Gobierno aprobó este martes la reforma.",
         "El Gobierno aprobó este martes la reforma."),
        ("Madrid (EFE).- El Gobierno aprobó este martes la reforma laboral.",
         "El Gobierno aprobó este martes la reforma laboral."),
        ("МОСКВА, 5 мая. /ТАСС/. Президент России подписал указ о выплатах.",
         "Президент России подписал указ о выплатах."),
        ("Potsdam – Zum Ende des Jagdjahres ist die Prämie für Wildschweine ausgelaufen.",
         "Zum Ende des Jagdjahres ist die Prämie für Wildschweine ausgelaufen."),
        ("München / Berlin - Bayerns Wirtschaftsminister hat eine Initiative gestartet.",
         "Bayerns Wirtschaftsminister hat eine Initiative gestartet."),
        # Still the sentence: a name and an aside between dashes, a place that is the subject.
        ("Ronaldo – Portugal's captain – scored twice on Sunday.",
         "Ronaldo – Portugal's captain – scored twice on Sunday."),
        ("Berlin - and Paris - want a new treaty.", "Berlin - and Paris - want a new treaty."),
    ],
)
def test_datelines_and_agency_tags_of_other_languages_are_stripped(
    sentence: str, expected: str
) -> None:
    assert strip_lead_in(sentence) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Die Stiftung Jugend forscht e. V. in Halle zeigt Projekte. Das ist gut.", 2),
        ("Viele Tiere, z. B. Hunde und Katzen, leben hier. Das ist gut.", 2),
        ("Der Hund schlug zur o. g. Zeit an. Die Polizei kam.", 2),
        ("Das zeigt die Grafik (Abb. 3) deutlich. Danach sank der Wert.", 2),
        ("Это, т. е. новый закон, вступит в силу. Потом будет другое.", 2),
        # A list's "и т. д." ends its sentence.
        ("Он купил хлеб, молоко и т. д. Потом он ушёл домой.", 2),
    ],
)
def test_spaced_abbreviations_do_not_end_a_sentence(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count, split_sentences(text)


def test_a_wire_story_point_shows_no_agency_tag() -> None:
    body = [
        "BERLIN (dpa) – Die Bundesregierung hat am Mittwoch ein neues Heizungsgesetz beschlossen,"
        " das ab dem kommenden Jahr gelten soll.",
        "Hausbesitzer müssen danach beim Einbau einer neuen Heizung auf erneuerbare Energien"
        " setzen.",
    ]
    points = key_points(CleanArticle(title="Kabinett beschließt Heizungsgesetz", paragraphs=body))
    assert points[0].startswith("Die Bundesregierung hat am Mittwoch")
