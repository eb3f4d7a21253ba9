"""Changes made by another process reach the running bot: a real `python -m bot import` while the
bot serves, against the loopback Discord."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from bot.domain.catalogue_file import to_document
from bot.domain.dates import FuzzyDate, today
from bot.domain.models import Decision, Show, Source
from bot.store import catalogue as store
from tests.conftest import REPO, make_show
from tests.e2e.conftest import DiscordEnv

AOUAD = "all-of-us-are-dead"
URL = "https://example.org/news/aouad-season-3-renewed"


async def cli(env: DiscordEnv, tmp_path: Path, *args: str) -> str:
    """`python -m bot ARGS` as an operator runs it, on the bot's own database, while the bot runs."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("DISCORD")}
    environ["DATABASE_PATH"] = str(env.settings.database_path)
    environ["DATABASE_URL"] = env.settings.database_url or ""
    environ["PYTHONPATH"] = str(REPO)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--env-file", os.devnull, *args, env=environ, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    return out.decode()


def write_catalogue(path: Path, shows: list[Show]) -> Path:
    path.write_text(json.dumps(to_document(shows), ensure_ascii=False), encoding="utf-8")
    return path


async def aouad(env: DiscordEnv) -> Show:
    show = await store.by_slug(env.bot.db, AOUAD)
    assert show is not None
    return show


async def test_a_cli_import_reaches_the_card_search_and_the_subscriber(
    env: DiscordEnv, tmp_path: Path
) -> None:
    await env.slash("alerts subscribe", show=AOUAD)
    before = await aouad(env)
    renewal = Decision(3, "renewed", FuzzyDate(today() - timedelta(days=2)), Source("Netflix", URL))
    changed = replace(
        before, decisions=(*before.decisions, renewal), aliases=(*before.aliases, "Zombie Campus")
    )
    file = write_catalogue(tmp_path / "aouad.json", [changed])

    printed = await cli(env, tmp_path, "import", str(file))
    assert "1 updated" in printed and "1 alert events" in printed

    # The subscriber is told, by the bot's own worker, of a change another process made.
    await env.emu.wait_for(lambda: len(env.emu.dms(env.fan)) == 1, within=10, what="the DM")
    [dm] = env.emu.dms(env.fan)
    assert "season 3 renewed" in dm["content"] and URL in dm["content"]
    # The card and the search index follow the change log too.
    card = await env.slash("season2", show=AOUAD, season=3)
    assert "renewed" in card.text.lower() and "Netflix" in card.text
    choices = await env.choices("season2", "show", "zombie campus")
    assert choices and choices[0]["value"] == AOUAD


async def test_a_quiet_import_updates_the_bot_and_alerts_nobody(env: DiscordEnv, tmp_path: Path) -> None:
    await env.slash("alerts subscribe", show=AOUAD)
    before = await aouad(env)
    renewal = Decision(3, "renewed", FuzzyDate(today()), Source("Netflix", URL))
    file = write_catalogue(tmp_path / "quiet.json", [replace(before, decisions=(*before.decisions, renewal))])
    await cli(env, tmp_path, "import", "--quiet", str(file))
    await env.emu.wait_for(lambda: env.bot.follower.applied >= 1, within=10, what="the change applied")
    card = await env.slash("season2", show=AOUAD, season=3)
    assert "renewed" in card.text.lower()
    await asyncio.sleep(1.0)  # a worker that was going to send would have by now
    assert env.emu.dms(env.fan) == []


async def test_a_bulk_import_elsewhere_reloads_the_catalogue(env: DiscordEnv, tmp_path: Path) -> None:
    count = len(env.bot.catalogue.index.entries)
    shows = [make_show(f"bulk-show-{i}", f"Bulk Show Number {i}", decisions=()) for i in range(600)]
    file = write_catalogue(tmp_path / "bulk.json", shows)
    await cli(env, tmp_path, "import", str(file))
    await env.emu.wait_for(
        lambda: len(env.bot.catalogue.index.entries) == count + 600, within=15, what="the reload"
    )
    choices = await env.choices("season2", "show", "bulk show number 599")
    assert choices and choices[0]["value"] == "bulk-show-599"


async def test_re_running_seed_alerts_nobody(env: DiscordEnv, tmp_path: Path) -> None:
    await env.slash("alerts subscribe", show=AOUAD)
    printed = await cli(env, tmp_path, "seed")
    assert "0 added, 0 updated" in printed and "alert" not in printed
    await asyncio.sleep(1.5)
    assert env.emu.dms(env.fan) == []
