"""The optional HTTP endpoint, on when METRICS_PORT is set: /healthz for a supervisor's health check
(Docker's HEALTHCHECK, a load balancer, Kubernetes) and /metrics for Prometheus.

It is an aiohttp server in the bot's own event loop (aiohttp comes with discord.py), not
prometheus_client's threaded one, because /healthz must ask the bot's store and gateway, which
live in that loop. It shows counts and states only: no token, no database address, no user text."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.config import ConfigError
from bot.domain.dates import utcnow
from bot.store.health import OutboxBacklog, outbox_backlog

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

STORE_TIMEOUT = 3.0  # seconds; a store slower than this is as good as down to a health check


def gateway_connected(bot: discord.Client) -> bool:
    """Whether Discord's gateway is connected now: ready, and the socket (each shard's) open.
    `is_ready()` alone stays true while discord.py reconnects after a drop."""
    if bot.is_closed() or not bot.is_ready():
        return False
    if isinstance(bot, discord.AutoShardedClient):
        return bool(bot.shards) and all(not shard.is_closed() for shard in bot.shards.values())
    ws = bot.ws
    return ws is not None and bool(ws.open)


@dataclass(frozen=True, slots=True)
class Health:
    reasons: tuple[str, ...]  # empty when healthy
    gateway: bool
    backlog: OutboxBacklog | None  # None when the store did not answer
    lag_seconds: float | None

    @property
    def ok(self) -> bool:
        return not self.reasons


async def check(bot: Season2Bot) -> Health:
    """Ask the gateway and the store now; the gauges /metrics shows are set from the same answer."""
    now = utcnow()
    reasons: list[str] = []
    if bot.closing:
        reasons.append("shutting down")
    connected = gateway_connected(bot)
    if not connected:
        reasons.append("gateway not connected")
    backlog: OutboxBacklog | None = None
    try:
        async with asyncio.timeout(STORE_TIMEOUT):
            backlog = await outbox_backlog(bot.db, now)
    except TimeoutError:
        reasons.append(f"store did not answer within {STORE_TIMEOUT:.0f} s")
    except Exception as exc:
        # The reason names the kind of failure only: a driver's message may quote its address.
        reasons.append(f"store unreachable ({type(exc).__name__})")
        log.debug("health: the store did not answer: %r", exc)
    metrics = bot.metrics
    metrics.gateway_connected.set(1 if connected else 0)
    metrics.store_up.set(0 if backlog is None else 1)
    lag = None
    if backlog is not None:
        lag = backlog.lag_seconds(now)
        metrics.outbox_pending.labels("instant").set(backlog.pending)
        metrics.outbox_pending.labels("digest").set(backlog.digest_waiting)
        metrics.outbox_lag.set(lag)
    return Health(tuple(reasons), connected, backlog, lag)


def health_body(bot: Season2Bot, health: Health) -> dict[str, Any]:
    backlog = health.backlog
    return {
        "status": "ok" if health.ok else "unhealthy",
        "reasons": list(health.reasons),
        "gateway_connected": health.gateway,
        "store_reachable": backlog is not None,
        "outbox_pending": backlog.pending if backlog else None,
        "outbox_due": backlog.due if backlog else None,
        "outbox_digest_waiting": backlog.digest_waiting if backlog else None,
        "outbox_lag_seconds": round(health.lag_seconds, 3) if health.lag_seconds is not None else None,
        "uptime_seconds": round(bot.uptime(), 1),
        "version": bot.version(),
    }


class OpsServer:
    """/healthz: 200 when the gateway is connected and the store answers, else 503 with the reasons;
    the outbox's backlog either way. /metrics: the bot's registry in Prometheus' text format."""

    def __init__(self, bot: Season2Bot, host: str, port: int) -> None:
        self.bot = bot
        self.host = host
        self.port = port  # the bound one once started (a test asks for 0: any free port)
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        runner = web.AppRunner(app, access_log=None)  # a scrape every 15 s is not worth a log line
        await runner.setup()
        try:
            await web.TCPSite(runner, self.host, self.port).start()
        except OSError as exc:
            await runner.cleanup()
            raise ConfigError(
                f"METRICS_PORT {self.port} cannot be opened on {self.host} ({exc.strerror or exc}):"
                " choose a free port, or leave METRICS_PORT unset."
            ) from None
        self._runner = runner
        self.port = int(runner.addresses[0][1])
        log.info("health and metrics on http://%s:%d/healthz and /metrics", self.host, self.port)

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _healthz(self, request: web.Request) -> web.Response:
        health = await check(self.bot)
        return web.json_response(health_body(self.bot, health), status=200 if health.ok else 503)

    async def _metrics(self, request: web.Request) -> web.Response:
        await check(self.bot)  # the gauges read from the store and the gateway, fresh
        return web.Response(
            body=generate_latest(self.bot.metrics.registry), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )
