"""The renewal radar in the running bot: it polls the news feeds (the bundled ones unless
RADAR_BUNDLED_FEEDS is off, and those curators add), and what a new item announces about a catalogue
show joins the review queue with the article as its source, posted to the curators' channel if one
is set. Nothing is recorded without a curator's press. The radar never stands between a fan and an
answer: it only reads feeds and writes review items."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot import radar
from bot.core import stop_workers
from bot.domain.dates import utcnow
from bot.domain.search import search_key
from bot.store import feeds
from bot.tvmaze import TVmazeUnavailable

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

TICK = 60.0  # seconds between looks for feeds whose time has come
# Shows the catalogue lacks looked up on TVmaze per poll, each once (an item whose show is past them
# is kept, and read again at the next tick: radar.MAX_WAIT)
LOOKUPS_PER_POLL = 5
FORGET_MISSES = timedelta(days=1)  # a title TVmaze did not know is not asked again for this long


class Radar(commands.Cog):
    """News feeds read for renewals, cancellations, endings and premiere dates."""

    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot
        self.client = radar.FeedClient()
        self.tasks: list[asyncio.Task[None]] = []
        self.tick = TICK
        self._names: radar.Names | None = None  # the catalogue's names, built again after a change
        self._misses: dict[str, datetime] = {}  # folded title -> when TVmaze last did not know it
        self._unreachable = False  # TVmaze could not be asked at the last try (logged once, not each tick)

    async def cog_load(self) -> None:
        if self.bot.settings.radar_bundled_feeds:
            added = await feeds.seed_bundled(self.bot.db, radar.bundled_feeds())
            if added:
                log.info("radar: %d bundled feeds added", added)
        if self.bot.serve:
            self.tasks = [self.bot.start_worker("radar-poll", self.poll_forever)]

    async def cog_unload(self) -> None:
        tasks, self.tasks = self.tasks, []
        await stop_workers(tasks)
        await self.client.close()

    async def poll_forever(self) -> None:
        while True:
            await self.poll_once()
            await asyncio.sleep(self.tick)

    async def poll_once(self) -> radar.PollReport:
        """Poll the feeds whose time has come; new review items are posted to curators."""
        db = self.bot.db
        bundled = self.bot.settings.radar_bundled_feeds
        # (items kept for a lookup are read again each tick until done, a feed due or not)
        if not await feeds.due(db, utcnow(), bundled=bundled) and not await feeds.waiting_count(
            db, bundled=bundled
        ):
            return radar.PollReport()
        if self._names is None:
            self._names = await radar.Names.read(db)
        report = await radar.poll_due(
            db, self.client, self._names, utcnow(), bundled=bundled, resolve=self._resolver()
        )
        metrics = self.bot.metrics
        metrics.radar_polls.labels("ok").inc(report.polled - report.not_modified - len(report.failed))
        metrics.radar_polls.labels("not_modified").inc(report.not_modified)
        metrics.radar_polls.labels("failed").inc(len(report.failed))
        metrics.radar_items.inc(report.items_read)
        metrics.radar_proposals.inc(len(report.queued))
        metrics.radar_waiting.set(report.waiting)
        if report.polled or report.waited:
            log.info(
                "radar: %d feeds polled (%d unchanged, %d failed), %d new items, %d proposals%s%s",
                report.polled, report.not_modified, len(report.failed), report.items_read, len(report.queued),
                f", {report.waited} items read after waiting" if report.waited else "",
                f", {report.waiting} items waiting for a TVmaze lookup" if report.waiting else "",
            )  # fmt: skip
        if report.queued:
            self.bot.dispatch("review_items", report.queued)
        await feeds.prune_read(db, utcnow() - timedelta(days=max(self.bot.settings.retention_days, 30)))
        return report

    def _resolver(self) -> radar.Resolve | None:
        """For this poll: a title the catalogue lacks -> the show TVmaze has under that very name,
        stored unreviewed (bot.lookup), at most LOOKUPS_PER_POLL times; None when TVmaze is off."""
        lookup = self.bot.lookup
        if lookup is None:
            return None
        left = LOOKUPS_PER_POLL
        now = utcnow()
        self._misses = {k: t for k, t in self._misses.items() if now - t < FORGET_MISSES}
        found_now: dict[str, int] = {}  # (another outlet's report of a show found in this poll: no lookup)

        async def resolve(title: str) -> int | None:
            nonlocal left
            key = search_key(title)
            if key in found_now:
                return found_now[key]
            if not key or key in self._misses:
                return None
            if left <= 0:
                raise radar.LookupDeferred(title)  # (the item waits for the next poll's lookups)
            left -= 1
            try:
                found = await lookup.find(title, self.bot.catalogue, exact=True)
            except TVmazeUnavailable as exc:
                if not self._unreachable:
                    log.warning("radar: TVmaze could not be asked about %r (%s); items wait until it answers",
                                title, exc)  # fmt: skip
                self._unreachable = True
                left = 0  # not again this poll
                raise radar.LookupDeferred(title) from exc
            if self._unreachable:
                log.info("radar: TVmaze answers again; the items waiting for it are read")
                self._unreachable = False
            if found.show is None:
                self._misses[key] = now
                return None
            if found.outcome == "added":
                log.info("radar: %s stored from TVmaze, unreviewed (new to the catalogue)", found.show.title)
            found_now[key] = found.show.id
            return found.show.id

        return resolve

    @commands.Cog.listener()
    async def on_catalogue_changed(self, show_ids: tuple[int, ...]) -> None:
        """A show added, renamed or given a season: the names are read again at the next poll."""
        self._names = None

    async def summary(self) -> str:
        """For `/admin status`."""
        listed = [f for f in await feeds.all_feeds(self.bot.db) if f.enabled]
        if not listed:
            return "No feeds: add one with /admin feeds add."
        failing = sum(1 for f in listed if f.failures and not f.paused)
        paused = sum(1 for f in listed if f.paused)
        read = sum(f.items_read for f in listed)
        proposed = sum(f.proposals for f in listed)
        latest = max((f.last_ok_at for f in listed if f.last_ok_at), default=None)
        when = discord.utils.format_dt(latest, "R") if latest else "not yet"
        waiting = await feeds.waiting_count(self.bot.db, bundled=self.bot.settings.radar_bundled_feeds)
        wait = "1 item waits" if waiting == 1 else f"{waiting} items wait"
        return (
            f"{len(listed)} feeds, last answer {when}: {read} items read, {proposed} proposals;"
            f" {failing} failing, {paused} paused (/admin feeds list)."
            + (f" {wait} for a TVmaze lookup at the next poll." if waiting else "")
        )


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Radar(bot))
