"""The alerts workers belong to the cog: unloading it stops them, loading it again starts new ones."""

import asyncio
from pathlib import Path

import discord
import pytest

import bot.core
from bot.core import Season2Bot, point_at_discord
from bot.store import alerts
from cogs.alerts._cog import Alerts
from tests.e2e.conftest import DiscordEnv, settings_for, world
from tests.loopback.discord import FakeDiscord

AOUAD = "all-of-us-are-dead"
URL = "https://example.org/news/aouad-season-3"
WORKERS = ("alerts-delivery", "alerts-digests", "alerts-premieres", "alerts-retention")


def alerts_cog(env: DiscordEnv) -> Alerts:
    # Not isinstance: a reload imports cogs.alerts._cog again, so the class is a new object.
    cog = env.bot.get_cog("Alerts")
    assert cog is not None, "the alerts cog is not loaded"
    return cog  # type: ignore[return-value]


async def renew(env: DiscordEnv) -> None:
    reply = await env.slash(
        "admin decision", user=env.owner, show=AOUAD, season=3, status="renewed", source_url=URL
    )
    assert reply.content.startswith("Recorded:")


async def test_unloading_alerts_stops_its_workers_and_loading_it_starts_them_again(env: DiscordEnv) -> None:
    before = list(alerts_cog(env).tasks)
    assert sorted(t.get_name() for t in before) == sorted(WORKERS)
    assert all(env.bot.worker_running(name) for name in WORKERS)
    await env.slash("alerts subscribe", show=AOUAD)

    await env.bot.unload_extension("cogs.alerts")
    assert env.bot.get_cog("Alerts") is None
    assert [t.get_name() for t in before if not t.done()] == []
    assert [name for name in WORKERS if env.bot.worker_running(name)] == []
    assert env.bot.worker_running("catalogue-follow")  # the core's own workers are not the cog's
    await renew(env)  # written to the outbox; nobody sends it while the cog is out

    await env.bot.load_extension("cogs.alerts")
    after = alerts_cog(env).tasks
    assert sorted(t.get_name() for t in after) == sorted(WORKERS)
    assert not set(after) & set(before)
    assert all(env.bot.worker_running(name) for name in WORKERS)
    await env.emu.wait_for(lambda: len(env.emu.dms(env.fan)) == 1, what="the DM queued while unloaded")
    await renew(env)  # and a fresh one, woken by the new cog's listener
    await env.emu.wait_for(lambda: len(env.emu.dms(env.fan)) == 2, what="the DM raised after the reload")


async def test_the_bot_closes_cleanly_after_a_reload(env: DiscordEnv) -> None:
    await env.bot.reload_extension("cogs.alerts")
    tasks = list(alerts_cog(env).tasks)
    await env.bot.close()
    assert [t.get_name() for t in tasks if not t.done()] == []
    assert [name for name in WORKERS if env.bot.worker_running(name)] == []


async def test_a_crashed_delivery_worker_restarts_and_delivers(
    env: DiscordEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.core, "WORKER_RESTART_SECONDS", 0.05)
    claim = alerts.claim
    crashed = asyncio.Event()

    async def claim_once_broken(*args, **kwargs):
        if not crashed.is_set():
            crashed.set()
            raise RuntimeError("a bad row")
        return await claim(*args, **kwargs)

    monkeypatch.setattr(alerts, "claim", claim_once_broken)
    await env.bot.reload_extension("cogs.alerts")  # its worker's first claim crashes
    async with asyncio.timeout(5):
        await crashed.wait()
    await env.slash("alerts subscribe", show=AOUAD)
    await renew(env)
    await env.emu.wait_for(lambda: len(env.emu.dms(env.fan)) == 1, what="the DM after the restart")
    assert env.bot.worker_running("alerts-delivery")


async def test_sync_commands_loads_the_cog_but_starts_no_worker(emu: FakeDiscord, tmp_path: Path) -> None:
    people = world(emu)
    settings = settings_for(emu, tmp_path / "bot.db", people["guild"], people["curator_role"])
    saved = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    point_at_discord(settings)
    syncer = Season2Bot(settings, serve=False)  # what `python -m bot sync-commands` builds
    try:
        async with syncer:
            await syncer.login(settings.require_token())  # runs setup_hook: the cogs load
            cog = syncer.get_cog("Alerts")
            assert cog is not None
            assert cog.tasks == []  # type: ignore[attr-defined]
            assert [name for name in WORKERS if syncer.worker_running(name)] == []
    finally:
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = saved
