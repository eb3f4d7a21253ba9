"""Renewal alerts: subscriptions, channel routing, and the workers that deliver them.

`_cog` holds the commands and listeners and owns the workers: `_delivery` (the outbox),
`_premieres` (premiere days) and `_retention`; `_button` is the card's "Alert me"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.alerts._cog import Alerts

if TYPE_CHECKING:
    from bot.core import Season2Bot


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Alerts(bot))
