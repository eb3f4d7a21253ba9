"""The SQLite connection pair, transactions and migrations."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sqlite3
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import aiosqlite

from bot.domain.errors import StoreError as StoreError  # re-exported
from bot.store import postgres

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5_000
# Another process (a CLI import while the bot runs) may hold the write lock past busy_timeout;
# we keep waiting rather than show "database is locked" to anyone.
LOCK_RETRY_SECONDS = 60.0
PRAGMAS = (
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = NORMAL",
)
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every migration file, in order."""
    found = []
    for item in resources.files("bot.store.migrations").iterdir():
        match = _MIGRATION_NAME.match(item.name)
        if match:
            found.append((int(match.group(1)), item.name, item.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise StoreError(f"migration files are not numbered 1..N: {numbers}")
    return found


class Database:
    """The SQLite store. One writer connection (writes are serialised in-process) and one reader
    (WAL lets it read while a write is under way). Open with `await Database.open(path)`; close
    with `close()`."""

    dialect = "sqlite"

    def __init__(self, path: Path, writer: aiosqlite.Connection, reader: aiosqlite.Connection) -> None:
        self.path = path
        self._writer = writer
        self._reader = reader
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path | str, *, migrate: bool = True) -> Database:
        path = Path(path)
        _check_writable(path)
        opened: list[aiosqlite.Connection] = []
        try:
            writer = await cls._connect(path, opened)
            if migrate:
                await _migrate(writer)
            await cls._connect(path, opened)
        except BaseException as exc:
            for conn in opened:  # a refused file must not leave a connection's thread behind
                await conn.close()
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(f"cannot open database {str(path)!r}: {exc}{_advice(exc)}") from None
            raise
        return cls(path, writer, opened[1])

    @staticmethod
    async def _connect(path: Path, opened: list[aiosqlite.Connection]) -> aiosqlite.Connection:
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a transaction is exactly
        # what `transaction()` encloses.
        conn = await aiosqlite.connect(path, isolation_level=None)
        # Noted before the first statement: a file refused by a PRAGMA must still be closed, or
        # the connection's thread keeps the process alive after the error is printed.
        opened.append(conn)
        conn.row_factory = sqlite3.Row
        for pragma in PRAGMAS:
            await conn.execute(pragma)
        return conn

    async def close(self) -> None:
        await self._reader.close()
        await self._writer.close()

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        """Hold off this process's other writers (for bulk work on a connection of its own)."""
        async with self._write_lock:
            yield

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Every write goes through here: all of it commits, or none of it does."""
        async with self._write_lock:
            await _begin_immediate(self._writer)
            try:
                yield self._writer
            except BaseException:
                await self._writer.execute("ROLLBACK")
                raise
            else:
                await self._writer.execute("COMMIT")

    # One reader connection serves every read, and SQLite keeps a connection's snapshot while any of its
    # statements is unfinished: a read left open across an await (execute, then fetchone, then close,
    # each a hop to the connection's thread) made every read begun meanwhile see the store as it was
    # before writes since committed, the writer's own read-back included. So each read runs to its end
    # in one hop, and no statement of the reader is ever open while another task runs.
    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        return list(await self._reader.execute_fetchall(sql, params))

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        """The first row. The query is read whole, so it asks for one (a key, a COUNT, a LIMIT 1)."""
        rows = await self._reader.execute_fetchall(sql, params)
        return next(iter(rows), None)

    async def schema_version(self) -> int:
        row = await self.fetchone("PRAGMA user_version")
        assert row is not None
        return int(row[0])

    async def backup(self, target: Path, progress: Callable[[int, int, int], None] | None = None) -> None:
        """SQLite's online backup: consistent even while the bot writes."""
        dest = await aiosqlite.connect(target)
        try:
            await self._reader.backup(dest, pages=256, progress=progress)
        finally:
            await dest.close()


def _check_writable(path: Path) -> None:
    """The store writes from its first minute (migrations, WAL files beside it): a read-only file or
    folder is said at start, in one line, not as a failed write later."""
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(
            f"database {str(path)!r} is read-only: let the bot's user write it (chmod u+w / chown),"
            " or set DATABASE_PATH to a writable copy."
        )
    folder = path.parent if str(path.parent) else Path(".")
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(
            f"the folder of database {str(path)!r} is read-only: SQLite writes its -wal and -shm files"
            " there; let the bot's user write it, or move DATABASE_PATH."
        )


def _advice(exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "malformed" in text or "not a database" in text:
        return ". The file is damaged or is not a season2bot store: restore a backup (python -m bot backup)."
    return ""


def configure(conn: sqlite3.Connection) -> None:
    """The same settings for a plain sqlite3 connection (bulk work in a worker thread)."""
    for pragma in PRAGMAS:
        conn.execute(pragma)


def begin_immediate_blocking(conn: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE on a plain connection, waiting out another process's lock like the async path."""
    deadline = time.monotonic() + LOCK_RETRY_SECONDS
    delay = 0.01
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if time.monotonic() > deadline:
                raise StoreError("the database stayed locked by another process for a minute") from None
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


async def _begin_immediate(conn: aiosqlite.Connection) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + LOCK_RETRY_SECONDS
    delay = 0.01
    while True:
        try:
            await conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if loop.time() > deadline:
                raise StoreError("the database stayed locked by another process for a minute") from None
            log.warning("database locked by another process; waiting %.2fs", delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 1.0)


REBUILDS = "-- rebuilds tables"  # a migration's first line: run it with foreign keys off (see _migrate)


async def _migrate(conn: aiosqlite.Connection) -> None:
    files = migrations()
    cursor = await conn.execute("PRAGMA user_version")
    row = await cursor.fetchone()
    current = int(row[0]) if row else 0
    if current > len(files):
        raise StoreError(f"database schema {current} is newer than this code ({len(files)}): upgrade the bot")
    for number, name, sql in files[current:]:
        log.info("applying migration %s", name)
        # A migration that rebuilds a table other tables point at (to change a CHECK) runs with
        # foreign keys off, as SQLite's documented procedure for such changes says: dropping the old
        # table would otherwise cascade into its children. The keys are checked before the commit.
        rebuilds = REBUILDS in sql.split("\n", 1)[0]
        if rebuilds:
            await conn.execute("PRAGMA foreign_keys = OFF")
        await _begin_immediate(conn)
        try:
            # executescript would COMMIT on its own; run statement by statement inside our transaction.
            for statement in _statements(sql):
                await conn.execute(statement)
            if rebuilds:
                cursor = await conn.execute("PRAGMA foreign_key_check")
                broken = list(await cursor.fetchall())
                await cursor.close()
                if broken:
                    raise StoreError(
                        f"migration {name} would break {len(broken)} references; nothing was changed"
                    )
            await conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            await conn.execute("ROLLBACK")
            if rebuilds:
                await conn.execute("PRAGMA foreign_keys = ON")
            raise
        await conn.execute("COMMIT")
        if rebuilds:
            await conn.execute("PRAGMA foreign_keys = ON")  # (a no-op inside a transaction: after it)


def _statements(sql: str) -> list[str]:
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    parts, buf = [], ""
    for piece in body.split(";"):
        buf += piece
        if sqlite3.complete_statement(buf + ";"):
            if buf.strip():
                parts.append(buf.strip())
            buf = ""
        else:
            buf += ";"
    if buf.strip():
        raise StoreError("a migration ends in an incomplete statement")
    return parts


# ---------------------------------------------------------------- either engine

Store = Database | postgres.PostgresDatabase  # what the store modules take
Conn = aiosqlite.Connection | postgres.Connection  # a connection inside `transaction()`
Row = sqlite3.Row  # a result row: by index or by column name (asyncpg's Record reads the same)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, postgres.IntegrityError)


async def open_store(path: Path | str, url: str | None = None, *, migrate: bool = True) -> Store:
    """PostgreSQL when `url` (DATABASE_URL) is given, else the SQLite file at `path`."""
    if url:
        return await postgres.PostgresDatabase.open(url, migrate=migrate)
    return await Database.open(path, migrate=migrate)
