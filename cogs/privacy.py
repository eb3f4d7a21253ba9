"""/privacy forget-me: a user's data deleted on their own request (subscriptions, votes, pending DM
alerts) and their theories anonymised (bot.store.privacy), after they confirm with a button."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import i18n
from bot.core import NO_PINGS
from bot.i18n import _
from bot.store import privacy

if TYPE_CHECKING:
    from bot.core import Season2Bot

CONFIRM_TIMEOUT = 120.0


class Confirm(discord.ui.View):
    """Forget me / Keep my data, for the asker alone, for two minutes."""

    def __init__(self, bot: Season2Bot, user_id: int) -> None:
        super().__init__(timeout=CONFIRM_TIMEOUT)
        self.bot = bot
        self.user_id = user_id
        self.forget.label, self.keep.label = _("Forget me"), _("Keep my data")

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        i18n.set_current(interaction.locale.value)
        return interaction.user.id == self.user_id  # the reply is ephemeral: only they see it anyway

    @discord.ui.button(label="Forget me", style=discord.ButtonStyle.danger)
    async def forget(
        self, interaction: discord.Interaction[Season2Bot], _button: discord.ui.Button[Any]
    ) -> None:
        done = await privacy.forget(self.bot.db, self.user_id)
        self.stop()
        text = _(
            "Done. Forgotten: {subscriptions} alert subscriptions, {votes} votes and {pending} alerts"
            " waiting to be sent; your {theories} theories stay, by a former member.",
            subscriptions=done.subscriptions, votes=done.votes, pending=done.pending_alerts,
            theories=done.theories,
        )  # fmt: skip
        await interaction.response.edit_message(content=text, view=None, allowed_mentions=NO_PINGS)

    @discord.ui.button(label="Keep my data", style=discord.ButtonStyle.secondary)
    async def keep(
        self, interaction: discord.Interaction[Season2Bot], _button: discord.ui.Button[Any]
    ) -> None:
        self.stop()
        await interaction.response.edit_message(content=_("Nothing was deleted."), view=None)


class Privacy(commands.GroupCog, group_name="privacy"):
    """What the bot keeps about you."""

    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot

    @app_commands.command(name="forget-me")
    async def forget_me(self, interaction: discord.Interaction[Season2Bot]) -> None:
        """Delete your alert subscriptions and votes, and take your name off your theories."""
        text = _(
            "This deletes your alert subscriptions, your votes and the alerts waiting for you, and takes"
            " your name off the theories you posted (they stay, by a former member). It cannot be undone."
        )
        await interaction.response.send_message(
            text, view=Confirm(self.bot, interaction.user.id), ephemeral=True, allowed_mentions=NO_PINGS
        )


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Privacy(bot))
