"""HTML pages -> CleanArticle: trafilatura finds the main text, our pass removes the rest.

trafilatura's full metadata extraction (htmldate's deep search) would nearly double the time of a
page, so title, byline, date and language are read from the page head here, from the tree
trafilatura parses anyway.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from digests.article import CleanArticle
from digests.clean import chrome
from digests.clean.blocks import Block, drop_chrome_blocks
from digests.clean.bylines import LONE_PREFIX, clean_byline, looks_like_names
from digests.clean.language import detect_language
from digests.clean.lines import normalise, strip_bullet, word_count
from digests.clean.titles import match_key, repeated_parts, site_name_test, without_site_name

_SITE_SUFFIX = re.compile(r"\s+[|–—\-:·•»]\s+[^|–—\-:·•»]{2,60}$")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
_MIN_STANDFIRST_ITEMS = 2
_MIN_HEADLINE_WORDS = 3
_LEAD_WORDS = 8
_SIGN_OFF_SHARE = 0.75
_LEAD_PREFIX = 60  # characters: a lead trafilatura kept can differ from its box further on
# Parts of class and id names that CMS templates give the lead paragraph.
_LEAD_NAMES = frozenset({
    "intro", "teaser", "lead", "lede", "excerpt", "preface", "standfirst", "summary", "deck",
    "dek", "subtitle", "abstract", "description",
})
_LEAD_TAGS = ("p", "div", "section", "header", "span")
_NAME_PARTS = re.compile(r"[\s_-]+")
# An ISO 639 code is what chats filter by and all the column holds; a page's lang attribute
# can be anything a template left behind ("{{ lang }}", "<?php echo $lang ?>").
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def clean_html(html: str, url: str = "") -> CleanArticle:
    """The article in ``html``: title, byline, body paragraphs, without the page's chrome."""
    tree = load_html(html)
    if tree is None:
        return CleanArticle(url=url)
    meta = _head_metadata(tree, url)
    document = trafilatura.bare_extraction(
        tree, url=url or None, include_comments=False, include_tables=True
    )
    blocks = _body_blocks(getattr(document, "body", None)) if document is not None else []
    kept = _without_sign_off(_without_title(drop_chrome_blocks(blocks), meta.get("title", "")))
    lead = _lead(tree, blocks, meta.get("title", ""), meta.get("description", ""))
    if lead:
        kept = drop_chrome_blocks([Block(text=lead)]) + kept
    standfirst, paragraphs = _split_standfirst(kept)
    return CleanArticle(
        title=meta.get("title", ""),
        byline=meta.get("byline", ""),
        standfirst=standfirst,
        paragraphs=paragraphs,
        language=meta.get("language") or detect_language(" ".join(paragraphs)),
        url=url,
        published=meta.get("published", ""),
    )


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
        for position, line in enumerate(lines):
            if child.tag == "list":
                line, _ = strip_bullet(line)
            blocks.append(Block(text=line, tag=str(child.tag), first_of_element=position == 0))
    return blocks


def _lead(tree: Any, blocks: list[Block], title: str, description: str) -> str:
    """The article's lead paragraph where trafilatura left it out, else "".

    Templates set the lead (teaser, standfirst) apart from the text, in a box of its own between
    the headline and the first paragraph, and trafilatura often takes that box for chrome. It
    is known by its class ("intro", "teaser", "excerpt", ...) or by repeating the page's
    description, and only searched for between the headline and the body's first paragraph:
    elsewhere the same classes mark the teasers of other stories.
    """
    first = next((b.text for b in blocks if b.tag == "p" and word_count(b.text) >= _LEAD_WORDS), "")
    if not first or not title:
        return ""
    body = " ".join(block.text for block in blocks)
    long_blocks = [block.text for block in blocks if word_count(block.text) >= _LEAD_WORDS]
    summary = normalise(description).rstrip(".… ")
    if word_count(summary) < _LEAD_WORDS:
        summary = ""
    headline = match_key(title)
    seen_headline = False
    for element in tree.iter("h1", *_LEAD_TAGS):
        if element.tag == "h1":
            seen_headline = seen_headline or _is_headline_of(element, headline)
            continue
        if not seen_headline:
            continue
        text = normalise(element.text_content())
        if text.startswith(first):
            return ""  # reached the body: there is no lead box above it
        if _is_lead(element, text, summary) and not _shares_text(text, body, long_blocks):
            return _innermost_lead(element, summary)
    return ""


def _shares_text(text: str, body: str, blocks: list[str]) -> bool:
    """Whether trafilatura kept the text, or the box holds some of the body (an excerpt)."""
    return text[:_LEAD_PREFIX] in body or any(block in text for block in blocks)


def _is_headline_of(heading: Any, headline: str) -> bool:
    """Whether a heading shows the title: a kicker can share its element ("Tunisia Headline"),
    and the declared title can run longer than the heading."""
    shown = match_key(normalise(heading.text_content()))
    return headline in shown or (word_count(shown) >= _MIN_HEADLINE_WORDS and shown in headline)


def _is_lead(element: Any, text: str, summary: str) -> bool:
    if word_count(text) < _LEAD_WORDS or _is_link_text(element, text):
        return False
    return _names_lead(element) or bool(summary and text.startswith(summary))


def _innermost_lead(element: Any, summary: str) -> str:
    """The lead's own text, without a date, a byline or a label that share its box."""
    for inner in element.iterdescendants(*_LEAD_TAGS):
        text = normalise(inner.text_content())
        if _is_lead(inner, text, summary):
            return _innermost_lead(inner, summary)
    return normalise(element.text_content())


def _names_lead(element: Any) -> bool:
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    parts = set(_NAME_PARTS.split(names))
    return bool(parts & _LEAD_NAMES) or element.get("itemprop") == "description"


def _is_link_text(element: Any, text: str) -> bool:
    """Whether the element is (mostly) a link: a teaser of another story, not this one's lead."""
    if any(ancestor.tag == "a" for ancestor in element.iterancestors()):
        return True
    linked = sum(len(normalise(link.text_content())) for link in element.iter("a"))
    return linked * 2 > len(text)


def _without_title(blocks: list[Block], title: str) -> list[Block]:
    """Drop the article's heading where it opens the body: it is already the title.

    A section label or a kicker printed as a heading above it ("Press releases") goes with it.
    """
    wanted = title.casefold()
    leading = 0
    while leading < len(blocks) and blocks[leading].tag == "head":
        leading += 1
    for position in range(leading - 1, -1, -1):
        if blocks[position].text.casefold() == wanted:
            return blocks[position + 1:]
    return blocks


def _without_sign_off(blocks: list[Block]) -> list[Block]:
    """Cut an author's bio, a disclaimer or a contact box that closes the page, and what follows.

    Only in the last quarter of the text: further up, a bio is about someone in the story.
    """
    mass = sum(len(block.text) for block in blocks)
    seen = 0
    for position, block in enumerate(blocks):
        seen += len(block.text)
        # A line further inside a paragraph or a list (a credit among credits) opens nothing.
        if (
            seen > mass * _SIGN_OFF_SHARE
            and block.first_of_element
            and chrome.is_sign_off(block.text)
        ):
            return blocks[:position]
    return blocks


def _split_standfirst(blocks: list[Block]) -> tuple[list[str], list[str]]:
    """Summary bullets that open the body (a list before any paragraph) become the standfirst."""
    lead: list[str] = []
    for block in blocks:
        if block.tag != "list":
            break
        lead.append(block.text)
    rest = [block.text for block in blocks[len(lead):]]
    if len(lead) >= _MIN_STANDFIRST_ITEMS and rest and all(word_count(t) >= 5 for t in lead):
        return lead, rest
    return [], [block.text for block in blocks]


def _head_metadata(tree: Any, url: str) -> dict[str, str]:
    metas: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key and content and key not in metas:
            metas[key] = normalise(content)
    return {
        "description": metas.get("og:description") or metas.get("description", ""),
        "title": _title(tree, metas, url),
        "byline": _byline(tree, metas, url),
        "published": _published(tree, metas),
        "language": _language(tree, metas),
    }


def _title(tree: Any, metas: dict[str, str], url: str) -> str:
    """The article's heading, or the page's declared title without the site's name."""
    headings = [normalise(h.text_content()) for h in tree.iterfind(".//h1") if not _links_home(h)]
    headings = [h for h in headings if word_count(h) >= 2]
    declared = next((metas[key] for key in ("og:title", "twitter:title") if metas.get(key)), "")
    shown = [normalise(h.text_content()) for h in tree.xpath(".//h1|.//h2")]
    sites = [metas.get("og:site_name", ""), metas.get("application-name", "")]
    host = urlsplit(url).hostname or ""

    def without_site(title: str) -> str:
        repeated = repeated_parts(title, {match_key(text) for text in shown if text})
        return repeated[0] if repeated else without_site_name(title, sites, host)

    if len(headings) == 1:
        heading = headings[0]
        # A section label or a kicker can share the heading element ("Local News | Headline"):
        # the declared title, found inside it, is the headline alone.
        headline = without_site(declared) if declared else ""
        words = word_count(headline)
        if (
            match_key(headline) != match_key(heading)
            and match_key(headline) in match_key(heading)
            and words >= _MIN_HEADLINE_WORDS
            and 3 * words >= word_count(heading)
        ):
            return headline
        return heading
    if declared:
        return without_site(declared)
    title = tree.find(".//title")
    if title is not None and title.text:
        text = normalise(title.text)
        stripped = without_site(text)
        return stripped if stripped != text else _SITE_SUFFIX.sub("", text)
    return headings[0] if headings else ""


def _links_home(heading: Any) -> bool:
    """Whether a heading is only a link to the site's home page: the site's name in its banner."""
    links = heading.xpath(".//a[@href]")
    if len(links) != 1 or normalise(links[0].text_content()) != normalise(heading.text_content()):
        return False
    href = links[0].get("href", "").strip()
    # An archived page keeps the original address after the archive's own.
    path = urlsplit(href[href.rfind("http"):] if "://" in href else href).path
    return path in ("", "/")


def _byline(tree: Any, metas: dict[str, str], url: str) -> str:
    """Who wrote the article: the structured data's author, the author fields, a byline element.

    Each is only a candidate: templates fill author fields with the publisher, a placeholder or
    a date when the article names nobody. The site's own name is a byline only when nothing
    else names a writer (an organisation's own blog signs with it).
    """
    author, publishers = _json_ld_people(tree)
    sites = [metas.get("og:site_name", ""), metas.get("application-name", ""), *publishers]
    names_site = site_name_test(sites, urlsplit(url).hostname or "")
    candidates = [author, *(metas.get(key, "") for key in _AUTHOR_KEYS)]
    for node in tree.xpath(
        './/*[@rel="author" or @itemprop="author" or contains(@class, "byline")][1]'
    )[:1]:
        candidates.append(normalise(node.text_content()))
    bylines = [byline for byline in map(clean_byline, candidates) if byline]
    writers = [byline for byline in bylines if not names_site(byline)]
    first_name_only = bool(writers) and " " not in writers[0]
    if not writers or first_name_only:
        # Nobody named, or only a first name: the page may label the byline ("By" / "Ann Lee").
        writers += [names for names in [_labelled_names(tree)] if names and not names_site(names)]
    if not writers:
        return bylines[0] if bylines else ""
    # Structured data can list only the first of several writers that an author field names,
    # or only the writer's first name.
    fuller = (writers[0] + ",", writers[0] + " ") if first_name_only else (writers[0] + ",",)
    longer = [w for w in writers[1:] if w.startswith(fuller)]
    return longer[0] if longer else writers[0]


# Short texts that may be a label ("By", "Autor:"), and the first text after an element.
_SHORT_TEXTS = etree.XPath(
    ".//body//text()[normalize-space()][string-length(normalize-space()) < 20]"
)
_NEXT_TEXT = etree.XPath("following::text()[normalize-space()][1]")


def _labelled_names(tree: Any) -> str:
    """The names in the text right after a label that is the lead word alone ("By", "Autor").

    Only the first such label is read: the byline comes before the comments and the footer.
    """
    for label in _SHORT_TEXTS(tree):
        if label.is_text and LONE_PREFIX.match(label.strip()):
            following = _NEXT_TEXT(label.getparent())
            names = clean_byline(normalise(following[0])) if following else ""
            # A full name: a lone word after the label is a date's or a menu's ("Published").
            return names if " " in names and looks_like_names(names) else ""
    return ""


def _json_ld_people(tree: Any) -> tuple[str, list[str]]:
    """The article's authors (all of them in one text) and its publishers, from JSON-LD."""
    author = ""
    publishers: list[str] = []
    for script in tree.xpath('.//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script, strict=False)  # raw line breaks inside texts are common
        except ValueError:
            continue  # a template's syntax error: the page's other signals remain
        for item in _json_ld_items(data):
            # A picture's author is its photographer.
            if str(item.get("@type", "")).endswith("Object"):
                continue
            author = author or ", ".join(_names(item.get("author")))
            publishers.extend(_names(item.get("publisher")))
    return author, publishers


def _json_ld_items(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD block: a list of them, a "@graph" of them, or one."""
    items = data if isinstance(data, list) else [data]
    found: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            found.append(item)
            found.extend(_json_ld_items(item.get("@graph", [])))
    return found


def _names(value: Any) -> list[str]:
    """The names a JSON-LD author or publisher field gives: a text, a Person, or a list."""
    values = value if isinstance(value, list) else [value]
    names = [v.get("name") if isinstance(v, dict) else v for v in values]
    return [normalise(html.unescape(name)) for name in names if isinstance(name, str)]


def _published(tree: Any, metas: dict[str, str]) -> str:
    for key in ("article:published_time", "datepublished", "date", "dc.date", "pubdate"):
        if metas.get(key):
            return metas[key]
    for node in tree.iterfind(".//time"):
        value = node.get("datetime")
        if value:
            return normalise(value)
    return ""


def _language(tree: Any, metas: dict[str, str]) -> str:
    lang = tree.get("lang") or metas.get("og:locale") or metas.get("content-language") or ""
    code = lang.strip().replace("_", "-").split("-")[0].lower()
    return code if _LANGUAGE_CODE.fullmatch(code) else ""
