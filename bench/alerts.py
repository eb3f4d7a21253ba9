"""Alert fan-out at scale: 10,000 subscribers of one show, against Discord's global limit.

    python bench/alerts.py [--subscribers 10000] [--limit 50] [--baseline 300]

The loopback Discord (tests/loopback) refuses with a global 429 any request past `--limit` in a
rolling second, as Discord does. The real bot runs in this process against it; an owner records a
renewal with `/admin decision`, which writes the event and one delivery per subscriber in one
transaction. Printed:

- enqueue: from the slash command to the curator's "Recorded" reply (the transaction included);
- delivery: subscribers reached per second, as a share of the limit, and 429s the bot received;
- lost (subscribers with no DM) and duplicates (DMs beyond one per subscriber);
- baseline, same process: the naive way (one `await channel.send` after another, no pacing) over
  `--baseline` fresh DM channels, with its rate and 429s, for comparison.

Every subscriber has written to the bot before (its DM channel is known), so each alert is one
request. Figures are ratios within this run; nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import discord

from bot.edits import Editor
from bot.seed import ensure_seeded
from bot.store import Database, alerts
from bot.store import catalogue as store
from tests.e2e.conftest import running_bot, settings_for, world
from tests.loopback.discord import FakeDiscord

SHOW = "all-of-us-are-dead"


async def prepare(emu: FakeDiscord, db_path: Path, n: int) -> list[int]:
    users = [emu.add_user(f"fan{i}") for i in range(n)]
    db = await Database.open(db_path)
    try:
        await ensure_seeded(Editor(db))
        show = await store.by_slug(db, SHOW)
        assert show is not None
        await alerts.subscribe_many(db, show.id, [u.id for u in users])
        for u in users:
            await alerts.remember_dm_channel(db, u.id, emu.open_dm(u))
    finally:
        await db.close()
    return [u.id for u in users]


async def fan_out(emu: FakeDiscord, tmp: Path, n: int) -> None:
    people = world(emu)
    db_path = tmp / "bot.db"
    t0 = time.perf_counter()
    user_ids = await prepare(emu, db_path, n)
    print(f"prepared {n:,} subscribers with known DM channels in {time.perf_counter() - t0:.1f} s")
    settings = settings_for(emu, db_path, people["guild"], people["curator_role"])
    async with running_bot(settings) as bot:
        rate_limited_before = emu.rate_limited
        started = time.perf_counter()
        reply = await emu.slash(
            "admin decision", user=emu.app_owner, guild=people["guild"], show=SHOW, season=3,
            status="renewed", source_url="https://example.org/renewal",
        )  # fmt: skip
        enqueued = time.perf_counter() - started
        assert reply.content.startswith("Recorded:"), reply.content
        pending = (await alerts.outbox_health(bot.db)).totals.total
        stamps: list[float] = []
        seen: set[int] = set()

        def reached() -> int:
            now = time.perf_counter()
            for uid in user_ids:
                if uid not in seen and emu.dm_count(emu.users[uid]):
                    seen.add(uid)
                    stamps.append(now)
            return len(seen)

        deadline = started + n / 50 * 3 + 60
        # The emulator's record is plain state, not an event; a coarse poll keeps it cheap.
        while reached() < n and time.perf_counter() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.5)
        await asyncio.sleep(1.0)  # anything still in flight lands, so duplicates are counted
        elapsed = (max(stamps) if stamps else time.perf_counter()) - started
        total = sum(emu.dm_count(emu.users[uid]) for uid in user_ids)
        lost = n - len(seen)
        rate = len(seen) / elapsed if elapsed else 0.0
        limit = emu.global_rate_limit or 0
        print(f"enqueue (slash -> 'Recorded', {pending:,} deliveries written): {enqueued * 1000:,.0f} ms")
        print(
            f"delivery: {len(seen):,} subscribers in {elapsed:,.1f} s = {rate:,.1f}/s"
            f" = {rate / limit:.0%} of the {limit}/s limit"
        )
        print(
            f"429s received: {emu.rate_limited - rate_limited_before}; lost: {lost};"
            f" duplicates: {total - len(seen)}"
        )
        print(f"progress on the curator's reply: {reply.content.splitlines()[-1]!r}")


async def baseline(emu: FakeDiscord, tmp: Path, n: int) -> None:
    """The naive loop, in the same process: send one after another and let discord.py absorb 429s."""
    people = world(emu)
    users = [emu.add_user(f"base{i}") for i in range(n)]
    channels = [emu.open_dm(u) for u in users]
    settings = settings_for(emu, tmp / "baseline.db", people["guild"], people["curator_role"])
    async with running_bot(settings) as bot:
        before = emu.rate_limited
        started = time.perf_counter()
        for channel_id in channels:
            await bot.get_partial_messageable(channel_id).send(
                "alert", allowed_mentions=discord.AllowedMentions.none()
            )
        elapsed = time.perf_counter() - started
        print(
            f"baseline (serial sends, no pacing): {n:,} in {elapsed:,.1f} s = {n / elapsed:,.1f}/s"
            f" = {n / elapsed / (emu.global_rate_limit or 1):.0%} of the limit; 429s: {emu.rate_limited - before}"
        )


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--limit", type=int, default=50, help="the emulator's global requests per second")
    parser.add_argument("--baseline", type=int, default=300, help="sends in the naive baseline (0: skip)")
    args = parser.parse_args()
    runs = [(baseline, args.baseline)] if args.baseline else []
    runs.append((fan_out, args.subscribers))
    with tempfile.TemporaryDirectory() as tmp:
        for run, n in runs:  # each against a fresh Discord, so one's 429 window can't touch the other
            emu = FakeDiscord(global_rate_limit=args.limit)
            await emu.start()
            try:
                await run(emu, Path(tmp), n)
            finally:
                await emu.stop()


if __name__ == "__main__":
    asyncio.run(main())
