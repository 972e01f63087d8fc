"""Group commit for sent parts: what many workers sent in the same moment is recorded together.

Every part must be recorded before the worker sends the next one (so a retry resumes after it and
never sends it twice), but a transaction per message makes the database set the pace. Workers
hand their parts to one recorder task and wait; it writes whatever has gathered in one
transaction and tells each worker whether its claim still held.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from digests.deliver.outbox import SentPart, record_sent_many

log = logging.getLogger(__name__)

MAX_BATCH = 500


class SentRecorder:
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        worker_id: str,
        clock: Callable[[], datetime],
        write_turn: contextlib.AbstractAsyncContextManager[Any] | None = None,
    ) -> None:
        self._sessions = sessions
        self._worker_id = worker_id
        self._clock = clock
        self._write_turn = write_turn or contextlib.nullcontext()
        self._pending: list[tuple[SentPart, asyncio.Future[bool]]] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="outbox-recorder")

    async def stop(self) -> None:
        """Record what is still waiting, then stop."""
        if self._task is None:
            return
        while self._pending:
            await self._write_batch()
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self._task = None

    async def record(self, part: SentPart) -> bool:
        """Wait until ``part`` is committed; False when the digest's claim was lost meanwhile."""
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._pending.append((part, future))
        self._wake.set()
        return await future

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._pending:
                await self._write_batch()

    async def _write_batch(self) -> None:
        batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
        try:
            async with self._write_turn, self._sessions() as session:
                flags = await record_sent_many(
                    session, [part for part, _ in batch], worker_id=self._worker_id,
                    now=self._clock(),
                )
        except Exception as exc:
            # Unrecorded parts leave their digests claimed; the claim times out and the
            # digest resumes where the database says it stopped.
            log.exception("recording %d sent parts failed", len(batch))
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        for (_, future), flag in zip(batch, flags, strict=True):
            if not future.done():
                future.set_result(flag)
