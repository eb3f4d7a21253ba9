"""Permissions where the thing lives: per-channel overwrites in the emulator, Manage Messages in the
theory's or poll's own channel, and role pings only by members who could ping that role themselves."""

import asyncio
from typing import Any

from tests.e2e.conftest import DiscordEnv
from tests.loopback.discord import (
    ADMINISTRATOR,
    MANAGE_GUILD,
    MANAGE_MESSAGES,
    MENTION_EVERYONE,
    SEND_MESSAGES,
    VIEW_CHANNEL,
    FakeDiscord,
    Reply,
    User,
)

AOUAD = "all-of-us-are-dead"


async def run(env: DiscordEnv, command: str, user: User, asked_in: int, **options: Any) -> Reply:
    """The command as `user`, typed in channel `asked_in`."""
    return await env.emu.slash(command, user=user, guild=env.guild, channel=asked_in, options=options)


async def posted(env: DiscordEnv, reply: Reply) -> int:
    """The theory's id, once the bot has recorded which channel holds it (just after answering)."""
    theory = int(reply.embeds[0]["title"][1:].split(" ", 1)[0])
    for _ in range(250):
        sql = "SELECT 1 FROM theories WHERE id = ? AND channel_id IS NOT NULL"
        if await env.bot.db.fetchone(sql, (theory,)) is not None:
            return theory
        await asyncio.sleep(0.02)
    raise AssertionError(f"theory #{theory} was never tied to its message")


def helper_in_one_channel(env: DiscordEnv) -> tuple[User, int, int]:
    """A member with Manage Messages in channel A only (a role overwrite there), and channel B."""
    helpers = env.emu.add_role(env.guild, "Helpers")
    helper = env.emu.add_user("helper")
    env.emu.add_member(env.guild, helper, (helpers,))
    a = env.emu.add_channel(env.guild, "theories-a", overwrites={helpers: (MANAGE_MESSAGES, 0)})
    b = env.emu.add_channel(env.guild, "theories-b")
    return helper, a, b


async def test_the_emulator_computes_permissions_per_channel_as_discord_does(emu: FakeDiscord) -> None:
    guild = emu.add_guild("Perms")
    user, admin = emu.add_user("user"), emu.add_user("admin")
    loud = emu.add_role(guild, "Loud", MENTION_EVERYONE)
    mods = emu.add_role(guild, "Mods")
    admins = emu.add_role(guild, "Admins", ADMINISTRATOR)
    emu.add_member(guild, user, (loud, mods))
    emu.add_member(guild, admin, (admins,))
    quiet = emu.add_channel(
        guild, "quiet", overwrites={guild.id: (0, SEND_MESSAGES), loud: (0, MENTION_EVERYONE)}
    )
    base = guild.permissions(user.id)
    assert base & MENTION_EVERYONE and base & SEND_MESSAGES
    here = guild.permissions(user.id, quiet)
    assert not here & SEND_MESSAGES and not here & MENTION_EVERYONE  # @everyone, then the role
    emu.set_overwrite(quiet, mods, allow=SEND_MESSAGES | MANAGE_MESSAGES)  # roles' allows beat @everyone
    assert (
        guild.permissions(user.id, quiet) & SEND_MESSAGES | MANAGE_MESSAGES == SEND_MESSAGES | MANAGE_MESSAGES
    )
    emu.set_overwrite(quiet, user, deny=MANAGE_MESSAGES)  # the member's own overwrite comes last
    assert not guild.permissions(user.id, quiet) & MANAGE_MESSAGES
    emu.set_overwrite(quiet, guild.id, deny=VIEW_CHANNEL)
    assert guild.permissions(user.id, quiet) == 0  # cannot see it: nothing applies there
    assert guild.permissions(admin.id, quiet) == guild.permissions(guild.owner_id, quiet)  # administrator


async def test_the_interaction_carries_the_channels_permissions(env: DiscordEnv) -> None:
    helper, a, b = helper_in_one_channel(env)
    await run(env, "show info", helper, a, show=AOUAD)
    await run(env, "show info", helper, b, show=AOUAD)
    sent = [d for _, t, d in env.emu._events if t == "INTERACTION_CREATE"][-2:]
    in_a, in_b = (int(d["member"]["permissions"]) for d in sent)
    assert in_a & MANAGE_MESSAGES and not in_b & MANAGE_MESSAGES
    assert [int(d["channel_id"]) for d in sent] == [a, b]


async def test_manage_messages_in_one_channel_removes_theories_there_only(env: DiscordEnv) -> None:
    helper, a, b = helper_in_one_channel(env)
    in_a = await posted(env, await run(env, "theory add", env.fan, a, show=AOUAD, title="The camp is a trap"))
    in_b = await posted(env, await run(env, "theory add", env.fan, b, show=AOUAD, title="Nam-ra comes back"))

    refused = await run(env, "theory remove", helper, a, id=in_b)  # asked from A, about B's theory
    assert refused.ephemeral
    assert refused.content == f"You need the Manage Messages permission in <#{b}> for this."
    assert await env.bot.db.fetchone("SELECT 1 FROM theories WHERE id = ?", (in_b,)) is not None

    removed = await run(env, "theory remove", helper, b, id=in_a)  # asked from B, about A's theory
    assert removed.content == f"Theory #{in_a} removed."


async def test_manage_messages_in_one_channel_ends_polls_there_only(env: DiscordEnv) -> None:
    helper, a, b = helper_in_one_channel(env)
    await run(env, "theory add", env.fan, a, show=AOUAD, title="The camp is a trap")
    await run(env, "theory add", env.mod, a, show=AOUAD, title="Nam-ra comes back")
    await run(env, "theory poll", env.mod, b, show=AOUAD)
    refused = await run(env, "theory poll-end", helper, a, show=AOUAD)
    assert refused.ephemeral
    assert refused.content == f"You need the Manage Messages permission in <#{b}> for this."
    by_mod = await run(env, "theory poll-end", env.mod, a, show=AOUAD)
    assert "Poll ended" in (await by_mod.final()).text

    await run(env, "theory poll", env.mod, a, show=AOUAD)
    ended = await run(env, "theory poll-end", helper, b, show=AOUAD)
    assert "Poll ended" in (await ended.final()).text


async def test_when_the_channel_is_gone_the_server_wide_permission_decides(env: DiscordEnv) -> None:
    helper, a, b = helper_in_one_channel(env)
    in_b = await posted(env, await run(env, "theory add", env.fan, b, show=AOUAD, title="Nam-ra comes back"))
    env.emu.delete_channel(b)
    refused = await run(env, "theory remove", helper, a, id=in_b)
    assert refused.content == "You need the Manage Messages permission in this server for this."
    by_mod = await run(env, "theory remove", env.mod, a, id=in_b)
    assert by_mod.content == f"Theory #{in_b} removed."


async def test_a_routed_role_ping_needs_a_member_who_could_ping_it(env: DiscordEnv) -> None:
    quiet_role = env.emu.add_role(env.guild, "AOUAD fans")  # not mentionable
    open_role = env.emu.add_role(env.guild, "Open fans", mentionable=True)
    alerts = env.emu.add_channel(env.guild, "alerts")
    refused = await run(env, "alerts channel", env.admin, env.guild.general, show=AOUAD, channel=alerts,
                        role=quiet_role)  # fmt: skip
    assert refused.ephemeral
    assert refused.content == (
        f"You can't ping <@&{quiet_role}> in <#{alerts}> yourself, so I won't for you. Pick a "
        "mentionable role, or ask someone with Mention All Roles there."
    )
    assert await env.bot.db.fetchone("SELECT 1 FROM channel_routes") is None

    mentionable = await run(env, "alerts channel", env.admin, env.guild.general, show=AOUAD, channel=alerts,
                            role=open_role)  # fmt: skip
    assert mentionable.content.startswith("Alerts for **All of Us Are Dead** will go to")

    # Mention Everyone in that channel only (asked from another channel) is enough; an administrator may.
    managers = env.emu.add_role(env.guild, "Managers", MANAGE_GUILD)
    manager = env.emu.add_user("manager")
    env.emu.add_member(env.guild, manager, (managers,))
    env.emu.set_overwrite(alerts, managers, allow=MENTION_EVERYONE)
    allowed = await run(env, "alerts channel", manager, env.guild.general, show=AOUAD, channel=alerts,
                        role=quiet_role)  # fmt: skip
    assert "pinging" in allowed.content
    owner = await run(env, "alerts channel", env.owner, env.guild.general, show=AOUAD, channel=alerts,
                      role=quiet_role)  # fmt: skip
    assert "pinging" in owner.content
