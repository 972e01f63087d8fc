"""Quote speakers when two people in an article share a surname (:mod:`namesakes`)."""

from __future__ import annotations

from digests.analyse import namesakes
from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, title: str = "A story") -> list[str | None]:
    return [q.speaker for q in find_quotes(CleanArticle(title=title, paragraphs=list(paragraphs)))]


def test_bare_surname_goes_on_with_the_namesake_just_named() -> None:
    assert speakers(
        "Helen Marsh spoke in Ohio on Monday.",
        "Former Governor Robert Marsh joined her later.",
        "“We are not done yet,” Marsh said.",
        "“This is my last campaign,” said Mr. Marsh.",
    ) == ["Robert Marsh", "Robert Marsh"]


def test_the_namesake_named_nearest_before_the_quote_not_the_first_one() -> None:
    assert speakers(
        "Governor Gary Pike said the state budget would pass by June.",
        "In other news, the storm reached the coast on Friday.",
        "Schools were closed in three counties.",
        "Homeland Security Secretary Jed Pike says hackers targeted state officials.",
        "Pike said officials should reach out to the federal government. “There is no single"
        " point of failure,” he said.",
    ) == ["Jed Pike"]


def test_honorific_picks_the_namesake_of_that_gender() -> None:
    assert speakers(
        "Robert Marsh campaigned in Ohio for his wife Helen Marsh on Monday.",
        "“We are not done yet,” said Mrs. Marsh.",
        "“She will win this state,” Mr. Marsh said.",
    ) == ["Helen Marsh", "Robert Marsh"]


def test_gender_a_pronoun_shows_after_a_full_name() -> None:
    assert speakers(
        "Helen Marsh arrived in Ohio on Sunday.",
        "Robert Marsh spoke in Ohio on Monday. He was tired after the flight.",
        "Helen Marsh joined him in the afternoon.",
        "“This is my last campaign,” said Mr. Marsh.",
    ) == ["Robert Marsh"]


def test_pronoun_skips_the_namesake_of_the_other_gender() -> None:
    assert speakers(
        "Omar Qadir and his wife, Leila Qadir, spoke at the convention.",
        "“We lost our son in the war,” Ms. Qadir said.",
        "The crowd stood up.",
        "“Have you even read the Constitution?” he asked.",
    ) == ["Leila Qadir", "Omar Qadir"]


def test_a_namesake_named_in_passing_does_not_take_the_surname_over() -> None:
    # (Passes before namesakes too: it guards against reading the last full name alone.)
    assert speakers(
        "Secrecy is nothing new when it comes to Helen Marsh and her health.",
        "A doctor who served in the administration of former Governor Robert Marsh said that "
        "in 1998, Marsh kept a blood clot from the public.",
        "The doctor wrote a memoir of her years in the governor's mansion.",
        "The treatment was kept very low key.",
        "Nurses were told to say nothing.",
        "“Sure enough I had a big clot behind my right knee,” Marsh wrote in 2003.",
    ) == ["Helen Marsh"]


def test_a_first_name_given_stays_with_its_own_namesake() -> None:
    # (A guard as well: "Helen Marsh said" must not become the namesake just named.)
    assert speakers(
        "Helen Marsh spoke in Ohio on Monday.",
        "Former Governor Robert Marsh joined her later.",
        "“We are not done yet,” Helen Marsh said.",
    ) == ["Helen Marsh"]


def test_a_common_word_opening_the_sentence_is_no_first_name() -> None:
    assert speakers(
        "Ryan Ellis, a tax consultant, has studied both plans.",
        "The plans would cut taxes and, said one aide, simplify the code.",
        "Said Ellis: “I don’t get the sense she is the least bit interested in tax reform.”",
    ) == ["Ryan Ellis"]


def test_a_sentence_case_title_opener_is_no_first_name() -> None:
    assert speakers(
        "Jason Hale won the 60m in Birmingham on Sunday, though he felt off-colour.",
        "“I know there is plenty more in the tank,” Hale said.",
        title="Off-colour Hale storms to win",
    ) == ["Jason Hale"]


def test_a_one_off_capitalised_word_before_the_surname_is_no_namesake() -> None:
    # (A guard: "Six Pike" opens the sentence just before the quote, as a namesake would.)
    assert speakers(
        "Donald Pike spoke in Casper on Monday.",
        "Six Pike supporters ran for delegate slots and lost.",
        "“Look at what happened in Wyoming,” Pike told supporters.",
    ) == ["Donald Pike"]


def test_pronoun_pattern_finds_the_whole_words_a_boundary_pattern_finds() -> None:
    # The pattern is written to open with letters (for speed): it must find what the plain
    # "\b(?:he|she|…)\b" finds, no more (inside words, after an apostrophe) and no less.
    import re

    from digests.analyse import namesakes

    forms = ["he", "He", "she", "She", "elle", "ella", "он", "она"]
    plain = re.compile(r"\b(?:" + "|".join(forms) + r")\b")
    pattern = namesakes._whole_words(forms)
    for text in ["he said", "the shed; she left", "Xhe he's (he) -she", "hell, he", "Он и она",
                 "онa она", "ellen elle ella", "O'he he_ 9he he9 he"]:
        assert [m.span() for m in pattern.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], text
        for start in range(len(text)):
            found, expected = pattern.search(text, start), plain.search(text, start)
            assert (found and found.span()) == (expected and expected.span()), (text, start)


def test_initials_and_the_first_name_they_stand_for_are_one_person() -> None:
    # "R.J. Vance" is "Ruth Vance" with her initials: no namesake to choose between, and the
    # bare surname is her, by the name written out.
    assert speakers(
        "Ruth Vance, a former central banker, said the rate cut came too late.",
        "“Markets had already priced it in,” said Ms. Vance, who now advises R.J. Vance, a fund.",
        "Another Vance, Tom Vance, said nothing.",
        "“We saw it coming,” Ms. Vance added.",
    ) == ["Ruth Vance", "Ruth Vance"]


def test_initials_of_another_first_name_are_another_person() -> None:
    assert namesakes.group_forms(["Ruth Vance", "T.J. Vance", "R. Vance"], str.lower) == [
        ["Ruth Vance", "R. Vance"], ["T.J. Vance"]
    ]


def test_a_namesake_introduced_once_with_an_appositive_is_a_person_to_go_on_with() -> None:
    # Each is named once, opening a sentence, and set off with who they are: a person, whom
    # the honorific and the subject named last then tell apart.
    assert speakers(
        "Arthur Chen, chief strategist at Halden Capital, said the selloff would deepen. “This "
        "is only the start,” Mr. Chen said.",
        "Not everyone was convinced. Nora Chen, a portfolio manager at Westmere Funds, said she "
        "had bought more.",
        "“People are treating every uptick like it is 2022 again,” Ms. Chen said.",
    ) == ["Arthur Chen", "Nora Chen"]


def test_a_bare_surname_is_not_a_namesake_the_article_names_only_further_on() -> None:
    assert speakers(
        "Prakash Hegde, a software engineer, said his building buys 14 tankers a day.",
        "Hegde said he had signed a petition. “Every summer we are told it will be fixed next "
        "year,” he said.",
        "The man filling the sump every morning is his elder brother, Suresh Hegde, who runs "
        "nine tankers.",
    ) == ["Prakash Hegde"]
