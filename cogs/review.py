"""The review queue on Discord: each item as a message with Accept / Edit / Reject buttons that work
after a restart (their custom_id carries the item), the forms they open, and posting new items to
the curators' channel when one is set (`/admin review-channel`). What a choice does is in
bot.reviewing; the commands that list and open items are /admin review's."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ClassVar, Self

import discord
from discord.ext import commands

from bot import render, reviewing
from bot.core import NO_PINGS
from bot.domain.catalogue_file import parse_row, show_to_row
from bot.domain.dates import today
from bot.domain.errors import UserError
from bot.domain.events import Actor
from bot.edits import Editor
from bot.i18n import N_, _
from bot.permissions import require_curator
from bot.store import catalogue as store
from bot.store import review
from bot.store.review import ReviewItem
from bot.views import GatedButton, GatedModal

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

REVIEW_TEMPLATE = r"review:(?P<action>accept|edit|reject):(?P<item>[0-9]+)"
CHANNEL_KEY = "review:channel_id"  # meta: where new review items are posted
POST_AT_MOST = 10  # items posted at once; the rest are counted, and /admin review lists them


def item_view(item: ReviewItem) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for action in ReviewButton.LABELS:
        view.add_item(ReviewButton(action, item.id))
    return view


async def item_message(bot: Season2Bot, item: ReviewItem) -> tuple[discord.Embed, discord.ui.View]:
    show = await store.by_id(bot.db, item.show_id)
    page = show.links.tvmaze_page if show is not None else None
    return render.review_item(item, page), item_view(item)


class ReviewButton(GatedButton, template=REVIEW_TEMPLATE):
    """Accept, Edit or Reject on one review item; curators only, checked when pressed."""

    LABELS: ClassVar[dict[str, tuple[str, discord.ButtonStyle]]] = {
        "accept": (N_("Accept"), discord.ButtonStyle.success),
        "edit": (N_("Edit"), discord.ButtonStyle.secondary),
        "reject": (N_("Reject"), discord.ButtonStyle.danger),
    }

    def __init__(self, action: str, item_id: int) -> None:
        self.action, self.item_id = action, item_id
        label, style = self.LABELS[action]
        button = discord.ui.Button[discord.ui.View](
            label=_(label), style=style, custom_id=f"review:{action}:{item_id}"
        )
        super().__init__(button)

    @classmethod
    def from_match(cls, match: re.Match[str]) -> Self:
        return cls(match["action"], int(match["item"]))

    async def pressed(self, interaction: discord.Interaction[Season2Bot]) -> None:
        await require_curator(interaction)
        editor = interaction.client.editor
        item = await reviewing.pending_item(editor, self.item_id)
        actor = Actor.user(interaction.user.id)
        if self.action == "reject":
            await settle(interaction, item, await reviewing.reject(editor, item, actor), accepted=False)
        elif self.action == "accept" and reviewing.needs_article(item):
            await interaction.response.send_modal(DecisionForm(item, edit=False))
        elif self.action == "accept" and reviewing.needs_season(item):
            # (the season counted, prefilled, for the curator to confirm; a premiere's date beside it)
            form = premiere_form(item) if item.kind == "premiere" else CountedSeasonForm(item)
            await interaction.response.send_modal(form)
        elif self.action == "accept":
            await settle(interaction, item, await reviewing.accept(editor, item, actor), accepted=True)
        elif item.kind == "decision":
            await interaction.response.send_modal(DecisionForm(item, edit=True))
        elif item.kind == "conflict":
            await interaction.response.send_modal(ValueForm(item))
        elif item.kind == "premiere":
            await interaction.response.send_modal(premiere_form(item))
        elif item.kind == "milestone":
            await interaction.response.send_modal(milestone_form(item))
        elif item.kind == "link":
            await interaction.response.send_modal(LinkForm(item))
        else:
            show = await store.by_id(interaction.client.db, item.show_id)
            if show is None:
                raise UserError("That show was removed from the catalogue.")
            await interaction.response.send_modal(ShowForm(item, show.title, show.platform, show.country,
                                                           show.language))  # fmt: skip


async def settle(
    interaction: discord.Interaction[Season2Bot], item: ReviewItem, line: str, *, accepted: bool
) -> None:
    """The item's message shows the choice, and its buttons go."""
    embed = render.review_item(
        item, None, decided=f"{'✅' if accepted else '✖'} {line} · <@{interaction.user.id}>"
    )
    await interaction.response.edit_message(embed=embed, view=None)


async def confirm(interaction: discord.Interaction[Season2Bot], line: str) -> None:
    await interaction.response.send_message(
        render.clip(line, 1900), ephemeral=True, allowed_mentions=NO_PINGS
    )


# What Edit offers for a decision's status: the value sent, and the words shown.
STATUS_CHOICES = (
    ("renewed", N_("Renewed")),
    ("final", N_("Renewed as the final season")),
    ("cancelled", N_("Cancelled")),
    ("ended", N_("Ended")),
)


class DecisionForm(GatedModal):
    """Accept (or Edit) a proposed decision: the article that announced it is required."""

    def __init__(self, item: ReviewItem, *, edit: bool) -> None:
        super().__init__(title=render.clip(_("Decision: {title}", title=item.show_title), 45), timeout=900)
        self.item = item
        first: object = next(iter(item.data.get("sources") or []), {})  # the radar's first report, if any
        reported: dict[str, Any] = first if isinstance(first, dict) else {}
        self.url: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=_("Article that announced it (link)"),
            placeholder="https://…",
            default=str(reported.get("url") or "") or None,
            max_length=500,
        )
        self.announced: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=_("Announced on (YYYY-MM-DD)"),
            placeholder="2025-06-27",
            default=str(reported.get("date") or "") or None,
            max_length=10,
        )
        self.publisher: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=_("Publisher (default: the link's site)"),
            required=False,
            default=str(reported.get("publisher") or "") or None,
            max_length=200,
        )
        self.season: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=_("Season"), default=str(item.data.get("season", "")), max_length=2
        )
        # (a pick, not a typed word: a final season is a renewal's, and the modal has room for one more)
        status = str(item.data.get("status", ""))
        proposed = "final" if status == "renewed" and item.data.get("final") else status
        self.status: discord.ui.Select[GatedModal] = discord.ui.Select(
            options=[
                discord.SelectOption(label=_(label), value=value, default=value == proposed)
                for value, label in STATUS_CHOICES
            ]
        )
        for field in (
            self.url,
            self.announced,
            self.publisher,
            *((self.season, discord.ui.Label(text=_("Status"), component=self.status)) if edit else ()),
        ):
            self.add_item(field)
        self.edit = edit

    async def on_submit(self, interaction: discord.Interaction[Season2Bot]) -> None:  # type: ignore[override]
        await require_curator(interaction)
        picked = (self.status.values or [""])[0] if self.edit else ""
        article = reviewing.Article(
            self.url.value,
            self.announced.value,
            self.publisher.value,
            self.season.value if self.edit else "",
            "renewed" if picked == "final" else picked,
            final=picked == "final" if picked else None,
        )
        line = await reviewing.accept_decision(
            interaction.client.editor, self.item, Actor.user(interaction.user.id), article
        )
        await confirm(interaction, f"{line} " + _("Followers are told."))


class CountedSeasonForm(GatedModal):
    """Accept a reported renewal whose season the radar counted from the catalogue: the curator
    confirms the season (or types the right one); every report stays a source."""

    def __init__(self, item: ReviewItem) -> None:
        super().__init__(title=render.clip(_("Decision: {title}", title=item.show_title), 45), timeout=900)
        self.item = item
        self.season: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=_("Season"), default=str(item.data.get("season") or "") or None, max_length=2
        )
        self.add_item(self.season)

    async def on_submit(self, interaction: discord.Interaction[Season2Bot]) -> None:  # type: ignore[override]
        await require_curator(interaction)
        line = await reviewing.accept_counted(
            interaction.client.editor, self.item, Actor.user(interaction.user.id), self.season.value
        )
        await confirm(interaction, f"{line} " + _("Followers are told."))


class ValueForm(GatedModal):
    """Edit on a value conflict: the value to keep, TVmaze's proposed."""

    def __init__(self, item: ReviewItem) -> None:
        super().__init__(
            title=render.clip(_("Season value: {title}", title=item.show_title), 45), timeout=900
        )
        self.item = item
        field, season = str(item.data.get("field", "")), item.data.get("season", "?")
        self.value: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=render.clip(
                _(
                    "Season {n} {field} (ours: {ours})",
                    n=season,
                    field=field,
                    ours=item.data.get("ours", "?"),
                ),
                45,
            ),
            default=str(item.data.get("theirs", "")),
            max_length=10,
        )
        self.add_item(self.value)

    async def on_submit(self, interaction: discord.Interaction[Season2Bot]) -> None:  # type: ignore[override]
        await require_curator(interaction)
        line = await reviewing.set_value(
            interaction.client.editor, self.item, Actor.user(interaction.user.id), self.value.value
        )
        await confirm(interaction, line)


class SeasonDateForm(GatedModal):
    """Edit on news with a season and a date (a premiere date, a production step): the curator's
    season and date, the report still the source."""

    def __init__(
        self,
        item: ReviewItem,
        *,
        title: str,
        date_label: str,
        date_default: object,
        apply: Callable[[Editor, ReviewItem, Actor, str, str], Awaitable[str]],
    ) -> None:
        super().__init__(title=render.clip(f"{_(title)}: {item.show_title}", 45), timeout=900)
        self.item = item
        self.apply = apply
        self.season: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=_("Season"), default=str(item.data.get("season") or ""), max_length=2
        )
        self.date: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=_(date_label), default=str(date_default or "") or None, max_length=10
        )
        self.add_item(self.season)
        self.add_item(self.date)

    async def on_submit(self, interaction: discord.Interaction[Season2Bot]) -> None:  # type: ignore[override]
        await require_curator(interaction)
        actor = Actor.user(interaction.user.id)
        line = await self.apply(
            interaction.client.editor, self.item, actor, self.season.value, self.date.value
        )
        await confirm(interaction, line)


def premiere_form(item: ReviewItem) -> SeasonDateForm:
    """Edit on a premiere item, or Accept of one whose season the radar counted."""
    return SeasonDateForm(item, title=N_("Premiere"), date_label=N_("Premiere (YYYY-MM-DD, or YYYY-MM)"),
                          date_default=item.data.get("premiere"), apply=reviewing.set_premiere)  # fmt: skip


def milestone_form(item: ReviewItem) -> SeasonDateForm:
    first: object = next(iter(item.data.get("sources") or []), {})
    reported: dict[str, Any] = first if isinstance(first, dict) else {}
    return SeasonDateForm(item, title=N_("Production"), date_label=N_("When (YYYY-MM-DD, or YYYY-MM)"),
                          date_default=reported.get("date"), apply=reviewing.set_milestone)  # fmt: skip


class LinkForm(GatedModal):
    """Edit on a link: the TVmaze show this one is."""

    def __init__(self, item: ReviewItem) -> None:
        super().__init__(title=render.clip(_("Link: {title}", title=item.show_title), 45), timeout=900)
        self.item = item
        candidates = [str(c) for c in item.data.get("candidates", []) if isinstance(c, int)]
        self.tvmaze: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=_("TVmaze show id (tvmaze.com/shows/ID/…)"),
            default=candidates[0] if len(candidates) == 1 else None,
            max_length=8,
        )
        self.add_item(self.tvmaze)

    async def on_submit(self, interaction: discord.Interaction[Season2Bot]) -> None:  # type: ignore[override]
        await require_curator(interaction)
        text = self.tvmaze.value.strip()
        if not text.isdigit():
            raise UserError("A TVmaze id is a whole number, as in tvmaze.com/shows/1/….")
        line = await reviewing.link_to(
            interaction.client.editor, self.item, Actor.user(interaction.user.id), int(text)
        )
        await confirm(interaction, line)


class ShowForm(GatedModal):
    """Edit on a show taken from TVmaze: what it lacks (platform, country), then it is reviewed."""

    def __init__(
        self, item: ReviewItem, title: str, platform: str, country: str, language: str | None
    ) -> None:
        super().__init__(title=_("Review a show from TVmaze"), timeout=900)
        self.item = item
        self.name: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=_("Title"), default=title, max_length=200
        )
        self.platform: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=_("Platform or network"), default=platform or None, max_length=100
        )
        self.place: discord.ui.TextInput[GatedModal] = discord.ui.TextInput(
            label=_("Country, then language (e.g. KR ko)"),
            default=" ".join(x for x in (country, language or "") if x) or None,
            max_length=10,
        )
        for field in (self.name, self.platform, self.place):
            self.add_item(field)

    async def on_submit(self, interaction: discord.Interaction[Season2Bot]) -> None:  # type: ignore[override]
        await require_curator(interaction)
        bot = interaction.client
        show = await store.by_id(bot.db, self.item.show_id)
        if show is None:
            raise UserError("That show was removed from the catalogue.")
        place = self.place.value.split()
        row = show_to_row(show)
        row.update(title=self.name.value.strip(), platform=self.platform.value.strip(),
                   country=place[0].upper() if place else "", last_checked=today().isoformat())  # fmt: skip
        if len(place) > 1:
            row["language"] = place[1].lower()
        edited, error = parse_row(row, 1)
        if edited is None:
            assert error is not None
            raise UserError("{field} {problem}.", field=error.field, problem=error.message)
        actor = Actor.user(interaction.user.id)
        await bot.editor.save_show(edited, actor, action="show.edit", accepting=self.item.id)
        await confirm(interaction, f"{edited.title} is reviewed: the catalogue's own from now on.")


class Review(commands.Cog):
    """The review queue's buttons, and its posts to the curators' channel."""

    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(ReviewButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(ReviewButton)

    @commands.Cog.listener()
    async def on_review_items(self, item_ids: list[int]) -> None:
        """New items: posted to the curators' channel, if one is set. A post that fails is logged;
        the items wait in /admin review all the same."""
        channel_id = await store.get_meta(self.bot.db, CHANNEL_KEY)
        if not item_ids or not channel_id or not channel_id.isdigit():
            return
        channel = self.bot.get_channel(int(channel_id))
        if not isinstance(channel, discord.abc.Messageable):
            log.warning("review channel %s is gone: new items wait in /admin review", channel_id)
            return
        try:
            for item_id in item_ids[:POST_AT_MOST]:
                item = await review.get(self.bot.db, item_id)
                if item is None or item.state != "pending":
                    continue
                embed, view = await item_message(self.bot, item)
                await channel.send(embed=embed, view=view, allowed_mentions=NO_PINGS)
            if len(item_ids) > POST_AT_MOST:
                more = len(item_ids) - POST_AT_MOST
                await channel.send(
                    f"…and {more} more: `/admin review` lists them all.", allowed_mentions=NO_PINGS
                )
        except discord.HTTPException as exc:
            log.warning("could not post review items to channel %s: %s", channel_id, exc)


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Review(bot))
