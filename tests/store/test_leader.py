"""One process leads the background work (bot.leader): on PostgreSQL, the holder of an advisory lock
on a connection of its own; when that connection dies (the process killed), another leads within
seconds, and the led workers follow the lead."""

from __future__ import annotations

import asyncio
from pathlib import Path

import asyncpg

from bot.leader import Leadership
from bot.store import Database, open_store
from tests.conftest import fresh_database


async def eventually(check: object, within: float = 10.0) -> None:
    for _ in range(int(within / 0.05)):
        if check():  # type: ignore[operator]
            return
        await asyncio.sleep(0.05)
    raise AssertionError("not within the time")


async def test_a_sqlite_store_s_process_always_leads(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "s.db")
    try:
        assert Leadership(db).leading
    finally:
        await db.close()


async def test_one_process_leads_and_another_takes_over_when_its_connection_dies(
    tmp_path: Path, postgres_url: str
) -> None:
    url = await fresh_database(postgres_url)
    first, second = await open_store(tmp_path / "x.db", url), await open_store(tmp_path / "x.db", url)
    a, b = Leadership(first, retry=0.1), Leadership(second, retry=0.1)
    ran: list[str] = []

    async def work(who: str) -> None:
        ran.append(who)
        await asyncio.Event().wait()

    tasks = [asyncio.create_task(x.run()) for x in (a, b)]
    jobs = [
        asyncio.create_task(a.led("job", lambda: work("a"))),
        asyncio.create_task(b.led("job", lambda: work("b"))),
    ]
    try:
        await eventually(lambda: a.leading or b.leading)
        await asyncio.sleep(0.5)  # the other keeps trying meanwhile, and fails
        assert a.leading != b.leading
        leader, follower = (a, b) if a.leading else (b, a)
        assert ran == ["a" if leader is a else "b"]
        # The leader's connection dies under it: it stops its work at once, and one of the two
        # leads again (perhaps itself), never both.
        admin = await asyncpg.connect(postgres_url)
        try:
            assert leader._conn is not None
            await admin.execute("SELECT pg_terminate_backend($1)", leader._conn.get_server_pid())
        finally:
            await admin.close()
        await eventually(lambda: len(ran) == 2)
        await asyncio.sleep(0.5)
        assert a.leading != b.leading
        # The leading process dies (its tasks end and its socket closes, as on kill -9): the other
        # leads within seconds and starts the work.
        leader, follower = (a, b) if a.leading else (b, a)
        for task in (tasks[0], jobs[0]) if leader is a else (tasks[1], jobs[1]):
            task.cancel()
        await eventually(lambda: follower.leading)
        await eventually(lambda: len(ran) == 3)
        assert ran[2] == ("a" if follower is a else "b")
    finally:
        for task in tasks + jobs:
            task.cancel()
        await asyncio.gather(*tasks, *jobs, return_exceptions=True)
        await first.close()
        await second.close()


async def test_a_hung_leader_that_stops_beating_is_unseated(tmp_path: Path, postgres_url: str) -> None:
    url = await fresh_database(postgres_url)
    first, second = await open_store(tmp_path / "x.db", url), await open_store(tmp_path / "x.db", url)
    hung, other = Leadership(first, retry=0.1, stale=1.0), Leadership(second, retry=0.1, stale=1.0)
    tasks = [asyncio.create_task(hung.run())]
    try:
        await eventually(lambda: hung.leading)
        hung.retry = 3600.0  # its loop stops coming round: no more heartbeats, the connection stays
        await asyncio.sleep(0.3)
        assert hung._conn is not None and not hung._conn.is_closed()
        tasks.append(asyncio.create_task(other.run()))
        await asyncio.sleep(0.5)
        assert not other.leading  # the lock is still held, and the heartbeat is still fresh
        await eventually(lambda: other.leading, within=10)  # once it is over a second old
        assert hung._conn.is_closed()  # the server ended the hung leader's connection
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await first.close()
        await second.close()
