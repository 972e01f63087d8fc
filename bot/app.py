"""The python-telegram-bot Application: built once, every handler registered here, in one place."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import Conflict, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import background
from bot.commands import command_scopes
from bot.handlers import (
    digest,
    errors,
    membership,
    schedule_settings,
    settings_keyboard,
    sources,
    start_help,
    subscription,
    topic,
)
from bot.handlers import filters as filter_handlers
from bot.primary import PrimaryLease, follow_lease
from bot.services import SERVICES_KEY, BotServices

log = logging.getLogger(__name__)

# How often a process checks that it is still the primary one, or tries to become it.
LEASE_CHECK_SECONDS = 5.0
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]
COMMAND_HANDLERS = {
    "start": start_help.start_command,
    "help": start_help.help_command,
    "digest": digest.digest_command,
    "subscribe": subscription.subscribe_command,
    "unsubscribe": subscription.unsubscribe_command,
    "stop": subscription.stop_command,
    "time": schedule_settings.time_command,
    "timezone": schedule_settings.timezone_command,
    "filter": filter_handlers.filter_command,
    "sources": sources.sources_command,
    "settings": settings_keyboard.settings_command,
    "topic": topic.topic_command,
}


def build_application(services: BotServices) -> Application:  # type: ignore[type-arg]
    """The Application for ``services.config``; nothing is contacted until it is initialised."""
    tg = services.config.telegram
    application = (
        ApplicationBuilder()
        .token(services.config.require_token())
        .base_url(tg.base_url)
        .base_file_url(tg.base_file_url)
        # Long polling holds a request open for poll_timeout seconds; reads must outlast it.
        .get_updates_read_timeout(tg.poll_timeout + 10)
        .post_init(on_startup)
        .post_stop(on_shutdown)
        .build()
    )
    application.bot_data[SERVICES_KEY] = services
    register_handlers(application)
    return application


def register_handlers(application: Application) -> None:  # type: ignore[type-arg]
    # Edited messages are left alone: re-running a command someone corrected would surprise.
    fresh = filters.UpdateType.MESSAGE
    for name, callback in COMMAND_HANDLERS.items():
        application.add_handler(CommandHandler(name, callback, filters=fresh))
    application.add_handler(
        CallbackQueryHandler(schedule_settings.timezone_callback, pattern=r"^tz:")
    )
    application.add_handler(
        CallbackQueryHandler(settings_keyboard.settings_callback, pattern=r"^set:")
    )
    application.add_handler(CallbackQueryHandler(errors.unknown_button))  # after the two above
    application.add_handler(
        ChatMemberHandler(membership.my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, membership.chat_migrated))
    # Last in the same group: only commands no handler above took reach it.
    application.add_handler(MessageHandler(filters.COMMAND & fresh, errors.unknown_command))
    application.add_handler(MessageHandler(
        filters.ChatType.PRIVATE & ~filters.COMMAND & ~filters.StatusUpdate.ALL & fresh,
        errors.not_a_command,
    ))
    application.add_error_handler(errors.on_error)


def log_polling_error(exc: TelegramError) -> None:
    """PTB retries a failed getUpdates with back-off; its own report of each failure is an ERROR
    with a traceback, which turns a Telegram or network outage into a page of alarms. As at
    start (run_cmd), say it in one line; the traceback is there at DEBUG."""
    if isinstance(exc, Conflict):
        # Not an outage: another program polls with this token, and only its operator can stop it.
        log.error("polling Telegram failed: %s", exc)
    else:
        log.warning("polling Telegram failed, retrying: %s: %s", type(exc).__name__, exc)
    log.debug("the failed poll", exc_info=exc)


async def on_startup(application: Application, *, sending: bool = True) -> None:  # type: ignore[type-arg]
    """Menus per scope, then the schedule tick, the feed poll and (``sending``) the sender."""
    for scope, commands in command_scopes():
        await application.bot.set_my_commands(commands, scope=scope)
    await background.start(application, sending=sending)
    log.info("bot @%s started", application.bot.username)


async def on_shutdown(application: Application) -> None:  # type: ignore[type-arg]
    await background.stop(application)


@dataclass(frozen=True)
class WebhookSettings:
    """Where the webhook server listens, and what Telegram is told to post to."""

    listen: str
    port: int
    url: str
    secret_token: str

    @property
    def url_path(self) -> str:
        return urlsplit(self.url).path.lstrip("/")


@asynccontextmanager
async def running_bot(
    services: BotServices,
    *,
    poll_timeout: int = 1,
    webhook: WebhookSettings | None = None,
    lease_check_seconds: float = LEASE_CHECK_SECONDS,
) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """A started bot receiving updates (long polling, or a webhook server); stopped on exit.

    ``newsdigest run``, the tests and the demo all go through here, so they share one lifecycle.
    PTB's run_polling would run post_stop only after Application.stop() had shut the job queue
    and waited for every task; here the background work stops first, while the bot still runs.
    Of several processes running the bot, only the primary one long-polls and sends
    (bot/primary.py); the others tick, poll feeds, and take over when it stops.
    """
    application = build_application(services)
    await application.initialize()
    lease = PrimaryLease(services.config.database.url, application.bot.id,
                         on_queued=lambda: background.wake_sender(application))
    try:
        await application.start()
        updater = application.updater
        assert updater is not None

        async def start_polling() -> None:
            await updater.start_polling(
                poll_interval=0, timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES,
                drop_pending_updates=False, error_callback=log_polling_error,
            )

        async def promote() -> None:
            if webhook is None:
                await start_polling()
            background.start_sending(application)

        async def demote() -> None:
            if updater.running and webhook is None:
                await updater.stop()
            await background.stop_sending(application)

        primary = await lease.acquire()
        if webhook is not None:
            await updater.start_webhook(
                listen=webhook.listen, port=webhook.port, url_path=webhook.url_path,
                webhook_url=webhook.url, secret_token=webhook.secret_token,
                allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False,
            )
        elif primary:
            await start_polling()
        await on_startup(application, sending=primary)
        if not primary:
            log.info("another process is the primary one (it polls Telegram and sends digests); "
                     "this one composes scheduled digests and polls feeds, and takes over if that "
                     "one stops")
        follower = asyncio.create_task(
            follow_lease(lease, promote, demote, every=lease_check_seconds)
        )
        try:
            yield application
        finally:
            follower.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await follower
            if updater.running:
                await updater.stop()
            await on_shutdown(application)
            if application.running:
                await application.stop()
    finally:
        # A start that failed half-way (the webhook port in use, say) left PTB running, and
        # shutdown() would then raise "still running" in place of the error that matters.
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await lease.release()
        await application.shutdown()
