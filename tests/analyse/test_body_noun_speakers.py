"""Speakers: "the company", "the agency", "the ministry" where a body the article named speaks."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs))
    return [quote.speaker for quote in find_quotes(article)]


def test_a_noun_a_bodys_name_holds_is_the_last_body_so_named() -> None:
    assert speakers(
        "The National Environment Agency (NEA) said it was aware of the hawkers’ feedback.",
        "Stallholders say rents have doubled since 2019.",
        "“Operators are required to keep rents affordable,” the agency said.",
        "The Illinois Board of Elections ruled on Monday. “The matter is closed,” the board said.",
    ) == ["National Environment Agency", "Illinois Board of Elections"]


def test_a_noun_no_name_holds_is_the_body_that_opened_a_sentence_just_before() -> None:
    assert speakers(
        "Acme Bank said on Tuesday that its profits had fallen by a fifth.",
        "“It was a tough year for every lender,” the company said in a statement.",
    ) == ["Acme Bank"]


def test_another_name_that_opened_a_sentence_since_leaves_the_noun_as_written() -> None:
    # The Red Cross is a body whose name says nothing of one; the Storm Prediction Center,
    # named before it, is not what "the organization" means.
    assert speakers(
        "The Storm Prediction Center had placed the area under a moderate risk on Wednesday.",
        "The American Red Cross said it had opened two shelters. “People have lost everything,” "
        "the organization said.",
        "“We are reviewing the report,” the ministry said.",
    ) == ["the organization", "the ministry"]


def speakers_in(language: str, *paragraphs: str) -> list[str | None]:
    article = CleanArticle(title="A story", paragraphs=list(paragraphs), language=language)
    return [quote.speaker for quote in find_quotes(article)]


def test_german_french_and_spanish_nouns_for_a_body_are_the_body_the_article_names() -> None:
    assert speakers_in(
        "de",
        "Der Mieterverein Leipzig beobachtet diese Entwicklung mit Sorge. „Wenn nicht gebaut "
        "wird, steigen die Mieten für alle“, teilte der Verein auf Anfrage mit.",
    ) == ["Mieterverein Leipzig"]
    assert speakers_in(
        "fr",
        "La crèche est gérée par le groupe privé Petits Pas Services depuis 2019. « Nous ne "
        "pouvons pas accueillir les enfants en sécurité », a indiqué le groupe.",
        "Le ministère de l’Agriculture a confirmé trois foyers. « La situation reste maîtrisée "
        "et localisée », assure le ministère.",
        "Le parquet de Paris a ouvert une enquête. « Aucune piste n’est privilégiée à ce "
        "stade », a précisé le parquet.",
    ) == ["Petits Pas Services", "ministère de l’Agriculture", "parquet de Paris"]


def test_a_body_joined_to_the_noun_by_a_preposition_is_not_the_one_it_names() -> None:
    # The trade group for the plans is not Blue Cross Blue Shield itself.
    assert speakers(
        "Just this week, the trade group for the Blue Cross Blue Shield plans spelled out its "
        "concerns. “The current risk pool is out of balance,” the group wrote.",
    ) == ["the group"]


def test_a_body_by_its_initials_spelt_out_before_or_by_a_german_compound_s_ending() -> None:
    assert speakers_in(
        "de",
        "Die Deutsche Krankenhausgesellschaft (DKG) begrüßte die Entscheidung. „Die Kliniken "
        "brauchen jetzt Planungssicherheit“, erklärte die DKG in einer Stellungnahme.",
        "„Die Schätzung ist belastbar“, teilte die Bundesnetzagentur schriftlich mit.",
        "„Wir prüfen das“, teilte die Behörde mit.",
    ) == ["Deutsche Krankenhausgesellschaft", "Bundesnetzagentur", None]


def test_a_naming_noun_no_name_holds_is_the_body_that_just_spoke() -> None:
    assert speakers(
        "Farmers along the river have had no water since March.",
        "The U.S. Bureau of Reclamation, which operates the reservoirs, said it had released "
        "only the water the compact requires. “There simply is not more water in the system to "
        "release,” the agency said.",
    ) == ["Bureau of Reclamation"]



def test_a_body_whose_name_joins_two_parts_with_and_speaks_by_its_whole_name() -> None:
    assert speakers(
        "A spokeswoman for the British Beer and Pub Association said: “Pubs have always been "
        "about bringing people together.”",
        "“The drug is safe,” the Food and Drug Administration said in a statement.",
        "“Paid parking increases turnover,” a spokesperson for the city's Transportation and "
        "Public Works Department said.",
    ) == ["British Beer and Pub Association", "Food and Drug Administration",
          "Transportation and Public Works Department"]


def test_a_name_never_shown_to_be_a_person_that_spoke_is_the_body_the_noun_means() -> None:
    # No title, no gender, the subject of "said" right before: "the company", "the agency",
    # "the force" can mean nothing else there.
    assert speakers(
        "Northern Powergrid says about 38,000 homes are without power across the region.",
        "“Our engineers will work through the night,” the company said.",
        "NASA said in a statement that it was standing by to support the investigation.",
        "“Landing on the Moon remains extraordinarily difficult,” the agency said.",
        "A man in his 60s has died after a tree fell on his car, Northumbria police have said.",
        "Earlier, Northumbria police have said the road would stay closed. In a statement, the "
        "force said: “Sadly, the driver was pronounced dead at the scene.”",
    ) == ["Northern Powergrid", "NASA", "Northumbria police"]


def test_a_name_that_opened_a_sentence_without_speaking_is_not_the_body() -> None:
    assert speakers(
        "Carrying signs and flags, hundreds marched to the town hall on Saturday.",
        "“Power to the people!” the group said.",
    ) == ["the group"]


def test_a_name_that_its_follows_is_the_body_the_noun_means() -> None:
    # "its", never a person's word, shows the subject to be a body though no verb of saying
    # followed it; a person's name with "its" after it stays a person.
    assert speakers(
        "Halvorsen Robotics on Tuesday recalled a software update for its Tidewater cranes "
        "after two terminals reported stops.",
        "“We identified the fault within hours and no one was hurt,” the company said.",
    ) == ["Halvorsen Robotics"]
    assert speakers(
        "Mr Halvorsen on Tuesday praised the port for its quick response to the stops.",
        "“We identified the fault within hours,” the company said.",
    ) == ["the company"]


def test_a_body_named_whole_with_of_or_its_unit_s_number_is_the_speaker() -> None:
    assert speakers(
        "The Association of American Railroads said in a statement: “Our members remain "
        "committed to safe delivery.”",
        "“Motorists should avoid the area,” Caltrans District 7 said in a post on X.",
    ) == ["Association of American Railroads", "Caltrans District 7"]


def test_the_spokesperson_is_the_one_introduced_with_the_body_before_the_role() -> None:
    assert speakers(
        "A Google spokesperson said the company had reviewed the report and acted within hours. "
        "“We continuously monitor for new malware families,” the spokesperson said.",
        "An Apple spokeswoman said the company had no comment.",
        "“We do not comment on rumours,” the spokeswoman added.",
    ) == ["Google", "Apple"]


def test_a_spokesperson_introduced_since_without_a_body_is_not_the_earlier_one() -> None:
    assert speakers(
        "“We continuously monitor for new malware families,” a Google spokesperson said.",
        "A spokesperson for Mid-Coast Council said the roads would reopen. “We thank residents "
        "for their patience,” the spokesperson said.",
    ) == ["Google", "Mid-Coast Council"]


def test_a_place_or_backer_written_before_a_bodys_name_is_no_part_of_it() -> None:
    assert speakers(
        "Houston-based Selene Dynamics said on Monday that its lander had probably tipped over. "
        "“We are still gathering data,” the company said.",
    ) == ["Selene Dynamics"]


def test_an_alliance_a_college_a_group_named_whole_before_speak_by_their_noun() -> None:
    assert speakers(
        "The Sierra Wildlands Alliance said it would watch closely.",
        "“Thinning saves lives,” the alliance said. “Logging does not.”",
        "The Royal College of Midwives said staffing was a national problem.",
        "“Closing units moves the problem,” the college said.",
        "The Friends of the Harlow Creek Library said in a statement that it was disappointed.",
        "“We offered to help,” the group said.",
    ) == ["Sierra Wildlands Alliance", "Royal College of Midwives",
          "Friends of the Harlow Creek Library"]


def test_an_office_named_by_its_holder_is_named_whole() -> None:
    assert speakers(
        "Deputies arrested the rancher on Friday.",
        "“We will appeal,” the Owyhee County Sheriff’s Office said in a statement.",
    ) == ["Owyhee County Sheriff’s Office"]


def test_a_charity_named_after_a_disease_is_named_whole() -> None:
    # "Alzheimer's" owns nothing: the charity's name is whole. A country's ministry is still
    # the ministry, and a foundation of a person's stays theirs.
    quote = "said in a statement: “Anyone concerned should speak with a doctor about it.”"
    assert speakers(f"The Alzheimer's Association {quote}") == ["Alzheimer's Association"]
    assert speakers(f"The Parkinson’s Foundation {quote}") == ["Parkinson’s Foundation"]
    assert speakers(f"Russia's Foreign Ministry {quote}") == ["Foreign Ministry"]


def test_a_firm_whose_name_ends_as_a_firms_does_is_the_body_the_noun_means() -> None:
    # "Systems", "Line": no person's name ends so, whatever the verb after it.
    assert speakers(
        "Kessler Mobility Systems won the Army contract on Tuesday.",
        "“We are honored by the Army's confidence,” the Toledo-based company said.",
        "Hanseatic Container Line rerouted two ships around the Cape.",
        "“The safety of our crews remains our first priority,” the Hamburg-based line said.",
    ) == ["Kessler Mobility Systems", "Hanseatic Container Line"]


def test_trade_press_nouns_for_a_firm_are_the_firm_that_spoke() -> None:
    assert speakers(
        "Embraer confirmed the delay on Tuesday.",
        "“We regret the impact on our customers,” the airframer said.",
        "Fincantieri said it was investing in training.",
        "“We remain fully committed,” the shipbuilder said.",
    ) == ["Embraer", "Fincantieri"]


def test_a_one_word_name_an_appositive_calls_a_body_at_a_sentence_s_start() -> None:
    assert speakers(
        "Indivisible, the grassroots organization, said it would run ads against any Democrat "
        "who votes yes.",
        "“Every senator who caves on this vote is choosing to raise premiums,” the group said.",
    ) == ["Indivisible"]


def test_a_firm_s_own_word_is_not_the_noun_a_name_follows() -> None:
    # "Line" in "Nordvik Line chief executive Anders Krogh" is the firm's name, not the noun
    # "the line" that names whoever follows it.
    assert speakers(
        "Nordvik Line chief executive Anders Krogh told analysts the carrier would wait.",
        "Hanseatic Container Line said in a statement that its position was unchanged. “We are "
        "monitoring the situation,” the Hamburg-based line said.",
    ) == ["Hanseatic Container Line"]


def test_the_noun_is_the_body_that_opened_the_sentence_not_one_named_in_passing() -> None:
    assert speakers(
        "The Ministry of Education said on Friday that it had requested the funds from the"
        " Ministry of Finance.",
        "\u201cThe government values the contribution of university teachers,\u201d the ministry"
        " said.",
    ) == ["Ministry of Education"]


def test_a_bodys_name_at_a_sentence_end_loses_the_full_stop() -> None:
    assert speakers(
        "Lecturers met officials of the Ministry of Finance.",
        "\u201cThe funds will be released this month,\u201d the ministry said.",
    ) == ["Ministry of Finance"]


def test_the_company_is_the_one_body_named_after_its_kind_of_business() -> None:
    assert speakers(
        "Crypto exchange Lumora suspended withdrawals on Wednesday after a breach.",
        "\u201cAll user balances remain fully backed,\u201d the company said.",
    ) == ["Lumora"]
    assert speakers(
        "Crypto exchange Lumora sued the chipmaker Veltrix on Wednesday.",
        "\u201cWe will defend ourselves,\u201d the company said.",
    ) == ["the company"]


def test_a_body_that_took_a_stand_is_the_noun_that_speaks_next() -> None:
    assert speakers(
        "Avinor welcomed the ministry\u2019s decision on Tuesday.",
        "\u201cWe are very pleased,\u201d the airport operator said.",
    ) == ["Avinor"]


def test_a_body_that_spoke_after_an_aside_is_the_noun_that_speaks_next() -> None:
    assert speakers(
        "Cypress Pass LNG, a subsidiary of Houston-based Meridian Gulf Energy, said in a"
        " statement that the terminal was safe.",
        "\u201cWe have engaged with the community at every step,\u201d the company said.",
        "Corruption Watch, which has followed the tender since 2023, said the hearing confirmed"
        " its fears.",
        "\u201cThe families have waited since 1998,\u201d the organisation said.",
    ) == ["Cypress Pass LNG", "Corruption Watch"]


def test_the_company_is_the_body_a_spokesperson_spoke_for_just_before() -> None:
    assert speakers(
        "A spokesperson for Scribewell, whose tool is used in 3,000 schools, said the"
        " company\u2019s latest model had been tested widely.",
        "\u201cWe share the goal of fair feedback,\u201d the company said.",
    ) == ["Scribewell"]


def test_a_body_named_with_where_it_is_speaks_not_the_place() -> None:
    assert speakers(
        "The National Weather Service in Memphis said: \u201cThis is a life-threatening"
        " situation for anyone in a mobile home.\u201d",
    ) == ["National Weather Service"]
