"""/help lists the commands the asker may use here, and no others."""

from __future__ import annotations

import re

import discord

from bot.store import review
from bot.views import Paginator
from cogs.review import item_view
from cogs.shows import card_buttons
from tests.e2e.conftest import DiscordEnv
from tests.loopback.discord import User


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
