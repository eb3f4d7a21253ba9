"""Memory and event-loop stalls of the bot process with a realistic catalogue loaded.

    python bench/memory.py [--shows 100000] [--db PATH]

Generates bench/generate.py's catalogue (seasons, a renewal and cast per show, as bench/import.py
does) and imports it through the real CLI (`python -m bot import`) into a fresh database, or reuses
`--db PATH` when that file exists (it is created there otherwise). Then, in a fresh child process
that imports the bot as `python -m bot run` does (discord.py, `bot.core` and every cog module), it
times `Catalogue.load` and reports:

- VmRSS and VmHWM from /proc/self/status after the load, and VmRSS before it (imports only);
- the event loop's longest stall during the load (a 1 ms ticker's longest gap, sleep included);
- the garbage collector's longest pause during the load, and the time of one full collection
  afterwards (what a routine gen-2 pass costs the bot while it serves; see `Catalogue.load` on
  why the load pauses the collector and freezes what it loaded).

Figures are printed, not asserted; on a shared machine, compare runs made in the same session.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import json
import os
import pkgutil
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.generate import catalogue  # noqa: E402
from bench.measure import longest_stall, status_mib  # noqa: E402


async def child(path: Path) -> None:
    """In a fresh process: import what the bot imports, load the catalogue, print figures as JSON."""
    import bot.core  # noqa: F401  (discord.py, the cogs package, the store)
    import cogs
    from bot.catalogue import Catalogue
    from bot.store import Database

    for module in pkgutil.iter_modules(cogs.__path__):  # what setup_hook loads
        importlib.import_module(f"cogs.{module.name}")

    pauses = [0.0]
    started = [0.0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses.append(time.perf_counter() - started[0])

    db = await Database.open(path)
    before = status_mib()
    gc.callbacks.append(on_gc)
    t0 = time.perf_counter()
    catalogue, stall = await longest_stall(Catalogue.load(db))
    load_s = time.perf_counter() - t0
    gc.callbacks.remove(on_gc)
    after = status_mib()
    t0 = time.perf_counter()
    gc.collect()
    full_gc_ms = (time.perf_counter() - t0) * 1000
    figures = {
        "shows": len(catalogue.index),  # type: ignore[attr-defined]
        "load_s": load_s,
        "load_stall_ms": stall,
        "gc_pause_ms": max(pauses) * 1000,
        "full_gc_ms": full_gc_ms,
        "tracked_objects": len(gc.get_objects()),
        "frozen_objects": gc.get_freeze_count(),
        "before": before,
        "after": after,
    }
    await db.close()
    print(json.dumps(figures))


def make_store(path: Path, shows: int) -> float:
    """bench/generate.py's catalogue, imported through the CLI into `path`; returns seconds taken."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "catalogue.json"
        src.write_text(json.dumps(catalogue(shows, random.Random(3))), encoding="utf-8")
        env = {**os.environ, "DATABASE_PATH": str(path), "PYTHONPATH": str(REPO)}
        t0 = time.perf_counter()
        cmd = [sys.executable, "-m", "bot", "--env-file", os.devnull, "import", "--quiet", str(src)]
        out = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, text=True, check=False)
        if out.returncode:
            raise SystemExit(out.stderr)
        return time.perf_counter() - t0


def run_child(path: Path) -> dict:
    cmd = [sys.executable, __file__, "--child", str(path)]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=REPO).stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shows", type=int, default=100_000)
    ap.add_argument("--db", type=Path, help="reuse this store if it exists, else create it there")
    ap.add_argument("--runs", type=int, default=1, help="child processes to measure (best of each figure)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        asyncio.run(child(args.child))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if not path.exists():
            took = make_store(path, args.shows)
            print(f"store: {args.shows:,} shows from bench/generate.py, imported by the CLI in {took:.1f} s")
        runs = [run_child(path) for _ in range(args.runs)]
    for r in runs:
        print(
            f"bot process, realistic {r['shows']:,}-show store, after Catalogue.load: "
            f"VmRSS {r['after']['VmRSS']:.0f} MiB, VmHWM {r['after']['VmHWM']:.0f} MiB "
            f"(imports alone: {r['before']['VmRSS']:.0f} MiB); load {r['load_s']:.1f} s, "
            f"longest event-loop stall {r['load_stall_ms']:.0f} ms, longest GC pause {r['gc_pause_ms']:.0f} ms; "
            f"afterwards a full collection takes {r['full_gc_ms']:.0f} ms "
            f"({r['tracked_objects']:,} objects tracked, {r['frozen_objects']:,} frozen by the load)"
        )


if __name__ == "__main__":
    main()
