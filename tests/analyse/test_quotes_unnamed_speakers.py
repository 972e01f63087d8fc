"""Speakers the article does not name: a person it places ("one farmer in Njoro") or makes a
sentence's subject ("Another tenant, who asked not to be named, said…"), and bodies that speak
as "it" or through "a spokesperson" with no word of their name saying they are bodies
("Greenpeace … it said")."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="A story", paragraphs=list(paragraphs)))
    return [q.speaker for q in found]


def test_an_unnamed_person_keeps_the_place_they_are_from_not_the_place_alone() -> None:
    assert speakers(
        "“The chama will lend to you when you have the paper,” one farmer in Njoro told us.",
        "“Prices have doubled since the spring and nobody explains why,” a voter in Nakuru said.",
        "“We were told nothing at all until the night before,” a nurse at St Mary’s Hospital said.",
        "“The water came up to the second step of the stairs,” a man from Kyiv said.",
    ) == [
        "one farmer in Njoro",
        "a voter in Nakuru",
        "a nurse at St Mary’s Hospital",
        "a man from Kyiv",
    ]


def test_a_role_placed_by_the_article_is_resolved_to_its_holder() -> None:
    assert speakers(
        "Mayor Dana Hollis opened the council's budget session on Monday.",
        "“We will open the new library before Christmas this year,” the mayor in Leeds said.",
    ) == ["Dana Hollis"]


def test_a_named_person_before_their_place_is_still_the_speaker() -> None:
    assert speakers(
        "“The rain came late again this year,” said Jan Novak, a farmer in Njoro.",
        "“We planted twice and lost both crops to the dry spell,” Ruth Wanjiku, a farmer in "
        "Molo, said.",
    ) == ["Jan Novak", "Ruth Wanjiku"]


def test_it_speaks_for_the_body_that_opened_the_sentence_before() -> None:
    assert speakers(
        "Researchers published a study on Monday about memory loss in older adults.",
        "Greenpeace said the findings were worrying. “This is a warning for every coastal city,” "
        "it said.",
    ) == ["Greenpeace"]
    assert speakers(
        "The charity Shelter said the figures were the worst on record. “Families are being "
        "pushed into hostels for months at a time,” it said.",
    ) == ["Shelter"]


def test_it_speaks_for_a_body_of_several_words_that_opened_the_sentence_before() -> None:
    assert speakers(
        "Andina Minerals said in a statement that talks with the union had stalled. “The "
        "company remains open to dialogue with its workers,” it said.",
    ) == ["Andina Minerals"]
    assert speakers(
        "In a statement, Kelby Coastguard Volunteers said the search was over. “We thank every "
        "volunteer who gave up their weekend,” it said.",
    ) == ["Kelby Coastguard Volunteers"]


def test_it_never_speaks_for_a_person() -> None:
    assert speakers(
        "Dr Jane Moss said the findings were promising. “This is an important step for people "
        "living with dementia,” it said.",
    ) == [None]
    assert speakers(  # named by her role: a person, though the article gives no gender
        "Lead plaintiff Marina Abramyan claimed the products did not work. “It is a false claim "
        "made to sell more of them,” it said.",
    ) == [None]


def test_a_new_spokesperson_speaks_for_the_name_that_spoke_before() -> None:
    assert speakers(
        "Wessex Vale Water said its investment was the largest in its history. “We have always "
        "been open that there is more to do,” a spokesperson said.",
    ) == ["Wessex Vale Water"]


def test_a_spokesperson_after_a_person_named_in_passing_stays_unnamed() -> None:
    assert speakers(
        "“Even as we speak the ship is creaking and moaning,” passenger Kurt Foster said.",
        "“High winds have caused minor damage to some external features,” a spokesperson told "
        "the paper.",
    ) == ["Kurt Foster", "a spokesperson"]


def test_she_after_an_unnamed_subject_is_not_the_woman_named_before() -> None:
    assert speakers(
        "“They treated us like animals,” said Lorraine Baptiste, 58, a home health aide.",
        "Another tenant, who asked not to be named because she feared retaliation, said the "
        "management office stopped answering the phone altogether.",
        "“You would call and call,” she said. “Nothing at all came back from them.”",
        "Baptiste said she would stay. “I have nowhere else to go this winter,” she said.",
    ) == ["Lorraine Baptiste", None, "Lorraine Baptiste"]


def test_she_after_an_unnamed_subject_who_says_nothing_is_the_woman_before() -> None:
    assert speakers(
        "Dana Ruiz moved to Vermont three years ago. Ruiz says she was lucky. A neighbor of a "
        "friend was selling a farmhouse that needed work.",
        "“People ask me if the grant is why I came,” she says. “It was the nudge.”",
    ) == ["Dana Ruiz"]


def test_a_time_that_opens_the_sentence_is_no_unnamed_subject() -> None:
    assert speakers(
        "“Anyone claiming that the economy is in decline is peddling fiction,” Mr. Obama told "
        "the lawmakers.",
        "A few minutes later, he added: “I told you earlier all the talk of decline is hot air.”",
    ) == ["Obama", "Obama"]


def test_a_she_after_an_unnamed_head_is_not_the_man_quoted_before() -> None:
    article = CleanArticle(title="A story", paragraphs=[
        "NAHT general secretary Paul Whiteman said: \u201cParents were told this would be"
        " clearer. It is not.\u201d",
        "One primary head in the north-west, who asked not to be named, said her school had"
        " held an extra meeting for parents.",
        "\u201cWe had more questions about the colours than about the findings,\u201d she said.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Paul Whiteman", None]


def test_a_she_after_a_first_name_only_is_hers() -> None:
    article = CleanArticle(title="A story", paragraphs=[
        "\u201cWe did this experiment once,\u201d said Dolores Whitaker, the board president.",
        "Tanya, a Harlan parent who asked that her last name not be used, said she had been"
        " told nothing about the closure.",
        "\u201cNobody has called me. Nobody,\u201d she said.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Dolores Whitaker", "Tanya"]


def test_a_contracted_pronoun_is_no_first_name() -> None:
    article = CleanArticle(title="A story", paragraphs=[
        "\u201cThe air used to be clean here,\u201d Alberto Shiguematsu, a resident, said.",
        "He said he had never seen smoke like that. He\u2019d read about the fires, but did not"
        " think he\u2019d be affected.",
        "\u201cThat hit me by surprise,\u201d he said.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Alberto Shiguematsu"] * 2


def test_an_unnamed_member_keeps_the_description_not_the_party_and_role() -> None:
    assert speakers(
        "One senior Labour MP told me: \u201cThe problem is that nobody believes them.\u201d",
        "A veteran backbench Conservative MP said: \u201cWe were not consulted at all.\u201d",
    ) == ["One senior Labour MP", "A veteran backbench Conservative MP"]
