"""What a catalogue change tells fans: events as values, who made a change, and which changes of an
import are news. Pure: no store, no Discord. An event is worded only when it is shown (`describe`),
so the same stored event can later be told in each reader's language."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from bot.domain.dates import FuzzyDate
from bot.domain.models import Decision, DecisionStatus, Milestone, MilestoneKind, Show, Source
from bot.i18n import N_, _

EventKind = Literal["decision", "premiere_set", "premiere_moved", "premiere_day", "milestone"]
# An import tells fans of a decision only if it was announced this recently: older ones are history.
RECENT_DECISION_DAYS = 30


@dataclass(frozen=True, slots=True)
class Actor:
    """Who made a change: a Discord user, or a named process ("command line", later "TVmaze")."""

    label: str
    user_id: int | None = None

    @classmethod
    def user(cls, user_id: int) -> Actor:
        return cls("user", user_id)

    def __str__(self) -> str:
        return f"user {self.user_id}" if self.user_id is not None else self.label


COMMAND_LINE = Actor("command line")


@dataclass(frozen=True, slots=True)
class EventFacts:
    """One thing fans may want to hear about a show, as values.

    decision: `status`, `final`, `announced`, `note`, `source`; premiere_set / premiere_moved:
    `premiere` and (moved) `previous`; premiere_day: `premiere`."""

    kind: EventKind
    season: int
    status: DecisionStatus | None = None
    final: bool = False
    announced: FuzzyDate | None = None
    premiere: FuzzyDate | None = None
    previous: FuzzyDate | None = None
    note: str | None = None
    source: Source | None = None
    retracted: bool = False  # decision: recorded in error and withdrawn (a correction for followers)
    milestone: MilestoneKind | None = None  # milestone: which step (its date is `announced`)
    at: datetime | None = None  # premiere_*: the release instant (UTC), when known to the minute

    @classmethod
    def of_decision(cls, d: Decision) -> EventFacts:
        return cls("decision", d.season, status=d.status, final=d.final, announced=d.announced,
                   note=d.note, source=d.source)  # fmt: skip

    @classmethod
    def of_milestone(cls, m: Milestone) -> EventFacts:
        return cls("milestone", m.season, milestone=m.kind, announced=m.date, source=m.source)

    @classmethod
    def of_premiere(
        cls, season: int, new: FuzzyDate, old: FuzzyDate | None, at: datetime | None = None
    ) -> EventFacts:
        kind: EventKind = "premiere_set" if old is None else "premiere_moved"
        return cls(kind, season, premiere=new, previous=old, at=at)

    def to_json(self) -> str:
        """The values stored with the event (the kind, season and source have columns of their own)."""
        data: dict[str, Any] = {}
        if self.status is not None:
            data["status"] = self.status
        if self.final:
            data["final"] = True
        for name in ("announced", "premiere", "previous"):
            value: FuzzyDate | None = getattr(self, name)
            if value is not None:
                data[name] = value.iso()
        if self.note:
            data["note"] = self.note
        if self.retracted:
            data["retracted"] = True
        if self.milestone:
            data["milestone"] = self.milestone
        if self.at is not None:
            data["at"] = self.at.isoformat()
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_row(cls, kind: EventKind, season: int, data: str | None, source: Source | None) -> EventFacts:
        values: dict[str, Any] = json.loads(data) if data else {}

        def fuzzy(name: str) -> FuzzyDate | None:
            text = values.get(name)
            return FuzzyDate.parse(text) if isinstance(text, str) else None

        return cls(
            kind,
            season,
            status=values.get("status"),
            final=bool(values.get("final", False)),
            announced=fuzzy("announced"),
            premiere=fuzzy("premiere"),
            previous=fuzzy("previous"),
            note=values.get("note"),
            source=source,
            retracted=bool(values.get("retracted", False)),
            milestone=values.get("milestone"),
            at=datetime.fromisoformat(values["at"]) if isinstance(values.get("at"), str) else None,
        )


@dataclass(frozen=True, slots=True)
class Event:
    """An event as stored: its facts, the show it is about, who caused it and when."""

    id: int
    show_id: int
    facts: EventFacts
    actor: str
    created_at: datetime
    legacy_summary: str | None = None  # events recorded before facts were stored carry only text

    @property
    def kind(self) -> EventKind:
        return self.facts.kind

    @property
    def season(self) -> int:
        return self.facts.season


def describe(facts: EventFacts) -> str:
    """The event in one line of English (the alert's headline, the audit summary)."""
    n = facts.season
    if facts.kind == "decision":
        head = _(DECISION_WORDS[facts.status or "", facts.final], n=n)
        if facts.announced is not None:
            head = _("{what}, announced {day}", what=head, day=facts.announced.human())
        if facts.retracted:
            return _("correction: {what} was recorded in error and is withdrawn", what=head)
        return head
    if facts.kind == "premiere_day":
        if facts.at is not None:
            return _("season {n} is out now", n=n)
        return _("season {n} premieres today", n=n)
    if facts.kind == "milestone":
        said = _(MILESTONE_WORDS.get(facts.milestone or "", N_("season {n} news")), n=n)
        return _("{what} ({day})", what=said, day=facts.announced.human()) if facts.announced else said
    assert facts.premiere is not None
    if facts.previous is not None:
        return _("season {n} premieres {day} (was {before})", n=n, day=facts.premiere.human(),
                 before=facts.previous.human())  # fmt: skip
    return _("season {n} premieres {day}", n=n, day=facts.premiere.human())


DECISION_WORDS = {
    ("renewed", False): N_("season {n} renewed"),
    ("renewed", True): N_("season {n} renewed (final season)"),
    ("cancelled", False): N_("season {n} cancelled"),
    ("cancelled", True): N_("season {n} cancelled (final season)"),
    ("ended", False): N_("season {n} ended"),
    ("ended", True): N_("season {n} ended (final season)"),
}
MILESTONE_WORDS = {
    "in_production": N_("season {n} is in production"),
    "wrapped": N_("season {n} finished filming"),
    "premiere_announced": N_("season {n} has a premiere date"),
}


def _decision_key(d: Decision) -> tuple[object, ...]:
    return (d.season, d.status, d.final, d.announced, d.source, d.note)


def news(
    before: Show | None, after: Show, today: date, *, recent_days: int | None = None
) -> list[EventFacts]:
    """What changed from `before` to `after` that fans would want to hear now.

    A decision `after` adds; with `recent_days` (an import), only one announced that recently. A
    premiere set or moved, to a date not yet past (a curator's correction of history tells no one).
    A new show tells nobody anything: nobody can follow it yet."""
    if before is None:
        return []
    out: list[EventFacts] = []
    known = {_decision_key(d) for d in before.decisions}
    oldest = today - timedelta(days=recent_days) if recent_days is not None else None
    for d in after.decisions:
        if _decision_key(d) in known:
            continue
        if oldest is not None and d.announced.end() < oldest:
            continue
        out.append(EventFacts.of_decision(d))
    had = {(m.season, m.kind, m.date) for m in before.milestones}
    for m in after.milestones:
        if (m.season, m.kind, m.date) in had:
            continue
        if oldest is not None and m.date.end() < oldest:
            continue
        out.append(EventFacts.of_milestone(m))
    for season in after.seasons:
        new = season.premiere
        old = before.season(season.number)
        previous = old.premiere if old is not None else None
        if new is None or new == previous or new.end() < today:
            continue
        out.append(EventFacts.of_premiere(season.number, new, previous, season.premiere_at))
    return out
