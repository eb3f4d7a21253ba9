"""The radar's poll against loopback publishers: how long the event loop stalls while it reads feeds.

    python bench/radar_poll.py [--feeds 20] [--items 100]

`--feeds` feeds of `--items` real headlines each (the labelled sets' items, in order, with their
summaries), all new to a store seeded with the bundled catalogue, served by the loopback feed server
(tests/loopback/feeds.py) in this process. The bot's poll (bot.radar.poll_due) reads them all once:

- threaded (as the bot runs): each feed's new items are classified in a worker thread;
- baseline, same process: the same poll with the classification on the event loop, as it was before;

and for each prints the poll's time, the headlines read per second, and the longest stall of the
event loop (what an interaction's answer could have waited). Figures are ratios within this run;
nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import longest_stall
from bench.radar import DEFAULT
from bot import radar
from bot.domain.dates import utcnow
from bot.edits import Editor
from bot.seed import ensure_seeded
from bot.store import Database, feeds, review
from tests.loopback.feeds import FeedServer


def headlines(count: int) -> list[dict[str, Any]]:
    """The labelled sets' first `count` items, as a feed gives them."""
    import json

    out: list[dict[str, Any]] = []
    for path in DEFAULT:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            out.append(
                {"title": row["title"], "url": row.get("url") or f"https://example.org/{len(out)}",
                 "summary": row.get("summary") or "", "date": row.get("date")}
            )  # fmt: skip
            if len(out) == count:
                return out
    return out


async def poll_once(
    work: Path, server: FeedServer, name: str, count: int, inline: bool
) -> tuple[float, float, int, int]:
    """One poll of `count` new feeds into a fresh store: seconds, longest stall (ms), items read,
    proposals queued."""
    db = await Database.open(work / f"{name}.db")
    real = asyncio.to_thread
    try:
        await ensure_seeded(Editor(db))
        for n in range(count):
            await feeds.add(db, server.url(f"feed{n}"), f"Feed {n}", added_by=None)
        names = await radar.Names.read(db)
        client = radar.FeedClient()

        async def on_loop(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
            if fn is radar.read_items:
                return fn(*args, **kwargs)
            return await real(fn, *args, **kwargs)

        if inline:
            asyncio.to_thread = on_loop  # type: ignore[assignment]
        try:
            started = time.perf_counter()
            work_done: Awaitable[radar.PollReport] = radar.poll_due(
                db, client, names, utcnow(), bundled=False
            )
            report, stall = await longest_stall(work_done)
            seconds = time.perf_counter() - started
        finally:
            asyncio.to_thread = real
            await client.close()
        assert isinstance(report, radar.PollReport)
        assert not report.failed, report.failed
        return seconds, stall, report.items_read, len(await review.pending(db))
    finally:
        await db.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--items", type=int, default=100)
    args = parser.parse_args()
    rows = headlines(args.feeds * args.items)
    server = FeedServer()
    await server.start()
    try:
        for n in range(args.feeds):
            server.publish(f"feed{n}", rows[n * args.items : (n + 1) * args.items])
        await asyncio.to_thread(radar.bundled_screen)  # the screen's file read once, as the bot does
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            figures = {}
            for name, inline in (("baseline", True), ("threaded", False)):
                figures[name] = await poll_once(work, server, name, args.feeds, inline)
    finally:
        await server.stop()
    print(f"{args.feeds} feeds of {args.items} real headlines, every item new, one poll:")
    for name, (seconds, stall, read, queued) in figures.items():
        label = "classified on the event loop (before)" if name == "baseline" else "classified in a thread"
        print(
            f"  {name:9} {label:38} {seconds:5.2f} s, {read / seconds:6.0f} items/s,"
            f" longest stall {stall:6.1f} ms, {read} read, {queued} proposed"
        )
    before, after = figures["baseline"][1], figures["threaded"][1]
    print(
        f"  longest stall: {after / before:.2f}x the baseline's ({before / max(after, 0.001):.0f}x shorter)"
    )


if __name__ == "__main__":
    asyncio.run(main())
