"""What /healthz and /metrics read from the store: the outbox's backlog, in one query that also
proves the store answers. Plain SQL (CASE, COUNT, MIN; no SQLite-only functions), so it reads the
same on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.store.database import Store


@dataclass(frozen=True, slots=True)
class OutboxBacklog:
    pending: int  # instant deliveries not yet sent: due, in flight, or waiting out a retry's backoff
    digest_waiting: int  # deliveries held for a daily or weekly digest (they wait by design)
    due: int  # instant deliveries whose time has come and that are not sent yet
    oldest_due: datetime | None  # since when the longest-waiting of those has been due

    def lag_seconds(self, now: datetime) -> float:
        """How far the delivery worker is behind: 0 when nothing due is waiting."""
        if self.oldest_due is None:
            return 0.0
        return max((now - self.oldest_due).total_seconds(), 0.0)


async def outbox_backlog(db: Store, now: datetime) -> OutboxBacklog:
    """Pending deliveries, split as the delivery worker sees them. `not_before` is when a delivery
    may go (its event's time, or the end of a retry's backoff): the oldest one already due is how
    long the worker has been behind."""
    stamp = now.isoformat()
    row = await db.fetchone(
        "SELECT"
        " COUNT(CASE WHEN digest = 0 THEN 1 END),"
        " COUNT(CASE WHEN digest <> 0 THEN 1 END),"
        " COUNT(CASE WHEN digest = 0 AND not_before <= ? THEN 1 END),"
        " MIN(CASE WHEN digest = 0 AND not_before <= ? THEN not_before END)"
        " FROM deliveries WHERE state = 'pending'",
        (stamp, stamp),
    )
    assert row is not None  # an aggregate without GROUP BY always gives one row
    return OutboxBacklog(
        pending=int(row[0]),
        digest_waiting=int(row[1]),
        due=int(row[2]),
        oldest_due=datetime.fromisoformat(row[3]) if row[3] else None,
    )
