"""Speakers in the styles of press-conference round-ups, local news and features."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, title: str = "A story") -> list[tuple[str, str | None]]:
    found = find_quotes(CleanArticle(title=title, paragraphs=list(paragraphs)))
    return [(q.text, q.speaker) for q in found]


def test_a_signature_naming_what_the_quote_is_about_is_the_first_name() -> None:
    # Team-news round-ups sign each answer "– Manager on Player": the manager speaks.
    assert speakers(
        "Rovers will check the fitness of their captain before the derby.",
        "“He felt his knee on Tuesday but he trained well today.” – Dan Hollis on Kieran Boyd",
    ) == [("He felt his knee on Tuesday but he trained well today.", "Dan Hollis")]


def test_a_councillor_abbreviated_is_a_title_not_part_of_the_name() -> None:
    # British local papers write "Cllr" and "Coun" before a councillor's name.
    assert speakers(
        "The planning committee turned down the scheme on Tuesday.",
        "Cllr Jane Pratt said of the decision: “It is a sad day for the town.”",
        "Coun Peter Hale added: “We will look at the plans again next year.”",
        "“Nobody wanted this outcome,” Cllr Pratt said.",
    ) == [
        ("It is a sad day for the town.", "Jane Pratt"),
        ("We will look at the plans again next year.", "Peter Hale"),
        ("Nobody wanted this outcome", "Jane Pratt"),
    ]


def test_the_place_after_a_role_is_not_the_speaker() -> None:
    # Indian papers write the officer's posting after the role: "X, role, Place, said".
    assert speakers(
        "Seven men were arrested after a robbery on Saturday.",
        "R Suresh Kumar, superintendent of police, Mysuru, said, “We reached the house in"
        " twelve minutes.”",
    ) == [("We reached the house in twelve minutes.", "R Suresh Kumar")]


def test_a_role_and_a_name_after_a_scene_setting_phrase_keep_the_name() -> None:
    assert speakers(
        "In a statement, the firm's finance chief, Joan Marr, said, “Sales rose again.”",
    ) == [("Sales rose again.", "Joan Marr")]


def test_an_emergency_service_role_before_a_name_is_a_title() -> None:
    # Fire and police services write the rank between the service and the name; "she" goes to
    # the officer, and "Ms Healy" to her full name.
    assert speakers(
        "The premier toured the burnt valley with Prime Minister Tom Wade on Sunday.",
        "Meanwhile, Rural Fire Service Incident Controller Kay Healy said the wind could turn.",
        "\"It will push the front north,\" she said.",
        "\"We are watching the gullies,\" Ms Healy said.",
    ) == [
        ("It will push the front north", "Kay Healy"),
        ("We are watching the gullies", "Kay Healy"),
    ]


def test_a_service_named_with_and_is_not_a_person() -> None:
    assert speakers(
        "Metro Fire and Rescue Services Station Officer Dean Pike said six crews attended.",
        "\"The roof had already gone when we arrived,\" he said.",
    ) == [("The roof had already gone when we arrived", "Dean Pike")]


def test_a_service_named_with_and_and_its_initials_is_not_a_person() -> None:
    assert speakers(
        "Coastal Fire and Emergency Services (CFES) Chief Superintendent Ian Brook said crews"
        " stayed overnight.",
        "\"The line held,\" he said.",
    ) == [("The line held", "Ian Brook")]


def test_a_name_before_a_role_word_modifies_the_role() -> None:
    # "Lodge chairman Steve Noakes": "Lodge" (short for a resort named before) says whose
    # chairman he is; the sentence is about him, and "he" is him.
    assert speakers(
        "Crews drove up to the Binna Creek Lodge resort on Tuesday.",
        "Lodge chairman Steve Noakes was on hand and said the old cabins had no chance.",
        "\"These were old and the fire was too fierce,\" he said.",
    ) == [("These were old and the fire was too fierce", "Steve Noakes")]


def test_a_show_named_after_a_person_is_not_her_fuller_name() -> None:
    # "Nights With Ada Lane" ends in her name but is a show: "Lane" is Ada Lane, not the show.
    assert speakers(
        "Back in 2017, Ada Lane told fans that she might never tour again.",
        "Since then she has played her Nights With Ada Lane residency in Las Vegas.",
        "“I will come to wherever it is you live,” Lane said on Saturday.",
    ) == [("I will come to wherever it is you live", "Ada Lane")]


def test_a_label_before_a_dash_names_the_speaker() -> None:
    # Tournament quote sheets put the speaker, a dash, then the answer.
    assert speakers(
        "Rovers won the final on Sunday.",
        "Rovers Coach Tim Boyd – “Really proud of these guys. It took a lot of grit.”",
    ) == [("Really proud of these guys. It took a lot of grit.", "Tim Boyd")]


def test_a_label_opened_by_a_participle_names_the_person_at_its_end() -> None:
    assert speakers(
        "Some post-game words from Saturday:",
        "Quoting Eastfield head coach Mick Mathers: “We hadn’t shown that set and I could tell"
        " it was bothering them.”",
        "Quoting Ann Webb after the win over Duke: “We challenged them to play the coverage.”",
    ) == [
        ("We hadn’t shown that set and I could tell it was bothering them.", "Mick Mathers"),
        ("We challenged them to play the coverage.", "Ann Webb"),
    ]


def test_a_family_word_before_a_full_name_gives_its_gender() -> None:
    # "her ex-husband Rob Marsh" is a man: "she" later is not him.
    assert speakers(
        "At Kay Pemberton’s album party on Tuesday, she gave fans some hints about her tour.",
        "She told the crowd that the shows will be “magical.”",
        "\"The tour will have magic moments,\" adding, \"I will be closer to the fans,\" a radio"
        " station reports.",
        "While she sings about her ex-husband Rob Marsh on the album, she says fans can read"
        " the songs their own way.",
        "“It’s people making assumptions,” she told a magazine.",
    )[-1] == ("It’s people making assumptions", "Kay Pemberton")


def test_a_title_after_the_reporting_clause_does_not_go_on_with_the_quote() -> None:
    # "“…,” says X, whose paper, “A Title,” is out": the title is no part of the quote.
    assert speakers(
        "“Firms need to watch their words on the call,” says Tom Ridley, whose latest paper,"
        " “Earnings Calls and Information Transfers,” is out this month.",
    ) == [("Firms need to watch their words on the call", "Tom Ridley")]


def test_a_station_or_a_market_is_a_place_not_a_person() -> None:
    # Local news names the places of an incident; "he" goes on with the officer.
    assert speakers(
        "The spokesman for the command, SP Tunde Bello, confirmed the attack on Sunday.",
        "Bello said that a report was received at the Okoko Police Station on Saturday.",
        "He said the officers tried to stop a motorcycle near the Beno Filling Station.",
        "The spokesperson said that two men resisted arrest.",
        "“The inspector was rushed to hospital, where he was confirmed dead,” he said.",
    ) == [("The inspector was rushed to hospital, where he was confirmed dead", "Tunde Bello")]


def test_paragraph_openers_flattened_into_one_paragraph_are_dropped() -> None:
    # Quotes of several paragraphs open each with a mark; run together on one line, the marks
    # that open the later paragraphs never close and are no part of the words.
    assert speakers(
        "Rovers will check the captain before the derby.",
        "“He is recovering. “We will see this afternoon how he feels. “Yesterday I spoke with"
        " him.” – Dan Hollis",
    ) == [(
        "He is recovering. We will see this afternoon how he feels. Yesterday I spoke with him.",
        "Dan Hollis",
    )]


def test_a_dutch_particle_is_part_of_the_signed_name() -> None:
    assert speakers(
        "United hope their forward will be fit.",
        "“I have good hope. He trained today.” – Erik ten Hoeve on Marcus Rashby",
    ) == [("I have good hope. He trained today.", "Erik ten Hoeve")]


def test_a_quoted_word_in_the_writers_sentence_does_not_swallow_the_next_quote() -> None:
    assert speakers(
        "It is spreading beyond the valley, \"unfortunately,\" Kate Wills, the county health"
        " director, told a radio station. \"We need everybody to get vaccinated and to take"
        " precautions.\"",
    ) == [("We need everybody to get vaccinated and to take precautions.", "Kate Wills")]


def test_a_first_name_alone_is_the_one_full_name_it_opens() -> None:
    # Film and sport pages call a star by the first name once the full one is given.
    assert speakers(
        "The film stars Tara Mehta and Rohan Deshpande in the lead roles.",
        "Rohan said, “I have not seen the other film yet.”",
    ) == [("I have not seen the other film yet.", "Rohan Deshpande")]


def test_a_first_name_two_people_share_stays_as_written() -> None:
    assert speakers(
        "The film stars Rohan Mehta and Rohan Deshpande in the lead roles.",
        "Rohan said, “I have not seen the other film yet.”",
    ) == [("I have not seen the other film yet.", "Rohan")]


def test_a_quote_that_opens_its_paragraph_with_a_stray_space_is_found() -> None:
    # Wire copy from South Asia often leaves a space after the opening mark.
    assert speakers(
        "Lead actress Sonal Mehra said that she feels lucky to be a part of the film.",
        "\" I am feeling very lucky because I got to work with a great team,\" she said.",
    ) == [("I am feeling very lucky because I got to work with a great team", "Sonal Mehra")]


def test_a_name_after_a_role_without_an_article_opens_its_sentence() -> None:
    # "Lead actress, Sonal Sinha, …": Sinha is the subject, and "she" after it is her.
    assert speakers(
        "Director Milan Rao said the film is different from its prequel.",
        "\"This is a romance with a lot of music,\" he said.",
        "Lead actress, Sonal Sinha, who wore black, said that she feels lucky.",
        "\"I am feeling very lucky to be in the film,\" she said.",
    ) == [
        ("This is a romance with a lot of music", "Milan Rao"),
        ("I am feeling very lucky to be in the film", "Sonal Sinha"),
    ]


def test_a_role_of_two_lower_case_words_before_a_name_opens_the_sentence() -> None:
    # "White House press secretary Jane Moss called…": the sentence is hers, and the "she"
    # of the next quote is her, not the man quoted before.
    assert speakers(
        "Union leader Derrick Hale said the visit would be an insult.",
        "“It is an affront to everyone who marched,” Hale said.",
        "White House press secretary Jane Moss called Hale’s stance sad during her briefing.",
        "“This should bring the country together,” she said.",
    ) == [("It is an affront to everyone who marched", "Derrick Hale"),
          ("This should bring the country together", "Jane Moss")]


def test_a_verb_and_its_object_before_a_role_do_not_make_the_role_open_the_sentence() -> None:
    # "Hale told reporters director Tom Lent…": Hale is the subject; lower-case words that
    # are no part of a role do not pass the sentence to the name after them.
    assert speakers(
        "Union leader Derrick Hale met the board on Monday.",
        "Hale told reporters director Tom Lent had left early.",
        "“We will carry on without him,” he said.",
    ) == [("We will carry on without him", "Derrick Hale")]


def test_reports_with_its_subject_after_it_names_the_writer_quoted() -> None:
    # News digests quote other papers' reporters: "“…,” reports Jane Moss." is hers, not the
    # words of whoever was quoted before.
    assert speakers(
        "“Markets can turn quickly with a change of government,” writes Karin Lund.",
        "“Acme admitted it misled clients and agreed to pay $35 million,” reports Jane Moss.",
    ) == [("Markets can turn quickly with a change of government", "Karin Lund"),
          ("Acme admitted it misled clients and agreed to pay $35 million", "Jane Moss")]


def test_a_live_blog_time_stamp_does_not_hide_the_subject_after_it() -> None:
    # Live blogs open each entry with its time: "13.08 Tony Ford, the airline chief, has
    # been speaking…" is Ford's sentence, and the "he" of the quote after it is Ford.
    assert speakers(
        "14.07 A rescue official, Tom Zain, cast doubt on the reports.",
        "“We found a body and a life jacket at different times,” he added.",
        "13.08 Tony Ford, the airline chief, has been speaking at the airport.",
        "“The weather is not looking good for the next two days,” he told reporters.",
    ) == [("We found a body and a life jacket at different times", "Tom Zain"),
          ("The weather is not looking good for the next two days", "Tony Ford")]
