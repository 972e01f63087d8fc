"""Injectable failures: the errors Telegram gives a bot, on demand, for chosen methods and chats."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.standin.errors import ApiError


@dataclass(frozen=True)
class Fault:
    """An answer to give instead of the normal one (``error``), or a delay before it (``delay``)."""

    name: str
    error: ApiError | None = None
    delay: float = 0.0
    drop: str | None = None  # "before" or "after" the method ran: close without an answer

    @staticmethod
    def retry_after(seconds: int) -> Fault:
        return Fault(
            "retry_after",
            ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds}),
        )

    @staticmethod
    def blocked() -> Fault:
        return Fault("blocked", ApiError(403, "Forbidden: bot was blocked by the user"))

    @staticmethod
    def user_deactivated() -> Fault:
        # What Telegram answers for a user who deleted their account.
        return Fault("user_deactivated", ApiError(403, "Forbidden: user is deactivated"))

    @staticmethod
    def kicked() -> Fault:
        return Fault("kicked", ApiError(403, "Forbidden: bot was kicked from the group chat"))

    @staticmethod
    def chat_not_found() -> Fault:
        return Fault("chat_not_found", ApiError(400, "Bad Request: chat not found"))

    @staticmethod
    def migrated(new_chat_id: int) -> Fault:
        return Fault(
            "migrated",
            ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": new_chat_id},
            ),
        )

    @staticmethod
    def server_error(status: int = 502) -> Fault:
        # Telegram's front end answers 5xx with an HTML page, not JSON; bots must cope with that.
        return Fault("server_error", ApiError(status, _status_phrase(status)))

    @staticmethod
    def bad_request(reason: str) -> Fault:
        return Fault("bad_request", ApiError(400, f"Bad Request: {reason}"))

    @staticmethod
    def slow(seconds: float) -> Fault:
        return Fault("slow", delay=seconds)

    @staticmethod
    def disconnect(*, after_processing: bool = False) -> Fault:
        """Close the connection without answering.

        With ``after_processing`` the method runs first (a message is sent) and only the answer
        is lost: the bot cannot tell whether its message arrived, as on a real network.
        """
        return Fault("disconnect", drop="after" if after_processing else "before")

    @property
    def is_server_error(self) -> bool:
        return self.error is not None and self.error.status >= 500


def _status_phrase(status: int) -> str:
    phrases = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
               504: "Gateway Timeout"}
    return phrases.get(status, "Server Error")


@dataclass
class FaultRule:
    fault: Fault
    method: str | None
    chat_id: int | None
    times: int | None  # None: until cleared

    def matches(self, method: str, chat_id: int | None) -> bool:
        if self.times is not None and self.times <= 0:
            return False
        if self.method is not None and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or self.chat_id == chat_id


class FaultBook:
    """Rules in the order they were injected; the first that matches a request fires."""

    def __init__(self) -> None:
        self.rules: list[FaultRule] = []
        self.fired: list[tuple[str, str, int | None]] = []  # (fault name, method, chat id)

    def add(self, fault: Fault, method: str | None, chat_id: int | None, times: int | None) -> None:
        if times is not None and times < 1:
            raise ValueError("times must be at least 1, or None for every matching request")
        self.rules.append(FaultRule(fault, method, chat_id, times))

    def take(self, method: str, chat_id: int | None) -> Fault | None:
        for rule in self.rules:
            if rule.matches(method, chat_id):
                if rule.times is not None:
                    rule.times -= 1
                self.fired.append((rule.fault.name, method, chat_id))
                return rule.fault
        return None

    def clear(self) -> None:
        self.rules.clear()

    def pending(self) -> list[dict[str, Any]]:
        return [
            {"fault": r.fault.name, "method": r.method, "chat_id": r.chat_id, "times": r.times}
            for r in self.rules
            if r.times is None or r.times > 0
        ]
