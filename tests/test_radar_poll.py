"""The radar's polling (bot.radar.poll_due) against loopback publishers' feeds and a real store:
faults, odd documents, and what is proposed or not."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime

import pytest

from bot import radar, render, reviewing
from bot.catalogue import Catalogue
from bot.domain.dates import FuzzyDate, utcnow
from bot.domain.errors import UserError
from bot.domain.events import Actor
from bot.domain.models import Decision, Milestone, Season, Source
from bot.edits import Editor
from bot.lookup import Lookup
from bot.store import Database, feeds, review
from bot.store import catalogue as store
from bot.tvmaze import TVmaze
from tests.conftest import make_show, put
from tests.loopback.feeds import FeedServer
from tests.loopback.tvmaze import TVmazeTwin


async def names(db: Database) -> radar.Names:
    return await radar.Names.read(db)


async def poll(db: Database, when: datetime, resolve: radar.Resolve | None = None) -> radar.PollReport:
    """One poll of every feed due at `when`, against the store's catalogue (shows it lacks found by
    `resolve`, if given)."""
    client = radar.FeedClient()
    try:
        return await radar.poll_due(db, client, await names(db), when, bundled=False, resolve=resolve)
    finally:
        await client.close()


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


async def test_the_catalogue_s_latest_fact_is_the_date_a_headline_counts_seasons_from(db: Database) -> None:
    expanse = make_show(
        "the-expanse", "The Expanse", platform="Prime Video", original_title=None, aliases=(),
        seasons=(Season(5, FuzzyDate.parse("2020-12-16")), Season(6, FuzzyDate.parse("2021-12"))),
        decisions=(Decision(6, "ended", FuzzyDate.parse("2020-11-17"), Source("Prime Video"), final=True),),
        milestones=(Milestone(6, "wrapped", FuzzyDate.parse("2021"), Source("Variety")),),
    )  # fmt: skip
    coming = make_show(
        "the-bear", "The Bear", platform="FX", original_title=None, aliases=(),
        seasons=(Season(4, FuzzyDate.parse("2025-06-25")), Season(5, FuzzyDate.parse("2099-06-01"))),
        decisions=(Decision(5, "renewed", FuzzyDate.parse("2025-06-26"), Source("FX")),),
    )  # fmt: skip
    await put(db, [expanse, coming])
    ids = {e.slug: e.show_id for e in await store.search_entries(db)}
    known = await store.latest_facts(db, date(2026, 12, 2))
    # the latest of every dated fact; a month is its first day; a premiere still to come is no fact
    assert known == {ids["the-expanse"]: date(2021, 12, 1), ids["the-bear"]: date(2025, 6, 26)}
    names = await radar.Names.read(db)
    old = radar.classify(radar.Item("'The Expanse' Cancelled", "", date(2018, 5, 11)), names)
    assert [(f.kind, f.show, f.season) for f in old] == [("cancelled", "the-expanse", None)]
    new = radar.classify(
        radar.Item("Netflix Renews 'The Bear' for Another Season", "", date(2026, 7, 1)), names
    )
    assert [(f.kind, f.show, f.season) for f in new] == [("renewed", "the-bear", 6)]


async def test_a_renewal_told_without_its_season_is_counted_from_the_catalogue_for_the_curator_to_confirm(
    db: Database, publishers: FeedServer
) -> None:
    """A catalogue show's renewal told without a season ("Streamly Renews 'Harbour Lights'") is proposed
    with the first season the catalogue lists nothing of, marked counted: the curator confirms it (or
    types the right one) on Accept, every report kept. News of a renewal the catalogue holds and has
    not seen premiere is that renewal again (nothing new); news older than the show's latest dated
    fact, or of a show the catalogue says has ended, counts nothing."""
    dated = lambda *days: tuple(Season(n, FuzzyDate.parse(d)) for n, d in enumerate(days, 1))  # noqa: E731
    await put(db, [
        make_show("harbour-lights", "Harbour Lights", platform="Streamly", original_title=None, aliases=(),
                  seasons=dated("2023-02-03", "2024-02-02"), decisions=()),
        make_show("salt-meridian", "Salt Meridian", platform="Quayside", original_title=None, aliases=(),
                  seasons=dated("2022-09-01", "2023-09-07"),
                  decisions=(Decision(3, "renewed", FuzzyDate.parse("2024-05-01"), Source("Quayside")),)),
        make_show("copper-gate", "Copper Gate", platform="Streamly", original_title=None, aliases=(),
                  seasons=dated("2021-01-08", "2024-05-03"), decisions=()),
        make_show("pale-orchard", "Pale Orchard", platform="Quayside", original_title=None, aliases=(),
                  seasons=dated("2021-04-02", "2022-04-01"),
                  decisions=(Decision(3, "ended", FuzzyDate.parse("2022-05-02"), Source("Quayside")),)),
        # (a third season known only as "2024": not surely aired by May 2024, so its renewal told again)
        make_show("quiet-harbour", "Quiet Harbour", platform="Quayside", original_title=None, aliases=(),
                  seasons=(*dated("2022-03-04", "2023-03-03"), Season(3, FuzzyDate.parse("2024"))),
                  decisions=(Decision(3, "renewed", FuzzyDate.parse("2023-05-01"), Source("Quayside")),)),
    ])  # fmt: skip
    publishers.publish("trade", [
        {"title": "Streamly Renews 'Harbour Lights'", "url": "https://trade.example/harbour",
         "date": "2024-05-20"},
        {"title": "'Salt Meridian' Renewed at Quayside", "url": "https://trade.example/salt",
         "date": "2024-05-10"},
        {"title": "'Copper Gate' Renewed at Streamly", "url": "https://trade.example/copper",
         "date": "2021-06-01"},
        {"title": "'Pale Orchard' Renewed at Quayside", "url": "https://trade.example/pale",
         "date": "2024-05-20"},
        {"title": "'Quiet Harbour' Renewed at Quayside", "url": "https://trade.example/quiet",
         "date": "2024-05-20"},
    ])  # fmt: skip
    await feeds.add(db, publishers.url("trade"), "Trade Weekly", added_by=1)
    report = await poll(db, utcnow())
    assert report.items_read == 5
    [item] = await review.pending(db)
    assert (item.show_title, item.data["season"], item.data["status"], item.data["counted"]) == (
        "Harbour Lights", 3, "renewed", True)  # fmt: skip
    assert radar.COUNTED_NOTE in item.summary
    assert "counted from the catalogue" in render.item_summary(item)
    assert reviewing.needs_season(item) and not reviewing.needs_article(item)
    editor = Editor(db, today=lambda: date(2024, 5, 21))
    actor = Actor("Curator", 7)
    with pytest.raises(UserError) as refused:
        await reviewing.accept_counted(editor, item, actor, "three")
    assert str(refused.value).startswith("The season must be a number from 1 to")
    assert (await review.pending(db)) == [item]  # nothing lost
    # Another outlet's report that states the season joins it, and leaves nothing to confirm.
    publishers.publish("trade", [
        {"title": "'Harbour Lights' Renewed for Season 3 at Streamly", "url": "https://trade.example/lights3",
         "date": "2024-05-21"},
    ])  # fmt: skip
    await poll(db, utcnow() + timedelta(hours=1))
    [joined] = await review.pending(db)
    assert joined.id == item.id and len(joined.data["sources"]) == 2 and not reviewing.needs_season(joined)
    line = await reviewing.accept_counted(editor, item, actor, "3")  # (as pressed before the second came)
    assert line == "Recorded: Harbour Lights season 3 renewed, source Trade Weekly."
    lights = await store.by_slug(db, "harbour-lights")
    assert lights is not None
    assert [(d.season, d.status, d.source.url) for d in lights.decisions] == [
        (3, "renewed", "https://trade.example/harbour")
    ]


async def test_a_premiere_date_told_without_its_season_is_the_one_renewed_season_still_to_air(
    db: Database, publishers: FeedServer
) -> None:
    """ "'Harbour Lights' Returns March 5": the season is the one the catalogue holds renewed and not yet
    premiered, marked counted; Accept asks the curator to confirm season and date. A show with no such
    season gets no proposal."""
    renewed = Decision(3, "renewed", FuzzyDate.parse("2024-05-20"), Source("Streamly"))
    await put(db, [
        make_show("harbour-lights", "Harbour Lights", platform="Streamly", original_title=None, aliases=(),
                  seasons=(Season(1, FuzzyDate.parse("2023-02-03")),
                           Season(2, FuzzyDate.parse("2024-02-02"))),
                  decisions=(renewed,)),
        make_show("salt-meridian", "Salt Meridian", platform="Quayside", original_title=None, aliases=(),
                  seasons=(Season(1, FuzzyDate.parse("2022-09-01")),), decisions=()),
    ])  # fmt: skip
    publishers.publish("trade", [
        {"title": "'Harbour Lights' Returns March 5", "url": "https://trade.example/lights",
         "date": "2024-11-04"},
        {"title": "'Salt Meridian' Sets Premiere Date: March 5", "url": "https://trade.example/salt",
         "date": "2024-11-04"},
    ])  # fmt: skip
    await feeds.add(db, publishers.url("trade"), "Trade Weekly", added_by=1)
    await poll(db, utcnow())
    [item] = await review.pending(db)
    assert (item.kind, item.show_title, item.data["season"], item.data["premiere"], item.data["counted"]) == (
        "premiere", "Harbour Lights", 3, "2025-03-05", True)  # fmt: skip
    assert reviewing.needs_season(item) and "counted from the catalogue" in render.item_summary(item)
    editor = Editor(db, today=lambda: date(2024, 11, 5))
    line = await reviewing.set_premiere(editor, item, Actor("Curator", 7), "3", "2025-03-05")
    assert line == "Harbour Lights season 3 premieres 5 March 2025."
    lights = await store.by_slug(db, "harbour-lights")
    third = lights.season(3) if lights is not None else None
    assert third is not None and third.premiere == FuzzyDate.parse("2025-03-05")


async def test_accepting_a_counted_premiere_vouches_for_a_show_new_to_the_catalogue_as_accept_does(
    db: Database, publishers: FeedServer
) -> None:
    """The counted premiere's Accept (the season and date confirmed in a form) vouches for a show not yet
    reviewed, as Accept of any reported item does; a date that cannot be read changes nothing."""
    renewed = Decision(2, "renewed", FuzzyDate.parse("2024-05-20"), Source("Streamly"))
    await put(db, [make_show("harbour-lights", "Harbour Lights", platform="Streamly", original_title=None,
                             aliases=(), seasons=(Season(1, FuzzyDate.parse("2023-02-03")),),
                             decisions=(renewed,), reviewed=False)])  # fmt: skip
    publishers.publish("trade", [
        {"title": "'Harbour Lights' Returns March 5", "url": "https://trade.example/lights",
         "date": "2024-11-04"},
    ])  # fmt: skip
    await feeds.add(db, publishers.url("trade"), "Trade Weekly", added_by=1)
    await poll(db, utcnow())
    [item] = await review.pending(db)
    assert (item.kind, item.data["season"], item.data["counted"]) == ("premiere", 2, True)
    editor = Editor(db, today=lambda: date(2024, 11, 5))
    with pytest.raises(UserError) as refused:
        await reviewing.set_premiere(editor, item, Actor("Curator", 7), "2", "March")
    assert str(refused.value).startswith("The date March cannot be read")
    unchanged = await store.by_slug(db, "harbour-lights")
    assert unchanged is not None and not unchanged.reviewed
    line = await reviewing.set_premiere(editor, item, Actor("Curator", 7), "2", "2025-03-05")
    assert line == (
        "Harbour Lights is reviewed: the catalogue's own from now on."
        " Harbour Lights season 2 premieres 5 March 2025."
    )
    lights = await store.by_slug(db, "harbour-lights")
    second = lights.season(2) if lights is not None else None
    assert lights is not None and lights.reviewed
    assert second is not None and second.premiere == FuzzyDate.parse("2025-03-05")


async def test_edit_vouches_for_a_show_new_to_the_catalogue_as_accept_does(
    db: Database, publishers: FeedServer
) -> None:
    """Edit of production news or of a decision (the curator's own season, date or article) vouches for a
    show not yet reviewed, as Accept does: the curator's press is the catalogue's word either way."""
    await put(db, [
        make_show(slug, title, platform="Streamly", original_title=None, aliases=(), reviewed=False,
                  seasons=(Season(1, FuzzyDate.parse("2023-02-03")),), decisions=())
        for slug, title in (("harbour-lights", "Harbour Lights"), ("salt-meridian", "Salt Meridian"))
    ])  # fmt: skip
    publishers.publish("trade", [
        {"title": "'Harbour Lights' Season 2 Begins Filming", "url": "https://trade.example/lights",
         "date": "2024-05-20"},
        {"title": "'Salt Meridian' Renewed for Season 2", "url": "https://trade.example/salt",
         "date": "2024-05-20"},
    ])  # fmt: skip
    await feeds.add(db, publishers.url("trade"), "Trade Weekly", added_by=1)
    await poll(db, utcnow())
    items = {i.show_title: i for i in await review.pending(db)}
    assert (items["Harbour Lights"].kind, items["Salt Meridian"].kind) == ("milestone", "decision")
    editor = Editor(db, today=lambda: date(2024, 5, 22))
    filming = await reviewing.set_milestone(
        editor, items["Harbour Lights"], Actor("Curator", 7), "2", "2024-05-13"
    )
    assert filming.startswith("Harbour Lights is reviewed: the catalogue's own from now on. Recorded:")
    article = reviewing.Article("https://weekly.example/salt", "2024-05-21", "TV Weekly", "2", "renewed")
    renewal = await reviewing.accept_decision(editor, items["Salt Meridian"], Actor("Curator", 7), article)
    assert renewal.startswith("Salt Meridian is reviewed: the catalogue's own from now on. Recorded:")
    for slug in ("harbour-lights", "salt-meridian"):
        show = await store.by_slug(db, slug)
        assert show is not None and show.reviewed
        assert [m.season for m in show.milestones] + [d.season for d in show.decisions] == [2]


@pytest.mark.parametrize(("picked", "final"), [(None, True), (False, False), (True, True)])
async def test_a_reported_decision_edited_by_a_curator_keeps_every_report_and_its_final_season(
    db: Database, publishers: FeedServer, picked: bool | None, final: bool
) -> None:
    """Edit on the radar's decision (the curator's season, or another outlet's article as the source):
    the other reports stay its sources and a final season stays final, as Accept keeps them, unless
    the curator says otherwise (a final season goes with a renewal only)."""
    await put(db, [make_show("harbour-lights", "Harbour Lights", platform="Streamly", original_title=None,
                             aliases=(), seasons=(Season(1), Season(2)), decisions=())])  # fmt: skip
    publishers.publish("trade", [
        {"title": "'Harbour Lights' Renewed for Third and Final Season", "url": "https://trade.example/a",
         "date": "2024-05-20"},
    ])  # fmt: skip
    publishers.publish("weekly", [
        {"title": "Streamly Renews 'Harbour Lights' for a Third and Final Season",
         "url": "https://weekly.example/b", "date": "2024-05-21"},
    ])  # fmt: skip
    await feeds.add(db, publishers.url("trade"), "Trade Weekly", added_by=1)
    await feeds.add(db, publishers.url("weekly"), "TV Weekly", added_by=1)
    await poll(db, utcnow())
    [item] = await review.pending(db)
    assert item.data["final"] and len(item.data["sources"]) == 2
    editor = Editor(db, today=lambda: date(2024, 5, 22))
    cancelled = reviewing.Article("https://weekly.example/b", "2024-05-21", "", "3", "cancelled", final=True)
    with pytest.raises(UserError, match="goes with a renewal"):
        await reviewing.accept_decision(editor, item, Actor("Curator", 7), cancelled)
    article = reviewing.Article("https://weekly.example/b", "2024-05-21", "TV Weekly", "3", "", final=picked)
    await reviewing.accept_decision(editor, item, Actor("Curator", 7), article)
    lights = await store.by_slug(db, "harbour-lights")
    assert lights is not None
    [decision] = lights.decisions
    assert (decision.season, decision.final, decision.source.url) == (3, final, "https://weekly.example/b")
    assert decision.more_sources == (Source("Trade Weekly", "https://trade.example/a"),)


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


async def test_an_item_that_waits_longer_than_a_week_for_its_lookup_is_given_up(
    db: Database, publishers: FeedServer
) -> None:
    """An item whose show cannot be looked up waits from poll to poll (the feed answering 304), and is
    given up once it has waited MAX_WAIT, so a TVmaze gone for good does not keep old news forever."""
    await feeds.add(db, publishers.url("trade"), "Trade", added_by=1)
    publishers.publish("trade", [{"title": "'Salt Meridian' Renewed for Season 2 at Quayside",
                                  "url": "https://trade.example/salt", "date": "2025-06-02"}])  # fmt: skip
    asked: list[str] = []

    async def unreachable(title: str) -> int | None:
        asked.append(title)
        raise radar.LookupDeferred(title)

    start = utcnow()
    reports = [
        await poll(db, when, resolve=unreachable)
        for when in (start, start + timedelta(days=1), start + radar.MAX_WAIT + timedelta(hours=1))
    ]
    assert [(r.items_read, r.not_modified, r.waiting) for r in reports] == [(1, 0, 1), (0, 1, 1), (0, 1, 0)]
    assert asked == ["Salt Meridian"] * 2 and await review.pending(db) == []


async def _poll_finding_shows_on_tvmaze(
    db: Database, twin: TVmazeTwin, day: date, asked: list[str] | None = None
) -> tuple[radar.PollReport, Editor]:
    """One poll whose shows the catalogue lacks are looked up on the TVmaze twin by their exact names, as
    the radar's cog does, on `day` (the titles asked are added to `asked`); the report, and the editor
    a curator's press goes through."""
    editor = Editor(db, today=lambda: day)
    lookup = Lookup(editor, TVmaze(twin.base_url, retries=0), today=lambda: day)
    catalogue = await Catalogue.load(db)

    async def resolve(title: str) -> int | None:
        if asked is not None:
            asked.append(title)
        found = await lookup.find(title, catalogue, exact=True)
        return found.show.id if found.show is not None else None

    client = radar.FeedClient()
    try:
        report = await radar.poll_due(db, client, await names(db), utcnow(), bundled=False, resolve=resolve)
    finally:
        await client.close()
        await lookup.close()
    return report, editor


async def test_news_of_a_show_the_catalogue_lacks_finds_it_on_tvmaze_by_its_exact_name(
    db: Database, publishers: FeedServer, twin: TVmazeTwin
) -> None:
    twin.add_show("Glass Tidewater", premiered="2025-03-07", network=("Quayside", "GB", "Europe/London"),
                  seasons=[(1, "2025-03-07", "2025-04-11", 6)])  # fmt: skip
    twin.add_show("Lantern Row Chronicles", premiered="2024-01-05", web_channel="Streamly")
    publishers.publish("trade", [
        {"title": "'Glass Tidewater' Renewed for Season 2 at Quayside", "url": "https://trade.example/glass",
         "date": "2025-06-02"},
        # TVmaze's best hit for this title is another show: never taken.
        {"title": "'Lantern Row' Cancelled After One Season", "url": "https://trade.example/lantern",
         "date": "2025-06-02"},
        # No season said, and TVmaze lists no show of this name: nothing.
        {"title": "'Quiet Ferry' Renewed at Streamly", "url": "https://trade.example/ferry",
         "date": "2025-06-02"},
    ])  # fmt: skip
    await feeds.add(db, publishers.url("trade"), "Trade Weekly", added_by=1)
    asked: list[str] = []
    report, editor = await _poll_finding_shows_on_tvmaze(db, twin, date(2025, 6, 3), asked)
    assert asked == ["Glass Tidewater", "Lantern Row", "Quiet Ferry"] and report.unheld == 3
    added = await store.by_slug(db, "glass-tidewater")
    assert added is not None and not added.reviewed and added.platform == "Quayside"
    assert await store.by_slug(db, "lantern-row-chronicles") is None
    items = await review.pending(db)
    assert sorted((i.kind, i.show_title) for i in items) == [
        ("decision", "Glass Tidewater"), ("unreviewed", "Glass Tidewater")
    ]  # fmt: skip
    decision = next(i for i in items if i.kind == "decision")
    assert decision.data["season"] == 2 and decision.data["status"] == "renewed"

    # One press vouches for the show and records the renewal with its article.
    said = await reviewing.accept(editor, decision, Actor("Curator", 7))
    assert said.startswith("Glass Tidewater is reviewed") and "source Trade Weekly" in said
    show = await store.by_slug(db, "glass-tidewater")
    assert show is not None and show.reviewed
    assert [(d.season, d.status, d.source.url) for d in show.decisions] == [
        (2, "renewed", "https://trade.example/glass")
    ]
    assert await review.pending(db) == []  # the show's own item was settled by the same press


async def test_a_cancellation_or_an_ending_of_a_show_found_on_tvmaze_takes_its_season_from_the_show(
    db: Database, publishers: FeedServer, twin: TVmazeTwin
) -> None:
    """Told without a season, a cancellation is of the first season the show TVmaze gives lists nothing
    of, an ending of the last it lists; news older than the show's latest season says neither, nor an
    ending told to come with something besides a season (a special may be a season the list lacks)."""
    twin.add_show("Harbour Lights", premiered="2023-02-03", web_channel="Streamly",
                  seasons=[(1, "2023-02-03", "2023-03-10", 6),
                           (2, "2024-02-02", "2024-03-08", 6)])  # fmt: skip
    twin.add_show("Salt Meridian", premiered="2022-09-01", network=("Quayside", "GB", "Europe/London"),
                  seasons=[(1, "2022-09-01", "2022-10-06", 6), (2, "2023-09-07", "2023-10-12", 6),
                           (3, "2024-09-05", "2024-10-10", 6)])  # fmt: skip
    twin.add_show("Copper Gate", premiered="2021-01-08", web_channel="Streamly",
                  seasons=[(1, "2021-01-08", "2021-02-12", 8),
                           (2, "2024-05-03", "2024-06-07", 8)])  # fmt: skip
    twin.add_show("Pale Orchard", premiered="2022-04-01", network=("Quayside", "GB", "Europe/London"),
                  seasons=[(1, "2022-04-01", "2022-05-06", 6),
                           (2, "2023-04-07", "2023-05-12", 6)])  # fmt: skip
    publishers.publish("trade", [
        {"title": "Streamly Cancels 'Harbour Lights'", "url": "https://trade.example/harbour",
         "date": "2024-05-20"},
        {"title": "'Salt Meridian' to End at Quayside", "url": "https://trade.example/salt",
         "date": "2024-11-02"},
        # (told before the show's second season premiered: the catalogue's list says nothing of then)
        {"title": "Streamly Cancels 'Copper Gate'", "url": "https://trade.example/copper",
         "date": "2021-06-01"},
        {"title": "'Pale Orchard' to End With Feature-Length Special", "url": "https://trade.example/pale",
         "date": "2024-11-01"},
    ])  # fmt: skip
    await feeds.add(db, publishers.url("trade"), "Trade Weekly", added_by=1)
    report, _ = await _poll_finding_shows_on_tvmaze(db, twin, date(2024, 11, 3))
    assert report.unheld == 4
    decisions = sorted(
        (i.show_title, i.data["season"], i.data["status"])
        for i in await review.pending(db)
        if i.kind == "decision"
    )
    # (the catalogue's ending names the first season not made: Salt Meridian ends with its third)
    assert decisions == [("Harbour Lights", 3, "cancelled"), ("Salt Meridian", 4, "ended")]


async def test_a_renewal_told_without_its_season_counts_a_season_listed_but_not_aired(
    db: Database, publishers: FeedServer
) -> None:
    """A catalogue show refreshed from TVmaze lists its next season once ordered, before any curator
    records the renewal: news of the renewal is of that season, not of the one after it."""
    await put(db, [make_show("harbour-lights", "Harbour Lights", platform="Streamly", original_title=None,
                             aliases=(), decisions=(),
                             seasons=(Season(1, FuzzyDate.parse("2023-02-03")),
                                      Season(2, FuzzyDate.parse("2024-02-02")), Season(3))),
                   # (a season listed without its date before one that aired is not to come)
                   make_show("salt-meridian", "Salt Meridian", platform="Quayside", original_title=None,
                             aliases=(), decisions=(),
                             seasons=(Season(1, FuzzyDate.parse("2021-09-01")), Season(2),
                                      Season(3, FuzzyDate.parse("2023-09-07"))))])  # fmt: skip
    publishers.publish("trade", [
        {"title": "Streamly Renews 'Harbour Lights'", "url": "https://trade.example/harbour",
         "date": "2024-05-20"},
        {"title": "Quayside Renews 'Salt Meridian'", "url": "https://trade.example/salt",
         "date": "2024-05-20"},
    ])  # fmt: skip
    await feeds.add(db, publishers.url("trade"), "Trade Weekly", added_by=1)
    await poll(db, utcnow())
    counts = {i.show_title: (i.data["season"], i.data["counted"]) for i in await review.pending(db)}
    assert counts == {"Harbour Lights": (3, True), "Salt Meridian": (4, True)}


async def test_a_renewal_of_a_show_found_on_tvmaze_told_without_its_season_is_counted_from_its_list(
    db: Database, publishers: FeedServer, twin: TVmazeTwin
) -> None:
    """Told without a season, a renewal of a show TVmaze lists is proposed with the season its list gives
    (marked counted, for the curator to confirm): the season listed but not yet aired, which TVmaze
    lists once it is ordered, else the one after the last listed."""
    twin.add_show("Harbour Lights", premiered="2023-02-03", network=("Quayside", "GB", "Europe/London"),
                  seasons=[(1, "2023-02-03", "2023-03-10", 6),
                           (2, "2024-02-02", "2024-03-08", 6)])  # fmt: skip
    twin.add_show("Salt Meridian", premiered="2022-09-01", network=("Quayside", "GB", "Europe/London"),
                  seasons=[(1, "2022-09-01", "2022-10-06", 6), (2, "2023-09-07", "2023-10-12", 6),
                           (3, None, None, None)])  # fmt: skip
    publishers.publish("trade", [
        {"title": "Quayside Renews 'Harbour Lights'", "url": "https://trade.example/harbour",
         "date": "2024-05-20"},
        {"title": "'Salt Meridian' Renewed at Quayside", "url": "https://trade.example/salt",
         "date": "2024-05-20"},
    ])  # fmt: skip
    await feeds.add(db, publishers.url("trade"), "Trade Weekly", added_by=1)
    report, editor = await _poll_finding_shows_on_tvmaze(db, twin, date(2024, 5, 21))
    assert report.unheld == 2
    decisions = {i.show_title: i for i in await review.pending(db) if i.kind == "decision"}
    assert {t: (i.data["season"], i.data["status"], i.data["counted"]) for t, i in decisions.items()} == {
        "Harbour Lights": (3, "renewed", True),
        "Salt Meridian": (3, "renewed", True),  # (not the fourth: TVmaze lists the third, not aired)
    }
    assert reviewing.needs_season(decisions["Harbour Lights"])
    said = await reviewing.accept_counted(editor, decisions["Harbour Lights"], Actor("Curator", 7), "3")
    assert said.startswith("Harbour Lights is reviewed") and "season 3 renewed" in said


async def test_a_shoot_whose_season_is_only_a_number_after_the_title_is_not_looked_up(
    db: Database, publishers: FeedServer, twin: TVmazeTwin
) -> None:
    """ "'Grown Ups 3' Begins Production" is a film's sequel as often as a season: no TVmaze lookup by the
    title before the number (TVmaze may well list a series of that name); a season worded is looked up."""
    twin.add_show("Copper Meadow", premiered="2022-03-04", web_channel="Streamly",
                  seasons=[(1, "2022-03-04", "2022-04-08", 6),
                           (2, "2023-03-03", "2023-04-07", 6)])  # fmt: skip
    twin.add_show("Glass Tidewater", premiered="2025-03-07", network=("Quayside", "GB", "Europe/London"),
                  seasons=[(1, "2025-03-07", "2025-04-11", 6)])  # fmt: skip
    publishers.publish("trade", [
        {"title": "'Copper Meadow 3' Begins Production", "url": "https://trade.example/meadow",
         "date": "2025-09-01"},
        {"title": "'Glass Tidewater' Season 2 Begins Production", "url": "https://trade.example/glass",
         "date": "2025-09-01"},
    ])  # fmt: skip
    await feeds.add(db, publishers.url("trade"), "Trade Weekly", added_by=1)
    asked: list[str] = []
    report, _ = await _poll_finding_shows_on_tvmaze(db, twin, date(2025, 9, 2), asked)
    assert asked == ["Glass Tidewater"] and report.unheld == 1
    assert {(i.kind, i.show_title) for i in await review.pending(db)} == {
        ("milestone", "Glass Tidewater"),
        ("unreviewed", "Glass Tidewater"),
    }


async def test_accepting_news_of_a_new_show_without_a_country_sends_the_curator_to_its_item(
    db: Database, publishers: FeedServer, twin: TVmazeTwin
) -> None:
    twin.add_show("Copper Meadow", premiered="2024-09-01", web_channel="Streamly")  # global: no country
    publishers.publish("trade", [
        {"title": "Copper Meadow Season 2 Begins Filming", "url": "https://trade.example/copper",
         "date": "2025-02-10"},
    ])  # fmt: skip
    await feeds.add(db, publishers.url("trade"), "Trade Weekly", added_by=1)
    _, editor = await _poll_finding_shows_on_tvmaze(db, twin, date(2025, 2, 11))
    items = {i.kind: i for i in await review.pending(db)}
    assert set(items) == {"milestone", "unreviewed"}
    with pytest.raises(UserError) as raised:
        await reviewing.accept(editor, items["milestone"], Actor("Curator", 7))
    assert str(raised.value) == (
        f"Copper Meadow is new to the catalogue and needs its platform and country first: use review item"
        f" #{items['unreviewed'].id}, then accept this item."
    )
    show = await store.by_slug(db, "copper-meadow")
    assert show is not None and show.milestones == () and not show.reviewed  # nothing half-done


async def test_a_large_feed_is_read_to_its_last_item_and_one_too_large_fails(
    db: Database, publishers: FeedServer
) -> None:
    """A feed of most of a megabyte arrives in many chunks: every item is read, the last one included
    (only the first chunk, 64 KB, was once); one over the 5 MB cap is a failure, not a truncated read."""
    renewed = Decision(3, "renewed", FuzzyDate.parse("2024-06-26"), Source("FX"))
    await put(db, [make_show("the-bear", "The Bear", platform="FX", original_title=None, aliases=(),
                             seasons=(Season(1), Season(2), Season(3)), decisions=(renewed,))])  # fmt: skip
    when = (utcnow() - timedelta(days=1)).date().isoformat()
    filler = "A local bakery sold its ten thousandth loaf of sourdough this week. " * 12
    noise = [
        {"title": f"Bakery news, part {n}", "url": f"https://example.org/bakery/{n}", "summary": filler,
         "date": when}
        for n in range(800)
    ]  # fmt: skip
    last = {"title": "'The Bear' Renewed for Season 4 at FX", "url": "https://example.org/bear", "date": when}
    publishers.publish("big", [*noise, last])
    bulky = [{**item, "summary": filler * 8} for item in noise] + [
        {**item, "summary": filler * 8} for item in noise
    ]
    publishers.publish("huge", [*bulky, last])  # (about 10 MB)
    big, _ = await feeds.add(db, publishers.url("big"), "Big", added_by=1)
    huge, _ = await feeds.add(db, publishers.url("huge"), "Huge", added_by=1)
    client = radar.FeedClient()
    try:
        report = await radar.poll_due(db, client, await names(db), utcnow(), bundled=False)
        assert report.failed == [(huge.url, "larger than 5 MB")]
        assert report.items_read == 801
        [queued] = await review.pending(db)
        assert "season 4 renewed" in queued.summary and "The Bear" in queued.summary
        after = await feeds.by_id(db, big.id)
        assert after is not None and after.items_read == 801 and after.failures == 0
    finally:
        await client.close()


async def test_a_feed_s_ttl_sets_its_interval_within_bounds(db: Database, publishers: FeedServer) -> None:
    """A feed's `<ttl>` (minutes) is how long it asks to be left: honoured from 15 minutes up to two
    hours (the news stays fresh); a feed that does not say keeps 15 minutes."""
    item = {"title": "Bakery news", "url": "https://example.org/bakery", "date": "2026-01-01"}
    publishers.publish("hourly", [item], ttl=60)
    publishers.publish("often", [item], ttl=1)
    publishers.publish("daily", [item], ttl=1440)
    publishers.publish("silent", [item])
    added = {
        name: (await feeds.add(db, publishers.url(name), name, added_by=1))[0]
        for name in ("hourly", "often", "daily", "silent")
    }
    client = radar.FeedClient()
    now = utcnow()
    try:
        report = await radar.poll_due(db, client, await names(db), now, bundled=False)
        assert report.polled == 4 and not report.failed
        waits = {}
        for name, feed in added.items():
            after = await feeds.by_id(db, feed.id)
            assert after is not None and after.last_ok_at == now
            waits[name] = (after.interval, after.next_poll_at - now)
        assert waits == {
            "hourly": (3600, timedelta(hours=1)),
            "often": (900, timedelta(minutes=15)),
            "daily": (7200, timedelta(hours=2)),
            "silent": (900, timedelta(minutes=15)),
        }
        # A 304 keeps the interval; a document that no longer says goes back to 15 minutes.
        later = now + timedelta(hours=2)
        report = await radar.poll_due(db, client, await names(db), later, bundled=False)
        assert report.not_modified == 4
        hourly = await feeds.by_id(db, added["hourly"].id)
        assert hourly is not None and hourly.interval == 3600
        publishers.feeds["hourly"].ttl = None
        publishers.touch("hourly")
        latest = later + timedelta(hours=2)
        await radar.poll_due(db, client, await names(db), latest, bundled=False)
        hourly = await feeds.by_id(db, added["hourly"].id)
        assert (
            hourly is not None
            and hourly.interval == 900
            and hourly.next_poll_at == latest + timedelta(minutes=15)
        )
    finally:
        await client.close()


async def test_a_publisher_s_retry_after_is_honoured(db: Database, publishers: FeedServer) -> None:
    """A 429 or 503 with `Retry-After` waits as long as asked when that is longer than the backoff
    (at most six hours); in seconds or as an HTTP-date."""
    item = {"title": "Bakery news", "url": "https://example.org/bakery", "date": "2026-01-01"}
    publishers.publish("busy", [item])
    publishers.publish("down", [item])
    publishers.publish("far", [item])
    publishers.publish("soon", [item])
    added = {
        name: (await feeds.add(db, publishers.url(name), name, added_by=1))[0]
        for name in ("busy", "down", "far", "soon")
    }
    now = utcnow().replace(microsecond=0) + timedelta(seconds=1)  # (every feed due)
    publishers.fail_next("busy", 429, retry_after="3600")
    publishers.fail_next("down", 503, retry_after=format_datetime(now + timedelta(hours=3), usegmt=True))
    publishers.fail_next("far", 429, retry_after="86400")
    publishers.fail_next("soon", 503, retry_after="10")
    client = radar.FeedClient()
    try:
        report = await radar.poll_due(db, client, await names(db), now, bundled=False)
        assert sorted(why for _, why in report.failed) == ["answered 429", "answered 429", "answered 503",
                                                           "answered 503"]  # fmt: skip
        waits = {}
        for name, feed in added.items():
            after = await feeds.by_id(db, feed.id)
            assert after is not None and after.failures == 1
            waits[name] = after.next_poll_at - now
        assert waits["busy"] == timedelta(hours=1)
        # (an HTTP-date counts from the moment of the answer, which the clock puts within a second or so of
        # `now`, before or after it: `now` is rounded up to a whole second, and the poll takes its time)
        assert timedelta(hours=3, seconds=-2) <= waits["down"] <= timedelta(hours=3, seconds=2)
        assert waits["far"] == timedelta(hours=6)
        assert waits["soon"] == timedelta(minutes=15)  # the backoff is longer
    finally:
        await client.close()


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
    assert radar.retry_after("120", now) == 120.0
    assert radar.retry_after("Fri, 04 Dec 2026 12:30:00 GMT", now) == 1800.0
    assert radar.retry_after("Fri, 04 Dec 2026 11:00:00 GMT", now) == 0.0  # a date passed: no wait
    assert radar.retry_after(None, now) is None
    assert radar.retry_after("soon", now) is None
    assert radar.retry_after("-5", now) is None


async def test_a_feed_its_publisher_says_is_gone_is_paused_at_once(
    db: Database, publishers: FeedServer
) -> None:
    publishers.publish(
        "old", [{"title": "Bakery news", "url": "https://example.org/b", "date": "2026-01-01"}]
    )
    publishers.fail_next("old", 410)
    feed, _ = await feeds.add(db, publishers.url("old"), "Old", added_by=1)
    client = radar.FeedClient()
    try:
        report = await radar.poll_due(db, client, await names(db), utcnow(), bundled=False)
        assert report.failed == [(feed.url, "answered 410 (gone for good)")] and report.paused == [feed.url]
        after = await feeds.by_id(db, feed.id)
        assert after is not None and after.state == "paused" and after.failures == 1
        # a curator who adds it again turns it back on (the publisher may have restored it)
        await feeds.add(db, feed.url, "Old", added_by=1)
        again = await radar.poll_due(db, client, await names(db), utcnow(), bundled=False)
        assert again.items_read == 1 and not again.failed
    finally:
        await client.close()


async def test_a_feed_moved_for_good_is_read_at_its_new_address_from_then_on(
    db: Database, publishers: FeedServer
) -> None:
    """A 301 or 308 at every step: the feed is read at the new address from then on (its read items
    kept, so nothing is read twice), still found by the address the bundle or a curator gave; a
    redirect for now (302, 307, or a chain with one) changes nothing."""
    items = [
        {"title": f"Bakery news {n}", "url": f"https://example.org/b{n}", "date": "2026-01-01"}
        for n in (1, 2)
    ]
    for name in ("new", "elsewhere", "end"):
        publishers.publish(name, items)
    publishers.move("old", "new", 301)
    publishers.move("brief", "elsewhere", 302)
    publishers.move("chain", "hop", 308)
    publishers.move("hop", "end", 307)
    await feeds.seed_bundled(db, [(publishers.url("old"), "Old")])
    added = {
        name: (await feeds.add(db, publishers.url(name), name, added_by=1))[0] for name in ("brief", "chain")
    }
    old = await feeds.by_url(db, publishers.url("old"))
    assert old is not None and old.moved_to is None
    client = radar.FeedClient()
    now = utcnow()
    try:
        report = await radar.poll_due(db, client, await names(db), now, bundled=True)
        assert not report.failed and report.items_read == 6
        assert report.moved == [(old.url, publishers.url("new"))]
        moved = await feeds.by_id(db, old.id)
        assert (
            moved is not None
            and moved.url == publishers.url("old")
            and moved.address == publishers.url("new")
        )
        for name, feed in added.items():
            after = await feeds.by_id(db, feed.id)
            assert after is not None and after.moved_to is None and after.address == publishers.url(name), (
                name
            )
        # The next polls go straight to the new address; the items read at the old one are not read again.
        publishers.requests.clear()
        publishers.publish(
            "new", [{"title": "Bakery news 3", "url": "https://example.org/b3", "date": "2026-01-02"}]
        )
        report = await radar.poll_due(db, client, await names(db), now + timedelta(hours=1), bundled=True)
        assert report.items_read == 1 and not report.moved
        asked = [r.path for r in publishers.requests]
        assert "/old.xml" not in asked and asked.count("/new.xml") == 1
        assert asked.count("/brief.xml") == 1 and asked.count("/chain.xml") == 1
        # The list shows both addresses.
        [page] = render.feed_pages(await feeds.all_feeds(db))
        assert f"<{publishers.url('old')}> · moved for good to <{publishers.url('new')}>" in str(
            page.description
        )
        assert str(page.description).count("moved for good") == 1
        # The next start's bundle adds no second feed at the old address; either address finds the feed.
        assert await feeds.seed_bundled(db, [(publishers.url("old"), "Old")]) == 0
        assert len(await feeds.all_feeds(db)) == 3
        by_new = await feeds.by_url(db, publishers.url("new"))
        assert by_new is not None and by_new.id == old.id
        # A curator who adds the new address gets that feed, still read there...
        again, new = await feeds.add(db, publishers.url("new"), "New", added_by=1)
        assert not new and again.id == old.id and again.address == publishers.url("new")
        # ...and one who adds the old address has it tried there again (where it moves once more).
        again, new = await feeds.add(db, publishers.url("old"), "Old", added_by=1)
        assert not new and again.id == old.id and again.moved_to is None
        publishers.requests.clear()
        report = await radar.poll_due(db, client, await names(db), now + timedelta(hours=2), bundled=True)
        assert report.moved == [(old.url, publishers.url("new"))] and report.items_read == 0
        assert [r.path for r in publishers.requests if r.path in ("/old.xml", "/new.xml")] == [
            "/old.xml",
            "/new.xml",
        ]
    finally:
        await client.close()
