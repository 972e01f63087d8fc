"""HTML pages -> CleanArticle: trafilatura finds the main text, our pass removes the rest.

Title, byline, date and language come from :mod:`digests.clean.html_head`; this module keeps the
body: trafilatura's blocks without chrome, the title or a sign-off, with the lead trafilatura
left out put back.
"""

from __future__ import annotations

import re
from typing import Any, Final

import trafilatura
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from digests.article import CleanArticle
from digests.clean import chrome, sign_offs
from digests.clean.author_box import names_writer
from digests.clean.blocks import Block, drop_chrome_blocks
from digests.clean.body_bylines import byline_line
from digests.clean.bylines import is_bare_date, is_date_line, writer_names
from digests.clean.closing_prompts import without_closing_prompt
from digests.clean.embedded_posts import embedded_post_lines
from digests.clean.end_marks import without_end_mark
from digests.clean.error_pages import is_error_page
from digests.clean.figure_lists import alt_text_captions, caption_items, picture_box_captions
from digests.clean.glued_headlines import without_glued_headline
from digests.clean.html_head import head_metadata
from digests.clean.language import detect_language
from digests.clean.lead_names import names_deck, names_lead
from digests.clean.lines import (
    ends_like_sentence,
    normalise,
    strip_bullet,
    without_invisible,
    word_count,
)
from digests.clean.link_labels import without_link_labels
from digests.clean.linked_headlines import linked_headlines, may_be_linked_headline
from digests.clean.story_bios import is_story_person_bio
from digests.clean.summary_boxes import blocks_without_box
from digests.clean.ticker_chips import without_ticker_chips
from digests.clean.titles import alnum_key, without_pictograms
from digests.clean.tree_passes import prepare_tree
from digests.clean.writer_bios import folded_writers, is_writer_bio

_MIN_STANDFIRST_ITEMS = 2
_MIN_POINT_WORDS = 5  # a summary point is a statement, not a label
_MIN_HEADLINE_WORDS = 3
_LEAD_WORDS = 8
_RUN_ON_WORDS = 10
_MAX_KICKER_WORDS = 8
_SIGN_OFF_SHARE = 0.75
_LEAD_PREFIX = 60  # characters: a lead trafilatura kept can differ from its box further on
STANDFIRST_TAG = "standfirst"  # the Block tag of the lead box set apart under the headline
_LEAD_BLOCKS = 2  # blocks at the top of the text where trafilatura may have kept the lead box
_LEAD_TAGS = ("p", "div", "section", "header", "span")
# trafilatura's blocks of running text: paragraphs, and the text of a box that holds no paragraph
# ("<div data-qa='paragraph'>").
_TEXT_TAGS = frozenset({"p", "div"})
_HEADLINE_TAGS = ("h1", "h2")
_LINK = re.compile(r"[a-z][a-z0-9+.-]*://|www\.")


def clean_html(html: str, url: str = "") -> CleanArticle:
    """The article in ``html``: title, byline, body paragraphs, without the page's chrome."""
    html = _without_invisible_html(html)
    tree = load_html(html)
    if tree is None:
        return CleanArticle(url=url)
    meta = head_metadata(tree, url, html)
    if is_error_page(tree, meta.get("title", "")):
        return CleanArticle(url=url)  # "404 Not Found": no story here, the feed's text stands in
    prepare_tree(tree)
    document = trafilatura.bare_extraction(
        tree, url=url or None, include_comments=False, include_tables=True
    )
    blocks = _body_blocks(getattr(document, "body", None)) if document is not None else []
    blocks, body_byline = _without_byline_lines(_without_embedded_posts(blocks))
    blocks = _without_linked_headlines(_without_list_captions(blocks, tree), tree, html)
    kept = _without_date_boxes(drop_chrome_blocks(blocks))
    writers = [name.casefold() for name in writer_names(meta.get("byline") or body_byline)]
    kept = _without_sign_off(_without_title(kept, meta.get("title", "")), writers)
    kept = _without_closing_contacts(kept)
    lead = _lead(tree, blocks, meta.get("title", ""), meta.get("description", ""))
    if lead:
        texts = {block.text for block in lead}
        kept = drop_chrome_blocks(lead) + [block for block in kept if block.text not in texts]
    standfirst, paragraphs = _split_standfirst(kept)
    byline = meta.get("byline") or body_byline
    writers = folded_writers(byline)
    paragraphs = without_closing_prompt(without_end_mark([
        without_link_labels(without_ticker_chips(without_glued_headline(paragraph)))
        for paragraph in paragraphs if not is_writer_bio(paragraph, writers)
    ]))
    if not any(_reads_as_text(paragraph) for paragraph in standfirst + paragraphs):
        # A script's shell ("Open the editor", "(view)"): no article, so that the caller can
        # fall back on the feed's own text rather than store the page's buttons.
        standfirst, paragraphs = [], []
    return CleanArticle(
        title=without_pictograms(meta.get("title", "")),
        byline=byline or meta.get("site_byline", ""),
        standfirst=standfirst,
        paragraphs=paragraphs,
        language=meta.get("language") or detect_language(" ".join(paragraphs)),
        url=url,
        published=meta.get("published", ""),
    )


# The same characters written as entities: "Bundes&shy;kanzler", "&#8203;". (Case-sensitive,
# as entity names are: the engine then skips to each "&" rather than trying every position.)
_INVISIBLE_ENTITY: Final = re.compile(
    r"&(?:shy|ZeroWidthSpace|NoBreak|#0*173|#[xX]0*[aA][dD]|#0*8203|#[xX]0*200[bB]|#0*8288|"
    r"#[xX]0*2060|#0*65279|#[xX]0*[fF][eE][fF][fF]);"
)


def _without_invisible_html(html: str) -> str:
    """``html`` without the characters :func:`lines.without_invisible` drops, as characters or
    as entities."""
    html = without_invisible(html)
    return _INVISIBLE_ENTITY.sub("", html) if _INVISIBLE_ENTITY.search(html) else html


def _body_blocks(body: Any) -> list[Block]:
    """One block per line of trafilatura's text, tagged with the element it came from."""
    if body is None:
        return []
    blocks: list[Block] = []
    for child in body:
        text = xmltotxt(child, False)
        if not text:
            continue
        lines = [normalise(line) for line in text.split("\n")]
        lines = [line for line in lines if line]
        if child.tag == "head":
            lines = _joined_heading_lines(lines)
        for position, line in enumerate(lines):
            if child.tag == "list":
                line, _ = strip_bullet(line)
            blocks.append(Block(text=line, tag=str(child.tag), first_of_element=position == 0))
    return blocks


def _joined_heading_lines(lines: list[str]) -> list[str]:
    """A heading's lines, each broken one joined again: a heading set over two lines ("Quarry
    plan will<br>undermine the road") goes on in lower case. A line that starts otherwise is the
    date, the category or the teaser that the template printed in the heading's box, or the
    address of the post it embeds."""
    joined: list[str] = []
    for line in lines:
        if joined and line[:1].islower() and not _LINK.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _reads_as_text(paragraph: str) -> bool:
    """A sentence, or a line long enough to be one without its full stop."""
    return ends_like_sentence(paragraph) or word_count(paragraph) >= _RUN_ON_WORDS


def _without_embedded_posts(blocks: list[Block]) -> list[Block]:
    """The blocks without the tweets and posts the story embeds (their text and signature)."""
    posts = embedded_post_lines(
        [block.text for block in blocks], [block.first_of_element for block in blocks]
    )
    return [block for position, block in enumerate(blocks) if position not in posts]


def _without_list_captions(blocks: list[Block], tree: Any) -> list[Block]:
    """The blocks without the captions printed as a one-item list under a picture, as a
    line that repeats the picture's description in its box, or as the text of a box that holds
    only the picture; a paragraph that opens with such a box keeps its own text."""
    boxed = picture_box_captions(tree)
    # Only a box inside a paragraph opens that paragraph's text: elsewhere a caption that
    # repeats the story's first sentence is no part of the paragraph that starts the same way.
    inline = [caption for caption, in_paragraph in boxed.items() if in_paragraph]
    captions = alt_text_captions(tree) | frozenset(boxed)
    if any(block.tag == "list" for block in blocks):
        captions |= caption_items(tree)
    kept: list[Block] = []
    for block in blocks:
        if block.tag in ("list", "p") and block.text in captions:
            continue
        opening = next((c for c in inline if block.tag == "p" and block.text.startswith(c)), "")
        if opening:
            block = Block(
                text=block.text[len(opening):].lstrip(), tag=block.tag,
                first_of_element=block.first_of_element,
            )
        kept.append(block)
    return kept


def _without_linked_headlines(blocks: list[Block], tree: Any, html: str) -> list[Block]:
    """The blocks without the paragraphs that are a link to another story and nothing else."""
    if not any(block.tag == "p" and may_be_linked_headline(block.text, html) for block in blocks):
        return blocks
    headlines = linked_headlines(tree)
    return [b for b in blocks if b.tag != "p" or b.text not in headlines]


def _without_byline_lines(blocks: list[Block]) -> tuple[list[Block], str]:
    """The blocks without the lines that are a byline alone, and the first names they give."""
    kept: list[Block] = []
    names = ""
    for block in blocks:
        # A heading that reads "By Land and Sea" is the story's, not a byline.
        found = byline_line(block.text) if block.tag == "p" else ""
        if found:
            names = names or found
        else:
            kept.append(block)
    return kept, names


def _lead(tree: Any, blocks: list[Block], title: str, description: str) -> list[Block]:
    """The article's lead paragraph where trafilatura left it out, else nothing.

    Templates set the lead (teaser, standfirst) apart from the text, in a box of its own between
    the headline and the first paragraph, and trafilatura often takes that box for chrome. It
    is known by its class ("intro", "teaser", "excerpt", ...) or by repeating the page's
    description, and only searched for between the headline and the body's first paragraph:
    elsewhere the same classes mark the teasers of other stories.
    """
    first = next(
        (b.text for b in blocks if b.tag in _TEXT_TAGS and word_count(b.text) >= _LEAD_WORDS), ""
    )
    if not first or not title:
        return []
    body = " ".join(block.text for block in blocks)
    long_blocks = [block.text for block in blocks if word_count(block.text) >= _LEAD_WORDS]
    summary = normalise(description).rstrip(".… ")
    if word_count(summary) < _LEAD_WORDS:
        summary = ""
    headline = alnum_key(title)
    if not headline:
        return []
    seen_headline = False
    # A template without a top-level heading sets the headline in an h2.
    for element in tree.iter(*_HEADLINE_TAGS, *_LEAD_TAGS):
        if element.tag in _HEADLINE_TAGS and (not seen_headline or not names_lead(element)):
            # (a subtitle in an h2 under the headline, named so, is a lead box)
            seen_headline = seen_headline or _is_headline_of(element, headline)
            continue
        if not seen_headline:
            continue
        text = normalise(element.text_content())
        if text.startswith(first):
            if text != first and _holds_lead_box(element, first, summary):
                continue  # the text's box, whose first paragraph is the lead box
            if text == first and names_lead(element) and element.tag != "span":
                # The lead box trafilatura kept as the text's first paragraph ("<p
                # class="headline__lead">" under the h1): the standfirst, out of the text.
                return [Block(text=text, tag=STANDFIRST_TAG)]
            return []  # reached the body: there is no lead box above it
        if not _is_lead(element, text, summary):
            continue
        if not _shares_text(text, body, long_blocks):
            return _summary_points(element) or [
                Block(text=_innermost_lead(element, summary), tag=STANDFIRST_TAG)
            ]
        if any(block.text == text for block in blocks[:_LEAD_BLOCKS]):
            # Kept by trafilatura as the text's first block: the standfirst all the same, which
            # the caller takes out of the text.
            return [Block(text=text, tag=STANDFIRST_TAG)]
    return []


def _holds_lead_box(element: Any, first: str, summary: str) -> bool:
    """Whether the text's first paragraph ``first``, inside ``element``, is the lead box: named
    as the deck ("<div class="entry-content"><p class="standfirst">…</p><p>…"), or named as a
    lead and the page's description. (The text's first paragraph set in bold is named "intro"
    or "lead" as often.)"""
    described = bool(summary) and first.startswith(summary)
    return any(
        inner.tag != "span" and normalise(inner.text_content()) == first
        and (names_deck(inner) or (described and names_lead(inner)))
        for inner in element.iterdescendants(*_LEAD_TAGS)
    )


def _summary_points(element: Any) -> list[Block]:
    """The points of a lead box that holds the summary as a list, one block each: the
    standfirst's bullets ("<ul><li><h2>In 2023 949,359 cars were sold…</h2></li>…</ul>"), not
    one paragraph glued from them all."""
    points = [normalise(item.text_content()) for item in element.iter("li")]
    if len(points) < _MIN_STANDFIRST_ITEMS or any(word_count(p) < _MIN_POINT_WORDS for p in points):
        return []
    return [Block(text=point, tag="list") for point in points]


def _shares_text(text: str, body: str, blocks: list[str]) -> bool:
    """Whether trafilatura kept the text, or the box holds some of the body (an excerpt)."""
    return text[:_LEAD_PREFIX] in body or any(block in text for block in blocks)


def _is_headline_of(heading: Any, headline: str) -> bool:
    """Whether a heading shows the title: a kicker can share its element ("Tunisia Headline"),
    and the declared title can run longer than the heading; punctuation does not count (the
    title sets the kicker off with a colon, the heading with a box of its own)."""
    text = normalise(heading.text_content())
    shown = alnum_key(text)
    return headline in shown or (word_count(text) >= _MIN_HEADLINE_WORDS and shown in headline)


def _is_lead(element: Any, text: str, summary: str) -> bool:
    """A box named as the lead, a short deck too ("The Chancellor has blinked. Her colleagues
    noticed", but no date or reading time: "31.10.2023 Lesezeit: ca. 3 Minuten"), or one that
    opens with the page's description."""
    words = word_count(text)
    if words < _MIN_POINT_WORDS or _is_link_text(element, text):
        return False
    if words < _LEAD_WORDS and any(ch.isdigit() for ch in text):
        return False
    described = words >= _LEAD_WORDS and bool(summary) and text.startswith(summary)
    return names_lead(element) or described


def _innermost_lead(element: Any, summary: str) -> str:
    """The lead's own text, without a date, a byline or a label that share its box."""
    for inner in element.iterdescendants(*_LEAD_TAGS):
        text = normalise(inner.text_content())
        if _is_lead(inner, text, summary):
            return _innermost_lead(inner, summary)
    return normalise(element.text_content())


def _is_link_text(element: Any, text: str) -> bool:
    """Whether the element is (mostly) a link: a teaser of another story, not this one's lead."""
    if any(ancestor.tag == "a" for ancestor in element.iterancestors()):
        return True
    linked = sum(len(normalise(link.text_content())) for link in element.iter("a"))
    return linked * 2 > len(text)


def _without_date_boxes(blocks: list[Block]) -> list[Block]:
    """The blocks without the date lines above and under the text ("14.03.2024", "October 22,
    2019 report", "Date created : 2015-05-12"): the page's date box, which trafilatura keeps
    when it takes the column around the story. A sentence that gives a date ("On May 3 the
    ferry sank.") stays. Those above the text may come under the headline and its kicker."""
    headings = 0
    while headings < len(blocks) and blocks[headings].tag == "head":
        headings += 1
    leading = headings
    while leading < len(blocks) and _is_date_box(blocks[leading].text):
        leading += 1
    trailing = len(blocks)
    while trailing > leading and _is_date_box(blocks[trailing - 1].text):
        trailing -= 1
    return blocks[:headings] + blocks[leading:trailing]


def _is_date_box(text: str) -> bool:
    return is_bare_date(text) or (is_date_line(text) and not ends_like_sentence(text))


def _without_title(blocks: list[Block], title: str) -> list[Block]:
    """Drop the article's heading where it opens the body: it is already the title.

    A section label or a kicker printed as a heading above it ("Press releases") goes with it,
    and so does a kicker printed as a short line that is no sentence ("En Macon, cerca de
    Lyon" over "Cae en Francia la jefa del aparato militar de ETA"). A template may also set
    the headline as a paragraph (``<p class="title">``): the same words, so the same title.
    """
    wanted = title.casefold()
    blocks = _headline_first(blocks, wanted)
    leading = 0
    while leading < len(blocks) and (
        blocks[leading].tag == "head" or _may_be_kicker(blocks[leading].text)
        or blocks[leading].text.casefold() == wanted
    ):
        leading += 1
    for position in range(leading - 1, -1, -1):
        if blocks[position].text.casefold() == wanted:
            return _with_deck(blocks[position + 1:])
    return blocks


# Paragraphs trafilatura may set above the headline's heading: the first of a body whose
# paragraphs each sit in a box of their own (Arc XP's "article-body" divs).
_HOISTED_REACH: Final = 2


def _headline_first(blocks: list[Block], wanted: str) -> list[Block]:
    """The blocks with the headline's heading, and the headings right under it (the deck),
    back above the paragraphs trafilatura put before them; else as they are."""
    for position in range(1, min(len(blocks), _HOISTED_REACH + 1)):
        block = blocks[position]
        if block.tag == "head" and block.text.casefold() == wanted:
            if any(earlier.tag != "p" or _may_be_kicker(earlier.text)
                   for earlier in blocks[:position]):
                return blocks  # a kicker over the headline goes with it (_without_title)
            end = position + 1
            while end < len(blocks) and blocks[end].tag == "head":
                end += 1
            return blocks[position:end] + blocks[:position] + blocks[end:]
    return blocks


_MIN_RUN_ON_DECK_WORDS: Final = 10


def _with_deck(blocks: list[Block]) -> list[Block]:
    """The blocks under the headline, with a heading right under it that reads as a sentence
    ("<h2>The agency says the closures are temporary.</h2>") marked as the standfirst: the
    deck, not a section's heading, which is a few words and follows a paragraph."""
    if not blocks or blocks[0].tag != "head":
        return blocks
    text = blocks[0].text
    words = word_count(text)
    if (ends_like_sentence(text) and words >= _MIN_POINT_WORDS) or words >= _MIN_RUN_ON_DECK_WORDS:
        return [Block(text=text, tag=STANDFIRST_TAG), *blocks[1:]]
    return blocks


def _may_be_kicker(text: str) -> bool:
    """A line short enough to be the label over a headline, and no sentence."""
    return word_count(text) <= _MAX_KICKER_WORDS and not ends_like_sentence(text)


def _without_sign_off(blocks: list[Block], writers: list[str]) -> list[Block]:
    """Cut an author's bio, a disclaimer or a contact box that closes the page, and what follows.

    A bio is one that the sign-off patterns know, or one that opens with the name of a writer
    of the byline (``writers``, case-folded), whatever job it gives them. Only in the last
    quarter of the text: further up, a bio is about someone in the story, and so is one down
    there that gives the surname of a person the story named in full.
    """
    mass = sum(len(block.text) for block in blocks)
    seen = 0
    for position, block in enumerate(blocks):
        seen += len(block.text)
        # A line further inside a paragraph or a list (a credit among credits) opens nothing.
        if seen > mass * _SIGN_OFF_SHARE and block.first_of_element and (
            any(names_writer(block.text, name) for name in writers)
            or (
                sign_offs.is_sign_off(block.text)
                and not is_story_person_bio(block.text, (b.text for b in blocks[:position]))
            )
        ):
            return blocks[:position]
    return blocks


def _without_closing_contacts(blocks: list[Block]) -> list[Block]:
    """The blocks without the writer's address or handle alone on the last lines
    ("marc.lifsher@latimes.com", "@nora_castell"), a print edition's sign-off; a sentence that
    gives an address stays."""
    end = len(blocks)
    while end > 0 and chrome.is_contact(blocks[end - 1].text):
        end -= 1
    return blocks[:end]


def _split_standfirst(blocks: list[Block]) -> tuple[list[str], list[str]]:
    """Summary bullets that open the body (a list before any paragraph) become the standfirst,
    and so does the lead box set apart under the headline (see :func:`_lead`); and the
    bullets of a labelled summary box there (:mod:`summary_boxes`), which is never body."""
    # The box's label may stand under the deck's bullets.
    opening = next((at for at, block in enumerate(blocks)
                    if block.tag not in {"list", STANDFIRST_TAG}), len(blocks))
    blocks, bullets = blocks_without_box(blocks, opening + _BOX_REACH)
    standfirst, paragraphs = _lead_standfirst(blocks)
    return standfirst + bullets, paragraphs


_BOX_REACH: Final = 2  # blocks after the deck, among which a summary box's label stands


def _lead_standfirst(blocks: list[Block]) -> tuple[list[str], list[str]]:
    if blocks and blocks[0].tag == STANDFIRST_TAG:
        return [blocks[0].text], [block.text for block in blocks[1:]]
    lead: list[str] = []
    for block in blocks:
        if block.tag != "list":
            break
        lead.append(block.text)
    rest = [block.text for block in blocks[len(lead):]]
    if len(lead) >= _MIN_STANDFIRST_ITEMS and rest and all(
        word_count(t) >= _MIN_POINT_WORDS for t in lead
    ):
        return lead, rest
    return [], [block.text for block in blocks]
