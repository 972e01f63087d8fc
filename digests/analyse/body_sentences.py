"""The first sentences of an article's body, as key points read them: where each paragraph
starts, which sentences are a speaker's turn in a transcript, and whether a sentence opens
inside a quote or a paragraph of speech printed without marks."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from digests.analyse.captions import opens_a_caption
from digests.analyse.dash_attribution import closing_clause, ends_in_russian, opens_dialogue
from digests.analyse.sentence_kinds import is_photo_credit, quote_open_after
from digests.analyse.sentences import split_sentences
from digests.analyse.transcript import INTERVIEWER, NOT_A_TURN, speaker_turns


@dataclass(slots=True)
class BodySentences:
    """The body's first sentences, and the position of each paragraph's first one."""

    texts: list[str]
    paragraph_starts: list[int]
    # Sentences of a speaker's turn in a transcript (see :mod:`transcript`), and of the
    # interviewer's turns.
    spoken: set[int] = field(default_factory=set)
    asking: set[int] = field(default_factory=set)
    _inside: dict[int, bool] = field(default_factory=dict)

    def starts_inside_quote(self, at: int) -> bool:
        """Does sentence ``at`` start inside a quote that an earlier sentence of its paragraph
        opened (someone's words, though it shows no mark)? Worked out only for the few
        sentences about to become points, from the sentences before it in its paragraph."""
        inside = self._inside.get(at)
        if inside is None:
            first = self.paragraph_starts[bisect_right(self.paragraph_starts, at) - 1]
            inside = at > first and quote_open_after(
                self.texts[at - 1], self.starts_inside_quote(at - 1)
            )
            self._inside[at] = inside
        return inside

    def above_a_credit(self, at: int) -> bool:
        """Is sentence ``at`` part of a photo's caption: does a credit ("Credit: NASA",
        "Photograph: Jo Lee/AFP", "(AP Photo/Ana Ruiz)") follow it in its paragraph, or open the
        next one; or does its paragraph open with a gallery's count or a photographer's credit
        ("3 of 12.", "Jane Cole/for The Daily Post …")? Asked only of the few sentences about
        to become points or join one."""
        paragraph = bisect_right(self.paragraph_starts, at)
        end = self.paragraph_starts[paragraph] if paragraph < len(self.paragraph_starts) \
            else len(self.texts)
        if opens_a_caption(self.texts[self.paragraph_starts[paragraph - 1]]):
            return True
        # A plain loop: most paragraphs hold a sentence or two, and a generator costs more to
        # start than the test.
        for text in self.texts[at + 1 : end + 1]:  # noqa: SIM110
            if is_photo_credit(text):
                return True
        return False

    def said_without_marks(self, at: int) -> bool:
        """Is sentence ``at`` in a paragraph of someone's words printed without quote marks:
        one that a dash clause ends ("…, — сказал Роу."), or a Spanish line of dialogue
        ("—No lo sé —dijo el ministro.")? Asked only of the few sentences about to become
        points or join one."""
        paragraph = bisect_right(self.paragraph_starts, at)
        end = self.paragraph_starts[paragraph] if paragraph < len(self.paragraph_starts) \
            else len(self.texts)
        first = self.texts[self.paragraph_starts[paragraph - 1]]
        last = self.texts[end - 1]
        return (first[:1] in ("—", "–") and opens_dialogue(first)) \
            or (ends_in_russian(last) and closing_clause(last) is not None)


def split_body(paragraphs: list[str], limit: int, language: str = "") -> BodySentences:
    """The body's first ``limit`` sentences."""
    body = BodySentences([], [])
    texts = body.texts
    for paragraph, turn in zip(paragraphs, speaker_turns(paragraphs), strict=True):
        if len(texts) >= limit:
            break
        start = len(texts)
        body.paragraph_starts.append(start)
        texts.extend(
            split_sentences(paragraph, limit=limit - len(texts), language=language)
        )
        if turn != NOT_A_TURN:
            body.spoken.update(range(start, len(texts)))
            if turn == INTERVIEWER:
                body.asking.update(range(start, len(texts)))
    return body
