"""The `show` option every command shares: suggestions while typing, and resolving what was sent.

Commands declare it as `show: ShowParam` and receive a `Show`: discord.py calls `ShowTransformer`
for the suggestions and for the value, so no command resolves a name by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.domain.dates import today
from bot.domain.errors import UserError
from bot.domain.models import Show
from bot.domain.search import Entry
from bot.render import clip

if TYPE_CHECKING:
    from bot.core import Season2Bot

MAX_CHOICES = 25  # Discord refuses more
NAME_MAX = 100


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


async def resolve_show(bot: Season2Bot, text: str) -> Show:
    """The show a user meant, or a UserError naming the closest titles."""
    found = await bot.catalogue.resolve(text[:NAME_MAX])
    if found.show is not None:
        return found.show
    shown = clip(discord.utils.escape_markdown(text.strip()), 60) or "that"
    if found.same_name:
        names = ", ".join(
            f"**{discord.utils.escape_markdown(choice_name(h.entry))}**" for h in found.same_name[:5]
        )
        raise UserError(
            "'{shown}' is the name of more than one show: {names}. Pick one from the list as you type.",
            shown=shown,
            names=names,
        )
    close = ", ".join(f"**{discord.utils.escape_markdown(h.entry.title)}**" for h in found.suggestions[:5])
    hint = f" Did you mean {close}?" if close else " Check the spelling, or try /show search."
    raise UserError("No show matches '{shown}'.{hint}", shown=shown, hint=hint)
