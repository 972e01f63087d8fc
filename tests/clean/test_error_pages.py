"""A page that says the story is not there (a 404, a "page not found" served as a normal page)
gives no article, so that the feed's own text stands in for it; a headline that only mentions
such words is news."""

from __future__ import annotations

import pytest

from digests.clean import clean_html
from digests.clean.error_pages import is_error_title

ERROR_PAGE = """<html><head><title>404 Not Found : Harbour Gazette</title></head><body>
<ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li>
<li><a href="/jobs/">Jobs</a></li></ul>
<div id="content"><h1>404 Not Found</h1>The story you are looking for is unavailable.<br/>
Please use the search box at the top of this page to find what you were looking for.
<br/><a href="/">Click here to return to the home page.</a></div>
<div id="footer">Copyright Harbour Gazette. All Rights Reserved.</div></body></html>"""


def test_an_error_page_gives_no_article() -> None:
    article = clean_html(ERROR_PAGE, "https://harbour-gazette.example/travel/")
    assert article.paragraphs == []
    assert article.standfirst == []
    assert article.title == ""


@pytest.mark.parametrize("title", [
    "404 Not Found", "Error 404", "404 - Page not found", "404", "Page Not Found",
    "Sorry, the page you requested could not be found", "Oops! Page not found.",
    "This page does not exist", "Seite nicht gefunden", "Fehler 404", "Página no encontrada",
    "Page introuvable", "Erreur 404 - Page non trouvée", "Pagina non trovata",
    "Страница не найдена",
])
def test_error_titles(title: str) -> None:
    assert is_error_title(title)


@pytest.mark.parametrize("title", [
    "404 jobs cut at the harbour plant", "Missing sailor not found after three days",
    "Page not found: how the council lost its planning records",
    "Error in the ferry timetable leaves hundreds stranded",
])
def test_headlines_that_mention_such_words_are_news(title: str) -> None:
    assert not is_error_title(title)
