"""A point cut at a word boundary does not end on a word that needs the words cut after it."""

from __future__ import annotations

from digests.analyse.trim import trim

_LONG = (
    "Engineers tested every cable and bolt of the new bridge across the river during three"
    " long weeks of trials before its opening to cars and lorries and buses in the spring."
)


def test_a_cut_point_drops_the_function_words_it_would_end_on() -> None:
    # Cut after "before its": neither word says anything without what follows.
    assert trim(_LONG, max_chars=120) == (
        "Engineers tested every cable and bolt of the new bridge across the river during three"
        " long weeks of trials…"
    )
    assert trim(_LONG, max_chars=104).endswith(" long weeks…")  # not "weeks of…"


def test_a_cut_point_that_ends_on_a_content_word_keeps_it() -> None:
    assert trim(_LONG, max_chars=96) == (
        "Engineers tested every cable and bolt of the new bridge across the river during three"
        " long weeks…"
    )


_PLANNED = (
    "The harbour authority said on Monday that the new ferry terminal on the north shore would"
    " open to passengers in the spring of next year after a long delay."
)


def test_a_cut_point_drops_an_auxiliary_it_would_end_on() -> None:
    # Cut after "would": the point ends where the terminal is, not on a verb left waiting.
    cut_after = len(_PLANNED.partition(" would")[0]) + len(" would") + 1
    assert trim(_PLANNED, max_chars=cut_after) == (
        "The harbour authority said on Monday that the new ferry terminal on the north shore…"
    )


def test_a_capitalised_auxiliary_may_be_a_name_and_stays() -> None:
    text = (
        "The committee that reviewed the contract heard evidence from the former chief executive"
        " Theresa May and from union leaders over two days of hearings in the capital."
    )
    cut_after = text.index(" May") + len(" May") + 1
    assert trim(text, max_chars=cut_after).endswith(" Theresa May…")


def test_a_capitalised_article_is_still_one() -> None:
    # A caption that runs on into the next sentence without a stop ("…in 2012 And the…").
    text = (
        "Crowds camped outside the flagship store for two nights before its opening in the city"
        " in 2012 And the queue reached the station by the morning of the second day of the sale."
    )
    cut_after = text.index(" And") + len(" And") + 1
    assert trim(text, max_chars=cut_after).endswith(" in 2012…")


def test_a_cut_point_does_not_leave_a_reporting_verb_without_its_words() -> None:
    # "…, commented: “…”" cut at its colon keeps who spoke but none of what they said.
    sentence = (
        "Senior author Dr. Silvia S. Martins, associate professor of epidemiology at Columbia"
        " University Mailman School of Public Health, commented: \"Cannabis use disorder in"
        " adolescence is associated with long-term adverse health, economic and social"
        " consequences."
    )
    assert not trim(sentence).rstrip("…").endswith("commented")
    assert "Cannabis use disorder" in trim(sentence)
