"""The catalogue's plain values: what the store returns and the domain reasons about."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from bot.domain.dates import FuzzyDate

DecisionStatus = Literal["renewed", "cancelled", "ended"]
DECISION_STATUSES: tuple[DecisionStatus, ...] = ("renewed", "cancelled", "ended")


@dataclass(frozen=True, slots=True)
class Season:
    number: int
    premiere: FuzzyDate | None = None
    finale: date | None = None
    episodes: int | None = None
    # The release instant (UTC) when it is known to the minute; `premiere` is then its day, in the
    # show's time zone.
    premiere_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Source:
    publisher: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """A renewal, cancellation or ending. `season` is the season it answers (see data/shows.schema.json)."""

    season: int
    status: DecisionStatus
    announced: FuzzyDate
    source: Source
    final: bool = False
    note: str | None = None
    recorded_by: int | None = None
    recorded_at: datetime | None = None
    more_sources: tuple[Source, ...] = ()  # other outlets that reported it (the first is shown)


MilestoneKind = Literal["in_production", "wrapped", "premiere_announced"]
MILESTONE_KINDS: tuple[MilestoneKind, ...] = ("in_production", "wrapped", "premiere_announced")


@dataclass(frozen=True, slots=True)
class Milestone:
    """A step between a renewal and the premiere, with its source: filming began (in production),
    filming wrapped, the premiere date was announced. `date` is when it happened (or was reported)."""

    season: int
    kind: MilestoneKind
    date: FuzzyDate
    source: Source
    recorded_by: int | None = None
    recorded_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CastMember:
    actor: str
    character: str | None = None
    seasons: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Links:
    """A show's ids elsewhere: TVmaze (where live facts come from), IMDb and TheTVDB (to link by)."""

    tvmaze: int | None = None
    imdb: str | None = None
    thetvdb: int | None = None

    def __bool__(self) -> bool:
        return self.tvmaze is not None or self.imdb is not None or self.thetvdb is not None

    @property
    def tvmaze_page(self) -> str | None:
        """The show's TVmaze page: the credit its data's licence (CC BY-SA) asks for."""
        return f"https://www.tvmaze.com/shows/{self.tvmaze}" if self.tvmaze is not None else None


NO_LINKS = Links()


@dataclass(frozen=True, slots=True)
class Show:
    """A whole show record. `id` is 0 for a record not yet stored."""

    slug: str
    title: str
    platform: str
    country: str
    last_checked: date
    original_title: str | None = None
    aliases: tuple[str, ...] = ()
    language: str | None = None
    source_material: str | None = None
    seasons: tuple[Season, ...] = ()
    decisions: tuple[Decision, ...] = ()
    cast: tuple[CastMember, ...] = field(default=())
    milestones: tuple[Milestone, ...] = ()
    links: Links = NO_LINKS
    # False for a show taken from TVmaze when a fan asked for it: facts only, no curator has looked.
    reviewed: bool = True
    tvmaze_status: str | None = None  # TVmaze's word for a linked show: Running, Ended, To Be Determined
    timezone: str | None = None  # the show's home time zone (IANA, its network's): where its days start
    id: int = 0

    def season(self, number: int) -> Season | None:
        return next((s for s in self.seasons if s.number == number), None)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the show is known by, title first."""
        extra = (self.original_title,) if self.original_title else ()
        return (self.title, *extra, *self.aliases)

    def latest_milestone(self, season: int) -> Milestone | None:
        """The newest production step of a season (by date; wrapped after in production on a tie)."""
        order = {kind: n for n, kind in enumerate(MILESTONE_KINDS)}
        mine = [m for m in self.milestones if m.season == season]
        return max(mine, key=lambda m: (m.date.value, order[m.kind])) if mine else None

    def first_year(self) -> int | None:
        dated = [s.premiere.value.year for s in self.seasons if s.premiere is not None]
        return min(dated) if dated else None
