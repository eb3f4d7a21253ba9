"""Retention: delivered alerts older than RETENTION_DAYS go, once a day (the audit log stays)."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.domain.dates import utcnow
from bot.store import alerts

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

RETENTION_EVERY = 24 * 3600.0


async def prune_forever(bot: Season2Bot) -> None:
    while True:
        before = utcnow() - timedelta(days=bot.settings.retention_days)
        removed = await alerts.prune_delivered(bot.db, before)
        if removed:
            log.info("retention: removed %d delivered events older than %s", removed, before.date())
        await asyncio.sleep(RETENTION_EVERY)
