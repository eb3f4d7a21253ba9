"""Curator tools: edit the catalogue, record decisions, import/export, audit log, curators."""

from __future__ import annotations

import asyncio
import io
import logging
import re
import time
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

import discord
from discord import app_commands
from discord.ext import commands

from bot import render, reviewing
from bot.autocomplete import ShowParam, timezone_choices
from bot.core import NO_PINGS
from bot.domain.card import production_words
from bot.domain.catalogue_file import clean_url, has_control_characters, parse_row
from bot.domain.dates import FuzzyDate, time_zone, today
from bot.domain.errors import UserError
from bot.domain.events import DECISION_WORDS, Actor
from bot.domain.models import MILESTONE_KINDS, Decision, Milestone, Show, Source
from bot.domain.search import slugify
from bot.domain.verdict import MAX_SEASON
from bot.i18n import _
from bot.mentions import Command, mention
from bot.permissions import curator_only, is_curator, owner_only, require_bot_can_post, require_curator
from bot.store import alerts as alerts_store
from bot.store import catalogue as store
from bot.store import curation
from bot.store import feeds as feeds_store
from bot.store import review as review_store
from bot.transfer import MAX_FILE_BYTES, check_async, export_bytes
from bot.views import GatedModal, Paginator
from cogs.review import CHANNEL_KEY as REVIEW_CHANNEL_KEY
from cogs.review import item_message

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

URL = re.compile(r"^https?://[^\s/]+\.[^\s]+$")
PROGRESS_EVERY = 2.0  # seconds between edits of a long import's reply
UPLOAD_LIMIT = 10 * 1024 * 1024


def release_at(show: Show, number: int, day: FuzzyDate | None, text: str, zone: str | None) -> datetime:
    """The release instant a curator gives as a 24-hour time on the premiere day, in the show's time
    zone (the one given now, else the show's)."""
    m = re.fullmatch(r"([01]?[0-9]|2[0-3]):([0-5][0-9])", text.strip())
    if m is None:
        raise UserError("Write the release time as 24-hour HH:MM, e.g. 21:00.")
    season = show.season(number)
    premiere = day or (season.premiere if season is not None else None)
    if premiere is None or premiere.precision != "day":
        raise UserError("A release time needs the premiere's day: give premiere: YYYY-MM-DD too.")
    where = time_zone(zone or show.timezone or "")
    if where is None:
        raise UserError(
            "A release time needs the show's time zone: give timezone: too, e.g. America/Los_Angeles."
        )
    d = premiere.value
    return datetime(d.year, d.month, d.day, int(m.group(1)), int(m.group(2)), tzinfo=where).astimezone(UTC)


def parse_date(text: str | None, what: str) -> FuzzyDate | None:
    if text is None or not text.strip():
        return None
    try:
        value = FuzzyDate.parse(text)
    except ValueError as exc:
        if "between" in str(exc):  # a real date, outside what the catalogue holds
            raise UserError("{option}: {why}", option=what, why=exc) from None
        raise UserError("{option} must be a date like 2025-06-27 or 2025-06.", option=what) from None
    if value.precision == "year":
        raise UserError("{option} must name at least the month: 2025-06-27 or 2025-06.", option=what)
    return value


def sourced(source_url: str, publisher: str | None) -> Source:
    """The source a curator gives: a link (tracking parameters dropped) and who published it
    (default: the link's site)."""
    url = source_url.strip()
    if has_control_characters(url) or (publisher is not None and has_control_characters(publisher)):
        raise UserError("source_url and publisher cannot hold control characters. Retype them.")
    if not URL.match(url):
        raise UserError("source_url must be a link starting with http:// or https://.")
    name = (publisher or "").strip() or (urlsplit(url).hostname or url).removeprefix("www.")
    return Source(name, clean_url(url))


class ShowModal(GatedModal):
    """Add or edit a show's own fields. Discord allows five inputs, so related fields share one."""

    def __init__(self, cog: Admin, existing: Show | None) -> None:
        super().__init__(title="Edit show" if existing else "Add a show", timeout=600)
        self.cog = cog
        self.existing = existing
        e = existing
        self.name: discord.ui.TextInput[ShowModal] = discord.ui.TextInput(
            label="Title", max_length=200, default=e.title if e else None
        )
        self.platform: discord.ui.TextInput[ShowModal] = discord.ui.TextInput(
            label="Platform or network",
            max_length=200,
            default=e.platform if e else None,
            placeholder="Netflix",
        )
        self.place: discord.ui.TextInput[ShowModal] = discord.ui.TextInput(
            label="Country and language codes",
            max_length=10,
            placeholder="KR ko",
            default=f"{e.country} {e.language or ''}".strip() if e else None,
        )
        self.names: discord.ui.TextInput[ShowModal] = discord.ui.TextInput(
            label="Original title, then aliases (one a line)",
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=2000,
            default="\n".join([e.original_title or "", *e.aliases]).strip() if e else None,
        )
        self.based: discord.ui.TextInput[ShowModal] = discord.ui.TextInput(
            label="Based on",
            required=False,
            max_length=200,
            placeholder="Webtoon: Now at Our School by Joo Dong-geun",
            default=e.source_material if e else None,
        )
        for item in (self.name, self.platform, self.place, self.names, self.based):
            self.add_item(item)

    async def on_submit(self, interaction: discord.Interaction[Season2Bot]) -> None:  # type: ignore[override]
        await require_curator(interaction)
        place = self.place.value.split()
        names = [n.strip() for n in self.names.value.splitlines() if n.strip()]
        row: dict[str, object] = {
            "slug": self.existing.slug if self.existing else slugify(self.name.value),
            "title": self.name.value.strip(),
            "platform": self.platform.value.strip(),
            "country": place[0].upper() if place else "",
            "last_checked": today().isoformat(),
            "seasons": [],
        }
        if len(place) > 1:
            row["language"] = place[1].lower()
        if names:
            row["original_title"] = names[0]
            if names[1:]:
                row["aliases"] = list(dict.fromkeys(names[1:]))
        if self.based.value.strip():
            row["source_material"] = self.based.value.strip()
        if not row["slug"]:
            raise UserError("The title needs some Latin letters or digits to make an id from.")
        show, error = parse_row(row, 1)
        if show is None:
            assert error is not None
            raise UserError("{field} {problem}.", field=error.field, problem=error.message)
        if self.existing is None and await store.by_slug(self.cog.bot.db, show.slug) is not None:
            raise UserError(
                "A show with id `{slug}` exists already. Use {command}.",
                slug=show.slug,
                command=Command("admin show edit"),
            )
        change = await self.cog.bot.editor.save_show(
            show, Actor.user(interaction.user.id), action="show.edit" if self.existing else "show.add"
        )
        title, slug = render.escape(change.after.title), change.after.slug
        if self.existing:
            await tell(interaction, _("Updated **{title}** (`{slug}`).", title=title, slug=slug))
        else:
            await tell(interaction, _("Added **{title}** (`{slug}`).", title=title, slug=slug))


async def tell(interaction: discord.Interaction[Season2Bot], text: str) -> None:
    """A curator's answer: for them alone, pinging nobody."""
    await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)


@app_commands.default_permissions(manage_guild=True)  # hidden from most members; checked in code anyway
class Admin(commands.GroupCog, group_name="admin"):
    """Curator tools."""

    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot
        super().__init__()

    show = app_commands.Group(name="show", description="Add or edit shows")
    season_group = app_commands.Group(name="season", description="Season dates and episode counts")
    curators = app_commands.Group(name="curators", description="Who may edit the catalogue (owners only)")
    feeds_group = app_commands.Group(name="feeds", description="The news feeds the renewal radar reads")

    # ------------------------------------------------------------ shows

    @show.command(name="add")
    @curator_only()
    async def show_add(self, interaction: discord.Interaction[Season2Bot]) -> None:
        """Add a show to the catalogue."""
        await interaction.response.send_modal(ShowModal(self, None))

    @show.command(name="edit")
    @app_commands.describe(show="Start typing, then pick a show")
    @curator_only()
    async def show_edit(self, interaction: discord.Interaction[Season2Bot], show: ShowParam) -> None:
        """Edit a show's title, platform, names and source."""
        await interaction.response.send_modal(ShowModal(self, show))

    @season_group.command(name="set")
    @app_commands.describe(
        show="Start typing, then pick a show",
        season="Season number",
        premiere="Premiere date: 2025-06-27, or 2025-06 if only the month is known",
        episodes="Number of episodes",
        release_time="The release time on the premiere day, 24-hour, in the show's time zone: 21:00",
        timezone="The show's home time zone (its network's), e.g. America/Los_Angeles",
    )
    @app_commands.autocomplete(timezone=timezone_choices)
    @curator_only()
    async def season_set(
        self,
        interaction: discord.Interaction[Season2Bot],
        show: ShowParam,
        season: app_commands.Range[int, 1, MAX_SEASON],
        premiere: str | None = None,
        episodes: app_commands.Range[int, 1, 1000] | None = None,
        release_time: str | None = None,
        timezone: str | None = None,
    ) -> None:
        """Set a season's premiere date (and release time) or episode count."""
        if not 1 <= season <= MAX_SEASON:
            raise UserError("Season must be from 1 to {most}.", most=MAX_SEASON)
        if episodes is not None and not 1 <= episodes <= 1000:
            raise UserError("Episodes must be from 1 to 1000.")
        when = parse_date(premiere, "premiere")
        if when is None and episodes is None and release_time is None and timezone is None:
            raise UserError("Give a premiere date, an episode count, a release time, or a time zone.")
        found = show
        zone = timezone.strip() if timezone else None
        if zone is not None and time_zone(zone) is None:
            raise UserError(
                "{zone} is not a time zone: pick one from the list, e.g. America/Los_Angeles.",
                zone=render.clip(zone, 64),
            )
        at = release_at(found, season, when, release_time, zone) if release_time else None
        change = await self.bot.editor.set_season(
            found.slug, season, Actor.user(interaction.user.id), premiere=when, episodes=episodes,
            premiere_at=at, timezone=zone,
        )  # fmt: skip
        if change is None:
            raise UserError("That show was just removed from the catalogue.")
        text = _("**{title}** season {n} saved.", title=render.escape(found.title), n=season)
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)
        if change.event is not None:
            self.bot.dispatch("season2_event", change.event, interaction, text)

    # ------------------------------------------------------------ decisions

    @app_commands.command(name="decision")
    @app_commands.describe(
        show="Start typing, then pick a show",
        season="The season this decides: renewed = the season ordered; cancelled/ended = the first not made",
        status="What was announced",
        source_url="Link to the announcement (http or https)",
        date="When it was announced: 2025-06-27 (default today)",
        publisher="Who announced or reported it (default: the link's site)",
        final="Renewed as the final season",
    )
    @curator_only()
    async def decision(
        self,
        interaction: discord.Interaction[Season2Bot],
        show: ShowParam,
        season: app_commands.Range[int, 1, MAX_SEASON],
        status: Literal["renewed", "cancelled", "ended"],
        source_url: app_commands.Range[str, 1, 500],
        date: str | None = None,
        publisher: app_commands.Range[str, 1, 200] | None = None,
        final: bool = False,
    ) -> None:
        """Record a renewal, cancellation or ending, with its source."""
        if not 1 <= season <= MAX_SEASON:
            raise UserError("Season must be from 1 to {most}.", most=MAX_SEASON)
        source = sourced(source_url, publisher)
        announced = parse_date(date, "date") or FuzzyDate(today())
        if announced.value > today():
            raise UserError("The announcement date is in the future. Use the day it was announced.")
        if final and status != "renewed":
            raise UserError("`final` goes with a renewal (the last season ordered).")
        found = show
        change = await self.bot.editor.record_decision(
            found.slug,
            Decision(season, status, announced, source, final=final),
            Actor.user(interaction.user.id),
            checked=today(),
        )
        if change is None:
            raise UserError("That show was just removed from the catalogue.")
        what = _(DECISION_WORDS[status, final], n=season)
        text = _("Recorded: **{title}** {what}, {day}, source {publisher}.", title=render.escape(found.title),
                 what=what, day=announced.human(), publisher=render.escape(source.publisher))  # fmt: skip
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)
        if change.event is not None:
            self.bot.dispatch("season2_event", change.event, interaction, text)

    @app_commands.command(name="milestone")
    @app_commands.describe(
        show="Start typing, then pick a show",
        season="The season it is about",
        kind="What happened",
        source_url="Link to the report (http or https)",
        date="When: 2025-07-23, or 2025-07 (default today)",
        publisher="Who reported it (default: the link's site)",
    )
    @app_commands.choices(
        kind=[
            app_commands.Choice(name="Filming began (in production)", value="in_production"),
            app_commands.Choice(name="Filming wrapped", value="wrapped"),
            app_commands.Choice(name="Premiere date announced", value="premiere_announced"),
        ]
    )
    @curator_only()
    async def milestone(
        self,
        interaction: discord.Interaction[Season2Bot],
        show: ShowParam,
        season: app_commands.Range[int, 1, MAX_SEASON],
        kind: str,
        source_url: app_commands.Range[str, 1, 500],
        date: str | None = None,
        publisher: app_commands.Range[str, 1, 200] | None = None,
    ) -> None:
        """Record a production step (filming began or wrapped, a premiere date announced) with its source."""
        if not 1 <= season <= MAX_SEASON:
            raise UserError("Season must be from 1 to {most}.", most=MAX_SEASON)
        if kind not in MILESTONE_KINDS:
            raise UserError("Pick what happened from the list.")
        source = sourced(source_url, publisher)
        when = parse_date(date, "date") or FuzzyDate(today())
        if when.value > today():
            raise UserError("The date is in the future. Use the day it happened or was announced.")
        step = Milestone(season, kind, when, source)
        change = await self.bot.editor.record_milestone(show.slug, step, Actor.user(interaction.user.id))
        if change is None:
            raise UserError("That show was just removed from the catalogue.")
        title, publisher = render.escape(show.title), render.escape(source.publisher)
        text = _("Recorded: **{title}** season {n} {what}, source {publisher}.", title=title, n=season,
                 what=production_words(step), publisher=publisher)  # fmt: skip
        await tell(interaction, text)
        if change.event is not None:
            self.bot.dispatch("season2_event", change.event, interaction, text)

    # ------------------------------------------------------------ import / export

    @app_commands.command(name="import")
    @app_commands.describe(
        file="A .json (shows.json format) or .csv file, up to 10 MB",
        dry_run="Check only",
        quiet="Alert nobody (by default recent decisions and premieres still ahead alert followers)",
    )
    @curator_only()
    async def import_(
        self,
        interaction: discord.Interaction[Season2Bot],
        file: discord.Attachment,
        dry_run: bool = False,
        quiet: bool = False,
    ) -> None:
        """Import shows from a file: every row is checked first, then all or nothing is written."""
        if file.size > MAX_FILE_BYTES:
            raise UserError(
                "{name} is {size:.1f} MB; the limit is 10 MB.", name=file.filename, size=file.size / 1_048_576
            )
        await interaction.response.defer(ephemeral=True, thinking=True)
        raw = await file.read()
        checked = await check_async(raw, file.filename)
        if checked.errors:
            report = render.clip(checked.error_report(), 1800)
            await interaction.followup.send(
                f"{len(checked.errors)} rows need fixing; nothing was written.\n```\n{report}\n```",
                ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
            return
        if dry_run:
            await interaction.edit_original_response(
                content=_(
                    "{count} shows, all valid. Dry run: nothing was written.", count=f"{len(checked.shows):,}"
                )
            )
            return
        done = 0
        total = len(checked.shows)

        def progress(n: int) -> None:
            nonlocal done
            done = n

        async def show_progress() -> None:
            while True:
                await asyncio.sleep(PROGRESS_EVERY)
                said = _("Importing… {done} of {total} shows", done=f"{done:,}", total=f"{total:,}")
                await interaction.edit_original_response(content=said)

        ticker = asyncio.create_task(show_progress()) if total > 2_000 else None
        started = time.monotonic()
        try:
            result = await self.bot.editor.import_shows(
                checked.shows, Actor.user(interaction.user.id), quiet=quiet, progress=progress
            )
        finally:
            if ticker is not None:
                ticker.cancel()
        written = result.report
        alerted = " " + _("{count} alert events raised.", count=f"{result.events:,}") if result.events else ""
        said = _(
            "Imported {total} shows in {seconds} s: {added} added, {updated} updated, {unchanged} unchanged.",
            total=f"{total:,}", seconds=f"{time.monotonic() - started:.1f}", added=f"{len(written.added):,}",
            updated=f"{len(written.updated):,}", unchanged=f"{len(written.unchanged):,}",
        )  # fmt: skip
        await interaction.edit_original_response(content=said + alerted)

    @app_commands.command(name="export")
    @app_commands.describe(format="json (default) or csv; both import back unchanged")
    @curator_only()
    async def export(
        self, interaction: discord.Interaction[Season2Bot], format: Literal["json", "csv"] = "json"
    ) -> None:
        """Download the whole catalogue."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = await export_bytes(self.bot.db, format)
        if len(data) > UPLOAD_LIMIT:
            raise UserError(
                "The export is {size:.1f} MB, over Discord's upload limit. "
                "Run `python -m bot export FILE` on the server instead.",
                size=len(data) / 1_048_576,
            )
        name = f"season2bot-{date.today().isoformat()}.{format}"  # noqa: DTZ011  # a file name, not a fact
        await interaction.followup.send(
            "The catalogue, in the format /admin import reads.",
            file=discord.File(io.BytesIO(data), filename=name),
            ephemeral=True,
        )

    # ------------------------------------------------------------ audit

    @app_commands.command(name="audit")
    @app_commands.describe(show="Only this show (default: everything)")
    @curator_only()
    async def audit(
        self, interaction: discord.Interaction[Season2Bot], show: ShowParam | None = None
    ) -> None:
        """Who changed what, newest first."""
        slug = show.slug if show is not None else None
        entries = await curation.audit_entries(self.bot.db, slug)
        if not entries:
            await interaction.response.send_message(_("No changes recorded yet."), ephemeral=True)
            return
        pages = render.audit_pages(entries)
        await Paginator(pages, interaction.user.id).send(interaction, ephemeral=True)

    # ------------------------------------------------------------ review

    @app_commands.command(name="review")
    @app_commands.describe(item="Open one item to Accept, Edit or Reject it (default: list them all)")
    @curator_only()
    async def review(self, interaction: discord.Interaction[Season2Bot], item: int | None = None) -> None:
        """What waits for a curator: proposed decisions, TVmaze links and values, shows fans asked about."""
        if item is not None:
            found = await reviewing.pending_item(self.bot.editor, item)
            embed, view = await item_message(self.bot, found)
            await interaction.response.send_message(
                embed=embed, view=view, ephemeral=True, allowed_mentions=NO_PINGS
            )
            return
        items = await review_store.pending(self.bot.db)
        if not items:
            await interaction.response.send_message(_("Nothing waits for review."), ephemeral=True)
            return
        await Paginator(render.review_pages(items), interaction.user.id).send(interaction, ephemeral=True)

    @review.autocomplete("item")
    async def review_item_choices(
        self, interaction: discord.Interaction[Season2Bot], current: str
    ) -> list[app_commands.Choice[int]]:
        if not await is_curator(self.bot, interaction.user):
            return []
        wanted = current.strip().lstrip("#").lower()
        choices = []
        for pending in await review_store.pending(self.bot.db, limit=200):
            name = render.clip(f"#{pending.id} {render.REVIEW_LABELS.get(pending.kind, pending.kind)}: "
                               f"{pending.show_title}", 100)  # fmt: skip
            if not wanted or wanted in name.lower():
                choices.append(app_commands.Choice(name=name, value=pending.id))
        return choices[:25]

    @app_commands.command(name="review-channel")
    @app_commands.describe(channel="Where new review items are posted (leave out to stop posting)")
    @curator_only()
    async def review_channel(
        self, interaction: discord.Interaction[Season2Bot], channel: discord.TextChannel | None = None
    ) -> None:
        """Post each new review item, with its buttons, to a curators' channel."""
        if channel is None:
            await store.set_meta(self.bot.db, REVIEW_CHANNEL_KEY, "")
            await interaction.response.send_message(
                _(
                    "New review items are no longer posted; {command} lists them.",
                    command=mention("admin review"),
                ),
                ephemeral=True,
            )
            return
        require_bot_can_post(channel, embeds=True)
        await store.set_meta(self.bot.db, REVIEW_CHANNEL_KEY, str(channel.id))
        await tell(
            interaction,
            _(
                "New review items will be posted in {channel}, with Accept / Edit / Reject buttons.",
                channel=channel.mention,
            ),
        )

    @app_commands.command(name="undo")
    @app_commands.describe(entry="The audit entry's number (/admin audit shows them)")
    @curator_only()
    async def undo(
        self, interaction: discord.Interaction[Season2Bot], entry: app_commands.Range[int, 1]
    ) -> None:
        """Undo one edit from the audit log: a wrong decision is withdrawn and its followers told."""
        found = await curation.audit_entry(self.bot.db, entry)
        if found is None:
            raise UserError("There is no audit entry #{entry}.", entry=entry)
        change = await self.bot.editor.undo(found, Actor.user(interaction.user.id))
        told = " Its followers are told it was a correction." if change.events else ""
        await tell(
            interaction, f"Undid #{entry}: **{render.escape(change.after.title)}** is as it was before.{told}"
        )

    # ------------------------------------------------------------ radar feeds

    @feeds_group.command(name="add")
    @app_commands.describe(url="The feed's address (RSS or Atom, http or https)", name="What to call it")
    @curator_only()
    async def feeds_add(
        self,
        interaction: discord.Interaction[Season2Bot],
        url: app_commands.Range[str, 1, 500],
        name: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Add a news feed for the radar to read (or turn a removed or paused one on again)."""
        address = url.strip()
        parts = urlsplit(address)
        if parts.scheme not in ("http", "https") or not parts.hostname or has_control_characters(address):
            raise UserError("Give the feed's full address, starting with http:// or https://.")
        label = (name or "").strip() or parts.hostname.removeprefix("www.")
        if has_control_characters(label):
            raise UserError("The name cannot hold control characters. Retype it.")
        feed, new = await feeds_store.add(self.bot.db, address, label, added_by=interaction.user.id)
        name = render.escape(feed.name)
        if new:
            said = _(
                "Added: **{name}** (<{url}>). The radar reads it within a minute.", name=name, url=feed.url
            )
        else:
            said = _("Turned on again: **{name}** (<{url}>). The radar reads it within a minute.", name=name,
                     url=feed.url)  # fmt: skip
        await tell(interaction, said)

    @feeds_group.command(name="remove")
    @app_commands.describe(feed="The feed to stop reading")
    @curator_only()
    async def feeds_remove(self, interaction: discord.Interaction[Season2Bot], feed: int) -> None:
        """Stop reading a feed (a bundled one stays off)."""
        gone = await feeds_store.remove(self.bot.db, feed)
        if gone is None:
            raise UserError("There is no feed #{feed}. Pick one from the list as you type.", feed=feed)
        await tell(interaction, _("The radar no longer reads **{name}**.", name=render.escape(gone.name)))

    @feeds_remove.autocomplete("feed")
    async def feed_choices(
        self, interaction: discord.Interaction[Season2Bot], current: str
    ) -> list[app_commands.Choice[int]]:
        if not await is_curator(self.bot, interaction.user):
            return []
        wanted = current.strip().lower()
        listed = [f for f in await feeds_store.all_feeds(self.bot.db) if f.enabled]
        return [
            app_commands.Choice(name=render.clip(f"{f.name} ({f.state})", 100), value=f.id)
            for f in listed
            if not wanted or any(wanted in text.lower() for text in (f.name, f.url, f.moved_to or ""))
        ][:25]

    @feeds_group.command(name="list")
    @curator_only()
    async def feeds_list(self, interaction: discord.Interaction[Season2Bot]) -> None:
        """Every feed the radar reads, with its state: ok, failing, paused, removed."""
        listed = await feeds_store.all_feeds(self.bot.db)
        if not listed:
            await interaction.response.send_message(
                "No feeds yet: add one with `/admin feeds add`.", ephemeral=True, allowed_mentions=NO_PINGS
            )
            return
        await Paginator(render.feed_pages(listed), interaction.user.id).send(interaction, ephemeral=True)

    # ------------------------------------------------------------ status

    @app_commands.command(name="status")
    @curator_only()
    async def status(self, interaction: discord.Interaction[Season2Bot]) -> None:
        """Alert delivery: what is pending, sent and failed, for the latest events."""
        health = await alerts_store.outbox_health(self.bot.db)
        recent = await alerts_store.recent_outbox(self.bot.db)
        embed = render.outbox_status(health, recent, self.bot.worker_running("alerts-delivery"))
        live = self.bot.get_cog("Live")
        summary = getattr(live, "summary", None)  # the TVmaze feature, when it is loaded
        if callable(summary):
            waiting = await review_store.count_pending(self.bot.db)
            text = f"{summary()} " + _(
                "Review queue: {count} waiting ({command}).", count=waiting, command=mention("admin review")
            )
            embed.add_field(name="TVmaze", value=render.clip(text, 1024), inline=False)
        radar_cog = self.bot.get_cog("Radar")
        radar_summary = getattr(radar_cog, "summary", None)  # the radar, when it is loaded
        if callable(radar_summary):
            embed.add_field(
                name=_("Renewal radar"), value=render.clip(await radar_summary(), 1024), inline=False
            )
        await interaction.response.send_message(embed=embed, ephemeral=True)

    # ------------------------------------------------------------ curators

    @curators.command(name="add")
    @app_commands.describe(user="Who may edit the catalogue")
    @owner_only()
    async def curators_add(self, interaction: discord.Interaction[Season2Bot], user: discord.User) -> None:
        """Let someone edit the catalogue."""
        added = await curation.add_curator(self.bot.db, user.id, interaction.user.id)
        if added:
            text = _("{user} is now a curator.", user=user.mention)
        else:
            text = _("{user} is already a curator.", user=user.mention)
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)

    @curators.command(name="remove")
    @app_commands.describe(user="Who should no longer edit the catalogue")
    @owner_only()
    async def curators_remove(self, interaction: discord.Interaction[Season2Bot], user: discord.User) -> None:
        """Stop someone editing the catalogue."""
        removed = await curation.remove_curator(self.bot.db, user.id, interaction.user.id)
        if removed:
            text = _("{user} is no longer a curator.", user=user.mention)
        else:
            text = _("{user} was not a curator.", user=user.mention)
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)

    @curators.command(name="list")
    @owner_only()
    async def curators_list(self, interaction: discord.Interaction[Season2Bot]) -> None:
        """Who may edit the catalogue."""
        rows = await curation.list_curators(self.bot.db)
        lines = [
            f"<@{c.user_id}> · "
            + _("added {day} by {who}", day=discord.utils.format_dt(c.added_at, "D"), who=f"<@{c.added_by}>")
            for c in rows
        ]
        settings = self.bot.settings
        if settings.curator_role_id and settings.home_guild_id:
            role, guild = settings.curator_role_id, settings.home_guild_id
            lines.append(_("Also: everyone with role `{role}` in server `{guild}`.", role=role, guild=guild))
        lines.append(_("Also: the bot's owners."))
        await interaction.response.send_message("\n".join(lines), ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Admin(bot))
