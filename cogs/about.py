"""/about: proof of life, and what this instance knows."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import render
from bot.store import catalogue as store

if TYPE_CHECKING:
    from bot.core import Season2Bot


class About(commands.Cog):
    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot

    @app_commands.command(name="about")
    async def about(self, interaction: discord.Interaction[Season2Bot]) -> None:
        """What this bot is, how big its catalogue is, and how it's doing."""
        shows = await store.count(self.bot.db)
        latency = self.bot.latency
        embed = render.about(
            version=self.bot.version(),
            shows=shows,
            uptime_seconds=self.bot.uptime(),
            latency_ms=None if math.isinf(latency) or math.isnan(latency) else latency * 1000,
        )
        await interaction.response.send_message(embed=embed, ephemeral=True)


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(About(bot))
