"""The comma-separated parts of the words before a reporting verb, and which of them is no subject.

"Ana Lind, 42, a chemist at the Hale Institute in Dayton, Ohio, said": the subject is one of the
parts; the others are an age, an appositive, a state, a place of posting, a body's name written
as a list, or a phrase that sets the scene ("In London", "Speaking to the BBC").
:func:`reporting.subject_before_verb` walks them.
"""

from __future__ import annotations

import re
from typing import Final

from digests.analyse.inverted_subjects import ENGLISH_NOT_SUBJECTS
from digests.analyse.names import is_org, name_runs
from digests.analyse.noun_phrases import (
    is_listed_body_name,
    is_name_item,
    name_at_end,
    starts_appositive,
)

# Words that open a phrase setting the scene before the subject ("In London, …", "Last week, …");
# not "as", after which the subject comes ("as Tom Ridge, …, put it"), nor "that"/"this".
_SCENE_OPENERS: Final = ENGLISH_NOT_SUBJECTS - {"as", "that", "this"}

# A US state written after a town or as a party tag ("Allentown, Pa.,", "McConnell, R-Ky.,"):
# a part of the place or the affiliation before it, never a subject of its own.
_STATE_TAG: Final = re.compile(
    r"(?:[RDI]-)?(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|"
    r"Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Vt|Va|Wash|"
    r"W\.Va|Wis|Wyo|D\.C)\.?"
)
_STATE_TAG_CHARS: Final = len("R-Calif.")  # the longest: longer parts skip the pattern
# A company's legal suffix set off by a comma ("Sales for Harbour, Inc., says"): the end of the
# firm's name before it, never a subject of its own.
_COMPANY_SUFFIX: Final = re.compile(
    r"(?:Inc|Ltd|LLC|L\.L\.C|LLP|Corp|Co|plc|PLC|GmbH|AG|SA|S\.A|NV|N\.V|BV|AB|ASA|Pty)\.?"
)
_SEGMENT_BREAK: Final = re.compile(r"[,—–;]|\s-\s")


# Words in quote marks within a clause, a list of them perhaps: "… um „Transparenz, Fairness
# und kulturelle Vielfalt“, wird in der Mitteilung betont": their commas part no subjects.
_QUOTED_WORDS: Final = re.compile(r"„[^„“”]*[“”]|“[^“”]*”|«[^«»]*»|\"[^\"]*\"")
_QUOTE_MARKS: Final = frozenset("„“«\"")


def comma_parts(text: str) -> list[str]:
    """Comma-separated parts, without bare numbers such as ages ("Sarandon, 69, told"), states
    ("of Raleigh, N.C., said") or a company's suffix ("for Harbour, Inc., said"). Words in
    quote marks stay within one part: what they list is said, nobody who says it."""
    if not _QUOTE_MARKS.isdisjoint(text):
        text = _QUOTED_WORDS.sub(_without_breaks, text)
    parts = (s.strip() for s in _SEGMENT_BREAK.split(text))
    return [s for s in parts if s and not s.isdigit()
            and (len(s) > _STATE_TAG_CHARS
                 or not (_STATE_TAG.fullmatch(s) or _COMPANY_SUFFIX.fullmatch(s)))]


def _without_breaks(quoted: re.Match[str]) -> str:
    return _SEGMENT_BREAK.sub(" ", quoted.group(0))


def without_trailing_places(segments: list[str]) -> list[str]:
    """"Ana Lind, a chemist at the Hale Institute in Dayton, Ohio, and Lund University in
    Lund, Sweden, said": after an appositive, the states and countries of its places and a
    second body joined with "and" go on with it; they are not the subject."""
    end = len(segments)
    while end >= 3 and (_is_place_part(segments[end - 2], segments[end - 1])
                        or _is_joined_body(segments[end - 1])):
        end -= 1
    if end == len(segments) or not any(
        s.startswith(("a ", "an ", "the ")) and starts_appositive(s) for s in segments[1:end]
    ):
        return segments
    return segments[: end]


# A segment that ends with a town: "at the Hale Institute in Dayton".
_IN_A_TOWN: Final = re.compile(r"\bin [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?$")


def _is_place_part(before: str, segment: str) -> bool:
    """A state or country alone after a town's comma ("in Dayton, Ohio", "in Washington,
    D.C."): one capitalised word that is the whole segment, after "in" and a town."""
    stripped = segment.strip(" .")
    if not stripped[:1].isupper() or " " in stripped:
        return False  # "Ohio", not "Mr. Trump" after "at an event in Las Vegas"
    if " in " not in before or _IN_A_TOWN.search(before) is None:
        return False
    runs = name_runs(segment)
    return len(runs) == 1 and runs[0].start == 0 and runs[0].end >= len(stripped)


def _is_joined_body(segment: str) -> bool:
    """"and Lund University in Lund": a second body the appositive names."""
    return segment.startswith("and ") and " in " in segment \
        and is_affiliation(segment[4:].split(" in ")[0])


def is_posting(parts: list[str]) -> bool:
    """"R Suresh Kumar, superintendent of police, Mysuru, said": a name, its role in lower case,
    then the place the role is in, a short capitalised run alone. The place is not the speaker.
    (Without a name first, "In a statement, the firm's chief, Joan Marr, said", the last part
    is the name the role stands for.)"""
    name, role, place = parts
    if not role[:1].islower() or not starts_appositive(role) or is_adverbial(name) \
            or not name_at_end(name) or place.count(" ") > 2:
        return False
    runs = name_runs(place)
    return len(runs) == 1 and runs[0].start == 0 and runs[0].end == len(place)


# How the last item of a list opens ("A, B, and C", "A, B & C").
LIST_ENDS: Final = ("and ", "& ")
# at most four words: "Space", "and Security", "Health and Human Services"
_LIST_ITEM_SPACES: Final = 4


def without_body_list(segments: list[str]) -> list[str]:
    """``segments`` without the items of a body's name that a role in lower case ends with:
    "Ana Ruiz, vice president at Orbis Defense, Space, and Security, said" is split at the
    name's own commas; its last items are no subject, the name before the role is. Unchanged
    unless a name, a role in lower case and only short capitalised items after it."""
    for j in range(len(segments) - 1, 0, -1):
        segment = segments[j]
        if j < len(segments) - 1 and segment[:1].islower():
            if starts_appositive(segment) and name_at_end(segments[j - 1]):
                return segments[: j + 1]
            return segments
        item = segment.removeprefix("and ").removeprefix("& ")
        if item.count(" ") >= _LIST_ITEM_SPACES or not item[:1].isupper():
            return segments
    return segments


def is_adverbial(segment: str) -> bool:
    """A phrase that opens a sentence without being its subject: "In London", "Speaking to the
    BBC", "Writing in the Northern Echo"."""
    first = segment.split()[0]
    return first.lower() in _SCENE_OPENERS or (first[:1].isupper() and first.endswith("ing"))


def is_affiliation(segment: str) -> bool:
    """"Colin Asplin, Blackpool Hotel Association, said": the organisation a speaker is from."""
    name = name_at_end(segment)
    return name is not None and is_org(name) and len(name) >= len(segment.strip(" .")) - 4



def listed_body_name(segments: list[str]) -> str | None:
    """The whole name of a body whose own commas split it into ``segments``, where it ends
    them ("A spokesperson for the Department for Environment, Food and Rural Affairs said"):
    the comma split cut it, and its last items alone ("Rural Affairs") are no subject."""
    if len(segments) < 2 or (" and " not in segments[-1] and " & " not in segments[-1]):
        return None
    first = len(segments) - 1
    while first > 1 and is_name_item(segments[first - 1]):
        first -= 1
    head = name_at_end(segments[first - 1])
    if head is None:
        return None
    name = ", ".join([head, *segments[first:]])
    return name if is_listed_body_name(name) else None
