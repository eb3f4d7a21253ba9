"""`python -m bot run` against the loopback Discord on a store damaged past its header: the damage
shows only once the bot reads its catalogue, after logging in; it still ends in one line, exit 1."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.loopback.discord import FakeDiscord
from tests.test_cli_store import broken

AOUAD = "all-of-us-are-dead"


async def test_run_on_a_store_damaged_past_its_header_exits_with_one_line(
    emu: FakeDiscord, tmp_path: Path
) -> None:
    db = await asyncio.to_thread(broken, tmp_path, "damaged")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCORD")}
    env.update({"DATABASE_PATH": str(db), "DISCORD_TOKEN": emu.token, "DISCORD_API_BASE": emu.api_base,
                "DISCORD_GATEWAY_URL": emu.gateway_url, "PYTHONPATH": str(REPO)})  # fmt: skip
    env["TVMAZE_API_BASE"] = ""  # no TVmaze here
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--env-file", os.devnull, "run", env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await asyncio.wait_for(proc.communicate(), 60)  # a hang fails here
    text = err.decode()
    assert proc.returncode == 1, text
    assert "Traceback" not in text, text
    errors = [line for line in text.splitlines() if line.startswith("season2bot:")]
    assert len(errors) == 1 and "damaged" in errors[0], text
    assert text.rstrip().splitlines()[-1] == errors[0]


async def test_postgresql_dropping_the_bot_s_connections_mid_fan_out_loses_no_alert(
    emu: FakeDiscord, tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server ends every connection the bot holds (a restart, a failover, an administrator's
    pg_terminate_backend) while alerts go out: the deliveries caught in it are sent later, none is
    given up as failed, and the bot goes on answering."""
    import asyncpg

    from bot.domain.dates import FuzzyDate, today
    from bot.domain.events import Actor
    from bot.domain.models import Decision, Source
    from bot.edits import Editor
    from bot.store import alerts
    from cogs.alerts import _delivery
    from cogs.alerts._delivery import CONCURRENCY

    monkeypatch.setattr(_delivery, "LEASE", timedelta(seconds=3))  # not half a minute of waiting here
    from tests.conftest import fresh_database
    from tests.e2e.conftest import followers_of, running_bot, settings_for, world

    people = world(emu)
    url = await fresh_database(postgres_url)
    settings = settings_for(emu, tmp_path / "unused.db", people["guild"], people["curator_role"], url)
    name = url.rsplit("/", 1)[1]
    async with running_bot(settings) as bot:
        fans = await followers_of(bot.db, emu, AOUAD, 300)
        decision = Decision(3, "renewed", FuzzyDate(today()), Source("Netflix", "https://example.org/r"))
        await Editor(bot.db).record_decision(AOUAD, decision, Actor.user(1), checked=today())
        bot.dispatch("catalogue_changed", ())
        await emu.wait_for(
            lambda: sum(1 for f in fans if emu.dm_count(f)) >= 60, what="the fan-out under way"
        )
        admin = await asyncpg.connect(postgres_url)
        try:
            ended = await admin.fetchval(
                "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = $1 AND pid <> pg_backend_pid()",
                name,
            )
        finally:
            await admin.close()
        assert ended >= 1
        await emu.wait_for(lambda: all(emu.dm_count(f) for f in fans), within=90, what="every fan's DM")
        # A send whose "sent" mark the cut lost is sent again when its lease lapses: at most
        # what was in flight is doubled, and nothing is given up.
        for _ in range(900):
            health = await alerts.outbox_health(bot.db)
            if health.totals.pending == 0:
                break
            await asyncio.sleep(0.1)
        assert health.totals.failed == 0 and health.totals.pending == 0 and health.totals.sent == len(fans)
        assert 0 <= sum(emu.dm_count(f) for f in fans) - len(fans) <= CONCURRENCY
        card = await emu.slash(
            "season2", user=people["fan"], guild=people["guild"], show="all-of-us-are-dead"
        )
        assert "All of Us Are Dead" in card.text
