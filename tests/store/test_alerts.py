import asyncio
from datetime import date, timedelta

import pytest

from bot.domain.dates import FuzzyDate
from bot.domain.events import Actor
from bot.domain.models import Decision, Source
from bot.edits import Editor
from bot.store import Database, Store, alerts
from bot.store import catalogue as store
from tests.conftest import make_show, put, reopen

DECISION = Decision(3, "renewed", FuzzyDate.parse("2026-11-20"), Source("Netflix", "https://example.org/x"))


@pytest.fixture
async def show_id(db: Database) -> int:
    await put(db, [make_show()])
    show = await store.by_slug(db, "all-of-us-are-dead")
    assert show is not None
    return show.id


async def record(db: Database) -> int:
    change = await Editor(db).record_decision(
        "all-of-us-are-dead", DECISION, Actor.user(1), checked=date(2026, 11, 25)
    )
    assert change is not None and change.event is not None
    return change.event.id


async def test_subscribe_is_idempotent_and_limited(db: Database, show_id: int) -> None:
    assert await alerts.subscribe(db, 10, show_id)
    assert not await alerts.subscribe(db, 10, show_id)
    for i in range(2, alerts.MAX_SUBSCRIPTIONS + 1):
        await put(db, [make_show(f"s{i}", f"S{i}", decisions=())])
        other = await store.by_slug(db, f"s{i}")
        assert other is not None and await alerts.subscribe(db, 10, other.id)
    await put(db, [make_show("one-too-many", "X", decisions=())])
    extra = await store.by_slug(db, "one-too-many")
    assert extra is not None
    with pytest.raises(alerts.TooManySubscriptions):
        await alerts.subscribe(db, 10, extra.id)


async def test_event_creates_one_delivery_per_target_in_its_transaction(db: Database, show_id: int) -> None:
    for user in (1, 2, 3):
        await alerts.subscribe(db, user, show_id)
    await alerts.set_route(db, guild_id=50, channel_id=60, show_id=show_id, role_id=70, actor=1)
    event_id = await record(db)
    p = await alerts.progress(db, event_id)
    assert (p.total, p.sent, p.failed) == (4, 0, 0)


async def test_claim_leases_and_a_lapsed_lease_is_claimed_again(db: Database, show_id: int) -> None:
    await alerts.subscribe(db, 1, show_id)
    await record(db)
    [first] = await alerts.claim(db, 10, lease=timedelta(seconds=-1))  # a lease that has already lapsed
    [again] = await alerts.claim(db, 10, lease=timedelta(minutes=5))
    assert first.id == again.id and again.attempts == 2
    assert await alerts.claim(db, 10, lease=timedelta(minutes=5)) == []  # leased: nobody else takes it


async def test_sent_exactly_once(db: Database, show_id: int) -> None:
    await alerts.subscribe(db, 1, show_id)
    event_id = await record(db)
    [d] = await alerts.claim(db, 10, lease=timedelta(minutes=5))
    await alerts.mark_sent(db, [d.id])
    await alerts.fail(db, d, "late failure", disable_target=True)  # cannot undo a sent row
    p = await alerts.progress(db, event_id)
    assert (p.sent, p.failed) == (1, 0)
    assert await alerts.is_subscribed(db, 1, show_id)


async def test_permanent_failure_disables_the_target(db: Database, show_id: int) -> None:
    await alerts.subscribe(db, 1, show_id)
    await alerts.subscribe(db, 2, show_id)
    await record(db)
    claimed = await alerts.claim(db, 10, lease=timedelta(minutes=5))
    closed = next(d for d in claimed if d.target_id == 1)
    await alerts.fail(db, closed, "403 50007: DMs closed", disable_target=True)
    assert not await alerts.is_subscribed(db, 1, show_id)
    assert await alerts.is_subscribed(db, 2, show_id)
    [sub] = await alerts.subscriptions_of(db, 1)
    reason = sub.paused_because
    assert reason is not None and "DMs closed" in reason


async def test_premiere_day_is_emitted_once_and_skips_moved_dates(db: Database, show_id: int) -> None:
    await alerts.subscribe(db, 1, show_id)
    await Editor(db).set_season(
        "all-of-us-are-dead", 2, Actor.user(1), premiere=FuzzyDate.parse("2027-01-10")
    )
    await Editor(db).set_season(
        "all-of-us-are-dead", 2, Actor.user(1), premiere=FuzzyDate.parse("2027-02-14")
    )
    due = await alerts.next_premiere_due(db)
    assert due is not None and due.day == date(2027, 1, 10)
    assert await alerts.emit_premiere(db, due.schedule_id) is None  # moved: stale row
    due = await alerts.next_premiere_due(db)
    assert due is not None and due.day == date(2027, 2, 14)
    event_id = await alerts.emit_premiere(db, due.schedule_id)
    assert event_id is not None
    assert await alerts.emit_premiere(db, due.schedule_id) is None  # once
    assert (await alerts.progress(db, event_id)).total == 1
    assert await alerts.next_premiere_due(db) is None


async def test_schedule_premieres_is_idempotent(db: Database, show_id: int) -> None:
    await Editor(db).set_season(
        "all-of-us-are-dead", 2, Actor.user(1), premiere=FuzzyDate.parse("2027-01-10")
    )
    assert await alerts.schedule_premieres(db, date(2026, 11, 25)) == 0  # set_season already scheduled it
    rows = await db.fetchall("SELECT * FROM schedule")
    assert len(rows) == 1


async def test_two_processes_claiming_at_once_never_take_the_same_delivery(
    db: Database, show_id: int
) -> None:
    for user in range(1, 201):
        await alerts.subscribe(db, user, show_id)
    await record(db)
    other = await reopen(db)  # a second process on the same store
    try:
        taken: list[list[alerts.Delivery]] = []

        async def claimer(store: Store) -> None:
            while batch := await alerts.claim(store, 7, lease=timedelta(minutes=5)):
                taken.append(batch)

        await asyncio.gather(*(claimer(s) for s in (db, other, db, other)))
    finally:
        await other.close()
    ids = [d.id for batch in taken for d in batch]
    assert len(ids) == len(set(ids)) == 200
