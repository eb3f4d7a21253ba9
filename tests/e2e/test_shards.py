"""Sharding (SHARD_COUNT, SHARD_IDS) through the loopback Discord, which routes each server's events
to shard (guild_id >> 22) % shard_count as Discord does: one process running every shard, Discord's
own recommendation (SHARD_COUNT=auto) with DISCORD_GATEWAY_URL still in force, and two bots each
running one shard on one store."""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack
from dataclasses import replace
from pathlib import Path

from bot.core import ShardedSeason2Bot
from bot.domain.dates import FuzzyDate, today
from bot.domain.events import Actor
from bot.domain.models import Decision, Source
from bot.store import alerts
from bot.store import catalogue as store
from tests.conftest import fresh_database
from tests.e2e.conftest import running_bot, settings_for, world
from tests.loopback.discord import FakeDiscord

AOUAD = "all-of-us-are-dead"


async def test_auto_sharding_answers_in_every_shard_and_keeps_the_configured_gateway(
    emu: FakeDiscord, tmp_path: Path
) -> None:
    people = world(emu)
    emu.shard_count = 2  # what /gateway/bot recommends
    emu.gateway_bot_url = "wss://gateway.discord.gg/"  # as Discord answers: not reachable from here
    first = emu.add_guild("First shard's", shard=(0, 2))
    second = emu.add_guild("Second shard's", shard=(1, 2))
    for guild in (first, second):
        emu.add_member(guild, people["fan"])
    settings = replace(
        settings_for(emu, tmp_path / "bot.db", people["guild"], people["curator_role"]), shard_count=0
    )
    async with running_bot(settings) as bot:
        assert isinstance(bot, ShardedSeason2Bot) and bot.shard_count == 2
        assert sorted(bot.shards) == [0, 1]
        for guild in (first, second):
            card = await emu.slash("season2", user=people["fan"], guild=guild, show=AOUAD)
            assert "All of Us Are Dead" in card.text, guild.name
        shard_ids = {g.shard_id for g in (bot.get_guild(first.id), bot.get_guild(second.id)) if g}
        assert shard_ids == {0, 1}
    assert any(r["path"] == "/gateway/bot" for r in emu.requests)
    assert emu.identified == 2


async def test_two_bots_each_with_one_shard_share_the_store_and_answer_their_own_servers(
    emu: FakeDiscord, tmp_path: Path
) -> None:
    people = world(emu)
    first = emu.add_guild("First shard's", shard=(0, 2))
    second = emu.add_guild("Second shard's", shard=(1, 2))
    for guild in (first, second):
        emu.add_member(guild, people["fan"])
    base = settings_for(emu, tmp_path / "bot.db", people["guild"], people["curator_role"])
    zero_settings = replace(base, shard_count=2, shard_ids=(0,))
    one_settings = replace(base, shard_count=2, shard_ids=(1,))
    async with running_bot(zero_settings) as zero, running_bot(one_settings) as one:
        assert sorted(zero.shards) == [0] and sorted(one.shards) == [1]
        assert zero.get_guild(first.id) is not None and zero.get_guild(second.id) is None
        assert one.get_guild(second.id) is not None and one.get_guild(first.id) is None
        sub = await emu.slash("alerts subscribe", user=people["fan"], guild=first, show=AOUAD)
        assert sub.ephemeral and "All of Us Are Dead" in sub.content
        listed = await emu.slash("alerts list", user=people["fan"], guild=second)
        assert "All of Us Are Dead" in listed.text  # written by one process, read by the other


async def test_on_one_postgresql_store_one_process_sends_the_alerts_and_another_takes_over(
    emu: FakeDiscord, tmp_path: Path, postgres_url: str
) -> None:
    """Two processes (one shard each) on one PostgreSQL store: the one that leads sends every alert
    once; when it stops, the other leads within seconds and sends the next ones."""
    people = world(emu)
    first = emu.add_guild("First shard's", shard=(0, 2))
    second = emu.add_guild("Second shard's", shard=(1, 2))
    fans = [emu.add_user(f"fan{i}") for i in range(30)]
    for guild in (first, second):
        emu.add_member(guild, emu.app_owner)
    base = replace(
        settings_for(emu, tmp_path / "unused.db", people["guild"], people["curator_role"]),
        database_url=await fresh_database(postgres_url),
        shard_count=2,
    )
    url = "https://example.org/renewed"
    async with AsyncExitStack() as stack:
        bots = [await stack.enter_async_context(running_bot(replace(base, shard_ids=(i,)))) for i in (0, 1)]
        show = await store.by_slug(bots[0].db, AOUAD)
        assert show is not None
        for fan in fans:
            await alerts.subscribe(bots[0].db, fan.id, show.id)
        await emu.wait_for(lambda: any(b.leadership.leading for b in bots), what="a leader")
        await asyncio.sleep(0.5)
        [leader] = [b for b in bots if b.leadership.leading]  # one, not two
        [survivor] = [b for b in bots if b is not leader]
        recorded = await emu.slash("admin decision", user=emu.app_owner, guild=second, show=AOUAD,
                                   season=3, status="renewed", source_url=url)  # fmt: skip
        assert recorded.content.startswith("Recorded:")
        await emu.wait_for(lambda: all(len(emu.dms(f)) == 1 for f in fans), within=20, what="every DM")
        await leader.close()  # the leading process stops
        await emu.wait_for(lambda: survivor.leadership.leading, within=15, what="the other one leading")
        guild = first if survivor is bots[0] else second  # a server the survivor serves
        again = await emu.slash("admin decision", user=emu.app_owner, guild=guild, show=AOUAD, season=4,
                                status="renewed", source_url=url)  # fmt: skip
        assert again.content.startswith("Recorded:")
        await emu.wait_for(lambda: all(len(emu.dms(f)) == 2 for f in fans), within=20, what="the next DMs")
        await asyncio.sleep(0.3)
    assert all(len(emu.dms(f)) == 2 for f in fans)  # each alert once


async def test_a_change_one_process_commits_wakes_the_other_at_once(
    emu: FakeDiscord, tmp_path: Path, postgres_url: str
) -> None:
    """PostgreSQL: each commit NOTIFYs; the other process's follower, LISTENing, applies the change
    at once (its poll here set to a minute, so only the NOTIFY can explain it)."""
    people = world(emu)
    base = replace(
        settings_for(emu, tmp_path / "unused.db", people["guild"], people["curator_role"]),
        database_url=await fresh_database(postgres_url),
        shard_count=2,
    )
    async with AsyncExitStack() as stack:
        writer, reader = [
            await stack.enter_async_context(running_bot(replace(base, shard_ids=(i,)))) for i in (0, 1)
        ]
        follower = reader.follower
        follower.poll_seconds = 60.0
        await asyncio.sleep(1.5)  # the wait under way with the old poll has ended
        before = follower.applied
        change = await writer.editor.record_decision(
            AOUAD, Decision(3, "renewed", FuzzyDate(today()), Source("Netflix", "https://example.org/r")),
            Actor.user(1), checked=today(),
        )  # fmt: skip
        assert change is not None
        await emu.wait_for(lambda: follower.applied > before, within=5, what="the other process applying it")
        show = await store.by_slug(reader.db, AOUAD)
        assert show is not None and any(d.season == 3 for d in show.decisions)
