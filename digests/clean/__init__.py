"""Cleaning: a page (HTML, or plain text a scraper pulled off it) -> the article it holds.

``clean_html`` lets trafilatura find the main text and removes the chrome it lets through;
``clean_text`` classifies the lines of a plain-text page. Both return a
:class:`~digests.article.CleanArticle`.
"""

from digests.article import CleanArticle
from digests.clean.html import clean_html
from digests.clean.text import clean_text


def clean_page(content: str, kind: str, url: str = "") -> CleanArticle:
    """Clean ``content`` as ``kind`` ("html" or "text"), the way an input was read or sniffed."""
    if kind == "html":
        return clean_html(content, url)
    if kind == "text":
        article = clean_text(content)
        article.url = url
        return article
    raise ValueError(f"kind must be 'html' or 'text', not {kind!r}")


__all__ = ["clean_html", "clean_page", "clean_text"]
