"""What a page's head and markup say about its article: title, byline, date and language.

trafilatura's full metadata extraction (htmldate's deep search) would nearly double the time of a
page, so these are read here, from the tree trafilatura parses anyway: meta tags, JSON-LD, the
headings, a "By" label.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from digests.clean.byline_markup import joined_names, names_writer_class, texts_but_jobs
from digests.clean.bylines import (
    LONE_PREFIX,
    LONE_WRITER_LABEL,
    NAME_SEPARATOR,
    clean_byline,
    looks_like_names,
    writer_names,
)
from digests.clean.lines import normalise, word_count
from digests.clean.titles import match_key, repeated_parts, site_name_test, without_site_name

_SITE_SUFFIX = re.compile(r"\s+[|–—\-:·•»]\s+[^|–—\-:·•»]{2,60}$")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
_MIN_HEADLINE_WORDS = 3
# An ISO 639 code is what chats filter by and all the column holds; a page's lang attribute
# can be anything a template left behind ("{{ lang }}", "<?php echo $lang ?>").
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def head_metadata(tree: Any, url: str, html: str) -> dict[str, str]:
    """Title, bylines, date and language of the page in ``tree``, parsed from ``html``."""
    metas: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key and content and key not in metas:
            metas[key] = normalise(content)
    return {
        "description": metas.get("og:description") or metas.get("description", ""),
        "title": _title(tree, metas, url),
        **_bylines(tree, metas, url, html),
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


def _bylines(tree: Any, metas: dict[str, str], url: str, html: str) -> dict[str, str]:
    """Who wrote the article ("byline"), and the site's own name where a field gives only that
    ("site_byline"): the caller prefers a writer the body names to the site."""
    byline, names_site = _byline(tree, metas, url, html)
    if byline and names_site(byline):
        return {"byline": "", "site_byline": byline}
    return {"byline": byline, "site_byline": ""}


def _byline(
    tree: Any, metas: dict[str, str], url: str, html: str
) -> tuple[str, Callable[[str], bool]]:
    """Who wrote the article: the structured data's author, the author fields, a byline element;
    and the test of whether a byline is only the site's name.

    Each is only a candidate: templates fill author fields with the publisher, a placeholder or
    a date when the article names nobody. The site's own name is a byline only when nothing
    else names a writer (an organisation's own blog signs with it).
    """
    author, publishers = _json_ld_people(tree)
    sites = [metas.get("og:site_name", ""), metas.get("application-name", ""), *publishers]
    names_site = _site_label_test(site_name_test(sites, urlsplit(url).hostname or ""))
    candidates = [
        author, *(metas.get(key, "") for key in _AUTHOR_KEYS), _parsely_author(metas),
    ]
    for node in _AUTHOR_ELEMENT(tree)[:1]:
        candidates.append(_element_names(node))
    bylines = [byline for byline in map(clean_byline, candidates) if byline]
    writers = [byline for byline in bylines if not names_site(byline)]
    first_name_only = bool(writers) and " " not in writers[0]
    if not writers or first_name_only:
        # Nobody named, or only a first name: the page may label the byline ("By" / "Ann Lee"),
        # or name its box with the word spelled apart ("by_line_date").
        # The markup is searched first: the page-wide search of classes costs ten times more.
        spelled_apart = [
            clean_byline(_element_names(node)) for node in _BY_LINE_ELEMENT(tree)
        ] if "by_line" in html or "by-line" in html else []
        writers += [
            names for names in [_labelled_names(tree), *spelled_apart, _author_class_names(tree)]
            if names and not names_site(names)
        ]
    if not writers:
        return (bylines[0] if bylines else ""), names_site
    # Structured data can list only the first of several writers that an author field or the
    # byline names ("Ann Lee, Tom Berg", "Ann Lee and Tom Berg"), or only the writer's first name.
    if first_name_only:
        longer = [w for w in writers[1:] if w.startswith((writers[0] + ",", writers[0] + " "))]
    else:
        longer = [w for w in writers[1:] if _lists_after(w, writers[0])]
        if not longer and len(NAME_SEPARATOR.split(writers[0])) == 1:
            # The fields name one writer, the byline the page prints two ("By <span>Ann
            # Lee</span> and <span>Tom Berg</span>" under an author field "Ann Lee"); each a
            # full name, no degree or desk ("Ann Lee, PhD", "Ann Lee, Online-Redaktion").
            longer = [w for w in (_labelled_names(tree), _author_class_names(tree))
                      if _lists_after(w, writers[0]) and len(writer_names(w)) > 1]
    return (longer[0] if longer else writers[0]), names_site


def _lists_after(byline: str, first: str) -> bool:
    """Whether ``byline`` names ``first`` and then more writers."""
    names = NAME_SEPARATOR.split(byline, maxsplit=1)
    return len(names) == 2 and names[0] == first


def _site_label_test(names_site: Callable[[str], bool]) -> Callable[[str], bool]:
    """The site's name, alone or with where it is: templates fill the author field with the
    publisher's imprint ("Harbour Weekly, Portsmouth, England")."""

    def names_site_or_imprint(byline: str) -> bool:
        return names_site(byline) or names_site(byline.split(",", 1)[0])

    return names_site_or_imprint


# The element that names the writer: rel and itemprop hold lists of words ("author creator",
# "noopener author"), so "author" is looked for as one word among them. Not in a menu, a
# sidebar or the footer: their teasers of other stories name those stories' writers.
# Also the hAtom/hNews microformat that WordPress themes and newspaper chains print: the writer's
# element has the classes "author" and "vcard" ("comment-author vcard" is a commenter's).
# A link or a field holds no text: the writer's profile linked from the head ("<link
# rel='author' href=…>") would otherwise stand for the byline the page prints.
# Each XPath opens with plain substring tests, which settle most elements before the
# word tests build their strings (a third less time over the dev pages).
_AUTHOR_ELEMENT = etree.XPath(
    './/*[contains(@rel, "author") or contains(@itemprop, "author")'
    ' or contains(@class, "byline") or contains(@class, "author")]'
    '[(contains(concat(" ", normalize-space(@rel), " "), " author ")'
    ' or contains(concat(" ", normalize-space(@itemprop), " "), " author ")'
    ' or contains(@class, "byline")'
    ' or (contains(@class, "vcard")'
    ' and contains(concat(" ", normalize-space(@class), " "), " author ")))'
    ' and not(ancestor::nav or ancestor::aside or ancestor::footer or self::meta or self::link)]'
    '[1]'
)
# An element whose classes include the word "author" alone ("<span class='author'>Ann Lee
# </span>") or name the writer's name ("author-name"): templates mark the writer's name so
# without a label or microformat. Not in a comment section, where the same class marks each
# commenter.
_AUTHOR_CLASS_ELEMENT = etree.XPath(
    './/body//*[contains(@class, "author") or contains(@class, "Author")]'
    '[not(ancestor::nav or ancestor::aside or ancestor::footer'
    ' or ancestor::*[contains(@class, "comment") or contains(@id, "comment")])]'
)


def _author_class_names(tree: Any) -> str:
    """The writer named in the first element of class "author", if it reads as a full name:
    "<span class='author'>Herbert Braun</span>" gives "Herbert Braun"; "admin" gives ""."""
    for node in _AUTHOR_CLASS_ELEMENT(tree):
        if names_writer_class(node):
            names = clean_byline(_element_names(node))
            return names if " " in names and looks_like_names(names) else ""
    return ""


# A byline box whose class spells the word apart ("by_line_date", "article-by-line"): looked
# for only when nothing else names the writer, the whole page's classes being costly to read.
_BY_LINE_ELEMENT = etree.XPath(
    './/*[(contains(@class, "by_line") or contains(@class, "by-line"))'
    ' and not(ancestor::nav or ancestor::aside or ancestor::footer)][1]'
)
# The author elements inside a byline box, not inside another one (a linked name in a span
# marked as the author), and the name inside a person's box that also gives the job.
_INNER_AUTHORS = etree.XPath(
    './/*[(contains(concat(" ", normalize-space(@rel), " "), " author ")'
    ' or contains(concat(" ", normalize-space(@itemprop), " "), " author "))'
    ' and not(ancestor::*[contains(concat(" ", normalize-space(@rel), " "), " author ")'
    ' or contains(concat(" ", normalize-space(@itemprop), " "), " author ")])]'
)
_PERSON_NAME = etree.XPath('.//*[@itemprop="name"][1]')


def _element_names(node: Any) -> str:
    """The writers an author element names: a byline box ("By", the linked name, the writer's
    job, each in an element of its own) names them by the author elements inside it; a person's
    box by the name inside it."""
    inner = _INNER_AUTHORS(node) or [node]
    boxes = [(_PERSON_NAME(each) or [each])[0] for each in inner]
    names = [_apart(texts_but_jobs(box, _WORDS_BUT_DATES(box))) for box in boxes]
    return ", ".join(dict.fromkeys(name for name in names if name))


# The texts of a byline box, each apart: pages built by React or minified have no space between
# elements ("<span>By</span><a>Ann Lee</a><span>and</span>…"). Not its date ("<time>Nov 26").
_WORDS_BUT_DATES = etree.XPath(".//text()[not(ancestor::time)]")
_SPACE_BEFORE_STOP = re.compile(r" (?=[,;.)])")


def _apart(texts: list[str]) -> str:
    """Texts joined with a space between each, none before the comma that follows a name."""
    return _SPACE_BEFORE_STOP.sub("", normalise(" ".join(texts)))


# Short texts that may be a label ("By", "Autor:"), and the first text after an element.
_SHORT_TEXTS = etree.XPath(
    ".//body//text()[normalize-space()][string-length(normalize-space()) < 20]"
)
# The texts after a label, as many as name two writers and the word between them ("Ann Lee",
# "and", "Tom Berg").
_NEXT_TEXTS = etree.XPath("following::text()[normalize-space()][position() <= 3]")
# From the element whose text the label is: the next texts inside it ("<span>by <a>Ann Lee</a>
# </span>"), the "following" axis leaving out what the element holds.
_NEXT_TEXTS_INSIDE = etree.XPath(
    "descendant::text()[normalize-space()][position() > 1 and position() <= 4]"
)
# From the element whose tail the label is: the label itself, then the texts after it.
_TEXTS_AFTER_TAIL = etree.XPath(
    "following::text()[normalize-space()][position() > 1 and position() <= 4]"
)


_WRITER_LABEL_INITIALS = frozenset("AaАа")  # "Author", "Autor", "Auteur", "Автор"


def _labelled_names(tree: Any) -> str:
    """The names in the text right after a label that is the lead word alone ("By", "Autor"),
    or the writer's field label in a details list ("<strong>Author</strong> Ann Lee").

    Only the first lead word is read: the byline comes before the comments and the footer. A
    field label that names no one ("Author" over a column of book titles) does not stop the
    search.
    """
    for label in _SHORT_TEXTS(tree):
        # The label is an element's text ("<span>By</span>"), or loose text after an element
        # (the writer's picture, then "By", then the linked name).
        if not (label.is_text or label.is_tail):
            continue
        lone = label.strip()
        lead = LONE_PREFIX.match(lone) is not None
        if not lead and not (
            lone[:1] in _WRITER_LABEL_INITIALS and LONE_WRITER_LABEL.match(lone)
        ):
            continue
        element = label.getparent()
        if label.is_text:
            following = [*_NEXT_TEXTS_INSIDE(element), *_NEXT_TEXTS(element)]
        else:
            following = _TEXTS_AFTER_TAIL(element)
        names = joined_names(following)
        # A full name: a lone word after the label is a date's or a menu's ("Published").
        if " " in names and looks_like_names(names):
            return names
        if lead:
            return ""
    return ""


def _parsely_author(metas: dict[str, str]) -> str:
    """The writer that the page's data for the Parse.ly analytics names: one JSON text in the
    "parsely-page" meta field, which WordPress papers and blogs fill when no author field is."""
    data = metas.get("parsely-page", "")
    if '"author"' not in data:
        return ""
    try:
        page = json.loads(data, strict=False)
    except ValueError:
        return ""  # cut short or malformed: the page's other signals remain
    author = page.get("author") if isinstance(page, dict) else None
    return normalise(html.unescape(author)) if isinstance(author, str) else ""


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
            people = item.get("author")
            author = author or ", ".join(_names(people, organisations=False))
            # An agency given as the author ({"@type": "Organization", "name": "DPA"}) names
            # the source, as the publisher names the site: the page may name its writers.
            publishers.extend([*_names(item.get("publisher")), *_organisations(people)])
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


def _names(value: Any, organisations: bool = True) -> list[str]:
    """The names a JSON-LD author or publisher field gives: a text, a Person, or a list;
    without ``organisations``, not those typed as one."""
    values = value if isinstance(value, list) else [value]
    names = [v.get("name") if isinstance(v, dict) else v for v in values
             if organisations or not _is_organisation(v)]
    return [normalise(html.unescape(name)) for name in names if isinstance(name, str)]


def _organisations(value: Any) -> list[str]:
    """The names of the organisations among a JSON-LD field's values."""
    values = value if isinstance(value, list) else [value]
    return [normalise(html.unescape(v["name"])) for v in values
            if _is_organisation(v) and isinstance(v.get("name"), str)]


def _is_organisation(value: Any) -> bool:
    return isinstance(value, dict) and str(value.get("@type", "")).endswith("Organization")


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
