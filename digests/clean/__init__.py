"""Cleaning: a page (HTML, or plain text a scraper pulled off it) -> the article it holds.

``clean_html`` lets trafilatura find the main text and removes the chrome it lets through;
``clean_text`` classifies the lines of a plain-text page. Both return a
:class:`~digests.article.CleanArticle`.
"""

from digests.clean.html import clean_html
from digests.clean.text import clean_text

__all__ = ["clean_html", "clean_text"]
