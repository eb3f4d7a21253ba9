"""`python -m bot run` against the loopback Discord on a store damaged past its header: the damage
shows only once the bot reads its catalogue, after logging in; it still ends in one line, exit 1."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.loopback.discord import FakeDiscord
from tests.test_cli_store import broken


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
