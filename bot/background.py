"""Background work of a running bot: the schedule tick, the feed poll and the outbox sender.

The tick runs on PTB's JobQueue (APScheduler underneath) every ``[schedule] tick_seconds``; it
finds due chats in the database, so nothing about schedules lives in the job queue itself. Every
process ticks and polls feeds; only the primary one sends (bot/primary.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from telegram.ext import Application, CallbackContext, Job

from bot.sender import OutboxSender, SenderSettings
from bot.services import SERVICES_KEY, BotServices
from digests.config import DeliveryConfig
from digests.ingest.poll import poll_due_sources
from digests.schedule.tick import enqueue_due

log = logging.getLogger(__name__)

BACKGROUND_KEY = "background"
# Tests and the demo may put SenderSettings here before start(); otherwise defaults apply.
SENDER_SETTINGS_KEY = "sender_settings"
TICK_JOB_NAME = "schedule-tick"
POLL_JOB_NAME = "feed-poll"

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


@dataclass
class Background:
    sender: OutboxSender | None  # only while this process is the primary one
    jobs: list[Job[Any]]


def sender_settings(delivery: DeliveryConfig) -> SenderSettings:
    return SenderSettings(
        workers=delivery.workers,
        backoff_seconds=delivery.backoff_seconds,
        send_timeout_seconds=delivery.send_timeout_seconds,
    )


async def start(application: AnyApplication, *, sending: bool = True) -> None:
    """Start the repeating tick (the first tick runs at once: catch-up), the feed poll and,
    with ``sending``, the outbox sender."""
    if BACKGROUND_KEY in application.bot_data:
        return
    services: BotServices = application.bot_data[SERVICES_KEY]
    jobs: list[Job[Any]] = []
    queue = application.job_queue
    if queue is None:
        log.error("no job queue (install python-telegram-bot[job-queue]); schedules will not run")
    else:
        jobs.append(queue.run_repeating(
            _tick, interval=services.config.schedule.tick_seconds, first=0.0, name=TICK_JOB_NAME,
        ))
        if services.config.feeds.check_seconds > 0:
            jobs.append(queue.run_repeating(
                _poll, interval=services.config.feeds.check_seconds, first=1.0, name=POLL_JOB_NAME,
            ))
    application.bot_data[BACKGROUND_KEY] = Background(None, jobs)
    if sending:
        start_sending(application)


def start_sending(application: AnyApplication) -> None:
    """Start sending the outbox from this process (it has become the primary one)."""
    background = application.bot_data.get(BACKGROUND_KEY)
    if not isinstance(background, Background) or background.sender is not None:
        return
    services: BotServices = application.bot_data[SERVICES_KEY]
    settings = application.bot_data.get(SENDER_SETTINGS_KEY)
    if not isinstance(settings, SenderSettings):
        settings = sender_settings(services.config.delivery)
    background.sender = OutboxSender(application.bot, services, settings=settings)
    background.sender.start()


async def stop_sending(application: AnyApplication) -> None:
    """Stop sending: digests being sent finish, claimed ones go back to the outbox."""
    background = application.bot_data.get(BACKGROUND_KEY)
    if isinstance(background, Background) and background.sender is not None:
        sender, background.sender = background.sender, None
        await sender.stop()


async def stop(application: AnyApplication) -> None:
    await stop_sending(application)
    background = application.bot_data.pop(BACKGROUND_KEY, None)
    if not isinstance(background, Background):
        return
    for job in background.jobs:
        job.schedule_removal()


def wake_sender(application: AnyApplication) -> None:
    """Send what was just queued now (in a process that is not the primary one there is no
    sender here: PostgreSQL tells the primary, see digests.deliver.outbox.QUEUED_CHANNEL)."""
    sender = sender_of(application)
    if sender is not None:
        sender.wake()


def sender_of(application: AnyApplication) -> OutboxSender | None:
    background = application.bot_data.get(BACKGROUND_KEY)
    return background.sender if isinstance(background, Background) else None


async def _tick(context: CallbackContext[Any, Any, Any, Any]) -> None:
    services: BotServices = context.application.bot_data[SERVICES_KEY]
    try:
        report = await enqueue_due(services.sessions, services.config, now=services.clock())
    except Exception:
        # The next tick tries again; due chats stay due until handled.
        log.exception("schedule tick failed")
        return
    if report.due:
        log.info("tick: %d due, %d enqueued, %d nothing new, %d missed", report.due,
                 report.enqueued, report.nothing_new, report.missed)
    if report.enqueued:
        wake_sender(context.application)


async def _poll(context: CallbackContext[Any, Any, Any, Any]) -> None:
    services: BotServices = context.application.bot_data[SERVICES_KEY]
    try:
        report = await poll_due_sources(services.sessions, services.config, now=services.clock())
    except Exception:
        # A broken poll run must not stop the bot; each source keeps its own error count.
        log.exception("feed poll failed")
        return
    if report.outcomes:
        log.info("feed poll: %d sources, %d failed, %d articles stored, %d pages fetched "
                 "again, %d pages failing for now (to fetch again later)", len(report.outcomes),
                 report.failed_sources, report.stored, report.retried, report.deferred)


async def restart(application: AnyApplication, settings: SenderSettings) -> None:
    """Restart the background work with other sender settings (tests, the demo, benchmarks)."""
    sending = sender_of(application) is not None
    await stop(application)
    application.bot_data[SENDER_SETTINGS_KEY] = settings
    await start(application, sending=sending)
