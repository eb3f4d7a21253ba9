"""What TVmaze may change in a catalogue show: pure rules, no network, no store.

TVmaze knows facts: seasons, their premiere and finale days, episode counts. It fills what is empty,
refines a date the catalogue knows only to the month or year when its day falls inside it, and
updates what it set itself. Where it disagrees with a value a person gave (the bundled file, an
import, a curator), the value stays and the disagreement is reported for a curator.

"What it set itself" is remembered as the values TVmaze wrote (`owned`: season and field -> the
value as text). A value a person has since changed no longer equals that record, so it counts as
theirs again, whichever road they changed it by."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from bot.domain.dates import YEARS, FuzzyDate
from bot.domain.models import DecisionStatus, Season, Show
from bot.domain.verdict import MAX_SEASON, latest_decisions

Field = str  # "premiere", "finale" or "episodes"
FIELDS: tuple[Field, ...] = ("premiere", "finale", "episodes")


@dataclass(frozen=True, slots=True)
class TVSeasonFacts:
    """What TVmaze says of one season (bot.tvmaze.TVSeason, without the client)."""

    number: int
    premiere: date | None = None
    end: date | None = None
    episodes: int | None = None
    premiere_at: datetime | None = None  # the first episode's air instant, when TVmaze lists it


@dataclass(frozen=True, slots=True)
class Conflict:
    season: int
    field: Field
    ours: str
    theirs: str


@dataclass(frozen=True, slots=True)
class Refresh:
    seasons: tuple[Season, ...]  # the show's seasons after TVmaze's facts
    owned: dict[tuple[int, Field], str]  # what TVmaze set now, to remember as its own
    conflicts: tuple[Conflict, ...]

    def changed(self, show: Show) -> bool:
        return self.seasons != show.seasons


def text(value: FuzzyDate | date | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, FuzzyDate):
        return value.iso()
    return value.isoformat() if isinstance(value, date) else str(value)


def _in_range(day: date) -> bool:
    return YEARS[0] <= day.year <= YEARS[1]


def refresh(show: Show, facts: list[TVSeasonFacts], owned: Mapping[tuple[int, Field], str]) -> Refresh:
    seasons = {s.number: s for s in show.seasons}
    taken: dict[tuple[int, Field], str] = {}
    conflicts: list[Conflict] = []
    for tv in sorted(facts, key=lambda f: f.number):
        if not 1 <= tv.number <= MAX_SEASON:
            continue
        ours = seasons.get(tv.number, Season(tv.number))
        premiere = FuzzyDate(tv.premiere) if tv.premiere and _in_range(tv.premiere) else None
        finale = tv.end if tv.end and _in_range(tv.end) else None
        episodes = tv.episodes if tv.episodes and 0 < tv.episodes <= 1000 else None

        def take(name: Field, current: FuzzyDate | date | int | None, value: FuzzyDate | date | int | None,
                 number: int = tv.number) -> bool:  # fmt: skip
            """Whether TVmaze's `value` replaces `current` (see the module docstring)."""
            if value is None or current == value:
                return False
            refines = (
                isinstance(current, FuzzyDate)
                and isinstance(value, FuzzyDate)
                and current.precision != "day"
                and current.value <= value.value <= current.end()
            )
            if current is None or refines or owned.get((number, name)) == text(current):
                taken[(number, name)] = text(value)
                return True
            conflicts.append(Conflict(number, name, text(current), text(value)))
            return False

        day = premiere if take("premiere", ours.premiere, premiere) else ours.premiere
        # The instant follows the day it belongs to: TVmaze's, when its day is the one kept; ours
        # otherwise (never an instant of another day).
        at = tv.premiere_at if tv.premiere_at and day == premiere else ours.premiere_at
        new = Season(
            tv.number,
            day,
            finale if take("finale", ours.finale, finale) else ours.finale,
            episodes if take("episodes", ours.episodes, episodes) else ours.episodes,
            premiere_at=at if day is not None and day.precision == "day" else None,
        )
        if tv.number in seasons or new != Season(tv.number):  # a season TVmaze knows nothing of adds nothing
            seasons[tv.number] = new
    return Refresh(tuple(sorted(seasons.values(), key=lambda s: s.number)), taken, tuple(conflicts))


# ---------------------------------------------------------------- evidence of a decision


@dataclass(frozen=True, slots=True)
class Evidence:
    """What TVmaze's data suggests a curator record: never recorded without one."""

    season: int
    status: DecisionStatus
    why: str


def evidence(
    show: Show, old_status: str | None, new_status: str | None, facts: list[TVSeasonFacts], today: date
) -> list[Evidence]:
    """Decisions TVmaze's change points to, for a reviewed show: its status turning "Ended" while the
    catalogue records no ending, or a season listed with a premiere still ahead that no renewal in
    the catalogue covers. A person decides, with an article as the source."""
    if not show.reviewed:
        return []  # the whole show waits for a curator already
    latest = latest_decisions(show)
    closed = any(d.status in ("cancelled", "ended") for d in latest.values()) or any(
        d.status == "renewed" and d.final for d in latest.values()
    )
    renewed_through = max((n for n, d in latest.items() if d.status == "renewed"), default=0)
    out: list[Evidence] = []
    if new_status == "Ended" and old_status != "Ended" and not closed:
        aired = [f.number for f in facts if f.premiere is not None and f.premiere <= today]
        aired += [s.number for s in show.seasons if s.premiere is not None and s.premiere.end() <= today]
        last = max(aired, default=0)
        if 1 <= last < MAX_SEASON:
            out.append(Evidence(last + 1, "ended", f"TVmaze's status turned Ended after season {last}"))
    for f in facts:
        if f.premiere is None or f.premiere < today or f.number <= max(renewed_through, 1):
            continue
        ours = show.season(f.number)
        if ours is not None and ours.premiere is not None:
            continue  # the catalogue knew of this season's date already
        out.append(
            Evidence(f.number, "renewed", f"TVmaze lists season {f.number} for {f.premiere.isoformat()}")
        )
    return out
