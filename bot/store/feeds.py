"""The radar's feeds (migration 12): which to poll and when, what each answered last, which of their
items were read already, and those read that wait for a show to be looked up (migration 23)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.domain.dates import utcnow
from bot.store.database import Conn, Row, Store

INTERVAL = 900  # seconds between polls of a feed that answers
PAUSE_AFTER = 5  # failures in a row that pause a feed until a curator resumes it
MAX_BACKOFF = 6 * 3600  # seconds: the longest wait after failures
MAX_INTERVAL = 2 * 3600  # seconds: the longest wait a feed's own <ttl> sets (the news stays fresh)


def interval_for(ttl: int | None) -> int:
    """The wait between polls for a feed whose document asks for `ttl` seconds (its `<ttl>`): never
    shorter than INTERVAL, nor longer than MAX_INTERVAL; INTERVAL when it does not say."""
    return INTERVAL if ttl is None else min(max(ttl, INTERVAL), MAX_INTERVAL)


@dataclass(frozen=True, slots=True)
class Feed:
    id: int
    url: str
    name: str
    bundled: bool
    enabled: bool
    interval: int
    etag: str | None
    last_modified: str | None
    next_poll_at: datetime
    last_polled_at: datetime | None
    last_ok_at: datetime | None
    failures: int
    paused: bool
    last_error: str | None
    items_read: int
    proposals: int
    moved_to: str | None = None  # where its publisher moved it for good (migration 22)

    @property
    def address(self) -> str:
        """Where the feed is read: its publisher's new address once it moved for good, else `url`."""
        return self.moved_to or self.url

    @property
    def state(self) -> str:
        if not self.enabled:
            return "removed"
        if self.paused:
            return "paused"
        if self.failures:
            return "failing"
        return "ok" if self.last_ok_at else "not polled yet"


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _feed(r: Row) -> Feed:
    next_poll = _time(r["next_poll_at"])
    assert next_poll is not None  # NOT NULL
    return Feed(
        r["id"], r["url"], r["name"], bool(r["bundled"]), bool(r["enabled"]), r["interval_seconds"],
        r["etag"], r["last_modified"], next_poll, _time(r["last_polled_at"]), _time(r["last_ok_at"]),
        r["failures"], bool(r["paused"]), r["last_error"], r["items_read"], r["proposals"], r["moved_to"],
    )  # fmt: skip


async def add(
    db: Store, url: str, name: str, *, added_by: int | None, bundled: bool = False
) -> tuple[Feed, bool]:
    """Add a feed, or turn a removed or paused one on again (also by the address its publisher moved
    it to). Returns it and whether it was new."""
    now = utcnow().isoformat()
    own = await db.fetchone("SELECT id FROM feeds WHERE url = ?", (url,))
    moved = None if own else await db.fetchone("SELECT url FROM feeds WHERE moved_to = ? ORDER BY id", (url,))
    async with db.transaction() as conn:
        new = False
        if moved is None:
            cursor = await conn.execute(
                "INSERT INTO feeds (url, name, bundled, next_poll_at, added_by, added_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING",
                (url, name, int(bundled), now, added_by, now),
            )
            new = cursor.rowcount == 1
        else:
            url = moved["url"]  # the feed read there already, not a second one reading the same news
        if not new and not bundled:
            # a curator's add: on again, unpaused, polled now; at the address given (its own clears a move)
            await conn.execute(
                "UPDATE feeds SET enabled = 1, paused = 0, failures = 0, next_poll_at = ?,"
                " moved_to = CASE WHEN ? = 1 THEN moved_to END WHERE url = ?",
                (now, int(moved is not None), url),
            )
    feed = await by_url(db, url)
    assert feed is not None
    return feed, new


async def seed_bundled(db: Store, feeds: Iterable[tuple[str, str]]) -> int:
    """The bundled list, added once each (one a curator removed stays removed). Returns how many new."""
    added = 0
    for url, name in feeds:
        _, new = await add(db, url, name, added_by=None, bundled=True)
        added += new
    return added


async def remove(db: Store, feed_id: int) -> Feed | None:
    """A curator's feed goes; a bundled one is switched off (and stays off)."""
    feed = await by_id(db, feed_id)
    if feed is None:
        return None
    async with db.transaction() as conn:
        if feed.bundled:
            await conn.execute("UPDATE feeds SET enabled = 0 WHERE id = ?", (feed_id,))
        else:
            await conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))
    return feed


async def by_url(db: Store, url: str) -> Feed | None:
    """The feed added at `url`, else the one whose publisher moved it there."""
    row = await db.fetchone(
        "SELECT * FROM feeds WHERE url = ? OR moved_to = ? ORDER BY url = ? DESC, id LIMIT 1", (url, url, url)
    )
    return _feed(row) if row is not None else None


async def by_id(db: Store, feed_id: int) -> Feed | None:
    row = await db.fetchone("SELECT * FROM feeds WHERE id = ?", (feed_id,))
    return _feed(row) if row is not None else None


async def all_feeds(db: Store) -> list[Feed]:
    return [_feed(r) for r in await db.fetchall("SELECT * FROM feeds ORDER BY enabled DESC, name, id")]


async def due(db: Store, now: datetime, *, bundled: bool) -> list[Feed]:
    """Feeds to poll now: on, not paused, their time come (bundled ones only if `bundled`)."""
    rows = await db.fetchall(
        "SELECT * FROM feeds WHERE enabled = 1 AND paused = 0 AND next_poll_at <= ?"
        " AND (bundled = 0 OR ? = 1) ORDER BY next_poll_at, id",
        (now.isoformat(), int(bundled)),
    )
    return [_feed(r) for r in rows]


async def unseen(db: Store, feed_id: int, guids: Sequence[str]) -> set[str]:
    """Which of these items the radar has not read yet."""
    seen: set[str] = set()
    for start in range(0, len(guids), 500):
        part = list(guids[start : start + 500])
        marks = ",".join("?" * len(part))
        rows = await db.fetchall(
            f"SELECT guid FROM feed_items WHERE feed_id = ? AND guid IN ({marks})",  # noqa: S608
            [feed_id, *part],
        )
        seen.update(r[0] for r in rows)
    return {g for g in guids if g not in seen}


async def mark_read_in(conn: Conn, feed_id: int, guids: Iterable[str]) -> None:
    now = utcnow().isoformat()
    await conn.executemany(
        "INSERT INTO feed_items (feed_id, guid, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [(feed_id, g, now) for g in guids],
    )


async def answered_in(
    conn: Conn,
    feed: Feed,
    now: datetime,
    *,
    etag: str | None,
    last_modified: str | None,
    read: int = 0,
    proposed: int = 0,
    interval: int | None = None,
    moved_to: str | None = None,
) -> None:
    """The feed answered (200 or 304): its validators kept, its next poll one interval away (the
    `interval` its document asked for, from now on, when given); read at `moved_to` from now on when
    its publisher moved it there for good (back at `url` when that is where it moved)."""
    every = interval or feed.interval
    address = feed.moved_to if moved_to is None else (None if moved_to == feed.url else moved_to)
    await conn.execute(
        "UPDATE feeds SET etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),"
        " last_polled_at = ?, last_ok_at = ?, failures = 0, last_error = NULL, next_poll_at = ?,"
        " items_read = items_read + ?, proposals = proposals + ?, interval_seconds = ?, moved_to = ?"
        " WHERE id = ?",
        (etag, last_modified, now.isoformat(), now.isoformat(),
         (now + timedelta(seconds=every)).isoformat(), read, proposed, every, address, feed.id),
    )  # fmt: skip


async def failed(
    db: Store, feed: Feed, now: datetime, error: str, *, retry_after: float | None = None, gone: bool = False
) -> Feed:
    """One more failure: the wait doubles (at most MAX_BACKOFF), or is the publisher's `Retry-After`
    when that is longer (at most MAX_BACKOFF too); PAUSE_AFTER in a row pause it, and a feed its
    publisher says is `gone` (410) is paused at once."""
    failures = feed.failures + 1
    wait = min(max(feed.interval * 2 ** (failures - 1), retry_after or 0), MAX_BACKOFF)
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE feeds SET failures = ?, last_error = ?, last_polled_at = ?, next_poll_at = ?, paused = ?"
            " WHERE id = ?",
            (failures, error[:300], now.isoformat(), (now + timedelta(seconds=wait)).isoformat(),
             int(failures >= PAUSE_AFTER or gone), feed.id),
        )  # fmt: skip
    updated = await by_id(db, feed.id)
    assert updated is not None
    return updated


async def prune_read(db: Store, before: datetime) -> int:
    """Read-item records older than `before` go (a feed only lists recent items)."""
    async with db.transaction() as conn:
        cursor = await conn.execute("DELETE FROM feed_items WHERE seen_at < ?", (before.isoformat(),))
        return max(cursor.rowcount, 0)


@dataclass(frozen=True, slots=True)
class Waiting:
    """An item read from a feed whose show could not be looked up then: kept whole to be read again."""

    feed_id: int
    feed_name: str
    guid: str
    title: str
    url: str | None
    summary: str
    published: datetime | None
    categories: tuple[str, ...]
    since: datetime


async def wait_in(conn: Conn, items: Iterable[Waiting]) -> None:
    """Keep these items to be read again at the next polls (an item kept already keeps its `since`)."""
    await conn.executemany(
        "INSERT INTO feed_waiting (feed_id, guid, title, url, summary, published, categories, since)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(w.feed_id, w.guid, w.title, w.url, w.summary, w.published.isoformat() if w.published else None,
          json.dumps(list(w.categories)), w.since.isoformat()) for w in items],
    )  # fmt: skip


async def waiting(db: Store, *, bundled: bool = True) -> list[Waiting]:
    """The items waiting, oldest first, of feeds still read (a removed feed's news is not proposed, nor a
    bundled feed's once the bundled feeds are off)."""
    rows = await db.fetchall(
        "SELECT w.*, f.name AS feed_name FROM feed_waiting w JOIN feeds f ON f.id = w.feed_id"
        " WHERE f.enabled = 1 AND (f.bundled = 0 OR ? = 1) ORDER BY w.since, w.feed_id, w.guid",
        (int(bundled),),
    )
    return [
        Waiting(r["feed_id"], r["feed_name"], r["guid"], r["title"], r["url"], r["summary"],
                _time(r["published"]), tuple(str(c) for c in json.loads(r["categories"])),
                datetime.fromisoformat(r["since"]))
        for r in rows
    ]  # fmt: skip


async def waited_in(conn: Conn, item: Waiting, *, proposed: int) -> None:
    """The item was read to the end: it waits no more, and its feed counts what it proposed."""
    await conn.execute("DELETE FROM feed_waiting WHERE feed_id = ? AND guid = ?", (item.feed_id, item.guid))
    await conn.execute("UPDATE feeds SET proposals = proposals + ? WHERE id = ?", (proposed, item.feed_id))


async def waiting_count(db: Store, *, bundled: bool = True) -> int:
    row = await db.fetchone(
        "SELECT COUNT(*) FROM feed_waiting w JOIN feeds f ON f.id = w.feed_id"
        " WHERE f.enabled = 1 AND (f.bundled = 0 OR ? = 1)",
        (int(bundled),),
    )
    return int(row[0]) if row else 0


async def give_up_waiting(db: Store, before: datetime) -> int:
    """Items waiting since before `before` are given up (news that old is no alert). Returns how many."""
    async with db.transaction() as conn:
        cursor = await conn.execute("DELETE FROM feed_waiting WHERE since < ?", (before.isoformat(),))
        return max(cursor.rowcount, 0)
