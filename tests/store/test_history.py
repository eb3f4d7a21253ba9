"""The catalogue's history (prediction gaps, renewal waits) kept per show: one change re-reads one show."""

from datetime import date

from bot.catalogue import Catalogue, History
from bot.domain.dates import FuzzyDate
from bot.domain.events import Actor
from bot.domain.models import Decision, Source
from bot.domain.prediction import RenewalAfter, RenewalPremiere, rhythm_samples, runs_of
from bot.edits import Editor
from bot.seed import ensure_seeded
from bot.store import Database
from bot.store import catalogue as store


async def test_a_curator_change_refreshes_the_history_as_a_full_reload_would(db: Database) -> None:
    await ensure_seeded(Editor(db))
    catalogue = await Catalogue.load(db)
    before = list(catalogue.history.waits)
    # Sherlock's season 5, renewed: a real store change that adds one wait and one gap's renewal.
    renewal = Decision(5, "renewed", FuzzyDate.parse("2026-11-20"), Source("Test"))
    change = await Editor(db).record_decision("sherlock", renewal, Actor.user(1), checked=date(2026, 11, 25))
    assert change is not None
    await catalogue.refresh_show(change.after.id)
    reloaded = await Catalogue.load(db)
    assert catalogue.history.waits == reloaded.history.waits
    assert sorted(map(repr, catalogue.history.samples)) == sorted(map(repr, reloaded.history.samples))
    assert len(catalogue.history.waits) == len(before) + 1
    assert list(catalogue.history.waits) == sorted(catalogue.history.waits)
    assert sorted(map(repr, catalogue.history.rhythm)) == sorted(map(repr, reloaded.history.rhythm))


async def test_read_a_page_at_a_time_the_store_gives_what_one_read_gives(db: Database, monkeypatch) -> None:
    await ensure_seeded(Editor(db))
    whole = (
        await store.search_entries(db),
        await store.renewal_premieres(db),
        await store.renewals_after(db),
        await store.season_runs(db),
    )
    monkeypatch.setattr(store, "_PAGE", 7)  # the bundled catalogue's ~200 shows: ~30 pages
    paged = (
        await store.search_entries(db),
        await store.renewal_premieres(db),
        await store.renewals_after(db),
        await store.season_runs(db),
    )
    assert [e.show_id for e in paged[0]] == sorted(e.show_id for e in whole[0])
    assert paged[0] == whole[0]
    assert sorted(map(repr, paged[1])) == sorted(map(repr, whole[1]))
    assert sorted(map(repr, paged[2])) == sorted(map(repr, whole[2]))
    assert sorted(map(repr, paged[3])) == sorted(map(repr, whole[3]))
    assert len(paged[1]) > 100 and len(paged[2]) > 300 and len(paged[3]) > 100


async def test_the_shows_own_rhythms_read_from_the_store_are_those_of_the_whole_records(db: Database) -> None:
    await ensure_seeded(Editor(db))
    from_records = [r for show in await store.all_shows(db) for r in runs_of(show)]
    assert sorted(map(repr, await store.season_runs(db))) == sorted(map(repr, from_records))
    catalogue = await Catalogue.load(db)
    assert len(catalogue.history.rhythm) == len(rhythm_samples(from_records)) > 100


def renewal(show_id: int, announced: str, previous: str) -> RenewalAfter:
    return RenewalAfter(show_id, FuzzyDate.parse(announced), FuzzyDate.parse(previous))


def pair(show_id: int, announced: str, premiere: str) -> RenewalPremiere:
    return RenewalPremiere(show_id, "Netflix", FuzzyDate.parse(announced), FuzzyDate.parse(premiere))


def test_replacing_shows_in_any_order_leaves_what_a_fresh_history_holds() -> None:
    renewals = {
        9: [renewal(9, "2021-03", "2020-01-10"), renewal(9, "2023-05-02", "2022-02-01")],
        2: [renewal(2, "2020-06-01", "2019-09-09")],
        5: [renewal(5, "2019-01", "2019-03-01")],
    }
    pairs = {9: [pair(9, "2021-03", "2022-02-01")], 2: [pair(2, "2020-06-01", "2021-07-07")], 5: []}
    # Out of show order on purpose: the history orders its per-show runs itself.
    history = History([p for s in (9, 2, 5) for p in pairs[s]], [r for s in (9, 2, 5) for r in renewals[s]])
    changes = [
        (2, [pair(2, "2020-06-01", "2021-09-09")], [*renewals[2], renewal(2, "2022-01", "2021-09-09")]),
        (5, [pair(5, "2019-01", "2020-02-02")], []),
        (7, [pair(7, "2024-01-01", "2025-01-01")], [renewal(7, "2024-01-01", "2023-01-01")]),
        (9, [], []),
    ]
    for show_id, new_pairs, new_renewals in changes:
        history.replace_show(show_id, new_pairs, new_renewals)
        pairs[show_id], renewals[show_id] = new_pairs, new_renewals
    fresh = History([p for ps in pairs.values() for p in ps], [r for rs in renewals.values() for r in rs])
    assert list(history.waits) == list(fresh.waits) == sorted(history.waits)
    assert sorted(map(repr, history.samples)) == sorted(map(repr, fresh.samples))
    assert {s.show_id for s in history.samples} == {2, 5, 7}
