"""`newsdigest demo`: the whole product offline, as a conversation a person can read.

It starts the local Bot API stand-in on 127.0.0.1 and the real bot against it (over real HTTP),
with a temporary SQLite database, loads the bundled sample articles through the real pipeline,
and plays a user who subscribes, picks a send time a minute ahead, asks for /digest, and then
receives the scheduled digest. Time runs fast (a minute a second, by default) so the schedule
comes round within seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import math
import tempfile
import time
from collections.abc import Callable, Collection, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from bot import background
from bot.app import running_bot
from bot.sender import SenderSettings
from bot.services import BotServices
from bot.standin import BotApiStandin, SentMessage
from digests.config import Config, DatabaseConfig, replace_section
from digests.samples import load_samples, samples
from digests.store.db import create_engine, session_factory
from digests.store.migrate import upgrade_database

DEMO_TOKEN = "123456:DEMO-offline-token"
DEMO_USER_ID = 4242
DEMO_USER_NAME = "Ann"
# Sample files that "arrive" after the user's /digest, so the scheduled digest has news to bring.
LATE_SAMPLES = ("harbour-ferry-strike-coastline.txt", "harbour-ferry-strike-islandpost.txt")
# Real seconds between the user's /time and the slot it sets.
SLOT_LEAD_SECONDS = 3.0
EXIT_OK = 0
EXIT_FAILED = 1


class FastClock:
    """UTC that runs ``speed`` times faster than the wall clock, from the moment it is made."""

    def __init__(self, speed: float, start: datetime | None = None) -> None:
        self._start = start or datetime.now(UTC)
        self._started = time.monotonic()
        self.speed = speed

    def __call__(self) -> datetime:
        elapsed = (time.monotonic() - self._started) * self.speed
        return self._start + timedelta(seconds=elapsed)


def next_minute_after(moment: datetime, minutes: int) -> str:
    """"HH:MM" of the first whole minute at least ``minutes`` after ``moment``."""
    target = moment + timedelta(minutes=minutes)
    if target.second or target.microsecond:
        target += timedelta(minutes=1)
    return target.strftime("%H:%M")


class Transcript:
    """Prints the conversation: who spoke, at what (demo) time, and what a person would read."""

    def __init__(self, out: TextIO, clock: Callable[[], datetime]) -> None:
        self._out = out
        self._clock = clock

    def line(self, speaker: str, text: str) -> None:
        stamp = self._clock().strftime("%H:%M")
        lines = text.splitlines() or [""]
        print(f"[{stamp}] {speaker}: {lines[0]}", file=self._out)
        for rest in lines[1:]:
            print(f"{' ' * (len(stamp) + len(speaker) + 5)}{rest}", file=self._out)
        self._out.flush()

    def note(self, text: str) -> None:
        print(f"        ({text})", file=self._out, flush=True)

    def bot(self, message: SentMessage) -> None:
        self.line("Bot", _readable(message))


def _readable(message: SentMessage) -> str:
    text = message.entities_text.rstrip()
    buttons = message.button_texts()
    if buttons:
        text += "\n" + "  ".join(f"[{b}]" for b in buttons)
    return text


@contextlib.contextmanager
def _quiet_servers() -> Iterator[None]:
    # The stand-in's access log and shutdown chatter are not part of the conversation.
    noisy = [logging.getLogger(n) for n in ("tornado", "httpx", "telegram", "apscheduler")]
    levels = [logger.level for logger in noisy]
    for logger in noisy:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(noisy, levels, strict=True):
            logger.setLevel(level)


def demo_config(config: Config, standin: BotApiStandin, database_url: str) -> Config:
    telegram = dataclasses.replace(
        config.telegram, token=standin.token, base_url=standin.base_url,
        base_file_url=standin.base_file_url, mode="polling", poll_timeout=1,
    )
    schedule = dataclasses.replace(config.schedule, tick_seconds=1, grace_minutes=60)
    return replace_section(
        config, telegram=telegram, schedule=schedule, database=DatabaseConfig(url=database_url)
    )


async def run_demo(
    config: Config | None,
    out: TextIO,
    *,
    speed: float = 60.0,
    reply_timeout: float = 8.0,
) -> int:
    """Play the demo conversation on ``out``; 0 when every step got its answer."""
    config = config or Config()
    with tempfile.TemporaryDirectory(prefix="newsdigest-demo-") as tmp, _quiet_servers():
        database_url = f"sqlite+aiosqlite:///{Path(tmp) / 'demo.sqlite3'}"
        await upgrade_database(database_url)
        async with BotApiStandin(token=DEMO_TOKEN) as standin:
            engine = create_engine(database_url)
            try:
                clock = FastClock(speed)
                services = BotServices(
                    config=demo_config(config, standin, database_url),
                    sessions=session_factory(engine), clock=clock, worker_id="demo",
                )
                return await _play(services, standin, Transcript(out, clock), reply_timeout)
            finally:
                await engine.dispose()


async def _play(
    services: BotServices, standin: BotApiStandin, show: Transcript, reply_timeout: float
) -> int:
    show.note(f"a local Bot API stand-in is listening on {standin.root_url}; "
              f"the bot talks to it over HTTP; one demo minute passes every "
              f"{60 / _speed(services):.1f} s")
    early = [s.name for s in samples() if s.name not in LATE_SAMPLES]
    stored = await _load(services, early)
    show.note(f"{stored} sample articles cleaned, analysed and stored")
    conversation = _Conversation(standin, show, reply_timeout)
    async with running_bot(services, poll_timeout=1) as app:
        await background.restart(app, SenderSettings(idle_poll_seconds=0.2, workers=2))
        await conversation.say("/start")
        await conversation.say("/subscribe")
        send_at = next_minute_after(services.clock(), _minutes_ahead(services))
        await conversation.say(f"/time {send_at}")
        await conversation.say("/digest", until_quiet=1.0)
        stored = await _load(services, LATE_SAMPLES)
        show.note(f"meanwhile {stored} new reports arrive, two sources on one event; "
                  f"waiting for the {send_at} digest")
        scheduled = await conversation.expect(timeout=reply_timeout + 180 / _speed(services))
    if not conversation.ok or not scheduled:
        show.note("the demo did not get every answer it expected")
        return EXIT_FAILED
    show.note("that was the whole product, offline: set [telegram] token to run a real bot")
    return EXIT_OK


def _minutes_ahead(services: BotServices) -> int:
    # Far enough ahead (in real seconds) that /digest is answered before the slot comes round.
    return max(2, math.ceil(SLOT_LEAD_SECONDS * _speed(services) / 60))


def _speed(services: BotServices) -> float:
    clock = services.clock
    return clock.speed if isinstance(clock, FastClock) else 1.0


async def _load(services: BotServices, names: Collection[str]) -> int:
    results = await load_samples(services.sessions, services.config, now=services.clock(),
                                 only=names)
    return sum(1 for r in results if r.created)


class _Conversation:
    def __init__(self, standin: BotApiStandin, show: Transcript, timeout: float) -> None:
        self._standin = standin
        self._show = show
        self._timeout = timeout
        self._seen = 0
        self.ok = True

    async def say(self, text: str, *, until_quiet: float = 0.4) -> list[SentMessage]:
        self._show.line(DEMO_USER_NAME, text)
        self._standin.private_message(DEMO_USER_ID, text, first_name=DEMO_USER_NAME)
        got = await self.expect(timeout=self._timeout, until_quiet=until_quiet)
        if not got:
            self.ok = False
        return got

    async def expect(
        self, *, timeout: float, until_quiet: float = 0.4
    ) -> list[SentMessage]:
        """The bot's next messages: waits for one, then for more until none come for a while."""
        try:
            await self._standin.wait_for_messages(DEMO_USER_ID, self._seen + 1, timeout=timeout)
        except TimeoutError:
            self._show.note("no answer")
            return []
        while True:
            count = len(self._standin.messages_to(DEMO_USER_ID))
            await asyncio.sleep(until_quiet)
            if len(self._standin.messages_to(DEMO_USER_ID)) == count:
                break
        messages = self._standin.messages_to(DEMO_USER_ID)[self._seen:]
        self._seen += len(messages)
        for message in messages:
            self._show.bot(message)
        return messages
