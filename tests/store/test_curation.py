import json
from datetime import date

import pytest

from bot.domain.dates import FuzzyDate
from bot.domain.models import Decision, Source
from bot.store import Database, curation
from bot.store import catalogue as store
from tests.conftest import make_show

URL = "https://example.org/news/renewed"


@pytest.fixture
async def seeded(db: Database) -> Database:
    await store.upsert_many(db, [make_show()])
    return db


async def test_decision_is_state_history_audit_and_event_at_once(seeded: Database) -> None:
    decision = Decision(3, "renewed", FuzzyDate.parse("2026-11-20"), Source("Netflix", URL))
    change = await curation.record_decision(
        seeded, "all-of-us-are-dead", decision, 42, checked=date(2026, 11, 25)
    )
    assert change is not None and change.event is not None
    assert change.event.kind == "decision" and change.event.season == 3 and change.event.source_url == URL
    show = await store.by_slug(seeded, "all-of-us-are-dead")
    assert show is not None and show.decisions[-1].recorded_by == 42 and show.decisions[-1].source.url == URL
    status = await seeded.fetchone("SELECT status FROM seasons WHERE show_id = ? AND number = 3", (show.id,))
    assert status is not None and status[0] == "renewed"
    [entry] = await curation.audit_entries(seeded, "all-of-us-are-dead")
    assert entry.actor_id == 42 and entry.action == "decision"
    assert (
        len(json.loads(entry.after or "{}")["decisions"])
        == len(json.loads(entry.before or "{}")["decisions"]) + 1
    )


async def test_unknown_show_changes_nothing(seeded: Database) -> None:
    decision = Decision(2, "cancelled", FuzzyDate.parse("2026-11"), Source("Netflix"))
    assert await curation.record_decision(seeded, "nope", decision, 1, checked=date(2026, 11, 25)) is None
    assert await curation.audit_entries(seeded) == []


async def test_a_failure_mid_decision_rolls_everything_back(seeded: Database) -> None:
    decision = Decision(
        99, "renewed", FuzzyDate.parse("2026-11"), Source("Netflix")
    )  # season 99 breaks a CHECK
    with pytest.raises(Exception, match="CHECK"):
        await curation.record_decision(seeded, "all-of-us-are-dead", decision, 1, checked=date(2026, 11, 25))
    assert await curation.audit_entries(seeded) == []
    assert await seeded.fetchone("SELECT * FROM events") is None
    show = await store.by_slug(seeded, "all-of-us-are-dead")
    assert show is not None and len(show.decisions) == 1


async def test_premiere_set_then_moved_raise_events(seeded: Database) -> None:
    first = await curation.set_season(
        seeded, "all-of-us-are-dead", 2, 7, premiere=FuzzyDate.parse("2027-03-05")
    )
    again = await curation.set_season(
        seeded, "all-of-us-are-dead", 2, 7, premiere=FuzzyDate.parse("2027-04-02")
    )
    same = await curation.set_season(seeded, "all-of-us-are-dead", 2, 7, episodes=8)
    assert first and first.event and first.event.kind == "premiere_set"
    assert (
        again
        and again.event
        and again.event.kind == "premiere_moved"
        and "was 5 March 2027" in again.event.summary
    )
    assert same and same.event is None and same.after.season(2) and same.after.season(2).episodes == 8  # type: ignore[union-attr]
    assert [e.action for e in await curation.audit_entries(seeded)] == ["season.set"] * 3


async def test_curators(db: Database) -> None:
    assert await curation.add_curator(db, 5, added_by=1)
    assert not await curation.add_curator(db, 5, added_by=1)
    assert await curation.is_curator(db, 5)
    assert [c[0] for c in await curation.list_curators(db)] == [5]
    assert await curation.remove_curator(db, 5, removed_by=1)
    assert not await curation.is_curator(db, 5)
    assert [e.action for e in await curation.audit_entries(db)] == ["curator.remove", "curator.add"]
