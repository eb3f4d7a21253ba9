"""The catalogue as the bot uses it: the store plus an in-memory search index and prediction data."""

from __future__ import annotations

import asyncio
import bisect
import ctypes
import gc
import heapq
import itertools
import logging
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from bot.domain.card import Card, answer_card
from bot.domain.models import Show
from bot.domain.prediction import (
    RenewalAfter,
    RenewalPremiere,
    SeasonRun,
    StepPremiere,
    gap_samples,
    renewal_wait,
    renewal_waits,
    rhythm_samples,
    step_samples,
)
from bot.domain.search import Entry, Hit, SearchIndex, search_key
from bot.store import Store
from bot.store import catalogue as store

log = logging.getLogger(__name__)
T = TypeVar("T")

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
    next one's renewal (context for "no decision yet"). A change costs the event loop a few list and
    array shifts, never a re-sort or a pass over every sample.

    Per show, the samples and waits are runs in arrays ordered by show id: at 100,000 shows a
    tuple, list or set entry per show cost ~13 MB, these cost under 3."""

    def __init__(
        self,
        pairs: list[RenewalPremiere],
        renewals: list[RenewalAfter],
        steps: list[StepPremiere] | None = None,
        runs: list[SeasonRun] | None = None,
    ) -> None:
        # Gaps from a production step to the premiere: few (only seasons with cited milestones), a list.
        self.steps = step_samples(steps or [])
        # How far premieres fell from their show's own rhythm: one per third or later renewed season.
        self.rhythm = rhythm_samples(runs or [])
        samples = gap_samples(pairs)
        if not _ascending([s.show_id for s in samples]):
            samples.sort(key=lambda s: s.show_id)
        self.samples = samples  # ordered by show, which nothing but replace_show relies on
        self._sample_shows = array("q", [s.show_id for s in samples])
        shows: list[int] = []
        days: list[int] = []
        for row in renewals:
            wait = renewal_wait(row)
            if wait is not None:
                shows.append(row.show_id)
                days.append(wait)
        if not _ascending(shows):
            order = sorted(range(len(shows)), key=shows.__getitem__)
            shows, days = [shows[i] for i in order], [days[i] for i in order]
        self._wait_shows = array("q", shows)
        self._wait_days = array("i", days)  # days between dates of 1900-2100 fit in 32 bits
        self.waits = array("i", sorted(days))  # 4 bytes a wait; a list of numbers costs 8 + 32

    def replace_steps(self, show_id: int, steps: list[StepPremiere]) -> None:
        self.steps = [s for s in self.steps if s.show_id != show_id] + step_samples(steps)

    def replace_rhythm(self, show_id: int, runs: list[SeasonRun]) -> None:
        self.rhythm = [s for s in self.rhythm if s.show_id != show_id] + rhythm_samples(runs)

    def replace_show(self, show_id: int, pairs: list[RenewalPremiere], renewals: list[RenewalAfter]) -> None:
        lo = bisect.bisect_left(self._sample_shows, show_id)
        hi = bisect.bisect_right(self._sample_shows, show_id, lo)
        new_samples = gap_samples(pairs)
        self.samples[lo:hi] = new_samples
        self._sample_shows[lo:hi] = array("q", [show_id] * len(new_samples))
        lo = bisect.bisect_left(self._wait_shows, show_id)
        hi = bisect.bisect_right(self._wait_shows, show_id, lo)
        for wait in self._wait_days[lo:hi]:
            del self.waits[bisect.bisect_left(self.waits, wait)]
        new_waits = renewal_waits(renewals)
        for wait in new_waits:
            bisect.insort(self.waits, wait)
        self._wait_shows[lo:hi] = array("q", [show_id] * len(new_waits))
        self._wait_days[lo:hi] = array("i", new_waits)


def _ascending(values: list[int]) -> bool:
    return all(a <= b for a, b in itertools.pairwise(values))


def _return_free_memory() -> None:
    """Give the operating system back the heap pages the load freed. glibc keeps them for reuse,
    and after a 100,000-show load that is 4-7 MB of the bot's resident memory. Not glibc: nothing."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)


def _emptying(items: list[T]) -> Iterator[T]:
    """The items of a list in order, each removed from it as it is handed out."""
    items.reverse()
    while items:
        yield items.pop()


# A catalogue this large is frozen out of the garbage collector's sight once loaded (see load).
FREEZE_AT = 10_000


class Catalogue:
    def __init__(self, db: Store, index: SearchIndex, history: History) -> None:
        self.db = db
        self.index = index
        self.history = history

    @classmethod
    async def load(cls, db: Store) -> Catalogue:
        """Seconds of work at 100,000 shows, nearly all in threads, so the bot answers meanwhile.

        A thread still holds the GIL, but hands it over every sys.getswitchinterval() (5 ms)... except
        in a garbage-collector pass, which holds it throughout: with 100,000 entries, each full pass
        took 100-170 ms, and building them triggered several. So the collector is paused while the
        catalogue loads, and afterwards a large catalogue (FREEZE_AT shows and up) is frozen
        (`gc.freeze()`): every object then alive is left out of all later passes, so a full pass of
        the serving bot costs a few ms, not ~120. The price: a reference cycle among those objects
        that becomes garbage later is never collected. The catalogue holds none (a replaced entry or
        a whole reloaded catalogue is freed by reference counting); what else was alive at start-up
        mostly lives as long as the process, and the rest is a bounded, one-off leak.
        """
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            # The history first: its rows are gone before the entries are read, and their memory
            # is reused for the index instead of left as holes around it.
            pairs = await store.renewal_premieres(db)
            renewals = await store.renewals_after(db)
            steps = await store.step_premieres(db)
            runs = await store.season_runs(db)
            history = await asyncio.to_thread(History, pairs, renewals, steps, runs)
            del pairs, renewals, runs
            entries = await store.search_entries(db)
            shows = len(entries)
            # One at a time, let go once indexed: each show's names (the index keeps them folded,
            # not as given) are freed during the build and their memory reused by it, not left as
            # ~12 MB of holes among the entries when the list goes.
            index = await asyncio.to_thread(SearchIndex.build, _emptying(entries))
            if shows >= FREEZE_AT:
                gc.freeze()
            await asyncio.to_thread(_return_free_memory)
        finally:
            if was_enabled:
                gc.enable()
        log.info(
            "catalogue loaded: %d shows, %d renewal-to-premiere gaps, %d season-to-renewal waits",
            shows,
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
        self.history.replace_steps(show_id, await store.step_premieres(self.db, show_id))
        self.history.replace_rhythm(show_id, await store.season_runs(self.db, show_id))

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

    def named(self, name: str) -> list[Entry]:
        """The shows carrying exactly this name (title, original title or alias, folded)."""
        return [h.entry for h in self.index.search(name, 10) if h.score >= EXACT]

    def namesakes(self, show: Show) -> list[Entry]:
        """Other shows with the same title (two series called "Ghosts"), for a hint beside an answer."""
        key = search_key(show.title)
        return [
            h.entry
            for h in self.index.search(show.title, 10)
            if h.entry.show_id != show.id and search_key(h.entry.title) == key
        ]

    def card(self, show: Show, season: int | None, today: date) -> Card:
        history = self.history
        return answer_card(show, season, today, history.samples, history.waits, history.steps, history.rhythm)
