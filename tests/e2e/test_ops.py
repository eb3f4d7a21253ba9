"""/healthz and /metrics of the real bot against the loopback Discord, and `python -m bot run` as the
container runs it: JSON log lines, the Docker probe, a clean stop on SIGTERM."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.config import ConfigError
from bot.core import Season2Bot
from bot.domain.dates import FuzzyDate
from bot.domain.models import Season
from bot.store import Database
from bot.store import feeds as feeds_store
from cogs.live import Live
from cogs.radar import Radar
from tests.conftest import REPO, TWIN_NOW, make_show, put
from tests.e2e.conftest import DiscordEnv, eventually, running_bot, settings_for, world
from tests.e2e.test_radar import NOISE, due_now
from tests.loopback.discord import FakeDiscord
from tests.loopback.feeds import FeedServer
from tests.loopback.tvmaze import TVmazeTwin, add_fictional_shows

AOUAD = "all-of-us-are-dead"
URL = "https://example.org/news/aouad-season-3"
MESSAGES = "/channels/{channel_id}/messages"


@pytest.fixture
async def ops(emu: FakeDiscord, tmp_path: Path) -> AsyncIterator[DiscordEnv]:
    """The `env` world, with the HTTP endpoint on a free port of this host."""
    people = world(emu)
    settings = settings_for(emu, tmp_path / "bot.db", people["guild"], people["curator_role"])
    settings = replace(settings, metrics_port=0, metrics_host="127.0.0.1")  # 0: any free port
    async with running_bot(settings) as bot:
        yield DiscordEnv(emu=emu, bot=bot, settings=settings, **people)


async def get(bot: Season2Bot, path: str) -> tuple[int, str]:
    assert bot.ops is not None, "METRICS_PORT is set: the endpoint must be up"
    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{bot.ops.port}{path}") as r:
        return r.status, await r.text()


async def healthz(bot: Season2Bot) -> tuple[int, dict[str, Any]]:
    status, text = await get(bot, "/healthz")
    return status, json.loads(text)


Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


async def metrics(bot: Season2Bot) -> Samples:
    status, text = await get(bot, "/metrics")
    assert status == 200
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def value(samples: Samples, name: str, **labels: str) -> float | None:
    return samples.get((name, tuple(sorted(labels.items()))))


async def renew(env: DiscordEnv) -> None:
    reply = await env.slash(
        "admin decision", user=env.owner, show=AOUAD, season=3, status="renewed", source_url=URL
    )
    assert reply.content.startswith("Recorded:")


# ---------------------------------------------------------------- /healthz


async def test_healthz_is_ok_with_the_gateway_connected_and_the_store_answering(ops: DiscordEnv) -> None:
    status, text = await get(ops.bot, "/healthz")
    assert status == 200
    body = json.loads(text)
    assert body["status"] == "ok" and body["reasons"] == []
    assert body["gateway_connected"] is True and body["store_reachable"] is True
    assert body["outbox_pending"] == 0 and body["outbox_due"] == 0 and body["outbox_lag_seconds"] == 0
    assert body["version"] == ops.bot.version() and body["uptime_seconds"] >= 0
    assert ops.emu.token not in text and str(ops.settings.database_path) not in text


async def test_healthz_is_503_while_discord_turns_the_gateway_away(ops: DiscordEnv) -> None:
    ops.emu.refuse_gateway = True  # an outage: the bot's reconnects are refused
    await ops.emu.drop_gateway(4000)

    async def down() -> bool:
        status, body = await healthz(ops.bot)
        return status == 503 and body["reasons"] == ["gateway not connected"]

    await eventually(down, what="a 503 naming the gateway")
    _, body = await healthz(ops.bot)
    assert body["gateway_connected"] is False and body["store_reachable"] is True
    assert value(await metrics(ops.bot), "season2bot_gateway_connected") == 0
    ops.emu.refuse_gateway = False

    async def up() -> bool:
        return (await healthz(ops.bot))[0] == 200

    await eventually(up, within=20, what="the bot to reconnect")  # discord.py backs off up to a few s
    assert value(await metrics(ops.bot), "season2bot_gateway_connected") == 1
    assert "season2bot" in (await ops.slash("about")).text


async def test_healthz_is_503_once_the_store_stops_answering(ops: DiscordEnv) -> None:
    await ops.bot.db.close()  # as a database server that went away: every query now fails
    status, text = await get(ops.bot, "/healthz")
    body = json.loads(text)
    assert status == 503 and body["status"] == "unhealthy"
    [reason] = body["reasons"]
    assert reason.startswith("store unreachable (")  # the kind of error only (aiosqlite: ValueError)
    assert body["store_reachable"] is False and body["outbox_pending"] is None
    assert body["gateway_connected"] is True
    samples = await metrics(ops.bot)  # /metrics still answers, and says so
    assert value(samples, "season2bot_store_up") == 0
    # A command that needs the store now fails on our side, and is timed as such.
    reply = await ops.slash("alerts list")
    assert "Something broke on our side" in reply.text

    async def timed() -> bool:
        samples = await metrics(ops.bot)
        name = "season2bot_command_duration_seconds_count"
        return value(samples, name, command="alerts list", outcome="internal_error") == 1

    await eventually(timed, what="the failed command in the histogram")


# ---------------------------------------------------------------- /metrics


async def test_metrics_time_each_slash_command_by_name_and_outcome(ops: DiscordEnv) -> None:
    await ops.slash("help")
    refused = await ops.slash("admin status", user=ops.fan)  # a curators' command: one line back
    assert refused.ephemeral
    name = "season2bot_command_duration_seconds_count"

    async def timed() -> bool:
        samples = await metrics(ops.bot)
        return (
            value(samples, name, command="help", outcome="ok") == 1
            and value(samples, name, command="admin status", outcome="user_error") == 1
        )

    await eventually(timed, what="both commands in the histogram")
    samples = await metrics(ops.bot)
    help_ok = {"command": "help", "outcome": "ok"}
    assert value(samples, "season2bot_command_duration_seconds_bucket", **help_ok, le="+Inf") == 1
    assert (value(samples, "season2bot_command_duration_seconds_sum", **help_ok) or 0) > 0
    assert value(samples, "season2bot_build_info", version=ops.bot.version()) == 1
    assert value(samples, "season2bot_deliveries_sent_total", kind="dm") == 0  # every series from the start


async def test_an_alert_is_counted_as_sent_and_discords_429_as_rate_limited(ops: DiscordEnv) -> None:
    await ops.slash("alerts subscribe", show=AOUAD)
    ops.emu.fail_next("POST", MESSAGES, 429, count=1, retry_after=0.2)
    await renew(ops)
    await ops.emu.wait_for(lambda: len(ops.emu.dms(ops.fan)) == 1, within=15, what="the DM")

    async def counted() -> bool:
        return value(await metrics(ops.bot), "season2bot_deliveries_sent_total", kind="dm") == 1

    await eventually(counted, what="the delivery counted")
    samples = await metrics(ops.bot)
    assert value(samples, "season2bot_discord_rate_limited_total", scope="user") == 1
    assert value(samples, "season2bot_deliveries_retried_total", kind="dm") == 0  # discord.py waited it out
    assert value(samples, "season2bot_outbox_pending", queue="instant") == 0


async def test_a_server_error_counts_a_retry_and_closed_dms_a_failure(ops: DiscordEnv) -> None:
    await ops.slash("alerts subscribe", show=AOUAD)
    await ops.slash("alerts subscribe", show=AOUAD, user=ops.mod)
    ops.emu.close_dms(ops.mod)
    # 503 is not among the statuses discord.py retries itself: the outbox backs off and tries again.
    ops.emu.fail_next("POST", MESSAGES, 503, count=1)
    await renew(ops)
    await ops.emu.wait_for(lambda: len(ops.emu.dms(ops.fan)) == 1, within=15, what="the fan's DM")

    async def counted() -> bool:
        samples = await metrics(ops.bot)
        return (
            value(samples, "season2bot_deliveries_sent_total", kind="dm") == 1
            and value(samples, "season2bot_deliveries_failed_total", kind="dm") == 1
        )

    await eventually(counted, within=15, what="one sent and one failed")
    assert value(await metrics(ops.bot), "season2bot_deliveries_retried_total", kind="dm") == 1


async def test_the_outbox_backlog_shows_while_deliveries_wait(ops: DiscordEnv) -> None:
    await ops.slash("alerts subscribe", show=AOUAD)
    await ops.slash("alerts subscribe", show=AOUAD, user=ops.mod)
    await ops.slash("alerts settings", user=ops.mod, mode="daily")  # the mod's wait for a digest
    ops.emu.delay_next("POST", MESSAGES, 3.0)  # a slow Discord: the fan's DM is in flight a while
    await renew(ops)

    async def waiting() -> bool:
        status, body = await healthz(ops.bot)
        return status == 200 and body["outbox_pending"] == 1 and body["outbox_lag_seconds"] > 0.2

    await eventually(waiting, what="the in-flight delivery on /healthz")
    _, body = await healthz(ops.bot)
    assert body["outbox_due"] == 1 and body["outbox_digest_waiting"] == 1
    samples = await metrics(ops.bot)
    assert value(samples, "season2bot_outbox_pending", queue="instant") == 1
    assert value(samples, "season2bot_outbox_pending", queue="digest") == 1
    assert (value(samples, "season2bot_outbox_lag_seconds") or 0) > 0.2
    await ops.emu.wait_for(lambda: len(ops.emu.dms(ops.fan)) == 1, within=15, what="the DM")

    async def drained() -> bool:
        _, body = await healthz(ops.bot)
        return body["outbox_pending"] == 0 and body["outbox_lag_seconds"] == 0

    await eventually(drained, what="the outbox to drain")
    assert value(await metrics(ops.bot), "season2bot_outbox_pending", queue="digest") == 1


async def test_the_radars_polls_are_counted(ops: DiscordEnv, publishers: FeedServer) -> None:
    publishers.publish("looper", [NOISE])  # a headline that says nothing: read, never proposed
    publishers.publish("broken", [])
    for name in ("looper", "broken"):
        await feeds_store.add(ops.bot.db, publishers.url(name), name, added_by=None)
    publishers.fail_next("broken", 500, count=10)
    radar = cast(Radar, ops.bot.get_cog("Radar"))
    await radar.poll_once()
    await due_now(ops.bot.db)
    await radar.poll_once()  # the feed did not change: 304
    samples = await metrics(ops.bot)
    assert value(samples, "season2bot_radar_feed_polls_total", result="ok") == 1
    assert value(samples, "season2bot_radar_feed_polls_total", result="not_modified") == 1
    assert value(samples, "season2bot_radar_feed_polls_total", result="failed") == 2
    assert value(samples, "season2bot_radar_items_read_total") == 1
    assert value(samples, "season2bot_radar_proposals_total") == 0


async def test_tvmaze_sync_runs_are_counted(emu: FakeDiscord, twin: TVmazeTwin, tmp_path: Path) -> None:
    add_fictional_shows(twin)
    people = world(emu)
    settings = replace(
        settings_for(emu, tmp_path / "bot.db", people["guild"], people["curator_role"]),
        tvmaze_api_base=twin.base_url, metrics_port=0, metrics_host="127.0.0.1",
    )  # fmt: skip
    premiere = FuzzyDate((datetime.fromtimestamp(TWIN_NOW, UTC) - timedelta(days=1500)).date())
    harbour = make_show("paper-harbour", "Paper Harbour", platform="Harbour One", decisions=(),
                        seasons=(Season(1, premiere),), original_title=None, aliases=())  # fmt: skip
    db = await Database.open(settings.database_path)  # one show: the bot seeds no others
    await put(db, [harbour])
    await db.close()
    async with running_bot(settings) as bot:
        live = cast(Live, bot.get_cog("Live"))
        assert await live.sync_once() is not None
        await twin.down()
        assert await live.sync_once() is None
        await twin.up()
        samples = await metrics(bot)
    assert value(samples, "season2bot_tvmaze_sync_runs_total", outcome="ok") == 1
    assert value(samples, "season2bot_tvmaze_sync_runs_total", outcome="unavailable") == 1
    assert value(samples, "season2bot_tvmaze_sync_shows_total", result="linked") == 1
    assert value(samples, "season2bot_tvmaze_sync_shows_total", result="refreshed") == 1
    assert value(samples, "season2bot_tvmaze_sync_shows_total", result="failed") == 0


# ---------------------------------------------------------------- off by default, and a busy port


async def test_without_metrics_port_there_is_no_endpoint(env: DiscordEnv) -> None:
    assert env.settings.metrics_port is None and env.bot.ops is None


async def test_a_busy_port_stops_the_bot_with_one_line(emu: FakeDiscord, tmp_path: Path) -> None:
    people = world(emu)
    settings = settings_for(emu, tmp_path / "bot.db", people["guild"], people["curator_role"])
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ConfigError) as err:
            async with running_bot(replace(settings, metrics_port=port, metrics_host="127.0.0.1")):
                pass
    message = str(err.value)
    assert message.startswith(f"METRICS_PORT {port} cannot be opened") and "\n" not in message


# ---------------------------------------------------------------- as the container runs it


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_run_with_json_logs_answers_the_containers_probe(emu: FakeDiscord, tmp_path: Path) -> None:
    world(emu)
    port = free_port()
    ours = ("DISCORD", "DATABASE", "METRICS", "LOG_")  # set below, never inherited from this shell
    env = {k: v for k, v in os.environ.items() if not k.startswith(ours)}
    env.update({"DATABASE_PATH": str(tmp_path / "bot.db"), "DISCORD_TOKEN": emu.token,
                "DISCORD_API_BASE": emu.api_base, "DISCORD_GATEWAY_URL": emu.gateway_url,
                "PYTHONPATH": str(REPO), "TVMAZE_API_BASE": "", "RADAR_BUNDLED_FEEDS": "off",
                "METRICS_PORT": str(port), "METRICS_HOST": "127.0.0.1", "LOG_FORMAT": "json"})  # fmt: skip
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--env-file", os.devnull, "run", env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        probed = b""
        for _ in range(300):  # the store is seeded and the commands synced first: up to 30 s
            check = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.healthcheck", env=env, cwd=REPO, stdout=asyncio.subprocess.PIPE
            )
            probed, _ = await check.communicate()
            if check.returncode == 0:
                break
            assert proc.returncode is None, "the bot ended before it was healthy"
            await asyncio.sleep(0.1)
        assert check.returncode == 0, probed.decode()
        assert json.loads(probed)["status"] == "ok"
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    lines = err.decode().splitlines()
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all({"time", "level", "logger", "message"} <= set(e) for e in entries)
    messages = [e["message"] for e in entries]
    assert any(m.startswith("health and metrics on http://127.0.0.1:") for m in messages)
    assert "SIGTERM received: shutting down" in messages and messages[-1] == "stopped"
    assert emu.token not in err.decode()
