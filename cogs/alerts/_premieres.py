"""The premiere-day scheduler: on a season's premiere day, one "premieres today" event."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.core import wait_event
from bot.domain.dates import today, utcnow
from bot.store import alerts
from bot.store import catalogue as store

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

LONGEST_WAIT = 3600.0  # look again at least hourly, whatever the schedule says


class PremiereScheduler:
    """Emits each due premiere-day event once (the store guards it across restarts), then wakes
    the delivery worker; sleeps until the next premiere day or until `wake()`."""

    def __init__(self, bot: Season2Bot, deliver: Callable[[], None]) -> None:
        self.bot = bot
        self.deliver = deliver
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Premiere dates changed: look at the schedule again now."""
        self._wake.set()

    async def run(self) -> None:
        await alerts.schedule_premieres(self.bot.db, today())
        while True:
            due = await alerts.next_premiere_due(self.bot.db)
            now = utcnow()
            if due is not None:
                at = due.at
                if at <= now:
                    show = await store.by_id(self.bot.db, due.show_id)
                    title = show.title if show else "a show"
                    event_id = await alerts.emit_premiere(self.bot.db, due.schedule_id)
                    if event_id is not None:
                        log.info("premiere day: %s season %s (event %s)", title, due.season, event_id)
                        self.deliver()
                    continue
                timeout = min((at - now).total_seconds(), LONGEST_WAIT)
            else:
                timeout = LONGEST_WAIT
            self._wake.clear()
            await wait_event(self._wake, timeout)
