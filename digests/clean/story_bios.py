"""A closing "X is a researcher with…" about someone the story named, not about its writer.

A page often ends with the writer's bio ("Ann Lee is a reporter at the Herald…"), which the
cleaner cuts with all that follows. A story can end the same way about one of its own people:
having named "the historian Grace Adaeze Okafor" further up, it goes on "Okafor is a lecturer
with twenty years' experience…". What tells them apart is the second reference: the story gives
the surname alone (maybe after a title) to someone whose full name a paragraph of it gave; a bio
names the writer in full, and the story above does not name its own writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

# The surname alone, maybe after a title, as the subject of "is a", "was the"…
_SURNAME_SUBJECT: Final = re.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov|Gen)\.? )?([A-Z][\w'’-]+) (?:is|was) (?:a|an|the) "
)
# A paragraph of the story, not a byline or a label: it has this many words at least.
_MIN_STORY_WORDS: Final = 12


def is_story_person_bio(text: str, above: Iterable[str]) -> bool:
    """Whether ``text`` opens on the surname of a person that one of the story's paragraphs
    ``above`` named in full (a capitalised word before the surname)."""
    subject = _SURNAME_SUBJECT.match(text)
    if subject is None:
        return False
    full_name = re.compile(rf"\b[A-Z][\w.'’-]* {re.escape(subject.group(1))}\b")
    return any(
        len(paragraph.split()) >= _MIN_STORY_WORDS and full_name.search(paragraph) is not None
        for paragraph in above
    )
