"""What the bot counts for Prometheus (served at /metrics when METRICS_PORT is set, bot.health).

Every metric lives in a registry the bot instance owns, not prometheus_client's global one, so
several bots in one process (the end-to-end tests) never count into each other's series, and a
module imported twice never registers a name twice. Counting is always on: it costs an addition,
and a bot started without METRICS_PORT simply never shows the numbers."""

from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace
from typing import Any

import aiohttp
import discord
from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    Info,
    PlatformCollector,
    ProcessCollector,
)

# Interaction.extras key: how a failed command failed, set by the tree's error handler (bot.core).
COMMAND_OUTCOME = "season2:outcome"
INTERNAL_ERROR = "internal_error"  # "Something broke on our side": ours to fix
USER_ERROR = "user_error"  # a one-line reply telling the user what to do (bad value, cooldown, rights)
# Discord answers within 3 s or the command is deferred; a deferred one may take up to 15 minutes.
COMMAND_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 30.0, 60.0)
DELIVERY_KINDS = ("dm", "channel")
# X-RateLimit-Scope values Discord documents; anything else is counted as "other" (bounded labels).
RATE_LIMIT_SCOPES = ("user", "global", "shared")


class Metrics:
    """The bot's Prometheus metrics, all named season2bot_*; `registry` is what /metrics shows."""

    def __init__(self, version: str) -> None:
        self.registry = registry = CollectorRegistry()
        self.command_seconds = Histogram(
            "season2bot_command_duration_seconds",
            "Slash command time from the bot admitting it to its last reply (its error reply too),"
            " by command and outcome: ok, user_error, internal_error, cancelled.",
            ("command", "outcome"),
            buckets=COMMAND_BUCKETS,
            registry=registry,
        )
        self.deliveries_sent = Counter(
            "season2bot_deliveries_sent",
            "Instant alert deliveries Discord accepted, by kind (dm, channel).",
            ("kind",),
            registry=registry,
        )
        self.deliveries_failed = Counter(
            "season2bot_deliveries_failed",
            "Alert deliveries given up on: refused for good (DMs closed, channel gone, no access)"
            " or out of attempts, by kind.",
            ("kind",),
            registry=registry,
        )
        self.deliveries_retried = Counter(
            "season2bot_deliveries_retried",
            "Alert deliveries put back for a later try after a 429, 5xx or network error, by kind.",
            ("kind",),
            registry=registry,
        )
        self.rate_limited = Counter(
            "season2bot_discord_rate_limited",
            "HTTP 429 answers from Discord's REST API (interaction replies included), by"
            " X-RateLimit-Scope: user, global, shared; none when the header is absent.",
            ("scope",),
            registry=registry,
        )
        self.outbox_pending = Gauge(
            "season2bot_outbox_pending",
            "Alert deliveries waiting in the outbox, by queue: instant (due, in flight or backing off)"
            " and digest (held for a daily or weekly digest). Read from the store at each scrape.",
            ("queue",),
            registry=registry,
        )
        self.outbox_lag = Gauge(
            "season2bot_outbox_lag_seconds",
            "How long the oldest due instant delivery has waited; 0 when none does.",
            registry=registry,
        )
        self.gateway_connected = Gauge(
            "season2bot_gateway_connected",
            "1 while this process's gateway connection (every shard's) is up, else 0.",
            registry=registry,
        )
        self.store_up = Gauge(
            "season2bot_store_up",
            "1 when the store answered at the last scrape or health check, else 0.",
            registry=registry,
        )
        self.sync_runs = Counter(
            "season2bot_tvmaze_sync_runs",
            "TVmaze sync runs of the running bot, by outcome: ok, unavailable.",
            ("outcome",),
            registry=registry,
        )
        self.sync_shows = Counter(
            "season2bot_tvmaze_sync_shows",
            "Shows a TVmaze sync run linked, refreshed, found unchanged or could not do (failed).",
            ("result",),
            registry=registry,
        )
        self.radar_polls = Counter(
            "season2bot_radar_feed_polls",
            "News feed polls of the renewal radar, by result: ok, not_modified, failed.",
            ("result",),
            registry=registry,
        )
        self.radar_items = Counter(
            "season2bot_radar_items_read",
            "New feed items the renewal radar read.",
            registry=registry,
        )
        self.radar_proposals = Counter(
            "season2bot_radar_proposals",
            "Review items the renewal radar proposed to curators.",
            registry=registry,
        )
        self.radar_waiting = Gauge(
            "season2bot_radar_items_waiting",
            "Feed items the renewal radar keeps until TVmaze can look their show up, after its last poll.",
            registry=registry,
        )
        Info("season2bot_build", "The running version.", registry=registry).info({"version": version})
        # The usual process_* and python_* series (memory, CPU, open files, GC), in our registry.
        ProcessCollector(registry=registry)
        PlatformCollector(registry=registry)
        GCCollector(registry=registry)
        # Every known label value from the start, so a rate() sees the first event and a dashboard
        # shows 0, not "no data", before anything has happened.
        for kind in DELIVERY_KINDS:
            for counter in (self.deliveries_sent, self.deliveries_failed, self.deliveries_retried):
                counter.labels(kind)
        for scope in (*RATE_LIMIT_SCOPES, "none"):
            self.rate_limited.labels(scope)
        for queue in ("instant", "digest"):
            self.outbox_pending.labels(queue)
        for outcome in ("ok", "unavailable"):
            self.sync_runs.labels(outcome)
        for result in ("linked", "refreshed", "unchanged", "failed"):
            self.sync_shows.labels(result)
        for result in ("ok", "not_modified", "failed"):
            self.radar_polls.labels(result)

    def http_trace(self) -> aiohttp.TraceConfig:
        """For discord.py's documented `http_trace` option: aiohttp calls it at the end of every
        request on discord.py's session (REST and interaction replies alike), with the response.

        Chosen over a handler on the 'discord.http' logger, which matches its "We are being rate
        limited" lines: those are created only when that logger allows WARNING (LOG_LEVEL=ERROR
        would hide every 429), a reworded message would stop the count silently, and a 429 that
        discord.py raises (a Cloudflare ban, or retry_after past max_ratelimit_timeout) logs nothing."""
        trace = aiohttp.TraceConfig()

        async def on_request_end(
            session: aiohttp.ClientSession, context: SimpleNamespace, params: aiohttp.TraceRequestEndParams
        ) -> None:
            if params.response.status == 429:
                scope = params.response.headers.get("X-RateLimit-Scope", "none").lower()
                self.rate_limited.labels(
                    scope if scope in RATE_LIMIT_SCOPES or scope == "none" else "other"
                ).inc()

        trace.on_request_end.append(on_request_end)
        return trace

    def time_command(self, interaction: discord.Interaction[Any], task: asyncio.Task[Any]) -> None:
        """Time a slash command from now (the tree's gate, bot.core.admit) until its task ends.

        discord.py runs a command, its error handlers and the tree's on_error in one task, so its
        end comes after the reply or the error's reply, whichever it was; `on_app_command_completion`
        would see only the successes."""
        started = time.perf_counter()

        def done(finished: asyncio.Task[Any]) -> None:
            command = interaction.command
            name = command.qualified_name if command is not None else "unknown"
            if finished.cancelled():
                outcome = "cancelled"  # shutdown's drain ran out of time for it
            elif interaction.command_failed:
                outcome = interaction.extras.get(COMMAND_OUTCOME, USER_ERROR)
            else:
                outcome = "ok"
            self.command_seconds.labels(name, outcome).observe(time.perf_counter() - started)

        task.add_done_callback(done)
