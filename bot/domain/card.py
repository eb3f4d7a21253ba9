"""The answer card: what every surface (CLI text, Discord embed) says for "will there be season N?"."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Literal

from bot.domain.dates import FuzzyDate, human_span, time_zone
from bot.domain.models import Milestone, Show
from bot.domain.prediction import (
    STEP_WORDS,
    GapSample,
    Prediction,
    RhythmSample,
    StepSample,
    predict,
    predict_from_rhythm,
    predict_from_step,
)
from bot.domain.verdict import Verdict, decide, is_out
from bot.i18n import N_, _, _n, gap, sentences

MAX_CAST = 8
UNREVIEWED_HEADLINE = N_("Not reviewed yet")
# Labels said inside f-strings and nested calls, where extraction cannot see them: marked here.
LABELS = (
    N_("Production"), N_("Premiere"), N_("Platform"), N_("Based on"), N_("Original title"), N_("Cast"),
    N_("Last checked"), N_("Where"), N_("Also known as"), N_("platform unknown"),
    N_("Prediction, not confirmed"),
)  # fmt: skip
MIN_WAITS = 20  # fewer renewals than this say nothing worth printing about a wait


PremiereKind = Literal["confirmed", "announced", "too_far", "predicted", "too_few", "listed"]


@dataclass(frozen=True, slots=True)
class Premiere:
    """What the card says of the premiere, as values: worded by `premiere_words`, the one place."""

    kind: PremiereKind
    date: FuzzyDate | None = None  # confirmed, announced or listed
    prediction: Prediction | None = None  # predicted
    ordered_through: int | None = None  # too_far: the last season ordered
    at: datetime | None = None  # confirmed: the release instant, when known to the minute
    timezone: str | None = None  # the show's home zone, where a text surface writes the instant


@dataclass(frozen=True, slots=True)
class Wording:
    """How a surface writes what `premiere_words` says: plain text, or Discord markdown."""

    day: Callable[[date], str] = lambda d: FuzzyDate(d).human()
    instant: Callable[[datetime, str | None], str] = lambda at, zone: instant_words(at, zone)
    warning: Callable[[str], str] = str.upper  # "prediction, not confirmed" must stand out
    method: Callable[[str], str] = lambda how: gap() + _("Method: {how}.", how=how)


def premiere_words(p: Premiere, style: Wording = Wording()) -> str:
    """The premiere in one sentence or two; a prediction is always labelled as one, with its method."""
    if p.kind == "confirmed":
        assert p.date is not None
        if p.at is not None:
            return _("Confirmed for {day}.", day=style.instant(p.at, p.timezone))
        return _("Confirmed for {day}.", day=style.day(p.date.value))
    if p.kind == "listed":
        assert p.date is not None
        return _("Listed for {day}, without a recorded renewal.", day=p.date.human())
    if p.kind == "too_far":
        if p.date is not None:
            return _("Announced for {day}.", day=p.date.human())
        return _(
            "No date yet; ordered with seasons up to {season}, too far ahead to predict.",
            season=p.ordered_through,
        )
    head = _("Announced for {day}.", day=p.date.human()) if p.date is not None else _("No date yet.")
    if p.kind == "announced":
        return head
    if p.kind == "too_few" or p.prediction is None:
        return sentences(head, _("Too few comparable renewals in the catalogue to predict one."))
    guess = p.prediction
    window = _(
        "{warning}: between {earliest} and {latest}, most likely around {likely}.",
        warning=style.warning(_("Prediction, not confirmed")),
        earliest=style.day(guess.earliest),
        latest=style.day(guess.latest),
        likely=FuzzyDate(guess.likely, "month").human(),
    )
    return sentences(head, window) + style.method(guess.method())


@dataclass(frozen=True, slots=True)
class Card:
    show: Show
    verdict: Verdict
    verdict_line: str
    premiere: Premiere | None
    cast_lines: tuple[str, ...]
    source_url: str | None
    last_checked: date
    production: Milestone | None = None  # the season's latest production step, with its source
    embed_line: str = ""  # verdict_line without the source's address (Discord: the button links it)

    @property
    def question(self) -> str:
        return _(
            "Will there be season {season} of {title}?", season=self.verdict.season, title=self.show.title
        )

    @property
    def summary(self) -> str:
        """The answer in one plain line, for notifications and screen readers, which read a message's
        text and not its embed: "All of Us Are Dead, season 2: Renewed."."""
        return _("{title}, season {n}: {verdict}.", title=self.show.title, n=self.verdict.season,
                 verdict=self.headline)  # fmt: skip

    @property
    def headline(self) -> str:
        """The verdict's word, or, for a show no curator has reviewed, that there is none yet."""
        return _(self.verdict.headline if self.show.reviewed else UNREVIEWED_HEADLINE)

    @property
    def where(self) -> str:
        show = self.show
        place = f" ({show.country})" if show.country else ""
        return f"{show.platform or _('platform unknown')}{place}"

    def as_text(self) -> str:
        show = self.show
        lines = [self.question, "", f"{self.headline.upper()}: {self.verdict_line}"]
        if self.production is not None:
            m = self.production
            url = f" ({m.source.url})" if m.source.url else ""
            lines.append(f"{_('Production')}: {production_words(m)}, {m.source.publisher}{url}.")
        if self.premiere is not None:
            lines.append(f"{_('Premiere')}: {premiere_words(self.premiere)}")
        lines.append("")
        lines.append(f"{_('Platform')}: {self.where}")
        if show.source_material:
            lines.append(f"{_('Based on')}: {show.source_material}")
        if show.original_title and show.original_title != show.title:
            lines.append(f"{_('Original title')}: {show.original_title}")
        if self.cast_lines:
            lines.append(f"{_('Cast')}:")
            lines.extend(f"  {c}" for c in self.cast_lines)
        lines.append(f"{_('Last checked')}: {FuzzyDate(self.last_checked).human()}")
        if show.links.tvmaze_page:
            lines.append(f"{tvmaze_credit(show.reviewed)}: {show.links.tvmaze_page}")
        return "\n".join(lines)


def instant_words(at: datetime, zone: str | None) -> str:
    """A release instant in words, for text surfaces: its day and time where the show is at home
    (UTC without a zone), "5 March 2027, 21:00 (America/Los_Angeles)"."""
    where = time_zone(zone) if zone else None
    local = at.astimezone(where or UTC)
    return _("{day}, {time} ({zone})", day=FuzzyDate(local.date()).human(), time=local.strftime("%H:%M"),
             zone=zone if where else "UTC")  # fmt: skip


def cast_line(actor: str, character: str | None) -> str:
    return _("{actor} as {character}", actor=actor, character=character) if character else actor


def tvmaze_credit(reviewed: bool) -> str:
    """TVmaze's licence asks for credit (CC BY-SA)."""
    if reviewed:
        return _("Seasons and dates partly from TVmaze (CC BY-SA)")
    return _("Seasons and dates from TVmaze (CC BY-SA)")


def production_words(m: Milestone) -> str:
    """ "in production since July 2025", "filming wrapped in March 2026", "premiere date announced
    2 May 2026"."""
    when = m.date.human()
    if m.kind == "in_production":
        return _("in production since {when}", when=when)
    if m.kind == "wrapped":
        if m.date.precision == "day":
            return _("filming wrapped {day}", day=when)
        return _("filming wrapped in {when}", when=when)
    return _("premiere date announced {when}", when=when)


def _source(verdict: Verdict, *, url: bool = True) -> str:
    d = verdict.decision
    if d is None:
        return ""
    link = f" ({d.source.url})" if url and d.source.url else ""
    return _("announced {day} by {publisher}", day=d.announced.human(), publisher=d.source.publisher) + link


def verdict_sentence(verdict: Verdict, *, url: bool = True) -> str:
    """The verdict in a sentence or two; `url`: the source's address in it (text surfaces; on Discord
    the card's Source button is the one link)."""
    n = verdict.season
    show = verdict.show
    match verdict.kind:
        case "out":
            assert verdict.premiere is not None
            return _("Season {n} is already out: it premiered {day}.", n=n, day=verdict.premiere.human())
        case "renewed":
            d = verdict.decision
            assert d is not None
            source = _source(verdict, url=url)
            if d.season > n and d.final:  # part of a multi-season order
                return _(
                    "Season {n} is confirmed: {title} is renewed through season {last} as its final season,"
                    " {source}.",
                    n=n, title=show.title, last=d.season, source=source,
                )  # fmt: skip
            if d.season > n:
                return _(
                    "Season {n} is confirmed: {title} is renewed through season {last}, {source}.",
                    n=n, title=show.title, last=d.season, source=source,
                )  # fmt: skip
            if d.final:
                return _("Season {n} is confirmed as the final season, {source}.", n=n, source=source)
            return _("Season {n} is confirmed, {source}.", n=n, source=source)
        case "cancelled":
            return _(
                "{title} was cancelled: there will be no season {n}; {source}.",
                title=show.title, n=n, source=_source(verdict, url=url),
            )  # fmt: skip
        case "ended":
            d = verdict.decision
            assert d is not None
            last = d.season if d.status == "renewed" else d.season - 1
            return _(
                "{title} ended as planned with season {last}: no season {n}; {source}.",
                title=show.title, last=last, n=n, source=_source(verdict, url=url),
            )  # fmt: skip
        case "awaiting":
            previous = verdict.previous
            assert previous is not None and verdict.waiting_since is not None
            when = FuzzyDate(verdict.waiting_since).human()
            ago = human_span(verdict.days_waiting or 0)
            if previous.finale:
                return _(
                    "No decision on season {n} yet. Season {before} ended {day}, {ago} ago.",
                    n=n, before=n - 1, day=when, ago=ago,
                )  # fmt: skip
            return _(
                "No decision on season {n} yet. Season {before} came out {day}, {ago} ago.",
                n=n, before=n - 1, day=when, ago=ago,
            )  # fmt: skip
        case _:
            if verdict.previous is None and n > 1:
                return _(
                    "Nothing is known about season {n}: season {before} has not been announced yet.",
                    n=n, before=n - 1,
                )  # fmt: skip
            if verdict.previous is not None:
                return _(
                    "Nothing is known about season {n} yet: season {before} is not out yet.",
                    n=n,
                    before=n - 1,
                )
            return _("Nothing is known about season {n} yet.", n=n)


def wait_context(days: int, waits: Sequence[int]) -> str | None:
    """How a wait with no decision compares with when the catalogue's renewals came (sorted waits)."""
    if len(waits) < MIN_WAITS:
        return None
    n = len(waits)
    later = n - bisect.bisect_left(waits, days)
    span = human_span(days)
    if later == 0:
        return _("None of the {n} renewals in the catalogue came {span} or more after the season before.",
                 n=n, span=span)  # fmt: skip
    if later * 10 < n:
        return _("Only {later} of the {n} renewals in the catalogue came {span} or more after the season"
                 " before.", later=later, n=n, span=span)  # fmt: skip
    return _("{later} of the {n} renewals in the catalogue came {span} or more after the season before.",
             later=later, n=n, span=span)  # fmt: skip


def unreviewed_sentence(show: Show, number: int, today: date) -> str:
    """For a show taken from TVmaze that no curator has reviewed: what TVmaze lists, labelled as
    such, and no verdict (TVmaze's "Ended" or a listed season is evidence, not a decision)."""
    parts = [
        _(
            "No curator has reviewed {title} yet, so there is no verdict: this is what TVmaze lists.",
            title=show.title,
        )
    ]
    if show.tvmaze_status:
        parts.append(_("TVmaze's status: {status}.", status=show.tvmaze_status))
    out = [s for s in show.seasons if is_out(s, today)]
    if out:
        last = out[-1]
        assert last.premiere is not None  # is_out
        episodes = f" ({_n('{n} episode', '{n} episodes', last.episodes)})" if last.episodes else ""
        if last.finale and last.finale <= today:
            said = _("Season {n} premiered {day} and ended {end}", n=last.number, day=last.premiere.human(),
                     end=FuzzyDate(last.finale).human())  # fmt: skip
        else:
            said = _("Season {n} premiered {day}", n=last.number, day=last.premiere.human())
        parts.append(f"{said}{episodes}.")
    asked = show.season(number)
    if asked is not None and is_out(asked, today) and (not out or asked.number != out[-1].number):
        assert asked.premiere is not None
        parts.append(_("Season {n} premiered {day}.", n=number, day=asked.premiere.human()))
    elif asked is not None and not is_out(asked, today):
        if asked.premiere:
            parts.append(_("Season {n} is listed for {day}.", n=number, day=asked.premiere.human()))
        else:
            parts.append(_("Season {n} is listed without a date.", n=number))
    elif asked is None:
        parts.append(_("TVmaze lists no season {n}.", n=number))
    return sentences(*parts)


def answer_card(
    show: Show,
    season: int | None,
    today: date,
    samples: Sequence[GapSample],
    waits: Sequence[int] = (),
    steps: Sequence[StepSample] = (),
    rhythm: Sequence[RhythmSample] = (),
) -> Card:
    """`samples`: renewal-to-premiere gaps (for predictions); `waits`: sorted days from the end of a
    season to the next one's renewal (context when there is no decision yet); `steps`: gaps from a
    production step (filming began or wrapped) to the premiere, used when the season has one."""
    verdict = decide(show, season, today)
    premiere: Premiere | None = None
    if not show.reviewed:
        return Card(
            show=show,
            verdict=verdict,
            verdict_line=unreviewed_sentence(show, verdict.season, today),
            premiere=None,
            cast_lines=(),
            source_url=None,
            last_checked=show.last_checked,
        )
    if verdict.kind == "renewed":
        assert verdict.decision is not None
        if verdict.premiere is not None and verdict.premiere.precision == "day":
            listed = show.season(verdict.season)
            at = listed.premiere_at if listed is not None else None
            premiere = Premiere("confirmed", verdict.premiere, at=at, timezone=show.timezone)
        elif verdict.decision.season > verdict.season:
            # Renewal-to-premiere gaps describe the season a renewal ordered, not ones further out.
            premiere = Premiere("too_far", verdict.premiere, ordered_through=verdict.decision.season)
        else:
            step = show.latest_milestone(verdict.season)
            prediction = None
            if step is not None and step.kind in STEP_WORDS:
                prediction = predict_from_step(
                    show.platform, step.kind, step.date.midpoint(), today, steps, show_id=show.id
                )
            renewed_on = verdict.decision.announced.midpoint()
            previous, before = show.season(verdict.season - 1), show.season(verdict.season - 2)
            if prediction is None and previous and before and previous.premiere and before.premiere:
                prediction = predict_from_rhythm(
                    previous.premiere, before.premiere, renewed_on, today, rhythm, show_id=show.id
                )
            if prediction is None:
                prediction = predict(show.platform, renewed_on, today, samples, exclude_show=show.id)
            kind: PremiereKind = "too_few" if prediction is None else "predicted"
            premiere = Premiere(kind, verdict.premiere, prediction)
    elif verdict.premiere is not None and verdict.kind in ("awaiting", "unknown"):
        premiere = Premiere("listed", verdict.premiere)
    cast = tuple(
        cast_line(c.actor, c.character)
        for c in show.cast
        if not c.seasons or verdict.season in c.seasons or (verdict.season - 1) in c.seasons
    )[:MAX_CAST]
    verdict_line = verdict_sentence(verdict)
    embed_line = verdict_sentence(verdict, url=False)
    extra = ""
    if verdict.decision is not None and verdict.decision.note:  # the curator's context, as evidence
        note = verdict.decision.note.strip()
        extra += f" {note}" if note.endswith((".", "!", "?")) else f" {note}."
    if verdict.kind == "awaiting" and verdict.days_waiting is not None:
        context = wait_context(verdict.days_waiting, waits)
        if context:
            extra += gap() + context
    verdict_line += extra
    embed_line += extra
    production = (
        show.latest_milestone(verdict.season) if verdict.kind in ("renewed", "awaiting", "unknown") else None
    )
    return Card(
        show=show,
        verdict=verdict,
        verdict_line=verdict_line,
        premiere=premiere,
        cast_lines=cast,
        source_url=verdict.decision.source.url if verdict.decision else None,
        last_checked=show.last_checked,
        production=production,
        embed_line=embed_line,
    )
