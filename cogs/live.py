"""Live show data from TVmaze: the nightly job that links the catalogue's unlinked shows and
refreshes the linked ones TVmaze changed, as `python -m bot sync` does. Off when TVMAZE_API_BASE is
empty; nothing here is ever needed to answer a question, so TVmaze failing only logs a line and
waits for the next run."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.core import stop_workers
from bot.domain.dates import utcnow
from bot.lookup import LOOKUP_SHARE
from bot.sync import LinkReport, RefreshReport, sync
from bot.tvmaze import RATE, TVmaze, TVmazeUnavailable

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

FIRST_RUN_AFTER = 60.0  # seconds after start: the bot answers first, then looks things up
EVERY = 24 * 3600.0


class Live(commands.Cog):
    """TVmaze, in the background."""

    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot
        self.tasks: list[asyncio.Task[None]] = []
        self.tv: TVmaze | None = None
        self.first_run_after = FIRST_RUN_AFTER
        self.every = EVERY
        self.last: tuple[LinkReport, RefreshReport] | None = None  # the latest run's outcome
        self.last_at: datetime | None = None
        self.runs = 0

    async def cog_load(self) -> None:
        base = self.bot.settings.tvmaze_api_base
        if base is None or not self.bot.serve:
            return  # TVmaze is off, or this is `sync-commands`
        # Its own share of TVmaze's window, and the window of the whole process: fans' lookups
        # always find LOOKUP_SHARE requests free.
        self.tv = TVmaze(base, rate=RATE - LOOKUP_SHARE, shared=self.bot.tvmaze_pace)
        self.tasks = [self.bot.start_worker("tvmaze-sync", self.sync_forever)]

    async def cog_unload(self) -> None:
        tasks, self.tasks = self.tasks, []
        await stop_workers(tasks)
        if self.tv is not None:
            await self.tv.close()
            self.tv = None

    def summary(self) -> str:
        """For `/admin status`: what the latest run did, and what waits for a curator."""
        if self.tv is None:
            return "TVmaze is off (TVMAZE_API_BASE is empty)."
        if self.last is None or self.last_at is None:
            return "TVmaze: no run yet (the first one starts a minute after the bot)."
        links, refreshed = self.last
        waiting = (
            len(links.ambiguous) + len(refreshed.conflicts) + len(refreshed.gone) + len(refreshed.evidence)
        )
        return (
            f"TVmaze, last run {discord.utils.format_dt(self.last_at, 'R')}: {len(links.linked)} linked,"
            f" {len(refreshed.refreshed)} refreshed; {waiting} for a curator"
            " (`python -m bot sync` lists them)."
        )

    async def sync_forever(self) -> None:
        await asyncio.sleep(self.first_run_after)
        while True:
            await self.sync_once()
            await asyncio.sleep(self.every)

    async def sync_once(self) -> tuple[LinkReport, RefreshReport] | None:
        """Link and refresh now; TVmaze out of reach is a log line, not a crash. What a refresh
        changes goes through the one write path: the catalogue follows and subscribers hear."""
        assert self.tv is not None
        try:
            links, refreshed = await sync(self.bot.editor, self.tv, now=int(time.time()))
        except TVmazeUnavailable as exc:
            log.warning("TVmaze sync skipped: %s", exc)
            self.bot.metrics.sync_runs.labels("unavailable").inc()
            return None
        finally:
            self.runs += 1
        self.last = (links, refreshed)
        metrics = self.bot.metrics
        metrics.sync_runs.labels("ok").inc()
        metrics.sync_shows.labels("linked").inc(len(links.linked))
        metrics.sync_shows.labels("refreshed").inc(len(refreshed.refreshed))
        metrics.sync_shows.labels("unchanged").inc(refreshed.unchanged)
        metrics.sync_shows.labels("failed").inc(len(links.failed) + len(refreshed.failed))
        self.last_at = utcnow()
        if refreshed.queued:
            self.bot.dispatch("review_items", refreshed.queued)  # posted to the curators' channel, if set
        log.info(
            "TVmaze sync: %d linked, %d not on TVmaze, %d for a curator; %d refreshed, %d unchanged,"
            " %d values kept for a curator, %d gone, %d not done",
            len(links.linked), len(links.not_found), len(links.ambiguous), len(refreshed.refreshed),
            refreshed.unchanged, len(refreshed.conflicts), len(refreshed.gone),
            len(links.failed) + len(refreshed.failed),
        )  # fmt: skip
        return links, refreshed


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Live(bot))
