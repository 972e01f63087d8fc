"""Sentence splitting: the cases news text needs, in English and in other languages."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digests.analyse.sentences import (
    _next_candidate,
    _plain_end,
    _vetoed,
    split_sentences,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Mr. Smith met Mrs. Jones and Dr. Brown. They talked.",
            ["Mr. Smith met Mrs. Jones and Dr. Brown.", "They talked."],
            id="titles",
        ),
        pytest.param(
            "Gen. Milley and Sen. Warren spoke at St. Paul's. Nobody listened.",
            ["Gen. Milley and Sen. Warren spoke at St. Paul's.", "Nobody listened."],
            id="military-and-political-titles",
        ),
        pytest.param(
            "Police spokesman Cpl. Ann Vega and Ofc. Tim Roe spoke, as did Sens. Lee and Kay. "
            "Pvt. Dan Ross said so.",
            ["Police spokesman Cpl. Ann Vega and Ofc. Tim Roe spoke, as did Sens. Lee and Kay.",
             "Pvt. Dan Ross said so."],
            id="ranks-and-plural-titles",
        ),
        pytest.param(
            "The vote came after Ald. Rosa Delgado and Del. Ana Ruiz met Atty. Gen. Dan Lee, "
            "Msgr. Tom Hale and Commr. Jo Kent. It passed.",
            ["The vote came after Ald. Rosa Delgado and Del. Ana Ruiz met Atty. Gen. Dan Lee, "
             "Msgr. Tom Hale and Commr. Jo Kent.", "It passed."],
            id="local-and-church-titles",
        ),
        pytest.param(
            "She grew up in Dover, Del. Rosa Delgado did not. They met at the Del. It was fun.",
            ["She grew up in Dover, Del.", "Rosa Delgado did not.", "They met at the Del.",
             "It was fun."],
            id="delaware-at-a-sentence-end",
        ),
        pytest.param(
            "The war started on Feb. 24. It has not stopped.",
            ["The war started on Feb. 24.", "It has not stopped."],
            id="month-before-number",
        ),
        pytest.param(
            "He lives at No. 10 Downing Street. The door is black.",
            ["He lives at No. 10 Downing Street.", "The door is black."],
            id="number-abbreviation",
        ),
        pytest.param(
            "The U.S. Senate and the U.K. Parliament voted. Both agreed.",
            ["The U.S. Senate and the U.K. Parliament voted.", "Both agreed."],
            id="dotted-acronym-inside",
        ),
        pytest.param(
            "The factory moved to the U.S. The workers stayed behind.",
            ["The factory moved to the U.S.", "The workers stayed behind."],
            id="dotted-acronym-at-end",
        ),
        pytest.param(
            "She was cleared on one count.The prosecutor said he would appeal.",
            ["She was cleared on one count.", "The prosecutor said he would appeal."],
            id="no-space-after-full-stop",
        ),
        pytest.param(
            "Die Polizei kontrolliert Autos.Es gelte, Flucht zu verhindern.",
            ["Die Polizei kontrolliert Autos.", "Es gelte, Flucht zu verhindern."],
            id="no-space-after-full-stop-german",
        ),
        pytest.param(
            "Prof.Smith met J.K.Rowling at St.Paul's and visited Amazon.com today.",
            ["Prof.Smith met J.K.Rowling at St.Paul's and visited Amazon.com today."],
            id="no-space-after-abbreviation-or-in-a-domain",
        ),
        pytest.param(
            "Apple Inc. reported a profit. Shares rose.",
            ["Apple Inc. reported a profit.", "Shares rose."],
            id="company-suffix",
        ),
        pytest.param(
            "Some fruit, e.g. apples, keeps well, i.e. for months. Pears do not.",
            ["Some fruit, e.g. apples, keeps well, i.e. for months.", "Pears do not."],
            id="latin-abbreviations",
        ),
        pytest.param(
            "Growth was 3.5 percent. Inflation was 2.1 percent.",
            ["Growth was 3.5 percent.", "Inflation was 2.1 percent."],
            id="decimals",
        ),
        pytest.param(
            "J. K. Rowling wrote it. George W. Bush read it.",
            ["J. K. Rowling wrote it.", "George W. Bush read it."],
            id="initials",
        ),
        pytest.param(
            "“We share your pain,” he said. The room was silent.",
            ["“We share your pain,” he said.", "The room was silent."],
            id="quote-with-reporting-clause",
        ),
        pytest.param(
            "“Stop!” he shouted. Nobody did.",
            ["“Stop!” he shouted.", "Nobody did."],
            id="exclamation-inside-quote-then-clause",
        ),
        pytest.param(
            "“We won.” The next day was calm.",
            ["“We won.”", "The next day was calm."],
            id="quote-ends-sentence",
        ),
        pytest.param(
            '"We won." The next day was calm.',
            ['"We won."', "The next day was calm."],
            id="straight-quote-ends-sentence",
        ),
        pytest.param(
            "He paused... then went on. Later… Everyone left.",
            ["He paused... then went on.", "Later…", "Everyone left."],
            id="ellipses",
        ),
        pytest.param(
            "Is it over? Yes! It is.",
            ["Is it over?", "Yes!", "It is."],
            id="question-and-exclamation",
        ),
        pytest.param(
            "Election results\nThe count finished at dawn. Turnout was high.",
            ["Election results", "The count finished at dawn.", "Turnout was high."],
            id="heading-line",
        ),
        pytest.param(
            "What we know\n• Polls closed at 10pm\n• Turnout was high\nCounting goes on.",
            ["What we know", "• Polls closed at 10pm", "• Turnout was high", "Counting goes on."],
            id="bullets",
        ),
        pytest.param(
            "A sentence that a scraper wrapped\nacross two lines. Then another.",
            ["A sentence that a scraper wrapped across two lines.", "Then another."],
            id="wrapped-line-joined",
        ),
        pytest.param(
            "“Who knows?” Trump told ITV on Monday. Sen. Ted Cruz agreed.",
            ["“Who knows?” Trump told ITV on Monday.", "Sen. Ted Cruz agreed."],
            id="quoted-question-then-named-speaker",
        ),
        pytest.param(
            "“Why?” Sen. Ted Cruz asked. “Why not?” He said nothing more.",
            ["“Why?” Sen. Ted Cruz asked.", "“Why not?”", "He said nothing more."],
            id="quoted-question-then-capital-pronoun",
        ),
        pytest.param(
            "BOCA RATON, Fla. -- Weeds cover the greens. He moved to Tallahassee, Fla. The "
            "governor met him. She was ill. Doctors came.",
            ["BOCA RATON, Fla. -- Weeds cover the greens.", "He moved to Tallahassee, Fla.",
             "The governor met him.", "She was ill.", "Doctors came."],
            id="us-state-in-a-dateline",
        ),
        pytest.param(
            "The court heard Whole Woman’s Health v. Hellerstedt in March. Roe v. Wade stands.",
            ["The court heard Whole Woman’s Health v. Hellerstedt in March.",
             "Roe v. Wade stands."],
            id="case-name-with-v",
        ),
    ],
)
def test_english_cases(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Путин заявил, что всё идёт по плану. В. В. Путин улыбнулся! Зал молчал.",
            ["Путин заявил, что всё идёт по плану.", "В. В. Путин улыбнулся!", "Зал молчал."],
            id="russian-with-initials",
        ),
        pytest.param(
            "«Мы победили», — сказал он. Никто не спорил.",
            ["«Мы победили», — сказал он.", "Никто не спорил."],
            id="russian-guillemets",
        ),
        pytest.param(
            "Am 24. Februar 2022 begann der Krieg. Er dauert an. Der 3. Platz ging an Tom.",
            ["Am 24. Februar 2022 begann der Krieg.", "Er dauert an.",
             "Der 3. Platz ging an Tom."],
            id="german-ordinals",
        ),
        pytest.param(
            "Die für Mai geplante 19. Schwimm-WM wird verlegt. Sie war für Mai geplant. He came "
            "10. The others came later.",
            ["Die für Mai geplante 19. Schwimm-WM wird verlegt.", "Sie war für Mai geplant.",
             "He came 10.", "The others came later."],
            id="german-ordinal-after-an-adjective",
        ),
        pytest.param(
            "Das gilt z.B. für Äpfel. Birnen bzw. Pflaumen nicht.",
            ["Das gilt z.B. für Äpfel.", "Birnen bzw. Pflaumen nicht."],
            id="german-abbreviations",
        ),
        pytest.param(
            "M. Macron a dit : « Nous avons gagné. » Le lendemain, rien.",
            ["M. Macron a dit : « Nous avons gagné. »", "Le lendemain, rien."],
            id="french-spaced-guillemets",
        ),
        pytest.param(
            # German sets its quotes »so«: a guillemet after the space, set close to the next
            # word, opens the next sentence rather than closing this one.
            "Sie lehnt den Plan ab. »Das machen wir nicht mit«, sagte sie. »Nie.« Dann ging sie.",
            ["Sie lehnt den Plan ab.", "»Das machen wir nicht mit«, sagte sie.", "»Nie.«",
             "Dann ging sie."],
            id="german-guillemets-open-the-next-sentence",
        ),
        pytest.param(
            # A law's part, article and paragraph before their numbers: "ч. 3 ст. 10",
            # "§ 5 Abs. 2", "p. 5".
            "Дело возбуждено по ч. 4 ст. 160 УК РФ. Суд назначен на май. Es gilt § 5 Abs. 2 "
            "der Satzung. Siehe S. 12 oder p. 5 dazu.",
            ["Дело возбуждено по ч. 4 ст. 160 УК РФ.", "Суд назначен на май.",
             "Es gilt § 5 Abs. 2 der Satzung.", "Siehe S. 12 oder p. 5 dazu."],
            id="a-laws-parts-before-their-numbers",
        ),
        pytest.param(
            "¿Qué pasa? ¡Nada! El Sr. García llegó tarde.",
            ["¿Qué pasa?", "¡Nada!", "El Sr. García llegó tarde."],
            id="spanish-inverted-marks",
        ),
    ],
)
def test_other_languages(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param(
            "北京时间周一，市场大幅下跌。投资者担心经济放缓！专家怎么看？",
            "zh", ["北京时间周一，市场大幅下跌。", "投资者担心经济放缓！", "专家怎么看？"],
            id="chinese-full-width-marks",
        ),
        pytest.param(
            "「東京は晴れです。」と彼は言った。明日は雨です。",
            "ja", ["「東京は晴れです。」と彼は言った。", "明日は雨です。"],
            id="japanese-quote-inside-a-sentence",
        ),
        pytest.param(
            "अधिकारी को गोली मार दी गई। उनकी हालत स्थिर है। जाँच जारी है।",
            "hi", ["अधिकारी को गोली मार दी गई।", "उनकी हालत स्थिर है।", "जाँच जारी है।"],
            id="hindi-danda",
        ),
        pytest.param(
            "قال الوزير إن الحكومة ستعمل. هل الوضع مستقر؟ نعم.",
            "ar", ["قال الوزير إن الحكومة ستعمل.", "هل الوضع مستقر؟", "نعم."],
            id="arabic-caseless-letters",
        ),
    ],
)
def test_scripts_with_marks_of_their_own(text: str, language: str, expected: list[str]) -> None:
    assert split_sentences(text, language=language) == expected


def test_blank_input_gives_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n \t ") == []


def test_text_without_final_punctuation_is_one_sentence() -> None:
    assert split_sentences("just a fragment") == ["just a fragment"]


def test_paragraphs_never_run_together() -> None:
    text = "First paragraph ends here.\n\nSecond paragraph starts here."
    assert split_sentences(text) == ["First paragraph ends here.", "Second paragraph starts here."]


def test_nothing_is_lost_or_added() -> None:
    text = (
        "Mr. Putin met 17 mothers on Friday. “We share your pain,” he said! Was it staged? "
        "Reports say so… The U.S. Gen. Mark Milley estimated 100,000 casualties."
    )
    sentences = split_sentences(text)
    assert len(sentences) == 5
    assert " ".join(sentences) == text


# --- properties -----------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ["Mr.", "U.S.", "3.5", "J.", "K.", "Rowling", "said", "“We", "won.”", "The", "pain,”",
     "he", "...", "…", "¿Qué?", "¡Ya!", "24.", "Februar", "«", "»", "!", "?", ".", "\n", "\n\n",
     "•", "Путин", "В.", "e.g.", "No.", "10", "a", "b", "(", ")", "'", '"', "—", "–"]
)


_OWN_MARK_PIECES = st.sampled_from(
    ["市场", "下跌。", "「晴れ", "です。」", "と", "言った。", "！", "？", "」", "（", "）", "गई।",
     "है।", "॥", "मिशिगन", "مستقر؟", "قال", ".", "۔", " ", "\n", "Mr.", "U.S.", "“", "”"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_OWN_MARK_PIECES, max_size=40), st.sampled_from(["zh", "ja", "hi", "ar", "ur"]))
def test_splitting_at_a_scripts_own_marks_loses_nothing(pieces: list[str], language: str) -> None:
    text = "".join(pieces)
    sentences = split_sentences(text, language=language)
    assert all(s and s == s.strip() for s in sentences)
    assert "".join("".join(sentences).split()) == "".join(text.split())
    assert split_sentences(text, limit=2, language=language) == sentences[:2]


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_splitting_keeps_every_word_in_order(pieces: list[str]) -> None:
    text = " ".join(pieces)
    sentences = split_sentences(text)
    assert all(s and s == s.strip() for s in sentences)
    assert " ".join(sentences).split() == text.split()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_splits_without_losing_words(text: str) -> None:
    sentences = split_sentences(text)
    # A sentence end with no space after it ("count.The") splits a word of the text in two.
    assert "".join("".join(sentences).split()) == "".join(text.split())


def test_a_limit_stops_early_with_the_same_first_sentences() -> None:
    text = "One is here. Two is here.\n\nThree is here. Four is here. Five is here."
    everything = split_sentences(text)
    assert len(everything) == 5
    for limit in range(7):
        assert split_sentences(text, limit=limit) == everything[:limit]
    assert split_sentences("One. Two.", limit=0) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.integers(min_value=0, max_value=12))
def test_a_limit_gives_a_prefix_of_the_full_split(pieces: list[str], limit: int) -> None:
    text = " ".join(pieces)
    assert split_sentences(text, limit=limit) == split_sentences(text)[:limit]


_WORDY = st.sampled_from(
    ["said", "London", "Mr", "mr", "No", "U.S", "Inc", "etc", "e.g", "J", "24", "İstanbul",
     "Straße", "ÉTAT", "x", "(said", "“Yes", "word\u00a0said", "approx", "Februar"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDY, min_size=1, max_size=6), st.sampled_from(["The", "10", "Februar"]))
def test_the_quick_plain_end_never_skips_a_veto(words: list[str], following: str) -> None:
    block = " ".join(words) + ". " + following
    dot_at = block.rindex(". ")
    if _plain_end(block, dot_at):
        assert not _vetoed(block, dot_at, ".", following)


# What a candidate end is, said as a regex (the splitter finds them with str.find, which is
# quicker): end marks, closers, then white space, a French guillemet after a space taken along;
# or the mark alone between a lower-case letter and a capitalised word ("count.The").
_CANDIDATE_END = re.compile(
    r"[.!?…](?:[.!?…]*[\"'”’»«)\]}]*(?=\s)(?:[ \u00a0\u202f]»(?![^\W_]))?"
    r"|(?<=[a-zß-öø-ÿа-яё][.!?])(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]))"
)
_PIECES = st.sampled_from(
    ["Mr.", "U.S.", "3.5", "J.", "Rowling", "said", "“We", "won.”", "won.'", "pain,”", "...",
     "24.", "«", "»", ".", "gagné.\u00a0»", "end.)", "a", "(", ")", '"', "—", "\u00a0", "\t",
     "count.The", "ночь.Он", "été.Élan", "x.Y", "A.b", "Why?!", "no?”", "so…", "…", "!", "?",
     "this.».", "é", "Ё", "ё.Ёж", "»a", "\u202f»", "\n", "ß.Ö", "end.]", "÷", "×", "Ø.a",
     "ā.Ab", "a.Āb", "a.Aā"]
)


def _candidates_found(block: str) -> list[tuple[int, int]]:
    other_ends = "!" in block or "?" in block or "…" in block
    found = []
    at, end = _next_candidate(block, 0, other_ends)
    while at >= 0:
        found.append((at, end))
        at, end = _next_candidate(block, end, other_ends)
    return found


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.sampled_from([" ", ""]))
def test_the_candidate_ends_are_those_the_regex_states(pieces: list[str], glue: str) -> None:
    block = glue.join(pieces)
    assert _candidates_found(block) == [m.span() for m in _CANDIDATE_END.finditer(block)]
