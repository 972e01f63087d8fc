"""`newsdigest run`: the bot by long polling (default) or webhook; without a token, the demo."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import signal
from types import ModuleType
from typing import Any, TextIO
from urllib.parse import urlsplit

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from telegram.error import InvalidToken, NetworkError

from bot.app import WebhookSettings, running_bot
from bot.logging_setup import configure_logging
from bot.services import BotServices
from digests.cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, CliContext
from digests.config import Config, ConfigError
from digests.store.db import DatabaseUrlError, create_engine, session_factory
from digests.store.migrate import upgrade_database

WEBHOOK_URL_PORTS = (443, 80, 88, 8443)

log = logging.getLogger(__name__)

NO_TOKEN_NOTICE = (
    "No bot token is set, so here is the offline demo. To connect a real bot, put its token "
    "(from @BotFather) in [telegram] token of your config file or in NEWSDIGEST_TELEGRAM_TOKEN."
)
_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class DatabaseUnreachable(Exception):
    """The database could not be reached at start (asyncpg's OSErrors arrive unwrapped)."""


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "run",
        help="run the bot (long polling, or a webhook server); the offline demo without a token",
        description="Run the Telegram bot. Without a configured token, runs the offline demo.",
    )
    parser.add_argument(
        "--webhook", action="store_true",
        help="serve a webhook instead of long polling (same as [telegram] mode = 'webhook')",
    )
    parser.set_defaults(handler=run_handler)


def run_handler(args: argparse.Namespace, ctx: CliContext) -> int:
    config = ctx.config
    if not config.telegram.token:
        demo = _demo_module()
        if demo is None:
            config.require_token()  # raises: says what is missing and where to put it (exit 2)
        assert demo is not None
        print(NO_TOKEN_NOTICE, file=ctx.stdout, flush=True)
        return _run_demo(demo, config, ctx.stdout)
    webhook = None
    if args.webhook or config.telegram.mode == "webhook":
        webhook = webhook_settings(config)
    redactor = configure_logging(config)
    try:
        asyncio.run(serve(config, webhook=webhook))
    except KeyboardInterrupt:  # a second Ctrl-C while stopping
        return EXIT_INTERRUPTED
    except InvalidToken:
        # PTB's own message quotes the token, so it must not reach stderr.
        raise ConfigError(
            f"{config.source_of('[telegram] token')}: [telegram] token was rejected by the Bot "
            f"API at {config.telegram.base_url}; check it with @BotFather"
        ) from None
    except DatabaseUrlError as exc:
        raise ConfigError(
            f"{config.source_of('[database] url')}: [database] url: {exc}"
        ) from None
    except (NetworkError, SQLAlchemyError, DatabaseUnreachable, OSError) as exc:
        # Expected ways to fail (Telegram, the database or the webhook port unreachable): one
        # line to act on, with the traceback (redacted, like every log record) only at DEBUG.
        log.debug("the bot stopped", exc_info=True)
        ctx.error(redactor.redact(_failure(exc, config)).splitlines()[0])
        return EXIT_FAILED
    except Exception:
        # Anything else is a bug: keep its traceback, but through logging, which redacts the
        # token (Python's default handler would print it as is).
        log.exception("the bot stopped on an unexpected error")
        return EXIT_FAILED
    return EXIT_OK


def _failure(exc: Exception, config: Config) -> str:
    if isinstance(exc, NetworkError):
        return f"the Bot API at {config.telegram.base_url}: {type(exc).__name__}: {exc}"
    database = make_url(config.database.url).render_as_string(hide_password=True)
    if isinstance(exc, DatabaseUnreachable):
        return f"database {database}: {exc}"
    if isinstance(exc, SQLAlchemyError):
        return f"database {database}: {type(exc).__name__}: {exc}"
    return f"{type(exc).__name__}: {exc}"


def webhook_settings(config: Config) -> WebhookSettings:
    """The webhook settings, or a ConfigError naming what is missing (before anything starts)."""
    tg = config.telegram
    missing = [name for name, value in (("webhook_url", tg.webhook_url),
                                        ("webhook_secret", tg.webhook_secret)) if not value]
    if missing:
        raise ConfigError(
            f"{config.source}: webhook mode needs [telegram] {' and '.join(missing)} "
            "(the public HTTPS address Telegram posts to, and a secret it sends back)"
        )
    if not tg.webhook_url.startswith("https://"):
        raise ConfigError(f"{config.source_of('[telegram] webhook_url')}: [telegram] webhook_url "
                          "must start with https://")
    # Telegram's setWebhook refuses any other port ("Ports currently supported for webhooks:
    # 443, 80, 88, 8443", core.telegram.org/bots/api#setwebhook); said here, before anything
    # starts, rather than as a Bot API error at startup.
    try:
        url_port = urlsplit(tg.webhook_url).port or 443
    except ValueError:
        url_port = None
    if url_port not in WEBHOOK_URL_PORTS:
        raise ConfigError(
            f"{config.source_of('[telegram] webhook_url')}: [telegram] webhook_url must use a "
            "port Telegram posts to: 443 (the default), 80, 88 or 8443; a proxy there may forward "
            "to any webhook_port"
        )
    return WebhookSettings(tg.webhook_listen, tg.webhook_port, tg.webhook_url, tg.webhook_secret)


async def serve(config: Config, *, webhook: WebhookSettings | None) -> None:
    """Migrate the database, run the bot until SIGINT or SIGTERM, then stop it cleanly."""
    try:
        await upgrade_database(config.database.url)
    except OSError as exc:
        raise DatabaseUnreachable(f"{type(exc).__name__}: {exc}") from exc
    engine = create_engine(config.database.url, echo=config.database.echo)
    services = BotServices(config=config, sessions=session_factory(engine))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in _STOP_SIGNALS:
        loop.add_signal_handler(sig, stop.set)
    try:
        async with running_bot(services, poll_timeout=config.telegram.poll_timeout,
                               webhook=webhook):
            log.info("running (%s); Ctrl-C stops", "webhook" if webhook else "long polling")
            await stop.wait()
            log.info("stopping")
    finally:
        for sig in _STOP_SIGNALS:
            loop.remove_signal_handler(sig)
        await engine.dispose()


def _demo_module() -> ModuleType | None:
    """bot.demo, or None in a build without it (then a missing token is only an error)."""
    try:
        return importlib.import_module("bot.demo")
    except ModuleNotFoundError as exc:
        if exc.name != "bot.demo":
            raise
        return None


def _run_demo(demo: ModuleType, config: Config, out: TextIO) -> int:
    try:
        result = asyncio.run(demo.run_demo(config, out))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return int(result)
