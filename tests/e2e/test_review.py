"""The review queue through the loopback Discord and the loopback TVmaze: what a TVmaze run proposes
is posted to the curators' channel with Accept / Edit / Reject buttons; a proposed decision is
recorded only with an article, alerts followers, and can be undone from the audit (issue 12, item 5)."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from bot.domain.dates import FuzzyDate
from bot.domain.models import Links, Season
from bot.store import alerts, curation, open_store, review
from bot.store import catalogue as store
from cogs.live import Live
from tests.conftest import make_show, put
from tests.e2e.conftest import DiscordEnv, running_bot, settings_for, world
from tests.loopback.discord import FakeDiscord, Reply
from tests.loopback.tvmaze import TVmazeTwin, add_fictional_shows

ARTICLE = "https://deadline.com/2026/11/paper-harbour-ending-1236000000/"


def modal_ids(modal: Reply) -> list[str]:
    return [field["custom_id"] for field in modal.inputs()]


def posted(emu: FakeDiscord, channel: int, title: str) -> dict[str, Any]:
    for message in emu.channel_messages(channel):
        if any(title in (e.get("title") or "") for e in message.get("embeds") or []):
            return message
    raise AssertionError(f"no review item titled {title!r} in the channel")


def button(message: dict[str, Any], action: str) -> str:
    for row in message.get("components", []):
        for c in row.get("components", []):
            if c.get("custom_id", "").startswith(f"review:{action}:"):
                return str(c["custom_id"])
    raise AssertionError(f"no {action} button")


async def test_proposals_are_posted_decided_by_button_and_undone_from_the_audit(
    emu: FakeDiscord, twin: TVmazeTwin, tmp_path: Path, engine_url: str | None
) -> None:
    twin.now = int(time.time())  # premieres ahead of the real today, as alerts need
    ids = add_fictional_shows(twin)

    def ago(days: int) -> FuzzyDate:
        return FuzzyDate((datetime.fromtimestamp(twin.now, UTC) - timedelta(days=days)).date())

    people = world(emu)
    settings = replace(
        settings_for(
            emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
        ),
        tvmaze_api_base=twin.base_url,
    )
    bare = {"decisions": (), "original_title": None, "aliases": ()}
    db = await open_store(settings.database_path, settings.database_url)
    await put(db, [
        # TVmaze says Ended; the catalogue records no ending: a decision to propose.
        make_show("paper-harbour", "Paper Harbour", platform="Harbour One",
                  links=Links(tvmaze=ids["harbour"]), seasons=(Season(1, ago(1500)), Season(2, ago(860))),
                  **bare),
        # A person's season 1 date TVmaze disagrees with: a conflict.
        make_show("the-lanterns-of-vell", "The Lanterns of Vell", platform="Channel Vell",
                  links=Links(tvmaze=ids["vell"]), seasons=(Season(1, ago(401)),), **bare),
        # Linked by title alone it would be guessed: TVmaze's Moth Street airs on Moth TV.
        make_show("moth-street", "Moth Street", platform="Netflix", seasons=(Season(1, ago(700)),), **bare),
    ])  # fmt: skip
    harbour = await store.by_slug(db, "paper-harbour")
    assert harbour is not None
    fan = people["fan"]
    await alerts.subscribe(db, fan.id, harbour.id)
    await db.close()
    curator, guild = people["owner"], people["guild"]

    async with running_bot(settings) as bot:
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        channel = emu.add_channel(guild, "curators")
        set_up = await env.slash("admin review-channel", user=curator, channel=channel)
        assert set_up.ephemeral and "will be posted in" in set_up.content
        live = cast(Live, bot.get_cog("Live"))
        assert await live.sync_once() is not None
        await emu.wait_for(lambda: len(emu.channel_messages(channel)) >= 4, what="the items posted")

        # A fan cannot decide anything.
        decision = posted(emu, channel, "Proposed decision: Paper Harbour")
        refused = await emu.click(decision, button(decision, "accept"), user=fan, guild=guild)
        assert refused.ephemeral and "Only curators" in refused.text

        # Accepting a proposed decision asks for its article, then records it with that source.
        modal = await emu.click(decision, button(decision, "accept"), user=curator, guild=guild)
        assert modal.callback_type == 9
        url, day, _publisher = modal_ids(modal)
        wrong = await emu.submit_modal(modal, {url: "https://www.tvmaze.com/shows/3", day: "2026-11-20"},
                                       user=curator, guild=guild)  # fmt: skip
        assert wrong.ephemeral and "not the source" in wrong.text  # TVmaze is evidence, not a source
        done = await emu.submit_modal(modal, {url: ARTICLE + "?utm_source=x", day: "2026-11-20"},
                                      user=curator, guild=guild)  # fmt: skip
        assert done.ephemeral and "Recorded: Paper Harbour season 3 ended, 20 November 2026" in done.text
        ended = await store.by_slug(bot.db, "paper-harbour")
        assert ended is not None and [(d.season, d.status, d.source.url) for d in ended.decisions] == [
            (3, "ended", ARTICLE)  # the tracking parameter is gone
        ]
        await emu.wait_for(lambda: any("season 3 ended" in m.get("content", "") for m in emu.dms(fan)),
                           what="the follower's alert")  # fmt: skip
        entries = await curation.audit_entries(bot.db, "paper-harbour")
        accepted = entries[0]
        assert accepted.action == "decision" and "review item" in accepted.summary
        again = await emu.click(decision, button(decision, "reject"), user=curator, guild=guild)
        assert again.ephemeral and "was accepted already" in again.text

        # Rejecting a conflict keeps the catalogue's value, and the message shows the choice.
        conflict = posted(emu, channel, "TVmaze disagrees: The Lanterns of Vell")
        rejected = await emu.click(conflict, button(conflict, "reject"), user=curator, guild=guild)
        assert rejected.callback_type == 7 and rejected.message is not None
        assert not rejected.message.get("components") and "Rejected" in rejected.text
        vell = await store.by_slug(bot.db, "the-lanterns-of-vell")
        assert vell is not None and vell.season(1) == Season(1, ago(401), ago(337).value, 10)

        # Edit on a link: the curator names the TVmaze show.
        link = posted(emu, channel, "TVmaze link: Moth Street")
        form = await emu.click(link, button(link, "edit"), user=curator, guild=guild)
        [field] = modal_ids(form)
        linked = await emu.submit_modal(form, {field: str(ids["moth"])}, user=curator, guild=guild)
        assert "linked to TVmaze show" in linked.text
        moth = await store.by_slug(bot.db, "moth-street")
        assert moth is not None and moth.links.tvmaze == ids["moth"]

        # A wrong decision is undone from the audit: withdrawn, its followers told, the item back.
        before = len(emu.dms(fan))
        undone = await env.slash("admin undo", user=curator, entry=accepted.id)
        assert undone.ephemeral and "followers are told it was a correction" in undone.content
        back = await store.by_slug(bot.db, "paper-harbour")
        assert back is not None and back.decisions == ()
        await emu.wait_for(lambda: len(emu.dms(fan)) > before, what="the correction")
        assert "correction: season 3 ended" in emu.dms(fan)[-1]["content"]
        item = await review.get(bot.db, int(button(decision, "accept").rsplit(":", 1)[1]))
        assert item is not None and item.state == "pending"
        twice = await env.slash("admin undo", user=curator, entry=accepted.id)
        assert twice.ephemeral and "is undone already" in twice.content

    # The buttons work after a restart: the item reopened by the undo is rejected now.
    async with running_bot(settings) as bot:
        pressed = button(decision, "reject")
        rejected = await emu.click(decision, pressed, user=curator, guild=guild)
        assert rejected.callback_type == 7
        item = await review.get(bot.db, int(pressed.rsplit(":", 1)[1]))
        assert item is not None and item.state == "rejected"
        audit = await curation.audit_entries(bot.db, "paper-harbour")
        assert audit[0].action == "review.reject"


async def test_admin_review_opens_an_item_and_accepts_an_unreviewed_show(
    emu: FakeDiscord, twin: TVmazeTwin, tmp_path: Path, engine_url: str | None
) -> None:
    add_fictional_shows(twin)
    people = world(emu)
    settings = replace(
        settings_for(
            emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
        ),
        tvmaze_api_base=twin.base_url,
    )
    async with running_bot(settings) as bot:
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        await (await env.slash("season2", show="Quiet Orbit")).final()  # stored unreviewed
        [item] = await review.pending(bot.db)
        choices = await emu.autocomplete("admin review", "item", "orbit", user=env.owner, guild=env.guild)
        assert choices == [{"name": f"#{item.id} Not reviewed: Quiet Orbit", "value": item.id}]
        opened = await env.slash("admin review", user=env.owner, item=item.id)
        assert opened.ephemeral and "Not reviewed: Quiet Orbit" in opened.text
        # TVmaze gives no country for a global streamer: Accept says what is missing.
        missing = await emu.click(opened, opened.button("Accept"), user=env.owner, guild=env.guild)
        assert missing.ephemeral and "needs its platform and country first" in missing.text
        form = await emu.click(opened, opened.button("Edit"), user=env.owner, guild=env.guild)
        _name, _platform, place = modal_ids(form)
        done = await emu.submit_modal(form, {place: "US en"}, user=env.owner, guild=env.guild)
        assert "Quiet Orbit is reviewed" in done.text
        show = await store.by_slug(bot.db, "quiet-orbit")
        assert show is not None and show.reviewed and show.country == "US" and show.platform == "Streamly"
        assert show.links.tvmaze is not None  # the link stays
        card = await (await env.slash("season2", show="quiet-orbit")).final()
        assert "Not reviewed yet" not in card.text and "Will there be season 2 of Quiet Orbit?" in card.text
        assert await review.pending(bot.db) == []
