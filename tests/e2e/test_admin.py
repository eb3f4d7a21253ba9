"""Curator tools through Discord: who may do what, and that refusals change nothing."""

import json
from typing import Any

import pytest

from bot import render
from bot.store import catalogue as store
from bot.store import curation
from tests.e2e.conftest import DiscordEnv
from tests.loopback.discord import User

AOUAD = "all-of-us-are-dead"
URL = (
    "https://www.netflix.com/tudum/articles/all-of-us-are-dead-season-3"  # a test value, never shown as fact
)


def catalogue_file(env: DiscordEnv) -> tuple[str, bytes]:
    doc = {
        "version": 1,
        "shows": [
            {
                "slug": "test-show",
                "title": "Test Show",
                "platform": "HBO",
                "country": "US",
                "last_checked": "2026-11-25",
                "seasons": [{"number": 1, "premiere": "2024-05"}],
            }
        ],
    }
    return ("shows.json", json.dumps(doc).encode())


COMMANDS: list[tuple[str, dict[str, Any]]] = [
    ("admin show add", {}),
    ("admin show edit", {"show": AOUAD}),
    ("admin season set", {"show": AOUAD, "season": 2, "episodes": 8}),
    ("admin decision", {"show": AOUAD, "season": 3, "status": "renewed", "source_url": URL}),
    ("admin import", {"file": None}),
    ("admin export", {}),
    ("admin audit", {}),
    ("admin status", {}),
]


async def snapshot(env: DiscordEnv) -> tuple[Any, ...]:
    shows = await store.all_shows(env.bot.db)
    return (
        tuple(shows),
        tuple(await curation.audit_entries(env.bot.db)),
        tuple(await curation.list_curators(env.bot.db)),
    )


@pytest.mark.parametrize(("command", "options"), COMMANDS)
async def test_plain_members_and_server_admins_are_refused_and_nothing_changes(
    env: DiscordEnv, command: str, options: dict[str, Any]
) -> None:
    if "file" in options:
        options = {"file": catalogue_file(env)}
    before = await snapshot(env)
    for user in (env.fan, env.admin):  # env.admin has Manage Server but is no curator
        reply = await env.slash(command, user=user, **options)
        assert reply.ephemeral and reply.content.startswith("Only curators can use this."), command
    assert await snapshot(env) == before


async def curator_by_table(env: DiscordEnv) -> User:
    helper = env.emu.add_user("table-curator")
    env.emu.add_member(env.guild, helper)
    added = await env.emu.slash(
        "admin curators add", user=env.owner, guild=env.guild, options={"user": helper}
    )
    assert "is now a curator" in added.content and added.ephemeral
    return helper


@pytest.mark.parametrize("who", ["owner", "curator-by-role", "curator-by-table"])
async def test_curators_may_use_every_admin_command(env: DiscordEnv, who: str) -> None:
    user = {"owner": env.owner, "curator-by-role": env.curator}.get(who) or await curator_by_table(env)
    for command, options in COMMANDS:
        if "file" in options:
            options = {"file": catalogue_file(env)}
        reply = await env.slash(command, user=user, **options)
        assert not reply.content.startswith("Only curators"), (command, reply.content)
        if command.endswith("add") or command.endswith("edit"):
            assert reply.callback_type == 9  # the modal
    entries = await curation.audit_entries(env.bot.db)
    assert {e.action for e in entries} >= {"season.set", "decision", "import"}


async def test_only_owners_manage_curators(env: DiscordEnv) -> None:
    for user in (env.fan, env.admin, env.curator):
        reply = await env.emu.slash(
            "admin curators add", user=user, guild=env.guild, options={"user": env.fan}
        )
        assert reply.ephemeral and reply.content == "Only the bot's owners can do this."
    assert await curation.list_curators(env.bot.db) == []
    listed = await env.slash("admin curators list", user=env.owner)
    assert "bot's owners" in listed.content


async def test_owner_records_a_renewal_and_the_card_changes(env: DiscordEnv) -> None:
    reply = await env.slash(
        "admin decision",
        user=env.owner,
        show=AOUAD,
        season=3,
        status="renewed",
        source_url=URL,
        date="2026-11-20",
    )
    assert reply.ephemeral and reply.content.startswith("Recorded: **All of Us Are Dead** season 3 renewed")
    card = await env.slash("season2", show=AOUAD, season=3)
    assert card.embeds[0]["description"].startswith("**Renewed.**")
    assert (
        "netflix.com" in card.embeds[0]["description"] and "20 November 2026" in card.embeds[0]["description"]
    )
    [entry, *_] = await curation.audit_entries(env.bot.db, AOUAD)
    assert entry.actor_id == env.owner.id and entry.action == "decision"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"source_url": "not a link"}, "source_url must be a link"),
        ({"source_url": URL, "date": "20-11-2026"}, "date must be a date like 2025-06-27"),
        ({"source_url": URL, "date": "2099-01-01"}, "in the future"),
        ({"source_url": URL, "date": "2999-01-01"}, "between 1900 and 2100"),
        ({"source_url": URL, "final": True, "status": "cancelled"}, "`final` goes with a renewal"),
        ({"source_url": URL, "publisher": "Net\x00flix"}, "control characters"),
    ],
)
async def test_decision_options_are_validated(env: DiscordEnv, options: dict[str, Any], message: str) -> None:
    args = {"show": AOUAD, "season": 3, "status": "renewed", **options}
    before = await snapshot(env)
    reply = await env.slash("admin decision", user=env.owner, **args)
    assert reply.ephemeral and message in reply.content and "\n" not in reply.content
    assert await snapshot(env) == before


async def test_show_add_modal_creates_a_show(env: DiscordEnv) -> None:
    modal = await env.slash("admin show add", user=env.curator)
    ids = [field["custom_id"] for field in modal.inputs()]
    values = dict(
        zip(ids, ["Mask Girl", "Netflix", "KR ko", "마스크걸\nMaskgirl", "Webtoon: Mask Girl"], strict=True)
    )
    done = await env.emu.submit_modal(modal, values, user=env.curator, guild=env.guild)
    assert done.ephemeral and "Added **Mask Girl** (`mask-girl`)" in done.content
    show = await store.by_slug(env.bot.db, "mask-girl")
    assert show is not None and show.original_title == "마스크걸" and show.aliases == ("Maskgirl",)
    choices = await env.choices("season2", "show", "mask gir")
    assert choices[0]["value"] == "mask-girl"  # the search index knows it at once


async def test_import_dry_run_then_real_and_export_round_trip(env: DiscordEnv) -> None:
    dry = await env.slash("admin import", user=env.owner, file=catalogue_file(env), dry_run=True)
    await dry.final()
    assert (
        "Dry run: nothing was written" in dry.content and await store.by_slug(env.bot.db, "test-show") is None
    )
    real = await env.slash("admin import", user=env.owner, file=catalogue_file(env))
    await real.final()
    assert "Imported 1 shows" in real.content and await store.by_slug(env.bot.db, "test-show") is not None
    exported = await env.slash("admin export", user=env.owner)
    await exported.final()
    [(name, data)] = [(a["filename"], a["_bytes"]) for m in exported.followups for a in m["attachments"]]
    assert name.endswith(".json")
    again = await env.slash("admin import", user=env.owner, file=("again.json", data))
    await again.final()
    assert "0 added, 0 updated" in again.content  # the export reads back as exactly the catalogue


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bad.json", b"{not json", "not valid JSON (line 1"),
        ("latin.csv", "slug,title\nx,Pok\xe9mon\n".encode("latin-1"), "not UTF-8"),
        ("cols.csv", b"slug,title\nx,X\n", "missing column(s): platform"),
        (
            "many.json",
            b'{"version": 1, "shows": [' + b",".join([b"{}"] * 100_001) + b"]}",
            "more than 100,000 shows",
        ),
        ("rows.json", b'{"version": 1, "shows": [{"slug": "Bad Slug"}]}', "row 1, slug"),
    ],
)
async def test_malformed_files_are_refused_and_nothing_is_written(
    env: DiscordEnv, name: str, data: bytes, message: str
) -> None:
    before = await snapshot(env)
    reply = await env.slash("admin import", user=env.owner, file=(name, data))
    await reply.final()
    assert message in reply.text and "Traceback" not in reply.text
    assert await snapshot(env) == before


async def test_a_50_mb_file_is_refused_before_download(env: DiscordEnv) -> None:
    reply = await env.slash("admin import", user=env.owner, file=("huge.json", b" " * (50 * 1024 * 1024)))
    assert reply.ephemeral and "50.0 MB; the limit is 10 MB" in reply.content
    assert not any(r["path"].startswith("/attachments") for r in env.emu.requests)


async def test_a_curator_records_a_production_milestone(env: DiscordEnv) -> None:
    link = "https://example.org/squid-game-wraps?utm_source=x"
    options = {"show": "squid-game", "season": 3, "kind": "wrapped", "source_url": link, "date": "2024-06"}
    refused = await env.slash("admin milestone", user=env.fan, **options)
    assert refused.ephemeral and "Only curators" in refused.content
    future = await env.slash("admin milestone", user=env.curator, **{**options, "date": "2099-01"})
    assert future.ephemeral and "in the future" in future.content
    done = await env.slash("admin milestone", user=env.curator, **options, publisher="Example News")
    assert done.ephemeral and "season 3 filming wrapped in June 2024, source Example News" in done.content
    show = await store.by_slug(env.bot.db, "squid-game")
    assert show is not None
    [step] = [m for m in show.milestones if m.kind == "wrapped"]
    assert step.source.url == "https://example.org/squid-game-wraps" and step.recorded_by == env.curator.id
    pages = render.show_pages(show)  # /show info's pages: the step is in the history, with its source
    assert any("season 3: filming wrapped in June 2024" in (p.description or "") for p in pages)
