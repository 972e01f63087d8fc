"""A quotation in guillemets run over paragraphs without a mark at each paragraph's start, closed
only at its end, as Russian and German papers print them: one quote to its real closer, past the
names in guillemets it holds; never when no closer comes or a paragraph opens a mark."""

from __future__ import annotations

from digests.analyse.quote_spans import find_spans
from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def test_a_guillemet_quote_runs_on_to_its_closer_past_the_names_it_holds() -> None:
    paragraphs = [
        "«Мы начали хорошо и вели в счёте.",
        "Потом «Заря» прибавила, но мы выстояли.",
        "Я доволен командой», – сказал тренер.",
    ]
    [span] = find_spans(paragraphs)
    assert (span.text, span.end_para, span.closed) == (
        "Мы начали хорошо и вели в счёте. Потом «Заря» прибавила, но мы выстояли. "
        "Я доволен командой",
        2,
        True,
    )
    assert paragraphs[2][: span.end] == "Я доволен командой»"


def test_an_unclosed_guillemet_with_no_closer_after_stays_in_its_paragraph() -> None:
    paragraphs = ["«Это никогда не закроется", "Обычный абзац без кавычек.", "И ещё один."]
    [span] = find_spans(paragraphs)
    assert (span.end_para, span.closed) == (0, False)


def test_no_run_on_past_a_paragraph_that_opens_its_own_quote() -> None:
    paragraphs = ["«Это не закрыто", "Абзац без кавычек.", "«Своя цитата», – сказал он."]
    first, second = find_spans(paragraphs)
    assert (first.end_para, first.closed) == (0, False)
    assert (second.text, second.para) == ("Своя цитата", 2)


def test_the_run_on_quote_has_the_speaker_of_its_closing_clause() -> None:
    article = CleanArticle(
        title="Тренер доволен",
        paragraphs=[
            "Главный тренер «Спартака» Иван Петров прокомментировал матч.",
            "«Мы сыграли хорошо. Первый тайм был за нами.",
            "Во втором тайме соперник прибавил, но мы выстояли», – сказал тренер «Спартака».",
        ],
        language="ru",
    )
    [quote] = find_quotes(article)
    assert quote.speaker == "Иван Петров"
    assert quote.text.endswith("но мы выстояли")


def test_guillemets_inside_guillemets_do_not_close_the_quote() -> None:
    # Russian print nests «…» in «…» (a club, a ship): the inner pair is part of the quote.
    para = ("«Новая эра, начатая танком «Барак», является выдающимся скачком», — заявил "
            "министр обороны Йоав Галлант.")
    assert [s.text for s in find_spans([para])] == [
        "Новая эра, начатая танком «Барак», является выдающимся скачком"
    ]


def test_a_nested_pair_in_the_first_paragraph_of_a_long_quote() -> None:
    paragraphs = [
        "«По матчу ЦСКА – «Рубин»: клуб оштрафован на 10 тыс. рублей.",
        "Мы рассмотрели инцидент с участием игрока ЦСКА.",
        "Комиссия приняла решение», — передаёт слова Григорьянца корреспондент.",
    ]
    spans = find_spans(paragraphs)
    assert spans[0].text.startswith("По матчу ЦСКА – «Рубин»: клуб оштрафован")
    assert spans[0].text.endswith("Комиссия приняла решение")
    assert (spans[0].end_para, spans[0].closed) == (2, True)


def test_an_unclosed_inner_guillemet_still_closes_at_the_first() -> None:
    para = "«Мы «сыграли хорошо», — сказал он. И ушёл."
    assert [s.text for s in find_spans([para])] == ["Мы «сыграли хорошо"]
