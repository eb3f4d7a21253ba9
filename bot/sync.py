"""TVmaze in the catalogue (`python -m bot sync`, and the bot's nightly job).

Linking: each unlinked show is looked up, by its IMDb id where the catalogue has one, else by its
title, and linked only when the evidence agrees (bot.domain.linking). Refreshing: the linked shows
TVmaze changed since the last run (its /updates) are fetched, and its facts applied by the rules of
bot.domain.refresh. Both write through the one write path, as the actor "TVmaze".

A show TVmaze does not know is not a failure: the run lists it. TVmaze unreachable from the start
is (TVmazeUnavailable, one line)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.domain.catalogue_file import IMDB
from bot.domain.dates import time_zone
from bot.domain.errors import UserError
from bot.domain.events import Actor
from bot.domain.linking import Candidate, Match, match
from bot.domain.models import Links, Show
from bot.domain.refresh import Conflict, Evidence, evidence, refresh
from bot.edits import Editor
from bot.store import catalogue as store
from bot.store import origins, review
from bot.tvmaze import Since, TVmaze, TVmazeUnavailable, TVShow

log = logging.getLogger(__name__)

TVMAZE = Actor("TVmaze")


@dataclass
class LinkReport:
    linked: list[tuple[Show, TVShow]] = field(default_factory=list)
    not_found: list[tuple[Show, str]] = field(default_factory=list)
    ambiguous: list[tuple[Show, Match]] = field(default_factory=list)
    failed: list[tuple[Show, str]] = field(default_factory=list)  # TVmaze failed for this show

    def answered(self) -> bool:
        return bool(self.linked or self.not_found or self.ambiguous)


def candidate(show: TVShow) -> Candidate:
    year = show.premiered.year if show.premiered else None
    return Candidate(show.id, show.name, year, show.network, show.imdb, show.thetvdb)


async def find(tv: TVmaze, show: Show) -> tuple[Match, TVShow | None]:
    """The TVmaze show that is `show`, with the evidence (see bot.domain.linking)."""
    if show.links.imdb:
        found = await tv.lookup(imdb=show.links.imdb)
        if found is not None:
            return Match("linked", candidate(found)), found
    hits = await tv.search(show.title)
    if show.original_title and not hits:
        hits = await tv.search(show.original_title)
    by_id = {h.show.id: h.show for h in hits}
    decided = match(show, [candidate(h.show) for h in hits])
    chosen = by_id.get(decided.candidate.tvmaze_id) if decided.candidate else None
    return decided, chosen


async def link_shows(
    editor: Editor,
    tv: TVmaze,
    shows: Sequence[Show],
    *,
    progress: Callable[[int], None] | None = None,
) -> LinkReport:
    """Link every show of `shows` (unlinked ones) that agrees with one TVmaze show; list the rest."""
    report = LinkReport()
    for done, show in enumerate(shows, 1):
        try:
            decided, found = await find(tv, show)
        except TVmazeUnavailable as exc:
            report.failed.append((show, str(exc)))
            if not report.answered():
                # The first show already failed after its retries, and nothing has worked yet:
                # TVmaze is out of reach (not this show), and the run says so at once.
                raise
            continue
        if decided.outcome == "linked" and found is not None:
            imdb = found.imdb if found.imdb and IMDB.match(found.imdb) else None  # TVmaze's, if well formed
            links = Links(found.id, show.links.imdb or imdb, show.links.thetvdb or found.thetvdb)
            if await _taken(editor, links, show):
                held = "another show holds that TVmaze, IMDb or TheTVDB id"
                report.ambiguous.append((show, Match("ambiguous", decided.candidate, why=held)))
            else:
                try:
                    await editor.set_links(show.slug, links, TVMAZE)
                except UserError as exc:  # the record would break a catalogue rule: a curator looks
                    report.failed.append((show, str(exc)))
                    continue
                report.linked.append((show, found))
        elif decided.outcome == "not_found":
            report.not_found.append((show, decided.why))
        else:
            report.ambiguous.append((show, decided))
        if progress is not None:
            progress(done)
    return report


async def _taken(editor: Editor, links: Links, show: Show) -> bool:
    holder = await store.by_links(editor.db, links)
    return holder is not None and holder.slug != show.slug


# ---------------------------------------------------------------- refreshing

LAST_REFRESH = "tvmaze:last_refresh"  # meta key: unix time the last refresh started
DAY = 86_400


@dataclass
class RefreshReport:
    refreshed: list[tuple[Show, tuple[int, ...]]] = field(default_factory=list)  # seasons changed
    conflicts: list[tuple[Show, Conflict]] = field(default_factory=list)
    unchanged: int = 0
    gone: list[Show] = field(default_factory=list)
    failed: list[tuple[Show, str]] = field(default_factory=list)
    evidence: list[tuple[Show, Evidence, str]] = field(default_factory=list)  # with TVmaze's page
    queued: list[int] = field(default_factory=list)  # review items the run added (links' too)


def window_since(last: int | None, now: int) -> Since | None:
    """The /updates window covering everything since `last`; None: too long ago, refresh all."""
    if last is None:
        return None
    elapsed = now - last
    for since, span in (("day", DAY), ("week", 7 * DAY), ("month", 30 * DAY)):
        if elapsed < span - 600:  # a margin for clocks and the run's own length
            return since  # type: ignore[return-value]  # one of Since's three
    return None


async def due(editor: Editor, tv: TVmaze, *, everything: bool, now: int) -> list[Show]:
    """The linked shows to refresh: all of them, or those TVmaze changed since the last run."""
    linked = [s for s in await store.all_shows(editor.db) if s.links.tvmaze is not None]
    last = await store.get_meta(editor.db, LAST_REFRESH)
    since = None if everything else window_since(int(last) if last and last.isdigit() else None, now)
    if since is None:
        return linked
    changed = await tv.updates(since)
    return [s for s in linked if s.links.tvmaze in changed]


async def refresh_shows(
    editor: Editor,
    tv: TVmaze,
    shows: Sequence[Show],
    *,
    quiet: frozenset[int] = frozenset(),
    progress: Callable[[int], None] | None = None,
) -> RefreshReport:
    """Apply TVmaze's facts to each linked show; `quiet`: show ids whose changes alert nobody (those
    linked in this very run: their past is not news)."""
    report = RefreshReport()
    for done, show in enumerate(shows, 1):
        assert show.links.tvmaze is not None
        try:
            found = await tv.show(show.links.tvmaze, embed=("seasons",))
        except TVmazeUnavailable as exc:
            report.failed.append((show, str(exc)))
            if not (report.refreshed or report.unchanged or report.gone or report.conflicts):
                raise
            continue
        if found is None:
            report.gone.append(show)
            continue
        current = await store.by_slug(editor.db, show.slug) or show
        facts = found.season_facts()
        update = refresh(current, facts, await origins.owned(editor.db, current.id))
        report.conflicts.extend((current, c) for c in update.conflicts)
        suggested = evidence(current, current.tvmaze_status, found.status, facts, editor.today())
        report.evidence.extend((current, e, found.url) for e in suggested)
        zone_new = current.timezone is None and bool(found.timezone and time_zone(found.timezone))
        if (
            update.changed(current)
            or (found.status is not None and found.status != current.tvmaze_status)
            or zone_new
        ):
            try:
                await editor.apply_tvmaze(
                    current.slug, update, TVMAZE, quiet=current.id in quiet, status=found.status,
                    timezone=found.timezone,
                )  # fmt: skip
            except UserError as exc:  # the record would break a catalogue rule: a curator looks
                report.failed.append((current, str(exc)))
                continue
            changed = tuple(s.number for s in update.seasons if s not in current.seasons)
            report.refreshed.append((current, changed))
        else:
            report.unchanged += 1
        if progress is not None:
            progress(done)
    return report


def proposals(links: LinkReport, refreshed: RefreshReport) -> list[review.Proposal]:
    """What a run leaves for a curator, as review-queue items (one per thing, across runs), each
    with what accepting it would do (`data`, see bot.reviewing)."""
    out: list[review.Proposal] = []
    data: dict[str, object]
    for show, decided in links.ambiguous:
        near = ", ".join(
            f"TVmaze {c.tvmaze_id}: {c.name} ({c.year or '?'}, {c.platform or '?'})" for c in decided.near[:5]
        )
        summary = f"link to TVmaze? {decided.why}" + (f". Candidates: {near}" if near else "")
        data = {"action": "link", "candidates": [c.tvmaze_id for c in decided.near[:5]]}
        out.append(review.Proposal(f"link:{show.id}", "link", show.id, summary, data))
    for show, c in refreshed.conflicts:
        summary = f"season {c.season} {c.field}: the catalogue says {c.ours}, TVmaze says {c.theirs}"
        data = {"season": c.season, "field": c.field, "ours": c.ours, "theirs": c.theirs}
        key = f"conflict:{show.id}:{c.season}:{c.field}:{c.theirs}"
        out.append(review.Proposal(key, "conflict", show.id, summary, data))
    for show in refreshed.gone:
        summary = f"TVmaze no longer has show {show.links.tvmaze}: unlink it, or link another"
        data = {"action": "unlink", "tvmaze": show.links.tvmaze}
        out.append(review.Proposal(f"gone:{show.id}:{show.links.tvmaze}", "link", show.id, summary, data))
    for show, e, page in refreshed.evidence:
        summary = (
            f"season {e.season} {e.status}? {e.why} ({page}). Accepting asks for the article that says so"
        )
        data = {"season": e.season, "status": e.status, "evidence": page, "why": e.why}
        key = f"decision:{show.id}:{e.season}:{e.status}"
        out.append(review.Proposal(key, "decision", show.id, summary, data))
    return out


async def sync(
    editor: Editor,
    tv: TVmaze,
    *,
    everything: bool = False,
    now: int,
    progress: Callable[[str, int, int], None] | None = None,
) -> tuple[LinkReport, RefreshReport]:
    """A whole run: link what is unlinked, then refresh what TVmaze changed (`everything`: every
    linked show). The next run asks /updates for what changed since this one started."""
    unlinked = await store.unlinked(editor.db)
    links = await link_shows(editor, tv, unlinked, progress=_step(progress, "linking", len(unlinked)))
    just_linked = frozenset(show.id for show, _ in links.linked)
    todo = await due(editor, tv, everything=everything, now=now)
    ids = {s.id for s in todo}
    todo += [s for s in await store.by_ids(editor.db, list(just_linked)) if s.id not in ids]
    refreshed = await refresh_shows(
        editor, tv, todo, quiet=just_linked, progress=_step(progress, "refreshing", len(todo))
    )
    await store.set_meta(editor.db, LAST_REFRESH, str(now))
    refreshed.queued = await file_for_curators(
        editor, links, refreshed, looked_at=[s.id for s in unlinked] + [s.id for s in todo]
    )
    return links, refreshed


async def file_for_curators(
    editor: Editor, links: LinkReport, refreshed: RefreshReport, *, looked_at: Sequence[int]
) -> list[int]:
    """Queue what this run leaves for a curator, and settle what it found already resolved (among
    the shows it looked at, but not those TVmaze failed for). Returns the new items' ids."""
    queued = proposals(links, refreshed)
    failed = {s.id for s, _ in links.failed} | {s.id for s, _ in refreshed.failed}
    await review.settle(editor.db, [i for i in looked_at if i not in failed], {p.key for p in queued})
    return await review.propose(editor.db, queued)


def _step(
    progress: Callable[[str, int, int], None] | None, label: str, total: int
) -> Callable[[int], None] | None:
    if progress is None:
        return None
    return lambda done: progress(label, done, total)
