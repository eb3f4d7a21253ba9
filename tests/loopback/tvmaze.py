"""A loopback TVmaze: the public API's show routes, on 127.0.0.1, with its rate limit and faults.

The bot's TVmaze client talks to it through its base-URL setting (`TVMAZE_API_BASE`). Tests build
the world (shows, seasons, episodes, a clock), then read back every request the client made and
what it was answered. Shapes follow TVmaze's public documentation (https://www.tvmaze.com/api) and
responses recorded from the live API; what could not be confirmed is listed in
tests/loopback/README.md ("The loopback TVmaze").
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
import unicodedata
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

STATUSES = ("Running", "Ended", "To Be Determined", "In Development")
EPISODE_TYPES = ("regular", "significant_special", "insignificant_special")
PAGE_SIZE = 250  # the show index: ids [N*250, (N+1)*250) on page N
SEARCH_CAP = 10  # /search/shows never answers more than 10 rows
WINDOWS = {"day": 86_400, "week": 7 * 86_400, "month": 30 * 86_400}
# Embeds a show accepts on TVmaze. The twin keeps no people, AKAs or gallery, so those embed as [].
SHOW_EMBEDS = ("episodes", "seasons", "nextepisode", "previousepisode", "cast", "crew", "akas", "images")
COUNTRY_NAMES = {
    "US": "United States",
    "GB": "United Kingdom",
    "CA": "Canada",
    "AU": "Australia",
    "DE": "Germany",
    "FR": "France",
    "JP": "Japan",
    "MN": "Mongolia",
}
WEB_ROOT = "https://www.tvmaze.com"  # the site, for `url`; API links point at the twin itself


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.casefold()))


def _fold(text: str) -> list[str]:
    """Search tokens: NFKC, case-folded, split on anything not a letter or digit."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c if c.isalnum() else " " for c in folded).split()


def _distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one edit (optimal string alignment), as
    fuzzy search engines do."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, prev2[j - 2] + 1)
            row.append(best)
        prev2, prev = prev, row
    return prev[-1]


def match_score(name: str, query: str, fuzziness: int) -> tuple[float, bool]:
    """How well `query` matches a show's `name`, in [0, 1], and whether every query word matched.

    Each query word is compared with the name's closest word; it matches when their edit distance
    is within `fuzziness`, lowered for short words (0 edits up to 2 letters, 1 up to 5). A matched
    word scores 1 - distance / (letters + 1). The score is the mean over the query's words, times
    (0.5 + 0.5 * the share of the name's words that were matched): the exact name scores 1.0 and a
    longer name holding the query scores less.
    """
    words, name_words = _fold(query), _fold(name)
    if not words or not name_words:
        return 0.0, False
    total, used, matched_all = 0.0, set(), True
    for word in words:
        dist, index = min((_distance(word, w), i) for i, w in enumerate(name_words))
        allowed = min(fuzziness, 0 if len(word) <= 2 else 1 if len(word) <= 5 else 2)
        if dist > allowed:
            matched_all = False
            continue
        total += 1 - dist / (len(word) + 1)
        used.add(index)
    if not used:
        return 0.0, False
    coverage = len(used) / len(name_words)
    return round(total / len(words) * (0.5 + 0.5 * coverage), 6), matched_all


def _json(data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> web.Response:
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={
            "Content-Type": "application/json; charset=UTF-8",
            "Cache-Control": "public, max-age=3600",
            **(headers or {}),
        },
    )


def _error(status: int, message: str = "") -> web.Response:
    """TVmaze's error envelope, e.g. an unknown show: {"name": "Not Found", "message": "", ...}."""
    body = {"name": HTTPStatus(status).phrase, "message": message, "code": 0, "status": status}
    return _json(body, status)


@dataclass(frozen=True, slots=True)
class Channel:
    """A network, or a web channel (`country_code` None: a global streamer such as Netflix)."""

    name: str
    country_code: str | None = None
    timezone: str | None = None
    country_name: str | None = None
    id: int | None = None
    official_site: str | None = None


@dataclass
class Season:
    id: int
    number: int
    premiere_date: str | None
    end_date: str | None
    episode_order: int | None
    name: str = ""
    summary: str | None = None


@dataclass
class Episode:
    id: int
    season: int
    number: int | None
    name: str
    airdate: str | None
    airtime: str
    airstamp: str | None
    runtime: int | None
    type: str = "regular"
    summary: str | None = None

    def aired_at(self) -> float | None:
        return None if self.airstamp is None else datetime.fromisoformat(self.airstamp).timestamp()


@dataclass
class Show:
    id: int
    name: str
    status: str
    premiered: str | None
    ended: str | None
    network: Channel | None
    web_channel: Channel | None
    externals: dict[str, Any]
    summary: str | None
    language: str | None
    genres: list[str]
    type: str
    runtime: int | None
    official_site: str | None
    schedule: dict[str, Any]
    rating: float | None
    weight: int
    image: dict[str, str] | bool | None
    updated: int
    seasons: list[Season] = field(default_factory=list)
    episodes: list[Episode] = field(default_factory=list)
    vanished: bool = False

    @property
    def timezone(self) -> str | None:
        channel = self.network or self.web_channel
        return channel.timezone if channel else None


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the twin saw it: `query` is the raw query string (repeated keys kept),
    `time` the monotonic clock at arrival (to check a client's pacing)."""

    method: str
    path: str
    query: str
    status: int
    time: float


@dataclass
class _Fault:
    target: str
    count: int
    status: int = 0
    seconds: float = 0.0


class TVmazeTwin:
    """Start with `await start()`; point the client at `base_url`. `now` (unix seconds) is the
    twin's clock: it decides which episode is previous or next and what `/updates` reports."""

    def __init__(self, *, rate_limit: int = 20, window: float = 10.0, now: int | None = None) -> None:
        self.rate_limit = rate_limit  # requests per client per rolling `window` seconds; 0: no limit
        self.window = window
        self.now = int(time.time()) if now is None else now
        self.shows: dict[int, Show] = {}
        self.requests: list[RecordedRequest] = []
        self.rate_limited = 0  # 429s answered, from the limit or injected
        self.port = 0
        self._recent: dict[str, deque[float]] = {}
        self._fails: list[_Fault] = []
        self._delays: list[_Fault] = []
        self._garbage: list[_Fault] = []
        self._show_ids = itertools.count(1)
        self._season_ids = itertools.count(1)
        self._episode_ids = itertools.count(1)
        self._network_ids: dict[tuple[str, str | None], int] = {}
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self._stopping = asyncio.Event()

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        app = web.Application(middlewares=[self._middleware])
        app.router.add_get("/search/shows", self._search)
        app.router.add_get("/singlesearch/shows", self._singlesearch)
        app.router.add_get("/lookup/shows", self._lookup)
        app.router.add_get("/shows", self._index)
        app.router.add_get(r"/shows/{id:\d+}", self._show)
        app.router.add_get(r"/shows/{id:\d+}/seasons", self._seasons)
        app.router.add_get(r"/shows/{id:\d+}/episodes", self._episodes)
        app.router.add_get("/updates/shows", self._updates)
        app.router.add_route("*", "/{tail:.*}", self._unknown)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await self._listen()

    async def stop(self) -> None:
        self._stopping.set()  # wakes answers held by delay_next
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = self._site = None

    async def _listen(self) -> None:
        assert self._runner is not None, "start() first"
        self._site = web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True)
        await self._site.start()
        self.port = self._site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def down(self) -> None:
        """TVmaze unreachable: stop listening (new connections are refused) and drop open ones, so
        pooled keep-alive connections fail too. `up()` listens again on the same port."""
        if self._site is not None:
            await self._site.stop()
            self._site = None
        assert self._runner is not None and self._runner.server is not None
        for conn in list(self._runner.server.connections):
            conn.force_close()

    async def up(self) -> None:
        if self._site is None:
            await self._listen()

    # ------------------------------------------------------------------ the world

    def add_show(
        self,
        name: str,
        *,
        premiered: str | None = None,
        status: str = "Running",
        ended: str | None = None,
        network: Channel | tuple[str, str, str] | None = None,
        web_channel: Channel | tuple[str, str, str] | str | None = None,
        imdb: str | None = None,
        thetvdb: int | None = None,
        tvrage: int | None = None,
        seasons: Iterable[Mapping[str, Any] | tuple[Any, ...]] = (),
        episodes: Iterable[Mapping[str, Any] | tuple[Any, ...]] = (),
        summary: str | bool | None = True,
        language: str | None = "English",
        genres: Iterable[str] = ("Drama",),
        show_type: str = "Scripted",
        runtime: int | None = 60,
        official_site: str | None = None,
        schedule_time: str = "",
        schedule_days: Iterable[str] = (),
        rating: float | None = None,
        weight: int = 50,
        image: dict[str, str] | bool | None = None,
        show_id: int | None = None,
        updated: int | None = None,
    ) -> int:
        """A show with every documented field. `network` is (name, country code, IANA timezone) or a
        Channel; `web_channel` a name (a global streamer), a tuple or a Channel. `summary=True`
        writes a one-line HTML summary, None stores null. `image=True` serves a medium/original pair
        from the twin. `seasons` and `episodes` are add_season / add_episode arguments (a dict of
        keywords or a tuple of positionals). Returns the id (the next free one unless `show_id`)."""
        if status not in STATUSES:
            raise ValueError(f"status {status!r} is not one of TVmaze's {STATUSES}")
        if show_id is None:
            show_id = next(i for i in self._show_ids if i not in self.shows)
        elif show_id in self.shows:
            raise ValueError(f"show id {show_id} is taken")
        default_summary = f"<p><b>{name}</b> is a test show in the loopback TVmaze.</p>"
        self.shows[show_id] = Show(
            id=show_id,
            name=name,
            status=status,
            premiered=premiered,
            ended=ended,
            network=self._channel(network),
            web_channel=self._channel(web_channel),
            externals={"tvrage": tvrage, "thetvdb": thetvdb, "imdb": imdb},
            summary=default_summary if summary is True else summary,
            language=language,
            genres=list(genres),
            type=show_type,
            runtime=runtime,
            official_site=official_site,
            schedule={"time": schedule_time, "days": list(schedule_days)},
            rating=rating,
            weight=weight,
            image=image,
            updated=self.now,
        )
        for season in seasons:
            self._call(self.add_season, show_id, season)
        for episode in episodes:
            self._call(self.add_episode, show_id, episode)
        self.shows[show_id].updated = self.now if updated is None else updated
        return show_id

    @staticmethod
    def _call(method: Callable[..., Any], show_id: int, args: Mapping[str, Any] | tuple[Any, ...]) -> None:
        if isinstance(args, Mapping):
            method(show_id, **args)
        else:
            method(show_id, *args)

    def _channel(self, spec: Channel | tuple[str, ...] | str | None) -> Channel | None:
        if spec is None:
            return None
        if isinstance(spec, str):
            spec = Channel(spec)
        elif isinstance(spec, tuple):
            spec = Channel(*spec)
        key = (spec.name, spec.country_code)
        # Far from the small real ids the samples carry (CBS is 2), so the two never collide.
        channel_id = spec.id or self._network_ids.setdefault(key, 10_001 + len(self._network_ids))
        country = spec.country_name or COUNTRY_NAMES.get(spec.country_code or "", spec.country_code)
        return Channel(spec.name, spec.country_code, spec.timezone, country, channel_id, spec.official_site)

    def add_season(
        self,
        show_id: int,
        number: int,
        premiere_date: str | None = None,
        end_date: str | None = None,
        episode_order: int | None = None,
        *,
        name: str = "",
        summary: str | None = None,
    ) -> int:
        """Any of the dates and the episode order may be unknown (null), as on TVmaze."""
        show = self.shows[show_id]
        season = Season(next(self._season_ids), number, premiere_date, end_date, episode_order, name, summary)
        show.seasons.append(season)
        show.seasons.sort(key=lambda s: s.number)
        self.touch(show_id)  # a changed child marks its show updated, as TVmaze documents
        return season.id

    def add_episode(
        self,
        show_id: int,
        season: int,
        number: int | None,
        airdate: str | None = None,
        airtime: str = "",
        airstamp: str | None = None,
        runtime: int | None = None,
        *,
        name: str | None = None,
        episode_type: str = "regular",
        summary: str | None = None,
    ) -> int:
        """`airstamp` defaults to airdate + airtime in the show's channel timezone, in UTC with its
        offset ("2013-06-25T02:00:00+00:00"); without an airtime, to 12:00 UTC that day (the
        placeholder TVmaze serves for releases announced without a time). Specials have
        `episode_type` "significant_special" or "insignificant_special" and usually no number."""
        if episode_type not in EPISODE_TYPES:
            raise ValueError(f"episode type {episode_type!r} is not one of {EPISODE_TYPES}")
        show = self.shows[show_id]
        if airstamp is None and airdate is not None:
            if airtime:
                zone = ZoneInfo(show.timezone or "UTC")
                local = datetime.fromisoformat(f"{airdate}T{airtime}").replace(tzinfo=zone)
                airstamp = local.astimezone(UTC).isoformat()
            else:
                airstamp = f"{airdate}T12:00:00+00:00"
        episode = Episode(
            id=next(self._episode_ids),
            season=season,
            number=number,
            name=name or (f"Episode {number}" if number is not None else "Special"),
            airdate=airdate,
            airtime=airtime,
            airstamp=airstamp,
            runtime=show.runtime if runtime is None else runtime,
            type=episode_type,
            summary=summary,
        )
        show.episodes.append(episode)
        show.episodes.sort(key=lambda e: (e.airstamp is None, e.aired_at() or 0, e.season, e.number or 0))
        self.touch(show_id)
        return episode.id

    def edit_show(self, show_id: int, **changes: Any) -> None:
        """Change fields of the stored Show (status="Ended", ended="2025-01-01", ...) and mark it
        updated now."""
        show = self.shows[show_id]
        for key, value in changes.items():
            if not hasattr(show, key):
                raise AttributeError(f"a show has no field {key!r}")
            setattr(show, key, value)
        self.touch(show_id)

    def touch(self, show_id: int, when: int | None = None) -> None:
        """Mark the show updated at `when` (default: the twin's `now`)."""
        self.shows[show_id].updated = self.now if when is None else when

    def vanish(self, show_id: int) -> None:
        """The show is deleted: every route answers 404 for it, and search, lookup, the index and
        /updates no longer list it."""
        self.shows[show_id].vanished = True

    def restore(self, show_id: int) -> None:
        self.shows[show_id].vanished = False

    def show_payload(self, show_id: int, embeds: Iterable[str] = ()) -> dict[str, Any]:
        """The show object as /shows/:id would answer it now (for assertions)."""
        return self._show_object(self.shows[show_id], list(embeds))

    # ------------------------------------------------------------------ faults

    def fail_next(self, target: str, status: int = 500, *, count: int = 1) -> None:
        """The next `count` requests to `target` answer `status` with TVmaze's error envelope (a 429
        counts in `rate_limited`). `target` is a route template ("/shows/{id}": that route only) or
        a path ("/shows/1": that path and those under it, not /shows/12; "/" matches everything)."""
        self._fails.append(_Fault(target, count, status=status))

    def delay_next(self, target: str, seconds: float, *, count: int = 1) -> None:
        """The next `count` requests to `target` are answered `seconds` late (a slow TVmaze)."""
        self._delays.append(_Fault(target, count, seconds=seconds))

    def garbage_next(self, target: str, *, count: int = 1) -> None:
        """The next `count` requests to `target` get 200, application/json, and a body that is not
        JSON (cut off mid-object)."""
        self._garbage.append(_Fault(target, count))

    @staticmethod
    def _take(faults: list[_Fault], request: web.Request) -> _Fault | None:
        route = request.match_info.route.resource
        template = route.canonical if route is not None else None
        for fault in faults:
            if fault.count <= 0:
                continue
            target = fault.target.rstrip("/")
            path = request.path
            if fault.target == template or not target or path == target or path.startswith(target + "/"):
                fault.count -= 1
                return fault
        return None

    def _over_limit(self, client: str) -> bool:
        """True if this request does not fit the client's rolling window; a refused request takes
        no slot (the window reopens as the oldest accepted request ages out)."""
        if not self.rate_limit:
            return False
        now = time.monotonic()
        recent = self._recent.setdefault(client, deque())
        while recent and now - recent[0] >= self.window:
            recent.popleft()
        if len(recent) >= self.rate_limit:
            return True
        recent.append(now)
        return False

    def _too_many(self) -> web.Response:
        self.rate_limited += 1
        return _error(429, "Rate limit exceeded")

    # ------------------------------------------------------------------ serving

    @web.middleware
    async def _middleware(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        arrived = time.monotonic()
        status = 500
        try:
            response = await self._answer(request, handler)
            status = response.status
            return response
        except web.HTTPException as exc:
            status = exc.status
            raise
        finally:
            self.requests.append(
                RecordedRequest(request.method, request.path, request.query_string, status, arrived)
            )

    async def _answer(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        if self._over_limit(request.remote or "?"):
            return self._too_many()
        delay = self._take(self._delays, request)
        if delay is not None:
            with contextlib.suppress(TimeoutError):  # stop() cuts the wait short
                await asyncio.wait_for(self._stopping.wait(), delay.seconds)
        fail = self._take(self._fails, request)
        if fail is not None:
            return self._too_many() if fail.status == 429 else _error(fail.status, "injected")
        if self._take(self._garbage, request) is not None:
            return web.Response(
                body=b'{"id": 1, "name": "Unterminat', headers={"Content-Type": "application/json"}
            )
        return await handler(request)

    def _live(self, request: web.Request) -> Show | None:
        show = self.shows.get(int(request.match_info["id"]))
        return None if show is None or show.vanished else show

    @staticmethod
    def _embeds(request: web.Request) -> list[str]:
        """`?embed=x` or `?embed[]=x&embed[]=y`: both spellings, as TVmaze takes them."""
        return [*request.query.getall("embed", []), *request.query.getall("embed[]", [])]

    def _ranked(self, query: str, fuzziness: int) -> list[tuple[float, bool, Show]]:
        scored = []
        for show in self.shows.values():
            if show.vanished:
                continue
            score, matched_all = match_score(show.name, query, fuzziness)
            if score > 0:
                scored.append((score, matched_all, show))
        scored.sort(key=lambda row: (-row[0], row[2].id))
        return scored

    async def _search(self, request: web.Request) -> web.Response:
        ranked = self._ranked(request.query.get("q", ""), fuzziness=2)[:SEARCH_CAP]
        return _json([{"score": score, "show": self._show_object(show, [])} for score, _, show in ranked])

    async def _singlesearch(self, request: web.Request) -> web.Response:
        embeds = self._embeds(request)
        if any(e not in SHOW_EMBEDS for e in embeds):
            return _error(400, "Invalid embed type")
        ranked = [row for row in self._ranked(request.query.get("q", ""), fuzziness=1) if row[1]]
        if not ranked:
            return _json(None, 404)
        return _json(self._show_object(ranked[0][2], embeds))

    async def _lookup(self, request: web.Request) -> web.Response:
        for key in ("imdb", "thetvdb", "tvrage"):
            wanted = request.query.get(key)
            if wanted is None:
                continue
            for show in self.shows.values():
                value = show.externals[key]
                if not show.vanished and value is not None and str(value) == wanted:
                    return _json(None, 301, {"Location": f"/shows/{show.id}"})
            break
        return _json(None, 404)

    async def _index(self, request: web.Request) -> web.Response:
        try:
            page = int(request.query.get("page", "0"))
        except ValueError:
            return _error(400, "Invalid page")
        if page < 0:
            return _error(400, "Invalid page")
        first, last = page * PAGE_SIZE, (page + 1) * PAGE_SIZE
        live = sorted(s.id for s in self.shows.values() if not s.vanished)
        if not live or live[-1] < first:
            return _error(404)
        return _json([self._show_object(self.shows[i], []) for i in live if first <= i < last])

    async def _show(self, request: web.Request) -> web.Response:
        show = self._live(request)
        if show is None:
            return _error(404)
        embeds = self._embeds(request)
        if any(e not in SHOW_EMBEDS for e in embeds):
            return _error(400, "Invalid embed type")
        return _json(self._show_object(show, embeds))

    async def _seasons(self, request: web.Request) -> web.Response:
        show = self._live(request)
        if show is None:
            return _error(404)
        return _json([self._season_object(show, s) for s in show.seasons])

    async def _episodes(self, request: web.Request) -> web.Response:
        show = self._live(request)
        if show is None:
            return _error(404)
        specials = request.query.get("specials") not in (None, "", "0", "false")
        return _json([self._episode_object(show, e) for e in self._episode_list(show, specials)])

    async def _updates(self, request: web.Request) -> web.Response:
        since = request.query.get("since")
        if since is not None and since not in WINDOWS:
            return _error(400, "Invalid since")
        oldest = self.now - WINDOWS[since] if since else None
        return _json(
            {
                str(s.id): s.updated
                for s in sorted(self.shows.values(), key=lambda s: s.id)
                if not s.vanished and (oldest is None or s.updated >= oldest)
            }
        )

    async def _unknown(self, request: web.Request) -> web.Response:
        return _error(404)

    # ------------------------------------------------------------------ payloads

    def _link(self, path: str) -> str:
        return f"{self.base_url}{path}"

    @staticmethod
    def _episode_list(show: Show, specials: bool) -> list[Episode]:
        return [e for e in show.episodes if specials or e.type == "regular"]

    def _neighbours(self, show: Show) -> tuple[Episode | None, Episode | None]:
        """The last episode aired by `now` and the first after it (either may not exist)."""
        previous = upcoming = None
        for episode in show.episodes:
            aired = episode.aired_at()
            if aired is None:
                continue
            if aired <= self.now:
                previous = episode
            elif upcoming is None:
                upcoming = episode
        return previous, upcoming

    @staticmethod
    def _channel_object(channel: Channel | None) -> dict[str, Any] | None:
        if channel is None:
            return None
        country = None
        if channel.country_code is not None:
            country = {
                "name": channel.country_name,
                "code": channel.country_code,
                "timezone": channel.timezone,
            }
        return {
            "id": channel.id,
            "name": channel.name,
            "country": country,
            "officialSite": channel.official_site,
        }

    def _image(self, image: dict[str, str] | bool | None, kind: str, item_id: int) -> dict[str, str] | None:
        if image is True:
            return {
                "medium": self._link(f"/images/medium_{kind}/{item_id}.jpg"),
                "original": self._link(f"/images/original_untouched/{item_id}.jpg"),
            }
        return image or None

    def _show_object(self, show: Show, embeds: list[str]) -> dict[str, Any]:
        previous, upcoming = self._neighbours(show)
        links: dict[str, Any] = {"self": {"href": self._link(f"/shows/{show.id}")}}
        if previous is not None:
            links["previousepisode"] = {"href": self._link(f"/episodes/{previous.id}"), "name": previous.name}
        if upcoming is not None:
            links["nextepisode"] = {"href": self._link(f"/episodes/{upcoming.id}"), "name": upcoming.name}
        payload: dict[str, Any] = {
            "id": show.id,
            "url": f"{WEB_ROOT}/shows/{show.id}/{_slug(show.name)}",
            "name": show.name,
            "type": show.type,
            "language": show.language,
            "genres": list(show.genres),
            "status": show.status,
            "runtime": show.runtime,
            "averageRuntime": show.runtime,
            "premiered": show.premiered,
            "ended": show.ended,
            "officialSite": show.official_site,
            "schedule": {"time": show.schedule["time"], "days": list(show.schedule["days"])},
            "rating": {"average": show.rating},
            "weight": show.weight,
            "network": self._channel_object(show.network),
            "webChannel": self._channel_object(show.web_channel),
            "dvdCountry": None,
            "externals": dict(show.externals),
            "image": self._image(show.image, "portrait", show.id),
            "summary": show.summary,
            "updated": show.updated,
            "_links": links,
        }
        embedded: dict[str, Any] = {}
        for embed in dict.fromkeys(embeds):
            if embed == "episodes":
                embedded[embed] = [self._episode_object(show, e) for e in self._episode_list(show, False)]
            elif embed == "seasons":
                embedded[embed] = [self._season_object(show, s) for s in show.seasons]
            elif embed in ("previousepisode", "nextepisode"):
                # Absent, not null, when there is no such episode.
                episode = previous if embed == "previousepisode" else upcoming
                if episode is not None:
                    embedded[embed] = self._episode_object(show, episode)
            else:
                embedded[embed] = []
        if embedded:
            payload["_embedded"] = embedded
        return payload

    def _season_object(self, show: Show, season: Season) -> dict[str, Any]:
        return {
            "id": season.id,
            "url": f"{WEB_ROOT}/seasons/{season.id}/{_slug(show.name)}-season-{season.number}",
            "number": season.number,
            "name": season.name,
            "episodeOrder": season.episode_order,
            "premiereDate": season.premiere_date,
            "endDate": season.end_date,
            "network": self._channel_object(show.network),
            "webChannel": self._channel_object(show.web_channel),
            "image": None,
            "summary": season.summary,
            "_links": {"self": {"href": self._link(f"/seasons/{season.id}")}},
        }

    def _episode_object(self, show: Show, episode: Episode) -> dict[str, Any]:
        code = f"{episode.season}x{episode.number:02d}" if episode.number is not None else "special"
        return {
            "id": episode.id,
            "url": f"{WEB_ROOT}/episodes/{episode.id}/{_slug(show.name)}-{code}-{_slug(episode.name)}",
            "name": episode.name,
            "season": episode.season,
            "number": episode.number,
            "type": episode.type,
            "airdate": episode.airdate or "",
            "airtime": episode.airtime,
            "airstamp": episode.airstamp,
            "runtime": episode.runtime,
            "rating": {"average": None},
            "image": None,
            "summary": episode.summary,
            "_links": {
                "self": {"href": self._link(f"/episodes/{episode.id}")},
                "show": {"href": self._link(f"/shows/{show.id}"), "name": show.name},
            },
        }


# ---------------------------------------------------------------------- sample shows

CBS = Channel("CBS", "US", "America/New_York", id=2, official_site="https://www.cbs.com/")
HBO = Channel("HBO", "US", "America/New_York", id=8, official_site="https://www.hbo.com/")
UBS = Channel("UBS", "MN", "Asia/Ulaanbaatar", id=1672)


def add_under_the_dome(twin: TVmazeTwin) -> int:
    """TVmaze show 1, partially: the fields, its first two seasons and the first three episodes as
    TVmaze's documented examples give them (api.tvmaze.com/shows/1, /seasons, /episodes). Season 3
    and later episodes are left out: nothing stored here confirms them. The summary is not TVmaze's."""
    return twin.add_show(
        "Under the Dome",
        show_id=1,
        premiered="2013-06-24",
        ended="2015-09-10",
        status="Ended",
        network=CBS,
        imdb="tt1553656",
        thetvdb=264492,
        tvrage=25988,
        genres=("Drama", "Science-Fiction", "Thriller"),
        runtime=60,
        official_site="http://www.cbs.com/shows/under-the-dome/",
        schedule_time="22:00",
        schedule_days=("Thursday",),
        summary="<p><b>Under the Dome</b>: sample record (TVmaze's summary is not reproduced).</p>",
        seasons=[(1, "2013-06-24", "2013-09-16", 13), (2, "2014-06-30", "2014-09-22", 13)],
        episodes=[
            {"season": 1, "number": 1, "airdate": "2013-06-24", "airtime": "22:00", "name": "Pilot"},
            {"season": 1, "number": 2, "airdate": "2013-07-01", "airtime": "22:00", "name": "The Fire"},
            {"season": 1, "number": 3, "airdate": "2013-07-08", "airtime": "22:00", "name": "Manhunt"},
        ],
    )


def add_girls_pair(twin: TVmazeTwin) -> tuple[int, int]:
    """Two shows TVmaze's search example answers for q=girls: HBO's Girls (139) and the Mongolian
    GIRLS (41734), whose record has null externals, a null summary and an empty schedule time.
    Only their show fields are confirmed; they get no seasons or episodes here."""
    girls = twin.add_show(
        "Girls",
        show_id=139,
        premiered="2012-04-15",
        ended="2017-04-16",
        status="Ended",
        network=HBO,
        imdb="tt1723816",
        thetvdb=220411,
        tvrage=30124,
        genres=("Drama", "Romance"),
        runtime=30,
        official_site="http://www.hbo.com/girls",
        schedule_time="22:00",
        schedule_days=("Sunday",),
        summary="<p><b>Girls</b>: sample record (TVmaze's summary is not reproduced).</p>",
    )
    mongolian = twin.add_show(
        "GIRLS",
        show_id=41734,
        premiered="2018-06-15",
        ended="2019-10-14",
        status="Ended",
        network=UBS,
        imdb="tt8709752",
        language="Mongolian",
        genres=("Comedy",),
        runtime=41,
        official_site="https://www.ubstv.mn/tech-blog/index1.html",
        schedule_days=("Thursday",),
        summary=None,
    )
    return girls, mongolian


def add_fictional_shows(twin: TVmazeTwin) -> dict[str, int]:
    """Invented shows, one per case a client must handle, dated around the twin's `now`:
    - "The Lanterns of Vell": Running on a network, season 1 aired, season 2 announced with a
      next episode (previousepisode and nextepisode both present);
    - "Quiet Orbit": Running on a global web channel, all of season 1 released the same day, no
      season 2 yet (no nextepisode);
    - "Paper Harbour": Ended, two seasons;
    - "Moth Street": To Be Determined after one season;
    - "Untitled Heron Project": In Development: no premiere date, no seasons, no links but self."""
    day = 86_400

    def date(offset_days: int) -> str:
        return (datetime.fromtimestamp(twin.now, UTC) + timedelta(days=offset_days)).date().isoformat()

    vell = twin.add_show(
        "The Lanterns of Vell",
        premiered=date(-400),
        network=("Channel Vell", "GB", "Europe/London"),
        schedule_time="21:00",
        schedule_days=("Sunday",),
        imdb="tt99900001",
        thetvdb=99900001,
        seasons=[(1, date(-400), date(-337), 10), (2, date(30), None, 8)],
        episodes=[(1, n, date(-400 + 7 * (n - 1)), "21:00") for n in range(1, 11)]
        + [(2, 1, date(30), "21:00")],
    )
    orbit = twin.add_show(
        "Quiet Orbit",
        premiered=date(-90),
        web_channel="Streamly",
        runtime=45,
        seasons=[(1, date(-90), date(-90), 6)],
        episodes=[(1, n, date(-90)) for n in range(1, 7)],
    )
    harbour = twin.add_show(
        "Paper Harbour",
        premiered=date(-1500),
        ended=date(-800),
        status="Ended",
        network=("Harbour One", "CA", "America/Toronto"),
        seasons=[(1, date(-1500), date(-1440), 8), (2, date(-860), date(-800), 8)],
    )
    moth = twin.add_show(
        "Moth Street",
        premiered=date(-700),
        status="To Be Determined",
        network=("Moth TV", "AU", "Australia/Sydney"),
        seasons=[(1, date(-700), date(-650), 8)],
    )
    heron = twin.add_show(
        "Untitled Heron Project",
        status="In Development",
        web_channel="Streamly",
        runtime=None,
        summary=None,
        updated=twin.now - 40 * day,
    )
    return {"vell": vell, "orbit": orbit, "harbour": harbour, "moth": moth, "heron": heron}


def sample_world(twin: TVmazeTwin) -> dict[str, int]:
    """Every sample: the real ones first (they hold fixed ids: 1, 139, 41734), then the fictional
    ones (the next free ids). Keys: "dome", "girls", "mongolian girls", and add_fictional_shows'."""
    girls, mongolian = add_girls_pair(twin)
    return {
        "dome": add_under_the_dome(twin),
        "girls": girls,
        "mongolian girls": mongolian,
        **add_fictional_shows(twin),
    }
