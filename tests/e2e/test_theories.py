"""Fan theories and native polls through Discord: posting, limits, votes, removal, polls and their end."""

import asyncio
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.domain.dates import utcnow
from bot.store import open_store, theories
from tests.e2e.conftest import DiscordEnv, running_bot, settings_for, world
from tests.loopback.discord import FakeDiscord, Reply

AOUAD = "all-of-us-are-dead"


async def post(env: DiscordEnv, title: str, user: Any = None, **more: Any) -> Reply:
    return await env.slash("theory add", user=user or env.fan, show=AOUAD, title=title, **more)


def theory_id(reply: Reply) -> int:
    title = reply.embeds[0]["title"]
    assert title.startswith("#"), title
    return int(title[1:].split(" ", 1)[0])


def vote_label(reply: Reply) -> str:
    [row] = reply.components
    return str(row["components"][0]["label"])


async def test_three_fans_post_one_votes_top_ranks_and_a_poll_goes_out(env: DiscordEnv) -> None:
    a = await post(env, "The survivors reach the refugee camp")
    b = await post(env, "There are more half-zombies like Nam-ra", user=env.mod)
    c = await post(env, "On-jo's father made the cure", user=env.admin)
    for reply in (a, b, c):
        assert not reply.ephemeral and reply.message is not None
        assert reply.message["allowed_mentions"]["parse"] == []
        assert vote_label(reply) == "Vote (0)"
    voted = await env.emu.click(b, f"vote:{theory_id(b)}", user=env.fan, guild=env.guild)
    assert voted.callback_type == 7 and vote_label(voted) == "Vote (1)"

    top = await env.slash("theory top", show=AOUAD)
    lines = top.embeds[0]["description"].splitlines()
    assert "half-zombies" in lines[0] and "1 vote" in lines[0] and f"<@{env.mod.id}>" in lines[0]
    assert "refugee camp" in lines[1] and "cure" in lines[2]  # ties: the older first
    assert top.message is not None and top.message["allowed_mentions"]["parse"] == []

    poll = await env.slash("theory poll", user=env.mod, show=AOUAD, hours=48)
    assert poll.message is not None and not poll.ephemeral
    sent = poll.message["poll"]
    assert sent["question"]["text"] == "Which theory will season 2 of All of Us Are Dead prove right?"
    answers = [a["poll_media"]["text"] for a in sent["answers"]]
    assert answers == [
        "There are more half-zombies like Nam-ra",
        "The survivors reach the refugee camp",
        "On-jo's father made the cure",
    ]
    body = next(
        r["json"]
        for r in env.emu.requests
        if isinstance(r["json"], dict) and "poll" in (r["json"].get("data") or {})
    )
    assert body["data"]["poll"]["duration"] == 48

    card = await env.slash("season2", show=AOUAD)
    field = next(f for f in card.embeds[0]["fields"] if f["name"] == "Top fan theories here")
    assert field["value"].index("half-zombies") < field["value"].index("refugee camp")


def modal_ids(modal: Reply) -> list[str]:
    return [field["custom_id"] for field in modal.inputs()]


async def test_the_cards_add_a_theory_button_posts_one_also_after_a_restart(
    emu: FakeDiscord, tmp_path: Path, engine_url: str | None
) -> None:
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    guild, fan = people["guild"], people["fan"]
    async with running_bot(settings):
        card = await emu.slash("season2", user=fan, guild=guild, show=AOUAD)
    async with running_bot(settings) as bot:  # only the custom_id is left to go on
        modal = await emu.click(card, card.button("Add a theory"), user=fan, guild=guild)
        assert modal.callback_type == 9 and modal.data["title"] == "A theory: All of Us Are Dead"
        title, details, spoiler = modal_ids(modal)
        values = {title: "Nam-ra leads the half-zombies", details: "She saw the **camp**", spoiler: "yes"}
        posted = await emu.submit_modal(modal, values, user=fan, guild=guild)
        assert not posted.ephemeral and posted.message is not None
        embed = posted.embeds[0]
        assert embed["title"].endswith("Nam-ra leads the half-zombies")
        assert embed["description"] == "||She saw the \\*\\*camp\\*\\*||"
        assert posted.message["allowed_mentions"]["parse"] == []
        show = await bot.catalogue.resolve(AOUAD)
        assert show.show is not None
        # The bot records which message holds the theory once Discord has answered with it: a
        # moment after the reply the test sees, so wait for it rather than race it.
        for _ in range(100):
            [stored] = await theories.top(bot.db, guild.id, show.show.id, limit=5)
            if stored.message_id is not None:
                break
            await asyncio.sleep(0.02)
        assert stored.title == "Nam-ra leads the half-zombies" and stored.spoiler
        assert stored.message_id == int(posted.message["id"])
        again = await emu.click(card, card.button("Add a theory"), user=fan, guild=guild)
        title, details, spoiler = modal_ids(again)
        values = {title: "Another one", details: "", spoiler: "maybe"}
        bad = await emu.submit_modal(again, values, user=fan, guild=guild)
        assert (
            bad.ephemeral and bad.content == "Answer yes or no to the spoiler question, then post it again."
        )


async def test_the_card_in_a_dm_has_no_theory_button(env: DiscordEnv) -> None:
    card = await env.emu.slash("season2", user=env.fan, show=AOUAD)
    labels = [c.get("label") for row in card.components for c in row["components"]]
    assert "Alert me" in labels and "Add a theory" not in labels


async def test_a_56_character_title_is_refused_with_its_length(env: DiscordEnv) -> None:
    reply = await post(env, "x" * 56)
    assert reply.ephemeral
    assert reply.content == "The title is 56 characters; the limit is 55. Shorten it and try again."
    long_details = await post(env, "Fine title", details="d" * 1001)
    assert "details is 1001 characters; the limit is 1000" in long_details.content
    just_right = await post(env, "y" * 55, details="d" * 1000)
    assert not just_right.ephemeral


async def test_control_characters_are_refused_and_nothing_is_stored(env: DiscordEnv) -> None:
    for title, details in (("Nam-ra\x00 lives", None), ("Fine title", "a\x1b[31m red")):
        reply = await post(env, title, details=details)
        assert reply.ephemeral and "control character" in reply.content
    ok = await post(env, "Two lines of details", details="first\nsecond")  # newlines are fine in details
    assert not ok.ephemeral
    count = await env.bot.db.fetchone("SELECT COUNT(*) FROM theories")
    assert count is not None and count[0] == 1


async def test_near_duplicate_points_at_the_first_and_other_servers_are_separate(env: DiscordEnv) -> None:
    first = await post(env, "Nam-ra is NOT the only half-zombie!")
    again = await post(env, "nam ra is not the only half zombie", user=env.mod)
    assert again.ephemeral
    assert again.content == (
        f"That theory is already here as #{theory_id(first)}. Vote for it with its 👍 button."
    )
    other = env.emu.add_guild("Elsewhere")
    env.emu.add_member(other, env.fan)
    elsewhere = await env.emu.slash(
        "theory add", user=env.fan, guild=other, show=AOUAD, title="Nam-ra is not the only half-zombie"
    )
    assert not elsewhere.ephemeral


async def test_spoiler_details_are_hidden_and_markdown_and_mentions_are_inert(env: DiscordEnv) -> None:
    reply = await post(env, "**@everyone** Su-hyeok ~~dies~~", details="He turns in episode 3", spoiler=True)
    embed = reply.embeds[0]
    assert embed["description"] == "||He turns in episode 3||"
    assert reply.message is not None and reply.message["allowed_mentions"]["parse"] == []
    top = await env.slash("theory top", show=AOUAD)
    line = top.embeds[0]["description"]
    assert "\\*\\*" in line and "\\~\\~" in line  # shown as typed, not as bold or strike-through


async def test_five_an_hour_then_the_time_to_wait(env: DiscordEnv) -> None:
    for n in range(5):
        assert not (await post(env, f"Theory number {n}")).ephemeral
    sixth = await post(env, "Theory number 5")
    assert sixth.ephemeral
    assert sixth.content.startswith("5 theories an hour at most. Try again in ")
    assert sixth.content.endswith(" min.")
    other = await post(env, "Someone else's theory", user=env.mod)  # the limit is per member
    assert not other.ephemeral


async def test_removing_ones_own_theories_does_not_reset_the_hourly_limit(env: DiscordEnv) -> None:
    posted = [theory_id(await post(env, f"Theory number {n}")) for n in range(5)]
    for n in posted:
        removed = await env.slash("theory remove", id=n)
        assert removed.content == f"Theory #{n} removed."
    sixth = await post(env, "Theory number 5")
    assert sixth.ephemeral
    assert sixth.content.startswith("5 theories an hour at most. Try again in ")


async def test_vote_and_unvote_and_the_button_works_after_a_restart(
    emu: FakeDiscord, tmp_path: Path, engine_url: str | None
) -> None:
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    guild, fan, mod = people["guild"], people["fan"], people["mod"]
    async with running_bot(settings):
        posted = await emu.slash("theory add", user=fan, guild=guild, show=AOUAD, title="Cheong-san lives")
    button = f"vote:{theory_id(posted)}"
    async with running_bot(settings) as bot:  # only the custom_id survives a restart
        one = await emu.click(posted, button, user=mod, guild=guild)
        assert vote_label(one) == "Vote (1)"
        two = await emu.click(posted, button, user=fan, guild=guild)
        assert vote_label(two) == "Vote (2)"
        back = await emu.click(posted, button, user=mod, guild=guild)  # pressing again takes it back
        assert vote_label(back) == "Vote (1)"
        stored = await theories.get(bot.db, theory_id(posted))
        assert stored is not None and stored.votes == 1


async def test_remove_by_author_by_moderator_and_refused_otherwise(env: DiscordEnv) -> None:
    mine = theory_id(await post(env, "Gwi-nam comes back"))
    theirs = theory_id(await post(env, "The school is rebuilt", user=env.admin))
    refused = await env.slash("theory remove", id=theirs)
    assert refused.ephemeral and "Manage Messages" in refused.content
    assert await theories.get(env.bot.db, theirs) is not None

    own = await env.slash("theory remove", id=mine)
    assert own.ephemeral and own.content == f"Theory #{mine} removed."
    by_mod = await env.slash("theory remove", user=env.mod, id=theirs)
    assert by_mod.content == f"Theory #{theirs} removed."
    assert await theories.get(env.bot.db, mine) is None and await theories.get(env.bot.db, theirs) is None
    gone = await env.slash("theory remove", id=mine)
    assert gone.ephemeral and gone.content == f"There is no theory #{mine} in this server."
    empty = await env.slash("theory top", show=AOUAD)
    assert empty.ephemeral and "No theories for All of Us Are Dead here yet" in empty.content


async def test_a_vote_on_a_removed_theory_says_so(env: DiscordEnv) -> None:
    posted = await post(env, "Gwi-nam comes back")
    # Removing it could not grey out the button (the bot lost access): a press must still be answered.
    env.emu.fail_next("PATCH", "/channels/{channel_id}/messages/{message_id}", 403, code=50001)
    await env.slash("theory remove", id=theory_id(posted))
    pressed = await env.emu.click(posted, f"vote:{theory_id(posted)}", user=env.mod, guild=env.guild)
    assert pressed.ephemeral and pressed.content == "That theory was removed."


async def test_who_may_start_a_poll_and_one_open_poll_per_show(env: DiscordEnv) -> None:
    lonely = await env.slash("theory poll", user=env.mod, show=AOUAD)
    assert lonely.ephemeral and "at least two theories" in lonely.content
    await post(env, "First idea")
    await post(env, "Second idea", user=env.mod)

    by_fan = await env.slash("theory poll", show=AOUAD)
    assert by_fan.ephemeral and "Manage Messages" in by_fan.content
    not_admin = await env.slash("theory settings", user=env.mod, open_polls=True)
    assert not_admin.ephemeral and "Manage Server" in not_admin.content
    opened = await env.slash("theory settings", user=env.admin, open_polls=True)
    assert "every member" in opened.content

    started = await env.slash("theory poll", show=AOUAD, question="Who is right, <@&1>?")
    assert (
        started.message is not None and started.message["poll"]["question"]["text"] == "Who is right, <@&1>?"
    )
    second = await env.slash("theory poll", show=AOUAD)
    assert second.ephemeral and "already open here" in second.content
    too_long = await env.slash("theory poll", user=env.mod, show=AOUAD, question="q" * 301)
    assert too_long.ephemeral and "301 characters; the limit is 300" in too_long.content


async def _announcements(emu: FakeDiscord, channel_id: int) -> list[str]:
    return [m["content"] for m in emu.channel_messages(channel_id) if "Poll closed" in (m["content"] or "")]


async def test_poll_end_early_records_and_announces_once(env: DiscordEnv) -> None:
    await post(env, "Alpha theory")
    await post(env, "Beta theory", user=env.mod)
    poll = await env.slash("theory poll", user=env.mod, show=AOUAD)
    assert poll.message is not None
    channel = int(poll.message["channel_id"])
    env.emu.vote_poll(poll.message, env.fan, 2)
    env.emu.vote_poll(poll.message, env.admin, 2)
    env.emu.vote_poll(poll.message, env.mod, 1)

    refused = await env.slash("theory poll-end", show=AOUAD)
    assert refused.ephemeral and "Manage Messages" in refused.content
    ended = await env.slash("theory poll-end", user=env.mod, show=AOUAD)
    await env.emu.wait_for(lambda: "result is posted" in ended.text, what="the poll-end answer")
    assert await _announcements(env.emu, channel) == ["🏆 Poll closed: **Beta theory** won with 2 votes."]
    assert poll.message["poll"]["results"]["is_finalized"]

    again = await env.slash("theory poll-end", user=env.mod, show=AOUAD)
    assert again.ephemeral and "No poll about All of Us Are Dead is open here." in again.content
    top = await env.slash("theory top", show=AOUAD)
    [beta] = [line for line in top.embeds[0]["description"].splitlines() if "Beta theory" in line]
    assert "🏆 1" in beta
    assert len(await _announcements(env.emu, channel)) == 1


async def test_a_poll_that_ended_while_the_bot_was_down_is_closed_once(
    emu: FakeDiscord, tmp_path: Path, engine_url: str | None
) -> None:
    people = world(emu)
    db_path = tmp_path / "bot.db"
    settings = settings_for(emu, db_path, people["guild"], people["curator_role"], database_url=engine_url)
    guild, fan, mod = people["guild"], people["fan"], people["mod"]
    async with running_bot(settings):
        await emu.slash("theory add", user=fan, guild=guild, show=AOUAD, title="Alpha theory")
        await emu.slash("theory add", user=mod, guild=guild, show=AOUAD, title="Beta theory")
        poll = await emu.slash("theory poll", user=mod, guild=guild, show=AOUAD, hours=1)
    assert poll.message is not None
    channel = int(poll.message["channel_id"])
    emu.vote_poll(poll.message, fan, 1)
    # The hour passes with the bot down: Discord finalises the poll; the bot's row is now overdue.
    await emu.expire_poll(poll.message)
    store = await open_store(db_path, engine_url)
    try:
        async with store.transaction() as conn:
            await conn.execute(
                "UPDATE polls SET ends_at = ?", ((utcnow() - timedelta(minutes=5)).isoformat(),)
            )
    finally:
        await store.close()

    async with running_bot(settings) as bot:
        await emu.wait_for(
            lambda: any("Poll closed" in (m["content"] or "") for m in emu.channel_messages(channel)),
            what="the announcement",
        )
        row = await bot.db.fetchone("SELECT state, winner_theory_id FROM polls")
        assert row is not None and row["state"] == "closed"
    async with running_bot(settings):
        await asyncio.sleep(0.5)
    assert await _announcements(emu, channel) == ["🏆 Poll closed: **Alpha theory** won with 1 vote."]


async def test_stopping_mid_poll_lets_the_command_finish_its_writes(
    emu: FakeDiscord, tmp_path: Path, engine_url: str | None
) -> None:
    # Discord is slow to return the poll message; the bot is told to stop meanwhile. The command must
    # still record which message holds the poll, or the poll could never be closed after the restart.
    people = world(emu)
    db_path = tmp_path / "bot.db"
    settings = settings_for(emu, db_path, people["guild"], people["curator_role"], database_url=engine_url)
    guild, fan, mod = people["guild"], people["fan"], people["mod"]
    async with running_bot(settings) as bot:
        await emu.slash("theory add", user=fan, guild=guild, show=AOUAD, title="Alpha theory")
        await emu.slash("theory add", user=mod, guild=guild, show=AOUAD, title="Beta theory")
        original = "/webhooks/{webhook_id}/{webhook_token}/messages/@original"
        await emu.wait_for(lambda: sum(r["route"] == original for r in emu.requests) == 2)
        emu.delay_next("GET", original, 0.5)
        poll = await emu.slash("theory poll", user=mod, guild=guild, show=AOUAD, hours=1)
        await bot.close()
    assert poll.message is not None
    store = await open_store(db_path, engine_url)
    try:
        rows = [tuple(r) for r in await store.fetchall("SELECT state, message_id FROM polls")]
    finally:
        await store.close()
    assert rows == [("open", int(poll.message["id"]))]


async def test_the_poll_worker_belongs_to_the_theories_cog(env: DiscordEnv) -> None:
    assert env.bot.worker_running("theory-polls")
    await env.bot.unload_extension("cogs.theories")
    assert not env.bot.worker_running("theory-polls")
    await env.bot.load_extension("cogs.theories")
    assert env.bot.worker_running("theory-polls")
    reply = await post(env, "Still here after a reload")
    assert not reply.ephemeral
