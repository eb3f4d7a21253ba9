"""The renewal radar's classifier: from a news item's headline, whether it announces a decision or a
production milestone, about which show, which season, and what. Pure: no network, no store.

Precision first (a wrong proposal costs a curator's trust): a headline is read only when it states
something, never when it asks, hopes, teases, reviews or explains. What it states is read by
patterns of how the trade press words such news ("'X' Renewed for Season 3 at Netflix", "HBO Cancels
'Y' After One Season", "'Z' to End With Season 4", "'W' Season 2 Begins Filming").

Seasons follow the catalogue's rule as the radar reports them: a renewal names each season ordered
(a multi-season order, each), a cancellation the first season that will not be made, an ending the
final season.

The package: `_model` (an item, a finding, the catalogue's names), `_words` (the press's wording:
what states something, the verbs, networks, seasons), `_names` (which show), `_dates` (premiere
dates), `_rules` (the classifier's rules in order); `classify` here puts them together."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.domain.radar._model import KINDS, MAX_SEASON, Finding, Item, Kind, Lookup, Name, no_catalogue
from bot.domain.radar._names import _as_of, _named_by_summary, _title_like
from bot.domain.radar._rules import _SENTENCE_END, _classify, _unnamed_decision
from bot.domain.radar._words import (
    _EVENT_NAME,
    _EVENTS,
    _NOT_A_SHOW,
    _NOT_A_SHOW_SAID,
    _PERSON_RETURNS,
    _QUOTED,
    normalise,
)

__all__ = [
    "KINDS",
    "MAX_SEASON",
    "Finding",
    "Item",
    "Kind",
    "Lookup",
    "Name",
    "classify",
    "no_catalogue",
    "normalise",
]


def classify(item: Item, lookup: Lookup = no_catalogue) -> list[Finding]:
    """What the headline announces: nothing, one finding, or one per season of a multi-season order.
    A decision whose show the headline leaves unnamed ("Netflix Cancels Comedy Series After One
    Season") is read from the summary's first sentences, when they state the same decision of a
    named show ("Netflix has cancelled Dad Stop Embarrassing Me! after one season")."""
    lookup = _as_of(lookup, item.published)
    found = _classify(item, lookup)
    if found and item.summary:
        found = [_named_by_summary(f, item, lookup) for f in found]
    # A name neither quoted nor the catalogue's must read as a title, else the headline describes
    # its show ("Netflix Just Cancelled A $200 Million Series After One Season"): the summary may name it.
    title = normalise(item.title)
    named = [
        f if f.show or _quoted_in(f.show_title, title) or _title_like(f.show_title) else _retitled(f)
        for f in found
        if not re.search(r"\$\d", f.show_title)  # (a sum quoted: "Spending 'Over $30 Million'")
    ]
    # (an order of a first season is a new show's, never a renewal: "16-Episode First Season")
    found = [
        _without_edition(f, item)
        for f in named
        if f is not None and not (f.kind == "renewed" and f.season == 1)
    ]
    found = [
        f
        for f in found
        if f.kind not in DECISIONS
        or not (
            _NOT_A_SHOW.search(_without(title, f))
            or _NOT_A_SHOW_SAID.search(title)
            or _PERSON_RETURNS.search(title)
            # (an event's own name: "Pitchfork Music Festival 2020 canceled"; a title the catalogue holds
            # or the headline quotes is a show's)
            or (not (f.show or _quoted_in(f.show_title, title)) and _EVENT_NAME.search(f.show_title))
        )
    ]
    if found:
        return found
    if not item.summary:
        return []
    kinds = _unnamed_decision(item.title)
    if not kinds:
        return []
    summary = normalise(item.summary)[:400]
    for sentence in _SENTENCE_END.split(summary)[:2]:
        told = [
            f
            for f in _classify(Item(sentence, "", item.published), lookup)
            # (a name the summary quotes, or the catalogue's: a sentence's other capitals are no title)
            if f.kind in kinds
            and (f.show or any(q.group(1) == f.show_title for q in _QUOTED.finditer(sentence)))
        ]
        if told:
            return told
    return []


def _quoted_in(name: str, title: str) -> bool:
    return any(q.group(1).strip() == name for q in _QUOTED.finditer(title))


def _retitled(finding: Finding) -> Finding | None:
    """A name that runs on into the headline's words in lower case ("Love Island 2021 winter series
    has been cancelled", "Line of Duty set to return") without them, when a title of two words or
    more remains; else None."""
    words = finding.show_title.split()
    while words and words[-1][:1].islower():
        words.pop()
    name = " ".join(words)
    if len(words) < 2 or not name[:1].isupper() or not _title_like(name):
        return None
    return replace(finding, show_title=name)


def _without_edition(finding: Finding, item: Item) -> Finding:
    """ "Love Island 2021" told in 2020 is Love Island's 2021 edition; "Reply 1988" is a title."""
    m = re.fullmatch(r"(.+\S)\s+((?:19|20)\d\d)", finding.show_title)
    if finding.show or m is None or item.published is None or abs(int(m.group(2)) - item.published.year) > 1:
        return finding
    return replace(finding, show_title=m.group(1))


DECISIONS = ("renewed", "cancelled", "ended")


_TOLD_AT = re.compile(
    r"\b(?:at|during|ahead of|before|after|following|from|via|on stage at)\s+"
    rf"(?:the\s+|this\s+|last\s+|[\w-]+'s\s+)?(?:[\w'-]+\s+){{0,3}}?(?:{_EVENTS})\b",
    re.IGNORECASE,
)


def _without(title: str, finding: Finding) -> str:
    """The headline with the show's name blanked ("Starz cancels 'Party Down'" holds no party) and
    the event it was told at ("renewed at Comic-Con", "confirmed ahead of the Awards")."""
    title = title.replace(finding.show_title, " ") if finding.show_title else title
    return _TOLD_AT.sub(" ", title)
