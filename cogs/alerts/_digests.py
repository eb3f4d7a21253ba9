"""Daily and weekly digests: for a subscriber or a routed channel that chose one (/alerts settings),
the deliveries its changes made wait in the outbox (digest = 1); when its period ends (its hour in
its time zone; weekly on its weekday), they go out as one message and are marked sent together.

Nothing is lost: a delivery leaves the outbox only once its digest was sent. Nothing is doubled: the
digest is written down (its text and deliveries) before it is sent and crossed out in the
transaction that marks its deliveries sent. A digest still written down after a crash may or may
not have reached Discord. While Discord remembers its nonce (a few minutes) it is simply sent again:
the nonce, with enforce_nonce, makes Discord answer with the message it already has. Later than
that, the channel is read first, and the digest is sent only if the bot's message is not there."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import discord

from bot import i18n, render
from bot.core import NO_PINGS, wait_event
from bot.domain.dates import digest_boundary, utcnow
from bot.i18n import _n
from bot.pacing import Pacer
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
# How long Discord is counted on to remember a nonce; it says "the past few minutes" and keeps no
# promise, so after this a digest that may have gone out is looked for in the channel first.
NONCE_REMEMBERED = timedelta(minutes=2)
HISTORY_LIMIT = 100  # messages read back to look for a digest that may have gone out


def nonce(target_kind: str, target_id: int, period_end: datetime) -> str:
    """The same for the same digest, whichever process sends it (25 characters at most)."""
    key = f"{target_kind}:{target_id}:{int(period_end.timestamp())}"
    return "d" + hashlib.sha256(key.encode()).hexdigest()[:23]


class DigestWorker:
    def __init__(self, bot: Season2Bot, pace: Pacer, dm_channel: Callable[[int], Awaitable[int]]) -> None:
        self.bot = bot
        self.pace = pace
        self.dm_channel = dm_channel  # the delivery worker's: DM channels are asked for once
        self.clock: Callable[[], datetime] = utcnow  # tests move time forward
        self._wake = asyncio.Event()
        self._pass = asyncio.Lock()  # one pass at a time, also when a test or a wake asks for one

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
        """Finish the digests a dead pass left written down, then send every digest whose period
        has ended; returns how many went out (or were found already out)."""
        async with self._pass:
            return await self._send_due()

    async def _send_due(self) -> int:
        sent = 0
        db = self.bot.db
        unfinished = await alerts.open_digests(db)
        for left in unfinished:
            sent += await self._deliver(left)
        busy = {(d.target_kind, d.target_id) for d in unfinished}
        for target_kind, target_id in await alerts.digest_targets(db):
            if (target_kind, target_id) in busy:
                continue  # its unfinished digest is tried again on the next pass
            settings = await alerts.alert_settings(db, target_kind, target_id)
            if settings.mode == "instant":
                continue  # turned back to instant meanwhile: save_alert_settings released them
            end = digest_boundary(self.clock(), settings.mode, settings.zone, settings.hour, settings.weekday)
            due = await alerts.digest_due(db, target_kind, target_id, end)
            if due:
                digest = await self._write(target_kind, target_id, settings.mode, end, due)
                sent += await self._deliver(digest)
        return sent

    async def _write(
        self, target_kind: str, target_id: int, mode: str, end: datetime, due: list[alerts.Delivery]
    ) -> alerts.DigestSend:
        """The digest's text, in its reader's language, written down before it is sent."""
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
        digest = alerts.DigestSend(
            target_kind, target_id, end, text, tuple(d.id for d in due), tuple(shows), utcnow()
        )
        return await alerts.open_digest(db, digest)

    async def _deliver(self, digest: alerts.DigestSend) -> int:
        kind, target = digest.target_kind, digest.target_id
        try:
            channel_id = await self.dm_channel(target) if kind == "dm" else target
            channel = self.bot.get_partial_messageable(channel_id)
            if utcnow() - digest.started_at > NONCE_REMEMBERED and await self._already_there(channel, digest):
                log.info("digest: %s %s went out before a restart; not sending it again", kind, target)
            else:
                view = discord.utils.MISSING
                if kind == "dm" and digest.show_ids:
                    view = discord.ui.View(timeout=None)
                    for show_id in digest.show_ids[:MAX_BUTTONS]:
                        view.add_item(UnsubscribeButton(show_id))
                await self.pace.wait()
                await channel.send(
                    digest.content,
                    allowed_mentions=NO_PINGS,
                    view=view,
                    nonce=nonce(kind, target, digest.period_end),
                )
                log.info("digest: %s %s, %d changes", kind, target, len(digest.delivery_ids))
        except discord.HTTPException as exc:
            log.warning("digest for %s %s not sent: %s; trying again later", kind, target, exc)
            return 0
        await alerts.close_digest(self.bot.db, digest)
        return 1

    async def _already_there(self, channel: discord.PartialMessageable, digest: alerts.DigestSend) -> bool:
        """Whether the bot's message with this digest's text is in the channel since the first try.
        If the channel cannot be read, the digest is sent again (a double is better than a loss)."""
        after = discord.Object(discord.utils.time_snowflake(digest.started_at - timedelta(seconds=5)))
        me = self.bot.user.id if self.bot.user else None
        try:
            async for message in channel.history(limit=HISTORY_LIMIT, after=after, oldest_first=True):
                if message.author.id == me and message.content.strip() == digest.content.strip():
                    return True
        except discord.HTTPException as exc:
            log.warning(
                "digest for %s %s: cannot read the channel to see whether it went out before a restart"
                " (%s); sending it again",
                digest.target_kind,
                digest.target_id,
                exc,
            )
        return False
