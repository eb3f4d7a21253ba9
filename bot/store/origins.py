"""Which season values TVmaze wrote (see bot.domain.refresh and migration 9)."""

from __future__ import annotations

from collections.abc import Mapping

from bot.store.database import Conn, Store


async def owned(db: Store, show_id: int) -> dict[tuple[int, str], str]:
    rows = await db.fetchall("SELECT season, field, value FROM tvmaze_values WHERE show_id = ?", (show_id,))
    return {(int(r[0]), str(r[1])): str(r[2]) for r in rows}


async def remember_in(conn: Conn, show_id: int, values: Mapping[tuple[int, str], str]) -> None:
    """Inside the write that applies them."""
    await conn.executemany(
        "INSERT INTO tvmaze_values (show_id, season, field, value) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (show_id, season, field) DO UPDATE SET value = excluded.value",
        [(show_id, season, field, value) for (season, field), value in values.items()],
    )
