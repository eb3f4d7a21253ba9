"""The loopback TVmaze itself: each route's shapes, embeds, the lookup redirect, /updates windows,
the index pages, the rate limit and every fault, spoken to with aiohttp as a client would."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import aiohttp
import pytest

from tests.conftest import TWIN_NOW
from tests.loopback.tvmaze import TVmazeTwin, add_fictional_shows, match_score, sample_world

NOW = TWIN_NOW
DAY = 86_400
SHOW_KEYS = {
    "id", "url", "name", "type", "language", "genres", "status", "runtime", "averageRuntime",
    "premiered", "ended", "officialSite", "schedule", "rating", "weight", "network", "webChannel",
    "dvdCountry", "externals", "image", "summary", "updated", "_links",
}  # fmt: skip
EPISODE_KEYS = {
    "id", "url", "name", "season", "number", "type", "airdate", "airtime", "airstamp", "runtime",
    "rating", "image", "summary", "_links",
}  # fmt: skip
SEASON_KEYS = {
    "id", "url", "number", "name", "episodeOrder", "premiereDate", "endDate", "network",
    "webChannel", "image", "summary", "_links",
}  # fmt: skip


@pytest.fixture
async def http(twin: TVmazeTwin) -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(twin.base_url) as session:
        yield session


async def get(http: aiohttp.ClientSession, url: str, **kwargs) -> tuple[int, object]:
    async with http.get(url, **kwargs) as response:
        return response.status, await response.json(content_type=None)


# ---------------------------------------------------------------------- search


async def test_search_answers_score_and_show_best_first_and_forgives_two_typos(twin, http) -> None:
    ids = sample_world(twin)

    status, rows = await get(http, "/search/shows", params={"q": "girls"})
    assert status == 200
    assert [row["show"]["id"] for row in rows] == [ids["girls"], ids["mongolian girls"]]
    assert all(set(row) == {"score", "show"} for row in rows)
    assert all(0 < row["score"] <= 1 for row in rows)
    assert set(rows[0]["show"]) == SHOW_KEYS

    status, rows = await get(http, "/search/shows", params={"q": "Undr teh Dom"})
    assert rows[0]["show"]["name"] == "Under the Dome"
    assert [row["show"]["name"] for row in rows[1:]] == ["The Lanterns of Vell"]  # "the", weakly

    status, rows = await get(http, "/search/shows", params={"q": "zzzzqqq"})
    assert (status, rows) == (200, [])


async def test_search_ranks_the_exact_name_above_a_longer_one(twin, http) -> None:
    longer = twin.add_show("Orbit Station Nine")
    exact = twin.add_show("Orbit")
    _, rows = await get(http, "/search/shows", params={"q": "orbit"})
    assert [row["show"]["id"] for row in rows] == [exact, longer]
    assert rows[0]["score"] > rows[1]["score"]


def test_match_score_is_documented_behaviour() -> None:
    assert match_score("Under the Dome", "under the dome", 2) == (1.0, True)
    assert match_score("Under the Dome", "undre the dome", 1)[1]  # a swap is one edit
    assert match_score("Under the Dome", "unnder teh dome", 1)[1]
    assert match_score("Under the Dome", "ubder teh dom", 1)[1]  # one edit in each word: fine
    assert not match_score("Under the Dome", "unedrr the dome", 1)[1]  # two edits in one word
    assert match_score("Under the Dome", "xx", 2) == (0.0, False)  # short words must be exact


async def test_singlesearch_returns_one_show_with_embeds_or_404_null(twin, http) -> None:
    ids = add_fictional_shows(twin)

    status, show = await get(
        http, "/singlesearch/shows", params={"q": "lanterns of vel", "embed": "episodes"}
    )
    assert status == 200
    assert show["id"] == ids["vell"]
    assert len(show["_embedded"]["episodes"]) == 11

    status, body = await get(http, "/singlesearch/shows", params={"q": "lantrenz of vell"})  # 2 edits
    assert (status, body) == (404, None)
    _, rows = await get(http, "/search/shows", params={"q": "lantrenz of vell"})  # search forgives 2
    assert rows[0]["show"]["id"] == ids["vell"]

    status, show = await get(http, "/singlesearch/shows?q=quiet+orbit&embed[]=seasons&embed[]=nextepisode")
    assert set(show["_embedded"]) == {"seasons"}  # no next episode: the key is absent


# ---------------------------------------------------------------------- lookup


@pytest.mark.parametrize(
    ("key", "value"), [("imdb", "tt1553656"), ("thetvdb", "264492"), ("tvrage", "25988")]
)
async def test_lookup_redirects_301_to_the_show(twin, http, key, value) -> None:
    sample_world(twin)
    async with http.get("/lookup/shows", params={key: value}, allow_redirects=False) as response:
        assert response.status == 301
        assert response.headers["Location"] == "/shows/1"
    status, show = await get(http, "/lookup/shows", params={key: value})  # followed
    assert (status, show["name"]) == (200, "Under the Dome")


async def test_lookup_of_an_unknown_id_is_404_null(twin, http) -> None:
    sample_world(twin)
    assert await get(http, "/lookup/shows", params={"imdb": "tt0000000"}) == (404, None)
    assert await get(http, "/lookup/shows", params={"thetvdb": "1"}) == (404, None)


# ---------------------------------------------------------------------- shows


async def test_show_object_is_complete_with_network_country_and_externals(twin, http) -> None:
    sample_world(twin)
    status, show = await get(http, "/shows/1")
    assert status == 200
    assert set(show) == SHOW_KEYS
    assert show["network"] == {
        "id": 2,
        "name": "CBS",
        "country": {"name": "United States", "code": "US", "timezone": "America/New_York"},
        "officialSite": "https://www.cbs.com/",
    }
    assert show["webChannel"] is None
    assert show["externals"] == {"tvrage": 25988, "thetvdb": 264492, "imdb": "tt1553656"}
    assert (show["status"], show["premiered"], show["ended"]) == ("Ended", "2013-06-24", "2015-09-10")
    assert show["summary"].startswith("<p>")
    assert show["image"] is None
    assert show["_links"]["self"]["href"] == f"{twin.base_url}/shows/1"
    assert show["_links"]["previousepisode"]["name"] == "Manhunt"
    assert "nextepisode" not in show["_links"]
    assert "_embedded" not in show


async def test_web_channel_show_and_an_in_development_show(twin, http) -> None:
    ids = add_fictional_shows(twin)
    _, orbit = await get(http, f"/shows/{ids['orbit']}")
    assert orbit["network"] is None
    assert orbit["webChannel"]["name"] == "Streamly"
    assert orbit["webChannel"]["country"] is None  # a global streamer

    _, heron = await get(http, f"/shows/{ids['heron']}")
    assert heron["status"] == "In Development"
    assert heron["premiered"] is None and heron["summary"] is None
    assert set(heron["_links"]) == {"self"}  # previous/next absent, not null


async def test_links_follow_the_clock(twin, http) -> None:
    ids = add_fictional_shows(twin)
    _, vell = await get(http, f"/shows/{ids['vell']}")
    assert vell["_links"]["previousepisode"]["name"] == "Episode 10"
    assert vell["_links"]["nextepisode"]["name"] == "Episode 1"
    twin.now += 60 * DAY  # season 2's premiere has aired
    _, vell = await get(http, f"/shows/{ids['vell']}")
    assert set(vell["_links"]) == {"self", "previousepisode"}


async def test_embeds_single_and_repeated(twin, http) -> None:
    ids = add_fictional_shows(twin)
    url = f"/shows/{ids['vell']}"

    _, one = await get(http, url, params={"embed": "seasons"})
    assert list(one["_embedded"]) == ["seasons"]
    assert [s["number"] for s in one["_embedded"]["seasons"]] == [1, 2]

    _, two = await get(http, f"{url}?embed[]=seasons&embed[]=nextepisode")
    assert set(two["_embedded"]) == {"seasons", "nextepisode"}
    upcoming = two["_embedded"]["nextepisode"]
    assert set(upcoming) == EPISODE_KEYS
    assert (upcoming["season"], upcoming["number"]) == (2, 1)

    _, ended = await get(http, f"/shows/{ids['harbour']}?embed[]=nextepisode&embed[]=previousepisode")
    assert "_embedded" not in ended  # no episodes at all: nothing resolved, nothing embedded

    assert (await get(http, url, params={"embed": "bogus"}))[0] == 400


async def test_unknown_show_is_404_with_the_envelope(twin, http) -> None:
    status, body = await get(http, "/shows/99999999")
    assert status == 404
    assert body == {"name": "Not Found", "message": "", "code": 0, "status": 404}
    assert (await get(http, "/shows/99999999/episodes"))[0] == 404
    assert (await get(http, "/no/such/route"))[0] == 404


async def test_seasons_and_episodes(twin, http) -> None:
    sample_world(twin)
    _, seasons = await get(http, "/shows/1/seasons")
    assert [set(s) for s in seasons] == [SEASON_KEYS, SEASON_KEYS]
    assert [(s["number"], s["episodeOrder"], s["premiereDate"], s["endDate"]) for s in seasons] == [
        (1, 13, "2013-06-24", "2013-09-16"),
        (2, 13, "2014-06-30", "2014-09-22"),
    ]
    _, episodes = await get(http, "/shows/1/episodes")
    pilot = episodes[0]
    assert set(pilot) == EPISODE_KEYS
    assert (pilot["season"], pilot["number"], pilot["name"]) == (1, 1, "Pilot")
    assert (pilot["airdate"], pilot["airtime"]) == ("2013-06-24", "22:00")
    assert pilot["airstamp"] == "2013-06-25T02:00:00+00:00"  # 22:00 in New York, as TVmaze has it
    assert pilot["runtime"] == 60
    assert pilot["_links"]["show"] == {"href": f"{twin.base_url}/shows/1", "name": "Under the Dome"}


async def test_season_dates_may_be_null_and_specials_are_opt_in(twin, http) -> None:
    show = twin.add_show("Test Pattern", network=("Test One", "US", "America/Chicago"))
    twin.add_season(show, 1)
    twin.add_episode(show, 1, 1, "2025-01-01", "20:00")
    twin.add_episode(show, 1, None, "2025-01-08", "20:00", episode_type="significant_special")
    _, seasons = await get(http, f"/shows/{show}/seasons")
    assert (seasons[0]["premiereDate"], seasons[0]["endDate"], seasons[0]["episodeOrder"]) == (None,) * 3
    _, regular = await get(http, f"/shows/{show}/episodes")
    _, everything = await get(http, f"/shows/{show}/episodes", params={"specials": "1"})
    assert [e["number"] for e in regular] == [1]
    assert [e["type"] for e in everything] == ["regular", "significant_special"]
    assert regular[0]["airstamp"] == "2025-01-02T02:00:00+00:00"


# ---------------------------------------------------------------------- updates and the index


async def test_updates_windows_follow_the_clock_and_touch(twin, http) -> None:
    fresh = twin.add_show("Fresh", updated=NOW - 3600)
    weekly = twin.add_show("Weekly", updated=NOW - 3 * DAY)
    monthly = twin.add_show("Monthly", updated=NOW - 20 * DAY)
    old = twin.add_show("Old", updated=NOW - 90 * DAY)

    assert await get(http, "/updates/shows", params={"since": "day"}) == (200, {str(fresh): NOW - 3600})
    _, week = await get(http, "/updates/shows", params={"since": "week"})
    assert set(week) == {str(fresh), str(weekly)}
    _, month = await get(http, "/updates/shows", params={"since": "month"})
    assert set(month) == {str(fresh), str(weekly), str(monthly)}
    _, everything = await get(http, "/updates/shows")
    assert set(everything) == {str(fresh), str(weekly), str(monthly), str(old)}

    twin.touch(old, NOW - 60)
    twin.now += 2 * DAY
    _, day = await get(http, "/updates/shows", params={"since": "day"})
    assert day == {}
    twin.add_episode(weekly, 1, 1, "2025-06-20", "20:00")  # a new child marks its show updated
    _, day = await get(http, "/updates/shows", params={"since": "day"})
    assert day == {str(weekly): twin.now}


async def test_index_pages_by_id_250_a_page_and_404_past_the_end(twin, http) -> None:
    for n in range(1, 301):
        twin.add_show(f"Show {n}")
    _, first = await get(http, "/shows")
    _, second = await get(http, "/shows", params={"page": "1"})
    assert [s["id"] for s in first] == list(range(1, 250))  # ids 0-249; there is no show 0
    assert [s["id"] for s in second] == list(range(250, 301))
    assert (await get(http, "/shows", params={"page": "2"}))[0] == 404

    twin.vanish(260)
    _, second = await get(http, "/shows", params={"page": "1"})
    assert len(second) == 50  # a deleted show leaves a gap; nothing shifts pages


# ---------------------------------------------------------------------- rate limit and requests


async def test_twenty_first_request_in_ten_seconds_is_429(twin, http) -> None:
    twin.add_show("Counted")
    statuses = [(await get(http, "/shows/1"))[0] for _ in range(21)]
    assert statuses == [200] * 20 + [429]
    assert twin.rate_limited == 1
    assert [r.status for r in twin.requests] == statuses
    assert twin.requests[0].path == "/shows/1"


async def test_rate_limit_window_reopens_and_zero_disables() -> None:
    small = TVmazeTwin(rate_limit=2, window=0.2, now=NOW)
    off = TVmazeTwin(rate_limit=0, now=NOW)
    await small.start()
    await off.start()
    try:
        async with aiohttp.ClientSession() as http:
            statuses = [(await get(http, f"{small.base_url}/updates/shows"))[0] for _ in range(3)]
            assert statuses == [200, 200, 429]
            await asyncio.sleep(0.25)
            assert (await get(http, f"{small.base_url}/updates/shows"))[0] == 200
            many = [(await get(http, f"{off.base_url}/updates/shows"))[0] for _ in range(40)]
            assert set(many) == {200}
    finally:
        await small.stop()
        await off.stop()


async def test_requests_are_recorded_with_their_query(twin, http) -> None:
    await get(http, "/shows/1?embed[]=seasons&embed[]=nextepisode")
    recorded = twin.requests[-1]
    assert (recorded.method, recorded.path, recorded.status) == ("GET", "/shows/1", 404)
    assert recorded.query == "embed[]=seasons&embed[]=nextepisode"
    assert recorded.time > 0


# ---------------------------------------------------------------------- faults


@pytest.mark.parametrize("status", [500, 503, 429])
async def test_fail_next_answers_the_status_count_times(twin, http, status) -> None:
    twin.add_show("Fragile")
    twin.fail_next("/shows/1", status, count=2)
    statuses = [(await get(http, "/shows/1/seasons"))[0] for _ in range(3)]
    assert statuses == [status, status, 200]
    assert twin.rate_limited == (2 if status == 429 else 0)


async def test_fail_next_matches_a_route_template_or_a_path_prefix(twin, http) -> None:
    for n in range(12):
        twin.add_show(f"Show {n}")
    twin.fail_next("/shows/{id}", 500)  # that route only
    assert (await get(http, "/shows/1/episodes"))[0] == 200
    assert (await get(http, "/shows/7"))[0] == 500
    twin.fail_next("/shows/1", 503)  # that path and below, not /shows/12
    assert (await get(http, "/shows/12"))[0] == 200
    assert (await get(http, "/shows/1/episodes"))[0] == 503


async def test_delay_next_trips_a_client_timeout(twin, http) -> None:
    twin.add_show("Slow")
    twin.delay_next("/shows/{id}", 0.5)
    with pytest.raises(asyncio.TimeoutError):
        await get(http, "/shows/1", timeout=aiohttp.ClientTimeout(total=0.1))
    assert (await get(http, "/shows/1"))[0] == 200  # only the next one was slow


async def test_garbage_next_is_200_json_that_does_not_parse(twin, http) -> None:
    twin.add_show("Garbled")
    twin.garbage_next("/search/shows")
    async with http.get("/search/shows", params={"q": "garbled"}) as response:
        assert response.status == 200
        assert response.content_type == "application/json"
        with pytest.raises(json.JSONDecodeError):
            json.loads(await response.text())
    assert (await get(http, "/search/shows", params={"q": "garbled"}))[1][0]["show"]["id"] == 1


async def test_vanish_makes_a_show_404_everywhere(twin, http) -> None:
    ids = sample_world(twin)
    twin.vanish(ids["dome"])
    assert (await get(http, "/shows/1"))[0] == 404
    assert (await get(http, "/shows/1/episodes"))[0] == 404
    assert await get(http, "/lookup/shows", params={"imdb": "tt1553656"}) == (404, None)
    _, rows = await get(http, "/search/shows", params={"q": "under the dome"})
    assert 1 not in [row["show"]["id"] for row in rows]
    assert "1" not in (await get(http, "/updates/shows"))[1]
    twin.restore(ids["dome"])
    assert (await get(http, "/shows/1"))[0] == 200


async def test_down_refuses_connections_and_up_serves_again_on_the_same_port(twin, http) -> None:
    twin.add_show("Flaky")
    assert (await get(http, "/shows/1"))[0] == 200  # a pooled keep-alive connection now exists
    port = twin.port
    await twin.down()
    with pytest.raises(aiohttp.ClientConnectionError):
        await get(http, "/shows/1")
    with pytest.raises(aiohttp.ClientConnectorError):
        await get(http, "/shows/1")
    await twin.up()
    assert twin.port == port
    assert (await get(http, "/shows/1"))[0] == 200
