"""The alerts cog: its commands and listeners; it owns the workers and stops them when unloaded."""

from __future__ import annotations

import asyncio
import functools
from dataclasses import replace
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import i18n, render
from bot.autocomplete import ShowParam, timezone_choices
from bot.core import NO_PINGS, stop_workers
from bot.domain.dates import time_zone
from bot.domain.errors import UserError
from bot.domain.events import Event
from bot.i18n import N_, _
from bot.mentions import mention
from bot.pacing import pace_for
from bot.permissions import require_bot_can_post, require_guild_permission
from bot.store import alerts
from bot.store import catalogue as store
from bot.views import Paginator
from cogs.alerts._button import AlertButton, UnsubscribeButton, add_subscription
from cogs.alerts._delivery import RATE_PER_SECOND, DeliveryWorker
from cogs.alerts._digests import DigestWorker
from cogs.alerts._premieres import PremiereScheduler
from cogs.alerts._retention import prune_forever

if TYPE_CHECKING:
    from bot.core import Season2Bot


KIND_OPTIONS = {  # the options of /alerts settings and channel-settings, one per kind of news
    "decisions": "Renewals, cancellations and endings",
    "production": "Filming began, filming wrapped, premiere date announced",
    "premiere_dates": "A premiere date set or moved",
    "premiere_day": "The day (or the minute) a season comes out",
}
DIGEST_OPTIONS = {
    "mode": "Each alert at once, or one daily or weekly digest",
    "timezone": "The digest's time zone (default UTC)",
    "hour": "The digest's hour, 0 to 23 (default 17)",
    "weekday": "The weekly digest's day (default Monday)",
}
MODE_CHOICES = [
    app_commands.Choice(name="At once", value="instant"),
    app_commands.Choice(name="Daily digest", value="daily"),
    app_commands.Choice(name="Weekly digest", value="weekly"),
]
WEEKDAYS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"),
            N_("Sunday"))  # fmt: skip
WEEKDAY_CHOICES = [app_commands.Choice(name=day, value=n) for n, day in enumerate(WEEKDAYS)]
KIND_WORDS = {
    "decisions": N_("decisions: renewals, cancellations, endings"),
    "production": N_("production news: filming began or wrapped"),
    "premiere_dates": N_("premiere dates set or moved"),
    "premiere_day": N_("the premiere itself, on the day or at the minute"),
}


def paused(why: str) -> str:
    return " · " + _("paused: {why}", why=render.escape(why))


class Alerts(commands.GroupCog, group_name="alerts"):
    """DM alerts and per-server alert channels."""

    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot
        self.delivery = DeliveryWorker(bot)
        self.premieres = PremiereScheduler(bot, deliver=self.delivery.wake)
        self.digests = DigestWorker(bot, self.delivery.pace, self.delivery.dm_channel)
        self.tasks: list[asyncio.Task[None]] = []
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(AlertButton, UnsubscribeButton)
        if not self.bot.serve:  # `sync-commands` loads the cogs for their commands only
            return
        # The store is open: cogs load in setup_hook after it, and on a reload while running.
        # On PostgreSQL every process sends (claims skip each other's rows) and all of them take
        # their turns from one clock in the store, so a fan-out is split between them and their sum
        # stays within Discord's global limit; a SQLite store has one process, pacing in memory.
        shared = self.bot.db.dialect == "postgresql"
        self.delivery.pace = self.digests.pace = pace_for(self.bot.db, RATE_PER_SECOND)
        self.tasks = [
            self.bot.start_worker("alerts-delivery", self.delivery.run, led=not shared),
            self.bot.start_worker("alerts-premieres", self.premieres.run),
            self.bot.start_worker("alerts-digests", self.digests.run),
            self.bot.start_worker("alerts-retention", functools.partial(prune_forever, self.bot)),
        ]

    async def cog_unload(self) -> None:
        """The workers stop with the cog; what they had claimed waits out its lease, then goes out
        from the next loaded cog's workers."""
        self.bot.remove_dynamic_items(AlertButton)
        tasks, self.tasks = self.tasks, []
        await stop_workers(tasks)

    # ------------------------------------------------------------ commands

    @app_commands.command(name="subscribe")
    @app_commands.describe(show="Start typing, then pick a show")
    async def subscribe(self, interaction: discord.Interaction[Season2Bot], show: ShowParam) -> None:
        """Get a DM when a show is renewed, cancelled, or gets a premiere date."""
        found = show
        new = await add_subscription(self.bot.db, interaction.user.id, found.id)
        title = render.escape(found.title)
        if new:
            text = _("🔔 I'll DM you about **{title}**.", title=title)
        else:
            text = _("You already get alerts for **{title}**.", title=title)
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)

    @app_commands.command(name="unsubscribe")
    @app_commands.describe(show="Start typing, then pick a show")
    async def unsubscribe(self, interaction: discord.Interaction[Season2Bot], show: ShowParam) -> None:
        """Stop DM alerts for a show."""
        found = show
        gone = await alerts.unsubscribe(self.bot.db, interaction.user.id, found.id)
        title = render.escape(found.title)
        if gone:
            text = _("No more alerts for **{title}**.", title=title)
        else:
            text = _("You weren't getting alerts for **{title}**.", title=title)
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)

    @app_commands.command(name="list")
    async def list_(self, interaction: discord.Interaction[Season2Bot]) -> None:
        """The shows you get DM alerts for."""
        subs = await alerts.subscriptions_of(self.bot.db, interaction.user.id)
        if not subs:
            await interaction.response.send_message(
                _(
                    "You don't follow any show yet. Try {subscribe}, or 🔔 on a {season2} answer.",
                    subscribe=mention("alerts subscribe"),
                    season2=mention("season2"),
                ),
                ephemeral=True,
            )
            return
        shows = {s.id: s for s in await store.by_ids(self.bot.db, [sub.show_id for sub in subs])}
        lines = [
            f"**{render.escape(shows[sub.show_id].title)}** · "
            + _("since {day}", day=discord.utils.format_dt(sub.since, "D"))
            + (
                " · " + _("paused: {why}", why=render.escape(sub.paused_because))
                if sub.paused_because
                else ""
            )
            for sub in subs
            if sub.show_id in shows
        ]
        pages = render.list_pages(_("Your alerts"), lines)
        await Paginator(pages, interaction.user.id).send(interaction, ephemeral=True)

    @app_commands.command(name="channel", extras={"permission": "manage_guild"})
    @app_commands.guild_only()
    @app_commands.describe(
        show="Start typing, then pick a show",
        channel="Where alerts go",
        role="A role to ping with each alert",
        thread="Open a discussion thread on each renewal or premiere post",
    )
    async def channel(
        self,
        interaction: discord.Interaction[Season2Bot],
        show: ShowParam,
        channel: discord.TextChannel,
        role: discord.Role | None = None,
        thread: bool = False,
    ) -> None:
        """Send a show's alerts to a channel of this server (Manage Server)."""
        require_guild_permission(interaction, "manage_guild", "Manage Server")
        assert interaction.guild is not None and interaction.guild_id is not None  # guild_only
        found = show
        require_bot_can_post(channel)
        if role is not None and not role.mentionable:
            # Routing a ping is pinging: only for a member who could ping that role there themselves.
            member = interaction.user
            if not (isinstance(member, discord.Member) and channel.permissions_for(member).mention_everyone):
                raise UserError(
                    "You can't ping {role} in {channel} yourself, so I won't for you. "
                    "Pick a mentionable role, or ask someone with Mention All Roles there.",
                    role=role.mention,
                    channel=channel.mention,
                )
        if (
            role is not None
            and not role.mentionable
            and not channel.permissions_for(interaction.guild.me).mention_everyone
        ):
            raise UserError(
                "I can't ping {role}: make the role mentionable, or give me Mention All Roles in {channel}.",
                role=role.mention,
                channel=channel.mention,
            )
        await alerts.set_route(
            self.bot.db,
            interaction.guild_id,
            channel.id,
            found.id,
            role.id if role else None,
            interaction.user.id,
            thread=thread,
        )
        title = render.escape(found.title)
        if role:
            said = _("Alerts for **{title}** will go to {channel}, pinging {role}.", title=title,
                     channel=channel.mention, role=role.mention)  # fmt: skip
        else:
            said = _("Alerts for **{title}** will go to {channel}.", title=title, channel=channel.mention)
        await interaction.response.send_message(
            said,
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )

    @app_commands.command(name="channel-remove", extras={"permission": "manage_guild"})
    @app_commands.guild_only()
    @app_commands.describe(show="Start typing, then pick a show", channel="The channel to stop")
    async def channel_remove(
        self, interaction: discord.Interaction[Season2Bot], show: ShowParam, channel: discord.TextChannel
    ) -> None:
        """Stop sending a show's alerts to a channel (Manage Server)."""
        require_guild_permission(interaction, "manage_guild", "Manage Server")
        assert interaction.guild_id is not None
        found = show
        gone = await alerts.remove_route(self.bot.db, interaction.guild_id, channel.id, found.id)
        title = render.escape(found.title)
        if gone:
            text = _("{channel} no longer gets alerts for **{title}**.", channel=channel.mention, title=title)
        else:
            text = _("{channel} wasn't getting alerts for **{title}**.", channel=channel.mention, title=title)
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)

    @app_commands.command(name="channel-list")
    @app_commands.guild_only()
    async def channel_list(self, interaction: discord.Interaction[Season2Bot]) -> None:
        """Which shows' alerts go to which channels here."""
        assert interaction.guild_id is not None
        routes = await alerts.routes_of_guild(self.bot.db, interaction.guild_id)
        if not routes:
            await interaction.response.send_message(
                _(
                    "No alert channels here yet. A member with Manage Server can add one with {command}.",
                    command=mention("alerts channel"),
                ),
                ephemeral=True,
            )
            return
        shows = {s.id: s for s in await store.by_ids(self.bot.db, [r.show_id for r in routes])}
        lines = [
            f"<#{r.channel_id}> · **{render.escape(shows[r.show_id].title)}**"
            + (" · " + _("pings {role}", role="<@&" + str(r.role_id) + ">") if r.role_id else "")
            + (paused(r.disabled_reason) if r.disabled_reason else "")
            for r in routes
            if r.show_id in shows
        ]
        await Paginator(render.list_pages(_("Alert channels"), lines), interaction.user.id).send(
            interaction, ephemeral=True
        )

    @app_commands.command(name="settings")
    @app_commands.describe(**KIND_OPTIONS, **DIGEST_OPTIONS)
    @app_commands.choices(mode=MODE_CHOICES)
    @app_commands.choices(weekday=WEEKDAY_CHOICES)
    @app_commands.autocomplete(timezone=timezone_choices)
    async def settings(
        self,
        interaction: discord.Interaction[Season2Bot],
        decisions: bool | None = None,
        production: bool | None = None,
        premiere_dates: bool | None = None,
        premiere_day: bool | None = None,
        mode: str | None = None,
        timezone: str | None = None,
        hour: app_commands.Range[int, 0, 23] | None = None,
        weekday: int | None = None,
    ) -> None:
        """Which news your DM alerts bring, and whether at once or as a daily or weekly digest."""
        kinds = (decisions, production, premiere_dates, premiere_day)
        await self._tune(interaction, "dm", interaction.user.id, kinds, mode, timezone, hour, weekday)

    @app_commands.command(name="channel-settings", extras={"permission": "manage_guild"})
    @app_commands.guild_only()
    @app_commands.describe(channel="The alert channel to tune", **KIND_OPTIONS, **DIGEST_OPTIONS)
    @app_commands.choices(mode=MODE_CHOICES)
    @app_commands.choices(weekday=WEEKDAY_CHOICES)
    @app_commands.autocomplete(timezone=timezone_choices)
    async def channel_settings(
        self,
        interaction: discord.Interaction[Season2Bot],
        channel: discord.TextChannel,
        decisions: bool | None = None,
        production: bool | None = None,
        premiere_dates: bool | None = None,
        premiere_day: bool | None = None,
        mode: str | None = None,
        timezone: str | None = None,
        hour: app_commands.Range[int, 0, 23] | None = None,
        weekday: int | None = None,
    ) -> None:
        """Which news an alert channel of this server gets, and how often (Manage Server)."""
        require_guild_permission(interaction, "manage_guild", "Manage Server")
        kinds = (decisions, production, premiere_dates, premiere_day)
        await self._tune(interaction, "channel", channel.id, kinds, mode, timezone, hour, weekday)

    async def _tune(
        self,
        interaction: discord.Interaction[Season2Bot],
        target_kind: str,
        target_id: int,
        choices: tuple[bool | None, ...],
        mode: str | None,
        timezone: str | None,
        hour: int | None,
        weekday: int | None,
    ) -> None:
        if hour is not None and not 0 <= hour <= 23:
            raise UserError("The hour must be from 0 to 23.")
        zone = timezone.strip() if timezone else None
        if zone is not None and time_zone(zone) is None:
            raise UserError(
                "{zone} is not a time zone: pick one from the list, e.g. America/Los_Angeles.",
                zone=render.clip(zone, 64),
            )
        current = await alerts.alert_settings(self.bot.db, target_kind, target_id)
        kept = set(current.kinds)
        for kind, choice in zip(alerts.ALERT_KINDS, choices, strict=True):
            if choice is True:
                kept.add(kind)
            elif choice is False:
                kept.discard(kind)
        wanted = replace(
            current,
            kinds=tuple(k for k in alerts.ALERT_KINDS if k in kept),
            mode=mode or current.mode,
            zone=zone or current.zone,
            hour=current.hour if hour is None else hour,
            weekday=current.weekday if weekday is None else weekday,
        )
        if wanted != current:
            await alerts.save_alert_settings(self.bot.db, target_kind, target_id, wanted)
            self.digests.wake()
        lines = [("✅ " if kind in kept else "⛔ ") + _(KIND_WORDS[kind]) for kind in alerts.ALERT_KINDS]
        if target_kind == "dm":
            head = _("Your DM alerts bring:")
        else:
            head = _("<#{channel}> gets:", channel=target_id)
        if wanted.mode == "daily":
            when = _("As a daily digest at {hour}:00 ({zone}).", hour=f"{wanted.hour:02d}", zone=wanted.zone)
        elif wanted.mode == "weekly":
            day = i18n.weekday_name(wanted.weekday)  # the choices' labels are capitalised
            when = _("As a weekly digest, {day} at {hour}:00 ({zone}).", day=day, hour=f"{wanted.hour:02d}",
                     zone=wanted.zone)  # fmt: skip
        else:
            when = _("Each one as it happens.")
        await interaction.response.send_message(
            "\n".join([head, *lines, when]), ephemeral=True, allowed_mentions=NO_PINGS
        )

    # ------------------------------------------------------------ events from curators

    @commands.Cog.listener()
    async def on_catalogue_changed(self, show_ids: tuple[int, ...]) -> None:
        """A change committed here or by another process (a CLI import): its events' deliveries and
        any new premiere-day rows are in the store already; look at them now."""
        self.delivery.wake()
        self.premieres.wake()

    @commands.Cog.listener()
    async def on_season2_event(
        self, event: Event, interaction: discord.Interaction[Season2Bot] | None, text: str
    ) -> None:
        """The deliveries were written with the event; wake the worker and report progress to the curator."""
        if interaction is not None:
            self.delivery.watch(event.id, interaction, text)
        self.delivery.wake()
        self.premieres.wake()
        self.digests.wake()
        await self.delivery.report(event.id)
