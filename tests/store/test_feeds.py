"""The radar's feeds in the store: backoff, pausing, read items (bot.store.feeds)."""

from __future__ import annotations

from dataclasses import replace
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


async def test_an_item_waiting_for_a_lookup_is_kept_whole_until_read_or_given_up(db: Database) -> None:
    trade, _ = await feeds.add(db, "https://example.org/trade/", "Trade", added_by=7)
    weekly, _ = await feeds.add(db, "https://example.org/weekly/", "Weekly", added_by=7)
    start = utcnow().replace(microsecond=0)

    def item(feed: feeds.Feed, guid: str, since: timedelta) -> feeds.Waiting:
        return feeds.Waiting(feed.id, feed.name, guid, f"'{guid}' Renewed for Season 2", f"https://example.org/{guid}",
                             "The streamer ordered more.", start - timedelta(days=1), ("TV", "Renewals"),
                             start + since)  # fmt: skip

    first, second = item(trade, "a", timedelta(0)), item(trade, "b", timedelta(hours=1))
    other = item(weekly, "c", timedelta(minutes=30))
    async with db.transaction() as conn:
        await feeds.wait_in(conn, [second, first, other])
    assert await feeds.waiting(db) == [first, other, second]  # oldest first, every field as kept
    async with db.transaction() as conn:  # read again and kept again: it keeps the time it began to wait
        await feeds.wait_in(conn, [replace(first, since=start + timedelta(hours=2))])
    assert (await feeds.waiting(db))[0] == first

    await feeds.remove(db, weekly.id)  # a curator's feed goes, and what it waits for with it
    assert await feeds.waiting(db) == [first, second] and await feeds.waiting_count(db) == 2
    async with db.transaction() as conn:
        await feeds.waited_in(conn, first, proposed=2)
    kept = await feeds.by_id(db, trade.id)
    assert kept is not None and kept.proposals == 2 and await feeds.waiting(db) == [second]
    assert await feeds.give_up_waiting(db, start + timedelta(minutes=59)) == 0
    assert await feeds.give_up_waiting(db, start + timedelta(hours=1, seconds=1)) == 1
    assert await feeds.waiting_count(db) == 0


async def test_a_bundled_feed_s_items_wait_unread_while_the_bundled_feeds_are_off(db: Database) -> None:
    await feeds.seed_bundled(db, [("https://deadline.com/v/tv/feed/", "Deadline (TV)")])
    [bundled] = await feeds.all_feeds(db)
    title = "'Harbour Lights' Renewed for Season 2"
    now = utcnow().replace(microsecond=0)
    kept = feeds.Waiting(bundled.id, bundled.name, "g", title, None, "", None, (), now)
    async with db.transaction() as conn:
        await feeds.wait_in(conn, [kept])
    assert await feeds.waiting(db) == [kept] and await feeds.waiting_count(db) == 1
    assert await feeds.waiting(db, bundled=False) == [] and await feeds.waiting_count(db, bundled=False) == 0
