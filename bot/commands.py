"""The bot's commands: one list that feeds setMyCommands (per scope), /help and the handlers."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
)


class Audience(Enum):
    """Who sees a command in Telegram's command menu."""

    EVERYONE = "everyone"  # private chats and every group member
    PRIVATE = "private"  # private chats only
    SETTINGS = "settings"  # private chats and group administrators: it changes settings


@dataclass(frozen=True)
class CommandSpec:
    name: str
    usage: str  # what follows the command, for /help ("" when it takes nothing)
    summary: str  # menu text: at most 256 characters, Telegram shows the first line
    audience: Audience


COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec("start", "", "Welcome and how this bot works", Audience.PRIVATE),
    CommandSpec("help", "", "Every command, with examples", Audience.EVERYONE),
    CommandSpec("digest", "[again]", "The latest news now (again: repeat what you got)",
                Audience.EVERYONE),
    CommandSpec("subscribe", "", "Get a digest every day at your times", Audience.SETTINGS),
    CommandSpec("unsubscribe", "", "Stop the daily digests", Audience.SETTINGS),
    CommandSpec("time", "HH:MM[,HH:MM…]", "When digests arrive, local time (08:00 or 8am)",
                Audience.SETTINGS),
    CommandSpec("timezone", "Area/City", "Your time zone", Audience.SETTINGS),
    CommandSpec("filter", '+word +"a phrase" -word | remove word | clear',
                "Only or never these topics", Audience.SETTINGS),
    CommandSpec("sources", "[add URL | remove ID]", "Where the news comes from", Audience.EVERYONE),
    CommandSpec("settings", "", "All settings on buttons", Audience.SETTINGS),
    CommandSpec("topic", "", "Forum groups: send digests to this topic", Audience.SETTINGS),
    CommandSpec("stop", "", "Stop and pause this chat (settings are kept)", Audience.SETTINGS),
)

COMMAND_NAMES: frozenset[str] = frozenset(spec.name for spec in COMMANDS)

# Commands only a forum supergroup needs are left out of menus where they cannot work.
_GROUP_ONLY = frozenset({"topic"})
_PRIVATE_MENU_SKIP = _GROUP_ONLY


def _menu(specs: list[CommandSpec]) -> list[BotCommand]:
    return [BotCommand(spec.name, spec.summary) for spec in specs]


def command_scopes() -> list[tuple[BotCommandScope, list[BotCommand]]]:
    """What setMyCommands gets, per scope: a menu fitted to who is looking at it."""
    private = [s for s in COMMANDS if s.name not in _PRIVATE_MENU_SKIP]
    members = [s for s in COMMANDS if s.audience is Audience.EVERYONE]
    admins = [s for s in COMMANDS if s.audience is not Audience.PRIVATE]
    return [
        (BotCommandScopeAllPrivateChats(), _menu(private)),
        (BotCommandScopeAllGroupChats(), _menu(members)),
        (BotCommandScopeAllChatAdministrators(), _menu(admins)),
    ]


def help_lines() -> list[str]:
    """One plain-text line per command, every command (callers escape it for HTML)."""
    lines = []
    for spec in COMMANDS:
        usage = f" {spec.usage}" if spec.usage else ""
        lines.append(f"/{spec.name}{usage} — {spec.summary}")
    return lines


__all__ = [
    "COMMANDS", "COMMAND_NAMES", "Audience", "CommandSpec", "command_scopes", "help_lines",
]
