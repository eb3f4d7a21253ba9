"""Pacing requests to a service's rolling rate limit (Discord's global 50 a second, TVmaze's 20 in
10 seconds): in one process (`Pace`), or across every process sharing a PostgreSQL store
(`SharedPace`)."""

from __future__ import annotations

import asyncio
import collections
import time
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from bot.store.database import Store


class Pacer(Protocol):
    async def wait(self) -> None: ...


class Pace:
    """At most `rate` requests in any rolling `per` seconds, the way both services count.

    A token bucket would allow a full window's burst on top of the refill and earn 429s at the
    start of every burst; a sliding window of send times never does."""

    def __init__(self, rate: int, per: float = 1.0) -> None:
        self.rate = rate
        self.per = per
        self.sent: collections.deque[float] = collections.deque()
        self.lock = asyncio.Lock()

    async def wait(self) -> None:
        async with self.lock:
            while True:
                now = time.monotonic()
                while self.sent and now - self.sent[0] >= self.per:
                    self.sent.popleft()
                if len(self.sent) < self.rate:
                    self.sent.append(now)
                    return
                await asyncio.sleep(self.per - (now - self.sent[0]))


class Spacing:
    """`rate` requests a second from this process, spaced 1/rate apart (Discord's global budget on a
    SQLite store's one process). A rolling window (`Pace`) lets a whole second's requests leave at
    once; spaced, they do not arrive bunched at Discord even when the loop runs late."""

    def __init__(self, rate: int) -> None:
        self.interval = 1.0 / rate
        self.next_at = 0.0

    def take(self) -> tuple[float, float]:
        """The next free instant (this process's monotonic clock), and how long until it."""
        now = time.monotonic()
        slot = max(self.next_at, now)
        self.next_at = slot + self.interval
        return slot, slot - now

    async def wait(self) -> None:
        _, delay = self.take()
        if delay > 0:
            await asyncio.sleep(delay)


class SharedPace:
    """`rate` requests a second between every process sharing one PostgreSQL store, spaced 1/rate
    apart: each request takes the next free instant from one row (`send_clock`) in one statement,
    and waits for it. The instants are the server's clock, and each process waits the difference
    the server computes, so the hosts' clocks need not agree. Spacing rather than a window: no
    burst, whoever sends. The row is held only for the statement, so a process that dies holds
    nothing; an instant it took and never used is 1/rate of a second lost."""

    def __init__(self, db: Store, rate: int, name: str = "discord") -> None:
        self.db = db
        self.interval = 1.0 / rate
        self.name = name

    async def take(self) -> tuple[float, float]:
        """The next free instant, and how long until it, in seconds (the server's clock)."""
        now = "EXTRACT(EPOCH FROM clock_timestamp())::float8"
        row = await self.db.fetchone(
            f"UPDATE send_clock SET next_at = GREATEST(next_at, {now}) + ?"  # noqa: S608 (no input)
            f" WHERE name = ? RETURNING next_at - ?, next_at - ? - {now}",
            (self.interval, self.name, self.interval, self.interval),
        )
        if row is None:
            raise RuntimeError(f"send_clock has no row {self.name!r}: the store's migrations did not run")
        return float(row[0]), float(row[1])

    async def wait(self) -> None:
        _, delay = await self.take()
        if delay > 0:
            await asyncio.sleep(delay)


def pace_for(db: Store, rate: int) -> Pacer:
    """Discord's global budget: in memory for the one process of a SQLite store, shared through the
    store on PostgreSQL, where every process sends; spaced 1/rate apart either way."""
    return SharedPace(db, rate) if db.dialect == "postgresql" else Spacing(rate)
