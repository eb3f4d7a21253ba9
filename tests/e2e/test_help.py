"""/help lists the commands the asker may use here, and no others."""

from __future__ import annotations

import re
from pathlib import Path

import discord

from bot.store import review
from bot.views import Paginator
from cogs.review import item_view
from cogs.shows import card_buttons
from tests.e2e.conftest import DiscordEnv, running_bot, settings_for, world
from tests.loopback.discord import FakeDiscord, User


async def pages(env: DiscordEnv, user: User) -> str:
    """Every page's text, turned with the Next button."""
    reply = await env.slash("help", user=user)
    assert reply.ephemeral
    texts = [reply.text]
    message = reply.message
    for _ in range(10):
        buttons = [c for row in (message or {}).get("components", []) for c in row["components"]]
        following = next((b for b in buttons if "Next" in (b.get("label") or "")), None)
        if message is None or following is None or following.get("disabled"):
            break
        turned = await env.emu.click(message, following["custom_id"], user=user, guild=env.guild)
        message = turned.message
        texts.append(turned.text)
    return "\n".join(texts)


async def test_help_lists_what_each_member_may_use(env: DiscordEnv) -> None:
    fan = await pages(env, env.fan)
    assert "/season2" in fan and "/alerts subscribe" in fan and "/theory add" in fan and "/help" in fan
    assert "/admin" not in fan and "/alerts channel " not in fan and "/theory settings" not in fan
    admin = await pages(env, env.admin)  # Manage Server, not a curator
    assert "/alerts channel" in admin and "/theory settings" in admin and "/admin decision" not in admin
    curator = await pages(env, env.curator)
    assert "/admin decision" in curator and "· curators" in curator and "/admin curators add" not in curator
    owner = await pages(env, env.owner)
    assert "/admin curators add" in owner and "· owners" in owner


async def test_no_button_is_an_icon_alone(env: DiscordEnv) -> None:
    """A screen reader reads a button's label: every button the bot sends says what it does in words."""

    pages = Paginator([discord.Embed(title="1"), discord.Embed(title="2")], owner_id=1)
    card = card_buttons(1, "https://example.org/a", in_guild=True, publisher="Example")
    item = review.ReviewItem(1, "link", 1, "Show", "summary", discord.utils.utcnow())
    for view in (pages, card, item_view(item)):
        for child in view.children:
            button = child.item if isinstance(child, discord.ui.DynamicItem) else child  # persistent ones
            assert isinstance(button, discord.ui.Button) and re.search(r"[A-Za-z]", button.label or ""), child


async def test_replies_name_commands_as_mentions_each_client_shows_in_its_language(
    emu: FakeDiscord, tmp_path: Path
) -> None:
    """A command named in a reply is a mention (`</alerts subscribe:ID>`), which Discord shows in the
    reader's language and runs on a click: its id is learnt from the sync, or after a restart that
    did not sync, fetched once."""
    people = world(emu)
    settings = settings_for(emu, tmp_path / "bot.db", people["guild"], people["curator_role"])
    fan, guild = people["fan"], people["guild"]

    def command_id(name: str) -> str:
        return next(c["id"] for c in emu.commands["global"] if c["name"] == name)

    async with running_bot(settings):
        empty = await emu.slash("alerts list", user=fan, guild=guild)
        assert f"</alerts subscribe:{command_id('alerts')}>" in empty.content
        assert f"</season2:{command_id('season2')}>" in empty.content
        listed = await emu.slash("help", user=fan, guild=guild)
        assert f"</theory add:{command_id('theory')}>" in listed.text
    assert emu.sync_count == 1
    async with running_bot(settings):
        assert emu.sync_count == 1  # unchanged: not synced again, the ids were fetched
        refused = await emu.slash("admin status", user=fan, guild=guild)
        assert refused.ephemeral
        curators_add = f"</admin curators add:{command_id('admin')}>"
        assert f"Only curators can use this. Ask an owner to add you with {curators_add}." in refused.text
