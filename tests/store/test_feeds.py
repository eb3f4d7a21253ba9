"""The radar's feeds in the store: backoff, pausing, read items (bot.store.feeds)."""

from __future__ import annotations

from datetime import timedelta

from bot.domain.dates import utcnow
from bot.store import Database, feeds


async def test_failures_back_off_and_pause_then_an_answer_resets(db: Database) -> None:
    feed, new = await feeds.add(db, "https://example.org/feed/", "Example", added_by=7)
    assert new and feed.state == "not polled yet"
    now = utcnow()
    waits = []
    for _ in range(feeds.PAUSE_AFTER):
        feed = await feeds.failed(db, feed, now, "answered 500")
        waits.append(feed.next_poll_at - now)
    assert waits == [timedelta(seconds=s) for s in (900, 1800, 3600, 7200, 14400)]  # doubling
    assert feed.paused and feed.state == "paused" and feed.last_error == "answered 500"
    assert await feeds.due(db, now + timedelta(days=1), bundled=True) == []  # paused: not polled
    again, new = await feeds.add(db, "https://example.org/feed/", "Example", added_by=7)
    assert not new and not again.paused and again.failures == 0
    async with db.transaction() as conn:
        await feeds.answered_in(conn, again, now, etag='"v1"', last_modified=None, read=3, proposed=1)
        await feeds.mark_read_in(conn, again.id, ["a", "b"])
    ok = await feeds.by_id(db, again.id)
    assert ok is not None and ok.state == "ok" and ok.etag == '"v1"' and ok.items_read == 3
    assert await feeds.unseen(db, again.id, ["a", "b", "c"]) == {"c"}


async def test_bundled_feeds_come_once_and_stay_off_when_removed(db: Database) -> None:
    bundled = [("https://deadline.com/v/tv/feed/", "Deadline (TV)")]
    assert await feeds.seed_bundled(db, bundled) == 1
    assert await feeds.seed_bundled(db, bundled) == 0
    [feed] = await feeds.all_feeds(db)
    await feeds.remove(db, feed.id)
    await feeds.seed_bundled(db, bundled)
    [kept] = await feeds.all_feeds(db)
    assert not kept.enabled and kept.state == "removed"
    assert await feeds.due(db, utcnow() + timedelta(days=1), bundled=True) == []
    assert await feeds.due(db, utcnow() + timedelta(days=1), bundled=False) == []
