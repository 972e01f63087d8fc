"""A strict check of Telegram Bot API HTML (parse_mode=HTML), for unit tests of the renderer.

It applies the rules Telegram documents, erring on the strict side: only the supported tags,
properly nested and closed; ``<``, ``>`` and ``&`` only as markup or entities; named entities only
``&lt; &gt; &amp; &quot;`` plus numeric ones; at most 4096 characters of visible text (UTF-16
units) and raw text; at most 100 entities; no characters Telegram rejects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

MAX_CHARS = 4096
MAX_ENTITIES = 100
SIMPLE_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "tg-spoiler"}
)
NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)>")
_SPECIAL = re.compile(r"[<>&]")
_REJECTED = re.compile("[\x00\ud800-\udfff]")
_ATTR = re.compile(r"""\s*([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


class TelegramHtmlError(ValueError):
    """The message would fail with "can't parse entities" (or another 400)."""


@dataclass
class ParsedMessage:
    text: str
    entities: list[tuple[str, str | None]] = field(default_factory=list)  # (tag, href)

    @property
    def links(self) -> list[str]:
        return [href for tag, href in self.entities if tag == "a" and href is not None]


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _check_char(ch: str, where: int) -> None:
    code = ord(ch)
    if code == 0 or 0xD800 <= code <= 0xDFFF:
        raise TelegramHtmlError(f"character U+{code:04X} at {where} is rejected by Telegram")


def _decode_entity(match: re.Match[str]) -> str:
    named, decimal, hexadecimal = match.groups()
    if named:
        return NAMED_ENTITIES[named]
    code = int(decimal) if decimal else int(hexadecimal, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise TelegramHtmlError(f"numeric entity {match.group(0)} is not a valid character")
    return chr(code)


def _decode_attr(value: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(value):
        if value[i] == "&":
            m = _ENTITY.match(value, i)
            if m is None:
                raise TelegramHtmlError(f"bare '&' in attribute value {value!r}")
            out.append(_decode_entity(m))
            i = m.end()
        elif value[i] == "<":
            raise TelegramHtmlError(f"'<' in attribute value {value!r}")
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def _check_href(href: str) -> None:
    parts = urlsplit(href)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise TelegramHtmlError(f"href {href!r} is not an absolute http(s) URL")
    if any(ch.isspace() for ch in href):
        raise TelegramHtmlError(f"href {href!r} contains whitespace")


def _open_tag(name: str, attr_text: str) -> str | None:
    """Validate an opening tag; returns the decoded href of a link (else None)."""
    attrs: dict[str, str] = {}
    rest = attr_text
    while rest.strip():
        m = _ATTR.match(rest)
        if m is None:
            raise TelegramHtmlError(f"malformed attributes in <{name}{attr_text}>")
        raw = next(v for v in m.groups()[1:] if v is not None)
        attrs[m.group(1).lower()] = _decode_attr(raw)
        rest = rest[m.end():]
    if name == "a":
        if set(attrs) != {"href"}:
            raise TelegramHtmlError(f"<a> needs exactly an href, got {sorted(attrs)}")
        _check_href(attrs["href"])
        return attrs["href"]
    if name == "span":
        if attrs != {"class": "tg-spoiler"}:
            raise TelegramHtmlError("<span> is only allowed as <span class=\"tg-spoiler\">")
        return None
    if name == "blockquote":
        if set(attrs) - {"expandable"}:
            raise TelegramHtmlError(f"<blockquote> does not take {sorted(attrs)}")
        return None
    if name == "code" and set(attrs) <= {"class"}:
        if attrs and not attrs["class"].startswith("language-"):
            raise TelegramHtmlError("<code class> must be language-…")
        return None
    if name not in SIMPLE_TAGS or attrs:
        raise TelegramHtmlError(f"tag <{name}> (with {sorted(attrs)}) is not supported")
    return None


def parse_telegram_html(message: str) -> ParsedMessage:
    """Parse ``message`` as Telegram would, raising :class:`TelegramHtmlError` where it would."""
    if utf16_len(message) > MAX_CHARS:
        raise TelegramHtmlError(f"raw message is {utf16_len(message)} characters (> {MAX_CHARS})")
    text: list[str] = []
    stack: list[str] = []
    parsed = ParsedMessage(text="")
    i = 0
    while i < len(message):
        ch = message[i]
        if ch == "<":
            m = _TAG.match(message, i)
            if m is None:
                raise TelegramHtmlError(f"unescaped '<' or malformed tag at {i}")
            closing, name, attr_text = m.group(1), m.group(2).lower(), m.group(3)
            if closing:
                if attr_text.strip():
                    raise TelegramHtmlError(f"closing tag </{name}> with attributes")
                if not stack or stack[-1] != name:
                    raise TelegramHtmlError(f"</{name}> at {i} does not close the open tag")
                stack.pop()
            else:
                if "a" in stack and name == "a":
                    raise TelegramHtmlError("a link inside a link")
                if stack and stack[-1] in {"pre", "code"} and not (
                    stack[-1] == "pre" and name == "code"
                ):
                    raise TelegramHtmlError(f"<{name}> inside <{stack[-1]}>")
                href = _open_tag(name, attr_text)
                stack.append(name)
                parsed.entities.append((name, href))
            i = m.end()
        elif ch == "&":
            m = _ENTITY.match(message, i)
            if m is None:
                raise TelegramHtmlError(f"bare '&' or unsupported entity at {i}")
            text.append(_decode_entity(m))
            i = m.end()
        elif ch == ">":
            raise TelegramHtmlError(f"unescaped '>' at {i}")
        else:
            # A run of plain text up to the next markup character, checked in one go.
            special = _SPECIAL.search(message, i)
            end = special.start() if special else len(message)
            rejected = _REJECTED.search(message, i, end)
            if rejected:
                _check_char(rejected.group(0), rejected.start())
            text.append(message[i:end])
            i = end
    if stack:
        raise TelegramHtmlError(f"unclosed tags at the end: {stack}")
    parsed.text = "".join(text)
    if not parsed.text.strip():
        raise TelegramHtmlError("message text is empty")
    if utf16_len(parsed.text) > MAX_CHARS:
        raise TelegramHtmlError(f"visible text is {utf16_len(parsed.text)} characters")
    if len(parsed.entities) > MAX_ENTITIES:
        raise TelegramHtmlError(f"{len(parsed.entities)} entities (> {MAX_ENTITIES})")
    return parsed
