"""Webhook mode: the stand-in posts queued updates to the bot's webhook, as Telegram does.

Telegram posts each update as JSON to the URL given in setWebhook, with the secret in the
``X-Telegram-Bot-Api-Secret-Token`` header, and keeps retrying an update until the bot answers
2xx. A bot usually registers an https URL served by a TLS proxy; the stand-in cannot be that
proxy, so it may be told to post to the bot's own plain-HTTP listener instead. Either way it only
posts to this machine.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from bot.standin.update_queue import UpdateQueue

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass
class WebhookPost:
    update_id: int
    url: str
    status: int | None  # None: no answer (refused, timed out)
    error: str | None = None


def check_loopback(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.hostname not in _LOOPBACK_HOSTS:
        raise ValueError(f"webhook delivery goes to loopback http(s) URLs only, not {url!r}")
    return url


class WebhookDeliverer:
    """Posts queued updates one by one, in order, retrying each until it is accepted."""

    def __init__(
        self,
        queue: UpdateQueue,
        webhook: dict[str, Any],
        deliver_to: str | None,
        *,
        retry_seconds: float = 0.2,
        timeout: float = 5.0,
    ) -> None:
        self._queue = queue
        self._webhook = webhook
        self._deliver_to = check_loopback(deliver_to) if deliver_to else None
        self._retry_seconds = retry_seconds
        self._timeout = timeout
        self.posts: list[WebhookPost] = []
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="standin-webhook-delivery")

    async def stop(self) -> None:
        if self._task is None:
            return
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None

    def target(self) -> str | None:
        registered = self._webhook.get("url") or None
        if registered is None:
            return None  # no webhook set: updates wait for getUpdates
        return self._deliver_to or check_loopback(registered)

    async def _run(self) -> None:
        async with httpx.AsyncClient(timeout=self._timeout, trust_env=False) as client:
            while not self._queue.closed:
                url = self.target()
                # Only the types setWebhook's allowed_updates asked for, as with getUpdates.
                update = self._queue.next_ready() if url is not None else None
                if url is None or update is None:
                    await self._queue.wait_for_push(0.1)
                    continue
                if await self._post(client, url, update):
                    self._queue.confirm(update["update_id"] + 1)
                    self._queue.delivered.append(update)
                else:
                    await self._queue.wait_closed_or(self._retry_seconds)

    async def _post(self, client: httpx.AsyncClient, url: str, update: dict[str, Any]) -> bool:
        headers = {}
        if self._webhook.get("secret_token"):
            headers[SECRET_HEADER] = str(self._webhook["secret_token"])
        try:
            response = await client.post(url, json=update, headers=headers)
        except httpx.HTTPError as exc:
            self.posts.append(WebhookPost(update["update_id"], url, None, type(exc).__name__))
            return False
        self.posts.append(WebhookPost(update["update_id"], url, response.status_code))
        return 200 <= response.status_code < 300
