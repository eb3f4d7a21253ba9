"""The review queue (migrations 10 and 11): proposals for a curator. Proposing the same item twice
keeps one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from bot.domain.dates import utcnow
from bot.store.database import Database

Kind = Literal["link", "conflict", "unreviewed", "decision"]
# The order /admin review shows them in: what fans hear about first, then what keeps data right.
KIND_ORDER: tuple[Kind, ...] = ("decision", "conflict", "link", "unreviewed")


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
    asks: int = 0  # unreviewed: how many times fans asked about the show


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


_ORDER = "CASE r.kind " + " ".join(f"WHEN '{k}' THEN {n}" for n, k in enumerate(KIND_ORDER)) + " END"
_PENDING = (
    "SELECT r.id, r.kind, r.show_id, s.title, r.summary, r.created_at, r.asks FROM review_items r"  # noqa: S608 (constants)
    f" JOIN shows s ON s.id = r.show_id WHERE r.state = 'pending' ORDER BY {_ORDER}, r.asks DESC, r.id"
    " LIMIT ?"
)


async def pending(db: Database, limit: int = 500) -> list[ReviewItem]:
    """By kind (KIND_ORDER); the most asked first among unreviewed shows; else oldest first."""
    rows = await db.fetchall(_PENDING, (limit,))
    return [ReviewItem(r[0], r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5]), r[6]) for r in rows]


async def asked(db: Database, show_id: int, summary: str) -> None:
    """A fan asked about an unreviewed show: its item (made on the first ask) counts one more. An
    item a curator already decided stays decided."""
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO review_items (key, kind, show_id, summary, created_at, asks)"
            " VALUES (?, 'unreviewed', ?, ?, ?, 1)"
            " ON CONFLICT (key) DO UPDATE SET asks = asks + 1 WHERE state = 'pending'",
            (f"unreviewed:{show_id}", show_id, summary, utcnow().isoformat()),
        )


async def count_pending(db: Database) -> int:
    row = await db.fetchone("SELECT COUNT(*) FROM review_items WHERE state = 'pending'")
    assert row is not None
    return int(row[0])
