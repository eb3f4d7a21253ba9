"""/privacy forget-me through the loopback Discord: after the asker confirms, their subscriptions,
votes and waiting alerts are gone and their theories stay, by a former member; anyone else's data
is untouched; "Keep my data" deletes nothing."""

from __future__ import annotations

from bot.store import alerts, theories
from bot.store import catalogue as store
from tests.e2e.conftest import DiscordEnv
from tests.e2e.test_theories import post, theory_id

AOUAD = "all-of-us-are-dead"


async def test_forget_me_deletes_what_is_theirs_once_they_confirm(env: DiscordEnv) -> None:
    db, emu = env.bot.db, env.emu
    show = await store.by_slug(db, AOUAD)
    assert show is not None
    await env.slash("alerts subscribe", show=AOUAD)
    await env.slash("alerts subscribe", show=AOUAD, user=env.mod)
    mine = await post(env, "Nam-ra leads the half-zombies")
    theirs = await post(env, "Cheong-san lives", user=env.mod)
    await emu.click(theirs, f"vote:{theory_id(theirs)}", user=env.fan, guild=env.guild)
    await emu.click(mine, f"vote:{theory_id(mine)}", user=env.mod, guild=env.guild)

    asked = await env.slash("privacy forget-me")
    assert asked.ephemeral and "cannot be undone" in asked.content
    kept = await emu.click(asked, asked.button("Keep my data"), user=env.fan)
    assert kept.text.startswith("Nothing was deleted.")
    assert await alerts.is_subscribed(db, env.fan.id, show.id)

    asked = await env.slash("privacy forget-me")
    done = await emu.click(asked, asked.button("Forget me"), user=env.fan)
    assert "Forgotten: 1 alert subscriptions, 1 votes" in done.text
    assert not await alerts.is_subscribed(db, env.fan.id, show.id)
    assert await alerts.is_subscribed(db, env.mod.id, show.id)  # nobody else's
    ranked = {t.title: t for t in await theories.top(db, env.guild.id, show.id, limit=10)}
    assert ranked["Nam-ra leads the half-zombies"].author_id == 0  # the theory stays, unnamed
    assert ranked["Nam-ra leads the half-zombies"].votes == 1  # the mod's vote stays
    assert ranked["Cheong-san lives"].votes == 0 and ranked["Cheong-san lives"].author_id == env.mod.id
    top = await env.slash("theory top", show=AOUAD)
    assert "a former member" in top.text and f"<@{env.fan.id}>" not in top.text
