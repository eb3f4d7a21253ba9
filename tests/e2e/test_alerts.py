"""Renewal alerts through Discord: DMs, channels with role pings, faults, restarts and kills."""

import asyncio
import signal
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import Settings
from bot.core import Season2Bot
from bot.domain.dates import FuzzyDate, today
from bot.domain.events import Actor
from bot.domain.models import Decision, Source
from bot.edits import Editor
from bot.store import Database, alerts, open_store
from bot.store import catalogue as store
from cogs.alerts._delivery import CONCURRENCY
from cogs.alerts._digests import DigestWorker
from tests.e2e.conftest import (
    DiscordEnv,
    followers_of,
    process_env,
    running_bot,
    settings_for,
    start_process,
    world,
)
from tests.loopback.discord import FakeDiscord, User

AOUAD = "all-of-us-are-dead"
URL = "https://example.org/news/aouad-season-3"


async def renew(env: DiscordEnv, season: int = 3) -> None:
    reply = await env.slash(
        "admin decision", user=env.owner, show=AOUAD, season=season, status="renewed", source_url=URL
    )
    assert reply.content.startswith("Recorded:")


async def test_subscriber_gets_a_dm_naming_the_show_and_source(env: DiscordEnv) -> None:
    sub = await env.slash("alerts subscribe", show=AOUAD)
    assert sub.ephemeral and "I'll DM you about **All of Us Are Dead**" in sub.content
    await renew(env)
    await env.emu.wait_for(lambda: len(env.emu.dms(env.fan)) == 1, what="the DM")
    [dm] = env.emu.dms(env.fan)
    assert (
        "All of Us Are Dead" in dm["content"] and URL in dm["content"] and "season 3 renewed" in dm["content"]
    )
    assert dm["allowed_mentions"]["parse"] == []
    listed = await env.slash("alerts list")
    assert "All of Us Are Dead" in listed.text


async def test_the_curator_sees_delivery_progress(env: DiscordEnv) -> None:
    await env.slash("alerts subscribe", show=AOUAD)
    await env.slash("alerts subscribe", show=AOUAD, user=env.mod)
    reply = await env.slash(
        "admin decision", user=env.owner, show=AOUAD, season=3, status="renewed", source_url=URL
    )
    await env.emu.wait_for(lambda: "delivered 2 of 2." in reply.content, what="progress on the reply")


async def test_channel_route_pings_only_its_role_and_a_user_still_gets_one_dm(env: DiscordEnv) -> None:
    fans_role = env.emu.add_role(env.guild, "AOUAD fans", mentionable=True)
    channel = env.emu.add_channel(env.guild, "alerts")
    refused = await env.slash("alerts channel", user=env.fan, show=AOUAD, channel=channel)
    assert refused.ephemeral and "Manage Server" in refused.content
    routed = await env.slash("alerts channel", user=env.admin, show=AOUAD, channel=channel, role=fans_role)
    assert routed.ephemeral and "will go to" in routed.content
    await env.slash("alerts subscribe", show=AOUAD)  # the fan is also in the routed channel's server
    await renew(env)
    await env.emu.wait_for(lambda: env.emu.channel_messages(channel) and env.emu.dms(env.fan), what="both")
    await asyncio.sleep(0.3)
    [post] = env.emu.channel_messages(channel)
    assert post["content"].startswith(f"<@&{fans_role}>")
    assert post["allowed_mentions"]["parse"] == [] and post["allowed_mentions"]["roles"] == [fans_role]
    assert len(env.emu.dms(env.fan)) == 1


async def test_a_channel_the_bot_cannot_post_in_is_refused_with_the_permission(env: DiscordEnv) -> None:
    muted = env.emu.add_channel(env.guild, "read-only", deny_bot=1 << 11)  # Send Messages
    reply = await env.slash("alerts channel", user=env.admin, show=AOUAD, channel=muted)
    assert reply.ephemeral and "I need Send Messages there" in reply.content
    assert await alerts.routes_of_guild(env.bot.db, env.guild.id) == []


async def test_429_and_500_are_retried_and_the_alert_arrives_once(env: DiscordEnv) -> None:
    await env.slash("alerts subscribe", show=AOUAD)
    env.emu.fail_next("POST", "/channels/{channel_id}/messages", 429, count=1, retry_after=0.2)
    env.emu.fail_next("POST", "/channels/{channel_id}/messages", 500, count=1)
    await renew(env)
    await env.emu.wait_for(lambda: len(env.emu.dms(env.fan)) == 1, within=15, what="the DM")
    await asyncio.sleep(0.5)
    assert len(env.emu.dms(env.fan)) == 1
    statuses = [r["status"] for r in env.emu.requests if r["route"] == "/channels/{channel_id}/messages"]
    assert 429 in statuses and 500 in statuses and statuses[-1] == 200


async def test_closed_dms_disable_that_subscription_and_the_rest_go_out(env: DiscordEnv) -> None:
    await env.slash("alerts subscribe", show=AOUAD)
    await env.slash("alerts subscribe", show=AOUAD, user=env.mod)
    env.emu.close_dms(env.fan)
    await renew(env)
    await env.emu.wait_for(lambda: len(env.emu.dms(env.mod)) == 1, what="the other DM")
    show = await store.by_slug(env.bot.db, AOUAD)
    assert show is not None
    for _ in range(50):
        if not await alerts.is_subscribed(env.bot.db, env.fan.id, show.id):
            break
        await asyncio.sleep(0.05)
    assert not await alerts.is_subscribed(env.bot.db, env.fan.id, show.id)
    listed = await env.slash("alerts list")
    assert "paused" in listed.text and "DMs closed" in listed.text
    card = await env.slash("season2", show=AOUAD)  # the bot carries on
    assert card.embeds


async def test_admin_status_shows_the_outbox_and_what_was_turned_off(env: DiscordEnv) -> None:
    empty = await env.slash("admin status", user=env.owner)
    assert empty.ephemeral and "No events yet" in empty.text
    refused = await env.slash("admin status", user=env.fan)
    assert refused.ephemeral and not refused.embeds and refused.content.startswith("Only curators")
    await env.slash("alerts subscribe", show=AOUAD)
    await env.slash("alerts subscribe", show=AOUAD, user=env.mod)
    env.emu.close_dms(env.fan)
    await renew(env)
    await env.emu.wait_for(lambda: len(env.emu.dms(env.mod)) == 1, what="the other DM")

    async def settled() -> str:
        for _ in range(100):
            status = await env.slash("admin status", user=env.owner)
            if "Pending **0**" in status.text:
                return status.text
            await asyncio.sleep(0.05)
        raise AssertionError(status.text)

    text = await settled()
    assert "Worker: running" in text
    assert "sent **1** · failed **1**" in text
    assert "1 DM subscriptions, 0 channel routes" in text
    assert "**All of Us Are Dead**" in text and "1/2 sent, 1 failed" in text


async def test_alert_me_button_toggles_and_survives_a_restart(
    emu: FakeDiscord, tmp_path: Path, engine_url: str | None
) -> None:
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    fan: User = people["fan"]
    async with running_bot(settings):
        card = await emu.slash("season2", user=fan, guild=people["guild"], show=AOUAD)
    async with running_bot(settings) as bot:  # a new process would see only the custom_id
        on = await emu.click(card, card.button("Alert me"), user=fan, guild=people["guild"])
        assert on.ephemeral and "I'll DM you" in on.content
        off = await emu.click(card, card.button("Alert me"), user=fan, guild=people["guild"])
        assert "are off" in off.content
        show = await store.by_slug(bot.db, AOUAD)
        assert show is not None and not await alerts.is_subscribed(bot.db, fan.id, show.id)


async def test_alert_me_past_the_limit_is_answered_with_the_limit(env: DiscordEnv) -> None:
    ids = [int(r[0]) for r in await env.bot.db.fetchall("SELECT id FROM shows ORDER BY id")]
    card = await env.slash("season2", show=AOUAD)
    aouad = await store.by_slug(env.bot.db, AOUAD)
    assert aouad is not None
    for show_id in [i for i in ids if i != aouad.id][: alerts.MAX_SUBSCRIPTIONS]:
        assert await alerts.subscribe(env.bot.db, env.fan.id, show_id)
    pressed = await env.emu.click(card, card.button("Alert me"), user=env.fan, guild=env.guild)
    assert pressed.ephemeral
    assert pressed.content == "You follow 100 shows already, the most I keep. Unsubscribe from one first."
    assert not await alerts.is_subscribed(env.bot.db, env.fan.id, aouad.id)


async def test_premiere_day_alert_is_sent_once_across_a_restart(
    emu: FakeDiscord, tmp_path: Path, engine_url: str | None
) -> None:
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    fan: User = people["fan"]
    async with running_bot(settings):
        await emu.slash("alerts subscribe", user=fan, guild=people["guild"], show=AOUAD)
        await emu.slash("admin season set", user=emu.app_owner, guild=people["guild"], show=AOUAD, season=2,
                        premiere=today().isoformat())  # fmt: skip
        # Two DMs: "premieres <date>" when the date is set, and "premieres today" on the day.
        await emu.wait_for(
            lambda: any("premieres today" in m["content"] for m in emu.dms(fan)), what="premiere day"
        )
    count = len(emu.dms(fan))
    async with running_bot(settings):
        await asyncio.sleep(1.0)
    assert len(emu.dms(fan)) == count
    assert sum("premieres today" in m["content"] for m in emu.dms(fan)) == 1


async def test_kill_9_mid_fan_out_then_restart_delivers_everyone(emu: FakeDiscord, tmp_path: Path) -> None:
    """2,000 subscribers; the bot process is killed mid-way and started again. (On PostgreSQL the
    same kill is tests/e2e/test_two_processes.py's, where the other process finishes the fan-out.)"""
    world(emu)  # the server the bot joins
    db_path = tmp_path / "bot.db"
    db = await open_store(db_path, None)
    users = await followers_of(db, emu, AOUAD, 2_000)
    await Editor(db).record_decision(
        AOUAD,
        Decision(3, "renewed", FuzzyDate(date(2026, 11, 20)), Source("Netflix", URL)),
        Actor.user(1),
        checked=today(),
    )
    await db.close()
    env = process_env(emu, DATABASE_PATH=str(db_path))

    async def start() -> asyncio.subprocess.Process:
        return await start_process(env, tmp_path, tmp_path / "bot.log")

    def delivered() -> int:
        return sum(1 for u in users if emu.dm_count(u))

    first = await start()
    await emu.wait_for(lambda: delivered() >= 500, within=120, what="500 DMs before the kill")
    first.send_signal(signal.SIGKILL)
    await first.wait()
    at_kill = sum(emu.dm_count(u) for u in users)
    second = await start()
    try:
        await emu.wait_for(lambda: delivered() == 2_000, within=180, what="every subscriber's DM")
    finally:
        second.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(second.wait(), 20) == 0  # SIGTERM is a clean stop
    total = sum(emu.dm_count(u) for u in users)
    duplicates = total - 2_000
    print(f"kill test: {at_kill} DMs at the kill, {duplicates} duplicates after the restart")
    assert 0 <= duplicates <= CONCURRENCY  # at most what was in flight when the process died


async def test_a_premiere_with_a_release_time_in_los_angeles_alerts_at_that_instant(env: DiscordEnv) -> None:
    """Known to the minute: the premiere alert waits for the release, not for midnight UTC, and
    says the season is out, with Discord timestamps every reader sees in their own zone."""
    await env.slash("alerts subscribe", show=AOUAD)
    zone = ZoneInfo("America/Los_Angeles")
    release = (datetime.now(UTC) + timedelta(seconds=2)).replace(microsecond=0)
    day = release.astimezone(zone).date()
    editor = Editor(env.bot.db)
    await editor.set_season(AOUAD, 2, Actor.user(env.owner.id), premiere=FuzzyDate(day), premiere_at=release,
                            timezone="America/Los_Angeles")  # fmt: skip
    env.bot.dispatch("catalogue_changed", ())
    await env.emu.wait_for(lambda: len(env.emu.dms(env.fan)) == 1, what="the premiere date's alert")
    assert "season 2 premieres" in env.emu.dms(env.fan)[0]["content"]
    assert not any("is out now" in m["content"] for m in env.emu.dms(env.fan))  # not before the release
    await env.emu.wait_for(lambda: any("is out now" in m["content"] for m in env.emu.dms(env.fan)),
                           within=10, what="the release alert")  # fmt: skip
    assert datetime.now(UTC) >= release
    out = next(m["content"] for m in env.emu.dms(env.fan) if "is out now" in m["content"])
    stamp = int(release.timestamp())
    assert f"<t:{stamp}:F> (<t:{stamp}:R>)" in out


async def test_every_dm_alert_carries_an_unsubscribe_button_that_works_after_a_restart(
    emu: FakeDiscord, tmp_path: Path, engine_url: str | None
) -> None:
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    fan: User = people["fan"]
    async with running_bot(settings):
        await emu.slash("alerts subscribe", user=fan, guild=people["guild"], show=AOUAD)
        await emu.slash("admin decision", user=emu.app_owner, guild=people["guild"], show=AOUAD, season=3,
                        status="renewed", source_url=URL)  # fmt: skip
        await emu.wait_for(lambda: len(emu.dms(fan)) == 1, what="the DM")
    [dm] = emu.dms(fan)
    [button] = [c for row in dm["components"] for c in row["components"]]
    assert button["label"] == "Unsubscribe" and button["custom_id"].startswith("unsub:")
    async with running_bot(settings) as bot:  # only the custom_id is left to go on
        pressed = await emu.click(dm, button["custom_id"], user=fan)
        assert pressed.ephemeral and pressed.content == "No more alerts for **All of Us Are Dead**."
        again = await emu.click(dm, button["custom_id"], user=fan)
        assert again.content == "You weren't getting alerts for **All of Us Are Dead**."
        show = await store.by_slug(bot.db, AOUAD)
        assert show is not None and not await alerts.is_subscribed(bot.db, fan.id, show.id)


async def test_subscribers_and_channels_choose_which_news_they_hear(env: DiscordEnv) -> None:
    await env.slash("alerts subscribe", show=AOUAD)
    tuned = await env.slash("alerts settings", production=False)
    assert tuned.ephemeral and "⛔ production news" in tuned.content and "✅ decisions" in tuned.content
    channel = env.emu.add_channel(env.guild, "alerts")
    await env.slash("alerts channel", user=env.admin, show=AOUAD, channel=channel)
    refused = await env.slash("alerts channel-settings", user=env.fan, channel=channel, decisions=False)
    assert refused.ephemeral and "Manage" in refused.content
    muted = await env.slash("alerts channel-settings", user=env.admin, channel=channel, decisions=False)
    assert "⛔ decisions" in muted.content
    milestone = await env.slash("admin milestone", user=env.owner, show=AOUAD, season=2, kind="in_production",
                                source_url=URL, date="2025-07")  # fmt: skip
    assert milestone.content.startswith("Recorded"), milestone.content
    await renew(env)
    await env.emu.wait_for(lambda: env.emu.dms(env.fan) and env.emu.channel_messages(channel), what="alerts")
    await asyncio.sleep(0.3)
    dms = [m["content"] for m in env.emu.dms(env.fan)]
    posts = [m["content"] for m in env.emu.channel_messages(channel)]
    assert len(dms) == 1 and "season 3 renewed" in dms[0]  # not the production news
    assert len(posts) == 1 and "in production" in posts[0]  # not the decision
    again = await env.slash("alerts settings", production=True)
    assert "✅ production news" in again.content
    settings = await alerts.alert_settings(env.bot.db, "dm", env.fan.id)
    assert settings.kinds == alerts.ALERT_KINDS  # all: no row kept


def digest_worker(bot: object) -> DigestWorker:
    cog = bot.get_cog("Alerts")  # type: ignore[attr-defined]
    return cog.digests  # type: ignore[no-any-return]


async def test_a_weekly_digest_subscriber_gets_one_message_for_three_decisions(env: DiscordEnv) -> None:
    await env.slash("alerts subscribe", show=AOUAD)
    await env.slash("alerts subscribe", show="sherlock")
    tuned = await env.slash("alerts settings", mode="weekly", timezone="Asia/Seoul", hour=9, weekday=0)
    assert "As a weekly digest, Monday at 09:00 (Asia/Seoul)." in tuned.content
    await renew(env, 3)
    await renew(env, 4)
    news = "https://example.org/news/sherlock"
    sherlock = await env.slash("admin decision", user=env.owner, show="sherlock", season=5,
                               status="cancelled", source_url=news)  # fmt: skip
    assert sherlock.content.startswith("Recorded:")
    await asyncio.sleep(0.5)
    assert env.emu.dms(env.fan) == []  # nothing one by one
    worker = digest_worker(env.bot)
    assert await worker.send_due() == 0  # the week has not ended
    worker.clock = lambda: datetime.now(UTC) + timedelta(days=8)
    assert await worker.send_due() == 1
    [dm] = env.emu.dms(env.fan)
    text = dm["content"]
    assert text.startswith("📰 Your weekly digest: 3 updates")
    assert "season 3 renewed" in text and "season 4 renewed" in text and "Sherlock" in text
    labels = sorted(c["label"] for row in dm["components"] for c in row["components"])
    assert labels == ["Unsubscribe", "Unsubscribe"]  # one per show in it
    assert await worker.send_due() == 0 and len(env.emu.dms(env.fan)) == 1


async def test_a_daily_digest_across_a_restart_and_a_crash_is_sent_once_with_every_change(
    emu: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine_url: str | None
) -> None:
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    fan: User = people["fan"]
    guild = people["guild"]
    async with running_bot(settings):
        await emu.slash("alerts subscribe", user=fan, guild=guild, show=AOUAD)
        await emu.slash("alerts settings", user=fan, guild=guild, mode="daily")
        for season in (3, 4):
            await emu.slash("admin decision", user=emu.app_owner, guild=guild, show=AOUAD, season=season,
                            status="renewed", source_url=URL)  # fmt: skip
    assert emu.dms(fan) == []
    async with running_bot(settings) as bot:  # the changes waited in the outbox across the restart
        worker = digest_worker(bot)
        worker.clock = lambda: datetime.now(UTC) + timedelta(days=1)
        # The process dies after Discord took the digest, before the outbox knew: sent again on the
        # next pass with the same nonce, Discord keeps the one it has.
        real = alerts.close_digest
        calls = 0

        async def crash_once(db: Database, digest: alerts.DigestSend) -> None:
            nonlocal calls
            calls += 1
            if calls == 1:
                raise RuntimeError("killed between send and mark")
            await real(db, digest)

        monkeypatch.setattr(alerts, "close_digest", crash_once)
        with pytest.raises(RuntimeError):
            await worker.send_due()
        assert await worker.send_due() == 1
        assert await worker.send_due() == 0
    [dm] = emu.dms(fan)
    assert dm["content"].startswith("📰 Your daily digest: 2 updates")
    assert "season 3 renewed" in dm["content"] and "season 4 renewed" in dm["content"]


async def finished_digests(bot: Season2Bot) -> None:
    for _ in range(100):
        if not await alerts.open_digests(bot.db):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("a digest is still written down after 5 s")


async def digest_left_written_down(
    emu: FakeDiscord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    engine_url: str | None,
    *,
    reached_discord: bool,
) -> tuple[User, Settings]:
    """A daily digest whose process died after writing it down: after Discord took it, or before."""
    people = world(emu)
    settings = settings_for(
        emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
    )
    fan: User = people["fan"]
    guild = people["guild"]
    async with running_bot(settings) as bot:
        await emu.slash("alerts subscribe", user=fan, guild=guild, show=AOUAD)
        await emu.slash("alerts settings", user=fan, guild=guild, mode="daily")
        await emu.slash("admin decision", user=emu.app_owner, guild=guild, show=AOUAD, season=3,
                        status="renewed", source_url=URL)  # fmt: skip
        await asyncio.sleep(0.5)  # the pass the decision woke has looked (nothing due yet)
        worker = digest_worker(bot)
        worker.clock = lambda: datetime.now(UTC) + timedelta(days=1)

        async def killed(db: Database, digest: alerts.DigestSend) -> None:
            raise RuntimeError("killed before the outbox knew")

        with monkeypatch.context() as patch:
            patch.setattr(alerts, "close_digest", killed)
            if not reached_discord:
                emu.fail_next("POST", "/channels/{channel_id}/messages", 403, code=50007)
                assert await worker.send_due() == 0
            else:
                with pytest.raises(RuntimeError):
                    await worker.send_due()
    # Down for longer than Discord remembers the nonce.
    emu.forget_nonces()
    db = await open_store(settings.database_path, settings.database_url)
    try:
        [left] = await alerts.open_digests(db)
        earlier = (left.started_at - timedelta(minutes=30)).isoformat()
        async with db.transaction() as conn:
            await conn.execute("UPDATE digest_sends SET started_at = ?", (earlier,))
    finally:
        await db.close()
    return fan, settings


async def test_a_digest_that_reached_discord_before_a_long_outage_is_not_sent_again(
    emu: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine_url: str | None
) -> None:
    fan, settings = await digest_left_written_down(
        emu, tmp_path, monkeypatch, engine_url, reached_discord=True
    )
    assert len(emu.dms(fan)) == 1
    async with running_bot(settings) as bot:
        await finished_digests(bot)  # the worker's first pass finds it in the DM channel, crossed out
        assert await digest_worker(bot).send_due() == 0
        assert await alerts.digest_targets(bot.db) == []
    [dm] = emu.dms(fan)
    assert dm["content"].startswith("📰 Your daily digest: 1 update")
    assert any(r["method"] == "GET" and r["path"].endswith("/messages") for r in emu.requests)


async def test_a_digest_that_never_reached_discord_before_a_long_outage_is_sent_once(
    emu: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine_url: str | None
) -> None:
    fan, settings = await digest_left_written_down(
        emu, tmp_path, monkeypatch, engine_url, reached_discord=False
    )
    assert emu.dms(fan) == []
    async with running_bot(settings) as bot:
        await finished_digests(bot)  # the worker's first pass does not find it: sent now
        assert await digest_worker(bot).send_due() == 0
    [dm] = emu.dms(fan)
    assert dm["content"].startswith("📰 Your daily digest: 1 update") and "season 3 renewed" in dm["content"]


async def test_a_routed_channel_may_open_a_thread_on_each_renewal_post(env: DiscordEnv) -> None:
    threaded = env.emu.add_channel(env.guild, "renewals")
    plain = env.emu.add_channel(env.guild, "quiet")
    await env.slash("alerts channel", user=env.admin, show=AOUAD, channel=threaded, thread=True)
    await env.slash("alerts channel", user=env.admin, show=AOUAD, channel=plain)
    await renew(env)
    await env.emu.wait_for(lambda: env.emu.threads, what="the discussion thread")
    [post] = env.emu.channel_messages(threaded)
    thread = env.emu.threads[int(post["id"])]
    assert thread["name"] == "All of Us Are Dead: season 3" and thread["parent_id"] == str(threaded)
    await asyncio.sleep(0.3)
    assert len(env.emu.threads) == 1  # the channel that did not ask for one has none
    assert len(env.emu.channel_messages(plain)) == 1


async def test_bad_digest_and_release_time_values_get_one_line_and_change_nothing(env: DiscordEnv) -> None:
    zone = await env.slash("alerts settings", mode="daily", timezone="Mars/Olympus")
    assert zone.ephemeral and zone.content.startswith("Mars/Olympus is not a time zone")
    assert await alerts.alert_settings(env.bot.db, "dm", env.fan.id) == alerts.DEFAULT_SETTINGS
    hour = await env.slash("alerts settings", hour=24)
    assert hour.ephemeral and "0 to 23" in hour.content
    owner = env.owner
    late = await env.slash("admin season set", user=owner, show=AOUAD, season=2, release_time="25:00")
    assert late.ephemeral and late.content == "Write the release time as 24-hour HH:MM, e.g. 21:00."
    dayless = await env.slash("admin season set", user=owner, show=AOUAD, season=2, release_time="21:00")
    assert dayless.content == "A release time needs the premiere's day: give premiere: YYYY-MM-DD too."
    zoneless = await env.slash("admin season set", user=owner, show=AOUAD, season=2, premiere="2027-03-05",
                               release_time="21:00")  # fmt: skip
    assert zoneless.content.startswith("A release time needs the show's time zone")
    show = await store.by_slug(env.bot.db, AOUAD)
    assert show is not None and show.timezone is None and show.seasons[1].premiere_at is None
