"""Which line above a page's body is its byline: "By Ann Lee", "By" then the names on the next
line, a bullet of names, names beside or above a date, or a writer's name whose date the scraper
lost. Part of :mod:`header`.
"""

from __future__ import annotations

import re
from typing import Final

from digests.clean import captions, chrome
from digests.clean.bylines import (
    BYLINE_PREFIX,
    LONE_PREFIX,
    MAX_BYLINE_WORDS,
    NAME_SEPARATOR,
    SIGNED_PREFIX,
    byline_after_date,
    clean_byline,
    is_date_line,
    looks_like_names,
    names_beside_date,
    writer_names,
)
from digests.clean.lines import RUN_ON_WORDS, LineInfo

MAX_HEADER_LINES: Final = 8  # short lines between a lead and the text: byline, date, picture credit
_PARAGRAPH_WORDS: Final = 10


def byline_at(
    lines: list[LineInfo], position: int, bare_bullet: bool = True
) -> tuple[str, int]:
    """The byline that begins at ``lines[position]`` and the position of its last line.

    Besides a one-line byline, a page can put the lead word alone on its line and the names on
    the next ("By" / "Ann Lee"); a second writer can follow on its own line after "and". With
    ``bare_bullet`` false, a short bullet of names without a lead word does not count.
    """
    line = lines[position]
    if not LONE_PREFIX.match(line.text):
        names = byline_of(line, bare_bullet)
        return _with_second_writer(lines, names, position) if names else ("", position)
    names = _names_line(lines, position + 1)
    if not names:
        return "", position
    return _with_second_writer(lines, names, position + 1)


def _with_second_writer(lines: list[LineInfo], names: str, last: int) -> tuple[str, int]:
    """``names``, ending on ``lines[last]``, with the writer named after an "and" alone on the
    next line ("By Jacob Bogage" / "and" / "Marianna Sotomayor"), and where they end."""
    if last + 2 < len(lines) and lines[last + 1].text.lower() in _AND:
        more = _names_line(lines, last + 2)
        if more:
            return f"{names} {lines[last + 1].text} {more}", last + 2
    return names, last


_AND: Final = frozenset({"and", "und", "et", "y", "e", "&"})


def _names_line(lines: list[LineInfo], position: int) -> str:
    """The names on ``lines[position]`` when the whole line is a writer's name."""
    if position >= len(lines):
        return ""
    line = lines[position]
    if line.words > MAX_BYLINE_WORDS or chrome.is_chrome(line.text, line.words):
        return ""
    names = clean_byline(line.text)
    return names if names and looks_like_names(names) else ""


_MAX_DATE_WORDS: Final = 6
_MAX_PARTED_WORDS: Final = 24
_MIN_NAME_WORDS: Final = 2
_MAX_NAME_WORDS: Final = 3
_LIST_REACH: Final = 3


def bare_byline(lines: list[LineInfo], position: int, title: str, menu: set[str]) -> str:
    """The names on ``lines[position]`` when it is a bare byline: names above a date, or names
    and a date on one line ("Ann Lee | 8 May 2023").

    Without a lead word, only the date tells a writer's name from a section label; a line the
    menu above the title also shows is a label all the same. A headline in title case
    ("Meta-Programming In Emacs") runs longer than a name: each name has two or three words.
    More dates close by make a list of other stories (headline, date, headline, date).
    """
    line = lines[position]
    if _is_writer_job(line):
        return ""  # "Social Affairs Correspondent" over the date: the job of the names above it
    # Under the names, the site's name in capitals ("USA TODAY") or a date's label on its own
    # line ("Updated", "Published") may come before the date.
    below = position + 1
    while below < min(len(lines), position + 3) and _between_name_and_date(lines[below]):
        below += 1
    date_below = below < len(lines) and _dated(lines[below].text)
    # The date may stand above the names instead ("27 ноября 2025, 16:12" / "Ирина Кравцова",
    # "Updated - July 06, 2025 11:18 pm IST" / "Amol Karhadkar"), a second writer under them;
    # the kind of story can stand between the two ("25 Nov 2026" / "Analysis" / "Ann Lee").
    kind_above = position > 1 and _STORY_KIND.fullmatch(lines[position - 1].text) is not None \
        and is_date_line(lines[position - 2].text)
    date_above = position > 0 and (is_date_line(lines[position - 1].text) or kind_above) \
        and not is_date_line(line.text)
    if date_below and _names_line(lines, position) == line.text:
        names, after = line.text, below + 1
    elif date_above and _names_line(lines, position) == line.text \
            and line.text not in lines[0].text \
            and not any(chrome.is_label(word, 1) for word in line.text.split()):
        # (not the headline again under its date, which the document title printed first,
        # nor a row of buttons: "Facebook Twitter Mail")
        names, after = line.text, position + 1
        # (a second writer; no job: "Jennifer Bracken" over "Political Correspondent")
        if (more := _names_line(lines, position + 1)) and " " in more \
                and not _is_writer_job(lines[position + 1]):
            names, after = f"{names}, {more}", position + 2
        # (the dates right above are the names' own, published and updated, not a list's)
        position -= kind_above
        while position > 0 and is_date_line(lines[position - 1].text):
            position -= 1
    elif line.words <= MAX_BYLINE_WORDS + _MAX_DATE_WORDS \
            or (line.words <= _MAX_PARTED_WORDS and line.text.count(" · ") >= 2):
        # (longer with its parts set apart by dots: "Elise Cormier · CBC News · Posted: Nov
        # 28, 2026 5:00 AM AST | Last Updated: 1 hour ago")
        names, after = names_beside_date(line.text), position + 1
    else:
        return ""
    if not names or line.text == title or line.text in menu or names in menu:
        return ""
    nearby = [*range(_list_top(lines, position, title), position),
              *range(after, min(len(lines), after + _LIST_REACH))]
    # (The date the story was updated, under the one it was published, is the same story's.)
    if any(is_date_line(lines[at].text) and not _UPDATED.match(lines[at].text)
           and not _labelled_above(lines, at) for at in nearby):
        return ""
    each = NAME_SEPARATOR.split(names)
    return names if all(_MIN_NAME_WORDS <= len(n.split()) <= _MAX_NAME_WORDS for n in each) else ""


def _list_top(lines: list[LineInfo], position: int, title: str) -> int:
    """Where the lines above ``lines[position]`` that may hold other stories' dates begin: not
    above the headline, over which the page's top prints today's date ("Today's Paper | March
    12, 2025" over the headline, "Imran Ayub", "Published March 12, 2025")."""
    top = max(0, position - _LIST_REACH)
    for at in range(position - 1, top - 1, -1):
        if title and lines[at].text == title:
            return at + 1
    return top


# The kind of story a label over the writer's name gives: a word, no name.
_STORY_KIND: Final = re.compile(
    r"analysis|opinion|comment|feature|interview|explainer|exclusive|review|insight|column|"
    r"editorial|briefing|profile|investigation|commentary|perspective|podcast|news",
    re.IGNORECASE,
)
_MAX_LABEL_WORDS: Final = 2
_MIN_SUMMARY_WORDS: Final = 8
def _dated(text: str) -> bool:
    """A date line, or one whose first part is ("Publié le 18/03/25 à 07h15 — Mis à jour le
    18/03/25 à 09h02": published, then updated), the reading time beside it or not ("Updated
    Thu, May 15, 2025, 4:21 PM 3 min read", "5 min read · May 15, 2025")."""
    if " read" in text:
        text = _READING_TIME.sub(" ", text).strip()
    return is_date_line(text) or (" — " in text and is_date_line(text.partition(" — ")[0]))


_READING_TIME: Final = re.compile(
    r"(?:^|\s+)(?:[·•|–—-]\s+)?\d{1,3}[ -]min(?:ute)?s?\.? read(?:\s+[·•|–—-])?(?=\s|$)",
    re.IGNORECASE,
)


def _between_name_and_date(line: LineInfo) -> bool:
    """The site's name in capitals or a date's label alone, between a byline and its date."""
    return (line.words <= _MAX_SITE_WORDS and line.text.isupper()) \
        or _DATE_LABEL.fullmatch(line.text) is not None


def _labelled_above(lines: list[LineInfo], at: int) -> bool:
    """Whether the date at ``at`` stands under its label on a line of its own ("Published" /
    "Mar 05, 2025"): the story's own date, published or updated, not a list's."""
    return at > 0 and _DATE_LABEL.fullmatch(lines[at - 1].text) is not None


_MAX_SITE_WORDS: Final = 3
# A date's label printed on its own line above the date.
_DATE_LABEL: Final = re.compile(
    r"(?:updated|published|posted|publié|mis à jour|actualizado|publicado|aktualisiert|"
    r"veröffentlicht|обновлено|опубликовано)(?: (?:on|le|el|am))?\s*:?",
    re.IGNORECASE,
)
_UPDATED: Final = re.compile(
    r"(?:last )?(?:updated|actualizado|aktualisiert|mis à jour|modifié|обновлено|atualizado|"
    r"aggiornato)\b",
    re.IGNORECASE,
)


def dateless_byline(lines: list[LineInfo], position: int, title: str) -> str:
    """The names on ``lines[position]`` when it is a writer's name whose date the scraper lost:
    under the headline, with only labels ("Published", "on") between it and the text, or right
    above the text under a summary printed without a full stop.

    A name-like line right above the text is as likely a subheading ("Market Traders") or a
    kicker ("Local News"): a subheading follows a paragraph, which ends as a sentence, a kicker
    the headline; the label of a date left behind tells a byline too.
    """
    line = lines[position]
    # The cheap tests first: most lines fail on their length or on the line under them.
    if position + 1 >= len(lines) or not _MIN_NAME_WORDS <= line.words <= MAX_BYLINE_WORDS \
            or line.text == title:
        return ""
    below = position + 1
    if lines[below].words > _MAX_LABEL_WORDS:
        # Headline, summary, name, text: the summary right under the headline, as it stands.
        if position < 2 or lines[position - 2].text != title or not is_paragraph(lines[below]):
            return ""
        above = lines[position - 1]
        if above.words < _MIN_SUMMARY_WORDS or above.sentence_end:
            return ""
    else:
        labels = 0
        while below < min(len(lines), position + MAX_HEADER_LINES) \
                and not is_paragraph(lines[below]):
            following = lines[below]
            # More than a label (a picture's credit, "Source: Ann Lee"): the name is a caption's.
            if following.words > _MAX_LABEL_WORDS or is_date_line(following.text):
                return ""
            labels += chrome.is_chrome(following.text, following.words)
            below += 1
        if not labels or below >= len(lines) or not is_paragraph(lines[below]):
            return ""
    if not looks_like_names(line.text) or _names_line(lines, position) != line.text:
        return ""
    each = NAME_SEPARATOR.split(line.text)
    return line.text if all(_MIN_NAME_WORDS <= len(n.split()) <= _MAX_NAME_WORDS for n in each) \
        else ""


# A writer's job, printed on the line under the name ("BBC Scotland health correspondent",
# "Senior reporter", "Politikredakteurin").
_WRITER_JOB: Final = re.compile(
    r"(?:correspondent|reporter|editor|journalist|writer|columnist|presenter|staff|"
    r"redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédact(?:eur|rice)|corresponsal|"
    r"periodista|redactora?|корреспондент|обозреватель)\b",
    re.IGNORECASE,
)
_MAX_JOB_WORDS: Final = 8


def named_over_job(lines: list[LineInfo], position: int, title: str) -> tuple[str, int]:
    """The names on ``lines[position]`` when the writer's job stands under them ("Laura
    Goodwin" over "BBC Scotland health correspondent") or after them on the same line ("Peter
    Walsh Political correspondent", "Ramona Ellis, ESPN Staff Writer"), and the position of
    the byline's last line; "" if there is no such byline."""
    line = lines[position]
    if line.text == title or position + 1 >= len(lines):
        return "", position
    if _MIN_NAME_WORDS <= line.words <= _MAX_NAME_WORDS and _is_writer_job(lines[position + 1]):
        return (line.text if _names_line(lines, position) == line.text else "", position + 1)
    return _named_with_job(line), position


# Words that open a writer's job after the name ("Political correspondent", "Senior reporter");
# an agency's or a paper's short name in capitals ("ESPN Staff Writer") opens one too.
_JOB_OPENERS: Final = frozenset({
    "senior", "chief", "deputy", "political", "staff", "sports", "sport", "health", "business",
    "economics", "economic", "home", "foreign", "special", "investigative", "associate",
    "contributing", "assistant", "managing", "executive", "education", "science", "technology",
    "tech", "environment", "climate", "arts", "culture", "diplomatic", "security", "defence",
    "defense", "legal", "crime", "transport", "media", "social", "world", "international",
    "national", "local", "royal", "football", "entertainment", "lead", "data", "digital",
})


def _named_with_job(line: LineInfo) -> str:
    """The names of a line that is a writer's name and job, "" if it is not one."""
    if not _MIN_NAME_WORDS + 1 <= line.words <= _MAX_NAME_WORDS + _MAX_JOB_WORDS \
            or line.sentence_end or _WRITER_JOB.search(line.text) is None:
        return ""
    name, comma, job = line.text.partition(", ")
    if comma:
        candidates = [(name, job)]
    else:
        words = line.text.split()
        candidates = [(" ".join(words[:size]), " ".join(words[size:]))
                      for size in range(_MIN_NAME_WORDS, _MAX_NAME_WORDS + 1)]
    for name, job in candidates:
        opener = job.split(" ", 1)[0]
        if _WRITER_JOB.fullmatch(job) is None and not (
                opener.isupper() or opener.lower() in _JOB_OPENERS):
            continue
        if _WRITER_JOB.search(job) and _MIN_NAME_WORDS <= len(name.split()) <= _MAX_NAME_WORDS \
                and clean_byline(name) == name and looks_like_names(name):
            return name
    return ""


def _is_writer_job(line: LineInfo) -> bool:
    """Whether the line is a writer's job alone ("BBC Scotland health correspondent")."""
    return line.words <= _MAX_JOB_WORDS and not line.sentence_end \
        and _WRITER_JOB.search(line.text) is not None


def byline_of(line: LineInfo, bare_bullet: bool = True) -> str:
    """The names a one-line byline gives ("By Ann Lee", "July 24, 2019 by Ann Lee", a bullet
    of names), "" if the line is none."""
    prefixed = BYLINE_PREFIX.match(line.text)
    if prefixed and line.words <= MAX_BYLINE_WORDS and not line.sentence_end:
        names = clean_byline(line.text)
        return names if looks_like_names(names) or names.isupper() else ""
    if prefixed:
        # A longer line or one with a full stop is a sentence ("By then, the army had ...")
        # unless what comes before its date or separator reads as names.
        names = clean_byline(line.text)
        return names if looks_like_names(names) else ""
    if line.words <= MAX_BYLINE_WORDS + _MAX_DATE_WORDS and (names := byline_after_date(line.text)):
        return names  # the date first ("July 24, 2019 by Ann Lee")
    if (
        bare_bullet
        and line.bullet
        # One word is a section's label ("- Security") as often as a name; an agency's short
        # name ("- AFP") is written in capitals.
        and (line.words >= _MIN_NAME_WORDS or line.text.isupper())
        and line.words <= 4
        and line.capitals >= 0.5
        and line.letters >= 0.7
        and not chrome.is_chrome(line.text, line.words)
    ):
        return clean_byline(line.text)
    return ""




def without_logo_outlet(byline: str, lines: list[LineInfo]) -> str:
    """The byline without the outlet after the writer's name, where the outlet opens with the
    site's name as the page's first line, its logo, prints it ("Bisnow" over "Kyle Brennan,
    Bisnow Dallas-Fort Worth"): the site and its bureau, no second writer."""
    names, comma, outlet = byline.rpartition(", ")
    if not comma or not names or not lines or lines[0].words > _MAX_SITE_WORDS:
        return byline
    logo = lines[0].text
    return names if outlet == logo or outlet.startswith(logo + " ") else byline


def header_stop(lines: list[LineInfo], start: int) -> int:
    """Where the short lines under the body's opening line (a lead) end: the byline, the date
    and the picture credit stand among them, before the text goes on. A picture's caption
    reads as a sentence, but the header goes on under it (a deck, the lead picture's caption
    "… (RNS photo/Emily Park)", the date, "By Emily Park")."""
    position = start + 1
    while position < min(len(lines), start + MAX_HEADER_LINES) \
            and (not is_paragraph(lines[position]) or _is_caption(lines[position])):
        position += 1
    return position


def lead_byline_stop(lines: list[LineInfo], start: int) -> int:
    """Past the line a byline with its lead word stands on, among the few lines under the
    body's opening ones ("By Priya Raman and Tom Kessler" under a caption without a credit and
    a date line long enough to pass for text); ``start`` + 1 if none stands there. Not an
    embedded post's signature ("Posted by SPÖ on Monday, …"), nor a lone word: a full name."""
    for position in range(start + 1, min(len(lines), start + MAX_HEADER_LINES)):
        line = lines[position]
        if BYLINE_PREFIX.match(line.text) and not SIGNED_PREFIX.match(line.text) \
                and writer_names(byline_of(line, bare_bullet=False)):
            return position + 1
    return start + 1


def _is_caption(line: LineInfo) -> bool:
    return captions.is_caption(line.text, line.words) \
        or captions.is_wire_caption(line.text, line.words)


def is_paragraph(line: LineInfo) -> bool:
    """A line of the text: long and a sentence (a dated byline can end in a full stop)."""
    return (
        line.words >= _PARAGRAPH_WORDS
        and (line.sentence_like or line.words >= RUN_ON_WORDS)
        and not BYLINE_PREFIX.match(line.text)
    )
