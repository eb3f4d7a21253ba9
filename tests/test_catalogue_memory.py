"""Loading and refreshing the catalogue never stalls the bot nor lets one show bloat it."""

import asyncio
import gc
import json
import random
import string
import threading
import tracemalloc
from pathlib import Path

import pytest

from bot import catalogue as catalogue_module
from bot.catalogue import Catalogue
from bot.domain import search
from bot.domain.search import FUZZY_PER_SHOW, NAMES_PER_SHOW, SearchIndex
from bot.store import Database
from bot.store import catalogue as store

WORDS = ["dead", "house", "dragon", "crown", "witch", "game", "dark", "office", "place", "bear", "boys"]
SHOWS = 3_000
HOSTILE_ID = SHOWS + 1


@pytest.fixture
async def big(tmp_path: Path) -> Database:
    """A few thousand generated shows and one hostile one (200 aliases of 200 random letters)."""
    rng = random.Random(5)
    rows = [
        (i, f"show-{i}", f"{' '.join(rng.choices(WORDS, k=3)).title()} {i}", json.dumps([f"Alias {i}"]))
        for i in range(1, SHOWS + 1)
    ]
    hostile = ["".join(rng.choices(string.ascii_lowercase, k=200)) for _ in range(200)]
    rows.append((HOSTILE_ID, "hostile", "Hostile", json.dumps(hostile)))
    db = await Database.open(tmp_path / "big.db")
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO shows (id, slug, title, aliases, platform, country, last_checked, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, 'Netflix', 'US', '2026-11-25', '2026-11-25', '2026-11-25')",
            rows,
        )
    yield db
    await db.close()


async def test_the_index_is_built_off_the_event_loop_which_keeps_answering(big, monkeypatch) -> None:
    loop = asyncio.get_running_loop()
    started = asyncio.Event()
    loop_ran = threading.Event()
    built_on: list[threading.Thread] = []
    real_build = SearchIndex.build

    def build(entries):
        built_on.append(threading.current_thread())
        loop.call_soon_threadsafe(started.set)
        # Deterministic, not timed: the build goes on only once the loop has answered meanwhile.
        assert loop_ran.wait(timeout=30), "the event loop never ran while the index was built"
        return real_build(entries)

    async def answer_meanwhile() -> None:
        await started.wait()
        loop_ran.set()

    monkeypatch.setattr(catalogue_module.SearchIndex, "build", build)
    answering = asyncio.create_task(answer_meanwhile())
    catalogue = await Catalogue.load(big)
    await answering
    assert built_on[0] is not threading.main_thread()
    assert len(catalogue.index) == SHOWS + 1
    assert catalogue.suggest("hostile")[0].entry.slug == "hostile"


async def test_a_large_catalogue_is_loaded_without_collector_passes_then_frozen(big, monkeypatch) -> None:
    passes: list[str] = []

    def note(phase: str, info: dict) -> None:
        passes.append(phase)

    monkeypatch.setattr(catalogue_module, "FREEZE_AT", SHOWS)
    frozen = gc.get_freeze_count()
    gc.callbacks.append(note)
    try:
        catalogue = await Catalogue.load(big)
        assert passes == []  # a pass holds the GIL throughout: at 100,000 entries, 100-170 ms
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen + SHOWS  # its entries, at least
        assert catalogue.suggest("hostile")[0].entry.slug == "hostile"
    finally:
        gc.callbacks.remove(note)
        gc.unfreeze()  # the other tests' objects were frozen too


async def test_a_small_catalogue_is_not_frozen(big, monkeypatch) -> None:
    monkeypatch.setattr(catalogue_module, "FREEZE_AT", SHOWS + 2)
    frozen = gc.get_freeze_count()
    await Catalogue.load(big)
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


async def test_refreshing_a_hostile_show_is_bounded_work(big, monkeypatch) -> None:
    catalogue = await Catalogue.load(big)
    made: list[int] = []
    real = search._deletes

    def counting(word: str, depth: int) -> set[str]:
        out = real(word, depth)
        made.append(len(out))
        return out

    monkeypatch.setattr(search, "_deletes", counting)
    await catalogue.refresh_show(HOSTILE_ID)
    assert sum(made) <= 2 * FUZZY_PER_SHOW  # out (its title's words) and back in
    assert catalogue.index.size().names <= 2 * SHOWS + NAMES_PER_SHOW
    assert catalogue.suggest("hostile")[0].entry.slug == "hostile"


async def test_a_hostile_show_adds_little_memory_to_the_index(big) -> None:
    entries = await store.search_entries(big)
    plain = [e for e in entries if e.show_id != HOSTILE_ID]
    tracemalloc.start()
    try:
        without = _traced(plain)
        with_hostile = _traced(entries)
    finally:
        tracemalloc.stop()
    # Memory in bytes is exact for the same input, not a timing. Once ~1.9 GB; now its 20 names.
    assert with_hostile - without < 1 * 2**20


def _traced(entries) -> int:
    start = tracemalloc.get_traced_memory()[0]
    index = SearchIndex.build(entries)
    used = tracemalloc.get_traced_memory()[0] - start
    del index
    return used
