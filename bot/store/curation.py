"""Curators and the audit log. Catalogue edits themselves go through `bot.edits.Editor`, the one
write path, which writes their audit rows here inside its own transactions."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.domain.catalogue_file import show_to_row
from bot.domain.dates import utcnow
from bot.domain.events import Actor
from bot.domain.models import Show
from bot.store.database import Conn, Row, Store


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor_id: int | None
    actor: str  # "user", "command line", "TVmaze" …
    action: str
    show_slug: str | None
    summary: str
    before: str | None
    after: str | None


# ---------------------------------------------------------------- curators


async def is_curator(db: Store, user_id: int) -> bool:
    return await db.fetchone("SELECT 1 FROM curators WHERE user_id = ?", (user_id,)) is not None


async def add_curator(db: Store, user_id: int, added_by: int) -> bool:
    """True if added, False if already a curator."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "INSERT INTO curators (user_id, added_by, added_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO NOTHING",
            (user_id, added_by, utcnow().isoformat()),
        )
        added = cursor.rowcount == 1
        if added:
            await audit_in(conn, Actor.user(added_by), "curator.add", None, f"added curator {user_id}")
    return added


async def remove_curator(db: Store, user_id: int, removed_by: int) -> bool:
    async with db.transaction() as conn:
        cursor = await conn.execute("DELETE FROM curators WHERE user_id = ?", (user_id,))
        removed = cursor.rowcount == 1
        if removed:
            await audit_in(conn, Actor.user(removed_by), "curator.remove", None, f"removed curator {user_id}")
    return removed


@dataclass(frozen=True, slots=True)
class Curator:
    user_id: int
    added_by: int
    added_at: datetime


async def list_curators(db: Store) -> list[Curator]:
    rows = await db.fetchall("SELECT user_id, added_by, added_at FROM curators ORDER BY added_at")
    return [Curator(r["user_id"], r["added_by"], datetime.fromisoformat(r["added_at"])) for r in rows]


# ---------------------------------------------------------------- audit

INSERT_AUDIT = (
    "INSERT INTO audit_log (at, actor_id, actor, action, show_id, show_slug, summary, before, after)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def audit_params(
    actor: Actor,
    action: str,
    show: Show | None,
    summary: str,
    before: Show | None = None,
    after: Show | None = None,
    *,
    after_text: str | None = None,
) -> tuple[Any, ...]:
    """Parameters for INSERT_AUDIT (also for the bulk path's plain connection)."""
    return (
        utcnow().isoformat(),
        actor.user_id,
        actor.label,
        action,
        show.id if show and show.id else None,
        show.slug if show else None,
        summary,
        _snapshot(before),
        after_text if after_text is not None else _snapshot(after),
    )


async def audit_in(
    conn: Conn,
    actor: Actor,
    action: str,
    show: Show | None,
    summary: str,
    before: Show | None = None,
    after: Show | None = None,
) -> int:
    """Inside the transaction of the change it records. Returns the entry's id."""
    cursor = await conn.execute(
        INSERT_AUDIT + " RETURNING id", audit_params(actor, action, show, summary, before, after)
    )
    row = await cursor.fetchone()
    await cursor.close()
    assert row is not None
    return int(row[0])


async def audit_row_in(conn: Conn, params: tuple[Any, ...]) -> None:
    """An entry made with `audit_params`, inside the transaction of what it records."""
    await conn.execute(INSERT_AUDIT, params)


def audit_blocking(conn: sqlite3.Connection, params: tuple[Any, ...]) -> None:
    conn.execute(INSERT_AUDIT, params)


def _snapshot(show: Show | None) -> str | None:
    return None if show is None else json.dumps(show_to_row(show), ensure_ascii=False, sort_keys=True)


async def audit_entry(db: Store, entry_id: int) -> AuditEntry | None:
    row = await db.fetchone("SELECT * FROM audit_log WHERE id = ?", (entry_id,))
    return _entry(row) if row is not None else None


async def audit_entries(db: Store, show_slug: str | None = None, limit: int = 200) -> list[AuditEntry]:
    """Newest first."""
    if show_slug is None:
        rows = await db.fetchall("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))
    else:
        rows = await db.fetchall(
            "SELECT * FROM audit_log WHERE show_slug = ? ORDER BY id DESC LIMIT ?", (show_slug, limit)
        )
    return [_entry(r) for r in rows]


def _entry(r: Row) -> AuditEntry:
    return AuditEntry(
        r["id"],
        datetime.fromisoformat(r["at"]),
        r["actor_id"],
        r["actor"] or ("user" if r["actor_id"] is not None else "command line"),
        r["action"],
        r["show_slug"],
        r["summary"],
        r["before"],
        r["after"],
    )
