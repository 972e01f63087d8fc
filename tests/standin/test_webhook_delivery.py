"""Webhook mode: the stand-in posts updates to a real PTB Application's webhook server."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, CommandHandler, ContextTypes

from bot.standin import BotApiStandin

SECRET = "hook-Secret_1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_chat is not None
    await context.bot.send_message(update.effective_chat.id, f"got {context.args}")


@pytest.fixture
async def webhook_app(standin: BotApiStandin) -> AsyncIterator[int]:
    port = free_port()
    app: Application = (  # type: ignore[type-arg]
        ApplicationBuilder().token(standin.token).base_url(standin.base_url).build()
    )
    app.add_handler(CommandHandler("echo", echo))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_webhook(
            listen="127.0.0.1",
            port=port,
            url_path="hook",
            webhook_url="https://127.0.0.1:8443/hook",  # as behind a TLS proxy
            secret_token=SECRET,
        )
        yield port
        await app.updater.stop()
        await app.stop()


async def test_updates_are_posted_with_the_secret(
    standin: BotApiStandin, webhook_app: int
) -> None:
    assert standin.webhook["secret_token"] == SECRET
    standin.deliver_webhook(f"http://127.0.0.1:{webhook_app}/hook")
    standin.private_message(7, "/echo one")
    standin.private_message(7, "/echo two")
    replies = await standin.wait_for_messages(7, count=2)
    assert [m.entities_text for m in replies] == ["got ['one']", "got ['two']"]
    assert standin.queue.pending == []
    assert standin.webhook_deliverer is not None
    assert {p.status for p in standin.webhook_deliverer.posts} == {200}


async def test_a_refused_update_is_retried_until_accepted(
    standin: BotApiStandin, webhook_app: int
) -> None:
    # A wrong secret makes PTB's webhook answer 403; Telegram would keep retrying that update.
    standin.webhook["secret_token"] = "not-the-secret"
    standin.deliver_webhook(f"http://127.0.0.1:{webhook_app}/hook", retry_seconds=0.05)
    standin.private_message(7, "/echo retried")
    deliverer = standin.webhook_deliverer
    assert deliverer is not None
    await standin.wait_for(lambda s: len(deliverer.posts) >= 2)
    assert {p.status for p in deliverer.posts} == {403}
    standin.webhook["secret_token"] = SECRET
    [reply] = await standin.wait_for_messages(7)
    assert reply.entities_text == "got ['retried']"


async def test_only_the_update_types_the_webhook_asked_for_are_posted(
    standin: BotApiStandin, webhook_app: int, http: httpx.AsyncClient
) -> None:
    # setWebhook's allowed_updates filters what Telegram posts, as getUpdates' does for polls.
    answer = await http.post("setWebhook", json={
        "url": "https://127.0.0.1:8443/hook", "secret_token": SECRET,
        "allowed_updates": ["message"],
    })
    assert answer.json() == {"ok": True, "result": True}
    standin.deliver_webhook(f"http://127.0.0.1:{webhook_app}/hook")
    standin.my_chat_member(-5, new_status="member")
    standin.private_message(7, "/echo after")
    [reply] = await standin.wait_for_messages(7)
    assert reply.entities_text == "got ['after']"
    deliverer = standin.webhook_deliverer
    assert deliverer is not None
    assert len(deliverer.posts) == 1 and standin.queue.pending == []


def test_delivery_only_to_loopback(standin: BotApiStandin) -> None:
    with pytest.raises(ValueError, match="loopback"):
        standin.deliver_webhook("http://192.0.2.1/hook")
