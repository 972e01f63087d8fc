"""A sentence that opens with an article and a role in lower case before a name ("El ministro
de Hacienda Carlos Cuerpo habló…", "Le ministre Jean Dupont a parlé…", "Il ministro Giancarlo
Giorgetti…", "Der Innenminister Horst Seehofer…") has that name for its subject, as "Minister
Carlos Cuerpo spoke…" has in English: the pronoun of the next quote is that person, not the
speaker quoted before. Italian and Portuguese name the speaker after the verb with a stressed
pronoun ("ha detto lui", "declarou ele"), which is resolved, not given as the speaker."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle

EARLIER = '"Vamos a acabar con la guerra fiscal entre las regiones", dijo Pedro Sánchez.'


def who(*paragraphs: str, language: str) -> list[str | None]:
    article = CleanArticle(title="Noticias", paragraphs=list(paragraphs), language=language)
    return [q.speaker for q in find_quotes(article)]


@pytest.mark.parametrize(("sentence", "quote", "language", "speaker"), [
    ("El ministro de Hacienda Carlos Cuerpo habló en el Congreso.",
     '"No habrá nuevos impuestos este año", dijo él.', "es", "Carlos Cuerpo"),
    ("Le ministre Jean Dupont a parlé devant les députés.",
     "« Nous sommes prêts à tout », a-t-il dit.", "fr", "Jean Dupont"),
    ("Il ministro Giancarlo Giorgetti ha parlato alla Camera.",
     '"Non ci saranno nuove tasse", ha detto lui.', "it", "Giancarlo Giorgetti"),
    ("O ministro da Fazenda Fernando Haddad falou no Senado.",
     '"Vamos acabar com a guerra fiscal", declarou ele.', "pt", "Fernando Haddad"),
    ("Der Innenminister Horst Seehofer sprach im Bundestag.",
     "„Wir sind gut vorbereitet“, sagte er.", "de", "Horst Seehofer"),
])
def test_the_name_after_an_opening_role_is_the_subject(
    sentence: str, quote: str, language: str, speaker: str
) -> None:
    assert who(EARLIER, f"{sentence} {quote}", language=language) == ["Pedro Sánchez", speaker]


def test_a_name_after_the_role_s_link_word_is_what_the_role_is_of() -> None:
    # "La candidate du Nouveau Front populaire": the front is no person, and no subject.
    found = who(
        "« Je reste à disposition », a dit Lucie Castets.",
        "La candidate du Nouveau Front Populaire a parlé à Cahors. « On comprend qu'elle veut "
        "rester dans ce rôle », a-t-elle dit.",
        language="fr",
    )
    assert found[1] != "Nouveau Front Populaire"


def test_a_role_and_a_verb_before_the_name_leave_it_an_object() -> None:
    assert who(
        EARLIER,
        'El ministro dijo que Ana López llegaría mañana. "Estamos listos para todo", dijo él.',
        language="es",
    )[1] != "Ana López"


def test_a_stressed_pronoun_is_never_the_speaker() -> None:
    assert who('"Non ci saranno nuove tasse", ha detto lui.', language="it") != ["lui"]
