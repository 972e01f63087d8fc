"""Speakers written past the first name of their sentence: "X quoted Y as saying", "Y was
quoted as saying" and the same in German and Spanish (Y speaks, not the outlet that quoted);
"Said X in a statement, “…”", whose verb comes first; and initials written together ("K.C.")."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    found = find_quotes(CleanArticle(title="A story", paragraphs=list(paragraphs)))
    return [quote.speaker for quote in found]


def test_the_person_an_outlet_quoted_speaks_and_goes_on() -> None:
    assert speakers(
        "The president of Ruritania spoke in Varna on Friday.",
        "“We will not give up the port, whatever it costs us,” Radio Ruritania quoted Karl "
        "Brandt as saying.",
        "He further said: “The talks are over for now, and the blame lies elsewhere.”",
    ) == ["Karl Brandt", "Karl Brandt"]


def test_cited_as_saying_before_the_quote_and_an_object_pronoun() -> None:
    assert speakers(
        "The Daily Courier cited Anna Kovac as saying: “The bridge will reopen next week.”",
    ) == ["Anna Kovac"]
    assert speakers(
        "Governor Lena Ortiz toured the flooded town on Monday.",
        "“Every family will get help before the winter,” the Valley Times quoted her as saying.",
    ) == ["Lena Ortiz"]


def test_the_subject_of_was_quoted_as_saying_speaks() -> None:
    assert speakers(
        "“Nobody expected the vote to be this close,” Senator Paul Greer was quoted by the "
        "Tribune as saying.",
    ) == ["Paul Greer"]


def test_quoted_as_saying_in_german_and_spanish() -> None:
    assert speakers(
        "Die Zeitung zitierte Olaf Brenner mit den Worten: „Wir geben den Hafen nicht auf.“",
    ) == ["Olaf Brenner"]
    assert speakers(
        "El diario local citó a Pedro Salgado diciendo: «No vamos a ceder en esta negociación».",
    ) == ["Pedro Salgado"]


def test_a_sentence_that_opens_with_its_reporting_verb_has_its_subject_after_it() -> None:
    assert speakers(
        "Said Acme spokesperson Kelly Moran in a statement, “We take the safety of our drivers "
        "very seriously.”",
    ) == ["Kelly Moran"]
    assert speakers(
        "The council met again on Tuesday.",
        "Added Mayor Ruth Calder: “Nobody here wants another year of delays on this road.”",
    ) == ["Ruth Calder"]


def test_initials_written_together_stay_part_of_the_name() -> None:
    assert speakers("“We have to earn back trust,” K.C. Brantley said.") == ["K.C. Brantley"]
    assert speakers(
        "“We have to earn back trust,” said J.R. Ostrom, the chief executive.",
    ) == ["J.R. Ostrom"]
    assert speakers(
        "Acme chief executive K.C. Brantley wrote to staff on Monday.",
        "“We have to earn back trust,” Brantley said.",
        "“Some of these choices will hurt,” he added.",
    ) == ["K.C. Brantley", "K.C. Brantley"]


def test_a_one_word_stage_name_the_article_always_writes_after_the_is_kept_whole() -> None:
    # "The Rockman" mid-sentence with a capital T: "The" belongs to the name.
    found = find_quotes(CleanArticle(title="Singer cancels show", paragraphs=[
        "The Rockman cancelled his show in Leeds on Sunday after losing his voice.",
        "“I am so sorry to everyone who came out tonight,” The Rockman said in a video.",
    ]))
    assert [q.speaker for q in found] == ["The Rockman"]


def test_a_company_suffix_in_an_appositive_is_not_the_speaker() -> None:
    # "…for Harbour, Inc., says": the suffix closes the firm's name, the person before it speaks.
    assert speakers(
        "Nora Quist, Senior Vice President of Sales for Harbour, Inc., says: “The new ferries "
        "will run from March. We expect the first passengers in spring.”",
        "“Our crews are ready,” said Piet Lund, chief engineer at Dockside Ltd.",
    ) == ["Nora Quist", "Piet Lund"]



def test_an_adverb_opening_a_sentence_is_no_part_of_a_name() -> None:
    # "Maybe Harbourly …" would make the firm's name look like a person's first and last
    # name, whom a "she" nearby could then be taken for.
    assert speakers(
        "Harbourly, the booking app, shows every skipper's phone number.",
        "The paper spoke to one skipper, who did not know her number was public. “I had no"
        " idea anyone could see it,” she said.",
        "Maybe Harbourly likes it that way. Perhaps Harbourly does not care.",
    ) == [None]


def test_a_name_after_an_opening_adverb_keeps_its_own_words() -> None:
    assert speakers(
        "The senator spoke in Dayton on Monday.",
        "Perhaps Walsh knows more than he says. Maybe Walsh will tell us.",
        "“We will win this seat,” Walsh said.",
    ) == ["Walsh"]


def test_words_imagined_for_the_subject_of_a_that_clause_are_not_the_believers() -> None:
    # Tom Hale believes the crowd will shout the words: they are no one's, not his.
    assert speakers(
        "Tom Hale has led the council for ten years.",
        "Hale believes that the longer the inquiry runs, the more the town will shout, “Let the"
        " council just get on with it.” The opposite is more likely.",
    ) == [None]
    # Without a "that", the sentence's subject still introduces the quote.
    assert speakers(
        "Tom Hale has led the council for ten years.",
        "Hale described the new budget in one line, “Nothing for show, everything for the"
        " roads.”",
    ) == ["Tom Hale"]


def test_a_that_clause_that_names_someone_leaves_the_quote_to_the_sentence() -> None:
    assert speakers(
        "Tom Hale was asked which town was the hardest to govern.",
        "Hale joked that Leeds was his answer, but went on to say, “Every town is hard in its"
        " own way.”",
    ) == ["Tom Hale"]


def test_a_quote_after_a_sentence_reporting_a_spokesman_is_the_spokesman_s() -> None:
    assert speakers(
        "The label denied the claims in a statement.",
        "“We never blocked her show,” the statement read.",
        "Ann Lee's spokesman told reporters that this was not the whole story. “She never"
        " signed that contract.”",
    ) == ["the statement", "Ann Lee's spokesman"]


def test_a_description_of_the_quotes_last_words_before_an_inverted_verb() -> None:
    # "“…to Pangkalan Bun,” the town with the nearest airstrip, said Soelistyo.": the phrase
    # between the quote and ", said" describes the place the quote ends on; the speaker is
    # the name after the verb, not the last noun of that phrase.
    assert speakers(
        "Rescue chief Bambang Soelistyo spoke to reporters on Wednesday.",
        "“As soon as the weather is clear, the bodies will be brought to Pangkalan Bun,” the "
        "town with the nearest airstrip to the crash site, said Soelistyo.",
    ) == ["Bambang Soelistyo"]


def test_had_this_to_say_reports_the_words_of_its_subject() -> None:
    # "X had this to say about the film: “…”": the idiom's subject speaks, and a phrase set
    # off after a body ("…Commission, the country's highest body,") describes the body, not
    # the one who speaks for it.
    assert speakers(
        "The film opened in a few hundred cinemas on Thursday.",
        "Mayor Jane Moss, who saw it on Friday, had this to say about it: “It is a fine film "
        "and the town should be proud.”",
        "Her rival Tom Lent has plenty to say too: “Nobody in the town will watch it.”",
        "On Saturday, a spokesman for the Defense Commission, the country's highest body, had "
        "this to say about the film: “It is an act of war.”",
    ) == ["Jane Moss", "Tom Lent", "a spokesman for the Defense Commission"]


def test_confirmed_reports_and_a_role_before_the_name_is_no_speaker() -> None:
    # "Police spokeswoman Kathryn Lander confirmed: “…”": she speaks, not "Police".
    assert speakers(
        "Olli Kass has been missing since May 10.",
        "Police spokeswoman Kathryn Lander confirmed: “The wife informed our investigator.”",
        "“We have checked every lead,” she confirmed.",
    ) == ["Kathryn Lander", "Kathryn Lander"]


def test_a_surname_written_without_its_umlaut_is_the_same_person() -> None:
    # "Gerhard Müller … Mueller said": English writes the umlaut out ("ü" -> "ue").
    assert speakers(
        "In April, Gerhard Müller, the prefect of the congregation, quashed that hope.",
        "“This is a decision that will be seen as an open provocation,” Mueller said.",
    ) == ["Gerhard Müller"]
