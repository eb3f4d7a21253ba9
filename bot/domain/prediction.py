"""Premiere prediction from the catalogue's own history, always labelled as a prediction.

Method: the gaps between a renewal's announcement and that season's premiere, for shows on the same
platform (all platforms when fewer than `MIN_SHOWS` shows there have one). If the season was renewed
`elapsed` days ago and is still not out, only gaps longer than `elapsed` can still describe it, so the
window is taken from those (a conditional estimate, not the plain median). The window is the 10th to
90th percentile (LOW, HIGH); the point estimate is the median.

When the season has a production milestone (filming began, or wrapped), the same is done from that
step instead, which sits closer to the premiere: the show's own earlier seasons first (when two or
more have the step and a premiere), then the platform's shows, then all platforms (`predict_from_step`).

Else, for a show with two earlier seasons, its own rhythm: the next season as far after the last as
the last came after the one before (`predict_from_rhythm`), with the window taken from how far real
premieres fell from their show's rhythm across the catalogue. Measured (bench/prediction.py), it
misses by a third less than the renewal gaps where it applies.

Windows are distribution-free prediction intervals: the order statistics of n samples that a new one
falls between with probability LOW..HIGH, (j - i) / (n + 1), not the sample's own 10th and 90th
percentiles, which hold a new season far less often when n is small (`window`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.domain.dates import FuzzyDate
from bot.domain.models import Show

MIN_SHOWS = 5
# The window: this share of comparable gaps falls inside it (10th to 90th percentile). Measured on the
# bundled catalogue (bench/prediction.py), the middle half held the real premiere in only a third to
# two fifths of seasons: conditioning on the wait so far, and seasons unlike their peers, widen the
# real spread. The wider band holds it in about two thirds, and says so in its method.
LOW, HIGH = 0.10, 0.90


@dataclass(frozen=True, slots=True)
class GapSample:
    show_id: int
    platform: str
    gap_days: int
    renewed: date  # when the renewal was announced
    premiered: date  # when the outcome became known: a prediction made earlier must not see it


@dataclass(frozen=True, slots=True)
class Prediction:
    earliest: date
    likely: date
    latest: date
    sample_shows: int
    scope: str  # the platform's name, or "all platforms"
    conditioned_days: int  # gaps shorter than this were ruled out because the wait is already longer
    median_gap_days: int
    overdue: bool = False  # the wait is longer than nearly all recorded ones: the tail fallback was used
    since: str = "renewal"  # what the gaps are counted from: renewal, filming began, filming wrapped;
    # "rhythm": the show's own interval between its last two premieres (median_gap_days holds it)
    unit: str = "shows"  # what the sample counts: shows, or this show's own seasons

    def method(self) -> str:
        if self.since == "rhythm":
            return (
                f"this show's own rhythm (its last season came {self.median_gap_days} days after the one"
                f" before), with a window that holds 8 in 10 of the premieres of {self.sample_shows} shows"
                f" measured against theirs"
            )
        if self.overdue:
            return (
                f"the wait ({self.conditioned_days} days) is longer than nearly every renewal "
                f"in the catalogue, "
                f"so the window is how much longer the slowest quarter of {self.sample_shows} shows on "
                f"{self.scope} kept waiting past {self.median_gap_days} days"
            )
        where = f"for {self.scope}" if self.unit == "seasons" else f"on {self.scope}"
        base = (
            f"median gap from {self.since} to premiere {where} "
            f"({self.median_gap_days} days; the window holds 8 in 10 of {self.sample_shows} {self.unit})"
        )
        if self.conditioned_days:
            base += f", counting only waits longer than the {self.conditioned_days} days so far"
        return base


@dataclass(frozen=True, slots=True)
class RenewalPremiere:
    """A renewal and the premiere of the season it ordered."""

    show_id: int
    platform: str
    announced: FuzzyDate
    premiere: FuzzyDate


def gap_samples(pairs: Iterable[RenewalPremiere]) -> list[GapSample]:
    """Renewal-to-premiere gaps, from pairs where both dates are known at least to the month."""
    out: list[GapSample] = []
    # One object per distinct day and gap: 100,000 samples repeat a few thousand of each, and
    # every date, and every number over 256, is otherwise an object of its own.
    days: dict[date, date] = {}
    gaps: dict[int, int] = {}
    for p in pairs:
        if p.announced.precision == "year" or p.premiere.precision == "year":
            continue
        renewed, premiered = p.announced.midpoint(), p.premiere.midpoint()
        gap = (premiered - renewed).days
        if gap > 0:
            renewed, premiered = days.setdefault(renewed, renewed), days.setdefault(premiered, premiered)
            out.append(GapSample(p.show_id, p.platform, gaps.setdefault(gap, gap), renewed, premiered))
    return out


@dataclass(frozen=True, slots=True)
class RenewalAfter:
    """A season's first renewal, and when the season before it came out (and ended, if known)."""

    show_id: int
    announced: FuzzyDate
    previous_premiere: FuzzyDate
    previous_finale: date | None = None


def renewal_wait(row: RenewalAfter) -> int | None:
    """Days from the end of a season to the renewal of the next (negative: renewed before it
    ended); None when either date is known only to the year."""
    if row.announced.precision == "year" or row.previous_premiere.precision == "year":
        return None
    ended = row.previous_finale or row.previous_premiere.end()
    return (row.announced.midpoint() - ended).days


def renewal_waits(rows: Iterable[RenewalAfter]) -> list[int]:
    """Each row's `renewal_wait`, sorted: what "no decision yet, N years on" is measured against;
    year-only dates are skipped."""
    return sorted(wait for wait in map(renewal_wait, rows) if wait is not None)


def renewals_after_of(show: Show) -> list[RenewalAfter]:
    """The same rows from one whole show record (tests)."""
    first: dict[int, FuzzyDate] = {}
    for d in show.decisions:
        if d.status != "renewed" or d.season < 2:
            continue
        if d.season not in first or d.announced < first[d.season]:
            first[d.season] = d.announced
    out = []
    for number, announced in first.items():
        before = show.season(number - 1)
        if before is not None and before.premiere is not None:
            out.append(RenewalAfter(show.id, announced, before.premiere, before.finale))
    return out


def pairs_of(show: Show) -> list[RenewalPremiere]:
    """The same pairs from one whole show record (tests, backtests)."""
    out = []
    for d in show.decisions:
        season = show.season(d.season)
        if d.status == "renewed" and season is not None and season.premiere is not None:
            out.append(RenewalPremiere(show.id, show.platform, d.announced, season.premiere))
    return out


def window(sorted_values: Sequence[int]) -> tuple[int, int]:
    """The order statistics a new value falls between with probability HIGH - LOW (the ranks
    floor(LOW (n+1)) and ceil(HIGH (n+1)), 1-based; the extremes when n is too small for that)."""
    n = len(sorted_values)
    if not n:
        raise ValueError("no values")
    low = max(math.floor(LOW * (n + 1)), 1)
    high = min(math.ceil(HIGH * (n + 1)), n)
    return sorted_values[low - 1], sorted_values[high - 1]


def _span(anchor: date, offsets: Sequence[int], today: date) -> tuple[date, date, date]:
    """(earliest, likely, latest): `anchor` moved by the window and the median of sorted `offsets`,
    none of them before `today` (a premiere not out yet cannot be in the past)."""
    low, high = window(offsets)
    middle = round(percentile(offsets, 0.5))
    earliest, likely, latest = (max(anchor + timedelta(days=d), today) for d in (low, middle, high))
    return earliest, likely, latest


def percentile(sorted_values: Sequence[int], q: float) -> float:
    """Linear interpolation between closest ranks (the common 'type 7' definition)."""
    if not sorted_values:
        raise ValueError("no values")
    pos = (len(sorted_values) - 1) * q
    low = int(pos)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (pos - low)


def predict(
    platform: str,
    renewed_on: date,
    today: date,
    samples: Sequence[GapSample],
    *,
    exclude_show: int | None = None,
) -> Prediction | None:
    """A premiere window for a season renewed on `renewed_on` and not out by `today`; None when the
    catalogue has too little history to say anything honest."""
    elapsed = max((today - renewed_on).days, 0)
    usable = [s for s in samples if s.show_id != exclude_show and s.premiered <= today]
    for scope, pool in (
        (platform, [s for s in usable if s.platform == platform]),
        ("all platforms", usable),
    ):
        longer = [s for s in pool if s.gap_days > elapsed]
        if len({s.show_id for s in longer}) >= MIN_SHOWS:
            gaps = sorted(s.gap_days for s in longer)
            earliest, likely, latest = _span(renewed_on, gaps, today)
            return Prediction(
                earliest=earliest,
                likely=likely,
                latest=latest,
                sample_shows=len({s.show_id for s in longer}),
                scope=scope,
                conditioned_days=elapsed if len(longer) < len(pool) else 0,
                median_gap_days=round(percentile(gaps, 0.5)),
            )
    return _overdue(usable, elapsed, today)


def _overdue(usable: Sequence[GapSample], elapsed: int, today: date) -> Prediction | None:
    """Fallback for a wait longer than almost all history: model the remaining wait on how far the
    slowest quarter of renewals ran past their own 75th percentile, counted from today."""
    gaps = sorted(s.gap_days for s in usable)
    if len({s.show_id for s in usable}) < 4 * MIN_SHOWS:
        return None
    threshold = percentile(gaps, 0.75)
    tail = sorted(round(g - threshold) for g in gaps if g > threshold)
    if len(tail) < MIN_SHOWS:
        return None
    return Prediction(
        earliest=today + timedelta(days=round(percentile(tail, 0.25))),
        likely=today + timedelta(days=round(percentile(tail, 0.5))),
        latest=today + timedelta(days=round(percentile(tail, 0.75))),
        sample_shows=len({s.show_id for s in usable}),
        scope="all platforms",
        conditioned_days=elapsed,
        median_gap_days=round(threshold),
        overdue=True,
    )


# ---------------------------------------------------------------- from a production milestone

STEP_WORDS = {"in_production": "filming began", "wrapped": "filming wrapped"}
MIN_OWN = 2  # the show's own earlier seasons needed to go by them alone


@dataclass(frozen=True, slots=True)
class StepPremiere:
    """A season's production step (filming began or wrapped) and its premiere."""

    show_id: int
    platform: str
    season: int
    kind: str
    step: FuzzyDate
    premiere: FuzzyDate


@dataclass(frozen=True, slots=True)
class StepSample:
    show_id: int
    platform: str
    season: int
    kind: str
    gap_days: int
    premiered: date


def step_samples(rows: Iterable[StepPremiere]) -> list[StepSample]:
    """Step-to-premiere gaps, where both dates are known at least to the month."""
    out = []
    for r in rows:
        if r.kind not in STEP_WORDS or r.step.precision == "year" or r.premiere.precision == "year":
            continue
        gap = (r.premiere.midpoint() - r.step.midpoint()).days
        if gap > 0:
            out.append(StepSample(r.show_id, r.platform, r.season, r.kind, gap, r.premiere.midpoint()))
    return out


def steps_of(show: Show) -> list[StepPremiere]:
    """The same rows from one whole show record (tests, backtests)."""
    out = []
    for m in show.milestones:
        season = show.season(m.season)
        if m.kind in STEP_WORDS and season is not None and season.premiere is not None:
            out.append(StepPremiere(show.id, show.platform, m.season, m.kind, m.date, season.premiere))
    return out


def predict_from_step(
    platform: str,
    kind: str,
    step_day: date,
    today: date,
    samples: Sequence[StepSample],
    *,
    show_id: int,
) -> Prediction | None:
    """A premiere window for a season whose filming began (or wrapped) on `step_day` and is not out
    by `today`: from the show's own earlier seasons, else its platform, else all platforms; None
    when too few gaps from that step are known."""
    elapsed = max((today - step_day).days, 0)
    usable = [s for s in samples if s.kind == kind and s.premiered <= today]
    own = [s for s in usable if s.show_id == show_id]
    others = [s for s in usable if s.show_id != show_id]
    pools = (
        ("this show's earlier seasons", own, MIN_OWN, "seasons"),
        (platform, [s for s in others if s.platform == platform], MIN_SHOWS, "shows"),
        ("all platforms", others, MIN_SHOWS, "shows"),
    )
    for scope, pool, minimum, unit in pools:
        longer = [s for s in pool if s.gap_days > elapsed]
        count = len({s.season for s in longer}) if unit == "seasons" else len({s.show_id for s in longer})
        if count >= minimum:
            gaps = sorted(s.gap_days for s in longer)
            earliest, likely, latest = _span(step_day, gaps, today)
            return Prediction(
                earliest=earliest,
                likely=likely,
                latest=latest,
                sample_shows=count,
                scope=scope,
                conditioned_days=elapsed if len(longer) < len(pool) else 0,
                median_gap_days=round(percentile(gaps, 0.5)),
                since=STEP_WORDS[kind],
                unit=unit,
            )
    return None


# ---------------------------------------------------------------- from the show's own rhythm

RHYTHM_LEAD = 60  # days: a rhythm that puts the premiere sooner than this after the renewal is not used
MIN_RHYTHM = 10  # samples (from at least MIN_SHOWS shows) needed for a window


@dataclass(frozen=True, slots=True)
class SeasonRun:
    """A renewed season's first renewal and premiere, and the premieres of the two seasons before."""

    show_id: int
    season: int
    renewed: FuzzyDate
    premiere: FuzzyDate
    previous: FuzzyDate
    before_previous: FuzzyDate


@dataclass(frozen=True, slots=True)
class RhythmSample:
    show_id: int
    error_days: int  # the real premiere minus the rhythm's guess
    premiered: date


def rhythm_guess(previous: FuzzyDate, before_previous: FuzzyDate, renewed: date) -> tuple[date, int] | None:
    """(the day the show's rhythm puts the next premiere on, the rhythm in days), or None: dates
    known only to the year, seasons out of order, or a guess too soon after the renewal to be one
    (a season renewed late runs on the renewal's clock, not the show's)."""
    if previous.precision == "year" or before_previous.precision == "year":
        return None
    interval = (previous.midpoint() - before_previous.midpoint()).days
    if interval <= 0:
        return None
    guess = previous.midpoint() + timedelta(days=interval)
    if guess < renewed + timedelta(days=RHYTHM_LEAD):
        return None
    return guess, interval


def rhythm_samples(rows: Iterable[SeasonRun]) -> list[RhythmSample]:
    """How far each real premiere fell from its show's rhythm, where the rhythm applies."""
    out = []
    for r in rows:
        if r.renewed.precision == "year" or r.premiere.precision == "year":
            continue
        guessed = rhythm_guess(r.previous, r.before_previous, r.renewed.midpoint())
        if guessed is not None:
            premiered = r.premiere.midpoint()
            out.append(RhythmSample(r.show_id, (premiered - guessed[0]).days, premiered))
    return out


def runs_of(show: Show) -> list[SeasonRun]:
    """The same rows from one whole show record (tests, backtests)."""
    first: dict[int, FuzzyDate] = {}
    for d in show.decisions:
        if d.status == "renewed" and (d.season not in first or d.announced < first[d.season]):
            first[d.season] = d.announced
    out = []
    for number, renewed in sorted(first.items()):
        this, previous, before = show.season(number), show.season(number - 1), show.season(number - 2)
        if this and previous and before and this.premiere and previous.premiere and before.premiere:
            out.append(SeasonRun(show.id, number, renewed, this.premiere, previous.premiere, before.premiere))
    return out


def predict_from_rhythm(
    previous: FuzzyDate,
    before_previous: FuzzyDate,
    renewed_on: date,
    today: date,
    samples: Sequence[RhythmSample],
    *,
    show_id: int,
) -> Prediction | None:
    """A premiere window from the show's own rhythm (the last two seasons' premieres), widened by how
    far other shows' premieres fell from theirs; None when the rhythm does not apply or too few
    samples are known. A premiere not out by `today` rules out errors that would have put it earlier."""
    guessed = rhythm_guess(previous, before_previous, renewed_on)
    if guessed is None:
        return None
    guess, interval = guessed
    late = (today - guess).days
    usable = [s for s in samples if s.show_id != show_id and s.premiered <= today]
    longer = [s for s in usable if s.error_days > late]
    shows = len({s.show_id for s in longer})
    if len(longer) < MIN_RHYTHM or shows < MIN_SHOWS:
        return None
    errors = sorted(s.error_days for s in longer)
    earliest, likely, latest = _span(guess, errors, today)
    return Prediction(
        earliest=earliest,
        likely=likely,
        latest=latest,
        sample_shows=shows,
        scope="all platforms",
        conditioned_days=max(late, 0) if len(longer) < len(usable) else 0,
        median_gap_days=interval,
        since="rhythm",
    )
