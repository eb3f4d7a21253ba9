"""The catalogue's history (prediction gaps, renewal waits) kept per show: one change re-reads one show."""

from datetime import date

from bot.catalogue import Catalogue
from bot.domain.dates import FuzzyDate
from bot.domain.events import Actor
from bot.domain.models import Decision, Source
from bot.edits import Editor
from bot.seed import ensure_seeded
from bot.store import Database


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
    assert catalogue.history.waits == sorted(catalogue.history.waits)
