"""Telegram's HTML parse mode, as the Bot API applies it to a message text.

The rules follow what the Bot API documents and what its parser (TDLib's ``parse_html``) does:
a fixed set of tags, attributes in single, double or no quotes, the four named entities plus
numeric ones, and errors that name the byte offset where parsing stopped. The result is the
visible text and its entities with offsets in UTF-16 code units, which is how Telegram measures
both the entities and the 4096-character limit.

One deliberate difference: TDLib keeps an ``&`` that does not start a known entity as a literal
character, while the Bot API documentation requires every such ``&`` to be escaped. We reject it,
so a bot tested here cannot come to depend on that leniency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# Tag -> entity type. ``a``, ``code`` inside ``pre``, ``blockquote expandable`` and ``tg-emoji``
# refine the type from their attributes.
TAG_ENTITY_TYPES: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "tg-emoji": "custom_emoji",
}

NAMED_ENTITIES: dict[str, str] = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_NUMERIC_ENTITY = re.compile(r"#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")
_NAMED_ENTITY = re.compile(r"([a-zA-Z][a-zA-Z0-9]{0,31});")
_LINK_SCHEMES = ("http://", "https://", "tg://", "ftp://", "tonsite://")
_TG_USER_LINK = re.compile(r"tg://user\?id=(\d{1,20})$")
_SPACE = " \t\r\n\f\v"
_PLAIN = re.compile(r"[^<&]+")


class EntityParseError(ValueError):
    """Not valid Telegram HTML; the message is what follows "can't parse entities: "."""


def utf16_len(text: str) -> int:
    """Length as Telegram counts it: characters outside the BMP take two UTF-16 code units."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


@dataclass
class ParsedText:
    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)
    entities_dropped: int = 0  # entities past Telegram's 100 a message, silently not kept


@dataclass
class _OpenTag:
    name: str
    offset: int  # UTF-16 offset in the visible text where the tag's content starts
    attributes: dict[str, str]


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0
        self.out: list[str] = []
        self._out_len16 = 0
        self._counted = 0  # pieces of ``out`` already in _out_len16
        self.open: list[_OpenTag] = []
        self.entities: list[dict[str, Any]] = []

    def byte_offset(self, index: int) -> int:
        return len(self.source[:index].encode("utf-8", "surrogatepass"))

    def fail(self, message: str, index: int | None = None) -> EntityParseError:
        if index is not None:
            message = f"{message} at byte offset {self.byte_offset(index)}"
        return EntityParseError(message)

    def emit(self, text: str) -> None:
        self.out.append(text)

    @property
    def out_len16(self) -> int:
        # Counted only when a tag needs an offset: most text never needs measuring piecewise.
        if self._counted < len(self.out):
            self._out_len16 += utf16_len("".join(self.out[self._counted :]))
            self._counted = len(self.out)
        return self._out_len16

    def run(self) -> ParsedText:
        src = self.source
        while self.pos < len(src):
            ch = src[self.pos]
            if ch == "&":
                self.emit(self.read_entity(self.pos))
            elif ch == "<":
                if src.startswith("</", self.pos):
                    self.read_end_tag()
                else:
                    self.read_start_tag()
            else:
                plain = _PLAIN.match(src, self.pos)
                assert plain is not None
                self.emit(plain.group(0))
                self.pos = plain.end()
        if self.open:
            raise self.fail(
                f'Can\'t find end tag corresponding to start tag "{self.open[-1].name}"'
            )
        return ParsedText("".join(self.out), self.entities)

    def read_entity(self, start: int) -> str:
        """Decode the entity at ``start`` (an ``&``) and move past it."""
        src = self.source
        numeric = _NUMERIC_ENTITY.match(src, start + 1)
        if numeric:
            hex_digits, dec_digits = numeric.groups()
            code = int(hex_digits, 16) if hex_digits else int(dec_digits)
            if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                raise self.fail(f'Invalid numeric character reference "{numeric.group(0)}"', start)
            self.pos = numeric.end()
            return chr(code)
        named = _NAMED_ENTITY.match(src, start + 1)
        if named and named.group(1) in NAMED_ENTITIES:
            self.pos = named.end()
            return NAMED_ENTITIES[named.group(1)]
        if named:
            raise self.fail(
                f'Unsupported HTML entity "&{named.group(0)}": only &lt; &gt; &amp; &quot; and '
                "numeric entities are allowed",
                start,
            )
        raise self.fail('Character "&" must be escaped as "&amp;"', start)

    def read_start_tag(self) -> None:
        src = self.source
        begin = self.pos
        end = begin + 1
        while end < len(src) and src[end] not in _SPACE and src[end] != ">":
            end += 1
        if end >= len(src):
            raise self.fail("Unclosed start tag", begin)
        name = src[begin + 1 : end].lower()
        if name not in TAG_ENTITY_TYPES:
            raise self.fail(f'Unsupported start tag "{name}"', begin)
        self.pos = end
        attributes = self.read_attributes(name, begin)
        self.pos += 1  # the closing ">"
        self.check_tag_attributes(name, attributes, begin)
        self.open.append(_OpenTag(name, self.out_len16, attributes))

    def read_attributes(self, tag: str, begin: int) -> dict[str, str]:
        src = self.source
        attributes: dict[str, str] = {}
        while True:
            self.skip_spaces()
            if self.pos >= len(src):
                raise self.fail("Unclosed start tag", begin)
            if src[self.pos] == ">":
                return attributes
            name_begin = self.pos
            while self.pos < len(src) and src[self.pos] not in _SPACE + "=>":
                self.pos += 1
            name = src[name_begin : self.pos].lower()
            if not name:
                raise self.fail(f'Empty attribute name in the tag "{tag}"', name_begin)
            self.skip_spaces()
            if tag == "blockquote" and name == "expandable" and src[self.pos : self.pos + 1] != "=":
                attributes[name] = ""
                continue
            if src[self.pos : self.pos + 1] != "=":
                raise self.fail(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}"',
                    self.pos,
                )
            self.pos += 1
            self.skip_spaces()
            attributes[name] = self.read_attribute_value(begin)

    def read_attribute_value(self, tag_begin: int) -> str:
        src = self.source
        if self.pos >= len(src):
            raise self.fail("Unclosed start tag", tag_begin)
        quote = src[self.pos]
        if quote in "'\"":
            close = src.find(quote, self.pos + 1)
            if close < 0:
                raise self.fail("Unclosed start tag", tag_begin)
            raw = src[self.pos + 1 : close]
            self.pos = close + 1
            return _decode_attribute(raw)
        value_begin = self.pos
        while self.pos < len(src) and (src[self.pos].isalnum() or src[self.pos] in "_-.:/"):
            self.pos += 1
        if self.pos < len(src) and src[self.pos] not in _SPACE + ">":
            raise self.fail("Unexpected end of name token", self.pos)
        return src[value_begin : self.pos]

    def check_tag_attributes(self, name: str, attributes: dict[str, str], begin: int) -> None:
        if name == "a" and not attributes.get("href", "").strip():
            raise self.fail('Tag "a" must have a non-empty attribute "href"', begin)
        if name == "span" and attributes.get("class") != "tg-spoiler":
            raise self.fail('Tag "span" must have class "tg-spoiler"', begin)
        if name == "tg-emoji" and not attributes.get("emoji-id", "").isdigit():
            raise self.fail('Tag "tg-emoji" must have a numeric attribute "emoji-id"', begin)

    def skip_spaces(self) -> None:
        while self.pos < len(self.source) and self.source[self.pos] in _SPACE:
            self.pos += 1

    def read_end_tag(self) -> None:
        src = self.source
        begin = self.pos
        close = src.find(">", begin + 2)
        if close < 0:
            raise self.fail("Unclosed end tag", begin)
        name = src[begin + 2 : close].strip().lower()
        if not self.open:
            raise self.fail("Unexpected end tag", begin)
        expected = self.open[-1].name
        if name != expected:
            raise self.fail(
                f'Unmatched end tag at byte offset {self.byte_offset(begin)}, '
                f'expected "</{expected}>", found "</{name}>"'
            )
        self.pos = close + 1
        self.close_entity(self.open.pop())

    def close_entity(self, tag: _OpenTag) -> None:
        length = self.out_len16 - tag.offset
        if length == 0:
            return  # Telegram drops empty entities
        entity = _entity_for(tag, length, self.open)
        if entity is not None:
            self.entities.append(entity)


def _entity_for(tag: _OpenTag, length: int, enclosing: list[_OpenTag]) -> dict[str, Any] | None:
    kind = TAG_ENTITY_TYPES[tag.name]
    entity: dict[str, Any] = {"type": kind, "offset": tag.offset, "length": length}
    if tag.name == "a":
        href = tag.attributes["href"].strip()
        user = _TG_USER_LINK.match(href)
        if user:
            return {"type": "text_mention", "offset": tag.offset, "length": length,
                    "user": {"id": int(user.group(1)), "is_bot": False, "first_name": "User"}}
        if not href.lower().startswith(_LINK_SCHEMES):
            return None  # Telegram keeps the text but silently drops a link it cannot open
        entity["url"] = href
    elif tag.name == "blockquote" and "expandable" in tag.attributes:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attributes["emoji-id"]
    elif tag.name == "code" and enclosing and enclosing[-1].name == "pre":
        language = tag.attributes.get("class", "")
        if language.startswith("language-") and len(language) > len("language-"):
            # The language is carried by the enclosing pre entity, not by a code entity.
            enclosing[-1].attributes["language"] = language[len("language-") :]
        return None
    elif tag.name == "pre" and tag.attributes.get("language"):
        entity["language"] = tag.attributes["language"]
    return entity


def _decode_attribute(raw: str) -> str:
    # Attribute values may hold entities; unknown ones stay as written, as TDLib does there.
    def replace(match: re.Match[str]) -> str:
        body = match.group(1)
        if body.startswith("#x") or body.startswith("#X"):
            return chr(int(body[2:], 16)) if int(body[2:], 16) <= 0x10FFFF else match.group(0)
        if body.startswith("#"):
            return chr(int(body[1:])) if int(body[1:]) <= 0x10FFFF else match.group(0)
        return NAMED_ENTITIES.get(body, match.group(0))

    return re.sub(r"&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);", replace, raw)


def parse_html(source: str) -> ParsedText:
    """Parse ``source`` as Telegram HTML; raise :class:`EntityParseError` when Telegram would."""
    return _Parser(source).run()


def strip_text(parsed: ParsedText) -> ParsedText:
    """Trim surrounding whitespace as Telegram does, moving and clipping entities to match."""
    text = parsed.text
    stripped = text.strip()
    if not stripped:
        return ParsedText("", [])
    lead16 = utf16_len(text[: len(text) - len(text.lstrip())])
    end16 = lead16 + utf16_len(stripped)
    entities: list[dict[str, Any]] = []
    for entity in parsed.entities:
        start = max(entity["offset"], lead16)
        stop = min(entity["offset"] + entity["length"], end16)
        if stop > start:
            entities.append({**entity, "offset": start - lead16, "length": stop - start})
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return ParsedText(stripped, entities)
