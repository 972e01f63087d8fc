"""Speaker turns: the paragraphs of an interview or transcript printed as "NAME: words".

A page that prints an interview as a transcript ("GEORGE SMITH: What was the hardest part?",
"Q: …", "A: …") gives each speaker's words without quote marks, so the sentences of a turn
look like the reporter's own. They are someone's speech all the same: a key point should not
take them as what happened, nor join them to the reporter's sentence before them. A speaker
who asks a question in any turn is the interviewer, whose turns (questions, thanks, a lead-in
to the next question) tell the reader nothing the answers do not.

A label is a speaker's only when it opens two or more of the article's paragraphs and another
speaker's label opens others: a transcript gives each of two or more speakers several turns,
while a one-off "UPDATE:" or "WASHINGTON:" is a label of the page, which key points strip
instead. And only a name looks like a speaker: written in capitals ("RUTH OKAFOR", "Q"), in
two words or more ("Ruth Okafor"), or the surname of someone the article names in full ("Lee:"
after "Dana Lee"); another word in lower case after its capital is a run-in heading
("Qualifying: …", "Verdict: …"), however often it recurs. Some transcripts set the
name on a line of its own, in capitals, above the words spoken ("LAURENCE FERRARI", then her
question): such a line labels the paragraphs after it, on the same terms.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from digests.analyse.sentence_kinds import is_question

# The speaker's name, of up to four capitalised words ("CONDOLEEZZA RICE", "Mr. Lee", "Q"),
# then a colon and the words spoken.
_SPEAKER_LABEL: Final = re.compile(r"([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}):\s+\S")
MIN_TURNS: Final = 2  # a speaker in a transcript speaks more than once
MIN_SPEAKERS: Final = 2  # and to someone else who speaks


# What a paragraph is, in a transcript.
NOT_A_TURN: Final = 0
ANSWER: Final = 1  # a turn of someone who asks nothing
INTERVIEWER: Final = 2  # a turn of someone who asks


def speaker_turns(paragraphs: list[str]) -> list[int]:
    """For each paragraph: NOT_A_TURN, ANSWER or INTERVIEWER."""
    labels = _with_name_lines([_label(paragraph) for paragraph in paragraphs], paragraphs)
    if not any(labels):
        return [NOT_A_TURN] * len(paragraphs)  # the usual article: no paragraph opens "NAME:"
    counts = Counter(label for label in labels if label)
    text = "\n".join(paragraphs)
    speakers = {
        label for label, count in counts.items()
        if count >= MIN_TURNS
        and (label.isupper() or " " in label or _surname_of_someone_named(label, text))
    }
    if len(speakers) < MIN_SPEAKERS:
        return [NOT_A_TURN] * len(paragraphs)
    asking = {
        label for label, paragraph in zip(labels, paragraphs, strict=True)
        if label in speakers and is_question(paragraph)
    }
    return [
        NOT_A_TURN if label not in speakers else INTERVIEWER if label in asking else ANSWER
        for label in labels
    ]


def _with_name_lines(labels: list[str], paragraphs: list[str]) -> list[str]:
    """``labels`` with each speaker's name that a transcript sets on a line of its own, in
    capitals ("LAURENCE FERRARI", then what she said), given to the paragraphs after it up to
    the next such line; the name's line is no turn. A name is a speaker's only when its line
    recurs (MIN_TURNS) and another speaker's does too: a heading in capitals ("ORLANDO
    MOURNS") is set once, and ends the turn before it."""
    for paragraph in paragraphs:
        if len(paragraph) <= _MAX_NAME_LINE and paragraph.isupper():
            break  # a line in capitals, short enough to be a name: read them all
    else:
        return labels  # the usual article, settled by a length test per paragraph
    lines = [paragraph.strip() if _is_name_line(paragraph) else "" for paragraph in paragraphs]
    counts = Counter(line for line in lines if line)
    speakers = {line for line, count in counts.items() if count >= MIN_TURNS}
    if len(speakers) < MIN_SPEAKERS:
        return labels  # the usual article, with no such lines or only headings
    named: list[str] = []
    speaker = ""
    for label, line in zip(labels, lines, strict=True):
        if line:
            speaker = line if line in speakers else ""
            named.append("")
        else:
            named.append(label or speaker)
    return named


def _is_name_line(paragraph: str) -> bool:
    """A speaker's name alone, in capitals, of two to four words ("AMELIE DE MONTCHALIN"), with
    no full stop after it (a heading may have one: "GOING BROKE FOR RUBIO.")."""
    if len(paragraph) > _MAX_NAME_LINE or not paragraph.isupper():
        return False
    name = paragraph.strip()
    return 1 <= name.count(" ") <= 3 and _NAME_LINE.fullmatch(name) is not None


_MAX_NAME_LINE: Final = 40
_NAME_LINE: Final = re.compile(r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)*(?<!\.)")


def _surname_of_someone_named(word: str, text: str) -> bool:
    """Is ``word`` the surname of a person the article names in full ("Lee:" after "The
    finance minister, Dana Lee, talks…")? Then it labels that person's turns, as a run-in
    heading ("Verdict:") does not."""
    return re.search(rf"\b[A-Z][\w'’-]+ {re.escape(word)}\b(?!:)", text) is not None


def _label(paragraph: str) -> str:
    # Most paragraphs have no colon near their start: settled without the pattern.
    if ":" not in paragraph[:48]:
        return ""
    match = _SPEAKER_LABEL.match(paragraph)
    return match.group(1) if match is not None else ""
