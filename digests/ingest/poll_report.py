"""What one poll did: per source (stored, skipped, deferred, failed, when next) and in all.

The CLI prints it and the bot logs it; the poll itself only fills it in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class SourceOutcome:
    source_id: int
    url: str
    ok: bool = True
    not_modified: bool = False
    stored: int = 0
    duplicates: int = 0
    skipped: int = 0  # entries whose address we already have or keep pending: not fetched
    failed: int = 0  # entries that could not be stored
    deferred: int = 0  # pages that failed for a reason that passes, left for a later poll
    retried: int = 0  # pending pages this poll fetched again
    error: str | None = None  # why the source itself failed
    entry_errors: list[str] = field(default_factory=list)
    next_poll_at: datetime | None = None
    moved_to: str | None = None  # the feed redirected permanently here
    retry_after: timedelta | None = None  # the feed's server asked us to wait this long


@dataclass
class PollReport:
    outcomes: list[SourceOutcome] = field(default_factory=list)

    @property
    def failed_sources(self) -> int:
        return sum(not o.ok for o in self.outcomes)

    @property
    def stored(self) -> int:
        return sum(o.stored for o in self.outcomes)

    @property
    def deferred(self) -> int:
        return sum(o.deferred for o in self.outcomes)

    @property
    def retried(self) -> int:
        return sum(o.retried for o in self.outcomes)

    @property
    def all_failed(self) -> bool:
        return bool(self.outcomes) and self.failed_sources == len(self.outcomes)
