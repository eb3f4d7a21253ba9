"""Linking the catalogue to TVmaze (`python -m bot sync`): each unlinked show is looked up, by its
IMDb id where the catalogue has one, else by its title, and linked only when the evidence agrees
(bot.domain.linking). Links are written through the one write path, as the actor "TVmaze".

A show TVmaze does not know is not a failure: the run lists it. TVmaze unreachable for every show
is (TVmazeUnavailable, one line)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.domain.events import Actor
from bot.domain.linking import Candidate, Match, match
from bot.domain.models import Links, Show
from bot.edits import Editor
from bot.store import catalogue as store
from bot.tvmaze import TVmaze, TVmazeUnavailable, TVShow

log = logging.getLogger(__name__)

TVMAZE = Actor("TVmaze")


@dataclass
class LinkReport:
    linked: list[tuple[Show, TVShow]] = field(default_factory=list)
    not_found: list[tuple[Show, str]] = field(default_factory=list)
    ambiguous: list[tuple[Show, Match]] = field(default_factory=list)
    failed: list[tuple[Show, str]] = field(default_factory=list)  # TVmaze failed for this show
    checked: list[tuple[Show, TVShow]] = field(default_factory=list)  # linked before, still on TVmaze
    gone: list[Show] = field(default_factory=list)  # linked before, no longer on TVmaze

    def answered(self) -> bool:
        return bool(self.linked or self.not_found or self.ambiguous or self.checked or self.gone)


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
    """Link every show of `shows` that agrees with one TVmaze show; list the rest. A show linked
    already is checked: TVmaze still has it, or it is listed as gone (its link is kept for a
    curator to look at)."""
    report = LinkReport()
    for done, show in enumerate(shows, 1):
        try:
            if show.links.tvmaze is not None:
                still = await tv.show(show.links.tvmaze, embed=())
                if still is None:
                    report.gone.append(show)
                else:
                    report.checked.append((show, still))
                if progress is not None:
                    progress(done)
                continue
            decided, found = await find(tv, show)
        except TVmazeUnavailable as exc:
            report.failed.append((show, str(exc)))
            if not report.answered():
                # The first show already failed after its retries, and nothing has worked yet:
                # TVmaze is out of reach (not this show), and the run says so at once.
                raise
            continue
        if decided.outcome == "linked" and found is not None:
            links = Links(found.id, show.links.imdb or found.imdb, show.links.thetvdb or found.thetvdb)
            if await _taken(editor, links, show):
                held = "another show holds that TVmaze, IMDb or TheTVDB id"
                report.ambiguous.append((show, Match("ambiguous", decided.candidate, why=held)))
            else:
                await editor.set_links(show.slug, links, TVMAZE)
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
