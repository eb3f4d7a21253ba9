"""Discord's global budget shared by every process on one PostgreSQL store (bot.pacing.SharedPace):
the instants handed out are 1/rate apart whoever asks, so two processes sending at once stay within
the limit together; a SQLite store's one process spaces its requests the same way in memory."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

from bot.pacing import SharedPace, Spacing, pace_for
from bot.store import Database, open_store
from tests.conftest import fresh_database


async def test_two_processes_take_turns_one_interval_apart(tmp_path: Path, postgres_url: str) -> None:
    url = await fresh_database(postgres_url)
    first, second = await open_store(tmp_path / "x.db", url), await open_store(tmp_path / "x.db", url)
    try:
        rate = 50
        a, b = SharedPace(first, rate), SharedPace(second, rate)
        taken = await asyncio.gather(*(pace.take() for _ in range(60) for pace in (a, b)))
        slots = sorted(slot for slot, _ in taken)
        gaps = [later - earlier for earlier, later in itertools.pairwise(slots)]
        # (Seconds since 1970 in a double: a ten-thousandth of a second is the tolerance.)
        assert len(slots) == 120 and min(gaps) >= 1 / rate - 1e-4  # never two at once, whoever asks
        # So no second holds more than the rate: the 120 requests span at least 119 intervals.
        assert slots[-1] - slots[0] >= 119 / rate - 1e-4
        delays = sorted(delay for _, delay in taken)
        assert delays[0] < 1 / rate and delays[-1] > 2.0  # the first goes now, the last waits its turn
    finally:
        await first.close()
        await second.close()


async def test_an_idle_clock_does_not_bank_turns(tmp_path: Path, postgres_url: str) -> None:
    """Turns not taken while nobody sent are not saved up for a burst later."""
    url = await fresh_database(postgres_url)
    db = await open_store(tmp_path / "x.db", url)
    try:
        pace = SharedPace(db, 50)
        await pace.take()
        await asyncio.sleep(0.3)
        _, delay = await pace.take()
        _, later = await pace.take()
        assert delay <= 0 < later  # after a pause one goes at once, and the next waits its interval
    finally:
        await db.close()


async def test_the_engine_chooses_the_pace(tmp_path: Path, postgres_url: str) -> None:
    lite = await Database.open(tmp_path / "s.db")
    shared = await open_store(tmp_path / "x.db", await fresh_database(postgres_url))
    try:
        assert isinstance(pace_for(lite, 48), Spacing)
        assert isinstance(pace_for(shared, 48), SharedPace)
    finally:
        await lite.close()
        await shared.close()


async def test_one_process_spaces_its_requests() -> None:
    spacing = Spacing(48)
    taken = [spacing.take() for _ in range(96)]
    slots = [slot for slot, _ in taken]
    assert all(later - earlier >= 1 / 48 - 1e-9 for earlier, later in itertools.pairwise(slots))
    assert taken[0][1] <= 0 and taken[-1][1] >= 95 / 48 - 0.1  # the first now, the 96th two seconds on
    # Time nobody used is not saved up: after the queue drains, one goes at once and the next waits.
    spacing = Spacing(48)
    spacing.take()
    await asyncio.sleep(0.1)
    assert spacing.take()[1] <= 0 < spacing.take()[1]
