"""/help lists the commands the asker may use here, and no others."""

from __future__ import annotations

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
