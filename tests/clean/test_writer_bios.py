"""The writer's one-line bio, wherever the page prints it: not part of the story."""

from __future__ import annotations

from digests.clean import clean_text
from digests.clean.writer_bios import folded_writers, is_writer_bio
from tests.clean.harbour_story import BODY


def test_a_line_about_the_byline_s_writer_and_their_job_is_a_bio() -> None:
    assert is_writer_bio("Eli Brandt is a contributing writer for POLITICO Magazine.",
                         folded_writers("Eli Brandt"))
    assert is_writer_bio("Andre Whitlock is an NBA reporter for ESPN who covers the Kings.",
                         folded_writers("Ann Lee and Andre Whitlock"))
    assert is_writer_bio("Ann Lee is the paper's health reporter.", folded_writers("Ann Lee"))
    assert is_writer_bio("Ann Lee covers the Harbour Athletic for ESPN. She joined ESPN in 2019.",
                         folded_writers("Ann Lee"))
    assert is_writer_bio("Priya Raman is a senior reviewer covering wearables and smart home "
                         "gear.", folded_writers("Priya Raman"))


def test_a_line_about_someone_else_or_another_job_is_the_story() -> None:
    assert not is_writer_bio("Ann Lee is a nurse who has worked at the hospital for years.",
                             folded_writers("Ann Lee"))
    assert not is_writer_bio("Tom Reed covers the port for the Herald.", folded_writers("Ann Lee"))
    assert not is_writer_bio("Tom Reed is a reporter for the Herald who broke the story.",
                             folded_writers("Ann Lee"))


def test_the_bio_under_the_byline_is_not_a_paragraph() -> None:
    bio = "Ann Lee is a reporter for the Harbour Times who covers the port."
    text = clean_text("\n".join([
        "Harbour pier to be rebuilt after storm damage", "By Ann Lee", "March 4, 2026",
        bio, *BODY,
    ]))
    assert bio not in text.paragraphs
    assert text.paragraphs[0] == BODY[0]
