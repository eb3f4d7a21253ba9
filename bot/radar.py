"""The renewal radar around its classifier (bot.domain.radar): reading RSS/Atom with feedparser,
and matching headlines against the catalogue's names.

`python -m bot radar scan FILE_OR_URL` uses it to print what a feed would propose."""

from __future__ import annotations

import asyncio
import calendar
import json
import logging
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import aiohttp
import feedparser

from bot import __version__
from bot.domain.dates import today, utcnow
from bot.domain.errors import Season2Error, UserError
from bot.domain.markup import plain_text
from bot.domain.models import Show
from bot.domain.radar import (
    MAX_SEASON,
    Finding,
    Item,
    Name,
    bundled_screen,
    classify,
    ends_with_another,
    season_worded,
)
from bot.domain.search import Entry, search_key
from bot.store import Store, catalogue, feeds, review

log = logging.getLogger(__name__)

FEED_MAX_BYTES = 5_000_000
_CHUNK = 1 << 16  # bytes read from a feed's answer at a time
FETCH_TIMEOUT = 15.0
BUNDLED = Path(__file__).resolve().parent.parent / "data" / "feeds.json"
USER_AGENT = f"season2bot/{__version__} (renewal radar; Discord bot: will there be a season 2?)"


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed, as the radar reads it."""

    title: str
    url: str | None
    summary: str
    published: datetime | None
    guid: str
    categories: tuple[str, ...] = ()  # the publisher's, as the feed files the item

    def as_item(self) -> Item:
        # An item without a date is news of the day it is read: "Premieres May 29" is the next May 29.
        published = self.published.date() if self.published else today()
        return Item(self.title, self.summary, published, self.categories)


class Names:
    """The catalogue's names, folded, for the classifier to find shows in headlines, with each show's
    next season (for "renewed for another season") and the date of the catalogue's latest fact about
    it (older news counts no season from it)."""

    def __init__(
        self,
        entries: Iterable[Entry],
        next_seasons: Mapping[int, int] | None = None,
        known: Mapping[int, date] | None = None,
    ) -> None:
        self._by_key: dict[str, list[Name]] = {}
        self.ids: dict[str, int] = {}  # slug -> show id
        following = next_seasons or {}
        latest = known or {}
        for entry in entries:
            name = Name(entry.slug, entry.title, following.get(entry.show_id), latest.get(entry.show_id))
            self.ids[entry.slug] = entry.show_id
            for text in entry.names:
                key = search_key(text)
                if key:
                    shows = self._by_key.setdefault(key, [])
                    if name not in shows:
                        shows.append(name)

    def __call__(self, key: str) -> Sequence[Name]:
        return self._by_key.get(key, ())

    @classmethod
    async def read(cls, db: Store) -> Names:
        """The catalogue's names as the store holds them now (folding them is done in a thread: a
        large catalogue takes a while, and the event loop has answers to give)."""
        entries = await catalogue.search_entries(db)
        following = await catalogue.next_seasons(db)
        known = await catalogue.latest_facts(db, today())
        return await asyncio.to_thread(cls, entries, following, known)


def parse_feed(raw: bytes, name: str) -> list[FeedItem]:
    """The items of an RSS or Atom document; UserError (one line) if it is not one."""
    return parse_document(raw, name)[0]


def parse_document(raw: bytes, name: str) -> tuple[list[FeedItem], int | None]:
    """The items of an RSS or Atom document, and how many seconds the feed asks to be left between
    reads (its RSS `<ttl>`, in minutes), if it says; UserError (one line) if it is not a feed."""
    parsed: Any = feedparser.parse(raw)
    entries = parsed.get("entries") or []
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        raise UserError("{name} is not an RSS or Atom feed.", name=name[:200])
    ttl = str((parsed.get("feed") or {}).get("ttl") or "").strip()
    return _items(entries), int(ttl) * 60 if ttl.isdigit() and 0 < int(ttl) < 100_000 else None


def _items(entries: list[Any]) -> list[FeedItem]:
    """feedparser's entries as the radar reads them (an entry without a title is left out)."""
    items: list[FeedItem] = []
    for entry in entries:
        title = str(entry.get("title") or "").strip()
        if (entry.get("title_detail") or {}).get("type") in ("text/html", "application/xhtml+xml"):
            # "<em>Severance</em> Renewed for Season 3": an Atom title in HTML or XHTML
            title = plain_text(title)
        if not title:
            continue
        link = entry.get("link")
        url = str(link) if isinstance(link, str) and link.startswith(("http://", "https://")) else None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        try:
            published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
        except (OverflowError, ValueError, TypeError):
            published = None
        guid = str(entry.get("id") or url or title)
        summary = str(entry.get("summary") or "")
        items.append(FeedItem(title, url, summary, published, guid, _categories(entry)))
    return items


MAX_CATEGORIES = 50  # of one item: a feed's tags beyond these say nothing more of its section


def _categories(entry: Mapping[str, object]) -> tuple[str, ...]:
    """The item's categories as the publisher files it: RSS `<category>`, Atom `<category term>` (their
    labels when a term is a scheme's code), each once, in the feed's order."""
    tags = entry.get("tags")
    seen: dict[str, None] = {}
    for tag in tags if isinstance(tags, list) else []:
        if not isinstance(tag, Mapping):
            continue
        for value in (tag.get("term"), tag.get("label")):
            text = " ".join(str(value or "").split())[:100]
            if text:
                seen.setdefault(text, None)
        if len(seen) >= MAX_CATEGORIES:
            break
    return tuple(seen)[:MAX_CATEGORIES]


async def fetch(url: str) -> bytes:
    """A feed's bytes over HTTP (for `radar scan URL`), by the same client the bot polls with;
    UserError (one line) when it cannot be had."""
    client = FeedClient()
    try:
        got = await client.get(url, etag=None, last_modified=None)
    except FeedError as exc:
        raise UserError("{url} {why}.", url=url[:200], why=str(exc)) from None
    finally:
        await client.close()
    return got.body


@dataclass(frozen=True, slots=True)
class Scanned:
    item: FeedItem
    finding: Finding

    def as_json(self) -> dict[str, object]:
        """The line `radar scan --json` prints. `final` is a renewal's: true when the season ordered is
        announced as the last (an ending is the last season by its kind, and says false)."""
        f = self.finding
        return {
            "title": self.item.title,
            "url": self.item.url,
            "show": f.show,
            "show_title": f.show_title,
            "season": f.season,
            "kind": f.kind,
            "final": f.final and f.kind == "renewed",
            "date": f.date,
        }


def scan(items: Sequence[FeedItem], names: Names) -> list[Scanned]:
    """What each item would propose (an item may propose several: a multi-season order)."""
    return [Scanned(item, finding) for item, findings in read_items(items, names) for finding in findings]


# ---------------------------------------------------------------- polling


class FeedError(Season2Error):
    """A feed could not be had this time (one line, kept as the feed's last error), and how many
    seconds the publisher asked to be left before the next try (its `Retry-After`), if it did."""

    def __init__(self, message: str, *, retry_after: float | None = None, gone: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.gone = gone  # 410: the publisher took the feed down for good


def retry_after(value: str | None, now: datetime) -> float | None:
    """A `Retry-After` header's wait in seconds: delay-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    value = (value or "").strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - now).total_seconds(), 0.0)


@dataclass(frozen=True, slots=True)
class Fetched:
    status: int  # 200, or 304 (not modified since the last poll)
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    moved_to: str | None = None  # where the publisher moved the feed for good, if it answered so


_PERMANENT = frozenset({301, 308})  # moved for good (RFC 9110 §15.4.2, §15.4.9); 302, 303, 307 are for now


def moved_for_good(response: aiohttp.ClientResponse) -> str | None:
    """The address a feed's publisher moved it to for good: the answer's own, when every redirect on
    the way to it was permanent; None when there was none, or one only for now."""
    hops = response.history
    if not hops or any(hop.status not in _PERMANENT for hop in hops):
        return None
    return str(response.url)


class FeedClient:
    """Conditional GETs (ETag / Last-Modified), a short timeout, a size cap; redirects followed (at
    most 10, aiohttp's default), and a permanent move reported. `close()` when done."""

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=FETCH_TIMEOUT), headers={"User-Agent": USER_AGENT}
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def get(self, url: str, *, etag: str | None, last_modified: str | None) -> Fetched:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            async with self._http().get(url, headers=headers) as response:
                moved = moved_for_good(response)
                if response.status == 304:
                    return Fetched(304, moved_to=moved)
                if response.status != 200:
                    wait = retry_after(response.headers.get("Retry-After"), utcnow())
                    gone = response.status == 410
                    raise FeedError(
                        f"answered {response.status}" + (" (gone for good)" if gone else ""),
                        retry_after=wait,
                        gone=gone,
                    )
                # (`content.read(n)` gives what has arrived, up to n bytes: one chunk of a large feed)
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.content.iter_chunked(_CHUNK):
                    size += len(chunk)
                    if size > FEED_MAX_BYTES:
                        raise FeedError("larger than 5 MB")
                    chunks.append(chunk)
                body = b"".join(chunks)
                return Fetched(
                    200, body, response.headers.get("ETag"), response.headers.get("Last-Modified"), moved
                )
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise FeedError(f"could not be reached ({type(exc).__name__})") from None


def publisher_of(feed_name: str) -> str:
    """ "Deadline (TV)" -> "Deadline"; "BBC News - Entertainment & Arts" -> "BBC News"."""
    return re.sub(r"\s*\(.*\)$|\s+[-\u2013\u2014|]\s+.*$", "", feed_name).strip() or feed_name


def proposal(
    item: FeedItem,
    finding: Finding,
    publisher: str,
    names: Names,
    *,
    show_id: int | None = None,
    counted: bool = False,
) -> review.Proposal | None:
    """The review item a finding makes, for a show the catalogue holds (or `show_id`, the show
    TVmaze gave for a title the catalogue lacked); None for what cannot be recorded (a show the
    catalogue lacks, a season or date nobody said). `counted`: the finding's season is not the
    headline's but counted from the catalogue (`renewal_counted`, `premiere_counted`), for the curator
    to confirm."""
    if show_id is None:
        if finding.show is None or finding.show not in names.ids:
            return None
        show_id = names.ids[finding.show]
    # (a season the radar counted, not read: said in the summary, marked in the data for Accept to ask)
    note, marked = (f" ({COUNTED_NOTE})", {"counted": True}) if counted else ("", {})
    source = {
        "url": item.url,
        "publisher": publisher,
        "title": item.title[:300],
        "date": item.published.date().isoformat() if item.published else None,
    }
    if finding.kind in ("renewed", "cancelled", "ended"):
        season = finding.season
        if finding.kind == "ended" and season is not None:
            season += 1  # the catalogue's ending names the first season not made
        if season is None or not 1 <= season <= MAX_SEASON or item.url is None:
            return None
        status = finding.kind
        final = " (final season)" if finding.final else ""
        summary = f"season {season} {status}{final}{note}: “{item.title[:200]}” ({publisher})"
        data: dict[str, object] = {
            "season": season,
            "status": status,
            "final": finding.final,
            "sources": [source],
            **marked,
        }
        return review.Proposal(f"decision:{show_id}:{season}:{status}", "decision", show_id, summary, data)
    if finding.kind in ("in_production", "wrapped"):
        if finding.season is None or item.url is None:
            return None
        words = "in production" if finding.kind == "in_production" else "filming wrapped"
        summary = f"season {finding.season} {words}: “{item.title[:200]}” ({publisher})"
        data = {"season": finding.season, "milestone": finding.kind, "sources": [source]}
        key = f"milestone:{show_id}:{finding.season}:{finding.kind}"
        return review.Proposal(key, "milestone", show_id, summary, data)
    if finding.kind == "premiere_date" and finding.season is not None and finding.date is not None:
        what = f"season {finding.season} premieres {finding.date}{note}"
        summary = f"{what}: “{item.title[:200]}” ({publisher})"
        data = {"season": finding.season, "premiere": finding.date, "sources": [source], **marked}
        key = f"premiere:{show_id}:{finding.season}:{finding.date}"
        return review.Proposal(key, "premiere", show_id, summary, data)
    return None


@dataclass
class PollReport:
    polled: int = 0
    not_modified: int = 0
    items_read: int = 0
    queued: list[int] = field(default_factory=list)  # new review items
    failed: list[tuple[str, str]] = field(default_factory=list)  # (feed url, why)
    paused: list[str] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)  # (feed url, the address it moved to for good)
    # findings about a show the catalogue did not hold (looked up on TVmaze if on), of the items read to the
    # end: a kept item's count once, in the poll that reads it to the end
    unheld: int = 0
    waiting: int = 0  # items kept after the poll: their show could not be looked up yet
    waited: int = 0  # items kept at earlier polls and read to the end in this one


# How long an item waits for its show to be looked up before it is given up (news that old is no alert)
MAX_WAIT = timedelta(days=7)


class LookupDeferred(Season2Error):
    """Raised by a `Resolve` that cannot look a show up in this poll (its share of lookups is spent, or
    TVmaze cannot be reached): the item is kept whole (feeds.Waiting) and read again at the next polls,
    whether or not its feed still lists it."""


# a title as a headline wrote it -> a show id, or None when there is none (LookupDeferred: not now)
Resolve = Callable[[str], Awaitable[int | None]]


def recordable(finding: Finding, title: str) -> bool:
    """Whether a finding of the headline `title` says enough to be recorded once its show is known:
    worth looking a show up on TVmaze for (a decision with its season, or without one, which the show's
    own list gives: `counted`, and for a renewal `renewal_counted`, for the curator to confirm). Not a
    shoot whose season is only a number after the title: a film's sequel as often ("'Grown Ups 3' Begins
    Production": TVmaze lists a sitcom of that name)."""
    if finding.season is None:
        return finding.kind in ("cancelled", "ended", "renewed")
    if not 1 <= finding.season <= MAX_SEASON:
        return False
    if finding.kind in ("in_production", "wrapped") and not season_worded(title):
        return False
    return finding.kind != "premiere_date" or finding.date is not None


async def counted(db: Store, finding: Finding, show_id: int, item: FeedItem, now: date) -> Finding:
    """A cancellation or an ending told without its season, of a show just found (on TVmaze), with the
    season its list of seasons gives, as for a catalogue show: a cancellation's is the first season
    the show lists nothing of, an ending's the last it lists. Left without one for news older than the
    show's latest dated fact (a season since premiered may have followed it), and for an ending told to
    come with something besides a season ("to End With Four-Part Special"), as for a catalogue show."""
    if finding.season is not None or finding.kind not in ("cancelled", "ended"):
        return finding
    if finding.kind == "ended" and ends_with_another(item.title):
        return finding
    if await _older_than_catalogue(db, show_id, item, now):
        return finding
    following = (await catalogue.next_seasons(db, show_id)).get(show_id)
    if following is None:
        return finding
    season = following if finding.kind == "cancelled" else following - 1
    return replace(finding, season=season) if 1 <= season <= MAX_SEASON else finding


# What a proposal says of a season the radar counted, not read (in English as stored; render.item_summary
# says it in the curator's language)
COUNTED_NOTE = "the headline names no season: counted from the catalogue, confirm it"


async def renewal_counted(db: Store, show_id: int, item: FeedItem, now: date) -> int | None:
    """The season a renewal of a catalogue show told without one ("NBC Renews 'Chicago Fire'") orders,
    counted from the catalogue for the curator to confirm: the season of a renewal the catalogue holds
    that has not premiered by the item's day (news of it again: the proposal is then known, or joins
    the one waiting), else the first season the catalogue lists nothing of. None for news older than
    the show's latest dated fact, as for a cancellation (`counted`), and for a show the catalogue says
    was cancelled or has ended ("HBO renews 'Game of Thrones'", told again years later)."""
    show, published = await _as_news_of(db, show_id, item, now)
    if show is None:
        return None
    pending = _unaired_renewals(show, published)
    if pending:
        return max(pending)
    following = (await catalogue.next_seasons(db, show_id)).get(show_id)
    if following is None or not 1 <= following <= MAX_SEASON:
        return None
    if any(d.status != "renewed" and d.season >= following for d in show.decisions):
        return None  # the catalogue says the show is over: old news, or a revival a curator numbers
    return following


async def premiere_counted(db: Store, show_id: int, item: FeedItem, now: date) -> int | None:
    """The season a premiere date of a catalogue show told without one ("'Harbour Lights' Returns March
    5") is of, for the curator to confirm: the one renewal the catalogue holds whose season has not
    premiered by the item's day; None when it holds none or several, or for news older than the show's
    latest dated fact."""
    show, published = await _as_news_of(db, show_id, item, now)
    if show is None:
        return None
    pending = _unaired_renewals(show, published)
    return pending[0] if len(pending) == 1 else None


async def _as_news_of(db: Store, show_id: int, item: FeedItem, now: date) -> tuple[Show | None, date]:
    """The catalogue's show, unless the item is older than its latest dated fact, and the item's day."""
    published = item.published.date() if item.published else now
    if await _older_than_catalogue(db, show_id, item, now):
        return None, published
    return await catalogue.by_id(db, show_id), published


async def _older_than_catalogue(db: Store, show_id: int, item: FeedItem, now: date) -> bool:
    """Whether the item is older news than the show's latest dated fact (a season since premiered may
    have followed it, so no season is counted from the catalogue); an undated item is today's."""
    published = item.published.date() if item.published else now
    latest = (await catalogue.latest_facts(db, now, show_id)).get(show_id)
    return latest is not None and published < latest


def _unaired_renewals(show: Show, day: date) -> list[int]:
    """The seasons ordered that had not surely premiered by `day`, in order: those the catalogue holds
    as renewed, and those it lists past the first and past the last aired, with no premiere yet or one
    to come (TVmaze lists a season once it is ordered, so a show found or refreshed there may list the
    season a renewal told again orders before anyone records the renewal; a renewal never orders a
    first season). A premiere known only by its month or year counts as aired once that month or year
    is over: Tracker's fourth season "2026" had not aired when "'Tracker' ... Among 10 Series Renewed at
    CBS" on 22 January 2026 reported its renewal."""

    def aired(number: int) -> bool:
        season = show.season(number)
        return season is not None and season.premiere is not None and season.premiere.end() < day

    renewed = {d.season for d in show.decisions if d.status == "renewed"}
    # (not a season listed only for a cancellation or an ending the catalogue holds: the show is over;
    # nor one listed without a date before a season that has aired: its date is unknown, not to come)
    decided = {d.season for d in show.decisions if d.status != "renewed"}
    latest = max((s.number for s in show.seasons if aired(s.number)), default=1)
    listed = {s.number for s in show.seasons if s.number > latest} - decided
    return sorted(n for n in renewed | listed if not aired(n))


async def poll_due(
    db: Store,
    client: FeedClient,
    names: Names,
    now: datetime,
    *,
    bundled: bool,
    resolve: Resolve | None = None,
) -> PollReport:
    """Poll every feed whose time has come; each new item is classified once, what it announces
    about a catalogue show joins the review queue (with the article as its source), and the item
    is remembered as read in the same transaction.

    `resolve` finds a show the catalogue lacks (on TVmaze, storing it unreviewed) for a finding
    that names one as written; without it, such findings are only counted."""
    report = PollReport()
    # the learned screen's file is read once, off the event loop (a fraction of a second, 26 MB at its peak)
    await asyncio.to_thread(bundled_screen)
    # items that waited for a lookup go first: theirs is the older news
    await _read_waiting(db, names, resolve, now, report, bundled=bundled)
    for feed in await feeds.due(db, now, bundled=bundled):
        report.polled += 1
        try:
            fetched = await client.get(feed.address, etag=feed.etag, last_modified=feed.last_modified)
            # feedparser on a large document is CPU work: off the event loop, so answers never wait.
            items, ttl = (
                await asyncio.to_thread(parse_document, fetched.body, feed.address)
                if fetched.status == 200
                else ([], None)
            )
        except (FeedError, UserError) as exc:
            why = str(exc)
            fault = exc if isinstance(exc, FeedError) else None
            after = await feeds.failed(
                db, feed, now, why,
                retry_after=fault.retry_after if fault else None, gone=bool(fault and fault.gone),
            )  # fmt: skip
            report.failed.append((feed.url, why))
            if after.paused:
                report.paused.append(feed.url)
                log.warning("radar: feed %s paused after %d failures (%s)", feed.address, after.failures, why)
            else:
                log.info("radar: feed %s failed (%s); next try %s", feed.address, why, after.next_poll_at)
            continue
        if fetched.moved_to is not None and fetched.moved_to != feed.address:
            report.moved.append((feed.url, fetched.moved_to))
            log.info(
                "radar: feed %s moved for good to %s: read there from now on", feed.address, fetched.moved_to
            )
        if fetched.status == 304:
            report.not_modified += 1
        fresh = await feeds.unseen(db, feed.id, [i.guid for i in items])
        publisher = publisher_of(feed.name)
        proposals = []
        # The classifier reads a few hundred headlines a second with the catalogue: a new feed's hundred
        # items, read on the event loop, held every answer back a third of a second (bench/radar_poll.py).
        readings = await asyncio.to_thread(read_items, [i for i in items if i.guid in fresh], names)
        waits: list[feeds.Waiting] = []  # items whose show could not be looked up now: kept, read again later
        for item, findings in readings:
            made = await _proposals_of(db, item, findings, publisher, names, resolve, now, report)
            if made is None:
                waits.append(feeds.Waiting(feed.id, feed.name, item.guid, item.title, item.url, item.summary,
                                           item.published, item.categories, now))  # fmt: skip
            else:
                proposals.extend(made)
        async with db.transaction() as conn:
            await feeds.mark_read_in(conn, feed.id, fresh)
            await feeds.wait_in(conn, waits)
            added = await review.propose_in(conn, proposals)
            await feeds.answered_in(
                conn, feed, now, etag=fetched.etag, last_modified=fetched.last_modified,
                read=len(fresh), proposed=len(added),
                interval=feeds.interval_for(ttl) if fetched.status == 200 else None,  # (304: no document)
                moved_to=fetched.moved_to,
            )  # fmt: skip
        report.items_read += len(fresh)
        report.queued.extend(added)
    report.waiting = await feeds.waiting_count(db, bundled=bundled)
    return report


async def _read_waiting(
    db: Store, names: Names, resolve: Resolve | None, now: datetime, report: PollReport, *, bundled: bool
) -> None:
    """The items kept at earlier polls, read again oldest first: those read to the end leave the list
    (their proposals queued); those whose show still cannot be looked up stay, for at most MAX_WAIT."""
    given_up = await feeds.give_up_waiting(db, now - MAX_WAIT)
    if given_up:
        log.warning("radar: %d items gave up waiting for a TVmaze lookup after %s", given_up, MAX_WAIT)
    kept = await feeds.waiting(db, bundled=bundled)
    if not kept:
        return
    items = [FeedItem(w.title, w.url, w.summary, w.published, w.guid, w.categories) for w in kept]
    readings = await asyncio.to_thread(read_items, items, names)
    for held, (item, findings) in zip(kept, readings, strict=True):
        publisher = publisher_of(held.feed_name)
        made = await _proposals_of(db, item, findings, publisher, names, resolve, now, report)
        if made is None:
            continue  # (still waiting)
        async with db.transaction() as conn:
            added = await review.propose_in(conn, made)
            await feeds.waited_in(conn, held, proposed=len(added))
        report.waited += 1
        report.queued.extend(added)


async def _proposals_of(
    db: Store,
    item: FeedItem,
    findings: list[Finding],
    publisher: str,
    names: Names,
    resolve: Resolve | None,
    now: datetime,
    report: PollReport,
) -> list[review.Proposal] | None:
    """What an item's findings propose, or None when a show of theirs cannot be looked up in this poll
    (LookupDeferred): the item then waits, and none of its findings is proposed yet, nor counted in
    `report.unheld` (it counts once, in the poll that reads it to the end)."""
    made: list[review.Proposal] = []
    try:
        for finding in findings:
            await _propose(db, item, finding, publisher, names, resolve, now, made)
    except LookupDeferred:
        return None
    report.unheld += sum(f.show is None and recordable(f, item.title) for f in findings)
    return made


async def _propose(
    db: Store,
    item: FeedItem,
    finding: Finding,
    publisher: str,
    names: Names,
    resolve: Resolve | None,
    now: datetime,
    out: list[review.Proposal],
) -> None:
    """What one finding of an item proposes, added to `out`: a show the catalogue lacks looked up first
    (LookupDeferred when that cannot be done in this poll), a season the headline left out counted."""
    show_id = None
    if finding.show is None and recordable(finding, item.title):
        show_id = await resolve(finding.show_title) if resolve is not None else None
        if show_id is None:
            return
        finding = await counted(db, finding, show_id, item, now.date())
    counted_season = None
    # (a show just found on TVmaze is now the catalogue's too: its renewal is counted alike)
    held = show_id if show_id is not None else names.ids.get(finding.show or "")
    if finding.season is None and held is not None:
        if finding.kind == "renewed":
            counted_season = await renewal_counted(db, held, item, now.date())
        elif finding.kind == "premiere_date" and finding.date is not None:
            counted_season = await premiere_counted(db, held, item, now.date())
        finding = replace(finding, season=counted_season)
    made = proposal(item, finding, publisher, names, show_id=show_id, counted=counted_season is not None)
    if made is not None and not await _known(db, made):
        out.append(made)
        if show_id is not None:  # new to the catalogue: a curator reviews the show too
            out.append(_unreviewed(show_id, finding.show_title))


def read_items(items: Sequence[FeedItem], names: Names) -> list[tuple[FeedItem, list[Finding]]]:
    """What the classifier finds in each item (pure: run in a thread by the poller)."""
    return [(item, classify(item.as_item(), names)) for item in items]


def _unreviewed(show_id: int, title: str) -> review.Proposal:
    summary = f"new to the catalogue, from TVmaze for a news report: {title}"
    return review.Proposal(f"unreviewed:{show_id}", "unreviewed", show_id, summary)


async def _known(db: Store, made: review.Proposal) -> bool:
    """Whether the catalogue already says what a proposal would record (old news, re-reported)."""
    show = await catalogue.by_id(db, made.show_id)
    if show is None:
        return True
    data = made.data or {}
    if made.kind == "decision":
        return any(d.season == data.get("season") and d.status == data.get("status") for d in show.decisions)
    if made.kind == "milestone":
        return any(
            m.season == data.get("season") and m.kind == data.get("milestone") for m in show.milestones
        )
    season = show.season(int(str(data.get("season"))))
    return (
        season is not None and season.premiere is not None and season.premiere.iso() == data.get("premiere")
    )


def bundled_feeds(path: Path | None = None) -> list[tuple[str, str]]:
    """(url, name) of data/feeds.json: the feeds the radar polls unless RADAR_BUNDLED_FEEDS=off."""
    raw = json.loads((path or BUNDLED).read_text(encoding="utf-8"))
    return [(str(f["url"]), str(f["name"])) for f in raw["feeds"]]
