"""Any show, on demand: a title the catalogue does not hold is looked up on TVmaze when a fan asks.

TVmaze's single-search hit is taken. If the catalogue already holds that show (the same TVmaze, IMDb
or TheTVDB id, or the same title with the same premiere year), the answer is that show: no duplicate
is stored. Otherwise it is stored through the one write path as an unreviewed show (its seasons,
dates and TVmaze's status word, its platform and country when TVmaze gives them) and answered from:
facts labelled as TVmaze's, never a verdict. It then joins the review queue, most asked first.

Lookups are limited per user (a few a minute) and share TVmaze's rate limit with the nightly job,
which keeps `LOOKUP_SHARE` of every window free for them; a lookup that takes longer than
`LOOKUP_TIMEOUT` seconds is given up, and the fan is told TVmaze could not be reached."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from bot.domain import dates
from bot.domain.catalogue_file import IMDB
from bot.domain.dates import time_zone
from bot.domain.errors import UserError
from bot.domain.events import Actor
from bot.domain.models import Links, Show
from bot.domain.refresh import refresh
from bot.domain.search import search_key, slugify
from bot.edits import Editor
from bot.pacing import Pace
from bot.store import catalogue as store
from bot.tvmaze import TVmaze, TVmazeUnavailable, TVShow

if TYPE_CHECKING:
    from bot.catalogue import Catalogue

log = logging.getLogger(__name__)

TVMAZE = Actor("TVmaze")
LOOKUPS_PER_USER = 4  # TVmaze lookups one user may start …
LOOKUP_WINDOW = 60.0  # … in this many seconds
LOOKUP_TIMEOUT = 8.0  # seconds a fan waits for TVmaze before being told it could not be reached
LOOKUP_SHARE = 6  # of TVmaze's 20 requests per 10 s, the nightly job leaves this many to lookups
SEARCH_CANDIDATES = 10  # TVmaze candidates /show search lists after the catalogue's hits

Outcome = Literal["held", "added", "not_found"]


@dataclass(frozen=True, slots=True)
class Found:
    outcome: Outcome  # held: the catalogue had it already; added: stored now, unreviewed
    show: Show | None = None


class Limiter:
    """At most `count` lookups per user in any rolling `window` seconds (in memory: a restart
    forgets, which costs TVmaze a few requests at most)."""

    def __init__(
        self,
        count: int = LOOKUPS_PER_USER,
        window: float = LOOKUP_WINDOW,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.count = count
        self.window = window
        self.clock = clock
        self._seen: dict[int, deque[float]] = {}

    def take(self, user_id: int) -> None:
        """Count one lookup for `user_id`, or raise UserError saying how long to wait."""
        now = self.clock()
        seen = self._seen.setdefault(user_id, deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(seen) >= self.count:
            wait = max(1, round(seen[0] + self.window - now))
            raise UserError(
                "You have looked up {count} shows on TVmaze in the last minute. Try again in {wait} s,"
                " or pick a show from the list as you type.",
                count=self.count,
                wait=wait,
            )
        seen.append(now)
        if len(self._seen) > 10_000:  # forget users whose window has passed
            for user, times in list(self._seen.items()):
                if not times or times[-1] <= now - self.window:
                    del self._seen[user]


def unreviewed_show(found: TVShow, slug: str, today: date) -> tuple[Show, dict[tuple[int, str], str]]:
    """A catalogue record of what TVmaze holds, unreviewed (missing country or platform stay empty),
    and its season values as TVmaze's own, so refreshes keep them current."""
    bare = Show(slug=slug, title=found.name, platform="", country="", last_checked=today, reviewed=False)
    update = refresh(bare, found.season_facts(), {})
    imdb = found.imdb if found.imdb and IMDB.match(found.imdb) else None
    country = found.country.upper() if found.country and len(found.country) == 2 else ""
    show = Show(
        slug=slug,
        title=found.name,
        platform=found.network or "",
        country=country,
        last_checked=today,
        seasons=update.seasons,
        links=Links(found.id, imdb, found.thetvdb),
        reviewed=False,
        tvmaze_status=found.status,
        timezone=found.timezone if found.timezone and time_zone(found.timezone) else None,
    )
    return show, update.owned


class Lookup:
    """One per bot (or per `ask`): owns its TVmaze client, closed with `close()`."""

    def __init__(
        self,
        editor: Editor,
        tv: TVmaze,
        *,
        limiter: Limiter | None = None,
        timeout: float = LOOKUP_TIMEOUT,
        today: Callable[[], date] = dates.today,
    ) -> None:
        self.editor = editor
        self.tv = tv
        self.limiter = limiter or Limiter()
        self.timeout = timeout
        self.today = today
        self._writing = asyncio.Lock()  # two fans asking for one new show at once store it once

    @classmethod
    def for_base(cls, editor: Editor, base_url: str, shared: Pace | None = None) -> Lookup:
        """`shared`: the process's TVmaze window (bot.tvmaze.process_pace), which lookups may
        fill whole while the nightly job is idle."""
        return cls(editor, TVmaze(base_url, retries=1, shared=shared))

    async def close(self) -> None:
        await self.tv.close()

    async def find(self, title: str, catalogue: Catalogue, *, exact: bool = False) -> Found:
        """The show TVmaze's single search gives for `title`: the catalogue's own if it holds it,
        else stored now, unreviewed. TVmazeUnavailable when it cannot be asked in time.

        `exact`: only a show whose name is `title` (letter case, accents and punctuation aside)
        counts, for a title nobody chose from a list (the radar's, as a headline wrote it)."""
        try:
            async with asyncio.timeout(self.timeout):
                found = await self.tv.single_search(title, embed=("seasons",))
        except TimeoutError:
            raise TVmazeUnavailable("TVmaze did not answer in time.") from None
        if found is None or (exact and search_key(found.name) != search_key(title)):
            return Found("not_found")
        async with self._writing:
            held = await self._held(found, catalogue)
            if held is not None:
                return Found("held", held)
            show, owned = unreviewed_show(found, await self._free_slug(found), self.today())
            try:
                change = await self.editor.add_from_tvmaze(show, owned, TVMAZE)
            except UserError as exc:  # TVmaze's record breaks a catalogue rule (a 300-letter title…)
                log.warning("TVmaze show %d could not be stored: %s", found.id, exc)
                return Found("not_found")
        log.info("stored TVmaze show %d (%s) as %s, unreviewed", found.id, found.name, show.slug)
        return Found("added", change.after)

    async def search(self, query: str) -> list[TVShow]:
        """TVmaze's candidates for a query, best first, without the shows the catalogue holds."""
        try:
            async with asyncio.timeout(self.timeout):
                hits = await self.tv.search(query)
        except TimeoutError:
            raise TVmazeUnavailable("TVmaze did not answer in time.") from None
        out: list[TVShow] = []
        for hit in hits:
            if await store.by_links(self.editor.db, Links(tvmaze=hit.show.id)) is None:
                out.append(hit.show)
        return out[:SEARCH_CANDIDATES]

    async def _held(self, found: TVShow, catalogue: Catalogue) -> Show | None:
        """The catalogue's show that is `found`: by an id, else by title and premiere year."""
        imdb = found.imdb if found.imdb and IMDB.match(found.imdb) else None
        held = await store.by_links(self.editor.db, Links(found.id, imdb, found.thetvdb))
        if held is not None:
            return held
        if found.premiered is None:
            return None
        for entry in catalogue.named(found.name):
            if entry.year == found.premiered.year:
                return await store.by_id(self.editor.db, entry.show_id)
        return None

    async def _free_slug(self, found: TVShow) -> str:
        base = slugify(found.name) or f"tvmaze-{found.id}"
        year = f"-{found.premiered.year}" if found.premiered else ""
        for slug in (base, f"{base}{year}", f"{base}-tvmaze-{found.id}"):
            if await store.by_slug(self.editor.db, slug[:80]) is None:
                return slug[:80]
        return f"tvmaze-{found.id}"
