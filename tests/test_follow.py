"""The change-log follower and retention, on real SQLite files: a writer on one connection (another
process, as far as the store can tell) and a bot's catalogue on another."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from bot.catalogue import Catalogue
from bot.domain.dates import FuzzyDate, utcnow
from bot.domain.events import COMMAND_LINE, Actor
from bot.domain.models import Decision, Source
from bot.edits import BULK_CHANGE_ROWS, Editor
from bot.follow import ChangeFollower
from bot.store import Database, alerts, changes
from tests.conftest import make_show, put

SLUG = "all-of-us-are-dead"


class Bot:
    """What the follower drives: a catalogue it refreshes or reloads, and who it tells."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.catalogue: Catalogue | None = None
        self.told: list[tuple[int, ...]] = []
        self.reloads = 0
        self.follower = ChangeFollower(db, refresh=self.refresh, reload=self.reload, changed=self.told.append)

    async def start(self) -> None:
        await self.follower.start_at_latest()
        self.catalogue = await Catalogue.load(self.db)

    async def refresh(self, show_id: int) -> None:
        assert self.catalogue is not None
        await self.catalogue.refresh_show(show_id)

    async def reload(self) -> None:
        self.reloads += 1
        self.catalogue = await Catalogue.load(self.db)


async def two_connections(tmp_path: Path) -> tuple[Database, Database]:
    path = tmp_path / "shared.db"
    return await Database.open(path), await Database.open(path)


async def test_a_change_on_another_connection_reaches_the_catalogue(tmp_path: Path) -> None:
    writer, reader = await two_connections(tmp_path)
    try:
        await put(writer, [make_show()])
        bot = Bot(reader)
        await bot.start()
        assert bot.catalogue is not None
        await Editor(writer).save_show(
            replace(make_show(), aliases=("Zombie Campus",)), Actor.user(1), action="show.edit"
        )
        assert not bot.catalogue.suggest("zombie campus")  # not yet: nothing applied
        await bot.follower.catch_up()
        [hit] = bot.catalogue.suggest("zombie campus", 1)
        assert hit.entry.slug == SLUG
        assert bot.told == [(hit.entry.show_id,)] and bot.reloads == 0
        await bot.follower.catch_up()  # nothing new: nothing applied twice
        assert len(bot.told) == 1
    finally:
        await writer.close()
        await reader.close()


async def test_a_bulk_change_reloads_once(tmp_path: Path) -> None:
    writer, reader = await two_connections(tmp_path)
    try:
        bot = Bot(reader)
        await bot.start()
        shows = [make_show(f"s-{i}", f"Show {i}", decisions=()) for i in range(BULK_CHANGE_ROWS + 1)]
        await Editor(writer).import_shows(shows, COMMAND_LINE)
        await bot.follower.catch_up()
        assert bot.reloads == 1 and bot.told == [()]
        assert bot.catalogue is not None and len(bot.catalogue.index.entries) == len(shows)
    finally:
        await writer.close()
        await reader.close()


async def test_many_small_changes_at_once_also_reload(tmp_path: Path) -> None:
    from bot import follow

    writer, reader = await two_connections(tmp_path)
    try:
        bot = Bot(reader)
        await bot.start()
        editor = Editor(writer)
        for i in range(follow.RELOAD_OVER + 1):
            await editor.save_show(make_show(f"one-{i}", f"One {i}"), Actor.user(1), action="show.add")
        await bot.follower.catch_up()
        assert bot.reloads == 1
        assert bot.catalogue is not None and len(bot.catalogue.index.entries) == follow.RELOAD_OVER + 1
    finally:
        await writer.close()
        await reader.close()


async def test_a_follower_behind_the_retention_reloads(tmp_path: Path) -> None:
    writer, reader = await two_connections(tmp_path)
    try:
        await put(writer, [make_show()])
        bot = Bot(reader)
        await bot.start()
        bot.follower.last_id = 1  # as if it had stopped long ago, before rows now pruned
        await put(writer, [make_show("another", "Another")])
        await put(writer, [make_show("a-third", "A Third")])
        pruned = await changes.prune(writer, utcnow() + timedelta(seconds=1))
        assert pruned >= 2
        await put(writer, [make_show("a-fourth", "A Fourth")])
        await bot.follower.catch_up()
        assert bot.reloads == 1
        assert bot.catalogue is not None and bot.catalogue.suggest("a third")
    finally:
        await writer.close()
        await reader.close()


async def test_retention_drops_delivered_events_and_keeps_pending_ones(db: Database) -> None:
    await put(db, [make_show()])
    editor = Editor(db)
    show_id = (await db.fetchall("SELECT id FROM shows"))[0][0]
    await alerts.subscribe(db, 1, show_id)
    renewal = Decision(3, "renewed", FuzzyDate.parse("2026-11-20"), Source("Netflix"))
    sent = await editor.record_decision(SLUG, renewal, Actor.user(1), checked=renewal.announced.value)
    assert sent is not None and sent.event is not None
    await db.fetchall("SELECT 1")  # (the reader sees the commit)
    claimed = await alerts.claim(db, 10, timedelta(seconds=30))
    await alerts.mark_sent(db, [d.id for d in claimed])
    pending = await editor.record_decision(
        SLUG, replace(renewal, season=4), Actor.user(1), checked=renewal.announced.value
    )
    assert pending is not None and pending.event is not None
    audit_before = await db.fetchone("SELECT COUNT(*) FROM audit_log")

    removed = await alerts.prune_delivered(db, utcnow() + timedelta(seconds=1))

    assert removed == 1
    left = [r[0] for r in await db.fetchall("SELECT id FROM events")]
    assert left == [pending.event.id]
    assert [r[0] for r in await db.fetchall("SELECT DISTINCT event_id FROM deliveries")] == [pending.event.id]
    assert await db.fetchone("SELECT COUNT(*) FROM audit_log") == audit_before  # the audit log is kept
