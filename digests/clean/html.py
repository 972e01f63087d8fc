"""HTML pages -> CleanArticle: trafilatura finds the main text, our pass removes the rest.

trafilatura's full metadata extraction (htmldate's deep search) would nearly double the time of a
page, so title, byline, date and language are read from the page head here, from the tree
trafilatura parses anyway.
"""

from __future__ import annotations

import re
from typing import Any

import trafilatura
from trafilatura.utils import load_html
from trafilatura.xml import xmltotxt

from digests.article import CleanArticle
from digests.clean.blocks import Block, drop_chrome_blocks
from digests.clean.language import detect_language
from digests.clean.lines import normalise, strip_bullet, word_count

_SITE_SUFFIX = re.compile(r"\s+[|–—\-:·•»]\s+[^|–—\-:·•»]{2,60}$")
_BYLINE_PREFIX = re.compile(r"^(?:by|von|por|par|de|przez|autor(?:in)?:?)\s+", re.IGNORECASE)
_MIN_STANDFIRST_ITEMS = 2
# An ISO 639 code is what chats filter by and all the column holds; a page's lang attribute
# can be anything a template left behind ("{{ lang }}", "<?php echo $lang ?>").
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def clean_html(html: str, url: str = "") -> CleanArticle:
    """The article in ``html``: title, byline, body paragraphs, without the page's chrome."""
    tree = load_html(html)
    if tree is None:
        return CleanArticle(url=url)
    meta = _head_metadata(tree)
    document = trafilatura.bare_extraction(
        tree, url=url or None, include_comments=False, include_tables=True
    )
    blocks = _body_blocks(getattr(document, "body", None)) if document is not None else []
    kept = _without_title(drop_chrome_blocks(blocks), meta.get("title", ""))
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


def _without_title(blocks: list[Block], title: str) -> list[Block]:
    """Drop the article's heading where it opens the body: it is already the title."""
    wanted = title.casefold()
    position = 0
    while position < len(blocks) and blocks[position].tag == "head":
        if blocks[position].text.casefold() != wanted:
            break
        position += 1
    return blocks[position:]


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


def _head_metadata(tree: Any) -> dict[str, str]:
    metas: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = meta.get("content")
        if key and content and key not in metas:
            metas[key] = normalise(content)
    return {
        "title": _title(tree, metas),
        "byline": _byline(tree, metas),
        "published": _published(tree, metas),
        "language": _language(tree, metas),
    }


def _title(tree: Any, metas: dict[str, str]) -> str:
    headings = [normalise(h.text_content()) for h in tree.iterfind(".//h1")]
    headings = [h for h in headings if word_count(h) >= 2]
    if len(headings) == 1:
        return headings[0]
    for key in ("og:title", "twitter:title"):
        if metas.get(key):
            return metas[key]
    title = tree.find(".//title")
    if title is not None and title.text:
        return _SITE_SUFFIX.sub("", normalise(title.text))
    return headings[0] if headings else ""


def _byline(tree: Any, metas: dict[str, str]) -> str:
    for key in ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author"):
        value = metas.get(key, "")
        if value and "://" not in value and word_count(value) <= 8:
            return _BYLINE_PREFIX.sub("", value)
    for node in tree.xpath(
        './/*[@rel="author" or @itemprop="author" or contains(@class, "byline")][1]'
    )[:1]:
        text = normalise(node.text_content())
        if text and word_count(text) <= 8:
            return _BYLINE_PREFIX.sub("", text)
    return ""


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
