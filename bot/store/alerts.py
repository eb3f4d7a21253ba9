"""Subscriptions, channel routes, the delivery outbox and the premiere-day schedule."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from bot.domain.dates import FuzzyDate, day_start, utcnow
from bot.domain.errors import TooManySubscriptions
from bot.domain.events import Actor, EventFacts
from bot.store import events
from bot.store.database import INTEGRITY_ERRORS, Row, Store

SCHEDULER = Actor("premiere scheduler")

MAX_SUBSCRIPTIONS = 100  # also in migration 6's CHECK on subscription_counts


@dataclass(frozen=True, slots=True)
class Route:
    channel_id: int
    show_id: int
    guild_id: int
    role_id: int | None
    disabled_reason: str | None


@dataclass(frozen=True, slots=True)
class Delivery:
    id: int
    event_id: int
    kind: str  # "dm" or "channel"
    target_id: int
    role_id: int | None
    attempts: int
    language: str | None = None  # a DM's: the subscriber's, copied when the event fanned out


@dataclass(frozen=True, slots=True)
class Progress:
    total: int
    sent: int
    failed: int

    @property
    def pending(self) -> int:
        return self.total - self.sent - self.failed


# ---------------------------------------------------------------- subscriptions


async def subscribe(db: Store, user_id: int, show_id: int, language: str | None = None) -> bool:
    """True if newly subscribed (or re-enabled), False if already. Raises TooManySubscriptions.

    One statement, no count read first: migration 6's triggers add the row to the user's count of
    active subscriptions and its CHECK refuses the 101st, whether it is new or a paused one turned
    back on, and however many subscribe at once (the count row serialises them).

    `language`: the subscriber's locale (their DM alerts are worded in it); None for English."""
    try:
        async with db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT INTO subscriptions (user_id, show_id, created_at, language) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (user_id, show_id) DO UPDATE SET disabled_reason = NULL,"
                " language = excluded.language WHERE subscriptions.disabled_reason IS NOT NULL",
                (user_id, show_id, utcnow().isoformat(), language),
            )
            return cursor.rowcount == 1
    except INTEGRITY_ERRORS as exc:
        if "subscriptions_cap" in str(exc):
            raise TooManySubscriptions from None
        raise


async def unsubscribe(db: Store, user_id: int, show_id: int) -> bool:
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "DELETE FROM subscriptions WHERE user_id = ? AND show_id = ?", (user_id, show_id)
        )
        return cursor.rowcount == 1


async def is_subscribed(db: Store, user_id: int, show_id: int) -> bool:
    row = await db.fetchone(
        "SELECT 1 FROM subscriptions WHERE user_id = ? AND show_id = ? AND disabled_reason IS NULL",
        (user_id, show_id),
    )
    return row is not None


@dataclass(frozen=True, slots=True)
class Subscription:
    show_id: int
    since: datetime
    paused_because: str | None  # set when the outbox turned it off (DMs closed, over the cap)


async def subscriptions_of(db: Store, user_id: int) -> list[Subscription]:
    """One user's subscriptions, oldest first."""
    rows = await db.fetchall(
        "SELECT show_id, created_at, disabled_reason FROM subscriptions"
        " WHERE user_id = ? ORDER BY created_at",
        (user_id,),
    )
    return [Subscription(r[0], datetime.fromisoformat(r[1]), r[2]) for r in rows]


async def subscribe_many(db: Store, show_id: int, user_ids: list[int]) -> None:
    """Bulk subscriptions (benchmarks and soak tests)."""
    now = utcnow().isoformat()
    async with db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO subscriptions (user_id, show_id, created_at) VALUES (?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [(u, show_id, now) for u in user_ids],
        )


# ---------------------------------------------------------------- channel routes


async def set_route(
    db: Store,
    guild_id: int,
    channel_id: int,
    show_id: int,
    role_id: int | None,
    actor: int,
    *,
    thread: bool = False,
) -> None:
    """`thread`: open a discussion thread on each renewal or premiere post there."""
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO channel_routes (channel_id, show_id, guild_id, role_id, created_by, created_at,"
            " thread) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (channel_id, show_id) DO UPDATE SET"
            " role_id = excluded.role_id, thread = excluded.thread, disabled_reason = NULL",
            (channel_id, show_id, guild_id, role_id, actor, utcnow().isoformat(), int(thread)),
        )


async def route_threads(db: Store, channel_id: int, show_id: int) -> bool:
    """Whether a routed channel opens a thread on a show's renewal and premiere posts."""
    row = await db.fetchone(
        "SELECT thread FROM channel_routes WHERE channel_id = ? AND show_id = ?", (channel_id, show_id)
    )
    return bool(row and row[0])


async def remove_route(db: Store, guild_id: int, channel_id: int, show_id: int) -> bool:
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "DELETE FROM channel_routes WHERE guild_id = ? AND channel_id = ? AND show_id = ?",
            (guild_id, channel_id, show_id),
        )
        return cursor.rowcount == 1


async def routes_of_guild(db: Store, guild_id: int) -> list[Route]:
    rows = await db.fetchall(
        "SELECT channel_id, show_id, guild_id, role_id, disabled_reason FROM channel_routes"
        " WHERE guild_id = ? ORDER BY channel_id, show_id",
        (guild_id,),
    )
    return [Route(*r) for r in rows]


# ---------------------------------------------------------------- the outbox


async def claim(db: Store, limit: int, lease: timedelta) -> list[Delivery]:
    """Take up to `limit` due deliveries for this worker; a crash lets the lease lapse, not the row."""
    now = utcnow()
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "SELECT id, event_id, kind, target_id, role_id, attempts, language FROM deliveries"  # noqa: S608
            " WHERE state = 'pending' AND digest = 0 AND not_before <= ?"
            " AND (lease_until IS NULL OR lease_until <= ?)"
            " ORDER BY id LIMIT ?" + (" FOR UPDATE SKIP LOCKED" if db.dialect == "postgresql" else ""),
            # Several processes on PostgreSQL: rows another one is claiming are passed over, not
            # waited for and then taken again (SQLite's BEGIN IMMEDIATE already serialises claims).
            (now.isoformat(), now.isoformat(), limit),
        )
        # attempts counts this one too: the worker's backoff and give-up use it.
        rows = [Delivery(r[0], r[1], r[2], r[3], r[4], r[5] + 1, r[6]) for r in await cursor.fetchall()]
        if rows:
            until = (now + lease).isoformat()
            await conn.executemany(
                "UPDATE deliveries SET lease_until = ?, attempts = attempts + 1 WHERE id = ?",
                [(until, d.id) for d in rows],
            )
    return rows


async def next_due(db: Store) -> datetime | None:
    """When the earliest pending delivery may go (now, a retry's backoff, or a lapsing lease)."""
    row = await db.fetchone(
        "SELECT MIN(CASE WHEN lease_until > not_before THEN lease_until ELSE not_before END) FROM deliveries"
        " WHERE state = 'pending'"
    )
    return datetime.fromisoformat(row[0]) if row and row[0] else None


async def mark_sent(db: Store, delivery_ids: list[int]) -> None:
    """Exactly once: a row already sent or failed is not touched again."""
    if not delivery_ids:
        return
    now = utcnow().isoformat()
    async with db.transaction() as conn:
        await conn.executemany(
            "UPDATE deliveries SET state = 'sent', sent_at = ?, lease_until = NULL, last_error = NULL"
            " WHERE id = ? AND state = 'pending'",
            [(now, i) for i in delivery_ids],
        )


async def retry_later(db: Store, delivery_id: int, when: datetime, error: str) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE deliveries SET not_before = ?, lease_until = NULL, last_error = ?"
            " WHERE id = ? AND state = 'pending'",
            (when.isoformat(), error[:500], delivery_id),
        )


async def fail(db: Store, delivery: Delivery, error: str, *, disable_target: bool) -> None:
    """Give up on one delivery; optionally stop sending to that target at all (DMs closed, channel gone)."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE deliveries SET state = 'failed', lease_until = NULL, last_error = ?"
            " WHERE id = ? AND state = 'pending'",
            (error[:500], delivery.id),
        )
        if cursor.rowcount != 1:
            return  # already sent or failed: nothing to undo, nobody to disable
        if disable_target and delivery.kind == "dm":
            await conn.execute(
                "UPDATE subscriptions SET disabled_reason = ? WHERE user_id = ? AND disabled_reason IS NULL",
                (error[:200], delivery.target_id),
            )
        elif disable_target:
            await conn.execute(
                "UPDATE channel_routes SET disabled_reason = ?"
                " WHERE channel_id = ? AND disabled_reason IS NULL",
                (error[:200], delivery.target_id),
            )


async def progress(db: Store, event_id: int) -> Progress:
    row = await db.fetchone(
        "SELECT COUNT(*), COUNT(*) FILTER (WHERE state = 'sent'), COUNT(*) FILTER (WHERE state = 'failed')"
        " FROM deliveries WHERE event_id = ?",
        (event_id,),
    )
    assert row is not None
    return Progress(int(row[0]), int(row[1] or 0), int(row[2] or 0))


@dataclass(frozen=True, slots=True)
class RecentEvent:
    """One of the newest events and how its fan-out went (`/admin status`)."""

    event_id: int
    show_title: str
    summary: str
    created_at: datetime
    progress: Progress


async def recent_outbox(db: Store, limit: int = 10) -> list[RecentEvent]:
    """The newest events, newest first."""
    rows = await db.fetchall(
        "SELECT e.id, s.title, e.summary, e.created_at, COUNT(d.id),"
        " COUNT(*) FILTER (WHERE d.state = 'sent'), COUNT(*) FILTER (WHERE d.state = 'failed')"
        " FROM events e JOIN shows s ON s.id = e.show_id"
        " LEFT JOIN deliveries d ON d.event_id = e.id GROUP BY e.id, s.title ORDER BY e.id DESC LIMIT ?",
        (limit,),
    )
    return [
        RecentEvent(
            r[0],
            r[1],
            r[2],
            datetime.fromisoformat(r[3]),
            Progress(int(r[4]), int(r[5] or 0), int(r[6] or 0)),
        )
        for r in rows
    ]


@dataclass(frozen=True, slots=True)
class OutboxHealth:
    """The whole outbox at a glance, for `/admin status`."""

    totals: Progress
    retrying: int  # pending deliveries that have failed at least once
    oldest_pending: datetime | None  # when the oldest event still being delivered was recorded
    disabled_subscriptions: int
    disabled_routes: int


async def outbox_health(db: Store) -> OutboxHealth:
    row = await db.fetchone(
        "SELECT COUNT(*), COUNT(*) FILTER (WHERE state = 'sent'), COUNT(*) FILTER (WHERE state = 'failed'),"
        " COUNT(*) FILTER (WHERE state = 'pending' AND attempts > 0) FROM deliveries"
    )
    oldest = await db.fetchone(
        "SELECT MIN(e.created_at) FROM deliveries d JOIN events e ON e.id = d.event_id"
        " WHERE d.state = 'pending'"
    )
    assert row is not None
    subs = await db.fetchone("SELECT COUNT(*) FROM subscriptions WHERE disabled_reason IS NOT NULL")
    routes = await db.fetchone("SELECT COUNT(*) FROM channel_routes WHERE disabled_reason IS NOT NULL")
    assert oldest is not None and subs is not None and routes is not None
    return OutboxHealth(
        Progress(int(row[0]), int(row[1] or 0), int(row[2] or 0)),
        int(row[3] or 0),
        datetime.fromisoformat(oldest[0]) if oldest[0] else None,
        int(subs[0]),
        int(routes[0]),
    )


async def prune_delivered(db: Store, before: datetime) -> int:
    """Retention: events recorded before `before` whose deliveries are all done (sent or failed),
    with those deliveries, and premiere-day rows emitted before then. Returns the events removed."""
    cutoff = before.isoformat()
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "DELETE FROM events WHERE created_at < ? AND NOT EXISTS"
            " (SELECT 1 FROM deliveries d WHERE d.event_id = events.id AND d.state = 'pending')",
            (cutoff,),
        )
        removed = max(cursor.rowcount, 0)
        # The events' deliveries go with them (ON DELETE CASCADE); say so for a store without it.
        await conn.execute("DELETE FROM deliveries WHERE event_id NOT IN (SELECT id FROM events)")
        await conn.execute("DELETE FROM schedule WHERE emitted_at IS NOT NULL AND emitted_at < ?", (cutoff,))
    return removed


# ---------------------------------------------------------------- DM channels


async def dm_channel(db: Store, user_id: int) -> int | None:
    row = await db.fetchone("SELECT channel_id FROM dm_channels WHERE user_id = ?", (user_id,))
    return None if row is None else int(row[0])


async def remember_dm_channel(db: Store, user_id: int, channel_id: int) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO dm_channels (user_id, channel_id) VALUES (?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET channel_id = excluded.channel_id",
            (user_id, channel_id),
        )


# ---------------------------------------------------------------- premiere-day schedule


async def schedule_premieres(db: Store, today: date) -> int:
    """Make sure every premiere known to the day, today or later, has its schedule row (idempotent)."""
    async with db.transaction() as conn:
        cursor = await conn.execute(events.SCHEDULE_FUTURE, (today.isoformat(),))
        return max(cursor.rowcount, 0)


@dataclass(frozen=True, slots=True)
class Due:
    """A premiere-day row not yet emitted."""

    schedule_id: int
    show_id: int
    season: int
    day: date
    at: datetime  # when its alert goes out: the release instant, else the day's start at home
    known_instant: bool = False  # `at` is the release instant (not only the day's start)


async def next_premiere_due(db: Store) -> Due | None:
    """The premiere whose alert is due first, of those not yet announced: at its release instant
    when known, else when its day starts in the show's time zone (00:00 UTC without one). Time
    zones span 26 hours, so the rows of the first two days are weighed against each other."""
    first = await db.fetchone("SELECT MIN(due_at) FROM schedule WHERE emitted_at IS NULL")
    if first is None or first[0] is None:
        return None
    until = (date.fromisoformat(first[0]) + timedelta(days=2)).isoformat()
    rows = await db.fetchall(
        "SELECT s.id, s.show_id, s.season, s.due_at, se.premiere_at, se.premiere, sh.timezone"
        " FROM schedule s LEFT JOIN seasons se ON se.show_id = s.show_id AND se.number = s.season"
        " LEFT JOIN shows sh ON sh.id = s.show_id WHERE s.emitted_at IS NULL AND s.due_at <= ?",
        (until,),
    )
    due = []
    for r in rows:
        day = date.fromisoformat(r[3])
        instant = datetime.fromisoformat(r[4]) if r[4] and r[5] == r[3] else None
        at = instant or day_start(day, r[6])
        due.append(Due(r[0], r[1], r[2], day, at, instant is not None))
    return min(due, key=lambda d: (d.at, d.schedule_id))


async def emit_premiere(db: Store, schedule_id: int) -> int | None:
    """Once: the premiere-day event and its deliveries, if the season still premieres that day.
    Returns the event id, or None when the row was stale (premiere moved) or already emitted."""
    now = utcnow().isoformat()
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "SELECT s.show_id, s.season, s.due_at, se.premiere, se.premiere_precision, se.premiere_at"
            " FROM schedule s"
            " LEFT JOIN seasons se ON se.show_id = s.show_id AND se.number = s.season"
            " WHERE s.id = ? AND s.emitted_at IS NULL",
            (schedule_id,),
        )
        row = await cursor.fetchone()
        if row is None:
            return None
        await conn.execute("UPDATE schedule SET emitted_at = ? WHERE id = ?", (now, schedule_id))
        if row[3] != row[2] or row[4] != "day":
            return None  # the premiere moved; its new date has its own row
        at = datetime.fromisoformat(row[5]) if row[5] else None
        facts = EventFacts("premiere_day", int(row[1]), premiere=FuzzyDate(date.fromisoformat(row[2])), at=at)
        event = await events.emit_in(conn, int(row[0]), facts, SCHEDULER)
    return event.id


# ---------------------------------------------------------------- languages


async def guild_language(db: Store, guild_id: int) -> str | None:
    """The language a server chose with /settings language; None: its own Discord locale."""
    row = await db.fetchone("SELECT language FROM guild_settings WHERE guild_id = ?", (guild_id,))
    return str(row[0]) if row and row[0] else None


async def set_guild_language(db: Store, guild_id: int, language: str | None) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO guild_settings (guild_id, language) VALUES (?, ?)"
            " ON CONFLICT (guild_id) DO UPDATE SET language = excluded.language",
            (guild_id, language),
        )


async def route_guild(db: Store, channel_id: int) -> int | None:
    """The server a routed channel belongs to."""
    row = await db.fetchone("SELECT guild_id FROM channel_routes WHERE channel_id = ? LIMIT 1", (channel_id,))
    return int(row[0]) if row else None


# ---------------------------------------------------------------- what each target hears

ALERT_KINDS = ("decisions", "production", "premiere_dates", "premiere_day")  # bot.store.events.ALERT_KIND
MODES = ("instant", "daily", "weekly")


@dataclass(frozen=True, slots=True)
class AlertSettings:
    """What a subscriber (target "dm", a user id) or a routed channel hears, and how: each change at
    once, or a daily or weekly digest at `hour` in `zone` (weekly on `weekday`, 0 = Monday)."""

    kinds: tuple[str, ...] = ALERT_KINDS
    mode: str = "instant"
    zone: str = "UTC"
    hour: int = 17
    weekday: int = 0


DEFAULT_SETTINGS = AlertSettings()


async def alert_settings(db: Store, target_kind: str, target_id: int) -> AlertSettings:
    row = await db.fetchone(
        "SELECT kinds, mode, zone, hour, weekday FROM alert_settings WHERE target_kind = ? AND target_id = ?",
        (target_kind, target_id),
    )
    if row is None:
        return DEFAULT_SETTINGS
    kept = set(str(row[0]).split(","))
    kinds = tuple(k for k in ALERT_KINDS if k in kept)
    return AlertSettings(kinds, str(row[1]), str(row[2]), int(row[3]), int(row[4]))


async def save_alert_settings(db: Store, target_kind: str, target_id: int, wanted: AlertSettings) -> None:
    """Keep these settings (the defaults: the row goes). Turning a digest back to instant alerts
    sends what waited for it now, one by one."""
    unknown = set(wanted.kinds) - set(ALERT_KINDS)
    if unknown or wanted.mode not in MODES or not 0 <= wanted.hour <= 23 or not 0 <= wanted.weekday <= 6:
        raise ValueError(f"invalid alert settings {wanted!r}")
    kinds = ",".join(k for k in ALERT_KINDS if k in wanted.kinds)
    async with db.transaction() as conn:
        if replace(wanted, kinds=tuple(k for k in ALERT_KINDS if k in wanted.kinds)) == DEFAULT_SETTINGS:
            await conn.execute(
                "DELETE FROM alert_settings WHERE target_kind = ? AND target_id = ?", (target_kind, target_id)
            )
        else:
            await conn.execute(
                "INSERT INTO alert_settings (target_kind, target_id, kinds, mode, zone, hour, weekday)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (target_kind, target_id) DO UPDATE SET"
                " kinds = excluded.kinds, mode = excluded.mode, zone = excluded.zone, hour = excluded.hour,"
                " weekday = excluded.weekday",
                (target_kind, target_id, kinds, wanted.mode, wanted.zone, wanted.hour, wanted.weekday),
            )
        if wanted.mode == "instant":
            await conn.execute(
                "UPDATE deliveries SET digest = 0 WHERE digest = 1 AND state = 'pending' AND kind = ?"
                " AND target_id = ?",
                (target_kind, target_id),
            )


# ---------------------------------------------------------------- digests


async def digest_targets(db: Store) -> list[tuple[str, int]]:
    """Every target with deliveries waiting for its digest."""
    rows = await db.fetchall(
        "SELECT DISTINCT kind, target_id FROM deliveries WHERE digest = 1 AND state = 'pending'"
    )
    return [(str(r[0]), int(r[1])) for r in rows]


async def digest_due(db: Store, target_kind: str, target_id: int, until: datetime) -> list[Delivery]:
    """A target's waiting deliveries queued by `until` (the end of the period its digest covers)."""
    rows = await db.fetchall(
        "SELECT id, event_id, kind, target_id, role_id, attempts, language FROM deliveries"
        " WHERE digest = 1 AND state = 'pending' AND kind = ? AND target_id = ? AND not_before <= ?"
        " ORDER BY id",
        (target_kind, target_id, until.isoformat()),
    )
    return [Delivery(r[0], r[1], r[2], r[3], r[4], r[5] + 1, r[6]) for r in rows]


@dataclass(frozen=True, slots=True)
class DigestSend:
    """A digest being sent: its text and the deliveries it covers, kept until Discord has it."""

    target_kind: str
    target_id: int
    period_end: datetime
    content: str
    delivery_ids: tuple[int, ...]
    show_ids: tuple[int, ...]
    started_at: datetime


def _digest_send(row: Row) -> DigestSend:
    def ids(text: str) -> tuple[int, ...]:
        return tuple(int(i) for i in text.split(",") if i)

    return DigestSend(
        str(row[0]), int(row[1]), datetime.fromisoformat(row[2]), str(row[3]), ids(row[4]), ids(row[5]),
        datetime.fromisoformat(row[6]),
    )  # fmt: skip


_DIGEST_SEND = (
    "SELECT target_kind, target_id, period_end, content, delivery_ids, show_ids, started_at FROM digest_sends"
)


async def open_digest(db: Store, send: DigestSend) -> DigestSend:
    """Write down a digest before it is sent; if one for the same target and period is already
    written down (a pass that died), that one is returned and is what gets sent."""
    key = (send.target_kind, send.target_id, send.period_end.isoformat())
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO digest_sends (target_kind, target_id, period_end, content, delivery_ids, show_ids,"
            " started_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (*key, send.content, ",".join(map(str, send.delivery_ids)), ",".join(map(str, send.show_ids)),
             send.started_at.isoformat()),
        )  # fmt: skip
        cursor = await conn.execute(
            f"{_DIGEST_SEND} WHERE target_kind = ? AND target_id = ? AND period_end = ?", key
        )
        row = await cursor.fetchone()
    assert row is not None
    return _digest_send(row)


async def open_digests(db: Store) -> list[DigestSend]:
    """Digests written down and not yet known to have reached Discord (oldest first)."""
    return [_digest_send(r) for r in await db.fetchall(f"{_DIGEST_SEND} ORDER BY started_at")]


async def close_digest(db: Store, send: DigestSend) -> None:
    """Discord has the digest: its deliveries are sent and the note goes, together."""
    now = utcnow().isoformat()
    async with db.transaction() as conn:
        await conn.executemany(
            "UPDATE deliveries SET state = 'sent', sent_at = ?, lease_until = NULL, last_error = NULL"
            " WHERE id = ? AND state = 'pending'",
            [(now, i) for i in send.delivery_ids],
        )
        await conn.execute(
            "DELETE FROM digest_sends WHERE target_kind = ? AND target_id = ? AND period_end = ?",
            (send.target_kind, send.target_id, send.period_end.isoformat()),
        )
