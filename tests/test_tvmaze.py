"""The TVmaze client against the loopback TVmaze: TVmaze's documented shapes read into values, and
TVmaze failing, slow, rate-limiting or answering garbage said in one line, never raised raw."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest

from bot.tvmaze import TVmaze, TVmazeUnavailable, parse_show, plain_text
from tests.conftest import TWIN_NOW
from tests.loopback.tvmaze import TVmazeTwin, sample_world

NOW = TWIN_NOW


@pytest.fixture
async def tv(twin: TVmazeTwin) -> AsyncIterator[TVmaze]:
    async with TVmaze(twin.base_url, backoff=0.01, timeout=1.0) as client:
        yield client


async def test_a_show_comes_with_its_seasons_next_episode_network_and_ids(
    twin: TVmazeTwin, tv: TVmaze
) -> None:
    ids = sample_world(twin)
    show = await tv.show(ids["vell"])
    assert show is not None
    assert (show.name, show.status, show.network, show.country, show.timezone) == (
        "The Lanterns of Vell", "Running", "Channel Vell", "GB", "Europe/London",
    )  # fmt: skip
    assert (show.imdb, show.thetvdb) == ("tt99900001", 99900001)
    assert [s.number for s in show.seasons] == [1, 2]
    assert show.seasons[0].episodes == 10 and show.seasons[1].end is None
    assert show.next_episode is not None and show.next_episode.season == 2
    assert show.next_episode.airstamp is not None and show.next_episode.airstamp.tzinfo is UTC
    assert show.url.startswith("https://www.tvmaze.com/shows/") or show.url.startswith(twin.base_url)


async def test_a_streamer_show_and_one_in_development_are_read_as_far_as_they_go(twin, tv) -> None:
    ids = sample_world(twin)
    orbit = await tv.show(ids["orbit"])
    assert orbit is not None and orbit.network == "Streamly" and orbit.next_episode is None
    heron = await tv.show(ids["heron"])
    assert heron is not None and heron.status == "In Development"
    assert (heron.premiered, heron.seasons, heron.summary) == (None, (), "")


async def test_search_single_search_and_lookup(twin: TVmazeTwin, tv: TVmaze) -> None:
    ids = sample_world(twin)
    hits = await tv.search("girls")
    assert [h.show.id for h in hits][:2] == [ids["girls"], ids["mongolian girls"]]
    assert hits[0].score >= hits[1].score
    best = await tv.single_search("paper harbour")
    assert best is not None and best.id == ids["harbour"] and [s.number for s in best.seasons] == [1, 2]
    assert await tv.single_search("nothing at all like it zzqq") is None
    dome = await tv.lookup(imdb="tt1553656")  # TVmaze answers with a redirect to the show
    assert dome is not None and dome.id == ids["dome"] and dome.premiered == date(2013, 6, 24)
    assert await tv.lookup(imdb="tt0000001") is None
    assert any(r.status == 301 for r in twin.requests)  # the redirect was one request, counted


async def test_updates_name_the_shows_changed_in_the_window(twin: TVmazeTwin, tv: TVmaze) -> None:
    ids = sample_world(twin)
    twin.touch(ids["moth"], NOW - 3_600)
    changed = await tv.updates("day")
    assert ids["moth"] in changed and changed[ids["moth"]] == NOW - 3_600
    assert ids["heron"] not in changed  # touched 40 days ago


async def test_a_vanished_show_is_none(twin: TVmazeTwin, tv: TVmaze) -> None:
    ids = sample_world(twin)
    twin.vanish(ids["moth"])
    assert await tv.show(ids["moth"]) is None


async def test_5xx_and_429_are_retried_and_the_answer_arrives(twin: TVmazeTwin, tv: TVmaze) -> None:
    ids = sample_world(twin)
    twin.fail_next("/shows/{id}", 500)
    twin.fail_next("/shows/{id}", 429)
    show = await tv.show(ids["harbour"])
    assert show is not None and show.status == "Ended"
    assert [r.status for r in twin.requests if r.path == f"/shows/{ids['harbour']}"] == [500, 429, 200]


async def test_a_tvmaze_that_keeps_failing_is_one_line(twin: TVmazeTwin, tv: TVmaze) -> None:
    sample_world(twin)
    twin.fail_next("/", 503, count=10)
    with pytest.raises(TVmazeUnavailable) as failed:
        await tv.search("girls")
    assert "\n" not in str(failed.value) and "could not be reached" in str(failed.value)


async def test_garbage_is_said_not_raised(twin: TVmazeTwin, tv: TVmaze) -> None:
    sample_world(twin)
    twin.garbage_next("/search/shows")
    with pytest.raises(TVmazeUnavailable, match="not JSON"):
        await tv.search("girls")


async def test_a_slow_tvmaze_times_out_then_is_retried(twin: TVmazeTwin, tv: TVmaze) -> None:
    ids = sample_world(twin)
    twin.delay_next("/shows/{id}", 3.0)  # past the client's 1 s timeout
    show = await tv.show(ids["orbit"])
    assert show is not None and show.name == "Quiet Orbit"


async def test_a_tvmaze_that_is_down_is_one_line(twin: TVmazeTwin, tv: TVmaze) -> None:
    await twin.down()
    with pytest.raises(TVmazeUnavailable, match="could not be reached"):
        await tv.show(1)
    await twin.up()


async def test_the_client_keeps_tvmazes_rate_limit(twin: TVmazeTwin) -> None:
    """The twin refuses a 6th request in any rolling second; the client, told the same limit, is
    never refused, and paces rather than fails."""
    twin.rate_limit, twin.window = 5, 1.0
    ids = sample_world(twin)
    async with TVmaze(twin.base_url, rate=5, per=1.0, backoff=0.01) as tv:
        started = time.monotonic()
        for _ in range(12):
            assert await tv.show(ids["dome"]) is not None
        took = time.monotonic() - started
    assert twin.rate_limited == 0
    assert tv.requests == 12
    assert took >= 2.0 - 0.1  # 12 requests at 5 a second need two full windows: paced, not refused


def test_unknown_fields_are_ignored_and_missing_ones_tolerated() -> None:
    show = parse_show({"id": 7, "name": " Seven ", "novel": {"x": 1}, "premiered": "not a date",
                       "_embedded": {"seasons": [{"number": 2}, {"number": "x"}, {"number": 1,
                                                  "premiereDate": "2024-02-03"}]}})  # fmt: skip
    assert (show.id, show.name, show.premiered, show.network) == (7, "Seven", None, None)
    assert [(s.number, s.premiere) for s in show.seasons] == [(1, date(2024, 2, 3)), (2, None)]
    with pytest.raises(ValueError):
        parse_show({"name": "no id"})


def test_html_in_summaries_becomes_plain_text() -> None:
    assert (
        plain_text("<p><b>Vell</b> &amp; the <i>lanterns</i>.</p><p>Second</p>")
        == "Vell & the lanterns. Second"
    )
    assert plain_text(None) == "" and plain_text("") == ""


def test_an_airstamp_with_an_offset_is_a_utc_instant() -> None:
    episode = {"season": 2, "number": 1, "airdate": "2025-07-15", "airstamp": "2025-07-15T21:00:00+01:00"}
    show = parse_show({"id": 1, "name": "X", "_embedded": {"nextepisode": episode}})
    assert show.next_episode is not None
    assert show.next_episode.airstamp == datetime(2025, 7, 15, 20, 0, tzinfo=UTC)
