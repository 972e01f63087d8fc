"""The stand-in as any HTTP client sees it: routing, tokens, encodings, commands, webhooks."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from telegram import Bot, BotCommand, BotCommandScopeAllPrivateChats, BotCommandScopeChat
from telegram.error import BadRequest, Conflict, InvalidToken

from bot.standin import BotApiStandin


async def test_unknown_method_is_404(standin: BotApiStandin, http: httpx.AsyncClient) -> None:
    response = await http.post("sendTelepathy", json={"chat_id": 1})
    assert response.status_code == 404
    assert response.json() == {
        "ok": False,
        "error_code": 404,
        "description": "Not Found: method not found",
    }


async def test_method_names_ignore_case(http: httpx.AsyncClient) -> None:
    response = await http.get("GETME")
    assert response.json()["result"]["is_bot"] is True


async def test_wrong_token_is_unauthorized(standin: BotApiStandin) -> None:
    async with httpx.AsyncClient() as client:
        wrong = await client.get(f"{standin.base_url}654321:OTHER/getMe")
        malformed = await client.get(f"{standin.base_url}not-a-token/getMe")
    assert (wrong.status_code, wrong.json()["description"]) == (401, "Unauthorized")
    assert malformed.status_code == 404


async def test_ptb_sees_a_wrong_token_as_invalid(standin: BotApiStandin) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("654321:OTHER", base_url=standin.base_url):
            pass


async def test_json_form_and_query_encodings(
    standin: BotApiStandin, http: httpx.AsyncClient
) -> None:
    markup = {"inline_keyboard": [[{"text": "a", "callback_data": "a"}]]}
    as_json = await http.post("sendMessage", json={"chat_id": 1, "text": "json",
                                                   "reply_markup": markup})
    as_form = await http.post("sendMessage", data={"chat_id": "1", "text": "form",
                                                   "reply_markup": json.dumps(markup)})
    as_query = await http.get("sendMessage", params={"chat_id": "1", "text": "query"})
    as_multipart = await http.post(
        "sendMessage", data={"chat_id": "1", "text": "multipart"},
        files={"unused": ("x.txt", b"x")},
    )
    assert [r.status_code for r in (as_json, as_form, as_query, as_multipart)] == [200] * 4
    assert [m.entities_text for m in standin.messages_to(1)] == [
        "json", "form", "query", "multipart"
    ]
    assert standin.messages_to(1)[1].reply_markup == markup


async def test_malformed_json_is_a_clear_400(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "sendMessage", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert "can't parse JSON" in response.json()["description"]
    bad_markup = await http.post("sendMessage", data={"chat_id": "1", "text": "x",
                                                      "reply_markup": "{oops"})
    assert "reply keyboard markup" in bad_markup.json()["description"]


async def test_missing_chat_id_and_text(http: httpx.AsyncClient) -> None:
    no_chat = await http.post("sendMessage", json={"text": "x"})
    no_text = await http.post("sendMessage", json={"chat_id": 1})
    assert no_chat.json()["description"] == "Bad Request: chat_id is empty"
    assert no_text.json()["description"] == "Bad Request: message text is empty"


async def test_calls_are_recorded_with_their_status(
    standin: BotApiStandin, http: httpx.AsyncClient
) -> None:
    await http.post("sendMessage", json={"chat_id": 1, "text": "ok"})
    await http.post("sendMessage", json={"chat_id": 1, "text": "<b>", "parse_mode": "HTML"})
    assert [(c.method, c.status) for c in standin.calls] == [
        ("sendMessage", 200),
        ("sendMessage", 400),
    ]
    assert standin.calls[1].description is not None
    assert "can't parse entities" in standin.calls[1].description
    assert len(standin.calls_to("sendMessage")) == 2


async def test_commands_per_scope(standin: BotApiStandin, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    await bot.set_my_commands(
        [BotCommand("digest", "Latest digest")], scope=BotCommandScopeAllPrivateChats()
    )
    await bot.set_my_commands(
        [BotCommand("settings", "Settings")], scope=BotCommandScopeChat(-5), language_code="de"
    )
    assert [c["command"] for c in standin.commands["default"]] == ["start", "help"]
    assert standin.commands["all_private_chats"] == [
        {"command": "digest", "description": "Latest digest"}
    ]
    assert "chat:-5|de" in standin.commands
    mine = await bot.get_my_commands(scope=BotCommandScopeAllPrivateChats())
    assert [c.command for c in mine] == ["digest"]
    await bot.delete_my_commands(scope=BotCommandScopeAllPrivateChats())
    assert "all_private_chats" not in standin.commands


async def test_invalid_commands_are_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("has space", "x")])
    with pytest.raises(BadRequest, match=r"(?i)description must be non-empty"):
        await bot.set_my_commands([BotCommand("ok", "")])


async def test_webhook_is_recorded_and_blocks_polling(standin: BotApiStandin, bot: Bot) -> None:
    assert await bot.set_webhook("https://127.0.0.1:8443/hook", secret_token="s3cret")
    assert standin.webhook["url"] == "https://127.0.0.1:8443/hook"
    assert standin.webhook["secret_token"] == "s3cret"
    assert (await bot.get_webhook_info()).url == "https://127.0.0.1:8443/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    standin.private_message(7, "pending")
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()


async def test_webhook_off_this_machine_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="loopback"):
        await bot.set_webhook("https://example.org/hook")


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1:8443/hook", r"(?i)an https url must be provided"),
        ("https://127.0.0.1:8080/hook", r"(?i)only on ports 80, 88, 443 or 8443"),
    ],
)
async def test_webhook_needs_https_on_a_port_telegram_posts_to(
    standin: BotApiStandin, bot: Bot, url: str, why: str
) -> None:
    # Telegram's answers to setWebhook (core.telegram.org/bots/api#setwebhook: "HTTPS URL";
    # "Ports currently supported for webhooks: 443, 80, 88, 8443").
    with pytest.raises(BadRequest, match=why):
        await bot.set_webhook(url)
    assert standin.webhook["url"] == ""
    for fine in ("https://127.0.0.1/hook", "https://localhost:88/hook", "https://[::1]:80/x"):
        assert await bot.set_webhook(fine)


async def test_token_never_reaches_the_log(
    standin: BotApiStandin, bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await bot.send_message(1, "hello")
    with pytest.raises(BadRequest):
        await bot.send_message(1, "<b>", parse_mode="HTML")
    standin_records = [r for r in caplog.records if r.name.startswith(("bot.standin", "tornado"))]
    assert standin_records, "the stand-in logs its requests at DEBUG"
    secret = standin.token.split(":", 1)[1]
    assert all(secret not in r.getMessage() for r in standin_records)


def test_only_loopback_addresses() -> None:
    with pytest.raises(ValueError, match="loopback"):
        BotApiStandin(host="0.0.0.0")


def test_token_must_look_like_a_token() -> None:
    with pytest.raises(ValueError, match="123456:ABC") as caught:
        BotApiStandin(token="secret-without-colon")
    assert "secret-without-colon" not in str(caught.value)


async def test_recorded_params_read_the_same_for_every_encoding(
    standin: BotApiStandin, http: httpx.AsyncClient, bot: Bot
) -> None:
    await bot.send_message(5, "ptb", disable_notification=True)
    await http.post("sendMessage", json={"chat_id": 5, "text": "json",
                                         "disable_notification": True})
    ptb_call, json_call = standin.calls_to("sendMessage")
    assert ptb_call.params["chat_id"] == json_call.params["chat_id"] == 5
    assert ptb_call.params["disable_notification"] is True


async def test_a_bug_in_a_method_is_a_500_without_the_token_in_logs(
    standin: BotApiStandin,
    http: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.standin import method_table

    def broken(sb: BotApiStandin, params: dict[str, object]) -> object:
        raise RuntimeError("simulated defect")

    monkeypatch.setitem(method_table.METHODS, "getMe", broken)
    caplog.set_level(logging.DEBUG)
    response = await http.get("getMe")
    assert response.status_code == 500
    assert "the stand-in failed in getMe" in response.json()["description"]
    assert any("simulated defect" in (r.exc_text or "") or r.exc_info for r in caplog.records)
    secret = standin.token.split(":", 1)[1]
    assert all(secret not in r.getMessage() for r in caplog.records
               if r.name.startswith(("bot.standin", "tornado")))
