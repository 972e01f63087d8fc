"""`newsdigest run`: the bot by long polling (default) or webhook; without a token, the demo."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
from typing import Any, TextIO
from urllib.parse import urlsplit

from bot.app import ALLOWED_UPDATES, build_application
from bot.logging_setup import configure_logging
from bot.services import BotServices
from digests.cli import EXIT_INTERRUPTED, EXIT_OK, CliContext
from digests.config import Config, ConfigError
from digests.store.db import create_engine, session_factory
from digests.store.migrate import upgrade_database

log = logging.getLogger(__name__)

NO_TOKEN_NOTICE = (
    "No bot token is set, so here is the offline demo. To connect a real bot, put its token "
    "(from @BotFather) in [telegram] token of your config file or in NEWSDIGEST_TELEGRAM_TOKEN."
)


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
        print(NO_TOKEN_NOTICE, file=ctx.stdout, flush=True)
        return _run_demo(config, ctx.stdout)
    webhook = bool(args.webhook) or config.telegram.mode == "webhook"
    if webhook:
        check_webhook_settings(config)
    configure_logging(config)
    try:
        asyncio.run(upgrade_database(config.database.url))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return _run_bot(config, webhook=webhook)


def check_webhook_settings(config: Config) -> None:
    tg = config.telegram
    missing = [name for name, value in (("webhook_url", tg.webhook_url),
                                        ("webhook_secret", tg.webhook_secret)) if not value]
    if missing:
        raise ConfigError(
            f"{config.source}: webhook mode needs [telegram] {' and '.join(missing)} "
            "(the public HTTPS address Telegram posts to, and a secret it sends back)"
        )
    if not tg.webhook_url.startswith("https://"):
        raise ConfigError(f"{config.source}: [telegram] webhook_url must start with https://")


def _run_bot(config: Config, *, webhook: bool) -> int:
    engine = create_engine(config.database.url, echo=config.database.echo)
    services = BotServices(config=config, sessions=session_factory(engine))
    application = build_application(services)

    async def release_database(_app: object) -> None:
        await engine.dispose()

    application.post_shutdown = release_database
    # run_polling/run_webhook own the event loop and stop cleanly on SIGINT/SIGTERM.
    try:
        if webhook:
            tg = config.telegram
            application.run_webhook(
                listen=tg.webhook_listen, port=tg.webhook_port, url_path=_url_path(tg.webhook_url),
                webhook_url=tg.webhook_url, secret_token=tg.webhook_secret,
                allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False,
            )
        else:
            application.run_polling(
                allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False,
                timeout=config.telegram.poll_timeout,
            )
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return EXIT_OK


def _url_path(webhook_url: str) -> str:
    return urlsplit(webhook_url).path.lstrip("/")


def _run_demo(config: Config, out: TextIO) -> int:
    try:
        demo = importlib.import_module("bot.demo")
    except ModuleNotFoundError as exc:
        if exc.name != "bot.demo":
            raise
        print("The offline demo is not part of this build; set a token to run the bot.", file=out)
        return EXIT_OK
    try:
        result = asyncio.run(demo.run_demo(config, out))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    return int(result)
