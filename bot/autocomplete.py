"""The `show` option every command shares: suggestions while typing, and resolving what was sent.

Commands declare it as `show: ShowParam` and receive a `Show`: discord.py calls `ShowTransformer`
for the suggestions and for the value, so no command resolves a name by hand. The commands that
answer fans (`/season2`, `/show info`) declare `AnyShowParam`: a title the catalogue lacks is looked
up on TVmaze (bot.lookup), the answer deferred meanwhile, and the suggestions end with "Search
TVmaze for …" when few local titles match. Suggestions never wait on the network."""

from __future__ import annotations

import functools
import zoneinfo
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.catalogue import CONFIDENT, Resolution
from bot.core import defer_public
from bot.domain.dates import today
from bot.domain.errors import UserError
from bot.domain.models import Show
from bot.domain.search import Entry
from bot.i18n import _
from bot.render import clip
from bot.tvmaze import TVmazeUnavailable

if TYPE_CHECKING:
    from bot.core import Season2Bot

MAX_CHOICES = 25  # Discord refuses more
NAME_MAX = 100
FEW = 5  # fewer good local suggestions than this: offer a TVmaze search as the last choice
TVMAZE_PREFIX = "tvmaze:"  # the value of that choice: what follows is the text to look up


def choice_name(entry: Entry) -> str:
    """The title, with the year and platform that tell two same-named shows apart."""
    extra = ", ".join(x for x in (str(entry.year) if entry.year else "", entry.platform) if x)
    tail = f" ({extra})" if extra else ""
    return clip(entry.title, NAME_MAX - len(tail)) + tail


async def show_choices(
    interaction: discord.Interaction[Season2Bot], current: str
) -> list[app_commands.Choice[str]]:
    bot = interaction.client
    if current.strip():
        entries = [h.entry for h in bot.catalogue.suggest(current[:NAME_MAX], limit=MAX_CHOICES)]
    else:
        entries = bot.catalogue.nearest_premieres(today(), MAX_CHOICES)
    return [app_commands.Choice(name=choice_name(e), value=e.slug) for e in entries[:MAX_CHOICES]]


class ShowTransformer(app_commands.Transformer["Season2Bot"]):
    """Autocomplete and resolution of the `show` option, in one place."""

    @property
    def max_value(self) -> int:
        return NAME_MAX  # a string option: its max_length, as Discord's client enforces it

    async def autocomplete(  # type: ignore[override]  # our choices are strings (slugs)
        self, interaction: discord.Interaction[Season2Bot], value: str, /
    ) -> list[app_commands.Choice[str]]:
        return await show_choices(interaction, value)

    async def transform(self, interaction: discord.Interaction[Season2Bot], value: str, /) -> Show:
        # A UserError here reaches the user through the tree's error handler (as TransformerError's
        # cause), worded like any other.
        return await resolve_show(interaction.client, str(value))


ShowParam = app_commands.Transform[Show, ShowTransformer]


class AnyShowTransformer(ShowTransformer):
    """The `show` option of the commands that answer fans: any show, TVmaze's too."""

    async def autocomplete(  # type: ignore[override]
        self, interaction: discord.Interaction[Season2Bot], value: str, /
    ) -> list[app_commands.Choice[str]]:
        choices = await show_choices(interaction, value)
        text = " ".join(value.split())
        if interaction.client.lookup is not None and text and self._few(interaction.client, text):
            label = clip(_("Search TVmaze for “{text}”", text=text), NAME_MAX)
            choices = [*choices[: MAX_CHOICES - 1], app_commands.Choice(name=label, value=tvmaze_value(text))]
        return choices

    @staticmethod
    def _few(bot: Season2Bot, text: str) -> bool:
        """Whether few catalogue titles fit `text` well (typo tolerance finds weak ones for anything)."""
        good = [h for h in bot.catalogue.suggest(text[:NAME_MAX], limit=FEW) if h.score >= CONFIDENT]
        return len(good) < FEW

    async def transform(self, interaction: discord.Interaction[Season2Bot], value: str, /) -> Show:
        bot = interaction.client
        text = str(value)
        if text.startswith(TVMAZE_PREFIX):
            return await look_up(interaction, text[len(TVMAZE_PREFIX) :], None)
        found = await bot.catalogue.resolve(text[:NAME_MAX])
        if found.show is not None:
            return found.show
        if bot.lookup is None or found.same_name or not text.strip():
            raise not_found(text, found)
        return await look_up(interaction, text, found)


AnyShowParam = app_commands.Transform[Show, AnyShowTransformer]


def tvmaze_value(text: str) -> str:
    return TVMAZE_PREFIX + text[: NAME_MAX - len(TVMAZE_PREFIX)]


async def look_up(interaction: discord.Interaction[Season2Bot], text: str, local: Resolution | None) -> Show:
    """A title the catalogue lacks, on TVmaze: counted against the user's lookups, the answer
    deferred (in public: the card will be), and what TVmaze gives stored or matched (bot.lookup)."""
    bot = interaction.client
    lookup = bot.lookup
    text = " ".join(text.split())
    if lookup is None:
        raise UserError(
            "Looking shows up on TVmaze is turned off here. Pick a show from the list as you type."
        )
    if not text:
        raise UserError("Type a title to look up.")
    lookup.limiter.take(interaction.user.id)
    await defer_public(interaction)
    shown = clip(discord.utils.escape_markdown(text), 60)
    hint = _did_you_mean(local)
    try:
        result = await lookup.find(text, bot.catalogue)
    except TVmazeUnavailable:
        raise UserError(
            "No show in the catalogue matches '{shown}', and TVmaze could not be reached to look"
            " further. Try again in a few minutes.{hint}",
            shown=shown,
            hint=hint,
        ) from None
    if result.show is None:
        raise UserError(
            "No show matches '{shown}', in the catalogue or on TVmaze.{hint}", shown=shown, hint=hint
        )
    return result.show


def _did_you_mean(found: Resolution | None) -> str:
    if found is None or not found.suggestions:
        return ""
    close = ", ".join(f"**{discord.utils.escape_markdown(h.entry.title)}**" for h in found.suggestions[:5])
    return f" Did you mean {close}?"


async def resolve_show(bot: Season2Bot, text: str) -> Show:
    """The show a user meant, or a UserError naming the closest titles."""
    found = await bot.catalogue.resolve(text[:NAME_MAX])
    if found.show is not None:
        return found.show
    raise not_found(text, found, tvmaze_on=bot.lookup is not None)


def not_found(text: str, found: Resolution, *, tvmaze_on: bool = False) -> UserError:
    """The UserError for a name that resolved to no show: the shows it fits, or the closest."""
    shown = clip(discord.utils.escape_markdown(text.strip()), 60) or "that"
    if found.same_name:
        names = ", ".join(
            f"**{discord.utils.escape_markdown(choice_name(h.entry))}**" for h in found.same_name[:5]
        )
        return UserError(
            "'{shown}' is the name of more than one show: {names}. Pick one from the list as you type.",
            shown=shown,
            names=names,
        )
    close = ", ".join(f"**{discord.utils.escape_markdown(h.entry.title)}**" for h in found.suggestions[:5])
    hint = f" Did you mean {close}?" if close else " Check the spelling, or try /show search."
    if tvmaze_on:
        hint += " A show not in the catalogue yet: ask /season2 first, which looks it up on TVmaze."
    return UserError("No show matches '{shown}'.{hint}", shown=shown, hint=hint)


@functools.cache
def _zones() -> tuple[str, ...]:
    return tuple(sorted(zoneinfo.available_timezones()))


async def timezone_choices(
    interaction: discord.Interaction[Season2Bot], current: str
) -> list[app_commands.Choice[str]]:
    """IANA time zones containing what was typed ("los ang" finds America/Los_Angeles)."""
    needle = current.strip().lower().replace(" ", "_")
    hits = [z for z in _zones() if needle in z.lower()][:25]
    return [app_commands.Choice(name=z, value=z) for z in hits]
