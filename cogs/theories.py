"""Fan theories per server, votes, and native Discord polls of the best ones."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import i18n, render
from bot.autocomplete import ShowParam
from bot.core import NO_PINGS, stop_workers, wait_event
from bot.domain.catalogue_file import has_control_characters
from bot.domain.dates import utcnow
from bot.domain.errors import DuplicateTheory, PollAlreadyOpen, TooManyTheories, UserError
from bot.domain.models import Show
from bot.domain.search import search_key
from bot.domain.verdict import next_season
from bot.i18n import _, _n
from bot.mentions import Command
from bot.permissions import require_guild_permission, require_permission_in
from bot.store import catalogue as catalogue_store
from bot.store import theories
from bot.translator import server_language
from bot.views import THEORY_TEMPLATE, GatedModal, IdButton, Paginator, theory_button

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

TITLE_MAX = 55  # a native poll answer holds 55 characters
DETAILS_MAX = 1_000
QUESTION_MAX = 300
POLL_MAX_ANSWERS = 10
FINALISE_RETRY = 5.0  # Discord finalises a poll's counts shortly after it ends
POSTING_WAITS = 20  # tenths of a second poll-end waits for a poll posted a moment ago to be recorded


def check_length(text: str, limit: int, what: str, *, lines: bool = False) -> str:
    """Text a member typed, before it is stored: not empty, within `limit`, no control characters."""
    text = text.strip()
    if not text:
        raise UserError("The {what} is empty. Write something, then try again.", what=what)
    if has_control_characters(text, newlines=lines):
        raise UserError(
            "The {what} holds an invisible control character. Retype it without pasting, then try again.",
            what=what,
        )
    if len(text) > limit:
        raise UserError(
            "The {what} is {length} characters; the limit is {limit}. Shorten it and try again.",
            what=what,
            length=len(text),
            limit=limit,
        )
    return text


class VoteButton(IdButton, template=r"vote:(?P<theory_id>[0-9]+)"):
    """One vote per member per theory; pressing again takes it back. Works after a restart."""

    def __init__(self, theory_id: int, votes: int = 0) -> None:
        self.votes = votes
        super().__init__(theory_id)

    def make_button(self) -> discord.ui.Button[discord.ui.View]:
        return discord.ui.Button(
            label=_("Vote ({votes})", votes=self.votes),
            emoji="👍",
            style=discord.ButtonStyle.secondary,
            custom_id=f"vote:{self.item_id}",
        )

    async def pressed(self, interaction: discord.Interaction[Season2Bot]) -> None:
        db = interaction.client.db
        theory = await theories.get(db, self.item_id)
        if theory is None:
            raise UserError("That theory was removed.")
        votes = (await theories.toggle_vote(db, theory.id, interaction.user.id)).votes
        view = discord.ui.View(timeout=None)
        view.add_item(VoteButton(theory.id, votes))
        await interaction.response.edit_message(view=view, allowed_mentions=NO_PINGS)


async def post_theory(
    bot: Season2Bot,
    interaction: discord.Interaction[Season2Bot],
    found: Show,
    title: str,
    details: str | None,
    spoiler: bool,
) -> None:
    """The one way a theory is posted (the command and the card's button): checked, rate-limited,
    answered publicly with its vote button, and tied to that message."""
    if interaction.guild_id is None:
        raise UserError("Theories belong to a server: post one there.")
    title = check_length(title, TITLE_MAX, "title")
    details = (
        check_length(details, DETAILS_MAX, "details", lines=True) if details and details.strip() else None
    )
    key = search_key(title)
    if not key:
        raise UserError("The title needs some letters or digits.")
    try:
        theory = await theories.add(
            bot.db, interaction.guild_id, found.id, interaction.user.id, title, key, details, spoiler
        )
    except DuplicateTheory as dup:
        raise UserError(
            "That theory is already here as #{id}. Vote for it with its 👍 button.", id=dup.existing_id
        ) from None
    except TooManyTheories as full:
        minutes = max(1, round((full.retry_at - utcnow()).total_seconds() / 60))
        raise UserError(
            "{most} theories an hour at most. Try again in {minutes} min.",
            most=theories.PER_HOUR,
            minutes=minutes,
        ) from None
    view = discord.ui.View(timeout=None)
    view.add_item(VoteButton(theory.id))
    await interaction.response.send_message(
        embed=render.theory(found, theory), view=view, allowed_mentions=NO_PINGS
    )
    message = await interaction.original_response()
    await theories.attach_message(bot.db, theory.id, message.channel.id, message.id)


# The spoiler question's answers, in English and in each language the bot speaks (the field holds
# three characters at most).
YES = frozenset({"y", "yes", "sí", "si", "s", "sim", "예", "네", "응", "はい", "うん"})
NO = frozenset({"", "n", "no", "não", "nao", "아니", "아니오", "아니요", "いいえ", "ううん"})


class TheoryModal(GatedModal):
    """What the card's "Add a theory" button opens: the same fields as /theory add."""

    def __init__(self, show: Show) -> None:
        super().__init__(title=render.clip(_("A theory: {title}", title=show.title), 45), timeout=900)
        self.show = show
        self.name: discord.ui.TextInput[TheoryModal] = discord.ui.TextInput(
            label=_("Your theory in one line (up to {most})", most=TITLE_MAX), max_length=TITLE_MAX
        )
        self.details: discord.ui.TextInput[TheoryModal] = discord.ui.TextInput(
            label=_("More about it (optional)"),
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=DETAILS_MAX,
        )
        self.spoiler: discord.ui.TextInput[TheoryModal] = discord.ui.TextInput(
            label=_("Hide the details as a spoiler? (yes or no)"), max_length=3, required=False, default="no"
        )
        for item in (self.name, self.details, self.spoiler):
            self.add_item(item)

    async def on_submit(self, interaction: discord.Interaction[Season2Bot]) -> None:  # type: ignore[override]
        answer = self.spoiler.value.strip().lower()
        if answer not in YES and answer not in NO:
            raise UserError("Answer yes or no to the spoiler question, then post it again.")
        spoiler = answer in YES
        await post_theory(
            interaction.client, interaction, self.show, self.name.value, self.details.value, spoiler
        )


class AddTheoryButton(IdButton, template=THEORY_TEMPLATE):
    """The card's "Add a theory" button: opens the form for that show, also after a restart."""

    def make_button(self) -> discord.ui.Button[discord.ui.View]:
        return theory_button(self.item_id)

    async def pressed(self, interaction: discord.Interaction[Season2Bot]) -> None:
        if interaction.guild_id is None:
            raise UserError("Theories belong to a server: post one there.")
        show = await catalogue_store.by_id(interaction.client.db, self.item_id)
        if show is None:
            raise UserError("That show is no longer in the catalogue.")
        await interaction.response.send_modal(TheoryModal(show))


class Theories(commands.GroupCog, group_name="theory"):
    """Fan theories, voted on per server."""

    def __init__(self, bot: Season2Bot) -> None:
        self.bot = bot
        self.poll_wake = asyncio.Event()
        self.tasks: list[asyncio.Task[None]] = []
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(VoteButton, AddTheoryButton)
        if self.bot.serve:  # `sync-commands` loads the cogs for their commands only
            self.tasks = [self.bot.start_worker("theory-polls", self.close_polls_forever)]

    async def cog_unload(self) -> None:
        """The poll worker stops with the cog; a poll that ends meanwhile is closed after the reload."""
        self.bot.remove_dynamic_items(VoteButton, AddTheoryButton)
        tasks, self.tasks = self.tasks, []
        await stop_workers(tasks)

    @app_commands.command(name="add")
    @app_commands.guild_only()
    @app_commands.describe(
        show="Start typing, then pick a show",
        title=f"Your theory in one line (at most {TITLE_MAX} characters)",
        details=f"More about it (at most {DETAILS_MAX} characters)",
        spoiler="Hide the details behind a spoiler",
    )
    async def add(
        self,
        interaction: discord.Interaction[Season2Bot],
        show: ShowParam,
        title: str,
        details: str | None = None,
        spoiler: bool = False,
    ) -> None:
        """Post a theory for this server to vote on."""
        await post_theory(self.bot, interaction, show, title, details, spoiler)

    @app_commands.command(name="top")
    @app_commands.guild_only()
    @app_commands.describe(show="Start typing, then pick a show", page="Page to open at (default 1)")
    async def top(
        self,
        interaction: discord.Interaction[Season2Bot],
        show: ShowParam,
        page: app_commands.Range[int, 1, 100] = 1,
    ) -> None:
        """This server's theories for a show, most votes first."""
        assert interaction.guild_id is not None
        found = show
        ranked = await theories.top(self.bot.db, interaction.guild_id, found.id, limit=250)
        if not ranked:
            raise UserError(
                "No theories for {title} here yet. Post one with {command}.",
                title=render.escape(found.title),
                command=Command("theory add"),
            )
        pages = render.theory_pages(found, ranked)
        await Paginator(pages, interaction.user.id, start=page - 1).send(interaction)

    @app_commands.command(name="remove")
    @app_commands.guild_only()
    @app_commands.describe(id="The theory's number (shown as #12)")
    async def remove(
        self, interaction: discord.Interaction[Season2Bot], id: app_commands.Range[int, 1]
    ) -> None:
        """Remove a theory: your own, or any with Manage Messages."""
        theory = await theories.get(self.bot.db, id)
        if theory is None or theory.guild_id != interaction.guild_id:
            raise UserError("There is no theory #{id} in this server.", id=id)
        if theory.author_id != interaction.user.id:
            require_permission_in(interaction, theory.channel_id, "manage_messages", "Manage Messages")
        await theories.remove(self.bot.db, theory.id)
        await interaction.response.send_message(
            _("Theory #{id} removed.", id=theory.id), ephemeral=True, allowed_mentions=NO_PINGS
        )
        if theory.channel_id and theory.message_id:
            # Grey out its vote button; the message itself stays, as the author wrote it.
            with contextlib.suppress(discord.HTTPException):
                await (
                    self.bot.get_partial_messageable(theory.channel_id)
                    .get_partial_message(theory.message_id)
                    .edit(view=None)
                )

    @app_commands.command(name="settings", extras={"permission": "manage_guild"})
    @app_commands.guild_only()
    @app_commands.describe(open_polls="Let every member start polls (default: Manage Messages only)")
    async def settings(self, interaction: discord.Interaction[Season2Bot], open_polls: bool) -> None:
        """Who may start theory polls here (Manage Server)."""
        require_guild_permission(interaction, "manage_guild", "Manage Server")
        assert interaction.guild_id is not None
        await theories.set_open_polls(self.bot.db, interaction.guild_id, open_polls)
        if open_polls:
            said = _("Polls can now be started by every member.")
        else:
            said = _("Polls can now be started by members with Manage Messages.")
        await interaction.response.send_message(said, ephemeral=True)

    @app_commands.command(name="poll")
    @app_commands.guild_only()
    @app_commands.describe(
        show="Start typing, then pick a show",
        hours="How long the poll runs, 1 to 768 hours (default 24)",
        question="The question (default: Which theory will season N prove right?)",
    )
    async def poll(
        self,
        interaction: discord.Interaction[Season2Bot],
        show: ShowParam,
        hours: app_commands.Range[int, 1, 768] = 24,
        question: str | None = None,
    ) -> None:
        """Put this server's top theories to a native Discord poll."""
        assert interaction.guild_id is not None and interaction.channel_id is not None
        if not await theories.open_polls(self.bot.db, interaction.guild_id):
            require_guild_permission(interaction, "manage_messages", "Manage Messages")
        if not 1 <= hours <= 768:
            raise UserError("A poll runs from 1 to 768 hours.")
        found = show
        season = next_season(found, utcnow().date())
        text = (
            check_length(question, QUESTION_MAX, "question")
            if question
            else _(
                "Which theory will season {season} of {title} prove right?", season=season, title=found.title
            )
        )
        text = render.clip(text, QUESTION_MAX)
        ranked = await theories.top(self.bot.db, interaction.guild_id, found.id, limit=POLL_MAX_ANSWERS)
        if len(ranked) < 2:
            raise UserError(
                "A poll needs at least two theories. Post more with {command}.", command=Command("theory add")
            )
        ends = utcnow() + timedelta(hours=hours)
        try:
            poll_id = await theories.start_poll(
                self.bot.db, interaction.guild_id, found.id, interaction.channel_id, text, ends,
                [t.id for t in ranked], interaction.user.id,
            )  # fmt: skip
        except PollAlreadyOpen:
            title = render.escape(found.title)
            raise UserError(
                "A poll about {title} is already open here. End it with {command}.",
                title=title,
                command=Command("theory poll-end"),
            ) from None
        poll = discord.Poll(question=text, duration=timedelta(hours=hours))
        for t in ranked:
            poll.add_answer(text=t.title[:TITLE_MAX])
        try:
            await interaction.response.send_message(poll=poll, allowed_mentions=NO_PINGS)
            message = await interaction.original_response()
        except BaseException:
            await theories.drop_poll(self.bot.db, poll_id)
            raise
        await theories.poll_posted(self.bot.db, poll_id, message.id)
        self.poll_wake.set()

    @app_commands.command(name="poll-end")
    @app_commands.guild_only()
    @app_commands.describe(show="Start typing, then pick a show")
    async def poll_end(self, interaction: discord.Interaction[Season2Bot], show: ShowParam) -> None:
        """End this show's open poll now and announce the result (Manage Messages)."""
        assert interaction.guild_id is not None
        found = show
        open_poll = await theories.open_poll(self.bot.db, interaction.guild_id, found.id)
        for _wait in range(POSTING_WAITS):  # posted a moment ago: its message is being recorded
            if open_poll is None or open_poll.message_id is not None:
                break
            await asyncio.sleep(0.1)
            open_poll = await theories.open_poll(self.bot.db, interaction.guild_id, found.id)
        if open_poll is None or open_poll.message_id is None:
            raise UserError("No poll about {title} is open here.", title=render.escape(found.title))
        require_permission_in(interaction, open_poll.channel_id, "manage_messages", "Manage Messages")
        await interaction.response.defer(ephemeral=True, thinking=True)
        message = self.bot.get_partial_messageable(open_poll.channel_id).get_partial_message(
            open_poll.message_id
        )
        with contextlib.suppress(discord.HTTPException):  # already ended on Discord's side: just read it
            await message.end_poll()
        closed = await self._close(open_poll)
        await interaction.followup.send(
            _("Poll ended; the result is posted.") if closed else _("That poll had already ended."),
            ephemeral=True,
        )

    # ------------------------------------------------------------ poll endings

    async def close_polls_forever(self) -> None:
        """One waiter for every open poll: the next to end, also after downtime."""
        while True:
            due = await theories.next_poll_due(self.bot.db)
            timeout = 3600.0
            if due is not None:
                wait = (due.ends_at - utcnow()).total_seconds()
                if wait <= 0:
                    if not await self._close(due):
                        timeout = FINALISE_RETRY  # Discord has not finalised the counts yet
                    else:
                        continue
                else:
                    timeout = min(wait, 3600.0)
            self.poll_wake.clear()
            await wait_event(self.poll_wake, timeout)

    async def _close(self, poll: theories.Poll) -> bool:
        """Read the final counts, record them once, announce the winner. False to try again later."""
        assert poll.message_id is not None
        channel = self.bot.get_partial_messageable(poll.channel_id)
        try:
            message = await channel.fetch_message(poll.message_id)
        except discord.NotFound:
            counts: dict[int, int] = {}  # the poll message was deleted: close it with no votes
        except discord.HTTPException as exc:
            log.warning("could not read poll %s: %s", poll.id, exc)
            return False
        else:
            if message.poll is None:
                counts = {}
            elif not message.poll.is_finalised():
                return False
            else:
                counts = {a.id: a.vote_count for a in message.poll.answers}
        winner = await theories.close_poll(self.bot.db, poll.id, counts)
        if winner is None:
            return True  # closed already (by poll-end or a previous run)
        theory = await theories.get(self.bot.db, winner) if winner else None
        top = max(counts.values(), default=0)
        # Posted unprompted in the poll's channel: in its server's language.
        with i18n.speaking(await server_language(self.bot, poll.guild_id)):
            if theory is not None:
                text = _n("🏆 Poll closed: **{title}** won with {n} vote.",
                          "🏆 Poll closed: **{title}** won with {n} votes.", top,
                          title=render.escape(theory.title))  # fmt: skip
            else:
                text = _("Poll closed with no votes.")
        with contextlib.suppress(discord.HTTPException):
            await channel.send(text, allowed_mentions=NO_PINGS)
        return True


async def setup(bot: Season2Bot) -> None:
    await bot.add_cog(Theories(bot))
