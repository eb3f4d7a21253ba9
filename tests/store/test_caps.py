"""Both caps under concurrency: many writers through two Database connections on one file (as two
bot processes, or a bot and the command line, would be), and the paths that used to skip a cap."""

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.store import Database, Store, alerts, theories
from bot.store.database import migrations
from tests.conftest import reopen
from tests.store.test_theories import bare_show


@pytest.fixture
async def second(db: Store) -> AsyncIterator[Store]:
    other = await reopen(db)
    try:
        yield other
    finally:
        await other.close()


async def shows(db: Store, n: int, prefix: str = "show") -> list[int]:
    return [await bare_show(db, f"{prefix}-{i}") for i in range(n)]


async def test_concurrent_theories_from_two_connections_stop_at_five(db: Store, second: Store) -> None:
    [show] = await shows(db, 1)

    async def post(n: int) -> bool:
        via = (db, second)[n % 2]
        try:
            await theories.add(via, 1, show, 10, f"Theory {n}", f"theory {n}", None, False)
        except theories.TooManyTheories:
            return False
        return True

    posted = await asyncio.gather(*(post(n) for n in range(40)))
    assert sum(posted) == theories.PER_HOUR
    assert await theories.count(db, 1, show) == theories.PER_HOUR


async def test_concurrent_subscriptions_from_two_connections_stop_at_the_cap(
    db: Store, second: Store
) -> None:
    ids = await shows(db, alerts.MAX_SUBSCRIPTIONS + 40)

    async def subscribe(n: int, show_id: int) -> bool:
        try:
            return await alerts.subscribe((db, second)[n % 2], 7, show_id)
        except alerts.TooManySubscriptions:
            return False

    added = await asyncio.gather(*(subscribe(n, s) for n, s in enumerate(ids)))
    assert sum(added) == alerts.MAX_SUBSCRIPTIONS
    assert len(await alerts.subscriptions_of(db, 7)) == alerts.MAX_SUBSCRIPTIONS


async def pause(db: Store, user_id: int, show_id: int) -> None:
    """What the outbox does when a DM bounces for good (its `fail(..., disable_target=True)`)."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE subscriptions SET disabled_reason = '403 50007: DMs closed'"
            " WHERE user_id = ? AND show_id = ?",
            (user_id, show_id),
        )


async def test_re_enabling_paused_subscriptions_cannot_pass_the_cap(db: Store) -> None:
    ids = await shows(db, alerts.MAX_SUBSCRIPTIONS + 3)
    first, rest = ids[:3], ids[3:]
    for show_id in first:
        assert await alerts.subscribe(db, 7, show_id)
        await pause(db, 7, show_id)
    for show_id in rest:
        assert await alerts.subscribe(db, 7, show_id)
    for show_id in first:
        with pytest.raises(alerts.TooManySubscriptions):
            await alerts.subscribe(db, 7, show_id)
    assert not await alerts.is_subscribed(db, 7, first[0])

    # A place freed by unsubscribing, by a pause, or by the show leaving the catalogue can be re-used.
    assert await alerts.unsubscribe(db, 7, rest[0])
    assert await alerts.subscribe(db, 7, first[0])
    await pause(db, 7, rest[1])
    assert await alerts.subscribe(db, 7, first[1])
    async with db.transaction() as conn:
        await conn.execute("DELETE FROM shows WHERE id = ?", (rest[2],))
    assert await alerts.subscribe(db, 7, first[2])
    assert not await alerts.subscribe(db, 7, first[2])  # already on: nothing changes
    active = [s.show_id for s in await alerts.subscriptions_of(db, 7) if s.paused_because is None]
    assert len(active) == alerts.MAX_SUBSCRIPTIONS


async def test_migration_6_counts_what_is_there_and_pauses_only_past_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "v5.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, _, sql in migrations()[:5]:
        conn.executescript(sql)
        conn.execute(f"PRAGMA user_version = {number}")
    now = "2026-11-25T10:00:00+00:00"
    conn.executemany(
        "INSERT INTO shows (id, slug, title, platform, country, last_checked, created_at, updated_at)"
        " VALUES (?, ?, 'T', 'Netflix', 'KR', ?, ?, ?)",
        [(i, f"s{i}", now, now, now) for i in range(1, 106)],
    )
    # User 7 got past the cap the old way; user 8 has two active and one paused.
    conn.executemany(
        "INSERT INTO subscriptions (user_id, show_id, created_at) VALUES (7, ?, ?)",
        [(i, f"2026-01-01T{i // 60:02d}:{i % 60:02d}:00+00:00") for i in range(1, 106)],
    )
    conn.executemany(
        "INSERT INTO subscriptions (user_id, show_id, created_at, disabled_reason) VALUES (8, ?, ?, ?)",
        [(1, now, None), (2, now, None), (3, now, "DMs closed")],
    )
    conn.executemany(
        "INSERT INTO theories (guild_id, show_id, author_id, title, title_key, created_at)"
        " VALUES (1, 1, 9, ?, ?, ?)",
        [(f"T{i}", f"t{i}", f"2026-11-25T09:{i:02d}:00+00:00") for i in range(7)],
    )
    conn.close()

    db = await Database.open(path)
    try:
        subs = await alerts.subscriptions_of(db, 7)
        active = [s.show_id for s in subs if s.paused_because is None]
        assert len(subs) == 105 and len(active) == alerts.MAX_SUBSCRIPTIONS
        assert sorted(active) == list(range(1, 101))  # the oldest 100 stay on
        counts = {r[0]: r[1] for r in await db.fetchall("SELECT user_id, active FROM subscription_counts")}
        assert counts == {7: 100, 8: 2}
        slots = await db.fetchall("SELECT used_at FROM theory_slots WHERE author_id = 9 ORDER BY used_at")
        assert [r[0][11:16] for r in slots] == ["09:02", "09:03", "09:04", "09:05", "09:06"]
    finally:
        await db.close()
