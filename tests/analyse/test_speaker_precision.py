"""Speakers a digest must not show: the wrong person for "he"/"she", or a phrase that names no
person ("Six Trump", "In Sen. Jeff Sessions'"). None is better than either."""

from __future__ import annotations

import pytest

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, title: str = "A story") -> list[tuple[str, str | None]]:
    found = find_quotes(CleanArticle(title=title, paragraphs=list(paragraphs)))
    return [(q.text, q.speaker) for q in found]


def test_she_is_not_a_man_the_article_calls_he() -> None:
    # No honorific anywhere: the pronoun after "Dale Okoro" as a subject shows he is a man.
    assert speakers(
        "Dale Okoro toured the plant on Monday. He promised new jobs to the town.",
        "“We will build it here,” Okoro said.",
        "Former governor Jan Brewer, an early supporter of Okoro, calls the plan a priority.",
        "“That is something voters care about,” she said.",
    ) == [
        ("We will build it here", "Dale Okoro"),
        ("That is something voters care about", "Jan Brewer"),
    ]


def test_she_is_never_the_husband_the_sentence_names() -> None:
    # "Mara" is named alone, and "his wife" shows her a woman: she, never her husband.
    assert speakers(
        "Dale Okoro spoke first. He thanked the crowd.",
        "“We will win,” Okoro said.",
        "His wife, Mara, spoke later. At a rally in the spring, she described Okoro as kind.",
        "That said, she also noted, “When you attack him, he punches back.”",
    )[-1] == ("When you attack him, he punches back.", "Mara")


def test_a_number_word_opening_a_sentence_is_no_first_name() -> None:
    assert speakers(
        "“Do not hand the election to Clinton with a Donald Trump nomination,” Cruz said.",
        "“Look at what happened in Wyoming,” Trump told supporters in Syracuse.",
        "Six Trump supporters ran for delegate slots, but none was elected.",
    )[1] == ("Look at what happened in Wyoming", "Donald Trump")


def test_a_short_word_opening_the_title_is_no_first_name() -> None:
    assert speakers(
        "CHICO, Calif. - Bernie Sanders first touched down in California ten months ago.",
        "Today, Sanders is touring California in a caravan of buses.",
        "“We are doing very well with younger voters,” he said.",
        title="Is Sanders finally connecting with minority voters?",
    ) == [("We are doing very well with younger voters", "Bernie Sanders")]


def test_a_column_named_with_its_writer_in_a_possessive_speaks_no_name() -> None:
    found = dict(speakers(
        "In Sen. Jeff Sessions' column on Aug. 10, “The piling on must stop once and for all,” "
        "the Republican from Alabama blames the news media.",
        "At his news conference on Monday, Obama's first five questioners were hostile: "
        "“Is it time for your strategy to change?”",
    ))
    assert found.get("The piling on must stop once and for all") is None
    assert found.get("Is it time for your strategy to change?") is None


def test_a_description_set_off_by_dashes_signs_no_quote() -> None:
    found = speakers(
        "“There is a real demographic revolution in the country,” Jorge Ramos said.",
        "“So I think that there is resistance among many Americans against change.”",
        "– An immigrant himself –.",
    )
    assert found[1][1] in {None, "Jorge Ramos"}


def test_a_participle_or_a_preposition_opening_a_sentence_is_no_name() -> None:
    assert speakers(
        "Bill Maher said the report was bad. Adding, “Now, like with all these scandals, "
        "what they actually do is never that bad.”",
    )[0][1] != "Adding"
    assert speakers(
        "Roger Stone spoke to the radio host on Monday.",
        "Continued Stone: “So I think it is a very real problem for the whole party.”",
    ) == [("So I think it is a very real problem for the whole party.", "Roger Stone")]
    assert speakers(
        "Outside Carrier's plant, the workers gathered on Friday morning.",
        "Nicole Hargrove has worked at the plant for years. Her mother worked there too.",
        "“I loved it,” she said.",
    ) == [("I loved it", "Nicole Hargrove")]


def test_a_headline_line_in_the_body_is_no_name() -> None:
    # A live blog's headings, in title case: the person is the name at the heading's end.
    found = speakers(
        "The debate opened with Donald Trump and Marco Rubio on stage.",
        "Review Crowd Does Not Like Donald Trump",
        "“I have to say that the police are mistreated,” he said.",
        "Christie Is Over Marco Rubio",
        "“We face a very significant threat,” Rubio said.",
    )
    assert found == [
        ("I have to say that the police are mistreated", "Donald Trump"),
        ("We face a very significant threat", "Marco Rubio"),
    ]


def test_a_capitalised_connector_or_initial_inside_a_name_is_kept() -> None:
    found = speakers(
        "Marine Le Pen and George W Bush met Mary A Jones in Paris.",
        "“We will win the vote in the spring,” Le Pen said.",
        "“We talked about the war for an hour,” Bush said.",
        "“It was a useful meeting for all of us,” Jones said.",
    )
    assert [speaker for _, speaker in found] == ["Marine Le Pen", "George W Bush", "Mary A Jones"]


def test_a_word_glued_before_a_full_name_is_no_first_name() -> None:
    # "Billionaire", "Using" (a heading), "real" (written in lower case too): a description
    # before a full name the article gives, not a first name.
    found = speakers(
        "Billionaire Donald Trump praised the reporter on Monday.",
        "“Very good reporter, very good reporter this guy,” Trump said.",
        "– Using Ted Cruz? –.",
        "“It will be the delegates who make the final decision,” Cruz said.",
        "Donald Trump and Ted Cruz spoke again later. A book told the real story of the "
        "Real Donald Trump.",
        "“She signed a confidentiality agreement,” Trump told the Times.",
    )
    assert [speaker for _, speaker in found] == ["Donald Trump", "Ted Cruz", "Donald Trump"]


def test_a_first_name_before_a_double_surname_is_kept() -> None:
    found = speakers(
        "Debbie Wasserman Schultz and J. Christopher Stevens spoke in Washington.",
        "“We will hold the convention in July,” Wasserman Schultz said.",
        "“The embassy needs more guards this year,” Christopher Stevens said.",
    )
    assert [speaker for _, speaker in found] == [
        "Debbie Wasserman Schultz", "J. Christopher Stevens",
    ]


def test_a_word_glued_before_a_full_name_may_be_written_in_a_compound() -> None:
    found = speakers(
        "Donald Trump built a real-estate empire.",
        "A book told the story of the Real Donald Trump.",
        "“She signed a confidentiality agreement,” Trump told the Times.",
    )
    assert found == [("She signed a confidentiality agreement", "Donald Trump")]


def test_a_state_is_no_speaker() -> None:
    found = speakers(
        "Trump held a rally in Birmingham, Alabama, on Saturday, with Trump reportedly "
        "yelling: “Get him the hell out of here right now!”",
    )
    assert found[0][1] in {None, "Trump"}


def test_a_person_of_a_state_is_the_person() -> None:
    found = speakers(
        "Republicans were not satisfied. ''Donald Trump should retract his comments, not "
        "defend them,'' former Gov. Jeb Bush of Florida said on Twitter.",
    )
    assert found[0][1] == "Jeb Bush"


def test_a_partisan_of_a_state_is_someone_unnamed() -> None:
    found = speakers(
        "“She is too far behind,” said an Iowa Democrat, “and Iowa was not a decisive win.”",
        "“There is no data to suggest that at all,” said one unaligned Florida Republican "
        "strategist.",
    )
    assert all(speaker is None or speaker[:1].islower() for _, speaker in found), found


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('Journalist Jorge Ramos told him: “Your facts are wrong, and you know it.”',
         "Jorge Ramos"),
        ('Senators Mitch McConnell said: “It is time to quit attacking the people you beat.”',
         "Mitch McConnell"),
        ('Striker Gary Player said: “I have never seen a pitch play this fast in April.”',
         "Gary Player"),
    ],
)
def test_an_occupation_or_a_plural_role_before_a_name_is_not_part_of_it(
    paragraph: str, speaker: str
) -> None:
    article = CleanArticle(title="Debate night", paragraphs=[paragraph])
    assert [q.speaker for q in find_quotes(article)] == [speaker]


def test_he_is_the_subject_of_the_sentence_before_not_a_name_in_passing() -> None:
    found = speakers(
        "Mayor Tom Reed attacked the council at a meeting on Monday. He also criticised his "
        "rival, Joan Price, and said he would run again.",
        "\"The budget is a mess. We lost,\" he said.",
    )
    assert found[-1][1] == "Tom Reed"


def test_he_is_who_the_sentence_before_has_speaking_not_who_they_spoke_to() -> None:
    found = speakers(
        "Kremlin Spokesman Dmitry Peskov told Channel One on Thursday that talks had stalled.",
        "\"Russia will respond to every step,\" he pointed out.",
    )
    assert found[-1][1] == "Dmitry Peskov"


def test_someone_reported_since_the_last_quote_is_who_he_now_is() -> None:
    found = speakers(
        "Senator Paul Cole spoke at a rally on Friday.",
        "\"We will win,\" he said.",
        "The rally came after Governor Mark Hale declared on Thursday that the talks were "
        "\"going nowhere\".",
        "He said: \"Every time I call Paul, nothing changes.\"",
    )
    assert [speaker for _, speaker in found] == ["Paul Cole", "Mark Hale"]


def test_a_name_reported_after_another_in_its_sentence_is_not_the_new_speaker() -> None:
    found = speakers(
        "\"Funding will run out in March,\" said Rita Vance, who runs the shelter.",
        "Rita Vance at the Northern Review agreed that the council had been slow.",
        "\"It is too late for this winter,\" she said.",
    )
    assert found[-1][1] == "Rita Vance"
