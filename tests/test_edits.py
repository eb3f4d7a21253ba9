"""The one write path (bot.edits.Editor) on real SQLite files: state, audit, events, change log and
listeners, together or not at all."""

from __future__ import annotations

import ast
import json
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.domain.dates import FuzzyDate
from bot.domain.errors import UserError
from bot.domain.events import COMMAND_LINE, Actor, EventFacts, describe
from bot.domain.models import Decision, Links, Season, Source
from bot.edits import BULK_CHANGE_ROWS, Committed, Editor
from bot.store import Database, alerts, changes, curation, events, origins
from bot.store import catalogue as store
from tests.conftest import REPO, fail_inserts_into, make_show, put

URL = "https://example.org/news/renewed"
TODAY = date(2026, 11, 25)
SLUG = "all-of-us-are-dead"


@pytest.fixture
async def seeded(db: Database) -> Database:
    await put(db, [make_show()])
    return db


def editor(db: Database) -> Editor:
    return Editor(db, today=lambda: TODAY)


async def audit_of(db: Database, slug: str = SLUG) -> list[curation.AuditEntry]:
    return await curation.audit_entries(db, slug)


async def test_a_decision_is_state_history_audit_event_and_change_log_at_once(seeded: Database) -> None:
    decision = Decision(3, "renewed", FuzzyDate.parse("2026-11-20"), Source("Netflix", URL))
    log_before = await changes.latest_id(seeded)
    change = await editor(seeded).record_decision(SLUG, decision, Actor.user(42), checked=TODAY)
    assert change is not None and change.event is not None
    facts = change.event.facts
    assert (facts.kind, facts.season, facts.status) == ("decision", 3, "renewed")
    assert facts.source == Source("Netflix", URL)
    show = await store.by_slug(seeded, SLUG)
    assert show is not None
    assert show.decisions[-1].recorded_by == 42
    status = await seeded.fetchone("SELECT status FROM seasons WHERE show_id = ? AND number = 3", (show.id,))
    assert status is not None and status[0] == "renewed"
    [entry] = await audit_of(seeded)
    assert (entry.actor_id, entry.actor, entry.action) == (42, "user", "decision")
    assert (
        len(json.loads(entry.after or "{}")["decisions"])
        == len(json.loads(entry.before or "{}")["decisions"]) + 1
    )
    pending = await changes.after(seeded, log_before, 10)
    assert [r.show_id for r in pending.rows] == [show.id]


async def test_events_are_stored_as_values_and_worded_when_read(seeded: Database) -> None:
    decision = Decision(4, "renewed", FuzzyDate.parse("2026-11-20"), Source("Netflix", URL), final=True)
    change = await editor(seeded).record_decision(SLUG, decision, Actor.user(1), checked=TODAY)
    assert change is not None and change.event is not None
    row = await seeded.fetchone("SELECT data, source_publisher, source_url FROM events WHERE id = ?",
                                (change.event.id,))  # fmt: skip
    assert row is not None
    assert json.loads(row[0]) == {"announced": "2026-11-20", "final": True, "status": "renewed"}
    assert (row[1], row[2]) == ("Netflix", URL)
    read = await events.by_id(seeded, change.event.id)
    assert read is not None and read.facts == change.event.facts
    assert describe(read.facts) == "season 4 renewed (final season), announced 20 November 2026"


async def test_an_unknown_show_changes_nothing(seeded: Database) -> None:
    decision = Decision(2, "cancelled", FuzzyDate.parse("2026-11"), Source("Netflix"))
    log_before = await changes.latest_id(seeded)
    assert await editor(seeded).record_decision("nope", decision, Actor.user(1), checked=TODAY) is None
    assert await audit_of(seeded) == []
    assert await changes.latest_id(seeded) == log_before


async def test_an_invalid_record_is_refused_before_anything_is_written(seeded: Database) -> None:
    decision = Decision(99, "renewed", FuzzyDate.parse("2026-11"), Source("Netflix"))  # past season 50
    with pytest.raises(UserError, match="season"):
        await editor(seeded).record_decision(SLUG, decision, Actor.user(1), checked=TODAY)
    assert await audit_of(seeded) == []
    assert await seeded.fetchone("SELECT * FROM events") is None


async def test_a_failure_mid_change_rolls_everything_back(seeded: Database) -> None:
    decision = Decision(3, "renewed", FuzzyDate.parse("2026-11"), Source("Netflix"))
    await fail_inserts_into(seeded, "changes", "boom")  # the last write of the change fails
    told: list[Committed] = []
    ed = editor(seeded)

    async def listener(done: Committed) -> None:
        told.append(done)

    ed.listen(listener)
    log_before = await changes.latest_id(seeded)
    with pytest.raises(Exception, match="boom"):
        await ed.record_decision(SLUG, decision, Actor.user(1), checked=TODAY)
    assert await audit_of(seeded) == []
    assert await seeded.fetchone("SELECT * FROM events") is None
    assert await changes.latest_id(seeded) == log_before
    assert told == []
    show = await store.by_slug(seeded, SLUG)
    assert show is not None and len(show.decisions) == 1


async def test_premiere_set_then_moved_raise_events_with_the_old_date(seeded: Database) -> None:
    ed = editor(seeded)
    first = await ed.set_season(SLUG, 2, Actor.user(7), premiere=FuzzyDate.parse("2027-03-05"))
    again = await ed.set_season(SLUG, 2, Actor.user(7), premiere=FuzzyDate.parse("2027-04-02"))
    same = await ed.set_season(SLUG, 2, Actor.user(7), episodes=8)
    assert first is not None and first.event is not None and first.event.kind == "premiere_set"
    assert again is not None and again.event is not None and again.event.kind == "premiere_moved"
    assert again.event.facts.previous == FuzzyDate.parse("2027-03-05")
    assert "was 5 March 2027" in describe(again.event.facts)
    assert same is not None and same.event is None
    season = same.after.season(2)
    assert season is not None and season.episodes == 8
    assert [e.action for e in await audit_of(seeded)] == ["season.set"] * 3


async def test_listeners_hear_each_commit_after_it_commits(seeded: Database) -> None:
    ed = editor(seeded)
    seen: list[tuple[Committed, int]] = []

    async def listener(done: Committed) -> None:
        # After the commit: another connection already sees the change.
        row = await seeded.fetchone("SELECT COUNT(*) FROM events")
        assert row is not None
        seen.append((done, int(row[0])))

    ed.listen(listener)
    change = await ed.set_season(SLUG, 2, Actor.user(7), premiere=FuzzyDate.parse("2027-03-05"))
    assert change is not None and change.event is not None
    [(done, events_seen)] = seen
    assert done.show_ids == (change.after.id,) and done.events == (change.event.id,)
    assert events_seen == 1


# ---------------------------------------------------------------- imports


def _recent(days_ago: int, season: int = 3) -> Decision:
    return Decision(season, "renewed", FuzzyDate(TODAY - timedelta(days=days_ago)), Source("Netflix", URL))


async def test_an_import_alerts_only_what_is_news_now(seeded: Database) -> None:
    show = await store.by_slug(seeded, SLUG)
    assert show is not None
    await alerts.subscribe(seeded, 1, show.id)
    changed = replace(
        make_show(),
        decisions=(*make_show().decisions, _recent(10), _recent(400, season=2)),
        seasons=(
            Season(1, FuzzyDate.parse("2022-01-28"), episodes=12),
            Season(2, FuzzyDate(TODAY + timedelta(days=40))),
            Season(3, FuzzyDate.parse("2025-01")),  # a past premiere: history, not news
        ),
    )
    result = await editor(seeded).import_shows([changed], COMMAND_LINE)
    assert result.events == 2
    raised = [e.facts for e in await events.of_show(seeded, show.id)]
    assert [(f.kind, f.season) for f in raised] == [("decision", 3), ("premiere_set", 2)]
    rows = await seeded.fetchall("SELECT kind, target_id FROM deliveries")
    assert [(r[0], r[1]) for r in rows] == [("dm", 1), ("dm", 1)]
    [entry] = await curation.audit_entries(seeded, None, limit=1)
    assert entry.actor == "command line" and "2 alert events" in entry.summary


async def test_re_importing_the_same_file_alerts_nobody(seeded: Database) -> None:
    changed = replace(make_show(), decisions=(*make_show().decisions, _recent(3)))
    first = await editor(seeded).import_shows([changed], COMMAND_LINE)
    again = await editor(seeded).import_shows([changed], COMMAND_LINE)
    assert (first.events, again.events) == (1, 0)
    assert again.report.unchanged == (SLUG,)


async def test_a_quiet_import_raises_no_event(seeded: Database) -> None:
    changed = replace(make_show(), decisions=(*make_show().decisions, _recent(3)))
    result = await editor(seeded).import_shows([changed], COMMAND_LINE, quiet=True)
    assert result.events == 0 and result.report.updated == (SLUG,)
    assert await seeded.fetchone("SELECT * FROM events") is None


async def test_new_shows_tell_nobody_but_get_their_premiere_day(db: Database) -> None:
    ahead = make_show("new-show", "New Show", seasons=(Season(1, FuzzyDate(TODAY + timedelta(days=9))),),
                      decisions=(_recent(1, season=1),))  # fmt: skip
    result = await editor(db).import_shows([ahead], COMMAND_LINE)
    assert result.events == 0
    due = await alerts.next_premiere_due(db)
    assert due is not None and due.day == TODAY + timedelta(days=9)


async def test_the_import_audit_commits_with_the_rows(seeded: Database) -> None:
    """The audit entry is written in the import's own transaction: if it cannot be written, nothing is."""
    await fail_inserts_into(seeded, "audit_log", "x")
    with pytest.raises(Exception, match="x"):
        await put(seeded, [make_show("another", "Another")])
    assert await store.by_slug(seeded, "another") is None


async def test_a_large_import_logs_one_reload_row(db: Database) -> None:
    shows = [make_show(f"show-{i}", f"Show {i}") for i in range(BULK_CHANGE_ROWS + 1)]
    told: list[Committed] = []
    ed = editor(db)

    async def listener(done: Committed) -> None:
        told.append(done)

    ed.listen(listener)
    await ed.import_shows(shows, COMMAND_LINE)
    pending = await changes.after(db, 0, 10)
    assert [r.show_id for r in pending.rows] == [None]
    assert [d.everything for d in told] == [True]
    await ed.import_shows(shows[:3], COMMAND_LINE)  # unchanged: nothing logged, nobody told
    assert len((await changes.after(db, 0, 10)).rows) == 1
    assert len(told) == 1


# ---------------------------------------------------------------- one road


CATALOGUE_TABLES = ("shows", "seasons", "decisions", "cast_members")
WRITE = re.compile(
    r"\b(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(" + "|".join(CATALOGUE_TABLES) + r")\b", re.IGNORECASE
)


def _python_files() -> list[Path]:
    return [*(REPO / "bot").rglob("*.py"), *(REPO / "cogs").rglob("*.py")]


def test_only_the_catalogue_store_holds_sql_that_writes_catalogue_tables() -> None:
    writers = {
        str(path.relative_to(REPO))
        for path in _python_files()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and WRITE.search(node.value)
    }
    assert writers == {"bot/store/catalogue.py"}


def test_only_the_editor_calls_the_catalogue_writers() -> None:
    writers = {"upsert_in", "bulk_upsert_blocking"}
    callers = {
        str(path.relative_to(REPO))
        for path in _python_files()
        if path.name != "catalogue.py" or path.parent.name != "store"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr in writers
    }
    assert callers == {"bot/edits.py"}


def test_news_ignores_a_new_show_and_old_history() -> None:
    from bot.domain.events import news

    before = make_show()
    assert news(None, before, TODAY) == []
    later = replace(before, decisions=(*before.decisions, _recent(31)))
    assert news(before, later, TODAY, recent_days=30) == []
    assert news(before, later, TODAY) == [EventFacts.of_decision(_recent(31))]


async def test_a_curators_show_edit_keeps_its_links_and_reviews_it(seeded: Database) -> None:
    linked = Links(tvmaze=42, imdb="tt10000001")
    await editor(seeded).set_links(SLUG, linked, Actor("TVmaze"))
    form = replace(make_show(), title="All of Us Are Dead!", seasons=(), decisions=())
    await editor(seeded).save_show(form, Actor.user(7), action="show.edit")
    stored = await store.by_slug(seeded, SLUG)
    assert stored is not None and stored.links == linked and stored.title == "All of Us Are Dead!"


async def test_undo_puts_season_values_and_links_back_and_refuses_what_changed_since(
    seeded: Database,
) -> None:
    ed = editor(seeded)
    taken = await ed.set_season_value(SLUG, 2, "premiere", "2027-05-14", Actor.user(7), tvmaze=True)
    assert taken is not None and taken.audit_id is not None
    show = await store.by_slug(seeded, SLUG)
    assert show is not None and (await origins.owned(seeded, show.id))[(2, "premiere")] == "2027-05-14"
    entry = await curation.audit_entry(seeded, taken.audit_id)
    assert entry is not None
    undone = await ed.undo(entry, Actor.user(8))
    assert undone.after.season(2) == Season(2)  # as before: no date
    with pytest.raises(UserError, match="undone already"):
        await ed.undo(entry, Actor.user(8))
    link = await ed.set_links(SLUG, Links(tvmaze=42), Actor("TVmaze"))
    assert link is not None and link.audit_id is not None
    await ed.set_links(SLUG, Links(tvmaze=43), Actor("TVmaze"))
    linked = await curation.audit_entry(seeded, link.audit_id)
    assert linked is not None
    with pytest.raises(UserError, match="changed after audit entry"):
        await ed.undo(linked, Actor.user(8))
    with pytest.raises(UserError, match="not an edit of one show"):
        await ed.undo(replace(linked, before=None), Actor.user(8))


async def test_on_postgresql_an_edit_waits_for_the_change_log_before_it_locks_a_row(
    tmp_path: Path, postgres_url: str
) -> None:
    """Two processes' edits cannot deadlock: each waits for the change log's turn (an advisory lock)
    holding nothing, and only then locks the show's row."""
    import asyncio

    import asyncpg

    from bot.store import open_store
    from tests.conftest import fresh_database

    url = await fresh_database(postgres_url)
    db = await open_store(tmp_path / "x.db", url)
    other = await asyncpg.connect(url)  # another process, in the middle of its own edit
    try:
        await put(db, [make_show()])
        writers = changes._WRITERS
        async with other.transaction():
            await other.execute("SELECT pg_advisory_xact_lock($1)", writers)
            edit = asyncio.create_task(
                editor(db).record_decision(
                    SLUG,
                    Decision(3, "renewed", FuzzyDate(TODAY), Source("Netflix", URL)),
                    Actor.user(1),
                    checked=TODAY,
                )
            )
            for _ in range(200):
                waiting = await other.fetch(
                    "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted",
                    writers,
                )
                if waiting:
                    break
                await asyncio.sleep(0.02)
            assert waiting, "the edit never asked for the change log's turn"
            held = await other.fetch(
                "SELECT relation::regclass::text AS name, mode FROM pg_locks"
                " WHERE pid = $1 AND locktype = 'relation' AND mode <> 'AccessShareLock'",
                waiting[0]["pid"],
            )
            assert held == [], f"the edit locked rows before its turn: {held}"
            assert not edit.done()
        await asyncio.wait_for(edit, 10)  # the other transaction ended: the edit goes through
        show = await store.by_slug(db, SLUG)
        assert show is not None and (3, "renewed") in {(d.season, d.status) for d in show.decisions}
    finally:
        await other.close()
        await db.close()


async def test_two_processes_seeding_one_empty_postgresql_store_at_once_both_start(
    tmp_path: Path, postgres_url: str
) -> None:
    """Two bots started together on an empty database each find it empty and seed it: the second
    import waits for the first's commit, then finds every show there (no duplicate, no error)."""
    import asyncio

    from bot.seed import ensure_seeded
    from bot.store import open_store
    from tests.conftest import fresh_database

    url = await fresh_database(postgres_url)
    first, second = await open_store(tmp_path / "x.db", url), await open_store(tmp_path / "x.db", url)
    try:
        reports = await asyncio.gather(ensure_seeded(Editor(first)), ensure_seeded(Editor(second)))
        total = len(json.loads((REPO / "data" / "shows.json").read_text())["shows"])
        assert await store.count(first) == total
        added = sorted(len(r.added) for r in reports if r is not None)
        assert added[-1] == total and sum(added) == total  # one added them all; the other none
    finally:
        await first.close()
        await second.close()
