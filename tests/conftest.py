"""Shared fixtures: real SQLite files under tmp_path and real PostgreSQL databases, never a mocked store."""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import pytest

from bot.domain.dates import FuzzyDate
from bot.domain.events import Actor
from bot.domain.models import CastMember, Decision, Season, Show, Source
from bot.edits import Editor
from bot.store import Database, Store
from bot.store.catalogue import UpsertReport
from bot.store.postgres import PostgresDatabase
from tests.loopback.feeds import FeedServer
from tests.loopback.tvmaze import TVmazeTwin

REPO = Path(__file__).resolve().parent.parent


TESTER = Actor("tests")
TWIN_NOW = 1_750_000_000  # 2025-06-15 15:06:40 UTC: the loopback TVmaze's clock in tests


async def put(db: Store, shows: list[Show], *, quiet: bool = True) -> UpsertReport:
    """Write shows through the one write path, as an import would (quiet: alerting nobody)."""
    return (await Editor(db).import_shows(shows, TESTER, quiet=quiet)).report


@pytest.fixture(params=["sqlite", "postgresql"])
async def db(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    """The store on each engine: a SQLite file, and a fresh database on the test PostgreSQL server."""
    if request.param == "sqlite":
        database: Store = await Database.open(tmp_path / "test.db")
    else:
        database = await PostgresDatabase.open(await fresh_database(request.getfixturevalue("postgres_url")))
    try:
        yield database
    finally:
        await database.close()


@pytest.fixture
async def sqlite_db(tmp_path: Path) -> AsyncIterator[Database]:
    """For what only SQLite has (its pragmas, its file lock, its online backup)."""
    database = await Database.open(tmp_path / "test.db")
    try:
        yield database
    finally:
        await database.close()


async def reopen(db: Store) -> Store:
    """A second store on the same database: as a second bot process, or the command line, holds."""
    if isinstance(db, PostgresDatabase):
        return await PostgresDatabase.open(db.url)
    return await Database.open(db.path)


async def fail_inserts_into(db: Store, table: str, message: str) -> None:
    """From now on an INSERT into `table` fails with `message`: a failure injected at the last step
    of a change, in each engine's own trigger language."""
    async with db.transaction() as conn:
        if isinstance(db, PostgresDatabase):
            await conn.execute(
                f"CREATE FUNCTION fail_{table}() RETURNS trigger LANGUAGE plpgsql AS"
                f" $$ BEGIN RAISE EXCEPTION '{message}'; END; $$"
            )
            await conn.execute(
                f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table}"
                f" FOR EACH ROW EXECUTE FUNCTION fail_{table}()"
            )
        else:
            await conn.execute(
                f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table}"
                f" BEGIN SELECT RAISE(ABORT, '{message}'); END"
            )


# ---------------------------------------------------------------- a real PostgreSQL server

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")  # a server where the tests may create databases
TEMPLATE = f"season2bot_template_{os.getpid()}"


def database_url(server: str, name: str) -> str:
    return urlsplit(server)._replace(path=f"/{name}").geturl()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The server's URL, with a migrated template database each test's database is copied from.
    Without TEST_DATABASE_URL the PostgreSQL tests skip, except in CI (CI_STRICT=1), where they must run."""
    if not POSTGRES_URL:
        if os.environ.get("CI_STRICT") == "1":
            pytest.fail("CI_STRICT=1 and TEST_DATABASE_URL is unset: CI must run the PostgreSQL tests")
        pytest.skip(
            "set TEST_DATABASE_URL=postgresql://… to run the PostgreSQL tests (.ci/run starts a server)"
        )

    async def make() -> None:
        admin = await asyncpg.connect(POSTGRES_URL)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}"')
            await admin.execute(f'CREATE DATABASE "{TEMPLATE}"')
        finally:
            await admin.close()
        store = await PostgresDatabase.open(database_url(POSTGRES_URL, TEMPLATE), min_size=1, max_size=1)
        await store.close()

    async def drop() -> None:
        admin = await asyncpg.connect(POSTGRES_URL)
        try:
            # This process's own, and no other's: the suite's workers (pytest-xdist) share the server.
            for row in await admin.fetch(
                "SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2",
                TEMPLATE,
                f"season2bot\\_test\\_{os.getpid()}\\_%",
            ):
                await admin.execute(f'DROP DATABASE IF EXISTS "{row[0]}" WITH (FORCE)')
        finally:
            await admin.close()

    # On a loop of its own in a thread: this fixture may first be asked for inside a test's loop.
    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, make()).result()
    yield POSTGRES_URL
    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, drop()).result()


_databases = itertools.count(1)


async def fresh_database(server: str) -> str:
    """A new database, a copy of the migrated template (fast: no migrations per test)."""
    name = f"season2bot_test_{os.getpid()}_{next(_databases)}"
    admin = await asyncpg.connect(server)
    try:
        await admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
    finally:
        await admin.close()
    return database_url(server, name)


def make_show(
    slug: str = "all-of-us-are-dead",
    title: str = "All of Us Are Dead",
    *,
    platform: str = "Netflix",
    seasons: tuple[Season, ...] | None = None,
    decisions: tuple[Decision, ...] | None = None,
    **extra: object,
) -> Show:
    """A show record for tests; defaults are the real All of Us Are Dead facts from issue 3."""
    return Show(
        slug=slug,
        title=title,
        platform=platform,
        country=str(extra.pop("country", "KR")),
        last_checked=date(2026, 11, 25),
        original_title=extra.pop("original_title", "지금 우리 학교는"),  # type: ignore[arg-type]
        aliases=extra.pop("aliases", ("Now at Our School", "AOUAD")),  # type: ignore[arg-type]
        language="ko",
        source_material="Webtoon: Now at Our School by Joo Dong-geun",
        seasons=seasons
        if seasons is not None
        else (Season(1, FuzzyDate.parse("2022-01-28"), episodes=12), Season(2)),
        decisions=decisions
        if decisions is not None
        else (Decision(2, "renewed", FuzzyDate.parse("2022-06"), Source("Netflix")),),
        cast=(CastMember("Park Ji-hoo", "Nam On-jo"), CastMember("Yoon Chan-young", "Lee Cheong-san")),
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
async def twin() -> AsyncIterator[TVmazeTwin]:
    """The loopback TVmaze (tests/loopback/tvmaze.py), empty, its clock at TWIN_NOW."""
    world = TVmazeTwin(now=TWIN_NOW)
    await world.start()
    try:
        yield world
    finally:
        await world.stop()


@pytest.fixture
async def publishers() -> AsyncIterator[FeedServer]:
    """Loopback publishers' news feeds (tests/loopback/feeds.py), empty."""
    server = FeedServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
