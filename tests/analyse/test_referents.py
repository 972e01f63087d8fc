"""Replacing a key point's opening pronoun by a name only where the name is surely the one
meant: a wrong name tells the reader something false, while a pronoun left unresolved only costs
the point (another sentence takes its place). Cases shortened from real articles."""

from __future__ import annotations

from digests.analyse.referents import resolve_opening


def _resolve(sentence: str, before: list[str]) -> str | None:
    """``before`` in reading order, as an article has them."""
    text = " ".join([*before, sentence])
    return resolve_opening(sentence, list(reversed(before)), text)


def test_a_name_inside_a_quote_is_not_who_he_is() -> None:
    before = [
        "Rush Limbaugh began by crediting Trump for his instincts.",
        "“I don’t know if he realizes how brilliant this debate with Crazy Bernie is,” "
        "Limbaugh said.",
    ]
    assert _resolve("He went on to say that some Democrats agreed.", before) == (
        "Rush Limbaugh went on to say that some Democrats agreed."
    )


def test_a_quote_that_names_someone_leaves_the_pronoun_to_the_sentences_before() -> None:
    before = [
        "Amanda Carpenter, a former aide to Sen. Ted Cruz, was one of the first to cheer.",
        "“Has anyone compiled the list of those who back Trump? I will,” she tweeted.",
    ]
    # The sentence before the quote names two people: no name is safe.
    assert _resolve("She later listed more than 60 names.", before) is None


def test_a_pronoun_is_not_the_person_its_own_sentence_names() -> None:
    before = ["A woman who has accused former President Bill Clinton of assault spoke on Sunday."]
    assert _resolve("She also described a meeting with Bill Clinton in 1978.", before) is None
    title_only = ["Clinton rolls out a special character witness"]
    assert resolve_opening(
        "She is the campaign’s answer to the claim that Hillary Clinton cannot be trusted.",
        title_only,
        "She is the campaign’s answer to the claim that Hillary Clinton cannot be trusted.",
    ) is None


def test_mr_is_not_she_and_ms_is_not_he() -> None:
    text = "Mr. Trump spoke first. She later listed the names."
    assert resolve_opening("She later listed the names.", ["Mr. Trump spoke first."], text) is None
    text = "Ms. Warren spoke first. He later listed the names."
    assert resolve_opening("He later listed the names.", ["Ms. Warren spoke first."], text) is None
    text = "Ms. Warren spoke first. She later listed the names."
    assert resolve_opening("She later listed the names.", ["Ms. Warren spoke first."], text) == (
        "Warren later listed the names."
    )


def test_a_place_or_a_description_before_is_not_who_he_is() -> None:
    before = [
        "Footage shows the skater sailing down a slope in Santa Monica, Los Angeles.",
    ]
    assert _resolve("He then rolls over several times.", before) is None
    # A person described, not named, in between: "he" is the one described, who may or may not
    # be the one named before ("Chris Christie. The New Jersey governor…" is; "…tying them to
    # Trump's declarations. The Montana senator…" is not).
    before = [
        "Republicans will hear ads tying them to Trump's most provocative declarations.",
        "The Montana senator with a distinctive buzz cut might be the luckiest pol in America.",
    ]
    assert _resolve("He chairs the Democrats' Senate campaign arm.", before) is None
    before = [
        "Speaker Paul Ryan says the world is watching.",
        "In an interview on Thursday, the Wisconsin Republican criticised the president.",
    ]
    assert _resolve("He said allies wanted to know more.", before) is None
    before = ["Speaker Paul Ryan says the world is watching."]
    assert _resolve("He said allies wanted to know more.", before) == (
        "Paul Ryan said allies wanted to know more."
    )


def test_a_person_described_as_the_subject_before_is_not_the_one_named_after_it() -> None:
    # "He" goes on about the subject of the sentence before, here described, not named; the
    # one name there is someone the subject acted on.
    before = [
        "The Brazilian curled a free kick over the wall and set up Tom Walker for the second.",
    ]
    assert _resolve("He had earlier hit the post from close range.", before) is None
    before = [
        "The veteran striker, who joined in May, crossed for Tom Walker to head home.",
    ]
    assert _resolve("He had earlier hit the post from close range.", before) is None
    before = ["The Frenchman beat Tom Walker in the final on Sunday."]
    assert _resolve("He had lost the last three meetings.", before) is None
    # A thing as the subject leaves the one person named to be "he".
    before = ["The club signed striker Tom Walker from Leeds in May."]
    assert _resolve("He scored twice on his debut.", before) == (
        "Tom Walker scored twice on his debut."
    )
    before = ["The German government fined Tom Walker for the late filing on Monday."]
    assert _resolve("He has appealed against the fine.", before) == (
        "Tom Walker has appealed against the fine."
    )


def test_a_name_the_reader_already_sees_in_full_takes_the_articles_short_form() -> None:
    first = "Nicholas Negroponte, chairman of MIT's Media Labs, says he is building a laptop."
    text = f"{first} He told the BBC it would be a teaching tool. Mr Negroponte spoke in Davos."
    before = [first]
    assert resolve_opening(
        "He told the BBC it would be a teaching tool.", before, text, shown=[first]
    ) == "Mr Negroponte told the BBC it would be a teaching tool."
    # Not yet shown: the full name.
    assert resolve_opening("He told the BBC it would be a teaching tool.", before, text) == (
        "Nicholas Negroponte told the BBC it would be a teaching tool."
    )


def test_a_short_form_is_not_taken_where_it_may_be_someone_else_or_is_unknown() -> None:
    first = "Former President Bill Clinton spoke in Ohio on Monday."
    text = f"Hillary Clinton campaigned in Iowa. {first} He praised her. Mrs Clinton thanked him."
    assert resolve_opening("He praised her.", [first], text, shown=[first]) == (
        "Bill Clinton praised her."
    )
    first = "Chinese President Xi Jinping arrived in Moscow on Monday."
    text = f"{first} He met Vladimir Putin. Mr Xi said the talks went well."
    assert resolve_opening("He met Vladimir Putin.", [first], text, shown=[first]) == (
        "Xi Jinping met Vladimir Putin."
    )


def test_a_contracted_verb_is_written_out_after_the_name() -> None:
    before = ["Kelsey Atkinson spoke to reporters outside the store."]
    assert _resolve("She’s a member of an animal rights group.", before) == (
        "Kelsey Atkinson is a member of an animal rights group."
    )
    assert _resolve("She's been arrested twice.", before) == (
        "Kelsey Atkinson has been arrested twice."
    )
    assert _resolve("She'll speak again on Monday.", before) == (
        "Kelsey Atkinson will speak again on Monday."
    )
    assert _resolve("She'd rather stay.", before) is None


def test_according_to_a_pronoun_names_whom_it_stands_for_or_is_not_a_point() -> None:
    before = ["Information Minister Mohammed Idris spoke at a dialogue in Abuja on Thursday."]
    assert _resolve("According to him, the unions are aware of the plan.", before) == (
        "According to Mohammed Idris, the unions are aware of the plan."
    )
    assert _resolve("According to her, the unions are aware of the plan.", [
        "Ms. Ngozi Okonjo spoke at a dialogue in Abuja on Thursday."
    ]) == "According to Ngozi Okonjo, the unions are aware of the plan."
    # Who "them" are, or "him" where no one person is named, cannot be told: no point.
    assert _resolve("According to them, the unions are aware of the plan.", before) is None
    assert _resolve("According to him, the unions are aware of the plan.", [
        "The minister spoke at a dialogue in Abuja on Thursday."
    ]) is None
    # A name after "according to" needs nothing.
    assert _resolve("According to Idris, the unions are aware.", before) == (
        "According to Idris, the unions are aware."
    )


def test_a_russian_quote_then_said_he_names_the_speaker() -> None:
    before = ["Об этом заявил пресс-секретарь президента России Дмитрий Песков."]
    assert _resolve("«Сама по себе идея оказывать давление абсурдна», — сказал он.", before) == (
        "«Сама по себе идея оказывать давление абсурдна», — сказал Дмитрий Песков."
    )
    assert _resolve("«Идея абсурдна», — сказал он.", ["Об этом заявили в Кремле."]) is None
    # A scraper or a site may print straight or curly marks in place of «».
    assert _resolve('"Идея абсурдна", — добавил он.', before) == (
        '"Идея абсурдна", — добавил Дмитрий Песков.'
    )


def test_a_german_quote_then_said_he_names_the_speaker() -> None:
    before = ["Bundeskanzler Olaf Scholz hat die Tarifparteien zu einer Einigung aufgerufen."]
    assert _resolve("„Die Fahrgäste dürfen nicht leiden“, sagte er am Dienstag.", before) == (
        "„Die Fahrgäste dürfen nicht leiden“, sagte Olaf Scholz am Dienstag."
    )
    # "sie" with a plural verb is "they": no one name stands for it.
    assert _resolve("„Wir sind bereit“, sagten sie am Dienstag.", before) == (
        "„Wir sind bereit“, sagten sie am Dienstag."
    )
    # Some German papers open a quote with » and close it with «.
    assert _resolve("»Wir schauen uns das an«, sagte er dem Blatt.", before) == (
        "»Wir schauen uns das an«, sagte Olaf Scholz dem Blatt."
    )


def test_a_french_quote_then_said_he_names_the_speaker_after_the_verb() -> None:
    before = ["Le ministre Jean Dupont a appelé les syndicats au dialogue."]
    assert _resolve("« La porte reste ouverte », a-t-il affirmé sur France Info.", before) == (
        "« La porte reste ouverte », a affirmé Jean Dupont sur France Info."
    )
    she = ["La ministre Anne Martin a reçu les syndicats."]
    assert _resolve("« Nous sommes prêts », dit-elle.", she) == (
        "« Nous sommes prêts », dit Anne Martin."
    )


def test_a_russian_speaker_named_in_another_case_is_said_in_the_nominative() -> None:
    before = ["Об этом сообщил ТАСС со ссылкой на пресс-секретаря министра Ирину Соколову."]
    text = " ".join([*before, "По словам Соколовой, министр работает из дома."])
    assert resolve_opening("«Министр работает из дома», — сказала она.", before, text) == (
        "«Министр работает из дома», — сказала Ирина Соколова."
    )


def test_a_name_after_with_or_against_is_not_who_the_pronoun_is() -> None:
    # The sentence before names someone only as whom its subject worked with: "she" is not him.
    before = ["In plays with actor Tom Reeve, the young dancer won over the critics."]
    text = " ".join([*before, "Now she has retired from the stage at the age of 70."])
    assert resolve_opening(
        "Now she has retired from the stage at the age of 70.", before, text, "en"
    ) is None
    german = ["Im Duell gegen Max Brandt überzeugte die junge Sängerin die Jury."]
    text = " ".join([*german, "Am Montag hat sie ihr erstes Album vorgestellt."])
    assert resolve_opening(
        "Am Montag hat sie ihr erstes Album vorgestellt.", german, text, "de"
    ) is None
    # Named as the subject and met with someone: "he" is the subject still.
    before = ["Senator Ana Ruiz met with Governor Tom Reeve on Monday."]
    text = " ".join([*before, "She said the talks had gone well."])
    assert resolve_opening("She said the talks had gone well.", before, text) == (
        "Ana Ruiz said the talks had gone well."
    )


def test_a_name_with_a_generational_suffix_stands_whole_for_he() -> None:
    # "Jr." is no surname: "W. Carlineo Jr" would read as someone else.
    before = [
        "A New York man pleaded guilty Monday to threatening to kill a congresswoman.",
        "Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty to threatening to assault a "
        "United States official.",
    ]
    assert _resolve("He was arrested in April for the call.", before) == (
        "Patrick W. Carlineo was arrested in April for the call."
    )
