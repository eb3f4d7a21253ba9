"""The change log: one row per show a committed transaction changed, in commit order.

Written only inside the transaction that makes the change (so a row exists exactly when the change
does); read by every running bot to bring its in-memory catalogue up to date, whichever process
wrote. Ids only grow: a reader keeps the last id it applied and asks for what came after.

On PostgreSQL, where several processes write at once, ids are handed out at insert and commits may
land in another order: a reader could pass over a row that commits after a higher one. So writers
take a transaction-level advisory lock, held to their commit: the change log is written one
transaction at a time, and id order is commit order. They take it before anything else
(`first_in`, at the start of the editor's transactions): one that locked a show's row and then
waited for the lock, while the lock's holder waited for that row, would deadlock. The commit also
NOTIFYs the followers, who then read at once instead of at their next poll."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.domain.dates import utcnow
from bot.store import postgres
from bot.store.database import Conn, Store

INSERT_CHANGE = "INSERT INTO changes (show_id, at) VALUES (?, ?)"


@dataclass(frozen=True, slots=True)
class ChangeRow:
    id: int
    show_id: int | None
    at: datetime


@dataclass(frozen=True, slots=True)
class Pending:
    """What a follower has not applied yet: the rows (up to a limit), and whether there were more."""

    rows: list[ChangeRow]
    more: bool

    @property
    def last_id(self) -> int | None:
        return self.rows[-1].id if self.rows else None


def change_rows(show_ids: Iterable[int]) -> list[tuple[Any, ...]]:
    """Parameters for INSERT_CHANGE, one per show (also for the bulk path's plain connection)."""
    now = utcnow().isoformat()
    return [(show_id, now) for show_id in dict.fromkeys(show_ids)]


CHANNEL = "season2bot_changes"  # NOTIFY channel: a change was committed
_WRITERS = 0x5EA5_0003  # pg_advisory_xact_lock key: one change-log writer at a time


async def log_in(conn: Conn, show_ids: Iterable[int]) -> None:
    """Inside the change's own transaction."""
    rows = change_rows(show_ids)
    if rows:
        await _one_writer(conn)
        await conn.executemany(INSERT_CHANGE, rows)


async def log_everything_in(conn: Conn) -> None:
    """One row that names no show: anything may have changed (a large import); followers reload."""
    await _one_writer(conn)
    await conn.execute(INSERT_CHANGE, (None, utcnow().isoformat()))


async def first_in(conn: Conn) -> None:
    """At the start of a transaction that may write the change log: wait for its turn now, holding
    nothing yet (PostgreSQL; SQLite's writes are one at a time already)."""
    if isinstance(conn, postgres.Connection):
        await conn.execute("SELECT pg_advisory_xact_lock(?)", (_WRITERS,))


async def _one_writer(conn: Conn) -> None:
    if isinstance(conn, postgres.Connection):
        await conn.execute("SELECT pg_advisory_xact_lock(?)", (_WRITERS,))
        await conn.execute("SELECT pg_notify(?, '')", (CHANNEL,))  # delivered at the commit


def log_blocking(conn: sqlite3.Connection, show_ids: Iterable[int]) -> None:
    """The same on the bulk path's connection (inside an import's transaction)."""
    conn.executemany(INSERT_CHANGE, change_rows(show_ids))


def log_everything_blocking(conn: sqlite3.Connection) -> None:
    """One row that names no show: anything may have changed (a large import); followers reload."""
    conn.execute(INSERT_CHANGE, (None, utcnow().isoformat()))


async def latest_id(db: Store) -> int:
    """The newest change's id (0 for none): where a follower that has just loaded everything starts."""
    row = await db.fetchone("SELECT COALESCE(MAX(id), 0) FROM changes")
    assert row is not None
    return int(row[0])


async def oldest_id(db: Store) -> int | None:
    row = await db.fetchone("SELECT MIN(id) FROM changes")
    return None if row is None or row[0] is None else int(row[0])


async def after(db: Store, last_id: int, limit: int) -> Pending:
    rows = await db.fetchall(
        "SELECT id, show_id, at FROM changes WHERE id > ? ORDER BY id LIMIT ?", (last_id, limit + 1)
    )
    found = [ChangeRow(int(r[0]), r[1], datetime.fromisoformat(r[2])) for r in rows[:limit]]
    return Pending(found, len(rows) > limit)


async def prune(db: Store, before: datetime) -> int:
    """Drop rows older than `before` (a follower that far behind reloads everything instead)."""
    async with db.transaction() as conn:
        cursor = await conn.execute("DELETE FROM changes WHERE at < ?", (before.isoformat(),))
        return max(cursor.rowcount, 0)
