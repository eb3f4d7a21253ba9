"""The PostgreSQL store (DATABASE_URL=postgresql://…), for several processes or hosts sharing one
catalogue: the same interface as bot.store.database.Database, over an asyncpg pool.

The store modules write one SQL for both engines, with `?` placeholders; the dialect differences
that SQL cannot hide live here: placeholders become `$1…`, and a statement's row count comes from
the server's status line. Migrations are PostgreSQL's own (bot/store/migrations/postgresql), kept
in step with SQLite's by number (tests/store/test_engines.py). Values keep SQLite's types: times
are ISO-8601 text, flags are integers 0/1, ids are BIGINT (Discord's snowflakes pass 2^31)."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg

from bot.domain.errors import StoreError

log = logging.getLogger(__name__)

# Migrations before this number exist for SQLite only: PostgreSQL support began with the schema
# they had built, which migrations/postgresql/<BASELINE>_*.sql creates in one step.
BASELINE = 20
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_MIGRATE_LOCK = 0x5EA5_0002  # pg_advisory_xact_lock key: one process migrates at a time
_ROWS = re.compile(r"^(?:INSERT \d+|UPDATE|DELETE|SELECT|MERGE|COPY) (\d+)$")


def migrations() -> list[tuple[int, str, str]]:
    """(number, name, sql) for every PostgreSQL migration, in order, from BASELINE on."""
    found = []
    for item in resources.files("bot.store.migrations.postgresql").iterdir():
        match = _MIGRATION_NAME.match(item.name)
        if match:
            found.append((int(match.group(1)), item.name, item.read_text(encoding="utf-8")))
    found.sort()
    numbers = [n for n, _, _ in found]
    if numbers != list(range(BASELINE, BASELINE + len(numbers))):
        raise StoreError(f"PostgreSQL migration files are not numbered {BASELINE}..N: {numbers}")
    return found


def placeholders(sql: str) -> str:
    """`?` → `$1`, `$2`… outside quoted text and comments."""
    out: list[str] = []
    n = 0
    i = 0
    while i < len(sql):
        c = sql[i]
        if c in ("'", '"'):
            end = sql.find(c, i + 1)
            while end != -1 and sql[end + 1 : end + 2] == c:  # a doubled quote inside the text
                end = sql.find(c, end + 2)
            end = len(sql) if end == -1 else end + 1
            out.append(sql[i:end])
            i = end
            continue
        if c == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = len(sql) if end == -1 else end
            out.append(sql[i:end])
            i = end
            continue
        if c == "?":
            n += 1
            out.append(f"${n}")
        else:
            out.append(c)
        i += 1
    return "".join(out)


_translated: dict[str, str] = {}


def _pg(sql: str) -> str:
    said = _translated.get(sql)
    if said is None:
        said = _translated[sql] = placeholders(sql)
    return said


def _returns_rows(sql: str) -> bool:
    head = sql.lstrip()[:10].upper()
    return head.startswith(("SELECT", "WITH", "VALUES")) or " RETURNING " in sql.upper()


class Cursor:
    """What a statement gave: its rows (if it returns any) and how many rows it touched."""

    def __init__(self, rows: list[asyncpg.Record], rowcount: int) -> None:
        self._rows = rows
        self._next = 0
        self.rowcount = rowcount

    async def fetchone(self) -> asyncpg.Record | None:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    async def fetchall(self) -> list[asyncpg.Record]:
        rest, self._next = self._rows[self._next :], len(self._rows)
        return rest

    async def close(self) -> None:
        return None


class Connection:
    """A connection inside a transaction, with the calls the store modules make on SQLite's."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self.raw = conn

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        return await run(self.raw, sql, params)

    async def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            try:
                await self.raw.executemany(_pg(sql), rows)
            except asyncpg.IntegrityConstraintViolationError as exc:
                raise IntegrityError(f"{exc} (in: {sql[:200]})") from exc

    async def copy(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        """COPY rows into a table: the fast path of a bulk import."""
        try:
            await self.raw.copy_records_to_table(table, records=rows, columns=list(columns))
        except asyncpg.IntegrityConstraintViolationError as exc:
            raise IntegrityError(f"{exc} (in: COPY {table})") from exc


async def run(conn: asyncpg.Connection, sql: str, params: Sequence[Any]) -> Cursor:
    try:
        if _returns_rows(sql):
            rows = await conn.fetch(_pg(sql), *params)
            return Cursor(rows, len(rows))
        status = await conn.execute(_pg(sql), *params)
    except asyncpg.IntegrityConstraintViolationError as exc:
        # Constraint violations keep their meaning for callers that catch SQLite's IntegrityError.
        raise IntegrityError(f"{exc} (in: {sql[:200]})") from exc
    found = _ROWS.match(status or "")
    return Cursor([], int(found.group(1)) if found else -1)


# The server or the connection went away (a restart, a failover, pg_terminate_backend): nothing is
# wrong with the row being worked on, and the pool reconnects. Work caught in it is left to its
# lease, not given up.
UNAVAILABLE: tuple[type[Exception], ...] = (
    asyncpg.PostgresConnectionError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.InternalClientError,
)


class IntegrityError(StoreError):
    """A constraint refused a write (as sqlite3.IntegrityError for the SQLite store)."""


class PostgresDatabase:
    """A pool of connections to one PostgreSQL database. Writes in this process are serialised as
    on SQLite (the store modules read, then write, in one transaction); between processes, the
    constraints and row locks hold. Open with `await PostgresDatabase.open(url)`."""

    dialect = "postgresql"

    def __init__(self, url: str, pool: asyncpg.Pool) -> None:
        self.url = url
        self.path = Path(redacted(url))  # what messages name the store by
        self.pool = pool
        self._write_lock = asyncio.Lock()

    @classmethod
    async def open(
        cls, url: str, *, migrate: bool = True, min_size: int = 2, max_size: int = 10
    ) -> PostgresDatabase:
        try:
            pool = await asyncpg.create_pool(url, min_size=min_size, max_size=max_size)
        except (OSError, asyncpg.PostgresError, ValueError) as exc:
            raise StoreError(f"cannot reach PostgreSQL at {redacted(url)}: {exc}") from None
        assert pool is not None
        db = cls(url, pool)
        try:
            if migrate:
                await db._migrate()
        except BaseException:
            await pool.close()
            raise
        return db

    async def close(self) -> None:
        await self.pool.close()

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[None]:
        async with self._write_lock:
            yield

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """Every write goes through here: all of it commits, or none of it does."""
        async with self._write_lock, self.pool.acquire() as conn, conn.transaction():
            yield Connection(conn)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[asyncpg.Record]:
        async with self.pool.acquire() as conn:
            return await (await run(conn, sql, params)).fetchall()

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> asyncpg.Record | None:
        async with self.pool.acquire() as conn:
            return await (await run(conn, sql, params)).fetchone()

    async def schema_version(self) -> int:
        row = await self.fetchone("SELECT COALESCE(MAX(version), 0) FROM schema_version")
        return int(row[0]) if row else 0

    async def backup(self, target: Path, progress: Callable[[int, int, int], None] | None = None) -> None:
        raise StoreError(backup_advice(self.url, target))

    async def _migrate(self) -> None:
        files = migrations()
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock($1)", _MIGRATE_LOCK)
            await conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            current = int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version"))
        last = files[-1][0]
        if current > last:
            raise StoreError(f"database schema {current} is newer than this code ({last}): upgrade the bot")
        for number, name, sql in files:
            if number <= current:
                continue
            log.info("applying PostgreSQL migration %s", name)
            async with self.pool.acquire() as conn, conn.transaction():
                await conn.execute("SELECT pg_advisory_xact_lock($1)", _MIGRATE_LOCK)
                done = await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version")
                if int(done) >= number:
                    continue  # another process applied it meanwhile
                await conn.execute(sql)
                await conn.execute("INSERT INTO schema_version (version) VALUES ($1)", number)


def backup_advice(url: str, target: Path) -> str:
    return (
        "python -m bot backup copies a SQLite store; back up PostgreSQL with its own tool, e.g."
        f" pg_dump --format=custom --file={target} '{redacted(url)}' (with the password)"
    )


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()
