"""The bot on Discord: connect, sync, answer, fail safely, survive 429s and dropped gateways."""

import asyncio
import sqlite3
from pathlib import Path

from bot.store import open_store
from tests.e2e.conftest import DiscordEnv, running_bot, settings_for, world
from tests.loopback.discord import FakeDiscord


async def test_connects_syncs_and_answers_about(env: DiscordEnv) -> None:
    assert env.emu.identified == 1 and env.emu.sync_count == 1
    names = {c["name"] for c in env.emu.commands["global"]}
    assert {"about", "season2", "show", "alerts", "theory", "admin"} <= names
    reply = await env.slash("about")
    assert reply.ephemeral and "season2bot" in reply.text and "Shows in the catalogue" in reply.text


async def test_an_unexpected_error_is_one_ephemeral_line_with_an_id(env: DiscordEnv) -> None:
    # A real failure, not a mock: the table /about counts is gone.
    if env.settings.database_url:
        async with env.bot.db.transaction() as gone:
            await gone.execute("ALTER TABLE shows RENAME TO shows_gone")
    else:
        conn = sqlite3.connect(env.settings.database_path)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ALTER TABLE shows RENAME TO shows_gone")
        conn.commit()
        conn.close()
    reply = await env.slash("about")
    assert reply.ephemeral
    assert reply.content.startswith("Something broke on our side (error ") and reply.content.endswith(
        ". Try again."
    )
    assert "\n" not in reply.content and "Traceback" not in reply.content and "shows" not in reply.content
    assert reply.embeds == []


async def test_a_429_on_the_callback_is_retried_and_the_answer_arrives(env: DiscordEnv) -> None:
    env.emu.fail_next(
        "POST", "/interactions/{interaction_id}/{interaction_token}/callback", 429, retry_after=0.3
    )
    reply = await env.slash("about")
    assert "season2bot" in reply.text
    statuses = [r["status"] for r in env.emu.requests if r["path"].endswith("/callback")]
    assert statuses[-2:] == [429, 200]


async def test_a_dropped_gateway_is_resumed_and_the_next_command_answered(env: DiscordEnv) -> None:
    await env.emu.drop_gateway(4000)
    await env.emu.wait_for(lambda: env.emu.resumed == 1, what="RESUME")
    reply = await env.slash("about")
    assert "season2bot" in reply.text
    assert env.emu.identified == 1  # resumed, not a new session


async def test_an_invalidated_session_identifies_again_and_answers(env: DiscordEnv) -> None:
    await env.emu.invalidate_session(resumable=False)
    await env.emu.wait_for(lambda: env.emu.identified == 2, within=15, what="a new IDENTIFY")
    reply = await env.slash("about")
    assert "season2bot" in reply.text


async def test_a_second_start_with_an_unchanged_tree_does_not_sync(emu: FakeDiscord, tmp_path: Path) -> None:
    people = world(emu)
    settings = settings_for(emu, tmp_path / "bot.db", people["guild"], people["curator_role"])
    async with running_bot(settings):
        pass
    async with running_bot(settings):
        pass
    assert emu.sync_count == 1 and emu.identified == 2


async def test_stopping_waits_for_running_commands_and_refuses_new_ones(env: DiscordEnv) -> None:
    # Discord is slow to hand back the posted theory; the bot is told to stop meanwhile.
    card = await env.slash("season2", show="all-of-us-are-dead")
    original = "/webhooks/{webhook_id}/{webhook_token}/messages/@original"
    env.emu.delay_next("GET", original, 2.0)
    posted = await env.slash("theory add", show="all-of-us-are-dead", title="The cure is in the school")
    closing = asyncio.create_task(env.bot.close())
    await asyncio.sleep(0.1)
    late = await env.slash("about")
    assert late.ephemeral and late.content == "season2bot is restarting. Try again in a minute."
    assert posted.message is not None
    [row] = posted.components
    vote = await env.emu.click(posted, row["components"][0]["custom_id"], user=env.mod, guild=env.guild)
    alert = await env.emu.click(card, card.button("Alert me"), user=env.mod, guild=env.guild)
    assert vote.ephemeral and alert.ephemeral and vote.content == alert.content == late.content
    await closing
    store = await open_store(env.settings.database_path, env.settings.database_url)
    try:
        rows = [tuple(r) for r in await store.fetchall("SELECT title, message_id FROM theories")]
        subscribed = (await store.fetchone("SELECT count(*) FROM subscriptions"))[0]
    finally:
        await store.close()
    assert rows == [("The cure is in the school", int(posted.message["id"]))]
    assert subscribed == 0  # nothing the refused presses asked for was done
