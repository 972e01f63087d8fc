"""Which quote a digest shows first: form, and what the quote adds to the title and points."""

from __future__ import annotations

from digests.analyse.quote_rank import rank_quotes
from digests.article import Quote

TITLE = "Harbour town counts the cost of the storm"
POINTS = (
    "The storm destroyed three schools and the harbour wall in Portwen on Sunday.",
    "Mayor Ana Ruiz said the town would ask the government for emergency funds.",
)


def best(quotes: list[Quote], title: str = TITLE, points: tuple[str, ...] = POINTS) -> Quote:
    return rank_quotes(quotes, title, points)[0]


def test_named_whole_sentences_first_and_document_order_kept_among_equals() -> None:
    quotes = [
        Quote("and so on", None, 0),
        Quote("We will rebuild every school that the storm destroyed.", "Jane Ruiz", 3),
        Quote("It was very long " + "and longer " * 60, "Jane Ruiz", 4),
        Quote("We will rebuild", "a spokesman", 1),
    ]
    ranked = rank_quotes(quotes, TITLE, POINTS)
    assert ranked[0] == quotes[1]
    assert ranked[-1] == quotes[0]
    assert sorted(ranked, key=quotes.index) == quotes


def test_a_quote_without_a_speaker_never_comes_first() -> None:
    # A digest shows no quote nobody said: ranked first, it would leave the story without one.
    said = Quote("we will see about the wall", "a spokesman", 2)
    for nobody in (None, ""):
        unsaid = Quote("The harbour wall will be rebuilt before the winter storms come.", nobody, 0)
        assert best([unsaid, said]) == said, nobody


def test_a_quote_a_key_point_already_gives_whole_comes_after_one_that_adds() -> None:
    points = (*POINTS, 'Ruiz said: "We will ask the government for emergency funds today."')
    repeated = Quote("We will ask the government for emergency funds today.", "Ana Ruiz", 1)
    adds = Quote("Nobody here has seen water come over the harbour wall like that.", "Ana Ruiz", 2)
    assert best([repeated, adds], points=points) == adds


def test_a_point_that_is_part_of_the_quote_does_not_hold_the_quote_back() -> None:
    # The digest shows the quote, with its speaker, instead of the point: nothing is lost.
    points = (*POINTS, "“The schools come first,” Ruiz said.")
    fuller = Quote("The schools come first. Every child will be back in a classroom by March.",
                   "Ana Ruiz", 1)
    other = Quote("Our fishermen have lost boats and nets and cannot work for weeks now.",
                  "Ana Ruiz", 2)
    assert best([fuller, other], points=points) == fuller


def test_the_speaker_the_title_names_comes_before_a_bystander() -> None:
    title = "Ruiz promises Portwen will rebuild after the storm"
    bystander = Quote("I have lived here all my life and never seen anything like this.",
                      "Tom Hale", 1)
    actor = Quote("I have lived here all my life and I promise you we will rebuild it.",
                  "Ana Ruiz", 2)
    assert best([bystander, actor], title=title) == actor


def test_a_quote_about_the_story_comes_before_an_aside() -> None:
    aside = Quote("I was on holiday in the mountains with my sister last week.", "Ana Ruiz", 1)
    about = Quote("The storm took three schools from us, and we will rebuild all of them.",
                  "Ana Ruiz", 2)
    assert best([aside, about]) == about


def test_an_answer_that_leans_on_the_question_or_the_sentence_before_comes_later() -> None:
    for leaning in (
        "Well, you know, it does not help anyone in the town to wait for the money.",
        "But the government has promised us emergency funds for the harbour wall.",
        "For example, the harbour wall needs to be rebuilt before the winter storms.",
        "That means the schools stay closed until the walls are safe again.",
        "That way the schools can open again once the walls are safe.",
        "In fact, the government has promised us emergency funds for the harbour wall.",
        "Sí, el gobierno nos ha prometido fondos para reconstruir las escuelas.",
    ):
        standing = Quote("The government has promised us emergency funds for the schools.",
                         "Ana Ruiz", 2)
        assert best([Quote(leaning, "Ana Ruiz", 1), standing]) == standing, leaning


def test_so_far_is_not_a_connective() -> None:
    so_far = Quote("So far the government has sent us emergency funds for two schools.",
                   "Ana Ruiz", 1)
    later = Quote("The government has sent us emergency funds for two of the schools.",
                  "Ana Ruiz", 2)
    assert best([so_far, later]) == so_far


def test_a_quote_that_is_only_a_question_comes_after_a_statement() -> None:
    question = Quote("Who is going to pay for the schools and the harbour wall now?", "Ana Ruiz", 1)
    statement = Quote("The government is going to pay for the schools and the harbour wall.",
                      "Ana Ruiz", 2)
    assert best([question, statement]) == statement


def test_a_question_after_a_statement_still_says_something() -> None:
    question = Quote("Who will pay for the schools and the wall, if not the government?",
                     "Ana Ruiz", 1)
    both = Quote("The storm took our schools! Who will pay for them, if not the government?",
                 "Ana Ruiz", 2)
    assert best([question, both]) == both


def test_empty_talk_comes_after_a_quote_with_content() -> None:
    empty = Quote("We will see what happens, we will see, we will see.", "Ana Ruiz", 1)
    content = Quote("Three schools are gone and the harbour wall has a hole in it.", "Ana Ruiz", 2)
    assert best([empty, content]) == content


def test_a_post_with_handles_or_links_comes_after_a_spoken_quote() -> None:
    post = Quote("Thanks to @PortwenCouncil for its work on the schools after the storm.",
                 "Ana Ruiz", 1)
    spoken = Quote("We thank the council for its work on the schools after the storm.",
                   "Ana Ruiz", 2)
    assert best([post, spoken]) == spoken
