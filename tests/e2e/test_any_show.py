"""Any show, on demand: a title the catalogue lacks is looked up on the loopback TVmaze, through the
real bot and the loopback Discord (issue 12, item 4)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.domain.dates import FuzzyDate
from bot.domain.models import Links, Season
from bot.store import catalogue as store
from bot.store import curation, open_store, review
from tests.conftest import make_show, put
from tests.e2e.conftest import DiscordEnv, running_bot, settings_for, world
from tests.loopback.discord import FakeDiscord, Reply
from tests.loopback.tvmaze import TVmazeTwin, add_fictional_shows


@pytest.fixture
async def live(
    emu: FakeDiscord, twin: TVmazeTwin, tmp_path: Path
) -> AsyncIterator[tuple[DiscordEnv, dict[str, int]]]:
    """The bundled catalogue, TVmaze on (the loopback twin with its fictional shows)."""
    ids = add_fictional_shows(twin)
    people = world(emu)
    settings = replace(
        settings_for(emu, tmp_path / "bot.db", people["guild"], people["curator_role"]),
        tvmaze_api_base=twin.base_url,
    )
    async with running_bot(settings) as bot:
        yield DiscordEnv(emu=emu, bot=bot, settings=settings, **people), ids


def searches(twin: TVmazeTwin) -> int:
    return sum(1 for r in twin.requests if r.path.startswith(("/singlesearch/", "/search/")))


async def ask(env: DiscordEnv, show: str, command: str = "season2", **more: object) -> Reply:
    reply = await env.slash(command, show=show, **more)
    return await reply.final()


async def test_a_title_the_catalogue_lacks_is_answered_from_tvmaze_and_labelled(
    live: tuple[DiscordEnv, dict[str, int]], twin: TVmazeTwin
) -> None:
    env, ids = live
    assert await store.by_links(env.bot.db, Links(tvmaze=ids["vell"])) is None

    reply = await ask(env, "The Lanterns of Vell")

    assert reply.callback_type == 5  # deferred while TVmaze answered
    card = reply.followups[-1]
    assert not int(card.get("flags") or 0) & 64  # the card itself is public, like any card
    text = reply.text
    assert "Not reviewed yet." in text and "no verdict" in text
    assert "TVmaze's status: Running" in text
    assert "Season 2 premiered" in text and "TVmaze lists no season 3." in text
    assert "Renewed" not in text and "Awaiting a decision" not in text  # no verdict invented
    assert f"https://www.tvmaze.com/shows/{ids['vell']}" in text  # the credit its licence asks for
    assert "Seasons and dates from [TVmaze]" in text
    stored = await store.by_links(env.bot.db, Links(tvmaze=ids["vell"]))
    assert stored is not None and not stored.reviewed and stored.tvmaze_status == "Running"
    assert (
        stored.slug == "the-lanterns-of-vell" and stored.platform == "Channel Vell" and stored.country == "GB"
    )
    assert [s.number for s in stored.seasons] == [1, 2]
    assert stored.links == Links(ids["vell"], "tt99900001", 99900001)
    audit = await curation.audit_entries(env.bot.db, stored.slug)
    assert [(e.actor, e.action) for e in audit] == [("TVmaze", "tvmaze.add")]
    assert await env.bot.db.fetchone("SELECT * FROM events") is None  # its past alerts nobody

    # Asked again (picked from the list this time): answered from the store, no second lookup.
    before = searches(twin)
    again = await ask(env, stored.slug)
    assert again.callback_type == 4 and "Not reviewed yet." in again.text
    assert searches(twin) == before
    choices = await env.choices("season2", "show", "lanterns of")
    assert choices[0]["value"] == stored.slug  # in the catalogue now: suggested like any show
    # Curators see it in the queue, with how often fans asked.
    items = await review.pending(env.bot.db)
    assert [(i.kind, i.show_id, i.asks) for i in items] == [("unreviewed", stored.id, 2)]
    queue = await env.slash("admin review", user=env.owner)
    assert "The Lanterns of Vell" in queue.text and "asked 2 times" in queue.text


async def test_show_info_for_a_title_the_catalogue_lacks(live: tuple[DiscordEnv, dict[str, int]]) -> None:
    env, ids = live
    reply = await ask(env, "Paper Harbour", command="show info")
    text = reply.text
    assert "Not reviewed yet:" in text and "TVmaze's status: Ended" in text
    assert "Season 1:" in text and "Season 2:" in text and "Harbour One (CA)" in text
    assert f"https://www.tvmaze.com/shows/{ids['harbour']}" in text


async def test_the_catalogue_s_own_show_is_answered_not_stored_twice(
    emu: FakeDiscord, twin: TVmazeTwin, tmp_path: Path, engine_url: str | None
) -> None:
    """TVmaze's hit is a show the catalogue holds (same title and premiere year, not yet linked):
    the answer is the catalogue's show, reviewed, with its verdict; nothing new is stored."""
    ids = add_fictional_shows(twin)
    people = world(emu)
    settings = replace(
        settings_for(
            emu, tmp_path / "bot.db", people["guild"], people["curator_role"], database_url=engine_url
        ),
        tvmaze_api_base=twin.base_url,
    )
    harbour = twin.show_payload(ids["harbour"])
    first = FuzzyDate.parse(harbour["premiered"])
    ours = make_show("paper-harbour", "Paper Harbour", platform="Harbour One", decisions=(),
                     seasons=(Season(1, first),), original_title=None, aliases=())  # fmt: skip
    db = await open_store(settings.database_path, settings.database_url)
    await put(db, [ours])
    await db.close()
    async with running_bot(settings) as bot:
        env = DiscordEnv(emu=emu, bot=bot, settings=settings, **people)
        # "tvmaze:" is what the "Search TVmaze for …" choice sends: looked up whatever the catalogue says.
        reply = await ask(env, "tvmaze:Paper Harbour")
        assert "Will there be season 2 of Paper Harbour?" in reply.text
        assert "Not reviewed yet" not in reply.text
        row = await bot.db.fetchone("SELECT COUNT(*) FROM shows")
        assert row is not None and row[0] == 1


async def test_autocomplete_offers_a_tvmaze_search_last_and_never_calls_it(
    live: tuple[DiscordEnv, dict[str, int]], twin: TVmazeTwin
) -> None:
    env, _ = live
    before = len(twin.requests)
    few = await env.choices("season2", "show", "lanterns of vell")
    assert few[-1] == {"name": "Search TVmaze for “lanterns of vell”", "value": "tvmaze:lanterns of vell"}
    many = await env.choices("season2", "show", "the")
    assert len(many) <= 25 and not any(c["value"].startswith("tvmaze:") for c in many)
    assert len(twin.requests) == before  # suggestions stay local
    # Commands that take only catalogue shows do not offer it.
    local = await env.emu.autocomplete(
        "alerts subscribe", "show", "lanterns of vell", user=env.fan, guild=env.guild
    )
    assert not any(c["value"].startswith("tvmaze:") for c in local)


async def test_tvmaze_down_says_so_and_never_slows_a_catalogue_answer(
    live: tuple[DiscordEnv, dict[str, int]], twin: TVmazeTwin
) -> None:
    env, _ = live
    await twin.down()
    try:
        started = time.monotonic()
        known = await ask(env, "All of Us Are Dead")
        assert "Will there be season 2 of All of Us Are Dead?" in known.text
        assert known.callback_type == 4 and time.monotonic() - started < 2.0
        unknown = await ask(env, "The Lanterns of Vell")
        error = unknown.followups[-1]
        assert int(error.get("flags") or 0) & 64  # to the asker alone
        assert "TVmaze could not be reached" in unknown.text and "No show matches" not in unknown.text
        # The public "thinking…" was removed, so the error is the asker's alone.
        general = env.emu.messages[env.guild.general]
        assert not any(m.get("_interaction") == unknown.interaction_id for m in general)
    finally:
        await twin.up()


async def test_a_title_tvmaze_does_not_know_either(live: tuple[DiscordEnv, dict[str, int]]) -> None:
    env, _ = live
    reply = await ask(env, "Zzqx Nothing Like It")
    assert "No show matches 'Zzqx Nothing Like It', in the catalogue or on TVmaze." in reply.text
    assert int(reply.followups[-1].get("flags") or 0) & 64


async def test_lookups_are_limited_per_user(
    live: tuple[DiscordEnv, dict[str, int]], twin: TVmazeTwin
) -> None:
    env, _ = live
    for n in "abcd":
        reply = await ask(env, f"Zzqx Nothing {n}")
        assert "on TVmaze" in reply.text
    before = searches(twin)
    refused = await ask(env, "Zzqx Nothing e")
    assert refused.ephemeral and "You have looked up 4 shows on TVmaze in the last minute" in refused.text
    assert searches(twin) == before  # refused before asking TVmaze
    other = await env.emu.slash("season2", user=env.mod, guild=env.guild, options={"show": "Zzqx Nothing f"})
    assert "on TVmaze" in (await other.final()).text  # another fan's lookups are their own


async def test_show_search_lists_tvmaze_candidates_after_the_catalogue(
    live: tuple[DiscordEnv, dict[str, int]], twin: TVmazeTwin
) -> None:
    env, ids = live
    reply = await (await env.slash("show search", query="Harbour")).final()
    text = reply.text
    assert "On TVmaze, not in the catalogue yet" in text
    assert "Paper Harbour" in text and f"https://www.tvmaze.com/shows/{ids['harbour']}" in text
    await twin.down()
    try:
        local = await (await env.slash("show search", query="Squid Game")).final()
        assert "Squid Game" in local.text and "TVmaze could not be reached" in local.text
    finally:
        await twin.up()
