"""Alert events: written with the change that causes them, together with every delivery they owe."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from bot import i18n
from bot.domain.dates import utcnow
from bot.domain.events import Actor, Event, EventFacts, EventKind, describe
from bot.domain.models import Source
from bot.store.database import Conn, Row, Store

INSERT_EVENT = (
    "INSERT INTO events (show_id, kind, season, summary, source_url, source_publisher, data,"
    " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"
)
# One delivery per subscriber and per routed channel, in the event's own transaction: if the event
# commits, so does every alert it owes.
# Which kind of news each event is, as subscribers choose what they hear (/alerts settings).
ALERT_KIND: dict[str, str] = {
    "decision": "decisions",
    "milestone": "production",
    "premiere_set": "premiere_dates",
    "premiere_moved": "premiere_dates",
    "premiere_day": "premiere_day",
}
# A target without settings hears everything; one with settings, the kinds it kept (the last
# parameter: the event's ALERT_KIND; a kind's "_" is LIKE's any-one-character, which no other kind
# name can fill).
FAN_OUT_DMS = (
    "INSERT INTO deliveries (event_id, kind, target_id, role_id, not_before, language, digest)"
    " SELECT ?, 'dm', user_id, NULL, ?, language, COALESCE((SELECT CASE a.mode WHEN 'instant' THEN 0"
    " ELSE 1 END FROM alert_settings a WHERE a.target_kind = 'dm' AND a.target_id = s.user_id), 0)"
    " FROM subscriptions s"
    " WHERE show_id = ? AND disabled_reason IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM alert_settings a WHERE a.target_kind = 'dm' AND a.target_id = s.user_id"
    " AND ',' || a.kinds || ',' NOT LIKE '%,' || ? || ',%')"
    " ON CONFLICT DO NOTHING"
)
FAN_OUT_CHANNELS = (
    "INSERT INTO deliveries (event_id, kind, target_id, role_id, not_before, digest)"
    " SELECT ?, 'channel', channel_id, role_id, ?, COALESCE((SELECT CASE a.mode WHEN 'instant' THEN 0"
    " ELSE 1 END FROM alert_settings a WHERE a.target_kind = 'channel' AND a.target_id = r.channel_id), 0)"
    " FROM channel_routes r"
    " WHERE show_id = ? AND disabled_reason IS NULL"
    " AND NOT EXISTS (SELECT 1 FROM alert_settings a WHERE a.target_kind = 'channel'"
    " AND a.target_id = r.channel_id AND ',' || a.kinds || ',' NOT LIKE '%,' || ? || ',%')"
    " ON CONFLICT DO NOTHING"
)
# A premiere known to the day gets its premiere-day row, once per date.
SCHEDULE_PREMIERE = (
    "INSERT INTO schedule (show_id, season, due_at) SELECT show_id, number, premiere FROM seasons"
    " WHERE show_id = ? AND number = ? AND premiere_precision = 'day' ON CONFLICT DO NOTHING"
)


def _params(show_id: int, facts: EventFacts, actor: Actor, now: str) -> tuple[object, ...]:
    source = facts.source
    with i18n.speaking(i18n.ENGLISH):  # the stored summary (logs, status): one language
        summary = describe(facts)
    return (
        show_id,
        facts.kind,
        facts.season,
        summary,
        source.url if source else None,
        source.publisher if source else None,
        facts.to_json(),
        actor.user_id if actor.user_id is not None else None,
        now,
    )


async def emit_in(conn: Conn, show_id: int, facts: EventFacts, actor: Actor) -> Event:
    """Inside the change's transaction: the event, its deliveries, and a premiere's schedule row."""
    now = utcnow()
    cursor = await conn.execute(INSERT_EVENT, _params(show_id, facts, actor, now.isoformat()))
    row = await cursor.fetchone()
    await cursor.close()
    assert row is not None  # RETURNING id
    event_id = int(row[0])
    for sql in (FAN_OUT_DMS, FAN_OUT_CHANNELS):
        await conn.execute(sql, (event_id, now.isoformat(), show_id, ALERT_KIND[facts.kind]))
    if facts.kind in ("premiere_set", "premiere_moved"):
        await conn.execute(SCHEDULE_PREMIERE, (show_id, facts.season))
    return Event(event_id, show_id, facts, str(actor), now)


def emit_blocking(conn: sqlite3.Connection, show_id: int, facts: EventFacts, actor: Actor) -> int:
    """The same on the bulk path's plain connection (an import's events)."""
    now = utcnow().isoformat()
    row = conn.execute(INSERT_EVENT, _params(show_id, facts, actor, now)).fetchone()
    event_id = int(row[0])
    for sql in (FAN_OUT_DMS, FAN_OUT_CHANNELS):
        conn.execute(sql, (event_id, now, show_id, ALERT_KIND[facts.kind]))
    if facts.kind in ("premiere_set", "premiere_moved"):
        conn.execute(SCHEDULE_PREMIERE, (show_id, facts.season))
    return event_id


SCHEDULE_FUTURE = (
    "INSERT INTO schedule (show_id, season, due_at) SELECT show_id, number, premiere FROM seasons"
    " WHERE premiere_precision = 'day' AND premiere >= ? ON CONFLICT DO NOTHING"
)


async def schedule_future_in(conn: Conn, today: date) -> None:
    """As schedule_future_blocking, inside an open transaction (the PostgreSQL import's)."""
    await conn.execute(SCHEDULE_FUTURE, (today.isoformat(),))


def schedule_future_blocking(conn: sqlite3.Connection, today: date) -> None:
    """Premiere-day rows for every premiere known to the day, today or later (idempotent): an
    import's new shows raise no event (nobody follows them yet), but someone may by the day."""
    conn.execute(SCHEDULE_FUTURE, (today.isoformat(),))


def event_from_row(r: Row) -> Event:
    kind: EventKind = r["kind"]
    source = None
    if r["source_publisher"] is not None or r["source_url"] is not None:
        source = Source(r["source_publisher"] or "", r["source_url"])
    facts = EventFacts.from_row(kind, int(r["season"]), r["data"], source)
    return Event(
        id=int(r["id"]),
        show_id=int(r["show_id"]),
        facts=facts,
        actor=f"user {r['created_by']}" if r["created_by"] is not None else "",
        created_at=datetime.fromisoformat(r["created_at"]),
        legacy_summary=None if r["data"] is not None else r["summary"],
    )


async def by_id(db: Store, event_id: int) -> Event | None:
    row = await db.fetchone("SELECT * FROM events WHERE id = ?", (event_id,))
    return None if row is None else event_from_row(row)


async def of_show(db: Store, show_id: int) -> list[Event]:
    rows = await db.fetchall("SELECT * FROM events WHERE show_id = ? ORDER BY id", (show_id,))
    return [event_from_row(r) for r in rows]
