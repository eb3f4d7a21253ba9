"""The TVmaze client: the one place that talks to TVmaze (https://www.tvmaze.com/api).

TVmaze is a second source of facts (seasons, premiere and finale dates, episode counts, the next
episode, its status), never of decisions. Its data is CC BY-SA: whatever shows it credits TVmaze and
links the show's page (`TVShow.url`).

Polite by construction: at most `rate` requests in any rolling `per` seconds (TVmaze documents at
least 20 calls every 10 seconds per IP), a User-Agent naming the bot, a short timeout, and 429 / 5xx
/ network errors retried with backoff (about 2 s after a 429, as TVmaze advises). What it answers is
read leniently: unknown fields are ignored, missing ones tolerated, HTML in summaries reduced to
text. When TVmaze cannot be reached or answers garbage, `TVmazeUnavailable` says so in one line;
callers answer from the store as usual."""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

import aiohttp
import yarl

from bot import __version__
from bot.domain.errors import Season2Error
from bot.domain.markup import plain_text
from bot.domain.refresh import TVSeasonFacts
from bot.pacing import Pace

log = logging.getLogger(__name__)

USER_AGENT = f"season2bot/{__version__} (Discord bot: will there be a season 2?)"
RATE = 20  # requests …
PER = 10.0  # … in any rolling window of this many seconds

# Added to the window: TVmaze counts a request when it arrives, we when we send it, and a slow first
# request can arrive late enough to crowd the next window. TVmaze advises 0.5 s between requests.
MARGIN = 0.5
TIMEOUT = 5.0  # seconds for one request, connection included
RETRIES = 3  # after the first try
SHOW_EMBEDS = ("seasons", "nextepisode")
Since = Literal["day", "week", "month"]


def process_pace() -> Pace:
    """The one window every TVmaze client of a process shares (the bot's nightly job and fans'
    lookups): TVmaze counts requests per IP."""
    return Pace(RATE, PER + MARGIN)


class TVmazeUnavailable(Season2Error):
    """TVmaze could not be reached, kept failing, or answered something that is not its API."""


# ---------------------------------------------------------------- what TVmaze says, as values


@dataclass(frozen=True, slots=True)
class TVSeason:
    number: int
    premiere: date | None = None
    end: date | None = None
    episodes: int | None = None  # TVmaze's episodeOrder: how many are planned or aired


@dataclass(frozen=True, slots=True)
class TVEpisode:
    season: int
    number: int | None
    airdate: date | None = None
    airstamp: datetime | None = None  # the air time as a UTC instant, where TVmaze knows it


@dataclass(frozen=True, slots=True)
class TVShow:
    id: int
    name: str
    url: str  # the show's TVmaze page: the credit link its licence asks for
    status: str | None = None  # Running, Ended, To Be Determined, In Development
    premiered: date | None = None
    ended: date | None = None
    language: str | None = None
    network: str | None = None  # the network's or the streaming service's name
    country: str | None = None  # ISO code of the network's country
    timezone: str | None = None  # the network's time zone (premieres known to the day start there)
    imdb: str | None = None
    thetvdb: int | None = None
    summary: str = ""  # plain text
    updated: int | None = None  # unix time of TVmaze's last change
    seasons: tuple[TVSeason, ...] = ()
    next_episode: TVEpisode | None = None

    def season_facts(self) -> list[TVSeasonFacts]:
        """Its seasons as the refresh reads them; a season whose first episode is the next to air,
        on the season's premiere day, gets that episode's air instant as its release instant."""
        nxt = self.next_episode
        out = []
        for s in self.seasons:
            at = None
            if (
                nxt is not None
                and nxt.season == s.number
                and nxt.number == 1
                and nxt.airstamp is not None
                and nxt.airdate is not None
                and nxt.airdate == s.premiere
            ):
                at = nxt.airstamp
            out.append(TVSeasonFacts(s.number, s.premiere, s.end, s.episodes, premiere_at=at))
        return out


@dataclass(frozen=True, slots=True)
class SearchHit:
    score: float
    show: TVShow


# ---------------------------------------------------------------- reading TVmaze's JSON


def _date(value: object) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def parse_season(data: object) -> TVSeason | None:
    d = _mapping(data)
    number = _int(d.get("number"))
    if number is None or number < 1:
        return None
    return TVSeason(
        number, _date(d.get("premiereDate")), _date(d.get("endDate")), _int(d.get("episodeOrder"))
    )


def parse_episode(data: object) -> TVEpisode | None:
    d = _mapping(data)
    season = _int(d.get("season"))
    if season is None:
        return None
    return TVEpisode(season, _int(d.get("number")), _date(d.get("airdate")), _instant(d.get("airstamp")))


def parse_show(data: object) -> TVShow:
    """A show object (with whatever `_embedded` it carries); raises ValueError if it is not one."""
    d = _mapping(data)
    show_id, name = _int(d.get("id")), _str(d.get("name"))
    if show_id is None or name is None:
        raise ValueError("not a TVmaze show (no id or name)")
    network = _mapping(d.get("network")) or _mapping(d.get("webChannel"))
    country = _mapping(network.get("country"))
    externals = _mapping(d.get("externals"))
    embedded = _mapping(d.get("_embedded"))
    raw_seasons = embedded.get("seasons")
    seasons = sorted(
        (s for s in (parse_season(x) for x in raw_seasons) if s is not None)
        if isinstance(raw_seasons, list)
        else (),
        key=lambda s: s.number,
    )
    url = _str(d.get("url")) or f"https://www.tvmaze.com/shows/{show_id}"
    return TVShow(
        id=show_id,
        name=name.strip(),
        url=url,
        status=_str(d.get("status")),
        premiered=_date(d.get("premiered")),
        ended=_date(d.get("ended")),
        language=_str(d.get("language")),
        network=_str(network.get("name")),
        country=_str(country.get("code")),
        timezone=_str(country.get("timezone")),
        imdb=_str(externals.get("imdb")),
        thetvdb=_int(externals.get("thetvdb")),
        summary=plain_text(d.get("summary")),
        updated=_int(d.get("updated")),
        seasons=tuple(seasons),
        next_episode=parse_episode(embedded.get("nextepisode")) if embedded.get("nextepisode") else None,
    )


# ---------------------------------------------------------------- the client


class TVmaze:
    """`async with TVmaze(base_url) as tv:` or `close()` when done. One per process is enough."""

    def __init__(
        self,
        base_url: str,
        *,
        rate: int = RATE,
        per: float = PER,
        timeout: float = TIMEOUT,
        retries: int = RETRIES,
        backoff: float = 1.0,
        shared: Pace | None = None,
    ) -> None:
        """`rate`: this client's own share; `shared`: the pace of every client of this process
        (TVmaze counts per IP), which each request also waits for."""
        self.base_url = base_url.rstrip("/")
        self.window = Pace(rate, per + MARGIN)
        self.shared = shared
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.retries = retries
        self.backoff = backoff  # seconds: the base of the waits between tries
        self.requests = 0  # requests sent (for benchmarks and logs)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> TVmaze:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=self.timeout, headers={"User-Agent": USER_AGENT, "Accept": "application/json"}
            )
        return self._session

    async def _get(self, path: str, params: Iterable[tuple[str, str]] = ()) -> object:
        """The decoded JSON of a GET, None for 404; TVmazeUnavailable when it cannot be had."""
        return await self._fetch(f"{self.base_url}{path}", list(params), hops=2)

    async def _fetch(self, url: str, query: list[tuple[str, str]], *, hops: int) -> object:
        """One GET with its retries. A redirect (lookups answer one) is followed as a request of its
        own, inside the rate limit."""
        path = yarl.URL(url).path
        last = "no answer"
        for attempt in range(self.retries + 1):
            if attempt:
                # Full jitter; a 429 waits at least 2 s, as TVmaze advises.
                pause = random.uniform(0, self.backoff * 2**attempt)  # jitter, not crypto
                await asyncio.sleep(max(pause, 2.0 * self.backoff) if last.startswith("429") else pause)
            await self.window.wait()
            if self.shared is not None:
                await self.shared.wait()
            self.requests += 1
            try:
                async with self._http().get(url, params=query, allow_redirects=False) as response:
                    if response.status == 404:
                        return None
                    location = response.headers.get("Location")
                    if response.status in (301, 302, 303, 307, 308) and location and hops > 0:
                        target = response.url.join(yarl.URL(location))
                        return await self._fetch(
                            str(target.with_query(None)), list(target.query.items()), hops=hops - 1
                        )
                    if response.status == 429 or response.status >= 500:
                        last = f"{response.status} {response.reason}"
                        log.info("TVmaze %s answered %s (try %d)", path, last, attempt + 1)
                        continue
                    if response.status != 200:
                        raise TVmazeUnavailable(f"TVmaze answered {response.status} for {path}.")
                    body = await response.read()
            except (aiohttp.ClientError, TimeoutError, OSError) as exc:
                last = type(exc).__name__
                log.info("TVmaze %s failed: %r (try %d)", path, exc, attempt + 1)
                continue
            try:
                decoded: object = json.loads(body)
            except (ValueError, RecursionError):
                raise TVmazeUnavailable(f"TVmaze answered something that is not JSON for {path}.") from None
            return decoded
        raise TVmazeUnavailable(f"TVmaze could not be reached ({last}).")

    @staticmethod
    def _embeds(embed: Iterable[str]) -> list[tuple[str, str]]:
        names = list(embed)
        if len(names) == 1:
            return [("embed", names[0])]
        return [("embed[]", name) for name in names]

    async def search(self, query: str) -> list[SearchHit]:
        """Candidates for a name, best first (TVmaze's fuzzy search)."""
        data = await self._get("/search/shows", [("q", query)])
        hits: list[SearchHit] = []
        for item in data if isinstance(data, list) else ():
            row = _mapping(item)
            try:
                show = parse_show(row.get("show"))
            except ValueError:
                continue  # one odd row never spoils the list
            score = row.get("score")
            hits.append(SearchHit(float(score) if isinstance(score, int | float) else 0.0, show))
        return hits

    async def single_search(self, query: str, embed: Iterable[str] = SHOW_EMBEDS) -> TVShow | None:
        """The one best match for a name, or None."""
        return self._show(await self._get("/singlesearch/shows", [("q", query), *self._embeds(embed)]))

    async def lookup(self, *, imdb: str | None = None, thetvdb: int | None = None) -> TVShow | None:
        """The show with this IMDb or TheTVDB id (TVmaze redirects to it), or None."""
        if imdb is not None:
            params = [("imdb", imdb)]
        elif thetvdb is not None:
            params = [("thetvdb", str(thetvdb))]
        else:
            raise ValueError("lookup needs an imdb or a thetvdb id")
        return self._show(await self._get("/lookup/shows", params))

    async def show(self, show_id: int, embed: Iterable[str] = SHOW_EMBEDS) -> TVShow | None:
        """A show with its seasons and next episode embedded; None if TVmaze no longer has it."""
        return self._show(await self._get(f"/shows/{int(show_id)}", self._embeds(embed)))

    async def updates(self, since: Since = "day") -> dict[int, int]:
        """Show id -> unix time of its last change, for the shows changed in the window."""
        data = await self._get("/updates/shows", [("since", since)])
        out: dict[int, int] = {}
        for key, value in _mapping(data).items():
            if str(key).isdigit() and isinstance(value, int):
                out[int(key)] = value
        return out

    @staticmethod
    def _show(data: object) -> TVShow | None:
        if data is None:
            return None
        try:
            return parse_show(data)
        except ValueError:
            raise TVmazeUnavailable("TVmaze answered something that is not a show.") from None
