"""Show lookup through Discord: /season2, autocomplete, /show info|search|upcoming."""

import json
from datetime import UTC, datetime, timedelta

from bot.domain.dates import FuzzyDate, today
from bot.domain.events import Actor
from bot.domain.models import Decision, Source
from bot.edits import Editor
from tests.e2e.conftest import DiscordEnv

AOUAD = "all-of-us-are-dead"


async def test_season2_answers_renewed_with_its_source(env: DiscordEnv) -> None:
    reply = await env.slash("season2", show=AOUAD)
    assert not reply.ephemeral
    assert reply.content == "All of Us Are Dead, season 2: Renewed."  # the line a notification reads
    embed = reply.embeds[0]
    assert embed["title"] == "Will there be season 2 of All of Us Are Dead?"
    assert embed["description"].startswith("**Renewed.**") and "June 2022" in embed["description"]
    assert "by Deadline" in embed["description"]  # the bundled catalogue's source for the renewal
    source = "https://deadline.com/2022/06/all-of-us-are-dead-renewed-season-2-netflix-1235038221/"
    links = [c.get("url") for row in reply.components for c in row["components"]]
    assert source in links
    # Named once, linked once: not again, raw, in the sentence or a "Source:" line under it.
    assert json.dumps(reply.embeds).count("deadline.com") == 0
    button = next(c for row in reply.components for c in row["components"] if c.get("url") == source)
    assert button["label"] == "Source: Deadline"
    assert any(f["name"] == "Premiere" for f in embed["fields"])
    assert "Park Ji-hu as Nam On-jo" in reply.text
    assert reply.button("Alert me").startswith("alert:")


async def test_a_long_silence_is_set_against_when_the_catalogues_renewals_came(env: DiscordEnv) -> None:
    reply = await env.slash("season2", show="sherlock")
    text = reply.embeds[0]["description"]
    assert text.startswith("**Awaiting a decision.** No decision on season 5 yet.")
    assert "Season 4 came out 1 January 2017, about " in text
    assert " renewals in the catalogue came about " in text and "or more after the season before." in text


async def test_typed_name_without_autocomplete_still_finds_the_show(env: DiscordEnv) -> None:
    reply = await env.slash("season2", show="all of us are ded")
    assert reply.embeds and "All of Us Are Dead" in reply.embeds[0]["title"]


async def test_season_one_is_already_out_and_bad_seasons_are_refused(env: DiscordEnv) -> None:
    out = await env.slash("season2", show=AOUAD, season=1)
    assert out.embeds[0]["description"].startswith("**Already out.**")
    for bad in (0, 51):
        reply = await env.slash("season2", show=AOUAD, season=bad)
        assert reply.ephemeral and reply.content == "Season must be from 1 to 50."


async def test_autocomplete_forgives_typos_aliases_and_original_titles(env: DiscordEnv) -> None:
    for typed in ("all of us are ded", "AOUAD", "지금 우리 학교는", "now at our school"):
        choices = await env.choices("season2", "show", typed)
        assert choices and choices[0]["value"] == AOUAD, typed
        assert "All of Us Are Dead" in choices[0]["name"] and "Netflix" in choices[0]["name"]
    empty = await env.choices("season2", "show", "")
    assert 1 <= len(empty) <= 25


async def test_a_name_two_shows_share_asks_which_one(env: DiscordEnv) -> None:
    reply = await env.slash("season2", show="Ghosts")
    assert reply.ephemeral and reply.content.startswith("'Ghosts' is the name of more than one show:")
    assert "**Ghosts (2019, BBC One)**" in reply.content and "**Ghosts (2021, CBS)**" in reply.content
    choices = await env.choices("season2", "show", "Ghosts")
    assert {"ghosts", "ghosts-us"} <= {c["value"] for c in choices[:2]}
    picked = await env.slash("season2", show="ghosts-us")  # what picking from the list sends
    assert not picked.ephemeral and picked.embeds


async def test_unknown_show_is_ephemeral_escaped_and_pings_nobody(env: DiscordEnv) -> None:
    reply = await env.slash("season2", show="@everyone **zzqx**")
    assert reply.ephemeral and reply.content.startswith("No show matches '")
    assert "**zzqx**" not in reply.content and "\\*\\*zzqx\\*\\*" in reply.content
    callback = next(r for r in reversed(env.emu.requests) if r["path"].endswith("/callback"))
    assert callback["json"]["data"]["allowed_mentions"]["parse"] == []


async def test_show_info_pages_only_for_the_asker(env: DiscordEnv) -> None:
    db = env.bot.db
    for n in range(3, 12):  # a long history: enough decisions for a second page
        await Editor(db).record_decision(AOUAD, _renewal(n), Actor.user(env.owner.id), checked=today())
    reply = await env.slash("show info", show=AOUAD)
    assert "Seasons" in reply.text and "Park Ji-hu" in reply.text
    assert "page" in (reply.embeds[0].get("footer") or {}).get("text", "").lower()
    nope = await env.emu.click(reply, reply.button("Next"), user=env.mod, guild=env.guild)
    assert nope.ephemeral and "belong to whoever asked" in nope.content
    turned = await env.emu.click(reply, reply.button("Next"), user=env.fan, guild=env.guild)
    assert turned.callback_type == 7 and "newest first" in turned.embeds[0]["title"]


def _renewal(season: int) -> Decision:
    return Decision(
        season, "renewed", FuzzyDate.parse("2023-01"), Source("Example", f"https://example.org/{season}")
    )


async def test_show_search_ranks_and_labels(env: DiscordEnv) -> None:
    reply = await env.slash("show search", query="dead")
    assert "All of Us Are Dead" in reply.text and "Netflix" in reply.text and "renewed" in reply.text
    nothing = await env.slash("show search", query="qqzzxx")
    assert nothing.ephemeral and nothing.content.startswith("Nothing matches")


async def test_show_upcoming_lists_days_in_words_and_instants_as_timestamps(env: DiscordEnv) -> None:
    empty = await env.slash("show upcoming", days=1)
    assert "No premiere dates" in empty.text or "Premieres in the next" in empty.text
    soon = today() + timedelta(days=10)
    await Editor(env.bot.db).set_season(AOUAD, 2, Actor.user(env.owner.id), premiere=FuzzyDate(soon))
    reply = await env.slash("show upcoming", days=30)
    # Known only to the day: written as a day (a timestamp would invent a time and a zone).
    assert "All of Us Are Dead" in reply.text and FuzzyDate(soon).human() in reply.text
    assert "<t:" not in reply.text
    # Known to the minute: Discord timestamps, which every reader sees in their own zone.
    at = datetime(soon.year, soon.month, soon.day, 8, tzinfo=UTC)  # 17:00 in Seoul
    await Editor(env.bot.db).set_season(AOUAD, 2, Actor.user(env.owner.id), premiere_at=at)
    timed = await env.slash("show upcoming", days=30)
    stamp = int(at.timestamp())
    assert f"<t:{stamp}:F> (<t:{stamp}:R>)" in timed.text
    card = await env.slash("season2", show=AOUAD)
    assert f"Confirmed for <t:{stamp}:F> (<t:{stamp}:R>)." in card.text
    bad = await env.slash("show upcoming", days=400)
    assert bad.ephemeral and bad.content == "Days must be from 1 to 365."
