"""The straight answer to "will there be season N?"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from bot.domain.dates import FuzzyDate
from bot.domain.models import Decision, Season, Show
from bot.i18n import N_

VerdictKind = Literal["out", "renewed", "cancelled", "ended", "awaiting", "unknown"]
MAX_SEASON = 50

HEADLINES: dict[VerdictKind, str] = {
    "out": N_("Already out"),
    "renewed": N_("Renewed"),
    "cancelled": N_("Cancelled"),
    "ended": N_("Ended as planned"),
    "awaiting": N_("Awaiting a decision"),
    "unknown": N_("Unknown"),
}


@dataclass(frozen=True, slots=True)
class Verdict:
    show: Show
    season: int
    kind: VerdictKind
    decision: Decision | None = None  # the announcement the verdict rests on
    premiere: FuzzyDate | None = None  # confirmed premiere of `season`, if any
    days_waiting: int | None = None  # awaiting: days since the previous season ended (or premiered)
    waiting_since: date | None = None
    previous: Season | None = None  # the season before `season`

    @property
    def headline(self) -> str:
        return HEADLINES[self.kind]


def is_out(season: Season, today: date) -> bool:
    """Out once every day the premiere date may mean has come."""
    return season.premiere is not None and season.premiere.end() <= today


def next_season(show: Show, today: date) -> int:
    """The first season not yet out: what a fan means by "the next season"."""
    out = [s.number for s in show.seasons if is_out(s, today)]
    return min(max(out, default=0) + 1, MAX_SEASON)


def latest_decisions(show: Show) -> dict[int, Decision]:
    """For each season named by a decision, the most recent announcement about it."""
    latest: dict[int, Decision] = {}
    for d in sorted(show.decisions, key=lambda d: d.announced):
        latest[d.season] = d
    return latest


def decide(show: Show, season: int | None, today: date) -> Verdict:
    """The verdict for `season` (default: the next one not yet out)."""
    number = next_season(show, today) if season is None else season
    if not 1 <= number <= MAX_SEASON:
        raise ValueError(f"season must be from 1 to {MAX_SEASON}")
    this = show.season(number)
    previous = show.season(number - 1) if number > 1 else None
    if this is not None and is_out(this, today):
        return Verdict(show, number, "out", premiere=this.premiere, previous=previous)

    latest = latest_decisions(show)
    # A season at or before this one that will not be made closes the door on this one too.
    blocking = [d for n, d in latest.items() if n <= number and d.status in ("cancelled", "ended")]
    # A renewal announced as the final season ends the show after it.
    blocking += [d for n, d in latest.items() if n < number and d.status == "renewed" and d.final]
    if blocking:
        door = max(blocking, key=lambda d: d.announced)
        kind: VerdictKind = "cancelled" if door.status == "cancelled" else "ended"
        return Verdict(show, number, kind, decision=door, previous=previous)

    premiere = this.premiere if this is not None else None
    own = latest.get(number)
    if own is not None and own.status == "renewed":
        return Verdict(show, number, "renewed", decision=own, premiere=premiere, previous=previous)
    # A renewal of a later season orders this one too ("renewed through season 12"): the first such
    # announcement is when this season was confirmed.
    later = [d for n, d in latest.items() if n > number and d.status == "renewed"]
    if own is None and later:
        through = min(later, key=lambda d: (d.announced, -d.season))  # one order for 11 and 12: "12"
        return Verdict(show, number, "renewed", decision=through, premiere=premiere, previous=previous)

    if previous is not None and is_out(previous, today):
        assert previous.premiere is not None  # is_out
        since = previous.finale or previous.premiere.end()
        return Verdict(
            show,
            number,
            "awaiting",
            premiere=premiere,
            days_waiting=max((today - since).days, 0),
            waiting_since=since,
            previous=previous,
        )
    return Verdict(show, number, "unknown", premiere=premiere, previous=previous)
