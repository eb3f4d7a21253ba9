"""Daily and weekly digests: for a subscriber or a routed channel that chose one (/alerts settings),
the deliveries its changes made wait in the outbox (digest = 1); when its period ends (its hour in
its time zone; weekly on its weekday), they go out as one message and are marked sent together.

Nothing is lost: a delivery leaves the outbox only once its digest was sent. Nothing is doubled: the
message carries a nonce made of the target and the period, with enforce_nonce, so the same digest
sent again after a crash (between Discord's answer and the mark) is the message Discord already has
(Discord remembers a nonce for a few minutes; a process down longer than that could send it twice)."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING

import discord

from bot import i18n, render
from bot.core import NO_PINGS, wait_event
from bot.domain.dates import digest_boundary, utcnow
from bot.i18n import _n
from bot.pacing import Pace
from bot.store import alerts, events
from bot.store import catalogue as store
from bot.translator import server_language
from cogs.alerts._button import UnsubscribeButton

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

TICK = 60.0  # seconds between looks at the digests whose period has ended
MAX_TEXT = 1800  # a digest's lines, at most (a message holds 2,000 characters)
MAX_BUTTONS = 5  # Unsubscribe buttons on a DM digest: one per show, the first few shows


def nonce(target_kind: str, target_id: int, period_end: datetime) -> str:
    """The same for the same digest, whichever process sends it (25 characters at most)."""
    key = f"{target_kind}:{target_id}:{int(period_end.timestamp())}"
    return "d" + hashlib.sha256(key.encode()).hexdigest()[:23]


class DigestWorker:
    def __init__(self, bot: Season2Bot, pace: Pace, dm_channel: Callable[[int], Awaitable[int]]) -> None:
        self.bot = bot
        self.pace = pace
        self.dm_channel = dm_channel  # the delivery worker's: DM channels are asked for once
        self.clock: Callable[[], datetime] = utcnow  # tests move time forward
        self._wake = asyncio.Event()

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        while True:
            try:
                await self.send_due()
            except Exception:  # a bad row must not stop every digest
                log.exception("digests: a pass failed; trying again in %.0f s", TICK)
            self._wake.clear()
            await wait_event(self._wake, TICK)

    async def send_due(self) -> int:
        """Send every digest whose period has ended; returns how many were sent."""
        sent = 0
        db = self.bot.db
        for target_kind, target_id in await alerts.digest_targets(db):
            settings = await alerts.alert_settings(db, target_kind, target_id)
            if settings.mode == "instant":
                continue  # turned back to instant meanwhile: save_alert_settings released them
            end = digest_boundary(self.clock(), settings.mode, settings.zone, settings.hour, settings.weekday)
            due = await alerts.digest_due(db, target_kind, target_id, end)
            if due:
                sent += await self._send(target_kind, target_id, settings.mode, end, due)
        return sent

    async def _send(
        self, target_kind: str, target_id: int, mode: str, end: datetime, due: list[alerts.Delivery]
    ) -> int:
        db = self.bot.db
        lines: list[str] = []
        shows: list[int] = []
        if target_kind == "dm":
            language = due[0].language
        else:
            guild_id = await alerts.route_guild(db, target_id)
            language = await server_language(self.bot, guild_id) if guild_id is not None else None
        with i18n.speaking(language):
            for delivery in due:
                event = await events.by_id(db, delivery.event_id)
                show = await store.by_id(db, event.show_id) if event else None
                if event is None or show is None:
                    continue
                lines.append(render.digest_line(show, event))
                if show.id not in shows:
                    shows.append(show.id)
            if mode == "daily":
                head = _n("📰 Your daily digest: {n} update", "📰 Your daily digest: {n} updates", len(lines))
            else:
                head = _n(
                    "📰 Your weekly digest: {n} update", "📰 Your weekly digest: {n} updates", len(lines)
                )
            text = render.digest_text(head, lines, MAX_TEXT)
            view = discord.utils.MISSING
            if target_kind == "dm" and shows:
                view = discord.ui.View(timeout=None)
                for show_id in shows[:MAX_BUTTONS]:
                    view.add_item(UnsubscribeButton(show_id))
        try:
            channel_id = await self.dm_channel(target_id) if target_kind == "dm" else target_id
            await self.pace.wait()
            await self.bot.get_partial_messageable(channel_id).send(
                text, allowed_mentions=NO_PINGS, view=view, nonce=nonce(target_kind, target_id, end)
            )
        except discord.HTTPException as exc:
            log.warning("digest for %s %s not sent: %s; trying again later", target_kind, target_id, exc)
            return 0
        await alerts.mark_sent(db, [d.id for d in due])
        log.info("digest: %s %s, %d changes", target_kind, target_id, len(due))
        return 1
