"""What TVmaze may change: it fills what is empty, refines a date known only to the month, updates
what it set itself, and never overrides a person's value (that is a conflict for a curator)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.domain.dates import FuzzyDate
from bot.domain.models import Decision, Season, Source
from bot.domain.refresh import Conflict, Evidence, TVSeasonFacts, evidence, refresh
from tests.conftest import make_show

SHOW = make_show(
    seasons=(Season(1, FuzzyDate.parse("2022-01-28"), episodes=12), Season(2, FuzzyDate.parse("2027-03")))
)


def test_empty_values_are_filled_and_new_seasons_added() -> None:
    facts = [TVSeasonFacts(1, date(2022, 1, 28), date(2022, 1, 28), 12), TVSeasonFacts(3, date(2028, 5, 1))]
    done = refresh(SHOW, facts, {})
    assert done.seasons[0] == Season(1, FuzzyDate.parse("2022-01-28"), date(2022, 1, 28), 12)
    assert done.seasons[2] == Season(3, FuzzyDate.parse("2028-05-01"))
    assert done.owned == {(1, "finale"): "2022-01-28", (3, "premiere"): "2028-05-01"}
    assert done.conflicts == () and done.changed(SHOW)


def test_a_month_is_refined_to_a_day_inside_it_but_not_moved_outside_it() -> None:
    inside = refresh(SHOW, [TVSeasonFacts(2, date(2027, 3, 14))], {})
    assert inside.seasons[1].premiere == FuzzyDate.parse("2027-03-14") and not inside.conflicts
    outside = refresh(SHOW, [TVSeasonFacts(2, date(2027, 4, 2))], {})
    assert outside.seasons[1].premiere == FuzzyDate.parse("2027-03")
    assert outside.conflicts == (Conflict(2, "premiere", "2027-03", "2027-04-02"),)


def test_tvmaze_updates_what_it_set_itself_and_not_what_a_person_changed_since() -> None:
    mine = make_show(seasons=(Season(1, FuzzyDate.parse("2022-01-28"), episodes=12),))
    moved = refresh(mine, [TVSeasonFacts(1, None, None, 13)], {(1, "episodes"): "12"})
    assert moved.seasons[0].episodes == 13 and moved.owned == {(1, "episodes"): "13"}
    kept = refresh(mine, [TVSeasonFacts(1, None, None, 13)], {(1, "episodes"): "10"})  # a person set 12
    assert kept.seasons[0].episodes == 12 and kept.conflicts == (Conflict(1, "episodes", "12", "13"),)


def test_nothing_new_changes_nothing() -> None:
    same = refresh(SHOW, [TVSeasonFacts(1, date(2022, 1, 28), None, 12)], {})
    assert not same.changed(SHOW) and same.owned == {} and same.conflicts == ()


def test_values_outside_what_the_catalogue_holds_are_ignored() -> None:
    odd = refresh(SHOW, [TVSeasonFacts(0, date(2020, 1, 1)), TVSeasonFacts(1, None, None, 5000),
                         TVSeasonFacts(4, date(1850, 1, 1))], {})  # fmt: skip
    assert odd.seasons == SHOW.seasons  # no season 0, no 5,000 episodes, no empty season 4


def test_evidence_of_a_decision_is_proposed_never_recorded() -> None:
    """TVmaze's "Ended", or a season listed with a date ahead, points to a decision the catalogue
    lacks; a curator records it with an article. No evidence where the catalogue already knows."""
    today = date(2026, 12, 2)
    aired = [TVSeasonFacts(1, date(2022, 1, 28)), TVSeasonFacts(2, date(2025, 6, 1))]
    bare = replace(SHOW, decisions=(), seasons=(Season(1, FuzzyDate.parse("2022-01-28")),))
    assert evidence(bare, "Running", "Ended", aired, today) == [
        Evidence(3, "ended", "TVmaze's status turned Ended after season 2")
    ]
    assert evidence(bare, "Ended", "Ended", aired, today) == []  # not a change
    ended = replace(bare, decisions=(Decision(3, "ended", FuzzyDate.parse("2025-07"), Source("Netflix")),))
    assert evidence(ended, "Running", "Ended", aired, today) == []  # the catalogue knows
    ahead = [*aired, TVSeasonFacts(3, date(2027, 3, 5))]
    assert evidence(bare, "Running", "Running", ahead, today) == [
        Evidence(3, "renewed", "TVmaze lists season 3 for 2027-03-05")
    ]
    renewed = replace(
        bare, decisions=(Decision(3, "renewed", FuzzyDate.parse("2025-07"), Source("Netflix")),)
    )
    assert evidence(renewed, "Running", "Running", ahead, today) == []
    assert (
        evidence(replace(bare, reviewed=False), "Running", "Ended", ahead, today) == []
    )  # under review whole
