"""Curators, the audit log, and catalogue edits that must be recorded whole: state, history, audit, event."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal

import aiosqlite

from bot.domain.catalogue_file import show_to_row
from bot.domain.dates import FuzzyDate, utcnow
from bot.domain.models import Decision, Season, Show
from bot.store import alerts, catalogue
from bot.store.database import Database

EventKind = Literal["decision", "premiere_set", "premiere_moved", "premiere_day"]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor_id: int | None
    action: str
    show_slug: str | None
    summary: str
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    show_id: int
    kind: EventKind
    season: int
    summary: str
    source_url: str | None
    created_by: int | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Change:
    """What an edit did: the record before and after, and the event it raised (if any)."""

    before: Show | None
    after: Show
    event: Event | None


# ---------------------------------------------------------------- curators


async def is_curator(db: Database, user_id: int) -> bool:
    return await db.fetchone("SELECT 1 FROM curators WHERE user_id = ?", (user_id,)) is not None


async def add_curator(db: Database, user_id: int, added_by: int) -> bool:
    """True if added, False if already a curator."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "INSERT INTO curators (user_id, added_by, added_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO NOTHING",
            (user_id, added_by, utcnow().isoformat()),
        )
        added = cursor.rowcount == 1
        if added:
            await _audit(conn, added_by, "curator.add", None, f"added curator {user_id}")
    return added


async def remove_curator(db: Database, user_id: int, removed_by: int) -> bool:
    async with db.transaction() as conn:
        cursor = await conn.execute("DELETE FROM curators WHERE user_id = ?", (user_id,))
        removed = cursor.rowcount == 1
        if removed:
            await _audit(conn, removed_by, "curator.remove", None, f"removed curator {user_id}")
    return removed


async def list_curators(db: Database) -> list[tuple[int, int, datetime]]:
    rows = await db.fetchall("SELECT user_id, added_by, added_at FROM curators ORDER BY added_at")
    return [(r[0], r[1], datetime.fromisoformat(r[2])) for r in rows]


# ---------------------------------------------------------------- audit


async def _audit(
    conn: aiosqlite.Connection,
    actor: int | None,
    action: str,
    show: Show | None,
    summary: str,
    before: Show | None = None,
    after: Show | None = None,
) -> None:
    await conn.execute(
        "INSERT INTO audit_log (at, actor_id, action, show_id, show_slug, summary, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            utcnow().isoformat(),
            actor,
            action,
            show.id if show and show.id else None,
            show.slug if show else None,
            summary,
            _snapshot(before),
            _snapshot(after),
        ),
    )


def _snapshot(show: Show | None) -> str | None:
    return None if show is None else json.dumps(show_to_row(show), ensure_ascii=False, sort_keys=True)


async def audit_entries(db: Database, show_slug: str | None = None, limit: int = 200) -> list[AuditEntry]:
    """Newest first."""
    if show_slug is None:
        rows = await db.fetchall("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))
    else:
        rows = await db.fetchall(
            "SELECT * FROM audit_log WHERE show_slug = ? ORDER BY id DESC LIMIT ?", (show_slug, limit)
        )
    return [
        AuditEntry(
            r["id"],
            datetime.fromisoformat(r["at"]),
            r["actor_id"],
            r["action"],
            r["show_slug"],
            r["summary"],
            r["before"],
            r["after"],
        )
        for r in rows
    ]


# ---------------------------------------------------------------- events


async def _event(
    conn: aiosqlite.Connection,
    show_id: int,
    kind: EventKind,
    season: int,
    summary: str,
    source_url: str | None,
    actor: int | None,
) -> Event:
    now = utcnow()
    cursor = await conn.execute(
        "INSERT INTO events (show_id, kind, season, summary, source_url, created_by, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (show_id, kind, season, summary, source_url, actor, now.isoformat()),
    )
    assert cursor.lastrowid is not None
    # The deliveries are written with the event: if the event commits, so does every alert it owes.
    await alerts.fan_out_in(conn, cursor.lastrowid, show_id)
    if kind in ("premiere_set", "premiere_moved"):
        await conn.execute(
            "INSERT INTO schedule (show_id, season, due_at) SELECT show_id, number, premiere FROM seasons"
            " WHERE show_id = ? AND number = ? AND premiere_precision = 'day' ON CONFLICT DO NOTHING",
            (show_id, season),
        )
    return Event(cursor.lastrowid, show_id, kind, season, summary, source_url, actor, now)


async def events_for(db: Database, show_id: int) -> list[Event]:
    rows = await db.fetchall("SELECT * FROM events WHERE show_id = ? ORDER BY id", (show_id,))
    return [
        Event(
            r["id"],
            r["show_id"],
            r["kind"],
            r["season"],
            r["summary"],
            r["source_url"],
            r["created_by"],
            datetime.fromisoformat(r["created_at"]),
        )
        for r in rows
    ]


# ---------------------------------------------------------------- edits


async def _load(conn: aiosqlite.Connection, slug: str) -> Show | None:
    cursor = await conn.execute("SELECT id FROM shows WHERE slug = ?", (slug,))
    row = await cursor.fetchone()
    if row is None:
        return None
    # Read through the writer inside the transaction so what we change is what we saw.
    return (await catalogue.assemble_in(conn, [int(row[0])]))[0]


async def record_decision(
    db: Database, slug: str, decision: Decision, actor: int | None, *, checked: date
) -> Change | None:
    """A renewal, cancellation or ending: the new state, its history row, the audit entry and the
    alert event, in one transaction. None if the show does not exist."""
    async with db.transaction() as conn:
        before = await _load(conn, slug)
        if before is None:
            return None
        stamped = replace(decision, recorded_by=actor, recorded_at=utcnow())
        after = replace(before, decisions=(*before.decisions, stamped), last_checked=checked)
        await catalogue.upsert_in(conn, after)
        final = " (final season)" if decision.final else ""
        summary = f"season {decision.season} {decision.status}{final} · {decision.source.publisher}"
        event = await _event(
            conn, before.id, "decision", decision.season, summary, decision.source.url, actor
        )
        await _audit(conn, actor, "decision", before, summary, before, after)
    return Change(before, replace(after, id=before.id), event)


async def set_season(
    db: Database,
    slug: str,
    number: int,
    actor: int | None,
    *,
    premiere: FuzzyDate | None = None,
    episodes: int | None = None,
) -> Change | None:
    """Set a season's premiere and/or episode count. A new or moved premiere raises an event."""
    async with db.transaction() as conn:
        before = await _load(conn, slug)
        if before is None:
            return None
        old = before.season(number) or Season(number)
        new = replace(
            old,
            premiere=premiere if premiere is not None else old.premiere,
            episodes=episodes if episodes is not None else old.episodes,
        )
        seasons = tuple(
            sorted([*(s for s in before.seasons if s.number != number), new], key=lambda s: s.number)
        )
        after = replace(before, seasons=seasons)
        await catalogue.upsert_in(conn, after)
        event = None
        if premiere is not None and premiere != old.premiere:
            kind: EventKind = "premiere_set" if old.premiere is None else "premiere_moved"
            moved = f" (was {old.premiere.human()})" if old.premiere else ""
            summary = f"season {number} premieres {premiere.human()}{moved}"
            event = await _event(conn, before.id, kind, number, summary, None, actor)
        else:
            summary = f"season {number} updated"
        await _audit(conn, actor, "season.set", before, summary, before, after)
    return Change(before, replace(after, id=before.id), event)


async def save_show(db: Database, show: Show, actor: int | None, *, action: str) -> Change:
    """Add or edit a show's own fields (from the modals); seasons, decisions and cast are kept."""
    async with db.transaction() as conn:
        before = await _load(conn, show.slug)
        if before is not None:
            show = replace(show, seasons=before.seasons, decisions=before.decisions, cast=before.cast)
        await catalogue.upsert_in(conn, show)
        after = await _load(conn, show.slug)
        assert after is not None
        verb = "added" if before is None else "edited"
        await _audit(conn, actor, action, after, f"{verb} {show.title}", before, after)
    return Change(before, after, None)


async def audit_import(db: Database, actor: int | None, report: catalogue.UpsertReport) -> None:
    """One entry per import: counts and the slugs touched (a snapshot per show would dwarf the log)."""
    touched = [*report.added, *report.updated]
    summary = (
        f"import: {len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} unchanged"
    )
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO audit_log (at, actor_id, action, show_id, show_slug, summary, before, after)"
            " VALUES (?, ?, 'import', NULL, NULL, ?, NULL, ?)",
            (utcnow().isoformat(), actor, summary, json.dumps(touched[:1000])),
        )
