from dataclasses import replace
from datetime import date

import pytest

from bot.domain.dates import FuzzyDate
from bot.domain.models import Decision, Season, Source
from bot.domain.prediction import renewal_waits, renewals_after_of
from bot.edits import Editor
from bot.seed import ensure_seeded
from bot.store import Database
from bot.store import catalogue as store
from bot.store.database import INTEGRITY_ERRORS
from tests.conftest import make_show, put


async def test_upsert_adds_then_is_idempotent(db: Database) -> None:
    show = make_show()
    first = await put(db, [show])
    again = await put(db, [show])
    assert first.added == ("all-of-us-are-dead",) and again.unchanged == ("all-of-us-are-dead",)
    assert await store.count(db) == 1


async def test_read_back_equals_what_was_written(db: Database) -> None:
    show = make_show()
    await put(db, [show])
    stored = await store.by_slug(db, show.slug)
    assert stored is not None and stored.id > 0
    assert replace(stored, id=0, decisions=()) == replace(show, decisions=())
    assert [(d.season, d.status, d.announced, d.source) for d in stored.decisions] == [
        (2, "renewed", FuzzyDate(date(2022, 6, 1), "month"), Source("Netflix"))
    ]


async def test_links_are_stored_compared_and_unique(db: Database) -> None:
    from bot.domain.models import Links

    linked = replace(make_show(), links=Links(tvmaze=55614, imdb="tt14169960"))
    assert (await put(db, [linked])).added == (linked.slug,)
    stored = await store.by_slug(db, linked.slug)
    assert stored is not None and stored.links == Links(tvmaze=55614, imdb="tt14169960")
    assert (await put(db, [linked])).unchanged == (linked.slug,)
    assert (await put(db, [replace(linked, links=Links(tvmaze=55614))])).updated == (linked.slug,)
    other = replace(make_show("other", "Other"), links=Links(tvmaze=55614))
    with pytest.raises(INTEGRITY_ERRORS):  # one TVmaze id names one show
        await put(db, [other])


async def test_update_replaces_children_and_reports_it(db: Database) -> None:
    await put(db, [make_show()])
    changed = make_show(
        seasons=(Season(1, FuzzyDate.parse("2022-01-28"), episodes=12), Season(2, FuzzyDate.parse("2026")))
    )
    report = await put(db, [changed])
    assert report.updated == ("all-of-us-are-dead",)
    stored = await store.by_slug(db, "all-of-us-are-dead")
    assert stored is not None and stored.season(2) == Season(2, FuzzyDate(date(2026, 1, 1), "year"))


async def test_season_status_follows_the_latest_decision(db: Database) -> None:
    flip = (
        Decision(6, "cancelled", FuzzyDate.parse("2018-05-10"), Source("FOX")),
        Decision(6, "renewed", FuzzyDate.parse("2018-05-11"), Source("NBC")),
    )
    await put(db, [make_show("b99", "Brooklyn Nine-Nine", decisions=flip)])
    row = await db.fetchone(
        "SELECT status FROM seasons WHERE number = 6 AND show_id = (SELECT id FROM shows WHERE slug = 'b99')"
    )
    assert row is not None and row[0] == "renewed"


async def test_search_entries_and_gap_pairs(db: Database) -> None:
    show = make_show(
        seasons=(Season(1, FuzzyDate.parse("2022-01-28")), Season(2, FuzzyDate.parse("2024-03-01"))),
    )
    await put(db, [show])
    [entry] = await store.search_entries(db)
    assert entry.slug == show.slug and entry.year == 2022 and "AOUAD" in entry.names
    [pair] = await store.renewal_premieres(db)
    assert pair.platform == "Netflix" and pair.premiere == FuzzyDate.parse("2024-03-01")


async def test_upcoming_lists_day_precise_premieres_in_order(db: Database) -> None:
    a = make_show("a", "A", seasons=(Season(1, FuzzyDate.parse("2026-12-05")),), decisions=())
    b = make_show("b", "B", seasons=(Season(1, FuzzyDate.parse("2026-12-01")),), decisions=())
    c = make_show("c", "C", seasons=(Season(1, FuzzyDate.parse("2026-12")),), decisions=())
    await put(db, [a, b, c])
    got = await store.upcoming(db, date(2026, 11, 25), date(2026, 12, 25))
    assert [r.season.premiere.iso() for r in got if r.season.premiere] == ["2026-12-01", "2026-12-05"]


async def test_meta_round_trip(db: Database) -> None:
    assert await store.get_meta(db, "tree") is None
    await store.set_meta(db, "tree", "abc")
    await store.set_meta(db, "tree", "def")
    assert await store.get_meta(db, "tree") == "def"


async def test_renewals_after_in_sql_match_the_records_on_the_bundled_catalogue(db: Database) -> None:
    await ensure_seeded(Editor(db))
    shows = await store.by_ids(db, [int(r[0]) for r in await db.fetchall("SELECT id FROM shows")])
    from_records = [row for show in shows for row in renewals_after_of(show)]
    from_sql = await store.renewals_after(db)
    assert sorted(from_sql, key=repr) == sorted(from_records, key=repr)
    assert len(renewal_waits(from_sql)) > 300  # the bundled history is enough to say something
