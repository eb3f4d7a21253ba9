"""Hostile input through Discord: every answer stays within Discord's limits and is one line."""

from __future__ import annotations

import json

from tests.e2e.conftest import DiscordEnv


async def test_an_import_error_echoing_a_huge_key_is_still_answered(env: DiscordEnv) -> None:
    key = "k" * 5_000
    row = {"slug": "x", "title": "X", "platform": "Netflix", "country": "US", "last_checked": "2026-11-01",
           "seasons": [], key: 1}  # fmt: skip
    for document in ({"version": 1, "shows": [row]}, {"version": 1, "shows": [], key: 1}):
        data = json.dumps(document).encode()
        reply = await env.slash("admin import", user=env.owner, file=("huge-key.json", data))
        await reply.final()
        assert reply.ephemeral
        assert 0 < len(reply.text) < 2_000, "the curator must see an answer, not 'thinking…' forever"
        assert "Something broke" not in reply.text
