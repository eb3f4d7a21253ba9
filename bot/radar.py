"""The renewal radar around its classifier (bot.domain.radar): reading RSS/Atom with feedparser,
and matching headlines against the catalogue's names.

`python -m bot radar scan FILE_OR_URL` uses it to print what a feed would propose."""

from __future__ import annotations

import calendar
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import aiohttp
import feedparser

from bot import __version__
from bot.domain.errors import UserError
from bot.domain.radar import Finding, Item, Name, classify
from bot.domain.search import Entry, search_key

log = logging.getLogger(__name__)

FEED_MAX_BYTES = 5_000_000
FETCH_TIMEOUT = 15.0
USER_AGENT = f"season2bot/{__version__} (renewal radar; Discord bot: will there be a season 2?)"


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed, as the radar reads it."""

    title: str
    url: str | None
    summary: str
    published: datetime | None
    guid: str

    def as_item(self) -> Item:
        return Item(self.title, self.summary, self.published.date() if self.published else None)


class Names:
    """The catalogue's names, folded, for the classifier to find shows in headlines, with each show's
    next season (for "renewed for another season")."""

    def __init__(self, entries: Iterable[Entry], next_seasons: Mapping[int, int] | None = None) -> None:
        self._by_key: dict[str, list[Name]] = {}
        following = next_seasons or {}
        for entry in entries:
            name = Name(entry.slug, entry.title, following.get(entry.show_id))
            for text in entry.names:
                key = search_key(text)
                if key:
                    shows = self._by_key.setdefault(key, [])
                    if name not in shows:
                        shows.append(name)

    def __call__(self, key: str) -> Sequence[Name]:
        return self._by_key.get(key, ())


def parse_feed(raw: bytes, name: str) -> list[FeedItem]:
    """The items of an RSS or Atom document; UserError (one line) if it is not one."""
    parsed: Any = feedparser.parse(raw)
    entries = parsed.get("entries") or []
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        raise UserError("{name} is not an RSS or Atom feed.", name=name[:200])
    items: list[FeedItem] = []
    for entry in entries:
        title = str(entry.get("title") or "").strip()
        if not title:
            continue
        link = entry.get("link")
        url = str(link) if isinstance(link, str) and link.startswith(("http://", "https://")) else None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
        guid = str(entry.get("id") or url or title)
        items.append(FeedItem(title, url, str(entry.get("summary") or ""), published, guid))
    return items


async def fetch(url: str) -> bytes:
    """A feed's bytes over HTTP (for `radar scan URL`); UserError (one line) when it cannot be had."""
    try:
        async with (
            aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=FETCH_TIMEOUT), headers={"User-Agent": USER_AGENT}
            ) as session,
            session.get(url) as response,
        ):
            if response.status != 200:
                raise UserError("{url} answered {status}.", url=url[:200], status=response.status)
            body = await response.content.read(FEED_MAX_BYTES + 1)
    except (aiohttp.ClientError, TimeoutError, OSError) as exc:
        raise UserError(
            "{url} could not be fetched ({why}).", url=url[:200], why=type(exc).__name__
        ) from None
    if len(body) > FEED_MAX_BYTES:
        raise UserError("{url} is larger than 5 MB: not a feed.", url=url[:200])
    return body


@dataclass(frozen=True, slots=True)
class Scanned:
    item: FeedItem
    finding: Finding

    def as_json(self) -> dict[str, object]:
        f = self.finding
        return {
            "title": self.item.title,
            "url": self.item.url,
            "show": f.show,
            "show_title": f.show_title,
            "season": f.season,
            "kind": f.kind,
            "final": f.final,
            "date": f.date,
        }


def scan(items: Sequence[FeedItem], names: Names) -> list[Scanned]:
    """What each item would propose (an item may propose several: a multi-season order)."""
    return [Scanned(item, finding) for item in items for finding in classify(item.as_item(), names)]
