"""Production milestones (migration 13): stored, read, exported and imported like decisions, raising
alerts; the migration that teaches events the new kind keeps every delivery."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot.domain.catalogue_file import parse_row, show_to_row
from bot.domain.dates import FuzzyDate
from bot.domain.events import Actor, describe
from bot.domain.models import Milestone, Source
from bot.edits import Editor
from bot.store import Database, curation
from bot.store import catalogue as store
from bot.store.database import migrations
from tests.conftest import make_show, put

UPI = Source(
    "UPI",
    "https://www.upi.com/Entertainment_News/TV/2025/07/23/korea-all-of-us-are-dead-season-2-netflix-filming/5081753278517/",
)
FILMING = Milestone(2, "in_production", FuzzyDate.parse("2025-07"), UPI)


async def test_milestones_round_trip_through_the_store_and_the_file(db: Database) -> None:
    show = make_show(
        milestones=(FILMING, Milestone(2, "wrapped", FuzzyDate.parse("2025-12-19"), Source("Soompi")))
    )
    await put(db, [show])
    stored = await store.by_slug(db, show.slug)
    assert stored is not None
    assert [(m.season, m.kind, m.date, m.source) for m in stored.milestones] == [
        (2, "in_production", FuzzyDate.parse("2025-07"), UPI),
        (2, "wrapped", FuzzyDate.parse("2025-12-19"), Source("Soompi")),
    ]
    assert stored.latest_milestone(2) is not None and stored.latest_milestone(2).kind == "wrapped"  # type: ignore[union-attr]
    back, error = parse_row(show_to_row(stored), 1)
    assert (
        error is None
        and back is not None
        and back.milestones
        == tuple(replace(m, recorded_by=None, recorded_at=None) for m in stored.milestones)
    )
    again = await put(db, [show])  # the same record again: nothing changes
    assert again.unchanged == (show.slug,)
    rumour = {"season": 2, "kind": "rumoured", "date": "2025", "source": {"publisher": "X"}}
    bad, problem = parse_row({**show_to_row(stored), "milestones": [rumour]}, 1)
    assert bad is None and problem is not None and problem.field == "milestones[0].kind"


async def test_a_recorded_milestone_alerts_followers_and_can_be_undone(db: Database) -> None:
    await put(db, [make_show()])
    editor = Editor(db, today=lambda: date(2026, 12, 2))
    change = await editor.record_milestone("all-of-us-are-dead", FILMING, Actor.user(7))
    assert change is not None and change.event is not None
    assert describe(change.event.facts) == "season 2 is in production (July 2025)"
    assert change.event.facts.source == UPI
    entry = await curation.audit_entry(db, change.audit_id or 0)
    assert entry is not None and entry.action == "milestone"
    undone = await editor.undo(entry, Actor.user(8))
    assert undone.after.milestones == ()


async def test_migration_13_keeps_every_event_and_delivery(tmp_path: Path) -> None:
    """Teaching events a new kind rebuilds the table other tables point at: with foreign keys on,
    dropping the old one would delete every delivery with it. The runner turns them off for it."""
    path = tmp_path / "v12.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for number, _, sql in migrations()[:12]:
        conn.executescript(sql)
        conn.execute(f"PRAGMA user_version = {number}")
    now = "2026-11-25T10:00:00+00:00"
    conn.execute(
        "INSERT INTO shows (id, slug, title, platform, country, last_checked, created_at, updated_at)"
        " VALUES (1, 's', 'S', 'Netflix', 'KR', '2026-11-25', ?, ?)",
        (now, now),
    )
    conn.execute(
        "INSERT INTO events (id, show_id, kind, season, summary, created_at)"
        " VALUES (1, 1, 'decision', 2, 'x', ?)",
        (now,),
    )
    conn.execute(
        "INSERT INTO deliveries (event_id, kind, target_id, not_before) VALUES (1, 'dm', 42, ?)", (now,)
    )
    conn.execute(
        "INSERT INTO review_items (key, kind, show_id, summary, created_at) VALUES ('k', 'link', 1, 's', ?)",
        (now,),
    )
    conn.close()
    db = await Database.open(path)
    try:
        assert await db.schema_version() == len(migrations())
        row = await db.fetchone("SELECT COUNT(*) FROM deliveries")
        assert row is not None and row[0] == 1
        row = await db.fetchone("SELECT COUNT(*) FROM review_items")
        assert row is not None and row[0] == 1
        async with db.transaction() as c:  # the rebuilt tables left no dangling reference
            assert await (await c.execute("PRAGMA foreign_key_check")).fetchall() == []
        # Foreign keys are enforced again on the connection that writes, not only reported on: an
        # event of a show that does not exist is refused.
        with pytest.raises(sqlite3.IntegrityError):
            async with db.transaction() as c:
                await c.execute(
                    "INSERT INTO events (show_id, kind, season, summary, created_at)"
                    " VALUES (99, 'decision', 2, 'x', ?)",
                    (now,),
                )
        async with db.transaction() as c:  # the new kind is accepted now
            await c.execute(
                "INSERT INTO events (show_id, kind, season, summary, created_at)"
                " VALUES (1, 'milestone', 2, 'x', ?)",
                (now,),
            )
    finally:
        await db.close()


async def test_a_decision_keeps_every_outlet_that_reported_it(db: Database) -> None:
    from bot.domain.models import Decision

    both = Decision(3, "renewed", FuzzyDate.parse("2023-11-06"), Source("Looper", "https://www.looper.com/x"),
                    more_sources=(Source("Mashed", "https://www.mashed.com/y?utm_source=z"),))  # fmt: skip
    show = make_show(decisions=(both,))
    row = show_to_row(show)
    assert row["decisions"][0]["more_sources"] == [
        {"publisher": "Mashed", "url": "https://www.mashed.com/y?utm_source=z"}
    ]
    back, error = parse_row(row, 1)
    assert error is None and back is not None
    assert back.decisions[0].more_sources == (Source("Mashed", "https://www.mashed.com/y"),)  # cleaned
    await put(db, [back])
    stored = await store.by_slug(db, show.slug)
    assert stored is not None and stored.decisions[0].more_sources == back.decisions[0].more_sources
