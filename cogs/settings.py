"""/settings language: the language the bot posts in, unprompted, in this server's channels (alerts,
poll results). Replies to a member's own command are in that member's Discord language whatever this
says; DM alerts are in the subscriber's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import i18n
from bot.core import NO_PINGS
from bot.i18n import _
from bot.store import alerts
from bot.translator import server_language

if TYPE_CHECKING:
    from bot.core import Season2Bot

DEFAULT = "default"  # the server's own Discord locale
CHOICES = [
    app_commands.Choice(name="The server's Discord language", value=DEFAULT),
    *(app_commands.Choice(name=name, value=code) for code, name in i18n.NAMES.items()),
]


class Settings(commands.GroupCog, group_name="settings"):
    """This server's settings."""

    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot

    @app_commands.command(name="language", extras={"permission": "manage_guild"})
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.checks.has_permissions(manage_guild=True)
    @app_commands.describe(language="The language of alerts and poll results posted in this server")
    @app_commands.choices(language=CHOICES)
    async def language(
        self, interaction: discord.Interaction[Season2Bot], language: str | None = None
    ) -> None:
        """The language the bot posts in here (alerts, poll results); without a choice, shows it."""
        assert interaction.guild_id is not None
        if language is not None:
            chosen = None if language == DEFAULT else language
            await alerts.set_guild_language(self.bot.db, interaction.guild_id, chosen)
        now = await server_language(self.bot, interaction.guild_id)
        chosen_now = await alerts.guild_language(self.bot.db, interaction.guild_id)
        if chosen_now:
            text = _("Alerts and poll results here are posted in {language}.", language=i18n.NAMES[now])
        else:
            text = _(
                "Alerts and poll results here follow the server's Discord language: {language}.",
                language=i18n.NAMES[now],
            )
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Settings(bot))
