"""Direct quotes: which quoted spans are quotes, and their text and position."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle, Quote

DATA = Path(__file__).parent / "data"


def article(*paragraphs: str, title: str = "A story", standfirst: list[str] | None = None
            ) -> CleanArticle:
    return CleanArticle(title=title, standfirst=standfirst or [], paragraphs=list(paragraphs))


def texts(found: list[Quote]) -> list[str]:
    return [q.text for q in found]


def test_seed_has_exactly_its_four_quotes_all_by_putin() -> None:
    seed = json.loads((DATA / "bol-putin-mothers.json").read_text(encoding="utf-8"))
    found = find_quotes(CleanArticle(title=seed["title"], byline=seed["byline"],
                                     standfirst=seed["standfirst"], paragraphs=seed["paragraphs"]))
    assert [(q.text, q.speaker) for q in found] == [
        (q["text"], q["speaker"]) for q in seed["quotes"]
    ]
    for not_quote in seed["not_quotes"]:
        assert all(not_quote not in q.text for q in found), not_quote


def test_positions_count_standfirst_first() -> None:
    found = find_quotes(article(
        "The minister spoke on Monday.",
        "“We will open the border crossing next week,” the minister said.",
        standfirst=["Talks resume.", "Border to reopen."],
    ))
    assert [q.position for q in found] == [3]


def test_words_quoted_again_are_one_quote_where_first_quoted() -> None:
    found = find_quotes(article(
        "The firm's order books are full.",
        "“We have a huge backlog of orders,” chief executive Robert Machtlinger said.",
        "Sales rose by a third.",
        "Asked about next year, he repeated: “We have a huge backlog of orders.”",
        standfirst=["The firm expects to grow: “We have a huge backlog of orders.”"],
    ))
    # The standfirst's copy comes first and names nobody; the body's says who spoke.
    assert [(q.text, q.speaker, q.position) for q in found] == [
        ("We have a huge backlog of orders.", "Robert Machtlinger", 0)
    ]


def test_a_repeat_that_names_the_speaker_names_the_first_quote() -> None:
    found = find_quotes(article(
        "Orders keep pouring in, and the mood in the company is good: “We have a huge backlog"
        " of orders.”",
        "Sales rose by a third in the year to March.",
        "“We have a huge backlog of orders,” chief executive Robert Machtlinger said on Monday.",
    ))
    assert [(q.text, q.speaker, q.position) for q in found] == [
        ("We have a huge backlog of orders.", "Robert Machtlinger", 0)
    ]


def test_interrupted_quote_is_one_quote_with_its_speaker() -> None:
    found = find_quotes(article(
        "“The bridge will be finished by spring,” Mayor Ana Lopez said on Tuesday, “and the "
        "road behind it a year later.”"
    ))
    assert len(found) == 1
    assert found[0].text.startswith("The bridge will be finished by spring")
    assert found[0].text.endswith("and the road behind it a year later.")
    assert found[0].speaker == "Ana Lopez"


@pytest.mark.parametrize("tail", ["It hasn't.", "Everybody will.", "Blacklisted?", "Never!"])
def test_a_short_sentence_after_the_clause_ends_the_quote(tail: str) -> None:
    found = find_quotes(article(
        f"“I would restore that money if the state sent it back,” Janet Kwiatkowski said. "
        f"“{tail}”"
    ))
    assert [(q.text, q.speaker) for q in found] == [
        (f"I would restore that money if the state sent it back. {tail}", "Janet Kwiatkowski")
    ]


@pytest.mark.parametrize("after", [
    "Donald Trump said on “Meet the Press.”",  # a show's name, the writer's stop inside
    "Osuna added that members are “Latino.”",  # a word quoted in the writer's sentence
])
def test_a_short_quoted_title_or_word_after_a_clause_is_no_part(after: str) -> None:
    found = find_quotes(article(f"“She lies like crazy about everything,” {after}"))
    assert [q.text for q in found] == ["She lies like crazy about everything"]


def test_two_quotes_by_two_speakers_stay_apart() -> None:
    found = find_quotes(article(
        "“We did everything we could,” said Tom Reed. “Nobody told us about the flood,” said "
        "Mary Stone."
    ))
    assert [(q.text, q.speaker) for q in found] == [
        ("We did everything we could", "Tom Reed"),
        ("Nobody told us about the flood", "Mary Stone"),
    ]


def test_quote_over_several_paragraphs_is_one_quote() -> None:
    found = find_quotes(article(
        "Judge Helen Marsh read her ruling aloud:",
        "“The company knew the dam was failing and said nothing to the town.",
        "“It put its quarterly results ahead of the lives of the people downstream.",
        "“That is why I am ordering the maximum fine the law allows.”",
        "The company said it would appeal.",
    ))
    assert len(found) == 1
    assert found[0].text.startswith("The company knew the dam")
    assert "quarterly results" in found[0].text
    assert found[0].text.endswith("the maximum fine the law allows.")
    assert found[0].position == 1
    assert found[0].speaker == "Helen Marsh"


def test_every_quote_mark_style() -> None:
    found = find_quotes(article(
        "“Curly double quotes are the most common style,” said Ann Lee.",
        "\"Straight double quotes come from plain text,\" said Ann Lee.",
        "‘Single quotes are the British habit for this,’ said Ann Lee.",
        "„Die Lage ist ernst, aber nicht hoffnungslos“, sagte Olaf Berg.",
        "« Nous ne céderons pas sur les retraites », a déclaré Marie Dubois.",
        "«Мы не отступим от своих планов», заявил Иван Петров.",
        "»Wir schaffen das schon irgendwie«, sagte Olaf Berg.",
        "''The archive doubles its apostrophes like this,'' said Ann Lee.",
    ))
    assert {q.speaker for q in found} == {"Ann Lee", "Olaf Berg", "Marie Dubois", "Иван Петров"}
    assert texts(found) == [
        "Curly double quotes are the most common style",
        "Straight double quotes come from plain text",
        "Single quotes are the British habit for this",
        "Die Lage ist ernst, aber nicht hoffnungslos",
        "Nous ne céderons pas sur les retraites",
        "Мы не отступим от своих планов",
        "Wir schaffen das schon irgendwie",
        "The archive doubles its apostrophes like this",
    ]


def test_apostrophes_do_not_close_single_quotes() -> None:
    found = find_quotes(article("‘We don’t know where they’ve gone,’ the officer said."))
    assert texts(found) == ["We don’t know where they’ve gone"]


def test_scare_quotes_single_words_and_short_phrases_are_not_quotes() -> None:
    found = find_quotes(article(
        "Critics called the plan a “disaster” and the minister a “liar”.",
        "The so-called “peace dividend” never arrived.",
    ))
    assert found == []


def test_titles_of_works_and_headlines_are_not_quotes() -> None:
    found = find_quotes(article(
        "She starred in “The Long Road Home From Nowhere” and later in “Seven Days In May”.",
        "The newspaper ran the story under the headline “Mayor Quits Over Budget Row”.",
        "He sang “Born In The U.S.A.” to the crowd.",
    ))
    assert found == []


def test_partial_quotes_inside_indirect_speech_are_not_quotes() -> None:
    found = find_quotes(article(
        "The senator said the plan was “a disaster for working families in this state.”",
        "She said that “nobody in this building believes the numbers any more.”",
        "He called the deal “the worst agreement ever signed by anyone”.",
        "Officials described the talks as “frank and at times very difficult”.",
    ))
    assert found == []


def test_a_lower_case_fragment_after_a_that_clause_and_a_comma_is_indirect() -> None:
    # "X says that critics who …, “don't know what…” He adds:": the quote finishes the "that"
    # clause; the reporting clause after it opens the next quote, not this one.
    found = find_quotes(article(
        "The critic Dan Ames says that people who call the film a silly bromance, “don't know "
        "what the hell they're talking about.” He adds:",
        "“It is the most punk thing you can do to a dictator.”",
    ))
    assert [q.text for q in found] == ["It is the most punk thing you can do to a dictator."]


def test_a_quote_after_its_reporting_verb_is_whole() -> None:
    found = find_quotes(article(
        "Asked about the strike, the union leader Sam Ortiz said: “We are not going back "
        "until the pay offer improves.”",
        "Later he told reporters “the offer is an insult to every nurse in this hospital.”",
    ))
    assert texts(found) == ["We are not going back until the pay offer improves."]


def test_a_fragment_does_not_swallow_the_whole_quote_after_it() -> None:
    found = find_quotes(article(
        "She called the ruling “a disgrace,” she said. “We will fight this in every court in "
        "the land.”"
    ))
    assert texts(found) == ["We will fight this in every court in the land."]


def test_lower_case_and_bracketed_starts() -> None:
    found = find_quotes(article(
        "As for the budget, “cutting the deficit will take years of hard choices,” said Ann Lee.",
        "According to Ann Lee, “[I]f the budget office was wrong, nobody told the minister.”",
    ))
    assert texts(found) == [
        "cutting the deficit will take years of hard choices",
        "[I]f the budget office was wrong, nobody told the minister.",
    ]


def test_a_quote_broken_by_a_reporting_clause_reads_as_written() -> None:
    article = CleanArticle(title="t", paragraphs=[
        "“We tried every door in town,” said Ana Ruiz, the coach. “Nobody would lend us a hall.”",
        "“The season is saved,” she said, “and I think the players know who to thank.”",
        "“It was close,” she added, “I nearly gave up in March.”",
        "“We have no interest in day traders,” Musk said. “I couldn’t care less.”",
    ])
    texts = [q.text for q in find_quotes(article)]
    assert texts == [
        "We tried every door in town. Nobody would lend us a hall.",
        "The season is saved, and I think the players know who to thank.",
        "It was close, I nearly gave up in March.",
        # The clause between ends its sentence: what follows starts a new one, even with "I".
        "We have no interest in day traders. I couldn’t care less.",
    ]


def test_a_comma_between_a_subject_and_its_verb_leaves_a_broken_quote() -> None:
    found = find_quotes(article(
        "“That,” Mayor Ellen Park said, “is a remarkable turn for a town this size.”",
        "“The problem, frankly,” she said, “is that nobody asked the riders.”",
        "“If we fail,” she added, “will anyone care about the next plan we bring?”",
        "“Well,” she said, “is it a plan or is it a hope, in the end?”",
    ))
    assert texts(found) == [
        "That is a remarkable turn for a town this size.",
        # The comma closes an aside, a fronted clause or a word said alone: the sentence keeps it.
        "The problem, frankly, is that nobody asked the riders.",
        "If we fail, will anyone care about the next plan we bring?",
        "Well, is it a plan or is it a hope, in the end?",
    ]


def test_a_title_followed_by_its_author_is_not_a_quote() -> None:
    found = find_quotes(article(
        "NOW OPEN—“Pop-up art show strives to confront South Bronx gentrification,” by "
        "DNAinfo's Eddie Small: “Curators of a pop-up art show are determined to avoid the "
        "accusations of insensitivity.”",
        "According to “The Trumps: Three Generations That Built an Empire,” by Gwenda Blair, "
        "he told his roommate.",
        "“We will win this race,” by all accounts, was the mood.",
    ))
    assert texts(found) == [
        "Curators of a pop-up art show are determined to avoid the accusations of "
        "insensitivity.",
        "We will win this race",
    ]


def test_indirect_speech_after_the_clause_does_not_continue_the_quote() -> None:
    found = find_quotes(article(
        "“It doesn't make me nervous at all,” the senator said, adding that his rivals "
        "“have been after me for years.”"
    ))
    assert texts(found) == ["It doesn't make me nervous at all"]
    assert found[0].speaker == "the senator"


def test_a_short_title_keeps_no_quote_for_the_full_stop_inside_its_marks() -> None:
    """American style puts the writer's full stop inside the closing mark after a title."""
    found = find_quotes(article(
        "Zach Carter is a co-host of the HuffPost Politics podcast “So, That Happened.”",
        "Supporters wore hats that read “Make America Great Again.”",
        "“We will not settle for less than a full recount,” the campaign said.",
    ))
    assert texts(found) == ["We will not settle for less than a full recount"]


def test_as_someone_reported_names_the_source_of_a_quote_in_lower_case() -> None:
    found = find_quotes(article(
        "As Politico reported, “… if the Republican primary were held on this evening, Trump "
        "would win, and handily.”",
    ))
    assert len(found) == 1 and found[0].speaker == "Politico"


def test_a_curly_pair_inside_a_straight_quote_is_a_quote_within_it() -> None:
    found = find_quotes(article(
        "Former state senator Kelli Ward called for the attorney general's impeachment.",
        "Dr. Ward stated:",
        "\"The Department of Justice isn’t about “Equal Justice Under Law” anymore. It’s about "
        "an extreme vision of transforming our nation.",
        "\"The latest example of this overreach is the lawsuit against North Carolina.\"",
    ))
    assert len(found) == 1
    assert "Equal Justice Under Law anymore" in found[0].text.replace("“", "").replace("”", "")
    assert found[0].speaker == "Kelli Ward"


def test_words_a_look_seems_to_say_are_not_a_quote() -> None:
    # A look or a gesture "as if to say" something is the writer's reading of a face, not
    # words anyone spoke.
    assert texts(find_quotes(article(
        "The coach shrugged at the bench, as if to say “What more could we have done?” before "
        "he walked off.",
        "Her smile seemed to say “I told you this would happen.”",
        "“We did what we could,” the coach said later.",
    ))) == ["We did what we could"]


def test_a_lower_case_clause_that_goes_on_with_the_writers_sentence_is_no_quote() -> None:
    # The quoted words open with "so" or "because": they finish the writer's own sentence, a
    # fragment of indirect speech even with a reporting clause after them.
    assert texts(find_quotes(article(
        "The utility switched to vented covers, “so the gas cannot build up,” Ms. Hale said.",
        "Repairs are slow, “because the pipes are all tangled together,” said Tom Reyes.",
        "As for the budget, “cutting the deficit will take years of hard choices,” said Ann Lee.",
        "“It is hard,” she said, “because every line of it has a friend.”",
    ))) == ["cutting the deficit will take years of hard choices",
            "It is hard, because every line of it has a friend."]


def test_a_second_part_opening_with_brackets_starts_a_new_sentence() -> None:
    # The editor's brackets before the capital do not hide that a new sentence begins.
    assert texts(find_quotes(article(
        "“I was tired that night,” said Ann Lee. “[It was] a long day for all of us.”",
    ))) == ["I was tired that night. [It was] a long day for all of us."]
