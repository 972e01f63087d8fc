"""HTML mode: readers' comments under the story, in a box its template names in the page's
language ("comentarios", "commentaires", "Kommentare")."""

from __future__ import annotations

import pytest

from digests.clean import clean_html

STORY = [
    "La policía detuvo el sábado en un hotel de Lyon a dos dirigentes de la organización, "
    "que llevaban al menos una semana alojados allí con documentación falsa.",
    "Los agentes encontraron en la habitación dos pistolas, varios teléfonos y un ordenador "
    "portátil que será analizado por los investigadores en los próximos días.",
    "Según fuentes del Ministerio del Interior, ambos estaban en busca y captura desde 2004 "
    "y habían vivido durante años entre México y el sur de Francia.",
    "La operación se produce apenas una semana después de otra detención en el centro del "
    "país, la de un miembro del aparato logístico de la organización.",
]

COMMENTS = [
    "En unas horas saldrán los de siempre diciendo que las detenciones no son la solución, "
    "que alargan el conflicto y que el Estado no da pasos... como si en vez de detenerlos "
    "hubiera que hacerles una fiesta y pagarles unas vacaciones en el Caribe.",
    "¿La detención de dos personas de una organización que ya casi no tiene actividad es "
    "como para abrir la portada del diario? Parece que a algunos les conviene, porque con "
    "este tema siempre han vivido mejor que con cualquier otro.",
]


def page(box: str, comments_class: str = "") -> str:
    """A newspaper's page: the story, then the readers' comments in a box named ``box``."""
    comments = "\n".join(
        f"<li><div class='usuario'><div class='usuario_nombre'><strong>lector{n}</strong>"
        f"<span class='fecha_hora'>28.oct.2012 | 11:2{n}</span></div><h4>#{n + 1}</h4></div>"
        f"<p>{text}</p><div class='interact'><a href='#c'>Responder</a></div></li>"
        for n, text in enumerate(COMMENTS)
    )
    body = "\n".join(f"<p>{text}</p>" for text in STORY)
    return f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<title>Detenidos en Francia dos dirigentes de la banda | Diario del Norte</title>
</head><body>
<div id="contenido"><div class="noticia">
<h1>Detenidos en Francia dos dirigentes de la banda</h1>
<div class="columna derecha"><div id="texto">{body}</div>
<div id="{box}" class="{comments_class}"><div class="listado"><h3>2 Comentarios</h3>
<ol>{comments}</ol></div></div>
</div></div></div>
</body></html>"""


@pytest.mark.parametrize(
    "box",
    [
        "comentarios", "comentarios_lectores", "commentaires", "kommentare", "Leserkommentare",
        "reacties",
    ],
)
def test_a_comment_section_named_in_the_page_language_is_left_out(box: str) -> None:
    article = clean_html(page(box))
    assert article.paragraphs == STORY


def test_a_box_named_for_comments_that_holds_the_story_keeps_it() -> None:
    # A template can name the whole column after the comments it also holds.
    html = page("x").replace('<div id="contenido">', '<div id="contenido" class="con-comentarios">')
    assert clean_html(html).paragraphs[: len(STORY)] == STORY


def test_a_column_named_kommentar_is_an_opinion_piece_not_readers_comments() -> None:
    # German "Kommentar" (singular) is the newsroom's word for an opinion column.
    html = page("x").replace('<div class="noticia">', '<div class="noticia kommentar">')
    assert clean_html(html).paragraphs[: len(STORY)] == STORY
