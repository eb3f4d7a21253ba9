"""The review queue (migration 10): proposals for a curator. Proposing the same item twice keeps one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from bot.domain.dates import utcnow
from bot.store.database import Database

Kind = Literal["link", "conflict"]


@dataclass(frozen=True, slots=True)
class Proposal:
    key: str  # what the item is about, so a later run does not propose it again
    kind: Kind
    show_id: int
    summary: str


@dataclass(frozen=True, slots=True)
class ReviewItem:
    id: int
    kind: Kind
    show_id: int
    show_title: str
    summary: str
    created_at: datetime


async def propose(db: Database, proposals: Sequence[Proposal]) -> int:
    """Add what is new; return how many were."""
    if not proposals:
        return 0
    now = utcnow().isoformat()
    async with db.transaction() as conn:
        cursor = await conn.executemany(
            "INSERT INTO review_items (key, kind, show_id, summary, created_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (key) DO NOTHING",
            [(p.key, p.kind, p.show_id, p.summary, now) for p in proposals],
        )
        return max(cursor.rowcount, 0)  # rows inserted, summed over the batch


async def settle(db: Database, show_ids: Iterable[int], still: Iterable[str]) -> int:
    """A run looked again at these shows: their pending items not proposed again (`still` holds the
    keys it did propose) have nothing left to decide. Returns how many were settled."""
    ids, keys = list(dict.fromkeys(show_ids)), set(still)
    if not ids:
        return 0
    settled = 0
    async with db.transaction() as conn:
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            marks = ",".join("?" * len(part))
            cursor = await conn.execute(
                f"SELECT id, key FROM review_items WHERE state = 'pending' AND show_id IN ({marks})",  # noqa: S608
                part,
            )
            done = [(row[0],) for row in await cursor.fetchall() if row[1] not in keys]
            await conn.executemany("UPDATE review_items SET state = 'settled' WHERE id = ?", done)
            settled += len(done)
    return settled


async def pending(db: Database, limit: int = 500) -> list[ReviewItem]:
    """Oldest first: what has waited longest."""
    rows = await db.fetchall(
        "SELECT r.id, r.kind, r.show_id, s.title, r.summary, r.created_at FROM review_items r"
        " JOIN shows s ON s.id = r.show_id WHERE r.state = 'pending' ORDER BY r.id LIMIT ?",
        (limit,),
    )
    return [ReviewItem(r[0], r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5])) for r in rows]


async def count_pending(db: Database) -> int:
    row = await db.fetchone("SELECT COUNT(*) FROM review_items WHERE state = 'pending'")
    assert row is not None
    return int(row[0])
