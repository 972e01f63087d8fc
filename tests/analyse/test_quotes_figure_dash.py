"""Russian dialogue paragraphs, the dash spaced ("— Слова, — сказал он."), also where a site
sets them with the figure dash "‒" (U+2012) instead of the em dash:
"‒ Слова, ‒ заявил Иван Петров." is a paragraph of someone's words all the same."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def test_figure_dash_closing_clause_names_the_speaker() -> None:
    article = CleanArticle(
        title="Суд арестовал подростка",
        paragraphs=[
            "Суд арестовал подростка, в доме которого нашли взрывное устройство.",
            "‒ Ходатайство следствия об аресте подростка на два месяца удовлетворено, ‒ "
            "заявил Олег Смирнов, пресс-секретарь районного суда.",
        ],
        language="ru",
    )
    found = [(q.text, q.speaker) for q in find_quotes(article)]
    assert found == [
        ("Ходатайство следствия об аресте подростка на два месяца удовлетворено",
         "Олег Смирнов"),
    ]


def test_em_dash_dialogue_paragraph_is_a_quote_too() -> None:
    # The usual Russian dialogue: the paragraph opens with a spaced dash.
    article = CleanArticle(
        title="Суд арестовал подростка",
        paragraphs=[
            "Суд арестовал подростка, в доме которого нашли взрывное устройство.",
            "— Ходатайство следствия об аресте подростка на два месяца удовлетворено, — "
            "сообщила Анна Белова, пресс-секретарь районного суда.",
        ],
        language="ru",
    )
    assert [q.speaker for q in find_quotes(article)] == ["Анна Белова"]
