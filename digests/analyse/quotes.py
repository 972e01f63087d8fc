"""Direct quotes (PROVISIONAL; being replaced by the quotes work)."""

from __future__ import annotations

import re

from digests.article import CleanArticle, Quote


def find_quotes(article: CleanArticle) -> list[Quote]:
    found = []
    for i, para in enumerate([*article.standfirst, *article.paragraphs]):
        for m in re.finditer(r"[“\"]([^”\"]{15,})[”\"]", para):
            found.append(Quote(text=m.group(1).strip(" ,."), speaker=None, position=i))
    return found
