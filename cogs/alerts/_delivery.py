"""The outbox's delivery worker: sends due deliveries within Discord's global rate limit, retries
what may pass later, turns off what never will, and shows curators the progress of their events."""

from __future__ import annotations

import asyncio
import logging
import random
from datetime import timedelta
from typing import TYPE_CHECKING

import aiohttp
import discord

from bot import i18n, render
from bot.core import NO_PINGS, wait_event
from bot.domain.dates import utcnow
from bot.domain.events import Event
from bot.domain.models import Show
from bot.i18n import _
from bot.pacing import Pacer, Spacing
from bot.store import alerts, events, postgres
from bot.store import catalogue as store
from bot.translator import server_language
from cogs.alerts._button import unsubscribe_view

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

BATCH = 48  # claimed at once (a second of sends: fewer pauses between batches); a killed process's
# claims wait out LEASE before another takes them
CONCURRENCY = 10  # sends in flight at once; also the most duplicates a crash can cause
LEASE = timedelta(seconds=30)  # far longer than a batch takes at RATE_PER_SECOND
MAX_ATTEMPTS = 8
RATE_PER_SECOND = 48  # of Discord's global 50 a second (96 %); 2 left for edits, threads and polls
IDLE_WAIT = 30.0
PERMANENT = {50007: "DMs closed", 10003: "unknown channel", 10013: "unknown user", 50001: "missing access",
             50013: "missing permissions"}  # fmt: skip


def backoff(attempt: int) -> timedelta:
    """Exponential with full jitter, capped at five minutes."""
    return timedelta(seconds=random.uniform(0, min(300.0, 2.0**attempt)))  # jitter, not crypto


# The posts a routed channel may open a discussion thread on (opt in, /alerts channel thread:).
THREADED = ("decision", "premiere_set", "premiere_moved", "premiere_day")


class DeliveryWorker:
    """Claims a batch of due deliveries, sends them CONCURRENCY at a time, and marks each sent or
    failed as soon as it is known (so a crash duplicates at most what is in flight)."""

    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot
        # In memory until the cog starts the worker; shared through the store on PostgreSQL (pace_for).
        self.pace: Pacer = Spacing(RATE_PER_SECOND)
        self._wake = asyncio.Event()
        # The curator's reply to edit with each event's progress, and the text it starts with.
        self.watchers: dict[int, tuple[discord.Interaction[Season2Bot], str]] = {}

    def wake(self) -> None:
        """Deliveries were written: look for them now, not at the end of the idle wait."""
        self._wake.set()

    def watch(self, event_id: int, interaction: discord.Interaction[Season2Bot], text: str) -> None:
        """Report the event's progress on the curator's reply, below `text`, until all are done."""
        self.watchers[event_id] = (interaction, text)

    async def report(self, event_id: int) -> None:
        watcher = self.watchers.get(event_id)
        if watcher is None:
            return
        interaction, text = watcher
        p = await alerts.progress(self.bot.db, event_id)
        done = p.pending == 0
        line = render.progress_line(p.sent, p.failed, p.total, done=done)
        try:
            await interaction.edit_original_response(content=f"{text}\n{line}", allowed_mentions=NO_PINGS)
        except discord.HTTPException as exc:  # the token lasts 15 minutes; after that, stop reporting
            log.debug("stopped reporting progress of event %s: %s", event_id, exc)
            done = True
        if done:
            self.watchers.pop(event_id, None)

    async def run(self) -> None:
        semaphore = asyncio.Semaphore(CONCURRENCY)
        while True:
            batch = await alerts.claim(self.bot.db, BATCH, LEASE)
            if not batch:
                await self._idle()
                continue

            async def one(delivery: alerts.Delivery) -> None:
                async with semaphore:
                    await self._deliver(delivery)

            await asyncio.gather(*(one(d) for d in batch))
            for event_id in {d.event_id for d in batch}:
                await self.report(event_id)

    async def _idle(self) -> None:
        due = await alerts.next_due(self.bot.db)
        timeout = IDLE_WAIT
        if due is not None:
            timeout = min(max((due - utcnow()).total_seconds(), 0.05), IDLE_WAIT)
        self._wake.clear()
        await wait_event(self._wake, timeout)

    async def _deliver(self, delivery: alerts.Delivery) -> None:
        """Send one; on success mark it at once (so a crash duplicates at most what is in flight)."""
        db = self.bot.db
        try:
            event = await events.by_id(db, delivery.event_id)
            show = await store.by_id(db, event.show_id) if event else None
            if event is None or show is None:
                await alerts.fail(db, delivery, "event or show no longer exists", disable_target=False)
                self.bot.metrics.deliveries_failed.labels(delivery.kind).inc()
                return
            # Worded now, from the event's values, in the reader's language: a DM in the one saved
            # with the subscription, a channel post in its server's.
            view = discord.utils.MISSING
            with i18n.speaking(await self._language(delivery)):
                text = render.alert_text(show, event, delivery.role_id)
                if delivery.kind == "dm":
                    view = unsubscribe_view(show.id)  # one press stops this show's alerts
            if delivery.kind == "dm":
                channel_id = await self.dm_channel(delivery.target_id)
                mentions = NO_PINGS
            else:
                channel_id = delivery.target_id
                mentions = discord.AllowedMentions(
                    everyone=False,
                    users=False,
                    roles=[discord.Object(delivery.role_id)] if delivery.role_id else False,
                )
            await self.pace.wait()
            channel = self.bot.get_partial_messageable(channel_id)
            posted = await channel.send(text, allowed_mentions=mentions, view=view)
        except discord.HTTPException as exc:
            await self._failed(delivery, exc)
            return
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            await self._transient(delivery, f"network: {exc!r}")
            return
        except postgres.UNAVAILABLE:
            raise  # the store went away, not the row: the worker restarts and the lease brings it back
        except Exception as exc:  # a malformed row must not stall the rest
            log.exception("delivery %s failed unexpectedly", delivery.id)
            await alerts.fail(db, delivery, f"unexpected: {exc!r}"[:200], disable_target=False)
            self.bot.metrics.deliveries_failed.labels(delivery.kind).inc()
            return
        await alerts.mark_sent(db, [delivery.id])
        self.bot.metrics.deliveries_sent.labels(delivery.kind).inc()
        if delivery.kind == "channel" and event.facts.kind in THREADED:
            # After the mark: the post is delivered whatever becomes of its thread.
            await self._thread(posted, show, event, delivery)

    async def _thread(
        self, posted: discord.Message, show: Show, event: Event, delivery: alerts.Delivery
    ) -> None:
        """A discussion thread on a renewal or premiere post, where the route asked for one. The post
        is delivered either way: a thread Discord refuses (no Create Public Threads) is only logged."""
        if not await alerts.route_threads(self.bot.db, delivery.target_id, show.id):
            return
        with i18n.speaking(await self._language(delivery)):
            name = _("{title}: season {n}", title=show.title, n=event.facts.season)
        try:
            # The posted message is a partial one (no guild attached): the route itself, by ids.
            await self.pace.wait()
            await self.bot.http.start_thread_with_message(
                posted.channel.id, posted.id, name=render.clip(name, 100), auto_archive_duration=1440
            )
        except (discord.HTTPException, aiohttp.ClientError, TimeoutError, OSError) as exc:
            log.warning("no thread on the alert in channel %s: %s", delivery.target_id, exc)

    async def _language(self, delivery: alerts.Delivery) -> str | None:
        if delivery.kind == "dm":
            return delivery.language
        guild_id = await alerts.route_guild(self.bot.db, delivery.target_id)
        return await server_language(self.bot, guild_id) if guild_id is not None else None

    async def dm_channel(self, user_id: int) -> int:
        known = await alerts.dm_channel(self.bot.db, user_id)
        if known is not None:
            return known
        await self.pace.wait()
        # Discord documents recipient_id as a snowflake string.
        data = await self.bot.http.start_private_message(str(user_id))
        channel_id = int(data["id"])
        await alerts.remember_dm_channel(self.bot.db, user_id, channel_id)
        return channel_id

    async def _failed(self, delivery: alerts.Delivery, exc: discord.HTTPException) -> None:
        reason = PERMANENT.get(exc.code)
        if reason is not None or exc.status in (403, 404):
            why = f"{exc.status} {exc.code}: {reason or exc.text or 'refused'}"
            log.info(
                "delivery %s to %s %s failed for good: %s",
                delivery.id,
                delivery.kind,
                delivery.target_id,
                why,
            )
            await alerts.fail(self.bot.db, delivery, why, disable_target=True)
            self.bot.metrics.deliveries_failed.labels(delivery.kind).inc()
            return
        await self._transient(delivery, f"{exc.status} {exc.code}: {exc.text}")

    async def _transient(self, delivery: alerts.Delivery, error: str) -> None:
        if delivery.attempts >= MAX_ATTEMPTS:
            log.warning("delivery %s gave up after %d attempts: %s", delivery.id, delivery.attempts, error)
            await alerts.fail(self.bot.db, delivery, f"gave up: {error}", disable_target=False)
            self.bot.metrics.deliveries_failed.labels(delivery.kind).inc()
            return
        await alerts.retry_later(self.bot.db, delivery.id, utcnow() + backoff(delivery.attempts), error)
        self.bot.metrics.deliveries_retried.labels(delivery.kind).inc()
