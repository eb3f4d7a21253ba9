"""The nightly TVmaze job in the running bot, against the loopback Discord and the loopback TVmaze."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

from bot.domain.dates import FuzzyDate
from bot.domain.models import Links, Season
from bot.store import catalogue as store
from bot.store import curation, open_store
from cogs.live import Live
from tests.conftest import TWIN_NOW, make_show, put
from tests.e2e.conftest import running_bot, settings_for, world
from tests.loopback.discord import FakeDiscord
from tests.loopback.tvmaze import TVmazeTwin, add_fictional_shows


async def test_the_nightly_job_links_what_agrees_and_alerts_nobody(
    emu: FakeDiscord, twin: TVmazeTwin, tmp_path: Path, engine_url: str | None
) -> None:
    ids = add_fictional_shows(twin)
    people = world(emu)
    settings = replace(
        settings_for(
            emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
        ),
        tvmaze_api_base=twin.base_url,
    )
    premiere = FuzzyDate((datetime.fromtimestamp(TWIN_NOW, UTC) - timedelta(days=1500)).date())
    harbour = make_show("paper-harbour", "Paper Harbour", platform="Harbour One", decisions=(),
                        seasons=(Season(1, premiere),), original_title=None, aliases=())  # fmt: skip
    moth = make_show("moth-street", "Moth Street", platform="Moth TV", decisions=(), seasons=(Season(1),),
                     original_title=None, aliases=())  # fmt: skip
    db = await open_store(
        settings.database_path, settings.database_url
    )  # a store of two shows: the bot seeds no others
    await put(db, [harbour, moth])
    await db.close()
    async with running_bot(settings) as bot:
        live = cast(Live, bot.get_cog("Live"))  # (a loaded extension is a module object of its own)
        assert live is not None and bot.worker_running("tvmaze-sync")
        ran = await live.sync_once()  # what the nightly run does, now
        assert ran is not None
        report, refreshed = ran
        assert not report.failed and not refreshed.failed
        assert [s.slug for s, _ in refreshed.refreshed] == ["paper-harbour"]  # its second season came in
        linked = {show.slug: found.id for show, found in report.linked}
        assert linked["paper-harbour"] == ids["harbour"]
        assert "moth-street" not in linked  # no premiere year to agree on: never guessed
        assert ("moth-street", "ambiguous") in {(s.slug, m.outcome) for s, m in report.ambiguous}
        stored = await store.by_slug(bot.db, "paper-harbour")
        assert stored is not None and stored.links.tvmaze == ids["harbour"]
        entries = await curation.audit_entries(bot.db, "paper-harbour")
        assert [(e.actor, e.action) for e in entries[:2]] == [
            ("TVmaze", "tvmaze.refresh"),
            ("TVmaze", "link"),
        ]
        assert await bot.db.fetchone("SELECT * FROM events") is None  # a link, and its past, are not news
        queue = await emu.slash("admin review", user=emu.app_owner, guild=people["guild"], options={})
        assert queue.ephemeral and "Moth Street" in queue.text and "link to TVmaze?" in queue.text
        refused = await emu.slash("admin review", user=people["fan"], guild=people["guild"], options={})
        assert refused.ephemeral and "Only curators" in refused.text
        status = await emu.slash("admin status", user=emu.app_owner, guild=people["guild"], options={})
        # Moth Street's link, and the ending TVmaze's "Ended" points to for Paper Harbour.
        assert "Review queue: 2 waiting" in status.text
        assert "TVmaze, last run" in status.text and "1 linked, 1 refreshed; 2 for a curator" in status.text
        # A card with TVmaze's data credits it, as its licence asks; one without does not.
        credited = await emu.slash("season2", user=people["fan"], guild=people["guild"],
                                   options={"show": "paper-harbour"})  # fmt: skip
        assert f"https://www.tvmaze.com/shows/{ids['harbour']}" in credited.text
        plain = await emu.slash(
            "season2", user=people["fan"], guild=people["guild"], options={"show": "moth-street"}
        )
        assert "tvmaze.com" not in plain.text
        # TVmaze failing costs a log line, not the worker.
        await twin.down()
        assert await live.sync_once() is None
        assert bot.worker_running("tvmaze-sync")
        await twin.up()


async def test_with_tvmaze_off_there_is_no_job(env) -> None:
    assert env.bot.settings.tvmaze_api_base is None
    assert not env.bot.worker_running("tvmaze-sync")
    status = await env.slash("admin status", user=env.owner)
    assert "TVmaze is off" in status.text
    queue = await env.slash("admin review", user=env.owner)
    assert queue.ephemeral and queue.text == "Nothing waits for review."


async def test_a_new_date_on_tvmaze_reaches_the_subscriber_once_and_tvmaze_down_slows_nothing(
    emu: FakeDiscord, twin: TVmazeTwin, tmp_path: Path, engine_url: str | None
) -> None:
    twin.now = int(time.time())  # alerts are for premieres still ahead of today
    ids = add_fictional_shows(twin)
    people = world(emu)
    settings = replace(
        settings_for(
            emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
        ),
        tvmaze_api_base=twin.base_url,
    )
    first = FuzzyDate((datetime.fromtimestamp(twin.now, UTC) - timedelta(days=400)).date())
    vell = make_show("the-lanterns-of-vell", "The Lanterns of Vell", platform="Channel Vell", decisions=(),
                     seasons=(Season(1, first),), original_title=None, aliases=(),
                     links=Links(tvmaze=ids["vell"]))  # fmt: skip
    db = await open_store(settings.database_path, settings.database_url)
    await put(db, [vell])
    await db.close()
    async with running_bot(settings) as bot:
        fan = people["fan"]
        subscribed = await emu.slash("alerts subscribe", user=fan, guild=people["guild"],
                                     options={"show": "the-lanterns-of-vell"})  # fmt: skip
        assert "I'll DM you" in subscribed.text
        live = cast(Live, bot.get_cog("Live"))
        assert await live.sync_once() is not None  # TVmaze lists season 2 with its premiere day
        await emu.wait_for(lambda: len(emu.dms(fan)) == 1, what="the premiere alert")
        assert "season 2 premieres" in emu.dms(fan)[0]["content"]
        assert await live.sync_once() is not None  # nothing new: nobody told twice
        card = await emu.slash("season2", user=fan, guild=people["guild"],
                               options={"show": "the-lanterns-of-vell", "season": 2})  # fmt: skip
        assert "tvmaze.com" in card.text
        entries = await curation.audit_entries(bot.db, "the-lanterns-of-vell")
        assert entries[0].actor == "TVmaze" and entries[0].action == "tvmaze.refresh"

        await twin.down()  # answers come from the store, as ever
        again = await emu.slash("season2", user=fan, guild=people["guild"],
                                options={"show": "the-lanterns-of-vell"})  # fmt: skip
        assert "The Lanterns of Vell" in again.text and not again.ephemeral
        assert len(emu.dms(fan)) == 1
        await twin.up()
