"""What the benchmarks measure of a process: its memory, and how long its event loop stalls."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path


def status_mib() -> dict[str, float]:
    """This process's resident memory now (VmRSS) and at its peak (VmHWM), in MiB."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            out[name] = int(value.split()[0]) / 1024
    return out


async def longest_stall(work: object) -> tuple[object, float]:
    """Await `work` while a ticker notes the longest gap between its 1 ms sleeps (ms, sleep included)."""
    gaps = [0.0]
    done = False

    async def tick() -> None:
        last = time.perf_counter()
        while not done:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0)  # let the ticker start before the work takes the loop
    try:
        result = await work  # type: ignore[misc]
    finally:
        done = True
        await ticker
    return result, max(gaps) * 1000
