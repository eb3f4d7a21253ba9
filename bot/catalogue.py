"""The catalogue as the bot uses it: the store plus an in-memory search index and prediction data."""

from __future__ import annotations

import asyncio
import bisect
import heapq
import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from bot.domain.card import Card, answer_card
from bot.domain.models import Show
from bot.domain.prediction import RenewalAfter, RenewalPremiere, gap_samples, renewal_waits
from bot.domain.search import Entry, Hit, SearchIndex, search_key
from bot.store import Database
from bot.store import catalogue as store

log = logging.getLogger(__name__)

CONFIDENT = 0.7  # a typed name this close to one show (and clearly closer than the next) is that show
MARGIN = 0.05
EXACT = 0.99  # a score this high means the typed text is one of the show's names


@dataclass(frozen=True, slots=True)
class Resolution:
    """A typed show name: the show it means, or the closest titles to offer instead."""

    show: Show | None
    suggestions: tuple[Hit, ...]

    @property
    def same_name(self) -> tuple[Hit, ...]:
        """When no show was chosen because the name fits several exactly (two series called
        "Ghosts"): those shows, to offer by year and platform."""
        if self.show is not None:
            return ()
        exact = tuple(h for h in self.suggestions if h.score >= EXACT)
        return exact if len(exact) > 1 else ()


class History:
    """What the catalogue's past says, kept per show so one curator change re-reads one show:
    renewal-to-premiere gaps (premiere predictions) and the waits from the end of a season to the
    next one's renewal (context for "no decision yet"). A change costs the event loop one pass
    over the samples and a few list shifts, never a re-sort of every wait."""

    def __init__(self, pairs: list[RenewalPremiere], renewals: list[RenewalAfter]) -> None:
        self.samples = gap_samples(pairs)  # in no order
        self.waits = renewal_waits(renewals)  # sorted
        self._shows_with_samples = {s.show_id for s in self.samples}
        # Per show, only where there is something: 100,000 one-item lists would cost ~10 MB.
        by_show: dict[int, list[int]] = defaultdict(list)
        for row in renewals:
            by_show[row.show_id].extend(renewal_waits([row]))
        self._waits = {show_id: tuple(waits) for show_id, waits in by_show.items() if waits}

    def replace_show(self, show_id: int, pairs: list[RenewalPremiere], renewals: list[RenewalAfter]) -> None:
        if show_id in self._shows_with_samples:
            self.samples = [s for s in self.samples if s.show_id != show_id]
            self._shows_with_samples.discard(show_id)
        new_samples = gap_samples(pairs)
        if new_samples:
            self.samples.extend(new_samples)
            self._shows_with_samples.add(show_id)
        for wait in self._waits.pop(show_id, ()):
            del self.waits[bisect.bisect_left(self.waits, wait)]
        new_waits = renewal_waits(renewals)
        for wait in new_waits:
            bisect.insort(self.waits, wait)
        if new_waits:
            self._waits[show_id] = tuple(new_waits)


def _build(
    entries: list[Entry], pairs: list[RenewalPremiere], renewals: list[RenewalAfter]
) -> tuple[SearchIndex, History]:
    return SearchIndex.build(entries), History(pairs, renewals)


class Catalogue:
    def __init__(self, db: Database, index: SearchIndex, history: History) -> None:
        self.db = db
        self.index = index
        self.history = history

    @classmethod
    async def load(cls, db: Database) -> Catalogue:
        entries = await store.search_entries(db)
        pairs = await store.renewal_premieres(db)
        renewals = await store.renewals_after(db)
        # Seconds of work at 100,000 shows: in a thread, so the bot answers meanwhile. The thread
        # holds the GIL, but CPython makes it hand the GIL over every sys.getswitchinterval() (5 ms).
        index, history = await asyncio.to_thread(_build, entries, pairs, renewals)
        log.info(
            "catalogue loaded: %d shows, %d renewal-to-premiere gaps, %d season-to-renewal waits",
            len(entries),
            len(history.samples),
            len(history.waits),
        )
        return cls(db, index, history)

    async def refresh_show(self, show_id: int) -> None:
        """After a curator changes a show: update its search entry and its part of the history."""
        entry = await store.search_entry(self.db, show_id)
        if entry is None:
            self.index.remove(show_id)
        else:
            self.index.upsert(entry)
        self.history.replace_show(
            show_id,
            await store.renewal_premieres(self.db, show_id),
            await store.renewals_after(self.db, show_id),
        )

    def nearest_premieres(self, day: date, limit: int) -> list[Entry]:
        """For an empty autocomplete: the shows whose latest premiere is closest to `day`."""
        ordinal = day.toordinal()
        return heapq.nsmallest(limit, self.index.entries.values(), key=lambda e: abs(e.weight - ordinal))

    def suggest(self, text: str, limit: int = 25) -> list[Hit]:
        return self.index.search(text, limit)

    async def resolve(self, text: str) -> Resolution:
        """A slug picked from autocomplete, or a name typed by hand."""
        text = text.strip()
        if not text:
            return Resolution(None, ())
        show = await store.by_slug(self.db, text)
        if show is not None:
            return Resolution(show, ())
        hits = self.index.search(text, 5)
        if (
            hits
            and hits[0].score >= CONFIDENT
            and (
                len(hits) == 1
                or hits[0].score - hits[1].score >= MARGIN
                or (hits[0].score >= EXACT and hits[1].score < EXACT)  # one exact name among near ones
            )
        ):
            found = await store.by_id(self.db, hits[0].entry.show_id)
            if found is not None:
                return Resolution(found, tuple(hits))
        return Resolution(None, tuple(hits))

    def namesakes(self, show: Show) -> list[Entry]:
        """Other shows with the same title (two series called "Ghosts"), for a hint beside an answer."""
        key = search_key(show.title)
        return [
            h.entry
            for h in self.index.search(show.title, 10)
            if h.entry.show_id != show.id and search_key(h.entry.title) == key
        ]

    def card(self, show: Show, season: int | None, today: date) -> Card:
        return answer_card(show, season, today, self.history.samples, self.history.waits)
