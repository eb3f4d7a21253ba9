"""Which process does the background work. Several processes may share one PostgreSQL store (shards
split between them); the periodic jobs (premiere days, poll ends, TVmaze, the radar, digests,
retention) and the alert sender must each run in exactly one of them. The process that holds a
PostgreSQL advisory lock leads and runs them; the others wait and try again every few seconds.

The lock belongs to a connection of its own: when the leading process dies, even by kill -9, the
server drops its connection and the lock with it, and another process leads within LEAD_RETRY
seconds. A leader that hangs (alive, its connection open, its event loop stuck) stops writing its
heartbeat; after STALE_AFTER seconds another process ends that connection and takes the lead.

One elected sender is also how the alerts stay within Discord's global rate limit (per bot, across
processes): only the leader sends, at its pace.

A SQLite store belongs to one process, which always leads."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Awaitable, Callable
from datetime import datetime

import asyncpg

from bot.domain.dates import utcnow
from bot.store import Store
from bot.store.postgres import PostgresDatabase

log = logging.getLogger(__name__)

LEAD_KEY = 0x5EA5_0001  # pg_try_advisory_lock key: "season2bot's background work"
LEAD_RETRY = 2.0  # seconds between tries for the lead, and between checks that it is still held
STALE_AFTER = 30.0  # a leader that has not beaten for this long is taken for hung


def application_name() -> str:
    return f"season2bot leader {socket.gethostname()[:30]} pid {os.getpid()}"


class Leadership:
    def __init__(self, store: Store, retry: float = LEAD_RETRY, stale: float = STALE_AFTER) -> None:
        self.url = store.url if isinstance(store, PostgresDatabase) else None
        self.retry = retry
        self.stale = stale
        self._leading = asyncio.Event()
        self._lost = asyncio.Event()
        self._conn: asyncpg.Connection | None = None
        if self.url is None:
            self._leading.set()  # SQLite: this process is the only one

    @property
    def leading(self) -> bool:
        return self._leading.is_set()

    async def run(self) -> None:
        """Hold the lead while this process lives (a worker loop: cancel it to stop)."""
        if self.url is None:
            await asyncio.Event().wait()  # nothing to do but stay up
            return
        try:
            while True:
                try:
                    await self._try()
                except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
                    if self._leading.is_set():
                        log.warning("lost the lead on background work: %s", exc)
                    self._drop()
                await asyncio.sleep(self.retry)
        finally:
            self._drop()

    async def _try(self) -> None:
        assert self.url is not None
        if self._conn is None or self._conn.is_closed():
            if self._leading.is_set():  # the lock went with the old connection
                log.warning("lost the lead on background work: its connection closed")
                self._drop()
            # Named, so an operator sees which process leads (pg_stat_activity, pg_locks).
            self._conn = await asyncpg.connect(
                self.url, server_settings={"application_name": application_name()}
            )
        if not self._leading.is_set():
            if await self._conn.fetchval("SELECT pg_try_advisory_lock($1)", LEAD_KEY):
                await self._beat()
                self._lost.clear()
                self._leading.set()
                log.info("this process leads the background work")
            else:
                await self._unseat_a_hung_leader()
        else:
            await self._beat()  # on the lock's connection: it still holds the lock

    async def _beat(self) -> None:
        """The leader's heartbeat: when, and who (in meta, key "leader")."""
        assert self._conn is not None
        await self._conn.execute(
            "INSERT INTO meta (key, value) VALUES ('leader', $1)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            f"{utcnow().isoformat()} {application_name()}",
        )

    async def _unseat_a_hung_leader(self) -> None:
        """A leader whose process hangs (its event loop stuck) keeps its connection, and so the lock,
        but beats no more: past `stale` seconds its connection is ended, which frees the lock."""
        assert self._conn is not None
        beat = await self._conn.fetchval("SELECT value FROM meta WHERE key = 'leader'")
        if beat is None:
            return
        at = datetime.fromisoformat(str(beat).split(" ", 1)[0])
        if (utcnow() - at).total_seconds() <= self.stale:
            return
        ended = await self._conn.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory'"
            " AND objid = $1 AND granted AND database = (SELECT oid FROM pg_database"
            " WHERE datname = current_database())",
            LEAD_KEY,
        )
        if ended:
            log.warning(
                "the leader (%s) has not beaten for %.0f s: its connection was ended", beat, self.stale
            )

    def _drop(self) -> None:
        was = self._leading.is_set()
        self._leading.clear()
        if was:
            self._lost.set()
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            conn.terminate()  # the server releases the lock with the connection

    async def _wait_lost(self) -> None:
        await self._lost.wait()

    async def led(self, name: str, worker: Callable[[], Awaitable[None]]) -> None:
        """Run `worker` only while this process leads: started on taking the lead, cancelled on
        losing it (to start again if the lead comes back)."""
        while True:
            await self._leading.wait()
            running: asyncio.Future[None] = asyncio.ensure_future(worker())
            lost: asyncio.Future[None] = asyncio.ensure_future(self._wait_lost())
            try:
                done, _ = await asyncio.wait({running, lost}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                lost.cancel()
                if not running.done():
                    running.cancel()
                    await asyncio.gather(running, return_exceptions=True)
            if running in done:
                running.result()  # a crash is the worker's: run_worker logs it and restarts it
                return
            log.info("%s stopped: this process no longer leads", name)
