"""The radar's polling (bot.radar.poll_due) against loopback publishers' feeds and a real store:
faults, odd documents, and what is proposed or not."""

from __future__ import annotations

from datetime import timedelta

from bot import radar
from bot.domain.dates import FuzzyDate, utcnow
from bot.domain.models import Decision, Season, Source
from bot.store import Database, feeds, review
from bot.store import catalogue as store
from tests.conftest import make_show, put
from tests.loopback.feeds import FeedServer


async def names(db: Database) -> radar.Names:
    return radar.Names(await store.search_entries(db), await store.next_seasons(db))


async def test_garbage_is_a_failure_and_old_news_is_not_proposed(
    db: Database, publishers: FeedServer
) -> None:
    renewed = Decision(3, "renewed", FuzzyDate.parse("2023-11-06"), Source("FX"))
    await put(db, [make_show("the-bear", "The Bear", platform="FX", original_title=None, aliases=(),
                             seasons=(Season(1), Season(2)), decisions=(renewed,))])  # fmt: skip
    item = {
        "title": "Yes, Chef! The Bear Renewed For Season 3",
        "url": "https://www.looper.com/x",
        "date": "2023-11-06",
    }
    publishers.publish("looper", [item])
    publishers.garbage_next("looper")
    feed, _ = await feeds.add(db, publishers.url("looper"), "Looper", added_by=1)
    client = radar.FeedClient()
    try:
        first = await radar.poll_due(db, client, await names(db), utcnow(), bundled=False)
        assert first.failed == [(feed.url, f"{feed.url} is not an RSS or Atom feed.")]
        after = await feeds.by_id(db, feed.id)
        assert after is not None and after.failures == 1 and after.state == "failing"
        later = utcnow() + timedelta(hours=1)
        second = await radar.poll_due(db, client, await names(db), later, bundled=False)
        # The catalogue records this renewal already: read, remembered, and nothing proposed.
        assert second.items_read == 1 and second.queued == []
        assert await review.pending(db) == []
        ok = await feeds.by_id(db, feed.id)
        assert ok is not None and ok.failures == 0 and ok.state == "ok" and ok.items_read == 1
    finally:
        await client.close()


async def test_a_feed_that_cannot_be_reached_backs_off(db: Database, publishers: FeedServer) -> None:
    feed, _ = await feeds.add(db, publishers.url("gone"), "Gone", added_by=1)  # 404: no such feed
    client = radar.FeedClient()
    try:
        report = await radar.poll_due(db, client, await names(db), utcnow(), bundled=False)
        assert report.failed == [(feed.url, "answered 404")]
        await publishers.down()
        later = utcnow() + timedelta(hours=1)
        report = await radar.poll_due(db, client, await names(db), later, bundled=False)
        assert report.failed and "could not be reached" in report.failed[0][1]
        after = await feeds.by_id(db, feed.id)
        assert after is not None and after.failures == 2
        assert after.next_poll_at - (after.last_polled_at or later) == timedelta(seconds=1800)
    finally:
        await client.close()
