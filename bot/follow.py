"""Following the change log: a change committed by any process reaches this one's catalogue.

The running bot polls the log every second or so from the last id it applied, refreshes each
changed show in its in-memory catalogue (or reloads it whole after a bulk change), and tells its
features (the alert worker wakes: an import's events owe deliveries). Polling is the portable
floor; on PostgreSQL the follower also LISTENs, and each commit's NOTIFY wakes it at once. A change
made in this process is shown at once by the editor's listener (a bulk one through `catch_up`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

import asyncpg

from bot.store import Store, changes
from bot.store.postgres import PostgresDatabase

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0
BATCH = 1_000  # rows read at once
RELOAD_OVER = 200  # more distinct shows than this in one read: reload the whole catalogue


class ChangeFollower:
    """`refresh(show_id)` brings one show up to date, `reload()` everything; `changed(show_ids)`
    is told what was applied (an empty tuple after a reload)."""

    def __init__(
        self,
        db: Store,
        *,
        refresh: Callable[[int], Awaitable[None]],
        reload: Callable[[], Awaitable[None]],
        changed: Callable[[tuple[int, ...]], None],
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self.db = db
        self._refresh = refresh
        self._reload = reload
        self._changed = changed
        self.poll_seconds = poll_seconds
        self.last_id = 0
        self._lock = asyncio.Lock()  # the loop and a caller that wants its own change applied now
        self.applied = 0  # rows applied so far (for tests and logs)
        self._wake = asyncio.Event()

    async def start_at_latest(self) -> None:
        """Call before loading the catalogue: what commits during the load is applied again later."""
        self.last_id = await changes.latest_id(self.db)

    async def run(self) -> None:
        listener = await self._listen()
        try:
            while True:
                self._wake.clear()  # before reading: a NOTIFY meanwhile means read again
                await self.catch_up()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.poll_seconds)
        finally:
            if listener is not None:
                listener.terminate()

    async def _listen(self) -> asyncpg.Connection | None:
        """PostgreSQL: a connection of its own that wakes the loop on every committed change."""
        if not isinstance(self.db, PostgresDatabase):
            return None
        try:
            conn = await asyncpg.connect(self.db.url)
            await conn.add_listener(changes.CHANNEL, lambda *_: self._wake.set())
        except (OSError, asyncpg.PostgresError) as exc:
            log.warning(
                "cannot LISTEN for changes (%s); reading the change log every %.0f s", exc, self.poll_seconds
            )
            return None
        return conn

    async def catch_up(self) -> None:
        """Apply everything committed since the last id applied."""
        async with self._lock:
            await self._catch_up()

    async def _catch_up(self) -> None:
        oldest = await changes.oldest_id(self.db)
        if oldest is not None and self.last_id and self.last_id < oldest - 1:
            # Rows we never saw were pruned (the bot was down longer than the retention): reload.
            log.info("change log pruned past this process's position; reloading the catalogue")
            latest = await changes.latest_id(self.db)
            await self._reload()
            self.last_id = latest
            self._changed(())
            return
        while True:
            pending = await changes.after(self.db, self.last_id, BATCH)
            if not pending.rows:
                return
            ids = tuple(dict.fromkeys(r.show_id for r in pending.rows if r.show_id is not None))
            everything = (
                pending.more or len(ids) > RELOAD_OVER or any(r.show_id is None for r in pending.rows)
            )
            if everything:
                latest = await changes.latest_id(self.db)
                log.info("applying a bulk change: reloading the catalogue")
                await self._reload()
                self.last_id = latest
                self.applied += len(pending.rows)
                self._changed(())
                return
            for show_id in ids:
                await self._refresh(show_id)
            assert pending.last_id is not None
            self.last_id = pending.last_id
            self.applied += len(pending.rows)
            log.debug("applied %d change(s) through id %d", len(pending.rows), self.last_id)
            self._changed(ids)
