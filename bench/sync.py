"""TVmaze refresh at catalogue scale, against the loopback TVmaze.

    python bench/sync.py [--shows 10000] [--changed 300]

A store of N shows already linked to TVmaze, a twin holding the same N shows, `--changed` of them
touched since the last run. Prints, for `sync` (asks /updates, fetches only what changed) and for
the naive way (fetch every linked show, `sync --all`): requests made, wall time here (the twin's
rate limit off, so this is the bot's own cost), and the time TVmaze's documented limit (20 requests
in any 10 s) would impose on those requests. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.domain.dates import FuzzyDate
from bot.domain.events import COMMAND_LINE
from bot.domain.models import Links, Season, Show
from bot.edits import Editor
from bot.store import Database
from bot.store import catalogue as store
from bot.sync import LAST_REFRESH, sync
from bot.tvmaze import PER, RATE, TVmaze
from tests.loopback.tvmaze import TVmazeTwin

NOW = 1_750_000_000


def limited_seconds(requests: int) -> float:
    """How long TVmaze's limit makes `requests` take: RATE in any PER seconds."""
    return max(0, (requests - 1) // RATE) * PER


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shows", type=int, default=10_000)
    parser.add_argument("--changed", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(7)
    twin = TVmazeTwin(rate_limit=0, now=NOW)
    await twin.start()
    try:
        shows: list[Show] = []
        for i in range(args.shows):
            year = 2000 + i % 25
            tv_id = twin.add_show(f"Bench Show {i}", premiered=f"{year}-03-01", network=("Net", "US", "America/New_York"),
                                  seasons=[(1, f"{year}-03-01", f"{year}-05-01", 10)], updated=NOW - 40 * 86_400)  # fmt: skip
            shows.append(Show(slug=f"bench-show-{i}", title=f"Bench Show {i}", platform="Net", country="US",
                              last_checked=FuzzyDate.parse("2025-06-01").value,
                              seasons=(Season(1, FuzzyDate.parse(f"{year}-03-01"), date(year, 5, 1), 10),),
                              links=Links(tvmaze=tv_id)))  # fmt: skip
        with tempfile.TemporaryDirectory() as tmp:
            db = await Database.open(Path(tmp) / "bench.db")
            editor = Editor(db)
            touched: set[int] = set()
            await editor.import_shows(shows, COMMAND_LINE, quiet=True)
            for label, everything in (
                ("sync (/updates, only what changed)", False),
                ("naive: sync --all", True),
            ):
                await store.set_meta(
                    db, LAST_REFRESH, str(int(time.time()) - 3_600)
                )  # the last run: an hour ago
                changed = rng.sample(sorted(set(twin.shows) - touched), args.changed)
                touched.update(changed)
                for tv_id in changed:  # TVmaze lists a second season with its premiere day
                    twin.add_season(tv_id, 2, f"2027-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", None, 8)
                    twin.touch(tv_id, NOW - 600)
                before = len(twin.requests)
                started = time.perf_counter()
                async with TVmaze(twin.base_url, rate=10**6, per=1.0) as tv:
                    _, refreshed = await sync(editor, tv, everything=everything, now=int(time.time()))
                took = time.perf_counter() - started
                requests = len(twin.requests) - before
                print(
                    f"{label:38} {requests:6,} requests, {len(refreshed.refreshed):5,} refreshed,"
                    f" {took:6.1f} s here; at TVmaze's {RATE} per {PER:.0f} s: {limited_seconds(requests):8,.0f} s"
                )
            await db.close()
    finally:
        await twin.stop()
    print(f"{args.shows:,} linked shows, {args.changed:,} changed on TVmaze since the last run")


if __name__ == "__main__":
    asyncio.run(main())
