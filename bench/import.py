"""Bulk import at catalogue scale, through the command-line path (`python -m bot import FILE`).

    python bench/import.py [--shows 100000] [--postgres postgresql://…]

Generates a catalogue file of N shows with seasons, a decision and cast, then runs the real CLI in
a subprocess on a fresh database: prints rows/s and the child's peak memory (max RSS), beside a
baseline in the same run: the same rows inserted with one INSERT per row and a commit per show
(the naive way), so the figure is read as a ratio, not an absolute. With `--postgres` (a server
where the bench may create a database; default TEST_DATABASE_URL) the same file is also imported
into PostgreSQL (DATABASE_URL: COPY per batch, one transaction).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.generate import catalogue  # noqa: E402

CHILD = """
import atexit, runpy, sys

def peak():  # VmHWM: this process's own high-water mark (ru_maxrss would include its parent's pages)
    with open("/proc/self/status") as status:
        kb = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    print("peak-rss-kb", kb, file=sys.stderr)

atexit.register(peak)
sys.argv[0] = "bot"
runpy.run_module("bot", run_name="__main__")
"""


def baseline(doc: dict, path: Path) -> float:
    """One statement and one commit per show: what a first attempt usually looks like."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE shows (slug TEXT PRIMARY KEY, body TEXT)")
    t0 = time.perf_counter()
    for show in doc["shows"]:
        conn.execute("INSERT INTO shows VALUES (?, ?)", (show["slug"], json.dumps(show)))
        conn.commit()
    conn.close()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shows", type=int, default=100_000)
    ap.add_argument("--baseline-shows", type=int, default=5_000)
    ap.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL"))
    args = ap.parse_args()
    doc = catalogue(args.shows, random.Random(3))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "catalogue.json"
        src.write_text(json.dumps(doc), encoding="utf-8")
        size_mb = src.stat().st_size / 2**20
        sample = {"version": 1, "shows": doc["shows"][: args.baseline_shows]}
        del doc  # a large parent makes every fork slower; the child's time should be its own
        gc.collect()
        env = {**os.environ, "DATABASE_PATH": str(Path(tmp) / "bench.db"), "PYTHONPATH": str(REPO)}
        t0 = time.perf_counter()
        # The child reports its own peak: RUSAGE_CHILDREN (and even the child's own ru_maxrss, which
        # Linux carries across exec) would count the pages it shared with this large process.
        out = subprocess.run(
            [sys.executable, "-c", CHILD, "--env-file", os.devnull, "import", str(src)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = time.perf_counter() - t0
        if out.returncode:
            raise SystemExit(out.stderr)
        peak_mb = float(out.stderr.strip().splitlines()[-1].removeprefix("peak-rss-kb ")) / 1024
        pg: tuple[float, float] | None = None
        if args.postgres:
            import asyncio

            from bench.scale import new_database

            url = asyncio.run(new_database(args.postgres, "season2bot_bench_import"))
            t1 = time.perf_counter()
            pg_out = subprocess.run(
                [sys.executable, "-c", CHILD, "--env-file", os.devnull, "import", str(src)],
                env={**env, "DATABASE_URL": url}, capture_output=True, text=True, check=False,
            )  # fmt: skip
            if pg_out.returncode:
                raise SystemExit(pg_out.stderr)
            pg = (time.perf_counter() - t1, float(pg_out.stderr.strip().splitlines()[-1].split()[-1]) / 1024)
        base_s = baseline(sample, Path(tmp) / "baseline.db")
    ours_rate = args.shows / elapsed
    base_rate = args.baseline_shows / base_s
    print(f"file: {args.shows:,} shows, {size_mb:.1f} MB; {out.stdout.strip()}")
    print(f"{'path':<48} {'rows/s':>10} {'total s':>8} {'peak RSS MB':>12}")
    print(
        f"{'python -m bot import (validate all, one txn)':<48} {ours_rate:>10,.0f} {elapsed:>8.1f} {peak_mb:>12.0f}"
    )
    if pg is not None:
        label = "the same into PostgreSQL (COPY, one txn)"
        print(f"{label:<48} {args.shows / pg[0]:>10,.0f} {pg[0]:>8.1f} {pg[1]:>12.0f}")
    print(f"{'baseline: INSERT + COMMIT per show (sample)':<48} {base_rate:>10,.0f} {base_s:>8.1f} {'-':>12}")
    print(f"speed-up: {ours_rate / base_rate:.1f}x")


if __name__ == "__main__":
    main()
