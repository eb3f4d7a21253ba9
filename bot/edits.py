"""The one write path: every change to the catalogue goes through `Editor`, whoever makes it (a
curator's command or form, the command line's seed and import, later TVmaze and the news radar).

One call does it all, in one transaction: write the rows, the audit entry naming the actor, the
alert events the change causes (with every delivery they owe) and a change-log row per show. Then,
after the commit, the listeners of this process run (the running bot refreshes its in-memory
catalogue and wakes its delivery worker). Another process's bot learns of the change from the
change log (`bot.follow`). No other code writes catalogue tables."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime

from bot import i18n
from bot.domain import dates
from bot.domain.catalogue_file import parse_row, show_to_row
from bot.domain.errors import UserError
from bot.domain.events import RECENT_DECISION_DAYS, Actor, Event, EventFacts, describe, news
from bot.domain.models import Decision, Links, Milestone, Season, Show
from bot.domain.refresh import Refresh
from bot.mentions import Command
from bot.store import Store, changes, curation, events, origins, review
from bot.store import catalogue as store
from bot.store.catalogue import BulkConnection, UpsertReport
from bot.store.curation import AuditEntry
from bot.store.database import Conn
from bot.store.postgres import PostgresDatabase

log = logging.getLogger(__name__)

# An import that changes more shows than this logs one "reload everything" row instead of one row
# per show: a follower would rebuild its index for that many anyway, and the import stays fast.
BULK_CHANGE_ROWS = 500
AUDITED_SLUGS = 1_000  # an import's audit entry lists this many of the slugs it touched


@dataclass(frozen=True, slots=True)
class Committed:
    """What one committed change did, for this process's listeners."""

    show_ids: tuple[int, ...]  # the shows changed (empty with `everything`)
    events: tuple[int, ...]  # the ids of the events raised
    everything: bool = False  # a bulk change: reload the whole catalogue


Listener = Callable[[Committed], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Change:
    """What an edit did: the record before and after, and the events it raised."""

    before: Show | None
    after: Show
    events: tuple[Event, ...] = ()
    audit_id: int | None = None  # the audit entry that records it (to undo it from)

    @property
    def event(self) -> Event | None:
        return self.events[0] if self.events else None


@dataclass(frozen=True, slots=True)
class ImportResult:
    report: UpsertReport
    events: int  # alert events raised (0 with quiet)


class Editor:
    """The catalogue's one write path. `today` is injectable so tests can fix the date."""

    def __init__(self, db: Store, *, today: Callable[[], date] = dates.today) -> None:
        self.db = db
        self.today = today
        self._listeners: list[Listener] = []

    def listen(self, listener: Listener) -> None:
        """Run `listener` after each committed change made through this editor."""
        self._listeners.append(listener)

    @asynccontextmanager
    async def _writing(self) -> AsyncIterator[Conn]:
        """A transaction that may change the catalogue: on PostgreSQL it waits its turn to write the
        change log before it locks a row, so two processes' edits never hold what the other waits
        for (bot.store.changes)."""
        async with self.db.transaction() as conn:
            await changes.first_in(conn)
            yield conn

    async def _committed(self, done: Committed) -> None:
        for listener in self._listeners:
            try:
                await listener(done)
            except Exception:
                # The change is committed; a failed refresh is caught up by the change-log follower.
                log.exception("a listener failed after a committed change")

    # ------------------------------------------------------------ one show

    async def record_decision(
        self, slug: str, decision: Decision, actor: Actor, *, checked: date, accepting: int | None = None
    ) -> Change | None:
        """A renewal, cancellation or ending. None if the show does not exist. `accepting`: the
        review item this decision accepts (decided in the same transaction)."""
        stamped = replace(decision, recorded_by=actor.user_id, recorded_at=dates.utcnow())

        def edit(before: Show) -> Show:
            return replace(before, decisions=(*before.decisions, stamped), last_checked=checked)

        return await self._edit_one(
            slug,
            actor,
            "decision",
            edit,
            facts=lambda before, after: [EventFacts.of_decision(stamped)],
            accepting=accepting,
        )

    async def record_milestone(
        self, slug: str, milestone: Milestone, actor: Actor, *, accepting: int | None = None
    ) -> Change | None:
        """A production step (filming began or wrapped, a premiere date announced) with its source;
        followers hear of it as of a decision."""
        stamped = replace(milestone, recorded_by=actor.user_id, recorded_at=dates.utcnow())

        def edit(before: Show) -> Show:
            return replace(before, milestones=(*before.milestones, stamped))

        return await self._edit_one(
            slug,
            actor,
            "milestone",
            edit,
            facts=lambda before, after: [EventFacts.of_milestone(stamped)],
            accepting=accepting,
        )

    async def set_season(
        self,
        slug: str,
        number: int,
        actor: Actor,
        *,
        premiere: dates.FuzzyDate | None = None,
        episodes: int | None = None,
        accepting: int | None = None,
        premiere_at: datetime | None = None,
        timezone: str | None = None,
    ) -> Change | None:
        """A season's premiere and/or episode count; a new or moved premiere raises an event.
        `accepting`: the review item (a premiere date from the news) it settles. `premiere_at`: the
        release instant, on the premiere's day in the show's time zone; a premiere moved to another
        day without one loses the instant it had (it was the old day's). `timezone`: the show's home
        zone (IANA), set with it."""

        def edit(before: Show) -> Show:
            old = before.season(number) or Season(number)
            day = premiere if premiere is not None else old.premiere
            kept = old.premiere_at if day == old.premiere else None
            new = replace(
                old,
                premiere=day,
                episodes=episodes if episodes is not None else old.episodes,
                premiere_at=premiere_at if premiere_at is not None else kept,
            )
            seasons = sorted(
                [*(s for s in before.seasons if s.number != number), new], key=lambda s: s.number
            )
            return replace(before, seasons=tuple(seasons), timezone=timezone or before.timezone)

        def facts(before: Show, after: Show) -> list[EventFacts]:
            old = before.season(number)
            previous = old.premiere if old is not None else None
            if premiere is None or premiere == previous:
                return []
            season = after.season(number)
            return [
                EventFacts.of_premiere(number, premiere, previous, season.premiere_at if season else None)
            ]

        return await self._edit_one(slug, actor, "season.set", edit, facts=facts, accepting=accepting)

    async def save_show(
        self, show: Show, actor: Actor, *, action: str, accepting: int | None = None
    ) -> Change:
        """Add a show, or edit its own fields (seasons, decisions and cast are kept). `accepting`:
        the review item (an unreviewed show) this edit settles, in the same transaction."""
        async with self._writing() as conn:
            before = await store.by_slug_in(conn, show.slug)
            if before is not None:
                # A form edits the show's own fields; what it does not hold stays. A curator's
                # edit is a review: the show is no longer TVmaze's alone.
                show = replace(
                    show,
                    seasons=before.seasons,
                    decisions=before.decisions,
                    cast=before.cast,
                    links=before.links,
                    tvmaze_status=before.tvmaze_status,
                    reviewed=True,
                )
            validate(show)
            outcome, show_id = await store.upsert_in(conn, show)
            after = await store.by_slug_in(conn, show.slug)
            assert after is not None  # written just above
            verb = "added" if before is None else "edited"
            summary = f"{verb} {show.title}" + (f" (review item #{accepting} accepted)" if accepting else "")
            audit_id = await curation.audit_in(conn, actor, action, after, summary, before, after)
            if outcome != "unchanged":
                await changes.log_in(conn, [show_id])
            if accepting is not None and not await review.decide_in(
                conn, accepting, "accepted", actor.user_id or 0, audit_id
            ):
                raise UserError(
                    "Review item #{item} was decided meanwhile; nothing was changed.", item=accepting
                )
        if outcome != "unchanged":
            await self._committed(Committed((show_id,), ()))
        return Change(before, after, audit_id=audit_id)

    async def apply_tvmaze(
        self,
        slug: str,
        update: Refresh,
        actor: Actor,
        *,
        quiet: bool = False,
        status: str | None = None,
        timezone: str | None = None,
    ) -> Change | None:
        """TVmaze's facts for a linked show (bot.domain.refresh): the new seasons, remembered as
        TVmaze's own, and its status word; a premiere set or moved to a day still ahead alerts
        followers, unless `quiet` (a show's first refresh after it is linked: its past is not news)."""
        today = self.today()

        def edit(before: Show) -> Show:
            # The network's time zone fills an empty one; a curator's stays.
            zone = before.timezone or (timezone if timezone and dates.time_zone(timezone) else None)
            return replace(
                before, seasons=update.seasons, tvmaze_status=status or before.tvmaze_status, timezone=zone
            )

        def facts(before: Show, after: Show) -> list[EventFacts]:
            if quiet:
                return []
            return [f for f in news(before, after, today) if f.kind != "decision"]

        async def remember(conn: Conn, show: Show) -> None:
            await origins.remember_in(conn, show.id, update.owned)

        return await self._edit_one(slug, actor, "tvmaze.refresh", edit, facts=facts, also=remember)

    async def add_from_tvmaze(self, show: Show, owned: dict[tuple[int, str], str], actor: Actor) -> Change:
        """A show a fan asked for that the catalogue did not hold, as TVmaze has it: stored
        unreviewed (`show.reviewed` False), its values remembered as TVmaze's own so refreshes keep
        them current. Alerts nobody: nobody follows it yet, and its past is not news. Raises
        UserError if the slug is taken (the caller picks a free one first)."""
        if show.reviewed:
            raise ValueError("add_from_tvmaze stores unreviewed shows only")
        async with self._writing() as conn:
            if await store.by_slug_in(conn, show.slug) is not None:
                raise UserError("A show with id `{slug}` exists already.", slug=show.slug)
            validate(show)
            _, show_id = await store.upsert_in(conn, show)
            after = await store.by_slug_in(conn, show.slug)
            assert after is not None  # written just above
            summary = f"added from TVmaze, unreviewed: {show.title}"
            await curation.audit_in(conn, actor, "tvmaze.add", after, summary, None, after)
            await origins.remember_in(conn, show_id, owned)
            await changes.log_in(conn, [show_id])
        await self._committed(Committed((show_id,), ()))
        return Change(None, after)

    async def mark_reviewed(self, slug: str, actor: Actor, *, accepting: int | None = None) -> Change | None:
        """A curator vouches for a show taken from TVmaze: from now on it is the catalogue's own.
        Its platform and country must be known first (an unreviewed show may lack them)."""

        def edit(before: Show) -> Show:
            if not before.platform or not before.country:
                raise UserError(
                    "{title} needs its platform and country first: use Edit (or {command}).",
                    title=before.title,
                    command=Command("admin show edit"),
                )
            return replace(before, reviewed=True)

        return await self._edit_one(
            slug, actor, "show.review", edit, facts=lambda before, after: [], accepting=accepting
        )

    async def set_links(
        self, slug: str, links: Links, actor: Actor, *, accepting: int | None = None
    ) -> Change | None:
        """Record a show's ids elsewhere (linking it to TVmaze). Alerts nobody: a link is not news."""

        def edit(before: Show) -> Show:
            return replace(before, links=links)

        return await self._edit_one(
            slug, actor, "link", edit, facts=lambda before, after: [], accepting=accepting
        )

    async def set_season_value(
        self,
        slug: str,
        season: int,
        field: str,
        value: str,
        actor: Actor,
        *,
        tvmaze: bool = False,
        accepting: int | None = None,
    ) -> Change | None:
        """One season value (premiere, finale or episodes) as text, as a review item holds it.
        `tvmaze`: a curator takes TVmaze's value where it disagreed with a person's; it becomes
        TVmaze's own again, so later refreshes keep it current. A premiere set or moved to a day
        still ahead alerts followers."""
        today = self.today()

        def edit(before: Show) -> Show:
            old = before.season(season) or Season(season)
            try:
                if field == "premiere":
                    new = replace(old, premiere=dates.FuzzyDate.parse(value))
                elif field == "finale":
                    new = replace(old, finale=date.fromisoformat(value))
                elif field == "episodes":
                    new = replace(old, episodes=int(value))
                else:
                    raise ValueError(field)
            except ValueError:
                raise UserError(
                    "{value} is not a {field} value: give a date as 2025-06-27 (a premiere may be 2025-06),"
                    " or a number of episodes.",
                    value=value[:40],
                    field=field[:20],
                ) from None
            seasons = sorted(
                [*(s for s in before.seasons if s.number != season), new], key=lambda s: s.number
            )
            return replace(before, seasons=tuple(seasons))

        def facts(before: Show, after: Show) -> list[EventFacts]:
            return [f for f in news(before, after, today) if f.kind != "decision"]

        async def remember(conn: Conn, show: Show) -> None:
            if tvmaze:
                await origins.remember_in(conn, show.id, {(season, field): value})

        return await self._edit_one(
            slug, actor, "season.set", edit, facts=facts, also=remember, accepting=accepting
        )

    async def undo(self, entry: AuditEntry, actor: Actor) -> Change:
        """Undo what one audited edit of a show did, if nothing has changed it since: a decision it
        recorded is withdrawn (its followers are told it was a correction), season values and links
        go back, a review is taken back. The review item the edit accepted waits again."""
        if entry.show_slug is None or entry.before is None or entry.after is None:
            raise UserError("Audit entry #{entry} is not an edit of one show; there is nothing to undo.",
                            entry=entry.id)  # fmt: skip
        was, then = _from_snapshot(entry.before), _from_snapshot(entry.after)
        retracted: list[Decision] = []

        def edit(current: Show) -> Show:
            changed_since = UserError(
                "{title} changed after audit entry #{entry}; undo the later change first ({command}).",
                command=Command("admin audit"),
                title=current.title,
                entry=entry.id,
            )
            now_keys = {_decision_key(d): d for d in current.decisions}
            had = {_decision_key(x) for x in was.decisions}
            added = [d for d in then.decisions if _decision_key(d) not in had]
            touched = {
                s.number
                for s in (*was.seasons, *then.seasons)
                if was.season(s.number) != then.season(s.number)
            }
            steps = {_milestone_key(m) for m in was.milestones}
            new_steps = {_milestone_key(m) for m in then.milestones} - steps
            now_steps = {_milestone_key(m) for m in current.milestones}
            if (
                not any(_decision_key(d) in now_keys for d in added)
                and not new_steps & now_steps
                and all(current.season(n) == was.season(n) for n in touched)
                and (was.links == then.links or current.links == was.links)
                and (entry.action != "show.review" or not current.reviewed)
            ):
                raise UserError("Audit entry #{entry} is undone already: nothing to undo.", entry=entry.id)
            if any(_decision_key(d) not in now_keys for d in added):
                raise changed_since
            retracted.extend(now_keys[_decision_key(d)] for d in added)
            gone = {_decision_key(d) for d in added}
            result = replace(
                current,
                decisions=tuple(d for d in current.decisions if _decision_key(d) not in gone),
                milestones=tuple(m for m in current.milestones if _milestone_key(m) not in new_steps),
            )
            seasons = {s.number: s for s in current.seasons}
            for n in touched:
                old, new = was.season(n), then.season(n)
                if current.season(n) != new:
                    raise changed_since
                if old is None:
                    seasons.pop(n, None)
                else:
                    seasons[n] = old
            result = replace(result, seasons=tuple(sorted(seasons.values(), key=lambda s: s.number)))
            if was.links != then.links:
                if current.links != then.links:
                    raise changed_since
                result = replace(result, links=was.links)
            if entry.action == "show.review":
                result = replace(result, reviewed=False)
            if result == current:
                raise UserError("Audit entry #{entry} changed nothing that can be undone.", entry=entry.id)
            return result

        def facts(before: Show, after: Show) -> list[EventFacts]:
            return [
                EventFacts("decision", d.season, status=d.status, final=d.final, announced=d.announced,
                           retracted=True)
                for d in retracted
            ]  # fmt: skip

        async def reopen(conn: Conn, show: Show) -> None:
            item = await review.accepted_by_in(conn, entry.id)
            if item is not None:
                await review.reopen_in(conn, item)

        change = await self._edit_one(
            entry.show_slug, actor, f"undo #{entry.id}", edit, facts=facts, also=reopen
        )
        if change is None:
            raise UserError("That show was removed from the catalogue; there is nothing to undo.")
        return change

    async def _edit_one(
        self,
        slug: str,
        actor: Actor,
        action: str,
        edit: Callable[[Show], Show],
        *,
        facts: Callable[[Show, Show], list[EventFacts]],
        also: Callable[[Conn, Show], Awaitable[None]] | None = None,
        accepting: int | None = None,
    ) -> Change | None:
        async with self._writing() as conn:
            before = await store.by_slug_in(conn, slug)
            if before is None:
                return None
            after = edit(before)
            validate(after)
            await store.upsert_in(conn, after)
            raised = [await events.emit_in(conn, before.id, f, actor) for f in facts(before, after)]
            with i18n.speaking(i18n.ENGLISH):  # the audit log is kept in one language, whoever edits
                summary = describe(raised[0].facts) if raised else _summary(action, before, after)
            if raised and raised[0].facts.source is not None:
                summary += f" · {raised[0].facts.source.publisher}"
            if accepting is not None:
                summary += f" (review item #{accepting} accepted)"
            audit_id = await curation.audit_in(conn, actor, action, before, summary, before, after)
            await changes.log_in(conn, [before.id])
            if also is not None:
                await also(conn, before)
            if accepting is not None and not await review.decide_in(
                conn, accepting, "accepted", actor.user_id or 0, audit_id
            ):
                raise UserError(
                    "Review item #{item} was decided meanwhile; nothing was changed.", item=accepting
                )
        await self._committed(Committed((before.id,), tuple(e.id for e in raised)))
        return Change(before, replace(after, id=before.id), tuple(raised), audit_id)

    # ------------------------------------------------------------ many shows

    async def import_shows(
        self,
        shows: Sequence[Show],
        actor: Actor,
        *,
        quiet: bool = False,
        progress: Callable[[int], None] | None = None,
    ) -> ImportResult:
        """Insert or replace whole records by slug: see `import_batches`."""
        size = store.BULK_BATCH
        batches = (shows[i : i + size] for i in range(0, len(shows), size))
        result = await self.import_batches(batches, actor, quiet=quiet, progress=progress)
        assert result is not None  # keep() was always true
        return result

    async def import_batches(
        self,
        batches: Iterable[Sequence[Show]],
        actor: Actor,
        *,
        quiet: bool = False,
        progress: Callable[[int], None] | None = None,
        keep: Callable[[], bool] = lambda: True,
        large: bool = False,
    ) -> ImportResult | None:
        """Insert or replace whole records by slug, all in one transaction with their audit entry,
        change log and events: for what fans would want to hear now (a premiere still ahead, a
        decision announced in the last 30 days), never for old history; nothing with `quiet`.

        The batches may come from a validator still reading a file; `keep()` is asked at the end,
        and False rolls everything back (then None is returned). Runs on a connection of its own in
        a worker thread: one thread hop per row would cost more than the writing. In-process
        writers wait on the write lock meanwhile."""
        today = self.today()
        raised: list[int] = []

        def on_update(conn: BulkConnection, before: Show, after: Show) -> None:
            if quiet:
                return
            for facts in news(before, after, today, recent_days=RECENT_DECISION_DAYS):
                raised.append(events.emit_blocking(conn, after.id, facts, actor))

        def on_finish(conn: BulkConnection, report: UpsertReport) -> None:
            curation.audit_blocking(conn, _import_audit(actor, report, len(raised), quiet))
            if report.added:  # their future premieres get premiere-day rows
                events.schedule_future_blocking(conn, today)
            if _bulk(report):
                changes.log_everything_blocking(conn)
            elif report.changed_ids:
                changes.log_blocking(conn, report.changed_ids)

        if isinstance(self.db, PostgresDatabase):
            report = await self._import_in_transaction(batches, actor, quiet, progress, keep, raised)
        else:
            async with self.db.exclusive():
                report = await asyncio.to_thread(
                    store.bulk_upsert_blocking,
                    self.db.path,
                    batches,
                    progress,
                    keep,
                    large=large,
                    on_update=on_update,
                    on_finish=on_finish,
                )
        if report is None:
            return None
        if report.changed_ids:
            everything = _bulk(report)
            await self._committed(
                Committed(() if everything else report.changed_ids, tuple(raised), everything=everything)
            )
        return ImportResult(report, len(raised))

    async def _import_in_transaction(
        self,
        batches: Iterable[Sequence[Show]],
        actor: Actor,
        quiet: bool,
        progress: Callable[[int], None] | None,
        keep: Callable[[], bool],
        raised: list[int],
    ) -> UpsertReport | None:
        """The PostgreSQL store's import: one transaction on the pool, with the same audit entry,
        events and change log as the SQLite path's callbacks write."""
        today = self.today()

        async def on_update(conn: Conn, before: Show, after: Show) -> None:
            for facts in news(before, after, today, recent_days=RECENT_DECISION_DAYS):
                raised.append((await events.emit_in(conn, after.id, facts, actor)).id)

        try:
            async with self._writing() as conn:
                report = await store.bulk_upsert_in(conn, batches, progress, None if quiet else on_update)
                if not keep():
                    raise _RolledBack
                await curation.audit_row_in(conn, _import_audit(actor, report, len(raised), quiet))
                if report.added:  # their future premieres get premiere-day rows
                    await events.schedule_future_in(conn, today)
                if _bulk(report):
                    await changes.log_everything_in(conn)
                elif report.changed_ids:
                    await changes.log_in(conn, report.changed_ids)
        except _RolledBack:
            raised.clear()
            return None
        return report


class _RolledBack(Exception):
    """keep() said no at the end of an import on PostgreSQL: the transaction rolls back."""


def _import_audit(actor: Actor, report: UpsertReport, events_raised: int, quiet: bool) -> tuple[object, ...]:
    """The import's audit entry: what it did, and the first slugs it touched."""
    touched = [*report.added, *report.updated]
    summary = (
        f"import: {len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} unchanged"
        + (f", {events_raised} alert events" if events_raised else "")
        + (" (quiet)" if quiet else "")
    )
    return curation.audit_params(
        actor, "import", None, summary, after_text=_json_list(touched[:AUDITED_SLUGS])
    )


def validate(show: Show) -> None:
    """The whole record after an edit passes the same checks as a row of an import (dates within
    1900-2100, no control characters, lengths, a decision's season …), whoever made the edit: a
    command, a form, later TVmaze or the news radar. Imports are validated row by row before they
    reach the editor, in one pass with the file's parsing."""
    if not show.reviewed:
        # A show taken from TVmaze may lack a platform or country (TVmaze leaves a streaming
        # service's country empty); every other rule holds. "ZZ" is ISO 3166's code for "unknown".
        show = replace(show, platform=show.platform or "unknown", country=show.country or "ZZ")
    _, error = parse_row(show_to_row(show), 1)
    if error is not None:
        raise UserError("{field} {problem}.", field=error.field, problem=error.message)


def _summary(action: str, before: Show, after: Show) -> str:
    if action == "tvmaze.refresh":
        changed = [s.number for s in after.seasons if s not in before.seasons]
        return "TVmaze: seasons " + ", ".join(map(str, changed)) if changed else "TVmaze: no change"
    if action == "link":
        ids = after.links
        return "linked: " + ", ".join(
            f"{name} {value}" for name, value in (("TVmaze", ids.tvmaze), ("IMDb", ids.imdb),
                                                  ("TheTVDB", ids.thetvdb)) if value is not None
        )  # fmt: skip
    if action == "show.review":
        return f"reviewed {after.title}: now the catalogue's own"
    if action.startswith("undo #"):
        return f"{action}: {after.title} as it was before"
    if action == "season.set":
        changed = [s.number for s in after.seasons if s not in before.seasons]
        return f"season {changed[0]} updated" if changed else "no change"
    return action


def _from_snapshot(text: str) -> Show:
    """A show as an audit entry recorded it (a catalogue row, as exports write them)."""
    show, error = parse_row(json.loads(text), 1)
    if show is None:
        raise UserError(
            "That audit entry's record cannot be read back ({why}).", why=error.message if error else "?"
        )
    return show


def _decision_key(d: Decision) -> tuple[object, ...]:
    return (d.season, d.status, d.final, d.announced, d.source, d.note)


def _milestone_key(m: Milestone) -> tuple[object, ...]:
    return (m.season, m.kind, m.date, m.source)


def _bulk(report: UpsertReport) -> bool:
    """Whether the change log holds one "reload everything" row for this import, not one per show."""
    return len(report.changed_ids) > BULK_CHANGE_ROWS


def _json_list(items: Sequence[str]) -> str:
    return json.dumps(list(items), ensure_ascii=False)
