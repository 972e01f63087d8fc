"""Who said each quote: reporting clauses, pronouns, titles and organisations."""

from __future__ import annotations

import time

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, title: str = "A story") -> list[tuple[str, str | None]]:
    found = find_quotes(CleanArticle(title=title, paragraphs=list(paragraphs)))
    return [(q.text, q.speaker) for q in found]


def test_speaker_after_the_quote_in_either_order() -> None:
    assert speakers(
        "“The harvest was the worst in forty years,” farmer Jon Pike said.",
        "“Prices will rise before the winter comes,” said Rosa Vance, an economist at the bank.",
    ) == [
        ("The harvest was the worst in forty years", "Jon Pike"),
        ("Prices will rise before the winter comes", "Rosa Vance"),
    ]


def test_speaker_before_the_quote() -> None:
    assert speakers("Rosa Vance, an economist at the bank, warned: “Prices will rise soon.”") == [
        ("Prices will rise soon.", "Rosa Vance")
    ]


def test_pronoun_resolves_to_the_full_name_of_the_last_speaker() -> None:
    assert speakers(
        "Prime Minister Elena Marsh visited the flooded valley on Sunday.",
        "“We will rebuild every home,” Ms. Marsh said.",
        "“Nobody will be left behind,” she added.",
    ) == [
        ("We will rebuild every home", "Elena Marsh"),
        ("Nobody will be left behind", "Elena Marsh"),
    ]


def test_pronoun_resolves_to_the_person_mentioned_before() -> None:
    assert speakers(
        "Governor Paul Okafor toured the site on Friday.",
        "“This should never have happened here,” he said.",
    ) == [("This should never have happened here", "Paul Okafor")]


def test_surname_and_honorific_resolve_to_the_fullest_name() -> None:
    assert speakers(
        "Hillary Clinton spoke in Ohio.",
        "“We are stronger together than apart,” Clinton said.",
        "“That is the whole point of this campaign,” Mrs. Clinton told the crowd.",
    ) == [
        ("We are stronger together than apart", "Hillary Clinton"),
        ("That is the whole point of this campaign", "Hillary Clinton"),
    ]


def test_title_resolves_to_its_holder() -> None:
    assert speakers(
        "Russian President Vladimir Putin met the families on Friday.",
        "Reporters were kept outside.",
        "“We share this pain with all of you,” the president said.",
    ) == [("We share this pain with all of you", "Vladimir Putin")]


def test_title_without_a_holder_stays_as_written() -> None:
    assert speakers("“The figures are not final yet,” a spokesman for the ministry said.") == [
        ("The figures are not final yet", "a spokesman for the ministry")
    ]


def test_organisation_speaks() -> None:
    assert speakers(
        "“The operation is proceeding according to plan,” the Kremlin said in a statement.",
        "According to the Defence Ministry, “All targets were hit with precision weapons.”",
    ) == [
        ("The operation is proceeding according to plan", "Kremlin"),
        ("All targets were hit with precision weapons.", "Defence Ministry"),
    ]


def test_no_speaker_when_the_article_does_not_say() -> None:
    assert speakers(
        "The square was quiet by nightfall.",
        "A banner on the town hall read nothing at all. “Nothing lasts for ever in this town.”",
    ) == [("Nothing lasts for ever in this town.", None)]


def test_participle_clause_takes_the_subject_of_the_sentence() -> None:
    assert speakers(
        "Senator Mark Hale attacked the budget on Monday, saying, “It cuts the wrong things.”"
    ) == [("It cuts the wrong things.", "Mark Hale")]


def test_signed_quotes_in_a_list() -> None:
    assert speakers(
        "“I have never felt so ignored by a politician in my life.” ― Carla Sanchez",
    ) == [("I have never felt so ignored by a politician in my life.", "Carla Sanchez")]


def test_unbalanced_marks_do_not_crash() -> None:
    found = speakers(
        "“This quote never closes and runs to the end of the paragraph",
        "An ordinary paragraph follows.",
        "” A stray closing mark, „ a stray German opener and « a French one.",
        "\"\"\"''''``‘’‘’«»»«",
    )
    assert found[0][0] == "This quote never closes and runs to the end of the paragraph"


def test_an_unclosed_mark_does_not_swallow_a_whole_article() -> None:
    runaway = "“It begins here " + "and the words go on without a closing mark " * 100
    found = speakers(runaway, "“This one is a proper quote,” said Ann Lee.")
    assert found == [("This one is a proper quote", "Ann Lee")]


def test_hostile_input_is_fast() -> None:
    huge = ("“" + "word " * 20_000) + ("\"a\" " * 5_000) + ("‘" * 5_000) + ("« " * 5_000)
    names = " ".join(f"Name{i} Person{i} said." for i in range(5_000))
    started = time.perf_counter()
    find_quotes(CleanArticle(title="x", paragraphs=[huge, names, huge]))
    assert time.perf_counter() - started < 2.0


def test_pronoun_skips_a_person_of_the_other_gender() -> None:
    assert speakers(
        "Donald Trump attacked Hillary Clinton again on Monday.",
        "Mr. Trump spoke first and Mrs. Clinton answered him in Ohio.",
        "“We will win this state by a wide margin,” she said.",
        "“She has no chance at all in this state,” he said.",
    ) == [
        ("We will win this state by a wide margin", "Hillary Clinton"),
        ("She has no chance at all in this state", "Donald Trump"),
    ]


def test_pronoun_follows_a_new_subject_after_the_last_quote() -> None:
    assert speakers(
        "Deputy Prime Minister John Prescott said a good deal had been secured.",
        "“The sale will bring jobs to the peninsula,” he said.",
        "But Edward Leigh, chairman of the accounts committee, warned of the cost.",
        "He said: “The first attempt to sell the Dome was a complete fiasco.”",
    ) == [
        ("The sale will bring jobs to the peninsula", "John Prescott"),
        ("The first attempt to sell the Dome was a complete fiasco.", "Edward Leigh"),
    ]


def test_speaker_named_with_their_organisation() -> None:
    assert speakers(
        "Colin Asplin, Blackpool Hotel Association, said: “We tried very hard to keep them.”"
    ) == [("We tried very hard to keep them.", "Colin Asplin")]


def test_sir_goes_with_a_first_name() -> None:
    assert speakers(
        "Sir Digby Jones, the CBI director general, warned the chancellor on Monday.",
        "Sir Digby added: “I do not think he will spend it all.”",
    ) == [("I do not think he will spend it all.", "Digby Jones")]


def test_name_that_is_also_a_word_and_a_comma_led_quote() -> None:
    assert speakers(
        "The shadow minister, Theresa May, said: “These plans were announced in December.”",
        "Nicholas Negroponte, founder of the Media Lab, is building a cheap laptop.",
        "He described the device as a stripped-down laptop, “We have to get the display "
        "under twenty dollars.”",
    ) == [
        ("These plans were announced in December.", "Theresa May"),
        ("We have to get the display under twenty dollars.", "Nicholas Negroponte"),
    ]


def test_document_author_and_party_titles() -> None:
    assert speakers(
        "“The crew is safe and the station is stable,” according to a statement from NASA.",
        "“Of course I did not know anything at the time,” said former Tory MP David Ashby.",
    ) == [
        ("The crew is safe and the station is stable", "NASA"),
        ("Of course I did not know anything at the time", "David Ashby"),
    ]


def test_a_titled_name_before_the_verb_is_the_subject_not_an_appositive() -> None:
    # "Gov. John Kasich" opens with a title word, like an appositive ("the party's chairwoman"),
    # but it is the speaker; the place named before it is not.
    assert speakers(
        "On Tuesday at the fairground in Easton, Ohio, Gov. Tom Reyes said, "
        "“We are going all the way to the convention.”"
    ) == [("We are going all the way to the convention.", "Tom Reyes")]


def test_a_subordinate_clause_before_the_subject_is_skipped() -> None:
    # "When Wallace died, President Clinton released ...": the main clause holds the speaker.
    assert speakers(
        "Former governor Ann Holt ran the state for a decade.",
        "When Holt died in 1998, President Mark Dunn released the following statement: "
        "“We offer our condolences to the family.”",
    ) == [("We offer our condolences to the family.", "Mark Dunn")]


def test_an_opening_adverb_is_not_a_speaker() -> None:
    # "Back in 1999, Mr. Dunn ... telling CNBC:": "Back" opens the sentence, it is not a name.
    assert speakers(
        "Back in 1999, Mr. Mark Dunn praised his rival's skills, telling a reporter: "
        "“I wish I could be like that.”"
    ) == [("I wish I could be like that.", "Mark Dunn")]


def test_a_second_verb_joined_by_and_shares_the_sentence_subject() -> None:
    # "Lazar said he welcomed extradition to the United States and added, “…”"
    assert speakers(
        "Marcel Lazar said he welcomed extradition to the United States and added, "
        "“I will plead guilty, no problem.”"
    ) == [("I will plead guilty, no problem.", "Marcel Lazar")]


def test_a_long_title_with_of_and_an_age_before_the_name() -> None:
    assert speakers(
        "Former Secretary of State Ruth Ambler urged women to vote, saying, "
        "“There is a special place for those who help each other.”",
        "17-year-old Jared Potts echoed: “He speaks his mind, and that is what we need.”",
    ) == [
        ("There is a special place for those who help each other.", "Ruth Ambler"),
        ("He speaks his mind, and that is what we need.", "Jared Potts"),
    ]


def test_a_participle_after_an_interrupted_quote_falls_back_to_the_clause_before() -> None:
    # "Mr. Trump said of the episode, “I don't like it,” adding that “…”": "adding" has no
    # subject of its own; the clause before the quote names the speaker.
    assert speakers(
        "Asked about the fight, Mr. Mark Dunn said of the episode, “I don't like it at all,” "
        "adding, “They have anger that is unbelievable.”"
    ) == [("I don't like it at all. They have anger that is unbelievable.", "Mark Dunn")]


def test_an_adverb_between_subject_and_verb_is_not_the_subject() -> None:
    assert speakers(
        "The farm was lost in the drought.",
        "“We live in hard times,” my father often said.",
    ) == [("We live in hard times", "my father")]


def test_and_said_after_a_clause_with_its_own_object() -> None:
    assert speakers(
        "When asked whom she supported, Ms. Ann Sherry smiled and said, "
        "“I am waiting for a new candidate to get in the race.”"
    ) == [("I am waiting for a new candidate to get in the race.", "Ann Sherry")]


def test_it_after_a_quote_by_a_thing_named_with_a_common_noun() -> None:
    # "“…,” the company wrote in its statement. It added, “…”": "it" is the company.
    assert speakers(
        "“Nobody here has any relationship with the seller,” the company wrote in a statement.",
        "It added, “We want no part in the listing on our web site.”",
    ) == [
        ("Nobody here has any relationship with the seller", "the company"),
        ("We want no part in the listing on our web site.", "the company"),
    ]


def test_two_quotes_back_to_back_share_the_clause_after_the_second() -> None:
    assert speakers(
        "Richard Viguerie is upbeat about the senator's chances.",
        "“Not only can he win in November, he has the best chance of winning.” "
        "“He may be the only one who unites the party,” Viguerie notes.",
    ) == [
        ("Not only can he win in November, he has the best chance of winning.",
         "Richard Viguerie"),
        ("He may be the only one who unites the party", "Richard Viguerie"),
    ]


def test_a_quote_paragraph_followed_by_the_attributed_rest() -> None:
    assert speakers(
        "Richard Viguerie is upbeat about the senator's chances.",
        "“Not only can he win in November, he has the best chance of winning.”",
        "“He may be the only one who unites the party,” Viguerie notes.",
    ) == [
        ("Not only can he win in November, he has the best chance of winning.",
         "Richard Viguerie"),
        ("He may be the only one who unites the party", "Richard Viguerie"),
    ]


def test_words_after_a_partial_quote_then_an_inverted_said() -> None:
    assert speakers(
        "“Many would consider that an embarrassment for the governor” if she won by less "
        "than ten points, said David Walsh, an analyst at the Cook report.",
        "“We are extremely happy” about the decision, said Rose Moreau, the union's director.",
    ) == [
        ("Many would consider that an embarrassment for the governor", "David Walsh"),
        ("We are extremely happy", "Rose Moreau"),
    ]


def test_a_weekday_after_the_verb_is_not_the_speaker() -> None:
    # The subject is too far from the verb to be found; no speaker beats a day of the week.
    assert speakers(
        "An official who spoke anonymously to discuss internal strategy said Wednesday, "
        "“Certainly there are discussions between the two camps.”"
    ) == [("Certainly there are discussions between the two camps.", None)]


def test_a_name_and_its_role_before_tells_is_still_the_speaker() -> None:
    assert speakers(
        "“Yes, I support the senator,” Brent Boyle, founder of the Media Center, tells "
        "the Daily News in an interview."
    ) == [("Yes, I support the senator", "Brent Boyle")]


def test_the_month_of_a_dateline_is_not_the_speaker() -> None:
    assert speakers(
        "WASHINGTON, Dec. 8 (UPI) — In response to the plan, the candidate's closest aide "
        "rallied supporters, saying: “We have to be ready to stop him.”"
    ) == [("We have to be ready to stop him.", None)]


def test_a_period_before_a_lower_case_word_does_not_end_the_clause() -> None:
    # Initialisms and party tags ("A.F.L.-C.I.O.", "(D-N.Y.)") end in a period mid-sentence.
    assert speakers(
        "“Every election brings the same stories about defections,” Steve Rand, a former "
        "political director of the A.F.L.-C.I.O. and union organizer, wrote in an email.",
        "In a statement, Rep. Hakeem Jeffers (D-N.Y.) reacted to the news, saying: “The killer "
        "belongs in prison.”",
    ) == [
        ("Every election brings the same stories about defections", "Steve Rand"),
        ("The killer belongs in prison.", "Hakeem Jeffers"),
    ]


def test_a_participle_after_said_shares_its_subject() -> None:
    # "…, Nefzi said, adding, “…”": the speaker is who said, not who the sentence is about.
    assert speakers(
        "Omar Mateen left as soon as prayers were finished, Bilal Nefzi said, adding, "
        "“He was not very religious at all.”",
        "Ryan and Trump will meet next week, Sean Spicer told reporters, adding: “They need to "
        "sit down and have a good talk.”",
    ) == [
        ("He was not very religious at all.", "Bilal Nefzi"),
        ("They need to sit down and have a good talk.", "Sean Spicer"),
    ]


def test_any_past_tense_verb_after_a_quote_that_runs_on_is_its_reporting_verb() -> None:
    # The quote's own comma or question mark says its sentence goes on with who spoke.
    assert speakers(
        "“Your reputation is amazing,” Donald Trump assured Jones on the show.",
        "“What made him change so fundamentally?” Glenn Beck questioned.",
        "“It is about time,” exhorted the actress Jamie Lee Curtis.",
    ) == [
        ("Your reputation is amazing", "Donald Trump"),
        ("What made him change so fundamentally?", "Glenn Beck"),
        ("It is about time", "Jamie Lee Curtis"),
    ]
    # A quote that ended its sentence, and an adjective in -ed, report nothing.
    assert speakers("“Prices will fall.” Traders reacted calmly to the news.") == [
        ("Prices will fall.", None)
    ]
    assert speakers(
        "“I made climate the top priority,” the bespectacled diplomat told the paper."
    ) == [("I made climate the top priority", "the bespectacled diplomat")]


def test_a_quote_right_after_a_quoted_sentence_has_no_clause_before_it() -> None:
    # The words of the quote before are not a reporting clause ("… according to our brief.").
    assert speakers(
        "The e-mail was sent by mistake.",
        'Alastair Campbell said: "Posters done by them according to our brief." "I dreamt up '
        'flying pigs."',
    ) == [
        ("Posters done by them according to our brief.", "Alastair Campbell"),
        ("I dreamt up flying pigs.", "Alastair Campbell"),
    ]


def test_a_relative_clause_with_commas_inside_is_not_the_subject() -> None:
    assert speakers(
        "Liam Neeson backed the appeal.",
        "The actor, whose films include Schindler's List, Michael Collins and Star Wars: The "
        "Phantom Menace, said: “The Lyric is too important to fall apart.”",
        "Asked whether his work in the family business, which friends called miserable, "
        "hurt him, Mr. Neeson said: “I hope not.”",
    ) == [
        # "The actor" is the one person nearby: "The Phantom Menace", a film's name after an
        # article, is no second candidate.
        ("The Lyric is too important to fall apart.", "Liam Neeson"),
        ("I hope not.", "Liam Neeson"),
    ]


def test_a_name_that_modifies_a_common_noun_is_not_the_speaker() -> None:
    # "A Warren adviser said": the adviser speaks, not Elizabeth Warren.
    assert speakers(
        "Elizabeth Warren met Bernie Sanders on Thursday.",
        "A Warren adviser said of the senator, “She takes the threat very seriously.”",
    ) == [("She takes the threat very seriously.", "A Warren adviser")]


def test_as_someone_put_it() -> None:
    assert speakers(
        "Chris Coons said the attack changed the race.",
        "Or, as Tom Ridge, a former secretary of homeland security, put it: “The barbarians are "
        "no longer at the gate.”",
        "As Akhil Amar, author of ''America's Unwritten Constitution,'' put it, ''Senators "
        "should remember that a compromise is better.''",
    ) == [
        ("The barbarians are no longer at the gate.", "Tom Ridge"),
        ("Senators should remember that a compromise is better.", "Akhil Amar"),
    ]


def test_a_headline_in_title_case_is_not_taken_for_a_name() -> None:
    # Every word of such a headline is capitalised, so the whole headline reads as one name run;
    # only the part of it the body also writes ("Nora Vance") names anyone.
    headline = "Nora Vance Selling Family Mill Built By Her Grandfather Tom Vance"
    assert speakers(
        "Nora Vance is selling the mill her family ran for a century.",
        "“I can do what I like with my property,” she told reporters.",
        title=headline,
    ) == [("I can do what I like with my property", "Nora Vance")]
    assert speakers("“We will sell the mill,” Vance said.", title=headline) == [
        ("We will sell the mill", "Vance")
    ]
    assert speakers("“We will sell the old mill before winter,” she said on Monday.",
                    title="Nora Vance Wins Delaware") == [
        ("We will sell the old mill before winter", None)
    ]


def test_state_after_a_town_is_not_the_speaker() -> None:
    assert speakers(
        "“Every minute is like a day,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said.",
        "“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., who was polled, said.",
        "“The votes are there,” Sen. Mitch McConnell, R-Ky., said Tuesday.",
    ) == [
        ("Every minute is like a day", "Daniloff"),
        ("Both of them scare me", "Harry Bond"),
        ("The votes are there", "Mitch McConnell"),
    ]



def test_another_is_not_a_name() -> None:
    assert speakers(
        "Another commenter said, “We all know how she feels about the police.”",
    ) == [("We all know how she feels about the police.", "Another commenter")]


def test_subject_of_a_passive_verb_is_not_the_speaker() -> None:
    assert speakers(
        "Another member of the Cabinet says she was told: “Who have you been sleeping with?”",
        "The old adage, “I mean what I say and say what I mean” demeanor may have disappeared"
        " from his face when he got word today that his demands have been answered.",
    ) == [
        ("Who have you been sleeping with?", None),
        ("I mean what I say and say what I mean", None),
    ]


def test_a_convention_is_not_a_person() -> None:
    assert speakers(
        "Michelle Obama spoke at the Democratic National Convention.",
        "Her appeal was worded beautifully when she said, “Make no mistake about it, this is"
        " what we are deciding.”",
    ) == [("Make no mistake about it, this is what we are deciding.", "Michelle Obama")]


def test_source_named_after_a_dash_before_the_colon() -> None:
    assert speakers(
        "Pollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.”",
        "Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking a lot"
        " of heat from the public.”",
    ) == [
        ("Keep on contacting voters as late as possible.", "Carl Bialik"),
        ("Pollsters are taking a lot of heat from the public.", "HuffPollster"),
    ]


def test_a_role_of_a_body_before_the_name_is_not_part_of_the_name() -> None:
    assert speakers(
        "“The case is closed for good now,” said Director of Public Prosecutions Alison"
        " Saunders.",
        "“Rates will stay where they are,” Governor of the Bank of England Mark Carney said.",
        "Chancellor of the Exchequer George Osborne said: “The budget will balance by 2020.”",
        "“We will fight this ruling all the way,” said the chief executive of Apple, Tim Cook.",
    ) == [
        ("The case is closed for good now", "Alison Saunders"),
        ("Rates will stay where they are", "Mark Carney"),
        ("The budget will balance by 2020.", "George Osborne"),
        ("We will fight this ruling all the way", "Tim Cook"),
    ]


def test_the_state_a_long_role_is_of_is_not_part_of_the_name() -> None:
    # The role is too long for the role pattern ("for the District"), but a state is no one's
    # first name.
    assert speakers(
        "Acting U.S. Attorney for the District of Massachusetts Joshua Levy said the case is"
        " open. “The ring was built on secrecy,” said Levy.",
        "The U.S. Attorney for the Southern District of New York Damian Williams spoke."
        " “No one is above the law,” Williams said.",
    ) == [
        ("The ring was built on secrecy", "Joshua Levy"),
        ("No one is above the law", "Damian Williams"),
    ]


def test_the_portfolio_a_role_is_for_is_not_part_of_the_name() -> None:
    # British, Irish, Australian and Singaporean ministers hold a role "for" a portfolio; the
    # portfolio's capitalised words run into the name.
    assert speakers(
        "Minister for National Development Chee Hong Tat said the flats would be ready."
        " “We have heard the concerns of young couples,” he said.",
        "Secretary of State for Health and Social Care Wes Streeting told MPs the NHS needed"
        " reform. “The NHS is broken but not beaten,” Mr Streeting said.",
        "“We will keep building,” said Minister for Finance Lawrence Wong.",
        "“Our trade with Africa is growing,” said Secretary of State for Business and Trade"
        " Jonathan Reynolds.",
        "Minister of State for External Affairs V. Muraleedharan said: “India stands with its"
        " partners.”",
    ) == [
        ("We have heard the concerns of young couples", "Chee Hong Tat"),
        ("The NHS is broken but not beaten", "Wes Streeting"),
        ("We will keep building", "Lawrence Wong"),
        ("Our trade with Africa is growing", "Jonathan Reynolds"),
        ("India stands with its partners.", "V. Muraleedharan"),
    ]


def test_the_minister_is_who_was_named_minister_for_a_portfolio() -> None:
    # "minister" is German too: the German look-up of "die Ministerin" finds no one here.
    assert speakers(
        "Minister for Health Mark Butler announced the package in Canberra on Sunday.",
        "“This is a great day for Medicare,” the minister said.",
    ) == [("This is a great day for Medicare", "Mark Butler")]


def test_for_after_a_name_ends_the_speaker() -> None:
    assert speakers(
        "“We are hopeful,” said Secretary of State John Kerry for the first time since May.",
    ) == [("We are hopeful", "John Kerry")]


def test_a_word_listed_in_quote_marks_before_the_verb_is_no_speaker() -> None:
    # The list's commas make "Fairness und kulturelle Vielfalt" look like a part of its own,
    # opening with a name; nobody is named as saying it.
    assert speakers(
        "Die Manager haben einen Brief geschrieben.",
        "Es gehe nicht um höhere Einkünfte, sondern um „Transparenz, Fairness und kulturelle"
        " Vielfalt“, wird in der Mitteilung betont: „Der Nachwuchs hat kaum mehr eine"
        " Chance, mit Musik Geld zu verdienen.“",
        title="Musik-Stars fordern neues Modell",
    ) == [("Der Nachwuchs hat kaum mehr eine Chance, mit Musik Geld zu verdienen.", None)]


def test_a_person_of_a_body_keeps_the_name_and_not_the_body() -> None:
    assert speakers(
        "“This is an extreme revision of the rules,” said David French of the National Retail"
        " Federation.",
        "“It will not be easy for him to win,” said Representative Peter T. King of New York,"
        " who endorsed Mr. Rubio on Tuesday.",
    ) == [
        ("This is an extreme revision of the rules", "David French"),
        ("It will not be easy for him to win", "Peter T. King"),
    ]


def test_a_new_sentence_in_indirect_speech_after_a_quote_is_not_its_clause() -> None:
    # The quote goes on from the one before; the sentence after it reports other words.
    assert speakers(
        "‘Of course I knew nothing at the time,’ David Ashby said from his home.",
        "‘The man is ill and should be left alone.’ Alison Saunders said she was aware of the"
        " links.",
    ) == [
        ("Of course I knew nothing at the time", "David Ashby"),
        ("The man is ill and should be left alone.", "David Ashby"),
    ]


def test_an_occupation_between_a_modifier_and_the_name() -> None:
    assert speakers(
        "Media commentator Roy Greenslade said the case was remarkable, adding: ‘Enough is"
        " enough now.’",
    ) == [("Enough is enough now.", "Roy Greenslade")]


def test_a_new_sentence_between_two_quotes_keeps_them_apart() -> None:
    assert speakers(
        "“I asked the coach for a reason and he told me I was tired,” Hazard said. Wilmots"
        " added: “Hazard is not hurt at all, he was just tired.”",
        "“We are not giving up on this season,” Kane said. “We will fight to the very end.”",
        "“The board has my full support today,” Cruz said, adding: “I welcome the decision.”",
    ) == [
        ("I asked the coach for a reason and he told me I was tired", "Hazard"),
        ("Hazard is not hurt at all, he was just tired.", "Wilmots"),
        ("We are not giving up on this season. We will fight to the very end.", "Kane"),
        ("The board has my full support today, I welcome the decision.", "Cruz"),
    ]


def test_a_clause_that_introduces_the_next_quote_is_not_the_last_ones() -> None:
    assert speakers(
        "Hazard spoke to reporters after the game.",
        "“I asked the coach for a reason and he told me I was tired.” Wilmots added: “Hazard is"
        " not hurt at all, he was just tired.”",
    ) == [
        ("I asked the coach for a reason and he told me I was tired.", None),
        ("Hazard is not hurt at all, he was just tired.", "Wilmots"),
    ]


def test_a_subordinate_clause_after_a_quote_does_not_name_its_speaker() -> None:
    assert speakers(
        "The spot ends with footage from the debate: “That makes me very smart,” when Clinton"
        " blasted him for not paying tax.",
    ) == [("That makes me very smart", None)]


def test_a_name_in_an_opening_phrase_is_not_the_subject() -> None:
    assert speakers(
        "Writing his Christmas message in the Northern Echo, the Bishop said: “Conspiracy"
        " theories are always fun to invent and to read.”",
    ) == [("Conspiracy theories are always fun to invent and to read.", "the Bishop")]


def test_a_place_is_not_the_person_a_pronoun_stands_for() -> None:
    assert speakers(
        "“Customers are used to an always available society,” says Ms Cara Diemont.",
        "Ms Diemont says call centres improved across the board.",
        "There are no big differences between centres in Europe or North America and those"
        " elsewhere.",
        "“You can make call centres perform anywhere with good management,” she says.",
    ) == [
        ("Customers are used to an always available society", "Cara Diemont"),
        ("You can make call centres perform anywhere with good management", "Cara Diemont"),
    ]


def test_a_firm_named_with_and_before_its_person() -> None:
    assert speakers(
        "“The relaxation could really ignite interest in the industry,” added Ernst and Young's"
        " Sanjay Mehta.",
    ) == [("The relaxation could really ignite interest in the industry", "Sanjay Mehta")]


def test_an_event_is_not_the_person_a_pronoun_stands_for() -> None:
    assert speakers(
        "Kim Collins will race in Birmingham next month.",
        "Collins ran in Birmingham at the 2003 World Indoor Championships.",
        "“I'm looking forward to competing against such a strong field,” he said.",
    ) == [("I'm looking forward to competing against such a strong field", "Kim Collins")]


def test_a_role_inside_a_body_s_name_still_leaves_the_person() -> None:
    assert speakers(
        "“Sex trafficking crimes exploit the most vulnerable people,” said Cambridge Police"
        " Commissioner Christine Elow.",
        "“The veto will be overridden this week,” said Senate Majority Leader Mitch McConnell.",
        "“There is no reason why they should not share all that,” said Committee Chairman Rep."
        " Jason Chaffetz.",
    ) == [
        ("Sex trafficking crimes exploit the most vulnerable people", "Christine Elow"),
        ("The veto will be overridden this week", "Mitch McConnell"),
        ("There is no reason why they should not share all that", "Jason Chaffetz"),
    ]


def test_the_role_of_a_body_is_not_the_role_the_article_means() -> None:
    # "the president" is the president the article names, not the World Bank's.
    assert speakers(
        "President Obama met the leaders on Monday.",
        "World Bank President Jim Yong Kim welcomed the plan.",
        "“We may end up having to do it in chunks,” the president said.",
    ) == [("We may end up having to do it in chunks", "Obama")]


def test_a_first_person_quote_alone_after_a_sentence_about_someone() -> None:
    # One sentence a paragraph, as some pages set them: the quote is the named person's.
    assert speakers(
        "Maurice Greene aims to win the world title this summer.",
        "But Greene believes he lost the race and his title in the semi-finals.",
        "“In my semi-final race, I should have won but I was conserving energy.”",
    ) == [("In my semi-final race, I should have won but I was conserving energy.",
           "Maurice Greene")]


def test_no_guess_from_a_pronoun_or_for_a_quote_not_in_the_first_person() -> None:
    assert speakers(
        "George Zimmerman shot Trayvon Martin in 2012. He is now selling the gun.",
        "“It has recently been returned to me by the Department of Justice.”",
        "Anne Robinson keeps the shop on the corner.",
        "“The pistol has the case number written on it in silver marker.”",
    ) == [
        ("It has recently been returned to me by the Department of Justice.", None),
        ("The pistol has the case number written on it in silver marker.", None),
    ]


def test_an_occupation_before_a_name_is_not_part_of_it() -> None:
    assert speakers(
        "“Hillary heard the passion of the people here,” said Comedian Sarah Silverman.",
    ) == [("Hillary heard the passion of the people here", "Sarah Silverman")]


def test_a_name_inside_quote_marks_is_not_who_he_is() -> None:
    # "he" is the person who spoke last, not a term the article sets in quote marks.
    assert speakers(
        '"My father made the gift," Eric Vance wrote. According to the hospital website, '
        '"Gold Donor" was the highest level of giving.',
        '"My father paid for the whole wing," he wrote.',
    ) == [
        ("My father made the gift", "Eric Vance"),
        ("My father paid for the whole wing", "Eric Vance"),
    ]


def test_an_acronym_is_not_a_persons_surname() -> None:
    # "BRT" is written inside the longer "Gold Standard BRT": a programme, not a full name.
    assert speakers(
        "Trust director Javier Betancourt asked for full BRT service details. “We were sold on "
        "Gold Standard BRT and some of what I hear says otherwise,” he said.",
    ) == [("We were sold on Gold Standard BRT and some of what I hear says otherwise",
           "Javier Betancourt")]


def test_a_capitalised_word_that_only_opens_sentences_is_no_speaker() -> None:
    # "Hours" is capitalised only because it opens a sentence; "Hale" is a name, written as
    # the subject of "said".
    assert speakers(
        "Hours later, the senator returned the compliment, telling Reuters, “He is an amazing "
        "man and a friend.”",
        "“They took his slogan and gave it to the governor,” Hale said.",
    ) == [
        ("He is an amazing man and a friend.", None),
        ("They took his slogan and gave it to the governor", "Hale"),
    ]


def test_a_german_noun_after_its_article_is_no_speaker() -> None:
    # German capitalises nouns: "des Teilnehmerfeldes" and "der MOPO" (who was told) name
    # nobody who speaks; no speaker is better than a noun for one. After "Zur Qualität …" the
    # verb comes second and its subject follows it: the vice-president speaks.
    found = speakers(
        "Zur Qualität des Teilnehmerfeldes sagt BTV-Vizepräsident Dr. Peter Aurnhammer: „Nachdem "
        "das Turnier abgesagt werden musste, steht es jetzt wieder auf dem Kalender.“",
        "Nun hofft „Cello“, dass Trochowski es ihm nachmacht, sagte der MOPO: „Ich werde sehr "
        "stark auf ihn einreden, damit er auch wirklich bei uns bleibt!“",
    )
    assert [speaker for _, speaker in found] == ["Peter Aurnhammer", None]


def test_initials_written_together_stay_with_the_name() -> None:
    assert speakers(
        "“This is a disgusting day,” said Rep. G.K. Butterfield, head of the caucus.",
        "“Twitter has ramped up its response,” said J.M. Berger, a fellow at the university.",
    ) == [
        ("This is a disgusting day", "G.K. Butterfield"),
        ("Twitter has ramped up its response", "J.M. Berger"),
    ]


def test_a_phrase_that_sets_the_scene_is_not_the_subject() -> None:
    # "Hours later", "Eight years ago": the subject comes after the comma.
    assert speakers(
        "Donald Trump met Sheldon Adelson in Las Vegas.",
        "Hours later, Trump returned the compliment, telling Reuters, “He is an amazing man and "
        "a friend of mine.”",
        "Al Sharpton left no doubt that he would endorse.",
        "Eight years ago, he supported Barack Obama over Clinton and said, “Hillary Clinton has "
        "never done nothing for us.”",
    ) == [
        ("He is an amazing man and a friend of mine.", "Donald Trump"),
        ("Hillary Clinton has never done nothing for us.", "Al Sharpton"),
    ]


def test_a_member_of_a_band_is_named_after_it() -> None:
    assert speakers(
        "Band member Flea shared the news last week, writing “Feels great to support someone I "
        "believe in.”",
    ) == [("Feels great to support someone I believe in.", "Flea")]


def test_a_label_line_names_the_speaker_after_the_body_and_the_role() -> None:
    """A round-up prints each answer under a label: "Company Inc. CEO Name:", no verb."""
    found = speakers(
        "This is what corporate leaders said on their earnings calls this week.",
        "Advanced Micro Devices Inc. CEO Lisa Su:",
        "“Our core business is doing very well. The PC market is strong.”",
        "Spotify Technology SA CFO Paul Vogel:",
        "“In general all consumption is back above earlier levels.”",
        "Coca-Cola Co. financial chief John Murphy:",
        "“Consumers are more or less back to where they were.”",
        "Sunderland goalscorer Phil Bardsley:",
        "“Unbelievable. Midweek was a big win but to get those three points was massive.”",
        "Here is what happened next in London Bridge:",
        "“Get down, get down now, everybody get down!”",
    )
    assert [speaker for _, speaker in found] == [
        "Lisa Su", "Paul Vogel", "John Murphy", "Phil Bardsley", None
    ]


def test_a_quote_alone_after_according_to_someone_is_theirs() -> None:
    found = speakers(
        "Information Minister Mohammed Idris said the government was reforming the ministry.",
        "“The panel will do its job,” Idris said.",
        "On fuel subsidies, the minister added that the government was working on relief.",
        "According to him, the unions are aware of what the government is doing.",
        "“The shock will be there, but we will build upon it and have a sustainable economy.”",
    )
    assert found[-1] == (
        "The shock will be there, but we will build upon it and have a sustainable economy.",
        "Mohammed Idris",
    )
    found = speakers(
        "The council met on Monday to discuss the budget for next year.",
        "According to Mayor Ann Lee, the city cannot afford new buses this year.",
        "“We have to fix the roads before we buy anything new.”",
    )
    assert found[-1][1] == "Ann Lee"


def test_a_quote_alone_after_someone_named_said_goes_on_with_their_words() -> None:
    found = speakers(
        "The committee had asked for the cuts to be reversed.",
        "In the government's response, Hague said the transfer will create “a more sustainable"
        " future” for the service.",
        "“Given the pace of the spending review, it was not practical to talk to everyone.”",
        "But the way these issues get tested is through the courts, said the lawyer.",
        "“If you have no policy now, you had better start looking at having one.”",
    )
    # A description ("the lawyer") is too loose to carry over to the next paragraph.
    assert [speaker for _, speaker in found] == ["Hague", None]


def test_a_quote_that_ends_its_paragraph_goes_on_with_the_sentence_before() -> None:
    found = speakers(
        "The transit agency opened the new busway on Monday. The service runs at rush hour, "
        "transit director Alex Barrios said. “The bus rapid transit service is in the direction "
        "of rush hour traffic.”",
    )
    assert found == [(
        "The bus rapid transit service is in the direction of rush hour traffic.", "Alex Barrios"
    )]


def test_an_agency_tag_after_a_quote_still_ends_its_paragraph() -> None:
    found = speakers(
        "Information Minister Mohammed Idris said the government was reforming the ministry.",
        "According to him, the unions are aware of what the government is doing.",
        "“The shock will be there, but we will build upon it and have a sustainable economy”. "
        "(NAN)",
    )
    assert found[-1][1] == "Mohammed Idris"


def test_a_described_subject_before_a_quote_names_no_one() -> None:
    found = speakers(
        "Popular Christian and corporate speaker Lance Wallnau believes he has a word for Trump.",
        "The Christian leader further related that the next president will be the 45th. “I "
        "sensed I should look at the 45th Chapter of Isaiah.”",
    )
    assert found[-1][1] != "Popular Christian"


def test_a_second_verb_after_but_or_and_shares_the_first_ones_subject() -> None:
    found = speakers(
        "House Republican Thomas Massie used to support fellow Kentuckian Rand Paul, but now said"
        " Trump had “the opportunity and the obligation to bring us together.”",
        "“I think he can do that, but the biggest unifier we got is Hillary Clinton.”",
        "Retired Army Col. Lawrence Wilkerson met Bill Maher on Friday and later said, “It’s not"
        " just Muslims shooting people in this country.”",
    )
    assert [speaker for _, speaker in found] == ["Thomas Massie", "Lawrence Wilkerson"]


def test_an_adverb_after_and_keeps_the_first_verbs_subject() -> None:
    found = speakers(
        "Rakeyia Scott can be heard yelling to the officers that her husband was unarmed.",
        "She then urges her husband to come out of the car and repeatedly says, “Don't you do"
        " it,” until gunshots are heard.",
    )
    assert [speaker for _, speaker in found] == ["Rakeyia Scott"]


def test_an_interviewers_question_between_two_answers_keeps_the_speaker() -> None:
    found = speakers(
        "Sunderland manager Gus Poyet:",
        "“I am very proud, very tired like I played the game myself today.”",
        "Is it match number one in your career?",
        "“It has to be because of the rival, their position and the difference in the squad.”",
    )
    assert [speaker for _, speaker in found] == ["Gus Poyet", "Gus Poyet"]


def test_a_bare_participle_before_a_quote_goes_on_with_the_sentence_before() -> None:
    found = speakers(
        "Bill Maher hosted the show on Friday night.",
        "Later in the show, Maher stated of the email scandal that the report was bad. Adding, "
        "“Now, like with all Clinton scandals, what they actually do is not that bad.”",
    )
    assert found[-1][1] == "Bill Maher"


def test_a_participle_with_its_own_subject_and_here_is_name_the_speaker() -> None:
    assert speakers(
        "At a rally on Saturday, supporters pushed a protester, with Donald Trump reportedly "
        "yelling: “Get him the hell out of here!”",
    ) == [("Get him the hell out of here!", "Donald Trump")]
    assert speakers(
        "Bill Clinton laid its roots long ago.",
        "Here’s Clinton in December 1992: “Our new direction must rest on an understanding of "
        "the new economy.”",
    )[-1][1] == "Bill Clinton"


def test_a_sentence_reporting_someone_else_before_a_quote_beats_going_on() -> None:
    found = speakers(
        "“Trump has shaken up the race for good,” said Craig Robinson, editor of a local site.",
        "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are running "
        "out of time to find an alternative.”",
    )
    assert [speaker for _, speaker in found] == ["Craig Robinson", "Dianne Bystrom"]


def test_the_agent_of_was_asked_by_is_the_speaker() -> None:
    found = speakers(
        "Bernie Sanders appeared on the show on Friday.",
        "Sanders was asked by host Bill Maher, who is supporting Sanders, “Now, you famously "
        "said, in one of the debates, that you were sick of hearing about the emails.”",
    )
    assert found[-1][1] == "Bill Maher"


def test_a_role_owned_by_a_named_body_keeps_the_whole_name() -> None:
    found = speakers(
        "Moscow expects the agency to clarify its complaints, a spokeswoman said on Friday.",
        "\"We don’t divide journalists into good and bad,\" the Russian Foreign Ministry’s "
        "spokeswoman stressed.",
    )
    assert found[-1][1] == "the Russian Foreign Ministry’s spokeswoman"


def test_a_first_person_quote_alone_after_he_who_spoke_last_is_his() -> None:
    # "he" opens the paragraph before, and the last quote was his: the quote goes on with him.
    # With no one quoted nearby, "he" is still too loose a guess (see the test above).
    assert speakers(
        "“We will keep pushing on the bill,” Governor Tom Reyes said.",
        "The governor also admitted that some counties had lagged. However, he defended his "
        "decision to fund them all.",
        "“Well, they are not perfect. But we found that money and patience work together.”",
    ) == [
        ("We will keep pushing on the bill", "Tom Reyes"),
        ("Well, they are not perfect. But we found that money and patience work together.",
         "Tom Reyes"),
    ]


def test_a_new_sentence_after_a_quote_that_ends_with_a_full_stop_introduces_the_next() -> None:
    # The first quote closes its own sentence; the clause after it, with a comma, begins the
    # next sentence and introduces the second quote, by someone else.
    assert speakers(
        "The post from the Daily Ledger reads, “Town fair stopped by a loud heckler.” Ruiz "
        "shared the post, saying, “Are there any quiet hecklers left?”",
    ) == [
        ("Town fair stopped by a loud heckler.", "Daily Ledger"),
        ("Are there any quiet hecklers left?", "Ruiz"),
    ]


def test_a_quote_after_a_new_paragraph_about_someone_else_is_theirs() -> None:
    # The paragraph opens with another person, who "summed up the danger with an image": the
    # quote after that sentence is theirs, not the last speaker's going on.
    assert speakers(
        "“We sold the debt and the world bought it,” said Paul Grant, a fellow at the institute.",
        "Ruth Hale, a former budget chief, once summed up the danger with an image. “It is not "
        "the wolf at the door, but the termites in the wood.”",
    ) == [
        ("We sold the debt and the world bought it", "Paul Grant"),
        ("It is not the wolf at the door, but the termites in the wood.", "Ruth Hale"),
    ]


def test_a_war_is_not_the_person_a_pronoun_stands_for() -> None:
    # "World War II" is an event, however capitalised: "he" is the person before it.
    assert speakers(
        "The director said Sam Ortiz chose a period of unrest in Chile after World War II.",
        "“I thought it was a good way to tie his past to the story we were telling,” he said.",
    ) == [("I thought it was a good way to tie his past to the story we were telling",
           "Sam Ortiz")]


def test_speaker_with_two_affiliations_and_their_places_in_apposition() -> None:
    # "X, a role at A in City, State, and B in City, Country, said": the places and the second
    # body go on with the appositive; the speaker is the name before it.
    article = CleanArticle(title="Water found on a moon", paragraphs=[
        "Astronomers have found water vapour above the ice of a distant moon.",
        "“It is the next best thing to finding liquid water,” lead author Ana Lind, a chemist "
        "at the Hale Institute in Dayton, Ohio, and Lund University in Lund, Sweden, said in "
        "a statement.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Ana Lind"]


def test_a_calling_in_ist_or_a_birthplace_before_the_name_is_no_part_of_it() -> None:
    assert [speaker for _, speaker in speakers(
        "Scientologist John Travolta told the paper: “I have not seen the documentary.”",
        "Physicist Brian Cox said: “The universe is mostly empty.”",
        "Leslie Feist said: “I wrote it in one night.”",
        "Anna Bergquist said: “We sold out in a day.”",
        "South Korean-born Monte Haines said: “I was adopted as a baby.”",
    )] == ["John Travolta", "Brian Cox", "Leslie Feist", "Anna Bergquist", "Monte Haines"]


def test_an_occupation_before_the_name_is_no_part_of_it() -> None:
    # What a vox-pop or an analyst's quote puts before the name, capitalised to open a sentence.
    assert [speaker for _, speaker in speakers(
        "Trader Tom Reed said: “I have heard this before.”",
        "Resident Mary Cole told the paper: “It is about time.”",
        "Aviation analyst Nick Van den Brul said: “It is quite good on the revenue side.”",
    )] == ["Tom Reed", "Mary Cole", "Nick Van den Brul"]


def test_a_title_joined_by_hyphens_is_no_part_of_the_name() -> None:
    assert [speaker for _, speaker in speakers(
        "“The vote is close and we know it,” Vice-President Kamala Harris told reporters.",
        "“I am ready for the job,” said President-elect Donald Trump.",
        "“We will appeal this ruling,” Attorney-General Letitia James said.",
        "“We had a big issue,” said United Auto Workers Secretary-Treasurer Gary Casteel.",
    )] == ["Kamala Harris", "Donald Trump", "Letitia James", "Gary Casteel"]


def test_an_unnamed_role_after_the_verb_keeps_whom_it_serves() -> None:
    assert [speaker for _, speaker in speakers(
        "“We regret the delays,” said a spokesman for Deutsche Bahn.",
        "“We regret the delays,” said a spokeswoman for the Department of Health on Monday.",
        "“It is coming,” said a strategist for one of these candidates, speaking anonymously.",
        "„Wir bedauern die Verspätungen“, sagte ein Sprecher der Deutschen Bahn.",
        "„Wir bedauern die Verspätungen“, sagte Allendorf der Frankfurter Allgemeinen.",
    )] == ["Deutsche Bahn", "Department of Health",
           "a strategist for one of these candidates", "ein Sprecher der Deutschen Bahn",
           "Allendorf"]


def test_an_inverted_subject_loses_the_adjective_its_object_was_cut_from() -> None:
    assert [speaker for _, speaker in speakers(
        "“It wasn't a convincing argument,” said one Democrat familiar with the talks.",
        "“There never was a stand-down order,” said the base chief known as Bob, speaking"
        " publicly for the first time.",
    )] == ["one Democrat", "Bob"]


def test_a_subjects_stress_and_a_surnames_particle_keep_the_speaker() -> None:
    # "herself" between the subject and the verb; "dos" and "del" inside a name, as "de" is.
    assert [speaker for _, speaker in speakers(
        "Governor Jay Inslee appointed Raquel Montoya-Lewis, 51, to the court.",
        "As Montoya-Lewis herself said, “The most important thing is that I not be the last.”",
        "“Vamos a ganar la próxima vez,” afirmó José dos Santos.",
        "“We will make the film next year in Mexico,” said Guillermo del Toro.",
    )] == ["Raquel Montoya-Lewis", "José dos Santos", "Guillermo del Toro"]


def test_a_person_a_sentence_brings_in_after_is_or_was_is_whom_the_pronoun_goes_on_with() -> None:
    assert [speaker for _, speaker in speakers(
        "Declan Brennan said he had sold the land. “It was a fair price,” he said.",
        "Among the objectors is Aoife Gilligan, a councillor for the Trim area. She told a "
        "meeting of residents that the council had been “left in the dark”.",
        "“Nobody in this room is against jobs,” she said.",
        "The next speaker was Martin Okonkwo-Reyes, a shift supervisor. “I came here to complain "
        "about the property tax,” he said.",
    )] == ["Declan Brennan", "Aoife Gilligan", "Martin Okonkwo-Reyes"]
