"""Live show data from TVmaze: the nightly job that links the catalogue's unlinked shows, as
`python -m bot sync` does. Off when TVMAZE_API_BASE is empty; nothing here is ever needed to answer
a question, so TVmaze failing only logs a line and waits for the next run."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from discord.ext import commands

from bot.core import stop_workers
from bot.store import catalogue as store
from bot.sync import LinkReport, link_shows
from bot.tvmaze import TVmaze, TVmazeUnavailable

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
        self.last: LinkReport | None = None  # the latest run's outcome
        self.runs = 0

    async def cog_load(self) -> None:
        base = self.bot.settings.tvmaze_api_base
        if base is None or not self.bot.serve:
            return  # TVmaze is off, or this is `sync-commands`
        self.tv = TVmaze(base)
        self.tasks = [self.bot.start_worker("tvmaze-sync", self.sync_forever)]

    async def cog_unload(self) -> None:
        tasks, self.tasks = self.tasks, []
        await stop_workers(tasks)
        if self.tv is not None:
            await self.tv.close()
            self.tv = None

    async def sync_forever(self) -> None:
        await asyncio.sleep(self.first_run_after)
        while True:
            await self.sync_once()
            await asyncio.sleep(self.every)

    async def sync_once(self) -> LinkReport | None:
        """Link what can be linked now; TVmaze out of reach is a log line, not a crash."""
        assert self.tv is not None
        shows = await store.unlinked(self.bot.db)
        try:
            report = await link_shows(self.bot.editor, self.tv, shows)
        except TVmazeUnavailable as exc:
            log.warning("TVmaze sync skipped: %s", exc)
            return None
        finally:
            self.runs += 1
        self.last = report
        log.info(
            "TVmaze sync: %d shows looked up, %d linked, %d not on TVmaze, %d for a curator, %d not done",
            len(shows), len(report.linked), len(report.not_found), len(report.ambiguous), len(report.failed),
        )  # fmt: skip
        return report


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Live(bot))
