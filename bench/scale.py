"""The alert fan-out with one bot process and with two, against Discord's global limit.

    python bench/scale.py [--subscribers 3000] [--limit 50] [--postgres postgresql://…] [--asks 200]

Each run starts real `python -m bot run` processes against the loopback Discord (tests/loopback),
which refuses with a global 429 any request past `--limit` in a rolling second, as Discord does:

- 1 process on SQLite (the default deployment; the baseline of the ratios);
- 1 process on PostgreSQL, and 2 processes (one shard each) on one PostgreSQL database: both send,
  taking turns from the store's send clock (bot/pacing.py); `sent by` is each process's own count
  from its /metrics.

A renewal is recorded for a show `--subscribers` fans follow, and meanwhile fans ask `/season2`
in the servers of both shards, one after another (`--asks` in all). Printed per run: delivery rate
(alert posts Discord accepted, from the first to the last) as a share of the limit, `start s` (from
the renewal's commit, in this process, to the first alert: the bots learn of it from the store, by
NOTIFY on PostgreSQL and by reading the change log every second on SQLite), 429s, lost and duplicated DMs, the busiest second (requests Discord
accepted), and `/season2`'s p50/p99 from the slash command to the bot's answer, with its ratio to
the baseline run's. `--postgres` (or TEST_DATABASE_URL): a server where the bench may create
databases; without one, only the SQLite run is made. Figures are ratios within this run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.domain.dates import FuzzyDate, today
from bot.domain.events import Actor
from bot.domain.models import Decision, Source
from bot.edits import Editor
from bot.store import open_store
from tests.conftest import database_url
from tests.e2e.conftest import followers_of, process_env, start_process, world
from tests.e2e.test_ops import free_port
from tests.e2e.test_two_processes import busiest_second, sent_by
from tests.loopback.discord import FakeDiscord

SHOW = "all-of-us-are-dead"


async def new_database(server: str, name: str) -> str:
    import asyncpg

    admin = await asyncpg.connect(server)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return database_url(server, name)


async def one_run(
    label: str, n: int, limit: int, asks: int, tmp: Path, url: str | None, processes: int
) -> dict[str, float]:
    emu = FakeDiscord(global_rate_limit=limit)
    await emu.start()
    running: list[asyncio.subprocess.Process] = []
    try:
        people = world(emu)
        guilds = [emu.add_guild(f"shard {i}", shard=(i, 2)) for i in range(2)]
        for guild in guilds:
            emu.add_member(guild, people["fan"])
        path = tmp / f"{label}.db"
        db = await open_store(path, url)
        try:
            users = await followers_of(db, emu, SHOW, n)
        finally:
            await db.close()
        env = process_env(emu, DATABASE_PATH=str(path), DATABASE_URL=url or "", SHARD_COUNT="2")
        ports = []
        for share in ["0,1"] if processes == 1 else ["0", "1"]:
            ports.append(free_port())
            metrics = {"METRICS_PORT": str(ports[-1]), "METRICS_HOST": "127.0.0.1"}
            running.append(
                await start_process({**env, "SHARD_IDS": share, **metrics}, tmp, tmp / f"{label}-{share}.log")
            )
        await emu.wait_for(lambda: len(emu._sockets) == 2, within=120, what="both shards connected")
        await emu.slash("season2", user=people["fan"], guild=guilds[0], show=SHOW)  # warm

        db = await open_store(path, url)
        started = time.monotonic()
        first_request = len(emu.requests)
        try:
            await Editor(db).record_decision(
                SHOW, Decision(3, "renewed", FuzzyDate(today()), Source("Netflix", "https://example.org/r")),
                Actor.user(1), checked=today(),
            )  # fmt: skip
        finally:
            await db.close()
        waits: list[float] = []
        for i in range(asks):
            if sum(1 for u in users if emu.dm_count(u)) >= n:
                break
            asked = time.monotonic()
            await emu.slash("season2", user=people["fan"], guild=guilds[i % 2], show=SHOW)
            waits.append(time.monotonic() - asked)
        await emu.wait_for(lambda: all(emu.dm_count(u) for u in users), within=n / 10 + 60, what="every DM")
        took = time.monotonic() - started
        total = sum(emu.dm_count(u) for u in users)
        posts = [
            r["at"]
            for r in emu.requests[first_request:]
            if r["method"] == "POST"
            and r["status"] != 429
            and re.fullmatch(r"/channels/\d+/messages", r["path"])
        ]
        sending = posts[-1] - posts[0] if len(posts) > 1 else took
        woke = posts[0] - started if posts else float("nan")
        shares = [await sent_by(port) for port in ports]
        emu.requests[:] = emu.requests[first_request:]
        waits.sort()
        return {
            "rate": (len(posts) - 1) / sending, "share": (len(posts) - 1) / sending / limit,
            "overall": n / took, "woke": woke, "429s": emu.rate_limited,
            "lost": sum(1 for u in users if not emu.dm_count(u)), "duplicates": total - n,
            "busiest": busiest_second(emu), "p50": statistics.median(waits) if waits else float("nan"),
            "p99": waits[min(len(waits) - 1, int(len(waits) * 0.99))] if waits else float("nan"),
            "asks": len(waits), "sent_by": " + ".join(f"{x:.0f}" for x in shares),
        }  # fmt: skip
    finally:
        for process in running:
            if process.returncode is None:
                process.terminate()
                try:
                    await asyncio.wait_for(process.wait(), 30)
                except TimeoutError:
                    process.kill()
        await emu.stop()


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--subscribers", type=int, default=3_000)
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--asks", type=int, default=200)
    parser.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL"))
    args = parser.parse_args()
    runs: list[tuple[str, str | None, int]] = [("1 process, SQLite", None, 1)]
    if args.postgres:
        runs += [
            ("1 process, PostgreSQL", await new_database(args.postgres, "season2bot_bench_one"), 1),
            ("2 processes, PostgreSQL", await new_database(args.postgres, "season2bot_bench_two"), 2),
        ]
    else:
        print("no --postgres (or TEST_DATABASE_URL): the PostgreSQL runs are skipped")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (label, url, processes) in enumerate(runs):
            results.append(
                (
                    label,
                    await one_run(
                        f"run{i}", args.subscribers, args.limit, args.asks, Path(tmp), url, processes
                    ),
                )
            )
    base = results[0][1]
    print(f"{args.subscribers:,} subscribers, global limit {args.limit}/s; /season2 asked meanwhile")
    print(f"{'run':<26}{'rate/s':>8}{'share':>7}{'start s':>8}{'429s':>6}{'lost':>6}{'dup':>5}{'busiest':>9}"
          f"{'p50 ms':>8}{'p99 ms':>8}{'p50 x':>7}{'p99 x':>7}  sent by")  # fmt: skip
    for label, r in results:
        print(
            f"{label:<26}{r['rate']:>8.1f}{r['share']:>7.0%}{r['woke']:>8.2f}{r['429s']:>6}{r['lost']:>6}{r['duplicates']:>5}"
            f"{r['busiest']:>9}{r['p50'] * 1000:>8.0f}{r['p99'] * 1000:>8.0f}"
            f"{r['p50'] / base['p50']:>7.2f}{r['p99'] / base['p99']:>7.2f}  {r['sent_by']}"
        )


if __name__ == "__main__":
    asyncio.run(main())
