"""Speakers described rather than named: the description stays as written unless the article
says who it is; a name inside it (whose friend, which club) is never the speaker."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def speakers(*paragraphs: str, title: str = "A story") -> list[str | None]:
    found = find_quotes(CleanArticle(title=title, paragraphs=list(paragraphs)))
    return [q.speaker for q in found]


def test_the_person_someone_is_a_friend_or_aide_of_is_not_the_speaker() -> None:
    assert speakers(
        "Mara Quell spoke to voters on Monday about the new bridge.",
        "An aide to Quell told reporters: “That may have been misread by everyone.”",
        "A close friend of Mara Quell said: “She is calm and will carry on as before.”",
        "A lawyer for Dan Prior said: “My client denies every part of the claim.”",
    ) == ["An aide to Quell", "A close friend of Mara Quell", "A lawyer for Dan Prior"]


def test_a_time_word_between_a_role_and_its_verb_is_no_part_of_it() -> None:
    # "The party leader yesterday said": the role, not the party's name inside it.
    assert speakers(
        "Tom Verey spoke on Monday about the vote.",
        "The Green leader yesterday said: “We are not going to lose seats this time.”",
    ) == ["The Green leader"]



def test_a_show_named_after_its_host_is_no_person_a_pronoun_stands_for() -> None:
    assert speakers(
        "Ed Barrow has denied claims of a split at the top of the party.",
        "The Jane Hollis Show asked him about the rumours on Sunday.",
        "“What happens every summer is that stories get invented,” he said.",
    ) == ["Ed Barrow"]


def test_a_description_with_a_club_in_it_is_not_whoever_opened_a_sentence_nearby() -> None:
    # "the former Lyon boss" says something the article never says of Paul Hart: the guess
    # from nearness would name the wrong man.
    assert speakers(
        "Tom Reed saw his side lose at home on Saturday.",
        "Paul Hart scored twice for the visitors before half-time.",
        "The hosts fell further behind after the break as the visitors ran riot.",
        "Asked what he told the players, the former Lyon boss said: “We cannot lose our heads"
        " now.”",
    ) == ["the former Lyon boss"]


def test_he_goes_on_from_a_role_just_quoted_not_a_name_in_passing_before_it() -> None:
    assert speakers(
        "A paper says the minister wants his rival to sack the adviser Jo Pike and the aide"
        " Sam Fry.",
        "Speaking on the radio today, the shadow minister said: “I have not asked anyone to go.”",
        "“What happens every summer is that stories get invented,” he said.",
    ) == ["the shadow minister", "the shadow minister"]


def test_a_party_and_an_abbreviated_role_after_the_is_a_role_not_a_name() -> None:
    assert speakers(
        "Tom Reed resigned on Monday after a row over expenses.",
        "“I am sad for myself and for my family,” the Green MP said.",
        "The Green MP added: “Nobody asked me to resign from the party.”",
    ) == ["the Green MP", "The Green MP"]


def test_a_label_naming_whose_statement_follows_gives_its_speaker() -> None:
    assert speakers(
        "Mayor Jane Hobbs cancelled the council meeting on Tuesday.",
        "The officers involved have been placed on leave.",
        "Statement from Mayor Hobbs:",
        "“I want to offer words that can help ease the pain people feel tonight.”",
    ) == ["Jane Hobbs"]


def test_a_role_that_opens_the_first_of_two_joined_verbs_speaks_with_the_second() -> None:
    assert speakers(
        "A recording of the minister mocking his own party leaked on Monday.",
        "Soon after, the shadow health secretary was stopped by reporters and insisted:"
        " “I was only winding up an old friend.”",
    ) == ["the shadow health secretary"]


def test_whose_letter_it_is_says_who_wrote_the_quote() -> None:
    assert speakers(
        "Two MPs, Mara Quell and Tom Reed, complained to the party on Friday.",
        "“Naming people like this amounts to bullying,” Ms Quell's letter says.",
    ) == ["Mara Quell"]



def test_the_one_spoken_to_named_with_who_they_are_to_the_speaker_is_not_she() -> None:
    assert "Dana Holt" not in speakers(
        "Why the album is late",
        "The singer explained to her old film costar Dana Holt that she now balances fashion"
        " and music.",
        "She added, “It makes no sense to rush it, but I want it out.”",
        title="Mira Lenz's next album: what we know",
    )


def test_the_director_is_the_one_person_the_title_names_when_no_one_else_is_in_view() -> None:
    assert speakers(
        "Joan Marr returned to the festival on Friday with her first film in a decade.",
        "The premiere drew a long queue, and the screening sold out within minutes.",
        "Critics were kind, and the cast stayed on stage for questions afterwards.",
        "“I wanted it to feel like a letter to my younger self,” the director said.",
        title="Joan Marr says her new film is a letter to herself",
    ) == ["Joan Marr"]


def test_the_judge_is_never_the_person_the_title_names() -> None:
    assert speakers(
        "Tom Hale, 45, denied taking money from the charity he ran for ten years.",
        "The jury took two days to reach its verdict on Friday afternoon.",
        "“You abused the trust of everyone who worked with you,” the judge said.",
        title="Tom Hale tells court he is innocent",
    ) == ["the judge"]


def test_a_pronoun_after_an_opening_phrase_without_a_comma_is_the_subject() -> None:
    assert speakers(
        "Tom Reed dismissed the leaked remarks about his party leader as banter.",
        "In a later interview with the host Jo Pike he backtracked and said “We are going to"
        " win this election”.",
    ) == ["Tom Reed"]


def test_a_long_body_name_inside_a_spokespersons_description_is_kept_whole() -> None:
    # The words of the department's name do not count towards how far back the phrase reaches.
    assert speakers(
        "“We are monitoring the river closely,” a Department of Health and Social Care "
        "spokesperson said.",
        "“The rules have not changed,” a Home Office spokeswoman said.",
    ) == ["Department of Health and Social Care", "Home Office"]


def test_someone_described_without_a_name_is_that_description_or_their_body() -> None:
    assert speakers(
        "A spokesperson for Mid-Coast Council said: “Residents should stay away from the water.”",
        "The council has spent $2m on repairs since the last flood, records show.",
        "“The road will reopen on Friday,” the spokesperson added.",
        "“This was a difficult decision,” a Home Office spokeswoman said. “We will review it,” "
        "the spokeswoman said.",
        "“Nobody told us,” the minister said.",
    ) == ["Mid-Coast Council", "Mid-Coast Council", "Home Office", "Home Office",
          "the minister"]


def test_an_age_goes_to_the_one_person_given_it_and_else_to_the_paragraphs_subject() -> None:
    assert speakers(
        "Goalkeeper Ann-Katrin Berger, 34, saved two penalties on Sunday as Germany beat Spain.",
        "Defender Sjoeke Nüsken scored the opening goal after ten minutes. Nüsken celebrated "
        "with the fans.",
        "“I just tried to stay calm,” the 34-year-old said.",
        "Coach Christian Wück praised the team. “We never gave up,” the 52-year-old said.",
    ) == ["Ann-Katrin Berger", "Christian Wück"]


def test_a_german_age_goes_to_the_one_person_given_it() -> None:
    assert speakers(
        "Torhüterin Ann-Katrin Berger (34) hielt am Sonntag zwei Elfmeter.",
        "Sjoeke Nüsken erzielte das erste Tor nach zehn Minuten. Nüsken jubelte mit den Fans.",
        "„Ich habe einfach versucht, ruhig zu bleiben“, sagte die 34-Jährige.",
        title="Torhüterin rettet das Team",
    ) == ["Ann-Katrin Berger"]


def test_a_nationality_is_an_epithet_for_the_person_nearby_not_a_name() -> None:
    assert speakers(
        "Tomas Lindqvist said he would raise the sending-off with the league. “I don’t want to "
        "talk too much about the referee,” said the Swede. “My players are hurting.”",
        "Striker Bruno Silva scored twice. “It was a great night,” the Brazilian said.",
    ) == ["Tomas Lindqvist", "Bruno Silva"]
