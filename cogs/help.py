"""/help: the commands this user may use here, each with what it does."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import i18n, mentions, render
from bot.i18n import _
from bot.permissions import audience, is_curator
from bot.views import Paginator

if TYPE_CHECKING:
    from bot.core import Season2Bot


Command = app_commands.Command[Any, ..., Any]


def leaves(items: Iterable[object]) -> list[Command]:
    """Every slash command, subcommands of groups included (context menus are no slash commands)."""
    out: list[Command] = []
    for item in items:
        if isinstance(item, app_commands.Group):
            out.extend(leaves(item.commands))
        elif isinstance(item, app_commands.Command):
            out.append(item)
    return out


class Help(commands.Cog):
    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction[Season2Bot]) -> None:
        """The commands you can use here, and what each does."""
        bot = self.bot
        owner = bool(bot.owner_ids and interaction.user.id in bot.owner_ids)
        curator = await is_curator(bot, interaction.user)
        perms = interaction.permissions if interaction.guild_id is not None else None
        lines = []
        for command in sorted(leaves(bot.tree.get_commands()), key=lambda c: c.qualified_name):
            who = audience(command)
            if (who == "owners" and not owner) or (who == "curators" and not curator):
                continue
            needed = command.extras.get("permission")
            if needed and (perms is None or not (getattr(perms, needed, False) or perms.administrator)):
                continue
            if command.guild_only and interaction.guild_id is None:
                continue
            marker = {"owners": " · " + _("owners"), "curators": " · " + _("curators")}.get(who, "")
            # As the asker's Discord shows the command: its name and description in their language (a
            # command mention is shown so by Discord itself, and runs the command on a click).
            shown = mentions.mention(command.qualified_name)
            if not mentions.known(command.qualified_name):
                words = (i18n.CATALOGUES.gettext(i18n.current(), part, i18n.COMMAND_NAME)
                         for part in command.qualified_name.split())  # fmt: skip
                shown = "`/{}`".format(" ".join(words))
            description = render.escape(i18n._(command.description))
            lines.append(f"{shown} {description}{marker}")
        await Paginator(render.help_pages(lines), interaction.user.id).send(interaction, ephemeral=True)


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Help(bot))
