"""Russian direct speech set off by dashes, as Russian papers print dialogue: a line opened by a
dash and split by the clause that names the speaker ("— A, — сказал X. — B."), a line that
quotes a word in «…» inside it, and a clause that names the outlet in marks inside «…»; and the
names such stories give ("Сам Игорь Гаврилов", "театра им. А. Н. Лужина Артема
Селиверстова")."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    found = find_quotes(CleanArticle(title="Новости", paragraphs=list(paragraphs), language="ru"))
    return [(q.text, q.speaker) for q in found]


INTRO = "Денис Харин много лет изучает рынок автомобилей."


def test_a_line_of_dialogue_split_by_its_clause_is_one_quote() -> None:
    assert quotes(
        INTRO,
        "— Рынок проходит через коррекцию, — пояснил Денис Харин. — Люди ждут снижения ставки.",
    ) == [("Рынок проходит через коррекцию. Люди ждут снижения ставки.", "Денис Харин")]


def test_a_word_in_marks_inside_a_line_of_dialogue_is_no_quote_of_its_own() -> None:
    assert quotes(
        INTRO,
        "— Люди месяцами пьют витамины, потому что «так советовал блогер». Это опасно, "
        "— подчеркнул Денис Харин.",
    ) == [("Люди месяцами пьют витамины, потому что «так советовал блогер». Это опасно",
           "Денис Харин")]


def test_a_clause_naming_an_outlet_in_marks_still_splits_the_quote() -> None:
    assert quotes(
        INTRO,
        "«Рынок проходит через коррекцию, — пояснил РБК директор «АвтоДаты» Денис Харин. "
        "— Люди ждут снижения ставки».",
    ) == [("Рынок проходит через коррекцию. Люди ждут снижения ставки", "Денис Харин")]
    assert quotes(
        "«Все договоры были согласованы, — заявил “Ъ” адвокат Роман Штейнберг. "
        "— Мой подзащитный невиновен».",
    ) == [("Все договоры были согласованы. Мой подзащитный невиновен", "Роман Штейнберг")]


def test_a_dash_inside_narration_makes_no_quote() -> None:
    # A spaced dash in the reporter's words, with no reporting verb after it.
    assert quotes("— Бюджет поселения — 6 млн рублей в год, — так начинается отчет.") == []


def test_sam_is_no_part_of_the_name_and_a_word_in_marks_does_not_hide_the_speaker() -> None:
    assert quotes(
        "«Все договоры были согласованы, — заявил “Ъ” адвокат Роман Штейнберг. "
        "— Мой подзащитный невиновен».",
        "Сам Игорь Гаврилов, находящийся под домашним арестом, назвал обвинение «абсурдным». "
        "«Я двадцать лет в портовом бизнесе. Я бы сделал это не так глупо», — говорится в его "
        "обращении.",
    ) == [("Все договоры были согласованы. Мой подзащитный невиновен", "Роман Штейнберг"),
          ("Я двадцать лет в портовом бизнесе. Я бы сделал это не так глупо", "Игорь Гаврилов")]


def test_a_name_after_initials_and_a_surname_is_someone_else() -> None:
    assert quotes(
        "Суд оштрафовал главного режиссера театра им. А. Н. Лужина Артема Селиверстова.",
        "«Я не собираюсь переписывать текст», — сказал Селиверстов.",
    ) == [("Я не собираюсь переписывать текст", "Артем Селиверстов")]


def test_a_word_in_marks_in_english_does_not_hide_the_speaker_either() -> None:
    found = find_quotes(CleanArticle(title="Trial", paragraphs=[
        "\"The contracts were approved by the board,\" defence lawyer Roman Stein said.",
        "Igor Gavrilov, who is under house arrest, called the charge \"absurd\". \"I have spent "
        "twenty years in the port business and I would not steal like this.\"",
    ], language="en"))
    assert [q.speaker for q in found] == ["Roman Stein", "Igor Gavrilov"]
