"""The radar classifier's values: what it reads (an item), what it finds, and the catalogue's names it
matches shows against."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

Kind = Literal["renewed", "cancelled", "ended", "in_production", "wrapped", "premiere_date"]


KINDS: tuple[Kind, ...] = ("renewed", "cancelled", "ended", "in_production", "wrapped", "premiere_date")


MAX_SEASON = 50


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a headline announces. `show` is the catalogue slug when the show is the catalogue's;
    `show_title` the title as matched, or as written."""

    kind: Kind
    show_title: str
    show: str | None = None
    season: int | None = None
    final: bool = False
    date: str | None = None  # premiere_date: YYYY-MM-DD, or YYYY-MM when only the month is known


@dataclass(frozen=True, slots=True)
class Name:
    """A catalogue show a headline may name."""

    slug: str
    title: str
    next_season: int | None = None  # the first season the catalogue does not list ("another season")
    known: date | None = None  # the catalogue's latest dated fact: older headlines cannot count from it


Lookup = Callable[[str], Sequence[Name]]  # a folded name (search_key) -> the shows carrying it


def no_catalogue(_: str) -> Sequence[Name]:
    return ()


@dataclass(frozen=True, slots=True)
class Item:
    """What the classifier reads of a feed item."""

    title: str
    summary: str = ""
    published: date | None = None
    # the publisher's own categories of the item (RSS `<category>`, Atom `<category term>`): "TV",
    # "Movie News", "Gaming", "Reacher"; none when the feed gives none
    categories: tuple[str, ...] = ()
