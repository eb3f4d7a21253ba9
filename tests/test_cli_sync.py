"""`python -m bot sync` as an operator runs it: a real subprocess, a real database file, and the
loopback TVmaze (TVMAZE_API_BASE pointing at it)."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.domain.dates import FuzzyDate
from bot.domain.events import Actor
from bot.domain.models import Links, Season, Show
from bot.edits import Editor
from bot.store import Database, alerts, curation, review
from bot.store import catalogue as store
from tests.conftest import REPO, TWIN_NOW, make_show, put
from tests.loopback.tvmaze import TVmazeTwin, add_fictional_shows, add_under_the_dome

NOW = TWIN_NOW


def ago(days: int) -> FuzzyDate:
    return FuzzyDate((datetime.fromtimestamp(NOW, UTC) - timedelta(days=days)).date())


def catalogue_show(slug: str, title: str, platform: str, first: FuzzyDate, **extra: object) -> Show:
    show = make_show(slug, title, platform=platform, seasons=(Season(1, first),), decisions=(),
                     original_title=None, aliases=(), **extra)  # fmt: skip
    return replace(show, cast=())


async def cli(db_path: Path, base: str, *args: str) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD", "TVMAZE"))}
    env.update({"DATABASE_PATH": str(db_path), "PYTHONPATH": str(REPO), "TVMAZE_API_BASE": base})
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--env-file", os.devnull, *args, env=env, cwd=db_path.parent,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def sync(db_path: Path, base: str, *args: str) -> tuple[int, str, str]:
    return await cli(db_path, base, "sync", *args)


async def test_sync_links_what_agrees_and_lists_the_rest(twin: TVmazeTwin, tmp_path: Path) -> None:
    dome = add_under_the_dome(twin)  # TVmaze's show 1: before the others take the first ids
    ids = add_fictional_shows(twin)
    db_path = tmp_path / "s.db"
    db = await Database.open(db_path)
    await put(db, [
        catalogue_show("the-lanterns-of-vell", "The Lanterns of Vell", "Channel Vell", ago(400)),
        catalogue_show("paper-harbour", "Paper Harbour", "Harbour One", ago(1500)),
        catalogue_show("moth-street", "Moth Street", "Netflix", ago(700)),  # TVmaze: Moth TV
        catalogue_show("under-the-dome", "A Dome by Another Name", "CBS", FuzzyDate.parse("2013-06-24"),
                       links=Links(imdb="tt1553656")),  # linked by its IMDb id, whatever the title
        catalogue_show("nowhere-show", "Nowhere Show Zzq", "Netflix", ago(10)),
    ])  # fmt: skip
    await db.close()

    code, out, err = await sync(db_path, twin.base_url)

    assert code == 0, err
    assert f"linked: the-lanterns-of-vell -> TVmaze {ids['vell']}" in out
    assert f"linked: paper-harbour -> TVmaze {ids['harbour']}" in out
    assert f"linked: under-the-dome -> TVmaze {dome}" in out
    assert "needs a curator: moth-street" in out and "Moth TV" in out
    assert "not on TVmaze: nowhere-show" in out
    assert "Linking: 5 shows looked up: 3 linked, 1 not on TVmaze, 1 for a curator, 0 not done." in out
    assert "refreshed: the-lanterns-of-vell (seasons 1, 2)" in out  # its finale, counts, and season 2
    # moth-street's link, and two decisions TVmaze's "Ended" points to (a curator decides each)
    assert "3 items wait in the review queue (/admin review)." in out
    assert "proposed: paper-harbour season 3 ended? TVmaze's status turned Ended after season 2" in out
    db = await Database.open(db_path)
    try:
        vell = await store.by_slug(db, "the-lanterns-of-vell")
        assert vell is not None and vell.links == Links(ids["vell"], "tt99900001", 99900001)
        season_two = vell.season(2)
        assert season_two is not None and season_two.premiere == ago(-30) and season_two.episodes == 8
        moth = await store.by_slug(db, "moth-street")
        assert moth is not None and not moth.links
        entries = await curation.audit_entries(db, "the-lanterns-of-vell")
        assert [(e.actor, e.action) for e in entries[:2]] == [
            ("TVmaze", "tvmaze.refresh"),
            ("TVmaze", "link"),
        ]
        # Linking, and the first refresh after it, alert nobody: that past is not news.
        assert await db.fetchone("SELECT * FROM events") is None
    finally:
        await db.close()

    again_code, again, _ = await sync(db_path, twin.base_url)  # linked shows are not looked up again
    assert again_code == 0 and "Linking: 2 shows looked up: 0 linked" in again
    assert "Refreshing: 0 refreshed" in again
    assert "3 items wait in the review queue" in again  # proposed once, not once a run
    twin.vanish(ids["harbour"])
    every_code, every, _ = await sync(db_path, twin.base_url, "--all")  # every linked show fetched
    assert every_code == 0, every
    assert "gone from TVmaze: paper-harbour" in every and "1 gone" in every


async def test_a_refresh_alerts_followers_once_and_keeps_a_persons_value(
    twin: TVmazeTwin, tmp_path: Path
) -> None:
    # Alerts are for premieres still ahead of the real today, so TVmaze's clock is today's here.
    twin.now = int(time.time())

    def ago(days: int) -> FuzzyDate:
        return FuzzyDate((datetime.fromtimestamp(twin.now, UTC) - timedelta(days=days)).date())

    ids = add_fictional_shows(twin)
    db_path = tmp_path / "s.db"
    db = await Database.open(db_path)
    vell = catalogue_show("the-lanterns-of-vell", "The Lanterns of Vell", "Channel Vell", ago(400),
                          links=Links(tvmaze=ids["vell"]))  # fmt: skip
    harbour = replace(
        catalogue_show(
            "paper-harbour", "Paper Harbour", "Harbour One", ago(1500), links=Links(tvmaze=ids["harbour"])
        ),
        seasons=(Season(1, ago(1500)), Season(2, ago(850))),
    )  # a person's date; TVmaze says -860
    await put(db, [vell, harbour])
    stored = await store.by_slug(db, "the-lanterns-of-vell")
    assert stored is not None
    await alerts.subscribe(db, 42, stored.id)
    await db.close()

    code, out, err = await sync(db_path, twin.base_url)
    assert code == 0, err
    assert "refreshed: the-lanterns-of-vell" in out
    assert (
        f"kept ours: paper-harbour season 2 premiere is {ago(850).iso()}, TVmaze says {ago(860).iso()}" in out
    )

    # TVmaze moves season 2's premiere: the next run fetches only what /updates names.
    season = next(s for s in twin.shows[ids["vell"]].seasons if s.number == 2)
    season.premiere_date = ago(-45).iso()
    twin.touch(ids["vell"])
    code, out, err = await sync(db_path, twin.base_url)
    assert code == 0, err
    assert "refreshed: the-lanterns-of-vell (seasons 2)" in out
    code, out, _ = await sync(db_path, twin.base_url)  # nothing new: nothing applied, nobody told twice
    assert "Refreshing: 0 refreshed" in out

    db = await Database.open(db_path)
    try:
        kinds = [r[0] for r in await db.fetchall("SELECT kind FROM events ORDER BY id")]
        assert kinds == ["premiere_set", "premiere_moved"]
        assert len(await db.fetchall("SELECT * FROM deliveries WHERE target_id = 42")) == 2
        # The conflict, and the decisions TVmaze's data points to, for a curator to decide: Vell's
        # season 2 listed with a date ahead (a renewal), Paper Harbour "Ended".
        *decisions, item = await review.pending(db)
        proposed = {(d.show_title, d.data["season"], d.data["status"]) for d in decisions}
        assert proposed == {("The Lanterns of Vell", 2, "renewed"), ("Paper Harbour", 3, "ended")}
        assert item.kind == "conflict" and item.show_title == "Paper Harbour"
        assert (
            item.summary
            == f"season 2 premiere: the catalogue says {ago(850).iso()}, TVmaze says {ago(860).iso()}"
        )
        kept = await store.by_slug(db, "paper-harbour")
        season_two = kept.season(2) if kept is not None else None
        assert season_two is not None and season_two.premiere == ago(850)  # the person's value stays
        assert season_two.episodes == 8  # and TVmaze filled what was empty
        # A curator takes TVmaze's date: the next run finds nothing left to decide.
        await Editor(db).set_season("paper-harbour", 2, Actor.user(1), premiere=ago(860))
        twin.touch(ids["harbour"])
    finally:
        await db.close()
    code, out, _ = await sync(db_path, twin.base_url)
    assert code == 0 and "kept ours" not in out and "2 items wait in the review queue" in out
    db = await Database.open(db_path)
    try:
        # The conflict is settled; the proposed decisions wait for a curator's press.
        assert {i.kind for i in await review.pending(db)} == {"decision"}
    finally:
        await db.close()


async def test_sync_one_show(twin: TVmazeTwin, tmp_path: Path) -> None:
    ids = add_fictional_shows(twin)
    db_path = tmp_path / "s.db"
    db = await Database.open(db_path)
    await put(db, [catalogue_show("paper-harbour", "Paper Harbour", "Harbour One", ago(1500)),
                   catalogue_show("moth-street", "Moth Street", "Moth TV", ago(700))])  # fmt: skip
    await db.close()
    code, out, _ = await sync(db_path, twin.base_url, "--show", "moth-street")
    assert code == 0 and f"linked: moth-street -> TVmaze {ids['moth']}" in out and "paper-harbour" not in out
    code, _, err = await sync(db_path, twin.base_url, "--show", "no-such-show")
    assert code == 1 and err.count("\n") == 1 and "no-such-show" in err


async def test_tvmaze_out_of_reach_is_one_line_and_exit_1(twin: TVmazeTwin, tmp_path: Path) -> None:
    db_path = tmp_path / "s.db"
    db = await Database.open(db_path)
    await put(db, [catalogue_show(f"show-{i}", f"Show {i}", "Netflix", ago(10)) for i in range(4)])
    await db.close()
    await twin.down()
    code, _, err = await sync(db_path, twin.base_url)
    assert code == 1 and "Traceback" not in err
    assert err.strip().count("\n") == 0 and "TVmaze could not be reached" in err


async def test_tvmaze_turned_off_is_a_setting_error(tmp_path: Path) -> None:
    code, _, err = await sync(tmp_path / "s.db", "")
    assert code == 2 and "TVMAZE_API_BASE" in err


async def test_an_odd_id_from_tvmaze_is_left_out_not_fatal(twin: TVmazeTwin, tmp_path: Path) -> None:
    odd = twin.add_show("Odd Ids", premiered="2020-02-02", network=("Odd Net", "US", "America/New_York"),
                        imdb="tt12")  # fmt: skip
    db_path = tmp_path / "s.db"
    db = await Database.open(db_path)
    await put(db, [catalogue_show("odd-ids", "Odd Ids", "Odd Net", FuzzyDate.parse("2020-02-02"))])
    await db.close()
    code, out, err = await sync(db_path, twin.base_url)
    assert code == 0, err
    assert f"linked: odd-ids -> TVmaze {odd}" in out
    db = await Database.open(db_path)
    try:
        linked = await store.by_slug(db, "odd-ids")
        assert linked is not None and linked.links == Links(tvmaze=odd)  # no malformed IMDb id stored
    finally:
        await db.close()


async def test_ask_answers_a_title_the_catalogue_lacks_from_tvmaze(twin: TVmazeTwin, tmp_path: Path) -> None:
    ids = add_fictional_shows(twin)
    db_path = tmp_path / "s.db"

    code, out, err = await cli(db_path, twin.base_url, "ask", "Paper Harbour")

    assert code == 0, err
    assert "'Paper Harbour' is not in the catalogue: TVmaze's data follows" in err
    assert "NOT REVIEWED YET: No curator has reviewed Paper Harbour yet" in out
    assert "TVmaze's status: Ended." in out and "Platform: Harbour One (CA)" in out
    assert f"Seasons and dates from TVmaze (CC BY-SA): https://www.tvmaze.com/shows/{ids['harbour']}" in out
    # Asked again: the store has it now; the bundled catalogue is still answered as always.
    again = await cli(db_path, twin.base_url, "ask", "paper-harbour")
    assert again[0] == 0 and "not in the catalogue" not in again[2]
    known = await cli(db_path, twin.base_url, "ask", "All of Us Are Dead")
    assert known[0] == 0 and "RENEWED" in known[1]
    await twin.down()
    code, out, err = await cli(db_path, twin.base_url, "ask", "Quiet Orbit")
    assert code == 1 and out == ""
    assert err.strip().endswith(
        "No show in the catalogue matches 'Quiet Orbit', and TVmaze could not be reached to look further."
        " Try again later."
    )
