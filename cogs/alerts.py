"""Renewal alerts: subscriptions, channel routing, and the worker that delivers the outbox."""

from __future__ import annotations

import asyncio
import collections
import logging
import random
import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.autocomplete import resolve_show, show_choices
from bot.core import NO_PINGS, wait_event
from bot.domain.dates import today, utcnow
from bot.domain.errors import UserError
from bot.domain.events import Event
from bot.permissions import require_guild_permission
from bot.store import Database, alerts, events
from bot.store import catalogue as store
from bot.views import ALERT_TEMPLATE, IdButton, Paginator, alert_button

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

BATCH = 20  # claimed at once; a killed process's claims wait out LEASE before another takes them
CONCURRENCY = 10  # sends in flight at once; also the most duplicates a crash can cause
LEASE = timedelta(seconds=30)  # far longer than a batch takes at RATE_PER_SECOND
MAX_ATTEMPTS = 8
RATE_PER_SECOND = 47  # of Discord's global 50 requests/second; the rest is left for replies and edits
IDLE_WAIT = 30.0
RETENTION_EVERY = 24 * 3600.0
PERMANENT = {50007: "DMs closed", 10003: "unknown channel", 10013: "unknown user", 50001: "missing access",
             50013: "missing permissions"}  # fmt: skip


class Pace:
    """At most `rate` sends in any rolling second, the way Discord counts its global limit.

    A token bucket would allow a full second's burst on top of the refill and earn 429s at the start
    of every fan-out; a sliding window of send times never does."""

    def __init__(self, rate: int) -> None:
        self.rate = rate
        self.sent: collections.deque[float] = collections.deque()
        self.lock = asyncio.Lock()

    async def wait(self) -> None:
        async with self.lock:
            while True:
                now = time.monotonic()
                while self.sent and now - self.sent[0] >= 1.0:
                    self.sent.popleft()
                if len(self.sent) < self.rate:
                    self.sent.append(now)
                    return
                await asyncio.sleep(1.0 - (now - self.sent[0]))


def backoff(attempt: int) -> timedelta:
    """Exponential with full jitter, capped at five minutes."""
    return timedelta(seconds=random.uniform(0, min(300.0, 2.0**attempt)))  # jitter, not crypto


class AlertButton(IdButton, template=ALERT_TEMPLATE):
    """The card's "Alert me" button: toggles the presser's subscription, also after a restart."""

    def make_button(self) -> discord.ui.Button[discord.ui.View]:
        return alert_button(self.item_id)

    async def pressed(self, interaction: discord.Interaction[Season2Bot]) -> None:
        db = interaction.client.db
        show = await store.by_id(db, self.item_id)
        if show is None:
            raise UserError("That show is no longer in the catalogue.")
        title = render.escape(show.title)
        if await alerts.is_subscribed(db, interaction.user.id, show.id):
            await alerts.unsubscribe(db, interaction.user.id, show.id)
            text = f"Alerts for **{title}** are off. Press again to turn them back on."
        else:
            await _subscribe(db, interaction.user.id, show.id)
            text = f"🔔 I'll DM you when anything changes for **{title}**. Press again to stop."
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)


async def _subscribe(db: Database, user_id: int, show_id: int) -> bool:
    try:
        return await alerts.subscribe(db, user_id, show_id)
    except alerts.TooManySubscriptions:
        most = alerts.MAX_SUBSCRIPTIONS
        raise UserError(
            f"You follow {most} shows already, the most I keep. Unsubscribe from one first."
        ) from None


class Alerts(commands.GroupCog, group_name="alerts"):
    """DM alerts and per-server alert channels."""

    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot
        self.wake = asyncio.Event()
        self.schedule_wake = asyncio.Event()
        self.pace = Pace(RATE_PER_SECOND)
        self.watchers: dict[int, tuple[discord.Interaction[Season2Bot], str]] = {}
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(AlertButton)
        self.bot.add_worker("alerts-delivery", self.deliver_forever)
        self.bot.add_worker("alerts-premieres", self.schedule_forever)
        self.bot.add_worker("alerts-retention", self.prune_forever)

    # ------------------------------------------------------------ commands

    @app_commands.command(name="subscribe")
    @app_commands.describe(show="Start typing, then pick a show")
    async def subscribe(self, interaction: discord.Interaction[Season2Bot], show: str) -> None:
        """Get a DM when a show is renewed, cancelled, or gets a premiere date."""
        found = await resolve_show(self.bot, show)
        new = await _subscribe(self.bot.db, interaction.user.id, found.id)
        title = render.escape(found.title)
        text = f"🔔 I'll DM you about **{title}**." if new else f"You already get alerts for **{title}**."
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)

    @app_commands.command(name="unsubscribe")
    @app_commands.describe(show="Start typing, then pick a show")
    async def unsubscribe(self, interaction: discord.Interaction[Season2Bot], show: str) -> None:
        """Stop DM alerts for a show."""
        found = await resolve_show(self.bot, show)
        gone = await alerts.unsubscribe(self.bot.db, interaction.user.id, found.id)
        title = render.escape(found.title)
        text = f"No more alerts for **{title}**." if gone else f"You weren't getting alerts for **{title}**."
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)

    @app_commands.command(name="list")
    async def list_(self, interaction: discord.Interaction[Season2Bot]) -> None:
        """The shows you get DM alerts for."""
        subs = await alerts.subscriptions_of(self.bot.db, interaction.user.id)
        if not subs:
            await interaction.response.send_message(
                "You don't follow any show yet. Try `/alerts subscribe`, or 🔔 on a `/season2` answer.",
                ephemeral=True,
            )
            return
        shows = {s.id: s for s in await store.by_ids(self.bot.db, [sub.show_id for sub in subs])}
        lines = [
            f"**{render.escape(shows[sub.show_id].title)}** · since {discord.utils.format_dt(sub.since, 'D')}"
            + (f" · paused: {render.escape(sub.paused_because)}" if sub.paused_because else "")
            for sub in subs
            if sub.show_id in shows
        ]
        pages = render.list_pages("Your alerts", lines)
        await Paginator(pages, interaction.user.id).send(interaction, ephemeral=True)

    @app_commands.command(name="channel")
    @app_commands.guild_only()
    @app_commands.describe(
        show="Start typing, then pick a show",
        channel="Where alerts go",
        role="A role to ping with each alert",
    )
    async def channel(
        self,
        interaction: discord.Interaction[Season2Bot],
        show: str,
        channel: discord.TextChannel,
        role: discord.Role | None = None,
    ) -> None:
        """Send a show's alerts to a channel of this server (Manage Server)."""
        require_guild_permission(interaction, "manage_guild", "Manage Server")
        assert interaction.guild is not None and interaction.guild_id is not None  # guild_only
        found = await resolve_show(self.bot, show)
        me = interaction.guild.me
        perms = channel.permissions_for(me)
        missing = [
            name
            for name, ok in (("View Channel", perms.view_channel), ("Send Messages", perms.send_messages))
            if not ok
        ]
        if missing:
            raise UserError(f"I can't post in {channel.mention}: I need {' and '.join(missing)} there.")
        if role is not None and not role.mentionable:
            # Routing a ping is pinging: only for a member who could ping that role there themselves.
            member = interaction.user
            if not (isinstance(member, discord.Member) and channel.permissions_for(member).mention_everyone):
                raise UserError(
                    f"You can't ping {role.mention} in {channel.mention} yourself, so I won't for you. "
                    "Pick a mentionable role, or ask someone with Mention All Roles there."
                )
        if role is not None and not role.mentionable and not perms.mention_everyone:
            raise UserError(
                f"I can't ping {role.mention}: make the role mentionable, "
                f"or give me Mention All Roles in {channel.mention}."
            )
        await alerts.set_route(
            self.bot.db,
            interaction.guild_id,
            channel.id,
            found.id,
            role.id if role else None,
            interaction.user.id,
        )
        ping = f", pinging {role.mention}" if role else ""
        await interaction.response.send_message(
            f"Alerts for **{render.escape(found.title)}** will go to {channel.mention}{ping}.",
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )

    @app_commands.command(name="channel-remove")
    @app_commands.guild_only()
    @app_commands.describe(show="Start typing, then pick a show", channel="The channel to stop")
    async def channel_remove(
        self, interaction: discord.Interaction[Season2Bot], show: str, channel: discord.TextChannel
    ) -> None:
        """Stop sending a show's alerts to a channel (Manage Server)."""
        require_guild_permission(interaction, "manage_guild", "Manage Server")
        assert interaction.guild_id is not None
        found = await resolve_show(self.bot, show)
        gone = await alerts.remove_route(self.bot.db, interaction.guild_id, channel.id, found.id)
        title = render.escape(found.title)
        text = (
            f"{channel.mention} no longer gets alerts for **{title}**."
            if gone
            else f"{channel.mention} wasn't getting alerts for **{title}**."
        )
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)

    @app_commands.command(name="channel-list")
    @app_commands.guild_only()
    async def channel_list(self, interaction: discord.Interaction[Season2Bot]) -> None:
        """Which shows' alerts go to which channels here."""
        assert interaction.guild_id is not None
        routes = await alerts.routes_of_guild(self.bot.db, interaction.guild_id)
        if not routes:
            await interaction.response.send_message(
                "No alert channels here yet. A member with Manage Server can add one with `/alerts channel`.",
                ephemeral=True,
            )
            return
        shows = {s.id: s for s in await store.by_ids(self.bot.db, [r.show_id for r in routes])}
        lines = [
            f"<#{r.channel_id}> · **{render.escape(shows[r.show_id].title)}**"
            + (f" · pings <@&{r.role_id}>" if r.role_id else "")
            + (f" · paused: {render.escape(r.disabled_reason)}" if r.disabled_reason else "")
            for r in routes
            if r.show_id in shows
        ]
        await Paginator(render.list_pages("Alert channels", lines), interaction.user.id).send(
            interaction, ephemeral=True
        )

    @subscribe.autocomplete("show")
    @unsubscribe.autocomplete("show")
    @channel.autocomplete("show")
    @channel_remove.autocomplete("show")
    async def _show_choices(
        self, interaction: discord.Interaction[Season2Bot], current: str
    ) -> list[app_commands.Choice[str]]:
        return await show_choices(interaction, current)

    # ------------------------------------------------------------ events from curators

    @commands.Cog.listener()
    async def on_catalogue_changed(self, show_ids: tuple[int, ...]) -> None:
        """A change committed here or by another process (a CLI import): its events' deliveries and
        any new premiere-day rows are in the store already; look at them now."""
        self.wake.set()
        self.schedule_wake.set()

    @commands.Cog.listener()
    async def on_season2_event(
        self, event: Event, interaction: discord.Interaction[Season2Bot] | None, text: str
    ) -> None:
        """The deliveries were written with the event; wake the worker and report progress to the curator."""
        if interaction is not None:
            self.watchers[event.id] = (interaction, text)
        self.wake.set()
        self.schedule_wake.set()
        await self._report(event.id)

    async def _report(self, event_id: int) -> None:
        watcher = self.watchers.get(event_id)
        if watcher is None:
            return
        interaction, text = watcher
        p = await alerts.progress(self.bot.db, event_id)
        done = p.pending == 0
        line = f"Alerts: delivered {p.sent} of {p.total}" + (f", failed {p.failed}" if p.failed else "")
        line += "." if done else "…"
        if p.total == 0:
            line = "Alerts: nobody follows this show yet."
        try:
            await interaction.edit_original_response(content=f"{text}\n{line}", allowed_mentions=NO_PINGS)
        except discord.HTTPException as exc:  # the token lasts 15 minutes; after that, stop reporting
            log.debug("stopped reporting progress of event %s: %s", event_id, exc)
            done = True
        if done:
            self.watchers.pop(event_id, None)

    # ------------------------------------------------------------ the delivery worker

    async def deliver_forever(self) -> None:
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
                await self._report(event_id)

    async def _idle(self) -> None:
        due = await alerts.next_due(self.bot.db)
        timeout = IDLE_WAIT
        if due is not None:
            timeout = min(max((due - utcnow()).total_seconds(), 0.05), IDLE_WAIT)
        self.wake.clear()
        await wait_event(self.wake, timeout)

    async def _deliver(self, delivery: alerts.Delivery) -> None:
        """Send one; on success mark it at once (so a crash duplicates at most what is in flight)."""
        db = self.bot.db
        try:
            event = await events.by_id(db, delivery.event_id)
            show = await store.by_id(db, event.show_id) if event else None
            if event is None or show is None:
                await alerts.fail(db, delivery, "event or show no longer exists", disable_target=False)
                return
            # Worded now, from the event's values (later: in the reader's language).
            text = render.alert_text(show, event, delivery.role_id)
            if delivery.kind == "dm":
                channel_id = await self._dm_channel(delivery.target_id)
                mentions = NO_PINGS
            else:
                channel_id = delivery.target_id
                mentions = discord.AllowedMentions(
                    everyone=False,
                    users=False,
                    roles=[discord.Object(delivery.role_id)] if delivery.role_id else False,
                )
            await self.pace.wait()
            await self.bot.get_partial_messageable(channel_id).send(text, allowed_mentions=mentions)
        except discord.HTTPException as exc:
            await self._failed(delivery, exc)
            return
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            await self._transient(delivery, f"network: {exc!r}")
            return
        except Exception as exc:  # a malformed row must not stall the rest
            log.exception("delivery %s failed unexpectedly", delivery.id)
            await alerts.fail(db, delivery, f"unexpected: {exc!r}"[:200], disable_target=False)
            return
        await alerts.mark_sent(db, [delivery.id])

    async def _dm_channel(self, user_id: int) -> int:
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
            return
        await self._transient(delivery, f"{exc.status} {exc.code}: {exc.text}")

    async def _transient(self, delivery: alerts.Delivery, error: str) -> None:
        if delivery.attempts >= MAX_ATTEMPTS:
            log.warning("delivery %s gave up after %d attempts: %s", delivery.id, delivery.attempts, error)
            await alerts.fail(self.bot.db, delivery, f"gave up: {error}", disable_target=False)
            return
        await alerts.retry_later(self.bot.db, delivery.id, utcnow() + backoff(delivery.attempts), error)

    # ------------------------------------------------------------ retention

    async def prune_forever(self) -> None:
        """Once a day: delivered alerts older than RETENTION_DAYS go (the audit log stays)."""
        while True:
            before = utcnow() - timedelta(days=self.bot.settings.retention_days)
            removed = await alerts.prune_delivered(self.bot.db, before)
            if removed:
                log.info("retention: removed %d delivered events older than %s", removed, before.date())
            await asyncio.sleep(RETENTION_EVERY)

    # ------------------------------------------------------------ premiere days

    async def schedule_forever(self) -> None:
        await alerts.schedule_premieres(self.bot.db, today())
        while True:
            due = await alerts.next_premiere_due(self.bot.db)
            now = utcnow()
            if due is not None:
                at = datetime(due.day.year, due.day.month, due.day.day, tzinfo=UTC)
                if at <= now:
                    show = await store.by_id(self.bot.db, due.show_id)
                    title = show.title if show else "a show"
                    event_id = await alerts.emit_premiere(self.bot.db, due.schedule_id)
                    if event_id is not None:
                        log.info("premiere day: %s season %s (event %s)", title, due.season, event_id)
                        self.wake.set()
                    continue
                timeout = min((at - now).total_seconds(), 3600.0)
            else:
                timeout = 3600.0
            self.schedule_wake.clear()
            await wait_event(self.schedule_wake, timeout)


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Alerts(bot))
