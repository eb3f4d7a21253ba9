"""Which TVmaze show is a catalogue show? Pure rules, no network: a link is made only when the
evidence agrees, never guessed.

By IMDb id when the catalogue has one (an id names one show). Otherwise by title: a candidate must
carry one of the show's names, premiere the same year as the show's first season, and air on the
same platform or network. One such candidate is the show; none is "not on TVmaze"; more than one, or
one with the name but not the year or platform, is for a curator to decide."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bot.domain.models import Show
from bot.domain.search import search_key

Outcome = Literal["linked", "not_found", "ambiguous"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """What linking needs of a TVmaze show."""

    tvmaze_id: int
    name: str
    year: int | None  # of its premiere
    platform: str | None  # its network's or streaming service's name
    imdb: str | None = None
    thetvdb: int | None = None


@dataclass(frozen=True, slots=True)
class Match:
    outcome: Outcome
    candidate: Candidate | None = None  # the show, when linked
    why: str = ""  # for a curator, when not linked
    near: tuple[Candidate, ...] = ()  # what came close (ambiguous)


def same_platform(ours: str, theirs: str | None) -> bool:
    """ "Netflix" and "Netflix", "Prime Video" and "Amazon Prime Video", "HBO" and "HBO Max": one
    name is the other, or holds it as whole words."""
    if not theirs:
        return False
    a, b = search_key(ours), search_key(theirs)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return f" {short} " in f" {long} "


def match(show: Show, candidates: Sequence[Candidate]) -> Match:
    """The candidate that is `show`, by title, year and platform (see the module docstring)."""
    names = {search_key(n) for n in show.names}
    named = [c for c in candidates if search_key(c.name) in names]
    if not named:
        return Match("not_found", why="no TVmaze show carries its title")
    year = show.first_year()
    agreeing = [c for c in named if c.year == year and same_platform(show.platform, c.platform)]
    if len(agreeing) == 1:
        return Match("linked", agreeing[0])
    if agreeing:
        return Match("ambiguous", why="several TVmaze shows agree on title, year and platform",
                     near=tuple(agreeing))  # fmt: skip
    return Match(
        "ambiguous",
        why=f"TVmaze has the title, but not with premiere year {year or '?'} on {show.platform}",
        near=tuple(named[:5]),
    )
