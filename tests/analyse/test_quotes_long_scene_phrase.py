"""A subject after a long phrase that sets the scene and names a body or a place ("At a hearing
of the House budget panel that oversees NASA, Rep. Ann Lee pushed …") opens its sentence: a
later "she" goes on with her, not with whoever spoke before."""

from __future__ import annotations

from digests.analyse.quotes import find_quotes
from digests.article import CleanArticle


def test_a_pronoun_after_a_subject_behind_a_long_scene_phrase() -> None:
    article = CleanArticle(title="Rocket budget questioned", paragraphs=[
        "“We will build two rockets a year from 2024,” said Joan Marr, who runs the programme.",
        "At a meeting last month of the Senate budget panel that oversees the Space Agency, "
        "Sen. Ruth Calder, the panel's senior member, pressed for more launches.",
        "“Why should we wait for companies that have not flown a single mission?” she said.",
    ])
    assert [q.speaker for q in find_quotes(article)] == ["Joan Marr", "Ruth Calder"]
