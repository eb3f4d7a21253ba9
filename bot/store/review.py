"""The review queue (migrations 10 and 11): proposals for a curator. Proposing the same item twice
keeps one."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from bot.domain.dates import utcnow
from bot.store.database import Conn, Store

Kind = Literal["link", "conflict", "unreviewed", "decision", "premiere", "milestone"]
# The order /admin review shows them in: what fans hear about first, then what keeps data right.
KIND_ORDER: tuple[Kind, ...] = ("decision", "premiere", "milestone", "conflict", "link", "unreviewed")


State = Literal["pending", "settled", "accepted", "rejected"]
# The kinds a TVmaze run works out afresh each time: one it does not propose again is settled.
RECOMPUTED: tuple[Kind, ...] = ("link", "conflict")


@dataclass(frozen=True, slots=True)
class Proposal:
    key: str  # what the item is about, so a later run does not propose it again
    kind: Kind
    show_id: int
    summary: str
    data: Mapping[str, Any] | None = None  # what accepting it would do (see bot.reviewing)


@dataclass(frozen=True, slots=True)
class ReviewItem:
    id: int
    kind: Kind
    show_id: int
    show_title: str
    summary: str
    created_at: datetime
    asks: int = 0  # unreviewed: how many times fans asked about the show
    data: Mapping[str, Any] = field(default_factory=dict)
    state: State = "pending"
    decided_by: int | None = None
    audit_id: int | None = None  # the audit entry of what accepting it changed (to undo it)


async def propose(db: Store, proposals: Sequence[Proposal]) -> list[int]:
    """Add what is new; return the new items' ids."""
    if not proposals:
        return []
    async with db.transaction() as conn:
        return await propose_in(conn, proposals)


async def propose_in(conn: Conn, proposals: Sequence[Proposal]) -> list[int]:
    """Inside a transaction: add what is new (the new items' ids are returned). A pending item
    proposed again with `sources` in its data (news reports) gains the sources it lacked: several
    outlets reporting one event make one item listing them all (and a season the radar counted is
    confirmed by a report that states it)."""
    now = utcnow().isoformat()
    added: list[int] = []
    for p in proposals:
        cursor = await conn.execute(
            "INSERT INTO review_items (key, kind, show_id, summary, created_at, data)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id",
            (p.key, p.kind, p.show_id, p.summary, now, _json(p.data)),
        )
        row = await cursor.fetchone()
        await cursor.close()
        if row is not None:
            added.append(int(row[0]))
        elif p.data and p.data.get("sources"):
            await _add_sources(conn, p)
    return added


async def _add_sources(conn: Conn, p: Proposal) -> None:
    cursor = await conn.execute(
        "SELECT id, data FROM review_items WHERE key = ? AND state = 'pending'", (p.key,)
    )
    row = await cursor.fetchone()
    await cursor.close()
    if row is None:
        return
    data = json.loads(row[1]) if row[1] else {}
    sources = list(data.get("sources") or [])
    known = {s.get("url") for s in sources if isinstance(s, dict)}
    fresh = (
        [s for s in p.data.get("sources", []) if isinstance(s, dict) and s.get("url") not in known]
        if p.data
        else []
    )
    if not fresh:
        return
    data["sources"] = sources + fresh
    if data.get("counted") and p.data and not p.data.get("counted"):
        del data["counted"]  # (a report that states the season: the radar's count needs no confirming)
    await conn.execute("UPDATE review_items SET data = ? WHERE id = ?", (_json(data), row[0]))


def _json(data: Mapping[str, Any] | None) -> str | None:
    return json.dumps(dict(data), ensure_ascii=False, sort_keys=True) if data else None


async def settle(db: Store, show_ids: Iterable[int], still: Iterable[str]) -> int:
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
                "SELECT id, key FROM review_items WHERE state = 'pending' AND kind IN ('link', 'conflict')"  # noqa: S608
                f" AND show_id IN ({marks})",
                part,
            )
            done = [(row[0],) for row in await cursor.fetchall() if row[1] not in keys]
            await conn.executemany("UPDATE review_items SET state = 'settled' WHERE id = ?", done)
            settled += len(done)
    return settled


_ORDER = "CASE r.kind " + " ".join(f"WHEN '{k}' THEN {n}" for n, k in enumerate(KIND_ORDER)) + " END"
_COLUMNS = (
    "SELECT r.id, r.kind, r.show_id, s.title, r.summary, r.created_at, r.asks, r.data, r.state,"
    " r.decided_by, r.audit_id FROM review_items r JOIN shows s ON s.id = r.show_id"
)
_PENDING = f"{_COLUMNS} WHERE r.state = 'pending' ORDER BY {_ORDER}, r.asks DESC, r.id LIMIT ?"


async def pending(db: Store, limit: int = 500) -> list[ReviewItem]:
    """By kind (KIND_ORDER); the most asked first among unreviewed shows; else oldest first."""
    return [_item(r) for r in await db.fetchall(_PENDING, (limit,))]


def _item(r: Sequence[Any]) -> ReviewItem:
    data = json.loads(r[7]) if r[7] else {}
    return ReviewItem(r[0], r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5]), r[6],
                      data if isinstance(data, dict) else {}, r[8], r[9], r[10])  # fmt: skip


async def get(db: Store, item_id: int) -> ReviewItem | None:
    row = await db.fetchone(f"{_COLUMNS} WHERE r.id = ?", (item_id,))
    return _item(row) if row is not None else None


async def by_key(db: Store, key: str) -> ReviewItem | None:
    row = await db.fetchone(f"{_COLUMNS} WHERE r.key = ?", (key,))
    return _item(row) if row is not None else None


async def decide_in(conn: Conn, item_id: int, state: State, by: int, audit_id: int | None = None) -> bool:
    """Inside the transaction of what the choice changed: mark a pending item decided. False if it
    was no longer pending (another curator was quicker)."""
    cursor = await conn.execute(
        "UPDATE review_items SET state = ?, decided_by = ?, decided_at = ?, audit_id = ?"
        " WHERE id = ? AND state = 'pending'",
        (state, by, utcnow().isoformat(), audit_id, item_id),
    )
    return cursor.rowcount == 1


async def accepted_by_in(conn: Conn, audit_id: int) -> int | None:
    """The accepted item whose acceptance made this audit entry, if one did."""
    cursor = await conn.execute(
        "SELECT id FROM review_items WHERE audit_id = ? AND state = 'accepted'", (audit_id,)
    )
    row = await cursor.fetchone()
    await cursor.close()
    return int(row[0]) if row is not None else None


async def reopen_in(conn: Conn, item_id: int) -> None:
    """An accepted item undone: it waits for a curator again."""
    await conn.execute(
        "UPDATE review_items SET state = 'pending', decided_by = NULL, decided_at = NULL, audit_id = NULL"
        " WHERE id = ?",
        (item_id,),
    )


async def asked(db: Store, show_id: int, summary: str) -> int | None:
    """A fan asked about an unreviewed show: its item (made on the first ask) counts one more. An
    item a curator already decided stays decided. Returns the item's id when this ask made it."""
    key = f"unreviewed:{show_id}"
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE review_items SET asks = asks + 1 WHERE key = ? AND state = 'pending'", (key,)
        )
        if cursor.rowcount:
            return None
        cursor = await conn.execute(
            "INSERT INTO review_items (key, kind, show_id, summary, created_at, asks)"
            " VALUES (?, 'unreviewed', ?, ?, ?, 1) ON CONFLICT (key) DO NOTHING RETURNING id",
            (key, show_id, summary, utcnow().isoformat()),
        )
        row = await cursor.fetchone()
        await cursor.close()
        return int(row[0]) if row is not None else None


async def count_pending(db: Store) -> int:
    row = await db.fetchone("SELECT COUNT(*) FROM review_items WHERE state = 'pending'")
    assert row is not None
    return int(row[0])
