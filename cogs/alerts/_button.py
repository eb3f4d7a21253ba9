"""The card's "Alert me" button, and subscribing with the limit said in words a user can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot import i18n, render
from bot.core import NO_PINGS
from bot.domain.errors import TooManySubscriptions, UserError
from bot.i18n import _
from bot.store import Store, alerts
from bot.store import catalogue as store
from bot.views import ALERT_TEMPLATE, IdButton, alert_button

if TYPE_CHECKING:
    from bot.core import Season2Bot


class AlertButton(IdButton, template=ALERT_TEMPLATE):
    """The card's "Alert me" button: toggles the presser's subscription, also after a restart."""

    def make_button(self) -> discord.ui.Button[discord.ui.View]:
        return alert_button(self.item_id)

    async def pressed(self, interaction: discord.Interaction[Season2Bot]) -> None:
        db = interaction.client.db
        show = await store.by_id(db, self.item_id)
        if show is None:
            raise UserError("That show is no longer in the catalogue.")
        title = render.escape(show.title)
        if await alerts.is_subscribed(db, interaction.user.id, show.id):
            await alerts.unsubscribe(db, interaction.user.id, show.id)
            text = _("Alerts for **{title}** are off. Press again to turn them back on.", title=title)
        else:
            await add_subscription(db, interaction.user.id, show.id)
            text = _(
                "🔔 I'll DM you when anything changes for **{title}**. Press again to stop.", title=title
            )
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)


class UnsubscribeButton(IdButton, template=r"unsub:(?P<show_id>[0-9]+)"):
    """On every DM alert: stops that show's alerts for whoever presses it (the DM's reader), also
    after a restart. Pressing it twice says so rather than subscribing again."""

    def make_button(self) -> discord.ui.Button[discord.ui.View]:
        return discord.ui.Button(
            label=_("Unsubscribe"), emoji="🔕", style=discord.ButtonStyle.secondary,
            custom_id=f"unsub:{self.item_id}",
        )  # fmt: skip

    async def pressed(self, interaction: discord.Interaction[Season2Bot]) -> None:
        db = interaction.client.db
        show = await store.by_id(db, self.item_id)
        title = render.escape(show.title) if show is not None else "?"
        if await alerts.unsubscribe(db, interaction.user.id, self.item_id):
            text = _("No more alerts for **{title}**.", title=title)
        else:
            text = _("You weren't getting alerts for **{title}**.", title=title)
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)


def unsubscribe_view(show_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(UnsubscribeButton(show_id))
    return view


async def add_subscription(db: Store, user_id: int, show_id: int) -> bool:
    """For the button and `/alerts subscribe` alike; True if the subscription is new."""
    try:
        # In the subscriber's language as they subscribe (this interaction's): their DMs will be too.
        language = i18n.current()
        return await alerts.subscribe(db, user_id, show_id, None if language == i18n.ENGLISH else language)
    except TooManySubscriptions:
        raise UserError(
            "You follow {most} shows already, the most I keep. Unsubscribe from one first.",
            most=alerts.MAX_SUBSCRIPTIONS,
        ) from None
