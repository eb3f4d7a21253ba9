"""The renewal radar in the running bot, against the loopback Discord and loopback publishers' feeds
carrying real headlines (tests/data/radar_headlines.jsonl): a renewal becomes one proposal listing
every outlet, a curator accepts it, the subscriber's DM names the publisher; items are read once
across restarts, 304s are honoured, a broken feed is paused (issue 13)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import pytest

from bot.config import Settings
from bot.domain.dates import FuzzyDate, utcnow
from bot.domain.models import Decision, Season, Show, Source
from bot.radar import PollReport
from bot.store import Database, alerts, curation, open_store, review
from bot.store import catalogue as store
from bot.store import feeds as feeds_store
from bot.store.review import ReviewItem
from cogs.radar import Radar
from tests.conftest import make_show, put
from tests.e2e.conftest import DiscordEnv, eventually, running_bot, settings_for, world
from tests.loopback.discord import FakeDiscord
from tests.loopback.feeds import FeedServer
from tests.loopback.tvmaze import TVmazeTwin

LABELLED = Path(__file__).resolve().parents[1] / "data" / "radar_headlines.jsonl"


def headline(title: str, labelled: Path = LABELLED) -> dict[str, Any]:
    for line in labelled.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["title"] == title:
            return {
                "title": row["title"],
                "url": row["url"],
                "summary": row.get("summary"),
                "date": row.get("date"),
            }
    raise AssertionError(f"no labelled headline {title!r}")


LOOPER = headline("Yes, Chef! The Bear Renewed For Season 3")
MASHED = headline("The Bear Is Officially Renewed For Season 3, Chef")
NOISE = headline("Deputy Season 2: Is show canceled or renewed by FOX?")


async def due_now(db: Database) -> None:
    """Every feed's time has come (instead of waiting out its interval)."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE feeds SET next_poll_at = ?", ((utcnow() - timedelta(seconds=1)).isoformat(),)
        )


async def one_proposal(
    env: DiscordEnv, publishers: FeedServer, feed: str, name: str
) -> tuple[PollReport, ReviewItem]:
    """The owner adds one feed as `name` and the radar polls it once: the report, and the one review item
    the poll proposed."""
    await env.slash("admin feeds add", user=env.owner, url=publishers.url(feed), name=name)
    report = await cast(Radar, env.bot.get_cog("Radar")).poll_once()
    [item] = await review.pending(env.bot.db)
    return report, item


async def followed(settings: Settings, show: Show, fan_id: int) -> None:
    """The store holds `show`, and the fan follows it (before the bot starts)."""
    db = await open_store(settings.database_path, settings.database_url)
    try:
        await put(db, [show])
        stored = await store.by_slug(db, show.slug)
        assert stored is not None
        await alerts.subscribe(db, fan_id, stored.id)
    finally:
        await db.close()


async def the_bear_followed(
    emu: FakeDiscord, tmp_path: Path, engine_url: str | None
) -> tuple[dict[str, Any], Settings]:
    """The loopback Discord's people, and a store holding The Bear's first two seasons, which the fan
    follows."""
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    seasons = (Season(1, FuzzyDate.parse("2022-06-23")), Season(2, FuzzyDate.parse("2023-06-22")))
    bear = make_show("the-bear", "The Bear", platform="FX", decisions=(), original_title=None, aliases=(),
                     seasons=seasons)  # fmt: skip
    await followed(settings, bear, people["fan"].id)
    return people, settings


# A show TVmaze lists that the catalogue lacks, and a trade headline of its renewal.
GLASS_RENEWED = {"title": "'Glass Tidewater' Renewed for Season 2 at Quayside", "url": "https://trade.example/glass",
                 "date": "2025-06-02"}  # fmt: skip


def add_glass_tidewater(twin: TVmazeTwin) -> None:
    twin.add_show("Glass Tidewater", premiered="2025-03-07", network=("Quayside", "GB", "Europe/London"),
                  seasons=[(1, "2025-03-07", "2025-04-11", 6)])  # fmt: skip


def tvmaze_world(
    emu: FakeDiscord, twin: TVmazeTwin, tmp_path: Path, engine_url: str | None
) -> tuple[dict[str, Any], Settings]:
    """The loopback Discord's people, and the bot's settings with TVmaze at the twin."""
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    return people, replace(settings, tvmaze_api_base=twin.base_url)


async def test_a_reported_renewal_is_proposed_once_accepted_and_told_with_its_source(
    emu: FakeDiscord, publishers: FeedServer, tmp_path: Path, engine_url: str | None
) -> None:
    people, settings = await the_bear_followed(emu, tmp_path, engine_url)
    fan, curator, guild = people["fan"], people["owner"], people["guild"]
    publishers.publish("looper", [LOOPER, NOISE])
    publishers.publish("mashed", [MASHED])
    publishers.publish("broken", [])

    async with running_bot(settings) as bot:
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        channel = emu.add_channel(guild, "curators")
        await env.slash("admin review-channel", user=curator, channel=channel)
        refused = await env.slash("admin feeds add", user=fan, url=publishers.url("looper"))
        assert refused.ephemeral and "Only curators" in refused.content
        for name, label in (("looper", "Looper"), ("mashed", "Mashed"), ("broken", "Broken Site")):
            added = await env.slash("admin feeds add", user=curator, url=publishers.url(name), name=label)
            assert added.ephemeral and "Added" in added.content
        bad = await env.slash("admin feeds add", user=curator, url="ftp://example.org/feed")
        assert bad.ephemeral and "starting with http:// or https://" in bad.content
        radar = cast(Radar, bot.get_cog("Radar"))
        assert bot.worker_running("radar-poll")

        publishers.fail_next("broken", 500, count=10)
        report = await radar.poll_once()
        assert report.polled == 3 and report.items_read == 3 and len(report.failed) == 1
        # Two outlets, one event: one proposal listing both; the speculation said nothing.
        [item] = await review.pending(bot.db)
        assert item.kind == "decision" and item.data["season"] == 3 and item.data["status"] == "renewed"
        assert {s["publisher"] for s in item.data["sources"]} == {"Looper", "Mashed"}
        await emu.wait_for(lambda: len(emu.channel_messages(channel)) == 1, what="the proposal posted")
        post = emu.channel_messages(channel)[0]
        assert "Reported by" in json.dumps(post["embeds"]) and LOOPER["url"] in json.dumps(post["embeds"])
        assert await bot.db.fetchone("SELECT * FROM decisions") is None  # nothing without a curator

        # Polled again: the documents did not change, so each answers 304 and nothing is read twice.
        await due_now(bot.db)
        again = await radar.poll_once()
        assert again.not_modified == 2 and again.items_read == 0 and again.queued == []
        assert publishers.answered("looper", 304) == 1
        assert [r.if_none_match for r in publishers.requests if r.path == "/looper.xml"][-1] == '"v2"'

        # One press: recorded with the first report as its source; the subscriber hears, by name.
        accept = next(c["custom_id"] for row in post["components"] for c in row["components"]
                      if c["custom_id"].startswith("review:accept:"))  # fmt: skip
        done = await emu.click(post, accept, user=curator, guild=guild)
        assert done.callback_type == 7 and "Recorded: The Bear season 3 renewed" in done.text
        renewed = await store.by_slug(bot.db, "the-bear")
        assert renewed is not None
        [decision] = renewed.decisions
        assert (decision.season, decision.status, decision.source.publisher, decision.source.url) == (
            3, "renewed", "Looper", LOOPER["url"])  # fmt: skip
        assert decision.more_sources == (Source("Mashed", MASHED["url"]),)  # every outlet is kept
        await emu.wait_for(lambda: any("season 3 renewed" in m.get("content", "") for m in emu.dms(fan)),
                           what="the subscriber's alert")  # fmt: skip
        alert = next(m["content"] for m in emu.dms(fan) if "season 3 renewed" in m["content"])
        assert "Looper" in alert and LOOPER["url"] in alert
        audit = await curation.audit_entries(bot.db, "the-bear")
        assert audit[0].action == "decision" and "review item" in audit[0].summary

        # A feed that keeps failing is paused, and shown as such.
        for _ in range(4):
            await due_now(bot.db)
            await radar.poll_once()
        broken = await feeds_store.by_url(bot.db, publishers.url("broken"))
        assert broken is not None and broken.paused and broken.failures == 5
        listed = await env.slash("admin feeds list", user=curator)
        assert "Broken Site" in listed.text and "paused" in listed.text and "Looper" in listed.text
        assert "every 15 min" in listed.text  # (the feeds' interval: none of them asks for another)
        status = await env.slash("admin status", user=curator)
        assert "Renewal radar" in status.text and "1 paused" in status.text

    # After a restart, changed documents are read again, but no item twice.
    async with running_bot(settings) as bot:
        radar = cast(Radar, bot.get_cog("Radar"))
        publishers.touch("looper")
        publishers.touch("mashed")
        await due_now(bot.db)
        report = await radar.poll_once()
        assert report.polled == 2 and report.items_read == 0 and report.queued == []
        assert await review.pending(bot.db) == []  # accepted; the same news does not come back
        # Adding a paused feed again turns it on.
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        resumed = await env.slash("admin feeds add", user=curator, url=publishers.url("broken"))
        assert "Turned on again" in resumed.content
        feed = await feeds_store.by_url(bot.db, publishers.url("broken"))
        assert feed is not None and not feed.paused and feed.failures == 0


async def test_edit_lets_a_curator_mark_a_reported_renewal_as_the_final_season(
    emu: FakeDiscord, publishers: FeedServer, tmp_path: Path, engine_url: str | None
) -> None:
    """Edit's status is a pick (renewed, renewed as the final season, cancelled, ended), the proposed one
    chosen: a curator who read elsewhere that the season renewed is the last marks it so, and the
    subscriber hears "final season"."""
    people, settings = await the_bear_followed(emu, tmp_path, engine_url)
    fan, curator, guild = people["fan"], people["owner"], people["guild"]
    publishers.publish("looper", [LOOPER])

    async with running_bot(settings) as bot:
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        _report, item = await one_proposal(env, publishers, "looper", "Looper")
        opened = await env.slash("admin review", user=curator, item=item.id)
        form = await emu.click(opened, opened.button("Edit"), user=curator, guild=guild)
        assert len(form.data["components"]) == 5
        fields = form.inputs()
        url, day, _publisher, season, status = fields
        assert status["type"] == 3 and form.data["components"][4]["label"] == "Status"
        picks = {o["value"]: (o["label"], o.get("default", False)) for o in status["options"]}
        assert picks == {
            "renewed": ("Renewed", True),  # as proposed
            "final": ("Renewed as the final season", False),
            "cancelled": ("Cancelled", False),
            "ended": ("Ended", False),
        }
        assert (url["value"], season["value"]) == (LOOPER["url"], "3") and day["value"]  # the report's day
        done = await emu.submit_modal(form, {status["custom_id"]: "final"}, user=curator, guild=guild)
        assert "Recorded: The Bear season 3 renewed" in done.text
        bear_now = await store.by_slug(bot.db, "the-bear")
        assert bear_now is not None
        [decision] = bear_now.decisions
        assert (decision.season, decision.status, decision.final) == (3, "renewed", True)
        told = lambda: any("final season" in m.get("content", "") for m in emu.dms(fan))  # noqa: E731
        await emu.wait_for(told, what="the subscriber's alert")


async def test_filming_news_becomes_a_milestone_on_the_card_and_an_alert(
    emu: FakeDiscord, publishers: FeedServer, tmp_path: Path, engine_url: str | None
) -> None:
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    renewal = Decision(3, "renewed", FuzzyDate.parse("2017-12-01"), Source("Netflix"))
    seasons = (Season(1, FuzzyDate.parse("2016-07-15")), Season(2, FuzzyDate.parse("2017-10-27")))
    show = make_show("stranger-things", "Stranger Things", platform="Netflix", original_title=None,
                     aliases=(), seasons=seasons, decisions=(renewal,))  # fmt: skip
    fan, curator, guild = people["fan"], people["owner"], people["guild"]
    await followed(settings, show, fan.id)
    filming = headline("Filming of \u201cStranger Things\u201d Season 3 is Underway")
    publishers.publish("screenrant", [filming])

    async with running_bot(settings) as bot:
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        report, item = await one_proposal(env, publishers, "screenrant", "Screen Rant")
        assert report.queued == [item.id] and item.kind == "milestone"
        assert (item.data["season"], item.data["milestone"]) == (3, "in_production")
        opened = await env.slash("admin review", user=curator, item=item.id)
        assert "Production news: Stranger Things" in opened.text and "Screen Rant" in opened.text
        # Edit: the curator gives the day filming began; the report stays the source.
        form = await emu.click(opened, opened.button("Edit"), user=curator, guild=guild)
        season_field, date_field = (field["custom_id"] for field in form.inputs())
        bad = await emu.submit_modal(
            form, {season_field: "3", date_field: "April"}, user=curator, guild=guild
        )
        assert bad.ephemeral and "cannot be read" in bad.text
        done = await emu.submit_modal(
            form, {season_field: "3", date_field: "2018-04-23"}, user=curator, guild=guild
        )
        assert "Recorded: Stranger Things season 3 in production since 23 April 2018" in done.text
        told = lambda: any("season 3 is in production" in m.get("content", "") for m in emu.dms(fan))  # noqa: E731
        await emu.wait_for(told, what="the subscriber's alert")
        card = await env.slash("season2", show="stranger-things")
        assert "Production: In production since" in card.text and "Screen Rant" in card.text
        assert filming["url"] in card.text


async def test_a_renewal_told_without_its_season_asks_the_curator_to_confirm_the_counted_one(
    emu: FakeDiscord, publishers: FeedServer, tmp_path: Path, engine_url: str | None
) -> None:
    """ "Paramount+ renews 'Halo' TV series before it even debuts" names no season: the radar counts the
    first the catalogue lists nothing of, says so, and Accept asks the curator to confirm it (or type the
    right one) before anything is recorded."""
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    show = make_show("halo", "Halo", platform="Paramount+", original_title=None, aliases=(),
                     seasons=(Season(1),), decisions=())  # fmt: skip
    fan, curator, guild = people["fan"], people["owner"], people["guild"]
    await followed(settings, show, fan.id)
    halo = headline(
        "Paramount+ renews 'Halo' TV series before it even debuts",
        LABELLED.with_name("radar_headlines_twentysecond.jsonl"),
    )
    publishers.publish("trade", [halo])

    async with running_bot(settings) as bot:
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        _report, item = await one_proposal(env, publishers, "trade", "Trade Weekly")
        assert (item.data["season"], item.data["counted"]) == (2, True)
        opened = await env.slash("admin review", user=curator, item=item.id)
        assert "season 2 renewed (the headline names no season: counted from the catalogue" in opened.text
        form = await emu.click(opened, opened.button("Accept"), user=curator, guild=guild)
        [field] = form.inputs()
        assert field.get("value") == "2"  # the count, for the curator to confirm
        assert await bot.db.fetchone("SELECT * FROM decisions") is None  # nothing before the curator confirms
        bad = await emu.submit_modal(form, {field["custom_id"]: "two"}, user=curator, guild=guild)
        assert bad.ephemeral and "The season must be a number" in bad.text
        done = await emu.submit_modal(form, {field["custom_id"]: "2"}, user=curator, guild=guild)
        assert "Recorded: Halo season 2 renewed, source Trade Weekly" in done.text
        told = lambda: any("season 2 renewed" in m.get("content", "") for m in emu.dms(fan))  # noqa: E731
        await emu.wait_for(told, what="the subscriber's alert")
        renewed = await store.by_slug(bot.db, "halo")
        assert renewed is not None
        assert [(d.season, d.source.url) for d in renewed.decisions] == [(2, halo["url"])]


async def test_a_premiere_date_told_without_its_season_asks_the_curator_to_confirm_season_and_date(
    emu: FakeDiscord, publishers: FeedServer, tmp_path: Path, engine_url: str | None
) -> None:
    """A fictional show's return date without a season is the renewed season still to air: Accept opens
    the premiere form with that season and the date for the curator to confirm."""
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    renewed = Decision(3, "renewed", FuzzyDate.parse("2024-05-20"), Source("Streamly"))
    show = make_show("harbour-lights", "Harbour Lights", platform="Streamly", original_title=None, aliases=(),
                     seasons=(Season(1, FuzzyDate.parse("2023-02-03")),
                              Season(2, FuzzyDate.parse("2024-02-02"))),
                     decisions=(renewed,))  # fmt: skip
    fan, curator, guild = people["fan"], people["owner"], people["guild"]
    await followed(settings, show, fan.id)
    publishers.publish("trade", [
        {"title": "'Harbour Lights' Returns March 5", "url": "https://trade.example/lights",
         "date": "2024-11-04"},
    ])  # fmt: skip

    async with running_bot(settings) as bot:
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        _report, item = await one_proposal(env, publishers, "trade", "Trade Weekly")
        opened = await env.slash("admin review", user=curator, item=item.id)
        assert "season 3 premieres 5 March 2025 (the headline names no season" in opened.text
        form = await emu.click(opened, opened.button("Accept"), user=curator, guild=guild)
        fields = form.inputs()
        assert [f.get("value") for f in fields] == ["3", "2025-03-05"]  # for the curator to confirm
        done = await emu.submit_modal(form, {f["custom_id"]: f["value"] for f in fields}, user=curator,
                                      guild=guild)  # fmt: skip
        assert "Harbour Lights season 3 premieres 5 March 2025." in done.text
        lights = await store.by_slug(bot.db, "harbour-lights")
        third = lights.season(3) if lights is not None else None
        assert third is not None and third.premiere == FuzzyDate.parse("2025-03-05")


async def test_a_show_several_outlets_report_is_looked_up_on_tvmaze_once_per_poll(
    emu: FakeDiscord, publishers: FeedServer, twin: TVmazeTwin, tmp_path: Path, engine_url: str | None
) -> None:
    """A poll looks up at most LOOKUPS_PER_POLL shows the catalogue lacks; a show another outlet reported
    in the same poll costs none of them, so five new shows, one reported twice, are all proposed; the
    sixth's item is kept, and the next tick proposes it, before either feed is due again."""
    titles = [
        "Glass Tidewater",
        "Salt Meridian",
        "Copper Gate",
        "Pale Orchard",
        "Harbour Lights",
        "Quiet Ferry",
    ]
    for title in titles:
        twin.add_show(title, premiered="2025-03-07", network=("Quayside", "GB", "Europe/London"),
                      seasons=[(1, "2025-03-07", "2025-04-11", 6)])  # fmt: skip
    people, settings = tvmaze_world(emu, twin, tmp_path, engine_url)

    def renewed(n: int, title: str) -> dict[str, str]:
        slug = title.split()[0].lower()
        return {"title": f"'{title}' Renewed for Season 2 at Quayside", "url": f"https://trade{n}.example/{slug}",
                "date": "2025-06-02"}  # fmt: skip

    publishers.publish("trade", [renewed(1, titles[0]), renewed(1, titles[1])])
    publishers.publish("weekly", [renewed(2, title) for title in titles])
    curator = people["owner"]
    async with running_bot(settings) as bot:
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        for name in ("trade", "weekly"):
            await env.slash("admin feeds add", user=curator, url=publishers.url(name), name=name.title())
        radar = cast(Radar, bot.get_cog("Radar"))
        report = await radar.poll_once()
        assert (report.unheld, report.waiting, report.items_read) == (7, 1, 8)  # (the kept one: not yet)
        decisions = [i for i in await review.pending(bot.db) if i.kind == "decision"]
        assert sorted(i.show_title for i in decisions) == sorted(titles[:5])
        two = next(i for i in decisions if i.show_title == titles[0])
        assert {s["publisher"] for s in two.data["sources"]} == {"Trade", "Weekly"}
        later = await radar.poll_once()  # the next tick: no feed due yet, the kept item read
        counts = (later.polled, later.waited, later.waiting, later.items_read, later.unheld)
        assert counts == (0, 1, 0, 0, 1)
        [ferry] = [
            i for i in await review.pending(bot.db) if i.kind == "decision" and i.show_title == titles[5]
        ]
        assert ferry.data["season"] == 2


async def test_news_of_a_new_show_waits_while_tvmaze_cannot_be_reached(
    emu: FakeDiscord,
    publishers: FeedServer,
    twin: TVmazeTwin,
    tmp_path: Path,
    engine_url: str | None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """TVmaze down when a poll would look a show up: the item is kept (nothing proposed, nothing lost),
    and the restarted bot's first tick after TVmaze is back proposes it, though the feed no longer lists
    it by then and is not due."""
    add_glass_tidewater(twin)
    people, settings = tvmaze_world(emu, twin, tmp_path, engine_url)
    publishers.publish("trade", [GLASS_RENEWED])
    async with running_bot(settings) as bot:
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        await env.slash("admin feeds add", user=people["owner"], url=publishers.url("trade"), name="Trade")
        await twin.down()
        radar = cast(Radar, bot.get_cog("Radar"))
        report = await radar.poll_once()
        # (a kept item's show is counted among the unheld once, by the poll that reads it to the end)
        assert (report.waiting, report.items_read, report.queued, report.unheld) == (1, 1, [], 0)
        again = await radar.poll_once()  # the next tick tries again, and says so in the log only once
        assert (again.waited, again.waiting, again.unheld) == (0, 1, 0)
        down = [r for r in caplog.records if "TVmaze could not be asked" in r.getMessage()]
        assert len(down) == 1 and down[0].levelname == "WARNING"
        assert bot.metrics.registry.get_sample_value("season2bot_radar_items_waiting") == 1
        status = await env.slash("admin status", user=people["owner"])
        assert "1 item waits for a TVmaze lookup" in status.text
    await twin.up()
    publishers.roll_off("trade")  # (a busy feed lists only its newest items)
    async with running_bot(settings) as bot:  # its first tick reads the kept item, though no feed is due
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)

        async def proposed() -> bool:
            return bool(await review.pending(bot.db))

        await eventually(proposed, what="the kept item proposed")
        pending = await review.pending(bot.db)
        assert sorted(i.kind for i in pending) == ["decision", "unreviewed"]
        [renewal] = [i for i in pending if i.kind == "decision"]
        assert renewal.show_title == "Glass Tidewater" and renewal.data["season"] == 2
        status = await env.slash("admin status", user=people["owner"])
        assert "for a TVmaze lookup" not in status.text


async def test_news_of_a_show_the_catalogue_lacks_brings_it_from_tvmaze_for_one_press(
    emu: FakeDiscord, publishers: FeedServer, twin: TVmazeTwin, tmp_path: Path, engine_url: str | None
) -> None:
    add_glass_tidewater(twin)
    people, settings = tvmaze_world(emu, twin, tmp_path, engine_url)
    publishers.publish("trade", [
        GLASS_RENEWED,
        {"title": "'Unknown Harbour' Cancelled After Two Seasons", "url": "https://trade.example/harbour",
         "date": "2025-06-02"},
    ])  # fmt: skip
    curator, guild = people["owner"], people["guild"]
    async with running_bot(settings) as bot:
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        channel = emu.add_channel(guild, "curators")
        await env.slash("admin review-channel", user=curator, channel=channel)
        await env.slash("admin feeds add", user=curator, url=publishers.url("trade"), name="Trade Weekly")
        radar = cast(Radar, bot.get_cog("Radar"))
        report = await radar.poll_once()
        assert report.unheld == 2 and len(report.queued) == 2  # the renewal, and the show to review
        asked = [r.query for r in twin.requests if r.path == "/singlesearch/shows"]
        assert len(asked) == 2 and "Unknown" in asked[1]  # TVmaze has no such show: nothing stored
        await emu.wait_for(lambda: len(emu.channel_messages(channel)) == 2, what="both items posted")
        post = next(m for m in emu.channel_messages(channel) if "Trade Weekly" in json.dumps(m["embeds"]))
        accept = next(c["custom_id"] for row in post["components"] for c in row["components"]
                      if c["custom_id"].startswith("review:accept:"))  # fmt: skip
        done = await emu.click(post, accept, user=curator, guild=guild)
        assert "Glass Tidewater is reviewed" in done.text
        assert "Recorded: Glass Tidewater season 2 renewed" in done.text
        card = await env.slash("season2", show="glass-tidewater")
        assert "Renewed" in card.text and "Trade Weekly" in card.text

        # A title TVmaze did not know is not asked about again the same day.
        publishers.publish("trade", [
            {"title": "'Unknown Harbour' Cancelled After Two Seasons", "url": "https://trade.example/harbour2",
             "date": "2025-06-03"},
        ])  # fmt: skip
        await due_now(bot.db)
        again = await radar.poll_once()
        assert again.unheld == 1 and again.queued == []
        assert len([r for r in twin.requests if r.path == "/singlesearch/shows"]) == 2
