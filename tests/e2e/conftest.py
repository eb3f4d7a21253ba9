"""The real bot, on a real SQLite file, talking to the loopback Discord in the same event loop."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.config import Settings
from bot.core import Season2Bot, create_bot, point_at_discord
from bot.edits import Editor
from bot.seed import ensure_seeded
from bot.store import Store, alerts
from bot.store import catalogue as store
from tests.conftest import REPO, fresh_database
from tests.loopback.discord import MANAGE_GUILD, MANAGE_MESSAGES, FakeDiscord, Guild, Reply, User


@dataclass
class DiscordEnv:
    """One server ("Fans") with a plain member, a moderator, a server admin, a curator by role,
    and the application's owner; the bot already connected and synced."""

    emu: FakeDiscord
    bot: Season2Bot
    settings: Settings
    guild: Guild
    fan: User
    mod: User
    admin: User
    curator: User
    owner: User
    curator_role: int

    async def slash(self, command: str, *, user: User | None = None, **options: Any) -> Reply:
        """Options by name, including ones named like the emulator's own keywords (channel, user)."""
        return await self.emu.slash(command, user=user or self.fan, guild=self.guild, options=options)

    async def choices(self, command: str, focused: str, value: str, **options: Any) -> list[dict[str, Any]]:
        return await self.emu.autocomplete(
            command, focused, value, user=self.fan, guild=self.guild, **options
        )


def world(emu: FakeDiscord) -> dict[str, Any]:
    guild = emu.add_guild("Fans")
    fan, mod, admin, curator = (emu.add_user(n) for n in ("fan", "mod", "admin", "curator"))
    mods = emu.add_role(guild, "Moderators", MANAGE_MESSAGES)
    admins = emu.add_role(guild, "Admins", MANAGE_GUILD | MANAGE_MESSAGES)
    curators = emu.add_role(guild, "Curators")
    emu.add_member(guild, fan)
    emu.add_member(guild, mod, (mods,))
    emu.add_member(guild, admin, (admins,))
    emu.add_member(guild, curator, (curators,))
    emu.add_member(guild, emu.app_owner)
    return {"guild": guild, "fan": fan, "mod": mod, "admin": admin, "curator": curator,
            "owner": emu.app_owner, "curator_role": curators}  # fmt: skip


def settings_for(
    emu: FakeDiscord, db: Path, guild: Guild, curator_role: int, database_url: str | None = None
) -> Settings:
    return Settings(
        database_path=db,
        database_url=database_url,
        discord_token=emu.token,
        discord_api_base=emu.api_base,
        discord_gateway_url=emu.gateway_url,
        home_guild_id=guild.id,
        curator_role_id=curator_role,
        tvmaze_api_base=None,  # tests that want TVmaze point it at the loopback twin themselves
        radar_bundled_feeds=False,  # no test reaches a real publisher; radar tests add loopback feeds
    )


@contextlib.asynccontextmanager
async def running_bot(settings: Settings) -> AsyncIterator[Season2Bot]:
    """Start the bot as `python -m bot run` would, in this loop; stop it cleanly afterwards."""
    saved = (discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY)
    point_at_discord(settings)
    bot = create_bot(settings, guild_ready_timeout=0.05)
    task: asyncio.Task[None] | None = None
    try:
        await bot.login(settings.require_token())
        task = asyncio.create_task(bot.connect(reconnect=True))
        async with asyncio.timeout(15):
            await bot.wait_until_ready()
        yield bot
    finally:
        await bot.close()
        if task is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, 5)
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = saved


async def eventually(check: Callable[[], Awaitable[bool]], within: float = 10.0, what: str = "it") -> None:
    """Wait for an event (a reply, a delivery, a reconnect), never a fixed sleep."""
    deadline = asyncio.get_running_loop().time() + within
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"waited {within} s for {what}")
        await asyncio.sleep(0.05)


@pytest.fixture
async def emu() -> AsyncIterator[FakeDiscord]:
    fake = FakeDiscord()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()
    # Anything Discord would have refused fails the test that caused it.
    assert not fake.violations, "Discord would have refused:\n" + "\n".join(fake.violations)


@pytest.fixture(params=["sqlite", "postgresql"])
async def engine_url(request: pytest.FixtureRequest) -> str | None:
    """For a test that builds its own settings: None (SQLite at its path), then a fresh database on
    the test PostgreSQL server."""
    if request.param == "sqlite":
        return None
    return await fresh_database(request.getfixturevalue("postgres_url"))


@pytest.fixture(params=["sqlite", "postgresql"])
async def env(emu: FakeDiscord, tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[DiscordEnv]:
    """A running bot on each engine: a SQLite file, and a fresh database on the test PostgreSQL server."""
    people = world(emu)
    settings = settings_for(emu, tmp_path / "bot.db", people["guild"], people["curator_role"])
    if request.param == "postgresql":
        url = await fresh_database(request.getfixturevalue("postgres_url"))
        settings = replace(settings, database_url=url)
    async with running_bot(settings) as bot:
        yield DiscordEnv(emu=emu, bot=bot, settings=settings, **people)


def with_owner_ids(settings: Settings, *ids: int) -> Settings:
    return replace(settings, owner_ids=frozenset(ids))


# ---------------------------------------------------------------- bots in processes of their own


async def followers_of(db: Store, emu: FakeDiscord, show_slug: str, n: int) -> list[User]:
    """`n` fans following a show of the seeded catalogue, each of whom the bot has written to
    before (their DM channel known: one request per alert)."""
    await ensure_seeded(Editor(db))
    show = await store.by_slug(db, show_slug)
    assert show is not None
    users = [emu.add_user(f"fan{i}") for i in range(n)]
    await alerts.subscribe_many(db, show.id, [u.id for u in users])
    for u in users:
        await alerts.remember_dm_channel(db, u.id, emu.open_dm(u))
    return users


def process_env(emu: FakeDiscord, **settings: str) -> dict[str, str]:
    """The environment of `python -m bot run` against the loopback Discord, with no TVmaze and no
    publisher's feed (out of reach here)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCORD")}
    env.update({
        "TVMAZE_API_BASE": "", "RADAR_BUNDLED_FEEDS": "off", "DISCORD_TOKEN": emu.token,
        "DISCORD_API_BASE": emu.api_base, "DISCORD_GATEWAY_URL": emu.gateway_url,
        "PYTHONPATH": str(REPO), "LOG_LEVEL": "WARNING", **settings,
    })  # fmt: skip
    return env


async def start_process(env: dict[str, str], cwd: Path, log: Path) -> asyncio.subprocess.Process:
    """`python -m bot run` in a process of its own (its log appended to `log`)."""
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--env-file", os.devnull, "run", env=env, cwd=cwd,
        stdout=asyncio.subprocess.DEVNULL, stderr=log.open("ab"),
    )  # fmt: skip
