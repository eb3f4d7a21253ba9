"""Show lookup: /season2 and /show info|search|upcoming."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.autocomplete import AnyShowParam
from bot.core import NO_PINGS, defer_public, respond
from bot.domain.dates import today
from bot.domain.errors import UserError
from bot.domain.models import Show
from bot.domain.verdict import HEADLINES, MAX_SEASON, decide
from bot.i18n import _
from bot.store import catalogue as store
from bot.store import review, theories
from bot.tvmaze import TVmazeUnavailable, TVShow
from bot.views import Paginator, alert_button, theory_button

if TYPE_CHECKING:
    from bot.core import Season2Bot

SEARCH_RESULTS = 100


def card_buttons(
    show_id: int, source_url: str | None, *, in_guild: bool, publisher: str | None = None
) -> discord.ui.View:
    """Alert me and, in a server, Add a theory (both work after restarts: the alerts and theories
    cogs answer them by custom_id), and the source: the card's one link to it, naming it."""
    view = discord.ui.View(timeout=None)
    view.add_item(alert_button(show_id))
    if in_guild:
        view.add_item(theory_button(show_id))
    if source_url:
        label = render.clip(_("Source: {publisher}", publisher=publisher), 80) if publisher else _("Source")
        view.add_item(discord.ui.Button(label=label, style=discord.ButtonStyle.link, url=source_url))
    return view


class Shows(commands.Cog):
    """Will there be a season 2? Look shows up."""

    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot

    @app_commands.command(name="season2")
    @app_commands.describe(
        show="Start typing, then pick a show",
        season="Which season to ask about (default: the next one)",
    )
    async def season2(
        self,
        interaction: discord.Interaction[Season2Bot],
        show: AnyShowParam,
        season: app_commands.Range[int, 1, MAX_SEASON] | None = None,
    ) -> None:
        """Will there be another season? The answer, with its source."""
        if season is not None and not 1 <= season <= MAX_SEASON:
            raise UserError("Season must be from 1 to {most}.", most=MAX_SEASON)
        found = show
        await self.note_ask(found)
        card = self.bot.catalogue.card(found, season, today())
        best = (
            await theories.top(self.bot.db, interaction.guild_id, found.id, limit=3)
            if interaction.guild_id
            else []
        )
        await respond(
            interaction,
            content=render.escape(card.summary),
            embed=render.card(card, [render.theory_line(t) for t in best]),
            view=card_buttons(
                found.id,
                card.source_url,
                in_guild=interaction.guild_id is not None,
                publisher=card.verdict.decision.source.publisher if card.verdict.decision else None,
            ),
        )

    async def note_ask(self, show: Show) -> None:
        """A fan asked about a show no curator has reviewed: the review queue puts the most asked first."""
        if not show.reviewed:
            summary = f"{show.title}: taken from TVmaze when a fan asked; not reviewed"
            new = await review.asked(self.bot.db, show.id, summary)
            if new is not None:
                self.bot.dispatch("review_items", [new])  # posted to the curators' channel, if set

    show_group = app_commands.Group(name="show", description="Look shows up in the catalogue")

    @show_group.command(name="info")
    @app_commands.describe(show="Start typing, then pick a show")
    async def info(self, interaction: discord.Interaction[Season2Bot], show: AnyShowParam) -> None:
        """Everything we know: seasons, dates, cast, and every decision with its source."""
        await self.note_ask(show)
        await Paginator(render.show_pages(show), interaction.user.id).send(interaction)

    @show_group.command(name="search")
    @app_commands.describe(query="Part of a title, an alias, or the original title")
    async def search(
        self, interaction: discord.Interaction[Season2Bot], query: app_commands.Range[str, 1, 100]
    ) -> None:
        """Find shows by title, alias or original title; typos are fine. TVmaze's candidates follow."""
        hits = self.bot.catalogue.suggest(query, limit=SEARCH_RESULTS)
        candidates: list[TVShow] = []
        unreachable = False
        lookup = self.bot.lookup
        if lookup is not None and query.strip():
            lookup.limiter.take(interaction.user.id)
            await defer_public(interaction)
            try:
                candidates = await lookup.search(" ".join(query.split()))
            except TVmazeUnavailable:
                unreachable = True
        if not hits and not candidates:
            escaped = render.clip(render.escape(query), 80)
            if unreachable:
                raise UserError(
                    "Nothing in the catalogue matches '{query}', and TVmaze could not be reached to look"
                    " further. Try again in a few minutes.",
                    query=escaped,
                )
            raise UserError("Nothing matches '{query}'. Try fewer words, or another spelling.", query=escaped)
        now = today()
        verdicts = {}
        for show in await store.by_ids(self.bot.db, [h.entry.show_id for h in hits]):
            verdicts[show.id] = (
                _(HEADLINES[decide(show, None, now).kind]).lower()
                if show.reviewed
                else _("not reviewed (TVmaze)")
            )
        pages = render.search_pages(query, hits, verdicts, candidates, tvmaze_unreachable=unreachable)
        await Paginator(pages, interaction.user.id).send(interaction)

    @show_group.command(name="upcoming")
    @app_commands.describe(days="How many days ahead to look (1-365, default 30)")
    async def upcoming(
        self, interaction: discord.Interaction[Season2Bot], days: app_commands.Range[int, 1, 365] = 30
    ) -> None:
        """Premieres coming up, soonest first."""
        if not 1 <= days <= 365:
            raise UserError("Days must be from 1 to 365.")
        start = today()
        rows = await store.upcoming(self.bot.db, start, start + timedelta(days=days))
        if not rows:
            embed = render.empty(
                _("Premieres in the next {days} days", days=days),
                _("No premiere dates are confirmed in that window. Try a longer one, e.g. `days: 180`."),
            )
            await interaction.response.send_message(embed=embed, allowed_mentions=NO_PINGS)
            return
        shows = {s.id: s for s in await store.by_ids(self.bot.db, list({r.show_id for r in rows}))}
        listed = [(shows[r.show_id], r.season) for r in rows if r.show_id in shows]
        await Paginator(render.upcoming_pages(days, listed), interaction.user.id).send(interaction)


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Shows(bot))
