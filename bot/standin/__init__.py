"""A local Bot API stand-in: real HTTP, scripted updates, injectable faults (DESIGN.md §7)."""

from bot.standin.errors import ApiError
from bot.standin.faults import Fault
from bot.standin.records import ApiCall, SentMessage
from bot.standin.standin import BotApiStandin

__all__ = ["ApiCall", "ApiError", "BotApiStandin", "Fault", "SentMessage"]
