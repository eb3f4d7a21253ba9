"""Who may do what (SPEC §4), checked in code at the time of the action."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord import app_commands

from bot.domain.errors import UserError
from bot.i18n import N_
from bot.mentions import Command
from bot.store import curation

if TYPE_CHECKING:
    from bot.core import Season2Bot

log = logging.getLogger(__name__)

T = TypeVar("T")


class NotAllowed(app_commands.CheckFailure):
    """A check refused the command; `reason` is what the user is told."""

    def __init__(self, reason: UserError) -> None:
        super().__init__(str(reason))
        self.reason = reason


async def is_curator(bot: Season2Bot, user: discord.abc.User) -> bool:
    """Owners, users in the curators table, and holders of CURATOR_ROLE_ID in HOME_GUILD_ID."""
    if bot.owner_ids and user.id in bot.owner_ids:
        return True
    if await curation.is_curator(bot.db, user.id):
        return True
    home, role = bot.settings.home_guild_id, bot.settings.curator_role_id
    if home is None or role is None:
        return False
    if isinstance(user, discord.Member) and user.guild.id == home:
        return any(r.id == role for r in user.roles)
    try:
        # Asked outside the home guild: look the member up there (no member intent needed).
        member = await bot.http.get_member(home, user.id)
    except discord.NotFound:
        return False
    except discord.HTTPException as exc:
        log.warning("could not check curator role for %s: %s", user.id, exc)
        return False
    return str(role) in member.get("roles", [])


NOT_CURATOR = N_("Only curators can use this. Ask an owner to add you with {command}.")
CURATORS_ADD = Command("admin curators add")
NOT_OWNER = N_("Only the bot's owners can do this.")


async def require_curator(interaction: discord.Interaction[Any]) -> None:
    """For a form's submit: the curator check again, at the moment of the write."""
    if not await is_curator(interaction.client, interaction.user):
        raise UserError(NOT_CURATOR, command=CURATORS_ADD)


AUDIENCE = "season2_audience"  # the attribute a check's predicate carries: who may run the command


def curator_only() -> Callable[[T], T]:
    """An app-command check: curators only, checked in code when the command runs (a server's admins
    can change who sees a command, not who may run it)."""

    async def predicate(interaction: discord.Interaction[Any]) -> bool:
        if not await is_curator(interaction.client, interaction.user):
            raise NotAllowed(UserError(NOT_CURATOR, command=CURATORS_ADD))
        return True

    setattr(predicate, AUDIENCE, "curators")
    return app_commands.check(predicate)


def owner_only() -> Callable[[T], T]:
    """An app-command check: the bot's owners only."""

    def predicate(interaction: discord.Interaction[Any]) -> bool:
        bot = interaction.client
        if not (bot.owner_ids and interaction.user.id in bot.owner_ids):
            raise NotAllowed(UserError(NOT_OWNER))
        return True

    setattr(predicate, AUDIENCE, "owners")
    return app_commands.check(predicate)


def audience(command: app_commands.Command[Any, ..., Any]) -> str:
    """Who may run a command, as its checks say: "owners", "curators" or "everyone"."""
    for check in command.checks:
        who = getattr(check, AUDIENCE, None)
        if isinstance(who, str):
            return who
    return "everyone"


def require_guild_permission(interaction: discord.Interaction[Any], permission: str, label: str) -> None:
    perms = interaction.permissions
    if interaction.guild_id is None:
        raise UserError("This command works in a server, not in DMs.")
    if not getattr(perms, permission, False) and not perms.administrator:
        raise UserError("You need the {permission} permission in this server for this.", permission=label)


def require_permission_in(
    interaction: discord.Interaction[Any], channel_id: int | None, permission: str, label: str
) -> None:
    """`permission` in the channel where the thing acted on lives (a theory, a poll), computed from
    the member's roles and that channel's overwrites: `interaction.permissions` are those of the
    channel the command was typed in, which may be another. A channel that is gone (or was never
    known) leaves the decision to the member's server-wide permissions."""
    guild, member = interaction.guild, interaction.user
    if interaction.guild_id is None:
        raise UserError("This command works in a server, not in DMs.")
    perms: discord.Permissions
    if guild is None or not isinstance(member, discord.Member):
        # Not in the cache (it always is with the guilds intent): only the channel typed in is known.
        if channel_id != interaction.channel_id:
            raise UserError("Run this in <#{channel_id}>, where it was posted.", channel_id=channel_id)
        perms, where = interaction.permissions, f"<#{channel_id}>"
    else:
        channel = guild.get_channel_or_thread(channel_id) if channel_id is not None else None
        if channel is None:
            perms, where = member.guild_permissions, "this server"
        else:
            perms, where = channel.permissions_for(member), channel.mention
    if not getattr(perms, permission, False) and not perms.administrator:
        raise UserError(
            "You need the {permission} permission in {where} for this.", permission=label, where=where
        )


def require_bot_can_post(channel: discord.abc.GuildChannel, *, embeds: bool = False) -> None:
    """The bot may see and post in `channel` (and embed links, where its posts are embeds), or a
    UserError naming what it lacks there."""
    perms = channel.permissions_for(channel.guild.me)
    needs = [("View Channel", perms.view_channel), ("Send Messages", perms.send_messages)]
    if embeds:
        needs.append(("Embed Links", perms.embed_links))
    missing = [name for name, ok in needs if not ok]
    if missing:
        raise UserError(
            "I can't post in {channel}: I need {missing} there.",
            channel=channel.mention,
            missing=" and ".join(missing),
        )
