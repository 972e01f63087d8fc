"""Bot API methods about the bot itself and what it reads: identity, webhook, commands, updates,
chats and their members."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from bot.standin.errors import ApiError, bad_request
from bot.standin.objects import full_chat_info
from bot.standin.params import get_bool, get_chat_id, get_float, get_int, get_str
from bot.standin.validation import check_commands

if TYPE_CHECKING:
    from bot.standin.standin import BotApiStandin

_SCOPES_WITHOUT_CHAT = (
    "default",
    "all_private_chats",
    "all_group_chats",
    "all_chat_administrators",
)
_LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
# "Ports currently supported for webhooks: 443, 80, 88, 8443." (core.telegram.org/bots/api)
WEBHOOK_PORTS = (443, 80, 88, 8443)


def get_me(sb: BotApiStandin, params: dict[str, Any]) -> dict[str, Any]:
    return sb.world.bot_user


def log_out(sb: BotApiStandin, params: dict[str, Any]) -> bool:
    return True


def set_webhook(sb: BotApiStandin, params: dict[str, Any]) -> bool:
    url = get_str(params, "url") or ""
    if url:
        _check_webhook_url(url)
    secret = get_str(params, "secret_token")
    if secret is not None and not _valid_secret(secret):
        raise bad_request("bad webhook: secret token contains unallowed characters")
    allowed = _allowed_updates(params)
    if get_bool(params, "drop_pending_updates"):
        sb.queue.drop_pending()
    # Telegram applies setWebhook's allowed_updates to what it posts, as getUpdates' to polls.
    sb.queue.allow(allowed)
    # Updated in place: webhook delivery holds this very dict.
    sb.webhook.update(url=url, secret_token=secret, params=dict(params))
    return True


def delete_webhook(sb: BotApiStandin, params: dict[str, Any]) -> bool:
    if get_bool(params, "drop_pending_updates"):
        sb.queue.drop_pending()
    sb.webhook.update(url="", secret_token=None, params={})
    return True


def get_webhook_info(sb: BotApiStandin, params: dict[str, Any]) -> dict[str, Any]:
    return {
        "url": sb.webhook["url"],
        "has_custom_certificate": False,
        "pending_update_count": len(sb.queue.pending),
    }


def _check_webhook_url(url: str) -> None:
    # Telegram's own answers: it posts only over HTTPS, and only to four ports. A bot behind a
    # TLS proxy registers the proxy's URL; deliver_webhook() then posts to the bot's listener.
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise bad_request("bad webhook: invalid webhook URL specified") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise bad_request("bad webhook: invalid webhook URL specified")
    if parts.scheme != "https":
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if port not in WEBHOOK_PORTS:
        raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
    # The stand-in only ever talks to this machine: a webhook elsewhere would leave it.
    if parts.hostname not in _LOOPBACK_HOSTS:
        raise bad_request("bad webhook: the stand-in accepts only loopback webhook URLs")


def _allowed_updates(params: dict[str, Any]) -> list[str] | None:
    allowed = params.get("allowed_updates")
    if allowed is not None and not (
        isinstance(allowed, list) and all(isinstance(a, str) for a in allowed)
    ):
        raise bad_request("can't parse allowed_updates JSON array")
    return allowed


def _valid_secret(secret: str) -> bool:
    allowed = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    return 1 <= len(secret) <= 256 and set(secret) <= allowed


def scope_key(scope: Any, language_code: str | None) -> str:
    """"default", "all_private_chats", "chat:<id>", ...; a language adds "|<code>"."""
    if scope is None:
        key = "default"
    elif not isinstance(scope, dict) or not isinstance(scope.get("type"), str):
        raise bad_request("can't parse BotCommandScope JSON object")
    elif scope["type"] in _SCOPES_WITHOUT_CHAT:
        key = scope["type"]
    elif scope["type"] in ("chat", "chat_administrators"):
        key = f"{scope['type']}:{_scope_chat(scope)}"
    elif scope["type"] == "chat_member":
        key = f"chat_member:{_scope_chat(scope)}:{get_int(scope, 'user_id', required=True)}"
    else:
        raise bad_request(f"unsupported bot command scope type {scope['type']!r}")
    return f"{key}|{language_code}" if language_code else key


def _scope_chat(scope: dict[str, Any]) -> int:
    chat_id = get_int(scope, "chat_id", required=True)
    assert chat_id is not None
    return chat_id


def set_my_commands(sb: BotApiStandin, params: dict[str, Any]) -> bool:
    commands = check_commands(params.get("commands"))
    key = scope_key(params.get("scope"), get_str(params, "language_code"))
    sb.commands[key] = commands
    return True


def get_my_commands(sb: BotApiStandin, params: dict[str, Any]) -> list[dict[str, str]]:
    key = scope_key(params.get("scope"), get_str(params, "language_code"))
    return list(sb.commands.get(key, []))


def delete_my_commands(sb: BotApiStandin, params: dict[str, Any]) -> bool:
    key = scope_key(params.get("scope"), get_str(params, "language_code"))
    sb.commands.pop(key, None)
    return True


async def get_updates(sb: BotApiStandin, params: dict[str, Any]) -> list[dict[str, Any]]:
    if sb.webhook["url"]:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook "
            "to delete the webhook first",
        )
    limit = get_int(params, "limit") or 100
    if not 1 <= limit <= 100:
        limit = max(1, min(limit, 100))  # Telegram clamps rather than refuses
    timeout = get_float(params, "timeout", 0.0)
    allowed = _allowed_updates(params)
    return await sb.queue.poll(get_int(params, "offset"), limit, timeout, allowed)


def get_chat(sb: BotApiStandin, params: dict[str, Any]) -> dict[str, Any]:
    chat_id = get_chat_id(params, sb.world.usernames)
    return full_chat_info(sb.world.readable_chat(chat_id).chat)


def get_chat_member(sb: BotApiStandin, params: dict[str, Any]) -> dict[str, Any]:
    chat_id = get_chat_id(params, sb.world.usernames)
    user_id = get_int(params, "user_id", required=True)
    assert user_id is not None
    return sb.world.member(chat_id, user_id)


def get_chat_administrators(sb: BotApiStandin, params: dict[str, Any]) -> list[dict[str, Any]]:
    chat_id = get_chat_id(params, sb.world.usernames)
    return sb.world.administrators(chat_id)
