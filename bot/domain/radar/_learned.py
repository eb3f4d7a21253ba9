"""A decision read by the learned screen where the rules read nothing.

The rules know the press's wordings they were written against; a headline in other words ("TNT
Re-Enlists 'The Last Ship' for Third Season", "NBC stops the clock on Timeless", "FX is serving up
another season of The Bear") passes them by. The
screen's third head (bot/domain/radar/_screen.py), trained on the labelled headlines the rules have
seen, tells how likely an item announces each decision from all its words; where it is sure
(`KIND_THRESHOLD`), the show is the stretch of the headline the title judge holds likeliest to be a
show's title (`NAME_THRESHOLD`), and the season the one the headline states as the rules read it.

It proposes nothing the rules refuse as a whole (a question, a review, an explainer, a film, a
rumour), nothing for a headline without a name the judge accepts, and nothing the rules' own checks of
a finding refuse (`_plausible`: a description for a title, an event, a person). A curator still
decides: a proposal is a proposal."""

from __future__ import annotations

import re

from bot.domain.models import DECISION_STATUSES
from bot.domain.radar._model import Finding, Item, Kind, Lookup
from bot.domain.radar._names import _GENERIC, _match, _quoted_in, _title_like, _trim
from bot.domain.radar._rules import _SPUN_OFF, _plausible, _prepared, _refused, _summary_season
from bot.domain.radar._screen import Screen
from bot.domain.radar._titles import THRESHOLD as TITLE_THRESHOLD
from bot.domain.radar._titles import candidates
from bot.domain.radar._words import (
    _CLAUSES,
    _NUMBER,
    _QUESTION,
    _SEASON_WORD,
    _number,
    _season_numbers,
    _seasons_done,
    normalise,
)

# The least probability of one decision (against the others and none) that proposes it. Chosen after a
# first look at the held-out headlines (bench/radar.py), where about nine in ten proposed at 0.9 were
# the labelled decision; five-fold cross-validation on the seen sets gives 0.81 at 0.9, and about two in
# three for the dozen more that 0.85 would add.
KIND_THRESHOLD = 0.9
# The least probability, by the title judge, that the stretch named is the headline's show; below
# `SURE_NAME` the stretch must also be written as a title. 0.4 adds six right decisions of the seen sets
# and one of the held-out ones, none wrong; 0.3 adds three held out, but proposes a news river's "Boston
# Red Sox Announce 'Heated Rivalry' Night At Fenway Park" (0.39).
NAME_THRESHOLD = 0.4
SURE_NAME = 0.5


def learned(item: Item, lookup: Lookup, screen: Screen) -> list[Finding]:
    """The decision the screen is sure the item announces, of the show the headline names, or none."""
    if "?" in normalise(item.title):  # (a question, also one written "&#63;")
        return []
    probabilities = screen.kind_probabilities(item.title, item.summary)
    if not probabilities:
        return []
    kind, p = max(probabilities.items(), key=lambda kp: kp[1])
    if kind not in DECISION_STATUSES or p < KIND_THRESHOLD:
        return []
    alone = screen.kind_probabilities(item.title, "") if item.summary else None
    if alone and (other := max(alone, key=lambda k: alone[k])) != kind and other in DECISION_STATUSES:
        # the headline's own words read another decision: the summary's is background ("Big Brother
        # will return next year on ITV2 and online", its summary "... was ultimately axed by both")
        return []
    original, masked = _prepared(item.title, lookup)
    if not original or _refused(original, masked) or _UNREADABLE.search(masked):
        return []
    if _SPECULATION.search(masked) or (_QUESTION.search(masked) and len(_CLAUSES.split(masked)) < 2):
        # (an explainer alone: "'X' Cancelled: Everything We Know" states the news in a clause of its own)
        return []
    if _SEASON_CONFIRMS.search(masked):
        return []  # (what a season confirms: "Dexter: Resurrection Season 2 Confirms Uma Thurman Return")
    name = _best_name(original, screen)
    if name is None or (
        (_DESCRIBED.search(name) or _GENERIC.search(name)) and not _quoted_in(name, original)
    ):
        # ("Netflix Cancels Another Show After Just 1 Season", "NBC Cancels Matt Reeves-Created TV Series":
        # a show described, unnamed; words the rules hold to name no show)
        return []
    if _quoted_in(name, original) and _SPUN_OFF.match(original, original.find(name) + len(name) + 1):
        return []  # (another show named after it: "Cancels Its Newest 'Stranger Things' Replacement")
    show = _match(name, lookup)
    decision: Kind = "renewed" if kind == "renewed" else "cancelled" if kind == "cancelled" else "ended"
    if decision == "cancelled" and _CANCELLED_BEFORE.search(masked) and _BACK.search(masked):
        # (a show back after its cancellation: "'The Wheel of Time' Is Officially Returning After Shock Prime
        # Video Series Cancellation"; a reaction to one is labelled the cancellation, "Netflix accused of
        # 'destroying television' after Dead Boy Detectives cancellation")
        return []
    season = _season(decision, masked, item.summary)
    if season is None and decision != "ended":
        season = show.next_season  # the catalogue's next season: the one ordered, or not to be made
    final = decision == "renewed" and bool(_FINAL.search(masked))  # "renews 'X' for one final season"
    return _plausible([Finding(decision, show.title, show.slug or None, season, final)], item)


# What words alone cannot read, where the rules read a headline's structure: a negation ("Will Not Be
# Cancelled", "Gives No Renewal", "Kills ... Renewal Plans"), a person of the show ("Alum Will Return",
# "Star Confirms"), its cast, another show or a film spun off it, more episodes of the season on air
# ("Back-Nine Order", "new episodes"), a new series' order, a finale's ratings, where a season is made
# ("Is Happening In Los Angeles").
_UNREADABLE = re.compile(
    r"\b(?:no|not|never|won'?t|isn'?t|aren'?t|wasn'?t|doesn'?t|denies|denied|kills?|plans?"
    r"|cast|casts|casting|alum|star|stars|actor|actress|host|characters?"
    # (a season's fate told, not which: "Ridley Scott's The Terror Season 4 Fate Confirmed By EP")
    r"|fate"
    # (a person staying at a show: "Jon Stewart Renews at 'Daily Show' for Another Year")
    r"|renews\s+at|renewing\s+at"
    # (or a film of it: "'Peaky Blinders' Film Confirmed After Show Ends")
    r"|spin-?offs?|prequels?|sequels?|reboot|revival|films?|movies?|episodes?|back[- ]nine|full[- ]season"
    r"|series\s+order"
    r"|ratings|viewers|happening"
    # a season's finale: its records, its story ("The Rookie Season 8 Finale Shatters A Series Record")
    r"|season\s+\d{1,2}\s+finale|finale\s+(?:trailer|teaser|promo)"
    # where a show streams ("'Schitt's Creek' To Stream All Six Seasons On HBO Max"), or no longer does
    # ("Netflix Quietly Erased the Sci-Fi Series 1899")
    r"|stream|streams|streaming|eras(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|delist\w*)\b"
    # a month or a season of the year: when a season comes out ("New Season Confirmed For March")
    r"|\b(?:in|for|this|next|from|by|until)\s+(?:early\s+|late\s+)?(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december|spring|summer|fall|autumn|winter)\b"
    # a year's round-up ("2023's First Major Series Cancellation: ...")
    r"|\b(?:19|20)\d\d'?s\b",
    re.IGNORECASE,
)


_CANCELLED_BEFORE = re.compile(
    r"\b(?:after|following|despite|amid|since)\b[^,:;|]{0,40}\bcancell?ations?\b", re.IGNORECASE
)
_BACK = re.compile(
    r"\b(?:return(?:s|ing)?|reviv(?:e|es|ed|ing|al)|back|comeback|resurrect\w*|saved)\b", re.IGNORECASE
)


# What is not yet decided, or not said to be: a hope, a guess, a rumour, a decision near, an explainer
# ("Nearing Season 5 Renewal", "in Talks", "Everything We Know About ... Season 6").
_SPECULATION = re.compile(
    r"\b(?:could|might|may|would|should|if|rumou?rs?|reportedly|said to|likely|probably|apparently"
    r"|possibly|perhaps|expected to|in talks|talks|hopes?|hoping|wants?|campaign|pleas?|pleads?|begs?|whether"
    r"|await(?:s|ing)?|near(?:s|ing)?|closing in on|urg(?:e|es|ed|ing)|allegedly|teases?|teasing|hints?"
    r"|speculat\w*|predict\w*|theor(?:y|ies)|petition\w*|poised|certain to|in danger of|can'?t|update)\b",
    re.IGNORECASE,
)


# A description rather than a title: "Another Great Show", "Popular Show", "Dramedy Series", "Three Hit
# Comedies".
_DESCRIBED = re.compile(
    r"^(?:another|popular|beloved|acclaimed)\s"
    # (not a title's own last word: "The Late Show", "Teacher Wanjiku's Show")
    r"|^(?!the\s)(?:[\w-]+\s+){0,3}(?:shows?|series|dramas?|comedy|comedies|dramedy|sitcoms?|thriller)$",
    re.IGNORECASE,
)
_FINAL = re.compile(rf"\b(?:final|last)\s+{_SEASON_WORD}\b", re.IGNORECASE)
# A season as the subject of "confirms": what it holds, not the season made.
_SEASON_CONFIRMS = re.compile(
    # (not the show's own return: "Made in Abyss Season 3 Trailer Confirms Return of This Epic Anime")
    rf"\b{_SEASON_WORD}\s+{_NUMBER}\s+(?:[\w'-]+\s+){{0,2}}?confirms\b(?!\s+(?:the\s+)?return\s+of\b)",
    re.IGNORECASE,
)


# A run of capitalised words ending in a verb in -ing, a preposition after it
_ACTING_LAST = re.compile(r"(?<=[\w.'])(?<!\bThe)\s+(?-i:[A-Z][a-z]+ing)$")
_PLACE_NEXT = re.compile(r"\s+(?i:for|to|after|at|on|into|towards?)\s")


# A quoted run: it opens after no letter and closes before none, and an apostrophe before a letter is its
# own ("'Schitt's Creek'"); a possessive's apostrophe before a quote opens nothing ("Issa Rae's 'Insecure'")
_QUOTED_RUN = re.compile(r"(?<![\w'])'((?:[^']|'(?=\w))+?)'(?!\w)|\"([^\"]+)\"")
# A stretch that runs from one quoted title into the next: "Heartland," "Murdoch Mysteries"
_ACROSS_QUOTES = re.compile(r"[\"']\W*\s\W*[\"']")

# A show's noun in title case after a stretch: the stretch describes the show ("Big-Budget Fantasy Series")
_DESCRIBED_NEXT = re.compile(
    r"['\"]?\s+(?:Series|Show|Drama|Comedy|Sitcom|Anime|Thriller|Docuseries|Reboot|Revival|Spinoff|Spin-Off)\b"
)


def _best_name(headline: str, screen: Screen) -> str | None:
    """The stretch of the headline (a quoted title, or a run of capitalised words) the title judge holds
    likeliest to be its show's title, when likely enough."""
    best: tuple[float, str, int] | None = None
    # (and each quoted title whole, an apostrophe of its own inside it, which the runs of capitalised words
    # cut or take the closing quote with: "Beloved 'Schitt's Creek' ending at its peak", "Apple's Shocking
    # 'Shrinking' Renewal")
    quoted = {m.span(1) if m.group(1) is not None else m.span(2) for m in _QUOTED_RUN.finditer(headline)}
    for start, end in sorted(candidates(headline) | quoted):  # (the first of equally likely stretches)
        if _ACROSS_QUOTES.search(headline, start, end):
            continue  # (not two titles and what joins them: "Heartland," "Murdoch Mysteries")
        evidence = screen.title_evidence(headline, start, end)
        probability = screen.title_probability(headline, start, end)
        if evidence is None or probability is None or evidence < TITLE_THRESHOLD:
            continue
        if best is None or probability > best[0]:
            stretch = headline[start:end].strip()
            acting = _ACTING_LAST.search(stretch)
            if acting and _PLACE_NEXT.match(headline, end):
                # ("Constantine Looking For A New Home After Cancellation": what the show does, not its
                # title; "The Killing" keeps its word)
                stretch = stretch[: acting.start()]
            best = (probability, stretch, end)
    # (a headline's own full stop is not the title's: "... why Etv canceled Rhythm City."; "S.W.A.T." and
    # "Lockwood & Co." keep theirs)
    name = _trim(best[1]) if best is not None and best[0] >= NAME_THRESHOLD else ""
    if (
        name
        and best is not None
        and best[0] < SURE_NAME
        and (not (name[0].isupper() and _title_like(name)) or _DESCRIBED_NEXT.match(headline, best[2]))
    ):
        # (a doubtful stretch not written as a title, or one that describes the show named after it in title
        # case: "ditched ... for 'failing to connect' with audiences", "Cancels Big-Budget Fantasy Series")
        return None
    return name or None


def _season(kind: Kind, headline: str, summary: str) -> int | None:
    """The season the item states, by the catalogue's rule: a renewal's the season ordered, a
    cancellation's the first not to be made, an ending's the last."""
    if kind == "cancelled":
        done = _seasons_done(headline)
        if done:
            return done + 1
    stated = _season_numbers(headline)
    if (
        len(stated) == 1
        and not (kind == "cancelled" and "after" in headline.lower())
        and not (kind == "ended" and re.search(rf"\bno\s+{_SEASON_WORD}\s+{_NUMBER}\b", headline, re.I))
    ):
        return stated[0]
    if kind == "ended" and (done := _seasons_done(headline)):
        return done
    if kind == "ended" and (m := re.search(rf"\bno\s+{_SEASON_WORD}\s+({_NUMBER})\b", headline, re.I)):
        return (_number(m.group(1)) - 1) or None  # "there will be no season 5": the fourth was the last
    return _summary_season(kind, summary) if summary and not stated else None
