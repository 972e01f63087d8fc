"""Plain text scraped off a page -> CleanArticle, for pages of any site.

The page's text arrives with its chrome: menus, share buttons, ad labels, related headlines,
footers. Three observations carry the classifier, none of them tied to a site or a language:

* article prose comes in long lines that read like sentences; chrome comes in short lines,
  headlines without a full stop, repeated labels and runs of menu items;
* the article is one dense stretch of such prose: the stretch with the most prose, less the chrome
  inside it, is found as a maximum-sum segment over per-line scores, so a sidebar sentence far
  from the body does not join it while an ad label inside the body does not split it;
* the title, byline and summary bullets sit just above that stretch: the title is the heading
  the page repeats (or its document title), the byline a short "By ..." or bullet line.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Final

from digests.article import CleanArticle
from digests.clean import chrome, sign_offs, story_links
from digests.clean.article_head import heads_article
from digests.clean.author_box import drop_author_box
from digests.clean.bylines import is_date_line, opens_with_date
from digests.clean.closing_lists import extend_over_closing_lists
from digests.clean.closing_prompts import without_closing_prompt
from digests.clean.comment_threads import comment_thread_start
from digests.clean.credited_captions import captions_over_credits
from digests.clean.embedded_posts import embedded_post_lines
from digests.clean.end_marks import without_end_mark
from digests.clean.header import (
    DocumentTitle,
    find_header,
    read_document_title,
    title_headings,
)
from digests.clean.language import detect_language
from digests.clean.lines import (
    RUN_ON_WORDS,
    LineInfo,
    without_invisible,
)
from digests.clean.link_labels import without_link_labels
from digests.clean.page_lines import page_lines
from digests.clean.paragraphs import MAX_LIST_ITEMS, body_paragraphs, is_list_item, link_marked
from digests.clean.reader_gates import is_comment_gate
from digests.clean.site_blurbs import is_site_blurb
from digests.clean.standfirst import (
    captions_under_summary,
    deck_over_byline,
    lead_picture_caption,
    plain_standfirst,
    summary_bullets,
    without_kicker_label,
)
from digests.clean.story_bios import is_story_person_bio
from digests.clean.summary_boxes import find_box
from digests.clean.teaser_cards import teaser_card_lines
from digests.clean.ticker_chips import without_ticker_chips
from digests.clean.titles import without_pictograms
from digests.clean.video_blurbs import video_blurb_lines
from digests.clean.writer_bios import folded_writers, is_writer_bio

_CAP_WORDS: Final = 40  # one very long line must not outweigh a body of ordinary paragraphs
_SHORT_SENTENCE_WORDS: Final = 4
_PROSE_WORDS: Final = 10
_REPEATED_LEAD_WORDS: Final = 15
_RUN_GROWTH: Final = 0.25
_MAX_ISLAND_LINES: Final = 2
_MIN_ISLAND_GAP: Final = 5
_CHROME_SCORE: Final = -2.0
_HEADLINE_SCORE: Final = 0.0  # neither prose nor a wall: a run of them must not split an article
_MIN_HEADLINE_LIST: Final = 5
_MIN_TEASERS: Final = 2
_MAX_TITLE_WORDS: Final = 30
_MIN_LEAD_SENTENCE_WORDS: Final = 15  # a first line this long that ends as a sentence is body
_HEADLINE_CAPITALS: Final = 0.8  # ... unless nearly every word is capitalised, as in a headline
_SIGN_OFF_SHARE: Final = 0.75
_LEAD_REACH: Final = 15  # lines above the body searched for a lead
_LEAD_WORDS: Final = 10
_MAX_LEAD_LINES: Final = 2
# A lead's share of letters: a summary full of figures ("949,359 cars were sold in Spain, 16.7%
# more than in 2022") still has half; a row of dates, prices or scores has less.
_LEAD_LETTERS: Final = 0.5
# Ten words and more, every one capitalised: a menu row, a breadcrumb or a tag list; a teaser
# written in title case still leaves "a", "of" or "the" in lower case.
_MENU_CAPITALS: Final = 0.95
_TITLE_REACH: Final = 30  # lines under the title heading where its article's prose must begin
_TITLE_BONUS: Final = 100.0


def clean_text(text: str) -> CleanArticle:
    """The article in ``text`` (a whole page as plain text) without the page's chrome."""
    lines = page_lines(without_ticker_chips(without_invisible(text)))
    if not lines:
        return CleanArticle()
    repeats = Counter(line.text for line in lines)
    scores = weigh_runs(
        demote_headline_lists(lines, [line_score(line, repeats[line.text]) for line in lines])
    )
    _score_comments_as_chrome(lines, scores)
    document = read_document_title(lines)
    heading = _favour_text_under_title(lines, document, scores)
    start, end = densest_span(scores)
    start = _past_document_title(lines, document.first, start, end)
    end = _drop_trailing_islands(lines, scores, start, end)
    end = _drop_sign_off(lines, scores, start, end)
    end = _drop_teasers(lines, scores, start, end)
    # What the cut teasers or sign-off had followed may now be an island itself (a form's blurb).
    end = _drop_trailing_islands(lines, scores, start, end)
    end = _drop_closing_pointers(lines, scores, start, end)
    end = extend_over_closing_lists(lines, end)
    lead = _lead_lines(lines, start, heading, repeats)
    lead_indexes = {line.index for line in lead}
    header = find_header(lines, document, start, end, heading=heading, skip=lead_indexes)
    end = drop_author_box(lines, scores, header, end, line_cap=_CAP_WORDS)
    stretch = [line for line in lines[header.body_start: end + 1] if line.index not in header.used]
    # A tagline or a plea for support naming the site, or the writer's one-line bio, is prose
    # by its shape only.
    writers = folded_writers(header.byline)
    body = [line for line in lead + stretch if not is_site_blurb(line.text, header.site_names)
            and not is_writer_bio(line.text, writers)]
    dropped = embedded_post_lines([line.text for line in body], [True] * len(body)) \
        | teaser_card_lines(body)
    if dropped:
        body = [line for position, line in enumerate(body) if position not in dropped]
    caption = lead_picture_caption(lines, body, header)
    if caption is not None:
        body = [line for line in body if line is not caption]
    pictures_and_videos = captions_over_credits(lines, body, header.title, header.byline_at) \
        | video_blurb_lines(lines)
    if pictures_and_videos:
        body = [line for line in body if line.index not in pictures_and_videos]
    bullets, boxed = _summary_box(lines, body)
    body = [line for line in body if line.index not in boxed]
    header.standfirst = header.standfirst or summary_bullets(lines, header, repeats)
    # (A deck of two lines over the byline first: its second line is no picture's caption.)
    summary = plain_standfirst(lines, body, header, repeats, frozenset(boxed))
    deck = deck_over_byline(lines, header) or ([summary] if summary is not None else [])
    if deck:
        header.standfirst = [without_kicker_label(line.text) for line in deck]
        taken = {line.index for line in deck}
        if summary is not None and deck == [summary]:
            taken |= captions_under_summary(lines, summary, header, repeats)
        body = [line for line in body if line.index not in taken]
    header.standfirst = header.standfirst + bullets
    paragraphs = without_closing_prompt(without_end_mark(
        [without_link_labels(paragraph)
         for paragraph in body_paragraphs(body, header, lead_indexes)]
    ))
    return CleanArticle(
        title=without_pictograms(header.title),
        byline=header.byline,
        standfirst=header.standfirst,
        paragraphs=paragraphs,
        language=detect_language(" ".join(paragraphs)),
    )


def _summary_box(lines: list[LineInfo], body: list[LineInfo]) -> tuple[list[str], set[int]]:
    """The bullets of a labelled summary box at the top of the body (:mod:`summary_boxes`),
    and the indexes of all its lines (its labels and notes too). The box is read off the
    page's lines, where its label and notes stand (the header may have taken them as labels),
    so that a line between two bullets that is none (a caption's button) ends it."""
    if not body:
        return [], set()
    first = max(_position(lines, body[0]) - _BOX_ABOVE, 0)
    # The header's lines open the body still (the byline, the date): the reach counts from the
    # first line that reads as the story's.
    opening = next((at for at, line in enumerate(body)
                    if line.words >= _BOX_PARAGRAPH_WORDS and line.sentence_like), 0)
    last = _position(lines, body[min(opening + _BOX_LABEL_REACH, len(body) - 1)])
    window = lines[first:last + _BOX_BELOW]
    box = find_box([line.text for line in window], reach=last - first + 1)
    if box is None:
        return [], set()
    return [window[at].text for at in box.items], \
        {line.index for line in window[box.start:box.end]}


def _position(lines: list[LineInfo], line: LineInfo) -> int:
    return bisect_left(lines, line.index, key=lambda other: other.index)


_BOX_ABOVE: Final = 4  # page lines above the body where its label stands (over the byline)
_BOX_LABEL_REACH: Final = 3  # the body's first lines, among which a label may stand
_BOX_BELOW: Final = 8
_BOX_PARAGRAPH_WORDS: Final = 12


def _score_comments_as_chrome(lines: list[LineInfo], scores: list[float]) -> None:
    """Readers' comments under the article are prose no article holds: scored as chrome, so
    that the article's stretch neither runs on into them nor is taken from them. Not where no
    prose comes before them: a page the scraper began at its comments keeps what it has."""
    thread = comment_thread_start(lines)
    if thread is None or not any(score > 0 for score in scores[:thread]):
        return
    for position in range(thread, len(scores)):
        scores[position] = min(scores[position], _CHROME_SCORE)


def line_score(line: LineInfo, occurrences: int) -> float:
    """Evidence that a line is article prose (positive) or chrome (negative)."""
    score = _shape_score(line, occurrences)
    # Wording is checked only where the shape could pass for content: it costs more.
    if score > 0 and chrome.is_chrome(line.text, line.words):
        return _CHROME_SCORE
    return score


def _shape_score(line: LineInfo, occurrences: int) -> float:
    words = line.words
    if occurrences > 1 and words < RUN_ON_WORDS and not (
        # A story's first sentence printed twice (as its teaser, then as its lead) is prose;
        # a menu or a list of headlines repeats lines that end as no sentence does.
        occurrences == 2 and line.sentence_end and words >= _REPEATED_LEAD_WORDS
    ):
        return -2.0
    if line.sentence_like and not line.text.endswith(("...", "…")):
        if line.letters < 0.5:
            return -1.5  # dates, scores, prices, symbol rows
        if words >= _PROSE_WORDS:
            return float(min(words, _CAP_WORDS))
        if words >= _SHORT_SENTENCE_WORDS:
            return 1.0
        return -1.0
    if words >= RUN_ON_WORDS:
        return min(words, _CAP_WORDS) / 2 if line.letters >= 0.5 else -1.5
    return -2.0 if words < _PROSE_WORDS else -1.0


def _favour_text_under_title(
    lines: list[LineInfo], document: DocumentTitle, scores: list[float]
) -> int | None:
    """Give the first prose under the page's title heading a bonus, and nothing before it.

    A page can hold more prose than its article (comments, a cookie notice, an author's bio);
    the article is the prose that follows its own heading.
    """
    for heading in title_headings(lines, document):
        reach = range(heading + 1, min(len(lines), heading + _TITLE_REACH))
        first_prose = next((p for p in reach if scores[p] >= _PROSE_WORDS), None)
        if first_prose is None:
            continue  # a footer or a teaser repeating the title, not the article's heading
        if _prose_words(lines, scores, range(document.first + 1, heading)) \
                > 2 * _prose_words(lines, scores, reach):
            continue  # a footer's breadcrumb ending in the title, under the article it ends
        scores[first_prose] += _TITLE_BONUS
        for position in range(heading):
            scores[position] = min(scores[position], -1.0)
        return heading
    return None


def _prose_words(lines: list[LineInfo], scores: list[float], span: range) -> int:
    return sum(lines[p].words for p in span if scores[p] >= _PROSE_WORDS)


def _past_document_title(lines: list[LineInfo], first: int, start: int, end: int) -> int:
    """A page that is only its article starts with its title (at ``first``): that line is not
    body. Unless it reads as the first sentence of the story - long, and ending as a sentence
    does: text that begins with its body has no title to skip. A headline in title case can
    end as a sentence too ("… Superintendent. But What Does She Even Do?"); prose is never
    written so, and nor is a line over the article's byline or date (a headline of two sentences,
    "… warehouse workers. A year later, few know it exists.")."""
    line = lines[start]
    if start == first < end and line.words <= _MAX_TITLE_WORDS and not line.bullet \
            and not (line.sentence_end and line.words >= _MIN_LEAD_SENTENCE_WORDS
                     and line.capitals < _HEADLINE_CAPITALS and not heads_article(lines, start)):
        return start + 1
    return start


def _drop_trailing_islands(
    lines: list[LineInfo], scores: list[float], start: int, end: int
) -> int:
    """Cut small stretches of prose that follow the article across a run of chrome.

    An author's bio, a disclaimer or a promotion sits one or two paragraphs long after the
    share buttons and tags; the article's own last paragraph is at most an ad label away, or a
    list away: items under a sentence that announces them ("The changes:") are no gap.
    """
    listed = _list_lines(lines, start, end)
    while True:
        island_end = end
        position = end
        prose = 0
        while position > start and scores[position] > 0:
            prose += 1
            position -= 1
        gap = 0
        while position > start and scores[position] <= 0:
            gap += position not in listed and not _table_row(lines[position])
            position -= 1
        if prose == 0 or prose > _MAX_ISLAND_LINES or gap < _MIN_ISLAND_GAP or position <= start:
            return island_end
        end = position


def _drop_closing_pointers(
    lines: list[LineInfo], scores: list[float], start: int, end: int
) -> int:
    """Cut the site's pointers to its pictures or video that follow the article's last
    paragraph ("See TIME's Pictures of the Week."): sentences by their shape, chrome by place."""
    cut = end
    while cut > start and story_links.is_media_pointer(lines[cut].text, lines[cut].words):
        cut -= 1
        while cut > start and scores[cut] <= 0:
            cut -= 1
    return cut


def _table_row(line: LineInfo) -> bool:
    """A row of figures: part of the article as much as a list's items. A date is not one: it
    heads a teaser or a comment."""
    return line.letters < 0.5 and not is_date_line(line.text)


def _list_lines(lines: list[LineInfo], start: int, end: int) -> set[int]:
    """Positions of the list intros between ``start`` and ``end`` and of the items under them.

    A table of figures under its sentence ("Statistics since 2018:") counts as such a list.
    """
    listed: set[int] = set()
    for position in range(start, end + 1):
        line = lines[position]
        if position in listed or not line.text.endswith(":") or line.words < _SHORT_SENTENCE_WORDS:
            continue
        item = position + 1
        while item <= end and item - position <= MAX_LIST_ITEMS and (
            is_list_item(lines[item]) or _table_row(lines[item])
        ):
            listed.add(item)
            item += 1
        if item > position + 1:
            listed.add(position)
    return listed


def _drop_teasers(lines: list[LineInfo], scores: list[float], start: int, end: int) -> int:
    """Cut the other stories' teasers that close a page under a "Related"/"Read more" heading.

    Each teaser is a lone sentence under its headline or date. The same heading inside an
    article introduces a few bare headlines, after which the article's paragraphs run on; one
    the article printed before ("Leggi anche:" over each link in the text) is such a pointer.
    """
    headings: set[str] = set()
    for position in range(start + 1, end + 1):
        line = lines[position]
        if scores[position] > 0 or not story_links.is_read_more_heading(line.text, line.words):
            continue
        if line.text in headings:
            continue
        headings.add(line.text)
        prose = {p for p in range(position + 1, end + 1) if scores[p] >= _PROSE_WORDS}
        if len(prose) >= _MIN_TEASERS and not any(p + 1 in prose for p in prose):
            end = position - 1
            while end > start and scores[end] <= 0:
                end -= 1
            return end
    return end


def _drop_sign_off(lines: list[LineInfo], scores: list[float], start: int, end: int) -> int:
    """Cut what closes the page after the article: bios, disclaimers, the notice that readers
    must log in to comment, and what follows them.

    Only in the article's second half: a sign-off is where an article ends, not where it starts.
    """
    mass = sum(max(score, 0.0) for score in scores[start:end + 1])
    seen = 0.0
    for position in range(start, end + 1):
        seen += max(scores[position], 0.0)
        # Past three quarters of the prose: a bio further up is about a person in the story, and
        # so is one here that gives the surname of someone the story named in full.
        if (
            seen > mass * _SIGN_OFF_SHARE
            and (sign_offs.is_sign_off(lines[position].text)
                 or is_comment_gate(lines[position].text))
            and not is_story_person_bio(
                lines[position].text, (line.text for line in lines[start:position])
            )
        ):
            end = position - 1
            break
    while end > start and scores[end] <= 0:
        end -= 1
    return end


def _lead_lines(
    lines: list[LineInfo], start: int, heading: int | None, repeats: Counter[str]
) -> list[LineInfo]:
    """The teaser or subtitle between the heading and the body, past bylines and share buttons.

    It is written as one long line without a full stop, so it scores as chrome on its own.
    """
    # Line 0 is the document title, never a lead.
    floor = max(heading + 1 if heading is not None else 1, start - _LEAD_REACH)
    lead: list[LineInfo] = []
    for line in reversed(lines[floor:start]):
        if len(lead) == _MAX_LEAD_LINES:
            break
        if (
            line.words >= _LEAD_WORDS
            and line.letters >= _LEAD_LETTERS
            and line.capitals < _MENU_CAPITALS
            and repeats[line.text] == 1
            and not link_marked(line.text)
            and not opens_with_date(line.text)
            and not chrome.is_chrome(line.text, line.words)
        ):
            lead.insert(0, line)
        elif lead and line.words >= _LEAD_WORDS:
            break  # something long that is not a lead: the lead lies below it
    return lead


def demote_headline_lists(lines: list[LineInfo], scores: list[float]) -> list[float]:
    """Score as chrome the long lines of a list of links: other stories' headlines and teasers.

    A scraper prints a paragraph with a blank line around it and the items of a list one to a
    line. Five and more lines in a row none of which ends as a sentence ends are a list of
    headlines ("Star shows off her curves in lingerie ... Saucy"), however long each is; a list
    the article holds is made of short items, which score as chrome by their length already.
    """
    demoted = list(scores)
    run: list[int] = []
    for position, line in enumerate([*lines, None]):
        ended = line is not None and _ends_as_sentence(line)
        if line is not None and not ended and (not line.blank_before or not run):
            run.append(position)
            continue
        if len(run) >= _MIN_HEADLINE_LIST:
            for item in run:
                if lines[item].words >= _PROSE_WORDS:
                    demoted[item] = min(demoted[item], _HEADLINE_SCORE)
        run = [position] if line is not None and not ended else []
    return demoted


def _ends_as_sentence(line: LineInfo) -> bool:
    """Ends as a sentence does, or with the writer's signature in brackets after a sentence's
    end, as Der Standard closes every story ("… in Kraft. (Magdalena Pichler, 13.3.2025)")."""
    return line.sentence_end or (
        line.text.endswith(")") and _SIGNED_END.search(line.text) is not None
    )


_SIGNED_END: Final = re.compile(
    r"[.!?…][\"”“»«]?\s+\([A-ZÀ-Þ][^()]{1,60}, \d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\)$"
)


def weigh_runs(scores: list[float]) -> list[float]:
    """Make each chrome line in an unbroken run cost more than the one before.

    A label or two inside an article is an interruption; a run of twenty menu items or comment
    form fields is a boundary, which prose on its far side should not bridge.
    """
    weighted: list[float] = []
    run = 0
    for score in scores:
        if score < 0:
            weighted.append(score * (1 + _RUN_GROWTH * run))
            run += 1
        else:
            weighted.append(score)
            run = 0
    return weighted


def densest_span(scores: list[float]) -> tuple[int, int]:
    """First and last position of the contiguous run of lines with the highest score sum."""
    best_sum = float("-inf")
    best = (0, 0)
    running = 0.0
    run_start = 0
    for position, score in enumerate(scores):
        if running <= 0:
            running = 0.0
            run_start = position
        running += score
        if running > best_sum:
            best_sum = running
            best = (run_start, position)
    return best
