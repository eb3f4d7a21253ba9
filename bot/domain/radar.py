"""The renewal radar's classifier: from a news item's headline, whether it announces a decision or a
production milestone, about which show, which season, and what. Pure: no network, no store.

Precision first (a wrong proposal costs a curator's trust): a headline is read only when it states
something, never when it asks, hopes, teases, reviews or explains. What it states is read by
patterns of how the trade press words such news ("'X' Renewed for Season 3 at Netflix", "HBO Cancels
'Y' After One Season", "'Z' to End With Season 4", "'W' Season 2 Begins Filming").

Seasons follow the catalogue's rule as the radar reports them: a renewal names each season ordered
(a multi-season order, each), a cancellation the first season that will not be made, an ending the
final season."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from bot.domain.search import search_key

Kind = Literal["renewed", "cancelled", "ended", "in_production", "wrapped", "premiere_date"]
KINDS: tuple[Kind, ...] = ("renewed", "cancelled", "ended", "in_production", "wrapped", "premiere_date")

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
CARDINALS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
}  # fmt: skip
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
MAX_SEASON = 50
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))

# A capital letter, accented ones too ("Élite", "Çal"), as titles start their words.
_CAPITAL = r"A-Z\u00c0-\u00d6\u00d8-\u00de"
_NUMBER = r"(?:\d{1,2}|" + "|".join(CARDINALS) + ")"
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + ")"


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


# ---------------------------------------------------------------- refusing what states nothing

# Refused wherever they appear: the headline is a review, a recap, a list, a film, a joke.
_NOISE = re.compile(
    r"(?<!positive )(?<!glowing )(?<!rave )(?<!good )(?<!great )(?<!strong )(?<!mixed )(?<!critical )"
    r"(?<!stellar )(?<!positive critical )\breviews?\b|\brecap\b|\branked\b|\branking\b"
    r"|\b(?:ending|finale|season|twist)\s+explained\b|\bbest\b"
    r"|\bworst\b|\b(?:and|&)\s+\d+\s+other\b"
    r"|\binterview\b|\bhow to\b|^\s*watch\b|\bwhere to watch\b|\bon the bubble\b"
    r"|\b(?-i:kind of|sort of)\b|\((?:kind|sort) of\)"  # (a title's capitals are not a hedge: "Sort Of")
    r"|\bunderrated\b|\bapril fools?\b|\b(?:movie|film) sequel\b|\bsequel (?:movie|film)\b|\bquiz\b"
    r"|\bexplains\b|\bpodcast\b|\b(?:tv|series|show|drama|anime)\s+premieres\b|\bwall to wall\b"
    r"|\bpremieres to watch\b"
    r"|\bseries are (?:ending|returning|cancell?ed|axed)\b"
    r"|(?<!\bfx )\bnetworks (?:pull|cancel|axe|renew|scrap)"
    r"|\bsneak peek\b|\bbehind the scenes\b|\bbox office\b|\breport:|\bstatus\b"
    r"|\bfilm (?:review|sequel)\b|\bdebunk|\bfake\b|\bhoax\b|\bfalse\b"
    r"|\bshows that (?:were|weren'?t|got|have been|haven'?t been)\b"
    r"|\b(?:shows|series|dramas|k-?dramas) that (?:are|were|will|have|got)\b|\bcancel culture\b"
    r"|\bwhy (?:is|was|did|does|are|were|has|had)\b"
    r"|\brenewed (?:or|and|&) cancell?ed\b|\bcancell?ed (?:or|and|&) renewed\b|\brenew\s*/\s*cancel\b"
    r"|\bconfirmed or cancell?ed\b|\b(?:cancell?ed|gone) too soon\b"
    r"|\b(?:renewal|cancell?ation|bubble) watch\b(?![^:]*:)|\bsafe from cancell?ation\b"
    r"|^(?:the\s+)?(?:\w+\s+){0,2}(?:shows|dramas|k-?dramas)\s+"
    r"(?:returning|ending|coming back|renewed|cancell?ed)\b"
    r"|^\s*\d+\s+(?:[\w'-]+\s+){0,3}(?:shows|series|dramas|k-?dramas|anime|things|reasons|ways|facts"
    r"|moments|secrets|details|times|questions|characters|episodes)\b"
    r"|\b(?:tv\s+)?shows\s+(?:(?:have\s+|were\s+|got\s+)?(?:been\s+)?)?(?:returning|ending|renewed|cancell?ed|axed)\b"
    r"|\b(?:cancell?ed|renewed|axed|canned|scrapped|ending|cancell?ing|axing|renewing)\s+(?:\w+\s+)?(?:tv\s+)?shows\b"
    r"|\bevery (?:tv\s+)?(?:show|series)\b"
    r"|\b(?:several|multiple|many|dozens of|a handful of|a slew of|a bunch of)\s+(?:[\w-]+\s+){0,2}"
    r"(?:tv\s+)?(?:shows|series|dramas)\b"
    r"|(?<!s' )(?<!'s )\bguide\b|\bscorecard\b|^(?!.*\banime\b).*\bmanga\b"
    r"|\bwhich (?:\w+\s+)?(?:shows|series)\b"
    r"|^\s*(?:tv\s+)?shows\b"
    r"|\brumou?r(?:s|ed|mill)?\b|\ball (?:the |of the )?(?:shows|series|dramas)\b"
    r"|\b(?:renews?|cancels?|axes|orders?)\s+\d+\s+(?:[\w-]+\s+){0,2}(?:shows|series|dramas|k-?dramas|anime)\b"
    # "The Real Reason This Is Us Is Ending After Season 6": an explainer
    r"|\bthe (?:real )?reasons?\b",
    re.IGNORECASE,
)
# Refused in the clause that holds the news: a question, or the promise of an explainer.
_QUESTION = re.compile(
    r"\?|\beverything (?:we|to) know\b|\beverything\b.{0,30}\bto know\b|\bwhat (?:we|to|you need to) know\b"
    r"|\bwhen (?:is|will|does|do)\b"
    r"|\bhere'?s (?:when|what|how|everything)\b|\bfind out\b",
    re.IGNORECASE,
)
# Refused in the part of the clause (between commas) that holds the news: a hedge, a wish, a rumour,
# someone's words ("X star teases season 3"). Another part may hold them: "'Ginny & Georgia' Gets
# Season 3 Premiere Date On Netflix, First Photos Tease Season 2 Finale Aftermath" is news.
_HEDGE = re.compile(
    r"\bcould\b|\bmight\b|\bmay (?:be|get|return|not)\b|\bwould\b|\bshould\b|\bif\b|\brumou?rs?\b"
    r"|\breportedly\b|\bsaid to\b|\blikely\b|\bprobably\b|\bapparently\b|\bpossibly\b|\bperhaps\b"
    r"|\bden(?:y|ies|ied)\b|\bexpected to\b|\bin talks\b|\bhopes?\b|\bhoping\b|\bwants?\b"
    r"|\bteases?\b|\bteasing\b"
    r"|\bhints?\b"
    r"|\bspeculat|\bpredict|\btheor(?:y|ies)\b|\bpetition|\bsays\b(?!\s+goodbye)|\btalks?\b|\bopens up\b"
    r"|\bweighs in\b"
    r"|\bcertain to\b|\bpoised to\b|\bnot\s+(?:be\s+)?(?:coming|premiering|arriving|releasing|streaming)\b"
    r"|\baccording to (?:its |the )?(?:stars?|fans|reports?|sources?|insiders?)\b"
    r"|\bdon'?t\b|\breported to\b|\bin danger of\b|\bdelay(?:s|ed)?\b|\bpostpone[sd]?\b"
    r"|\bcouldn'?t\b|\bsurprised\b|\breaction\b|\breacts?\b|\balmost\b|\bnearly\b"
    r"|\bearlier than (?:expected|planned)\b"
    r"|\bwhy\b|\bstill\b(?!\s+(?:of|from)\b)|\bupset\b|\bwish\b|\bneeds?\b|\bdeserves?\b|\bmust\b|\bcan'?t\b"
    r"|\bfans? (?:react|are|want|theor|petition)",
    re.IGNORECASE,
)
# (a sentence's point after a lower-case word, not an abbreviation's: "... is getting cancelled. What
# other shows are leaving?", but "Mr. Robot", "Lockwood & Co.")
_CLAUSES = re.compile(
    r"\s*(?::|\||;|!\s|\?\s|(?:(?<=[a-z]{3})|(?<=\d))\.\s(?=[A-Z])|(?:\.\.\.|\u2026)\s*(?=[A-Z])|\s(?:--|[-\u2013\u2014])\s|\s\(|\)\s)\s*"
)
# A "release date" story is news only when the date is set, not when it is asked after.
_RELEASE_EXPLAINER = re.compile(
    r"\brelease date\b(?!\s+(?:set|announced|revealed|confirmed|is set|has been set))"
    r"(?!.*\b(?:set|announced))",
    re.IGNORECASE,
)


def _states_something(title: str) -> bool:
    return not _NOISE.search(title)


def _clause_of(title: str, at: int) -> str:
    """The clause of the headline (between colons, bars, dashes) that holds position `at`."""
    start, end = _clause_span(title, at)
    return title[start:end]


def _clause_span(title: str, at: int) -> tuple[int, int]:
    start = 0
    for m in _CLAUSES.finditer(title):
        if m.start() > at:
            return start, m.start()
        start = m.end()
    return start, len(title)


def _segment(title: str, at: int) -> str:
    """The comma-separated part of the clause that holds position `at`."""
    start, end = _segment_span(title, at)
    return title[start:end]


def _segment_span(title: str, at: int) -> tuple[int, int]:
    start, end = _clause_span(title, at)
    head = title.rfind(", ", start, at)
    tail = title.find(", ", at, end)
    return (head + 2 if head >= 0 else start), (tail if tail >= 0 else end)


_CONJUNCTION = re.compile(r"\s(?:and|but|as|\+|&)\s", re.IGNORECASE)
_QUESTION_AFTER = re.compile(
    r",\s*(?:but\s+|so\s+)?(?:will|is|are|does|do|did|can|could|what|when|how|why|who|where)\b", re.IGNORECASE
)


def _asks(title: str, at: int, *, done: bool = False) -> bool:
    """Whether the news at `at` is asked after or hedged. With `done`, a milestone that happened
    ("creator says filming for season 2 has wrapped up") is reported, not hedged, by who says it."""
    start, end = _clause_span(title, at)
    head, stop = _segment_span(title, at)
    asked = _QUESTION.search(title, start, end)
    if (
        done
        and asked
        and asked.start() > at
        and re.match(r"(?i:here'?s\s+)?(?i:everything|what)\b", asked.group())
        and re.search(r",|&|\s(?i:and)\s", title[at : asked.start()])
    ):
        # "Sweet Magnolias season 4 filming wrapped and everything to know": a milestone told, then
        # the explainer around it
        asked = None
    if asked or title[end:].lstrip()[:1] == "?":
        # (a clause that ends in "?" asks: "Is Young Sheldon Ending After Season 7? Here's ...";
        # not when the news comes first and a question after it: "'Backstreet Rookie' Cast Has
        # Wrapped Up Filming For The Drama, Will It Have A Happy Ending?")
        after = _QUESTION_AFTER.match(title, stop, end)
        if not (after and (asked is None or asked.start() >= stop)):
            return True
    segment = title[head:stop]
    offset = at - head
    return any(
        not _network_says(segment, hedge)
        # "Saving Hope Season 4 Starts Production": a word of the title before its season
        and not re.match(
            rf"(?-i:Hope|Wish|Still|Theory)(?:'s)?\s+(?:(?i:{_ORDINAL})\s+)?(?i:season|series)\b",
            segment[hedge.start() :],
        )
        and not (done and hedge.group().lower() in ("says", "say"))
        # "'Schitt's Creek' Is Ending And Fans Are Not Okay": what follows "and" or "but" is another
        # statement; the news before it stands.
        and not (hedge.start() > offset and _CONJUNCTION.search(segment, offset, hedge.start()))
        for hedge in _HEDGE.finditer(segment)
    )


def _confirmed(title: str, verb: re.Match[str]) -> str:
    """What a "confirms" confirms: its object up to the next "and" ("ITV confirm Finding Alice series
    two and tease release date": the series), or, for "X Season 4 Confirmed", the part of the
    clause that holds it."""
    if re.match(r"confirms?\b", verb.group(), re.I):
        rest = title[verb.end() :]
        if not rest.strip(" !.)"):
            # "Downton Abbey is done after Season 6, Carnival Films and ITV confirm": what comes before
            return title[: _segment_span(title, verb.start())[0]]
        return re.split(
            r"\s+(?:and|&|but|as|while|ahead of|before)\s+|[,:;|!?]|\s[\u2014\u2013-]\s",
            rest,
            maxsplit=1,
            flags=re.I,
        )[0]
    # "Kota Factory Season 3: Officially confirmed by the director": who confirms is not what is
    segment = re.sub(r"\s+by\s+.*$", "", _segment(title, verb.start()), flags=re.I)
    named = title[_clause_span(title, verb.start())[0] : verb.start()]
    if re.search(r",.*(?:&|\band\b)|(?:&|\band)\s+more\b", named, re.I):
        return named + " cast"  # "Jung Hae In, Koo Kyo Hwan & More Confirmed For Second Season Of 'D.P.'"
    if re.match(r"confirmed\s+for\s+(?:20\d\d|next year)\b", title[verb.start() :], re.I):
        # "Chihayafuru 3rd Season Confirmed For 2019 Release": the season, for a year
        return title[_segment_span(title, verb.start())[0] : verb.start()]
    if re.match(
        rf"confirmed\s+for\s+(?:a\s+)?(?:(?:{_ORDINAL})\s+)?{_SEASON_WORD}\b", title[verb.start() :], re.I
    ):
        return ""  # "Beyond Paradise confirmed for season 3 and special episode": the season is what is
    if re.match(rf"{_SEASON_WORD}\s+{_NUMBER}\s+(?:is\s+)?(?:officially\s+)?announced\b", verb.group(), re.I):
        # "Kaiju No. 8 Season 2 Officially Announced with New Cast": the season; its cast is more news
        return re.split(r"\s+(?:with|and|plus|\+|&)\s+", segment)[0]
    if re.fullmatch(r"(?:it'?s\s+)?(?:officially\s+)?confirmed", segment.strip(" !:.|"), re.I):
        # "CONFIRMED! Beloved prison drama Wentworth to end after Season Nine"
        return re.sub(r"\s+by\s+[^:;|!?]*$", "", title, flags=re.I)
    # "Strange New Worlds Season 2 Confirmed Before Spinoff's Release": what comes after is its background
    at = verb.end() - _segment_span(title, verb.start())[0]
    later = re.search(r"\s(?:before|ahead of|after|following|amid)\s", segment[at:], re.I)
    return segment[: at + later.start()] if later else segment


def _network_says(segment: str, hedge: re.Match[str]) -> bool:
    """ "HBO Says 'Eastbound & Down' Season 4 Will Be Its Last": a network's word is its decision, and
    its makers' ("Derry Girls creator says the series is ending with season 3"; not its stars')."""
    before = segment[: hedge.start()]
    return hedge.group().lower() == "says" and bool(
        _NETWORK_PREFIX.fullmatch(before)
        or re.search(r"\b(?:creators?|showrunners?|producers?|boss|bosses|EPs?)\s+$", before, re.I)
    )


# ---------------------------------------------------------------- what it states

_SEASON_WORD = r"(?:seasons?|series)"
_RENEW = re.compile(
    r"\b(?:confirm(?:s|ed)?\s+(?:the\s+)?production\s+of\s+(?:[\w'-]+\s+){0,5}(?:season|series)\s+"
    + _NUMBER
    + r"\b"
    r"|confirm(?:s|ed)?\s+(?:the\s+)?production\s+of\s+'x+(?=')"
    r"|^(?:a\s+)?(?:" + _ORDINAL + r"|new)\s+(?:season|series)\s+of"
    r"(?=\s[^:;|?]{1,60}?\s(?:is\s+|has\s+been\s+)?(?:officially\s+)?(?:announced|confirmed|commissioned|ordered"
    r"|greenlit)\b)"
    r"|renew(?:s|ed|ing)?|(?:gets?|got|receives?|received|secures?|secured|earns?|earned|lands?|landed"
    r"|announces?|confirms?|scores?|nabs?|celebrates?)\s+(?:a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,5}?renewals?"
    r"|renewal\s+(?:is\s+)?(?:confirmed|official|announced)|(?<='s )renewal of"
    r"|picks? up|picked up|(?:re)?orders?|ordered"
    r"|(?:gives?|giving)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:season|series)\s+(?:order\s+)?to"
    r"|(?:receives?|received)\s+(?:a\s+|an\s+)?(?:" + _ORDINAL + r"|new|another)\s+(?:season|series)\b"
    r"|gives?\s+'x+'\s+(?:a|an|its)\s+(?:\w+\s+)?(?:season|series)"
    r"|(?:gets?|got|given|receives?|received)\s+(?:the\s+)?green\s*light\b[^:|?]{0,40}?\bfor\s+(?:a\s+|an\s+)?"
    r"(?:\w+\s+)?(?:season|series)"
    r"|gives?\s+(?:an?\s+)?(?:\w+\s+)?renewal\s+to|(?:is|was|been|gets|got)\s+given\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}"
    r"(?:season|series)"
    # "Ripper Street given second series by BBC"
    r"|(?<=\w )given\s+(?:a\s+|an\s+)?(?:" + _ORDINAL + r"|new|another)\s+(?:season|series)\s+by\b"
    r"|extend(?:s|ed)?\s+(?:\w+\s+)?(?:to|for|through)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}(?:season|series)"
    r"|back for (?:a |an )?(?:\w+\s+){0,3}?(?:season|series)"
    r"|will have (?:a )?(?:season|series) " + _NUMBER + r"\b"
    r"|(?:to|will) have (?:an? )?(?:\w+ )?(?:final|last) (?:season|series)\b"
    # "Grantchester returns for third series in 2017"
    r"|returns (?:for|with) (?:a |an |its )?(?:\w+ )?(?:season|series)(?: \w+)? in 20\d\d\b"
    # "Twisted Metal Season 2 Gets The Green Light"
    r"|(?:season|series)\s+" + _NUMBER + r"\s+(?:gets?|got|given|receives?)\s+(?:the\s+|a\s+)?green[- ]?light"
    r"|(?:(?:to|will) return|returning) to [\w+&.' ]{2,24}? for (?:a |an )?(?:\w+ )?(?:season|series)"
    # "Nashville Will Move to CMT for Back-From-the-Dead Season 5": another network orders it
    r"|(?:will\s+)?mov(?:e|es|ing)\s+to\s+[\w+&.' ]{2,24}?\s+for\s+(?:a\s+|an\s+|its\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:season|series)\b"
    # "Sweet, there's going to be another season of Delicious in Dungeon"
    r"|there(?:'s| is| will be)\s+(?:going to be\s+)?(?:another|a new|an? "
    + _ORDINAL
    + r")\s+(?:season|series)\s+of"
    r"|(?:re-?)?comm?iss?ions?|(?:re-?)?comm?iss?ioned"
    r"|(?:confirms?|announces?)\s+(?:" + _NUMBER + r"|an?)\s+(?:more|further|new)\s+(?:seasons?|series)"
    r"|greenlights?|greenlit|green-?lit|revived?|revives|resurrect(?:s|ed)?"
    r"|saves|saved|rescued?|rescues|comes back"
    r"|returning for|will return (?:for|with)|(?:sticking|stick|sticks) around for"
    r"|(?:set\s+)?to\s+return(?:\s+to\s+[\w+&.' ]{2,24}?)?\s+in\s+(?:20\d\d|next year)\b"
    r"|(?:is\s+)?set\s+for\s+(?:a\s+|an\s+)?(?:new|another|" + _ORDINAL + r")\s+(?:season|series)\b"
    r"|(?:set |is set |is )?to return (?:for|with)|is coming back for"
    r"|(?:season|series)s?\s+[\w&, -]{1,20}?\s+renewals?(?=\s*(?:$|[;:|])|\s+(?:from|at|by|on|for)\s+[A-Z]"
    r"|\s+(?:and|&)\s+[^:|?]{0,40}\b(?:confirmed|announced|revealed)\b)"
    r"|announces?\s+(?:a\s+)?(?:\w+\s+)?(?:and\s+(?:final|last)\s+)?(?:season|series)\b(?!\s*')"
    r"|announces?\s+(?:an?\s+)?(?:expected|anticipated|highly anticipated)\s+(?:\w+\s+)?(?:season|series)\b"
    r"|announces?\s+(?:[\w'-]+\s+){1,4}(?:season|series)\s+" + _NUMBER + r"\b(?!\s+(?:cast|trailer|teaser"
    r"|premiere|release|date|poster|first look|wrap|filming|production|shoot|finale|episode|will|is|to"
    r"|return|returns|debut|arrival)\b)"
    r"|(?:season|series)\s+" + _NUMBER + r"\s+(?:is\s+)?(?:now\s+)?official\b"
    r"(?!\s+(?:teaser|trailer|poster|images?|photos?|clip|synopsis|title|first look|key art))"
    r"|(?:gets?|got|given|receives?|received)\s+(?:the\s+|a\s+)?go[- ]ahead"
    r"|(?:gets?|getting)\s+(?!(?:an?\s+)?(?:\w+\s+)?(?:update|news|tease|teaser|trailer|look|photos?|release)\b)"
    r"(?:a\s+|an\s+|its\s+)?(?:\w+\s+){0,3}(?:seasons?|series)\b|confirm(?:s|ed)?"
    r"|(?:seasons?|series)\s+\w+\s+(?:(?:tv\s+)?anime\s+|k-?drama\s+)?(?:is\s+)?(?:officially\s+)?announced"
    r"|(?:seasons?|series)\s+\w+\s+(?:is\s+)?officially\s+(?:happening|a go|coming)"
    r"|(?:seasons?|series)\s+\w+\s+is\s+(?:happening|a go)"
    r"(?!\s+(?:to\s+\S+\s+)?(?:in|on|this|next)\b))\b",
    re.IGNORECASE,
)
# "Confirmed" is a renewal only when nothing else is what was confirmed.
_CONFIRMED_OTHER = re.compile(
    r"\b(?:cast|casting|character|role|villain|trailer|title|poster|release|premiere|date|episodes?|stars?"
    r"|returns?|return date|plot|director|filming|production|end|ending|final|last|cancell?ed|canceled|axed"
    r"|scrapped|cancell?ations?|wraps?|wrapped|shoot|shooting|launch|simulcast|broadcast|airing)\b",
    re.IGNORECASE,
)
_CAST_MEMBER = re.compile(
    r"\b(?:star|stars|actor|actress|alum|vet|veteran|host|character|villain|showrunner|creator"
    r"|cast member|regular)\b",
    re.IGNORECASE,
)
_RENEWAL_BACKGROUND = re.compile(
    r"\b(?:had|'d)\s+(?:already\s+|previously\s+|just\s+)?(?:renewed|ordered|greenlit)\b"
    r"|\b(?:after|despite|since)\s+(?:already\s+|previously\s+|initially\s+|just\s+)?(?:renewing|ordering|greenlighting)\b"
    r"|\bdespite\s+(?:\w+\s+)?(?:ordering|renewing|greenlighting|picking up)\b|"
    r"\b(?:despite|after|following|since|before|kills?|cancels?|reverses?|rescinds?|revokes?|scraps?|axes"
    r"|undoes|pulls?)\s+(?:(?:an?|the|its|their|initial|earlier|early|multiple|several|previous|surprise)\s+)*"
    r"(?:(?:season|series)\s+\w+\s+)?renewals?\b",
    re.IGNORECASE,
)
_NOT_RENEWED = re.compile(
    r"\b(?:not|won'?t|will not|isn'?t|wasn'?t|weren'?t|aren'?t|hasn'?t|haven'?t|hadn'?t|doesn'?t|didn'?t|no"
    r"|can'?t|never)\s+(?:to\s+)?(?:be\s+|been\s+)?"
    r"(?:getting\s+)?"
    r"(?:renew|get|return|come back|picked|ordered|receive|confirm)",
    re.IGNORECASE,
)
_CANCEL = re.compile(
    r"\b(?:cancel(?:s|led|ed)?|cancell?ation\s+(?:is\s+)?(?:confirmed|official|announced)"
    r"|(?:confirms?|confirmed|announces?|announced)\s+(?:the\s+)?(?:\w+\s+)?cancell?ation"
    r"|(?:latest|newest|another|new) cancell?ation|axe[sd]?"
    r"|scrap(?:s|ped|ping)?|ditch(?:es|ed)?|canned|axing|cancell?ing"
    r"|falls? (?:under|to) (?:the |[\w+]+ )?axe|sinks(?!\s+(?:its\s+|their\s+)?teeth)|sunk|pulls? the plug"
    r"|not renewed|shelve[sd]"
    r"|(?:drops?|closes?) (?:the )?curtain on"
    r"|won'?t return|will not return|not to return|not returning|(?:gets?|got|given) the axe?"
    r"|(?:won'?t|will not)\s+(?:be\s+)?get(?:ting)?\s+(?:a|another)\s+(?:\w+\s+)?(?:season|series)"
    r"|not getting\s+(?:a|another)\s+(?:\w+\s+)?(?:season|series)"
    r"|won'?t be back|will not be back|not coming back|no (?:season|series)(?:\s+"
    + _NUMBER
    + r"\s+for(?=\s+[A-Z'\"]))?"
    r"|(?:won'?t|will not) be (?:a|another) (?:\w+ )?(?:season|series)"
    r"|not moving forward|(?:won'?t|will not) (?:be )?mov(?:e|ing) forward"
    r"|pass(?:es|ed)? on(?= .*\b(?:season|series) \w+))\b",
    re.IGNORECASE,
)
_END = re.compile(
    # ("ending with" a season, a part or a film: not "'Hospital Playlist 2' ending with sweet moments")
    r"\b(?:to end|will end|(?:is|are) ending|(?:ending|end|ends) with(?=\s+(?:(?:the|its|a|an|their)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:seasons?|series|episodes?|chapter|part|finale|movie|film)\b|\s+S?\d)"
    r"|ending after|ends after|to go off[- ]air|goes off[- ]air"
    rf"|(?:(?<=anime )|(?<=series )|(?<=drama ))ends\s+(?:on\s+)?(?=(?:{_MONTH_NAMES})\b)"
    # "Final Season Of Occupied To Air Later This Year", "USA NETWORK ENDS 'PSYCH'"
    r"|^(?:the\s+)?(?:final|last)\s+season\s+of\b(?=[^:|?]{1,60}\bto\s+(?:air|premiere|debut|stream|arrive|launch)\b)"
    r"|(?<=\s)ends(?=\s+'x)"
    r"|end after|end in|end at|to conclude|will conclude|concludes? with"
    r"|wrap(?:s|ping)? up with"
    r"(?=\s+(?:(?:the|its|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:seasons?|series|episodes?)\b)"
    r"|ending (?:after )?next season|end after next season"
    r"|come to an end|coming to an end|(?:is|are)\s+(?:officially\s+)?done after"
    r"|all over for\b[^:;|?]{1,60}\bafter (?:season|series)\b"
    r"|ends? (?:its|their) run|ending (?:its|their) run"
    r"|(?:call|calls|calling) it quits|ending (?:is )?confirmed"
    r"|prepares? for (?:a |its |the )?final season(?!\s+(?:filming|production|shoot))"
    r"|(?:bring|brings|bringing) (?:the |its |this )?(?:[\w-]+\s+){0,4}to an end"
    r"|will be (?:the |its )?(?:final|last) season"
    r"|(?:season|series) (?:to|will) be (?:the |its )?(?:last|final)$"
    r"|(?:reach|reaches|come to|comes to) (?:its |a )?(?:natural )?conclusion"
    r"|wraps? (?:up )?(?:after|with) (?:season|series) \w+|(?:to be|will be) the end\b"
    r"|(?:to air|airs|will air) (?:its |the )?(?:final|last) episode"
    r"|(?:is|will be)\s+(?:officially\s+)?the end of the (?:series|show'?s run|show|road)"
    r"|ending (?:at|on) [\w+&]+(?: [\w+&]+)? (?:with|after)"
    r"|(?:is|will (?:in fact |officially )?be|to be|as) (?:its|the|show'?s|the show'?s|the series'?)"
    r" (?:last|final)"
    r"(?: season| series)?|(?:as|is) (?:the )?(?:series'?|show'?s) end"
    r"|(?:is|will (?:in fact |officially )?be|as) (?:its |the )?(?:series|grand) finale"
    r"|(?:announces?|confirms?|sets?) (?:its |the )?(?:final|last) season|confirms? (?:the )?end of"
    r"|(?:final|last) season (?:announced|confirmed)"
    # "Queen of the South will go out on top with fifth and final season"
    r"|(?:go|goes|going|bow|bows|bowing|sign|signs|signing) (?:out|off)\b[^:;|?]{0,20}?\bwith"
    r" (?:a |an |its |the )?(?:[\w-]+ )?(?:and )?(?:final|last) (?:season|series))\b",
    re.IGNORECASE,
)
_FINAL = re.compile(
    r"\b(?:final|last)[\"']?\s+(?:" + _ORDINAL + r"\s+)?(?:season|series|chapter|run|installment|outing)\b"
    r"|\band (?:final|last)\b"
    r"|\b(?:will be|is) (?:its|the|the show'?s|the series'?) (?:final|last)\b|\"(?:final|last) season\""
    r"|\b(?:as|will be|is) (?:its |the )?(?:series|grand) finale\b",
    re.IGNORECASE,
)
_IN_PRODUCTION = re.compile(
    r"\b(?:(?:begins?|began|starts?|started|resumes?|resumed|has begun|have begun|kicks? off|commences?)"
    r"\s+(?:officially\s+)?(?:filming|production|shooting)"
    r"|(?:has|have)\s+(?:officially|finally)\s+(?:begun|started|commenced)\s+(?:filming|production|shooting)"
    r"|(?:filming|production|shooting|shoot|cameras?)\s+(?:officially\s+|finally\s+|has\s+)?(?:begins|began|begun"
    r"|starts|started|underway|is underway|now underway|kicks off|commences|commenced|initiated|resumes"
    r"|resumed|roll|rolling|are rolling|got underway)"
    r"|(?:season|series)\s+"
    + _NUMBER
    + r"\s+(?:is|are)\s+(?:now\s+|officially\s+|currently\s+)*(?:filming|shooting)"
    r"|(?<!\bon )(?<!\bof )(?<!\bfor )(?:is\s+|are\s+|now\s+)?(?:filming|shooting)\s+(?:season|series)\s+"
    + _NUMBER
    + r"\b"
    r"|(?:filming|production|shooting)\s+(?:continues|is continuing)\b"
    r"|(?:season|series)\s+"
    + _NUMBER
    + r"\s+of\s+[^:|?]{1,40}?\s(?:is|are)\s+(?:now\s+)?(?:filming|shooting)\s+in\b"
    r"|(?<!\bon )(?<!\bof )(?<!\bfor )(?:filming|shooting)\s+(?:its\s+|the\s+)?(?:final|last)\s+"
    r"(?:season|series)\b"
    r"|in production|under production|now filming|(?:is|are) (?:now )?being (?:filmed|shot)"
    r"|(?:camera|film)\s+crews?\s+(?:return|are back|back|arrive)"
    r"|(?<!\bto )(?:shoot|shoots|films)\s+(?:season|series)\s+" + _NUMBER + r"\b"
    r"|(?:is|are)\s+(?:now\s+|finally\s+|officially\s+)*underway"
    r"|\w+ into production|enter(?:s|ed)? production"
    r"|productions\s+(?:begins?|starts?|started)"
    r"|returns? to (?:production|filming|set)|back (?:in|to|into) (?:production|filming)|back filming"
    r"|back on (?:the )?set"
    r"|(?:filming|production|shooting) (?:for|of|on)\b(?:[^:|?]|:(?=\s[\w'])){0,80}"
    r"\b(?:begins|began|starts|started|kicks off|is underway|has begun|gets underway|got underway"
    r"|already underway|underway)"
    r"|(?:has|have) begun (?:filming|shooting|production)"
    r"|(?:begins?|began|starts?|started|kicks? off)\s+(?:season|series)\s+\w+\s+"
    r"(?:production|filming|shooting)"
    r"|work on\b[^:|?]{0,60}\b(?:has begun|have begun|begins|began|has started|started|is underway)"
    r"|start of\b[^:|?]{0,60}\b(?:production|filming|shooting))\b",
    re.IGNORECASE,
)
_WRAPPED = re.compile(
    r"\b(?:wraps?\s+(?:up\s+)?(?:filming|production|shooting|shoot|(?:final\s+)?season\s*\w*)"
    r"|wraps?\s+(?:up\s+)?'x+'\s+(?:season|series)\s+\w+"
    r"|wraps?\s+(?:up\s+)?(?:its\s+|an?\s+)?(?:\w+\s+)?(?:" + _ORDINAL + r")\s+(?:season|series)\b"
    r"|wraps?\s+(?:up\s+)?(?:its|their|the)\s+(?:final|last)\s+(?:season|series)\b"
    r"|(?:confirms?|announces?|celebrates?|marks?)\s+(?:the\s+)?(?:season|series|S)\s*\w+\s+wrap\b"
    r"|wrapped\s+(?:up\s+)?(?:filming|production|shooting)|(?:has|have|is|are) (?:all )?wrapped"
    r"|all wrapped up|wrapping (?:up )?(?:filming|production|shooting)"
    r"|(?:filming|production|shooting)\s+(?:officially\s+)?(?:wraps|wrapped|has wrapped|concludes|concluded"
    r"|is complete|complete|completed|ends|ended|is done|finished)"
    r"|(?:done|finishes|finished|completes|completed|concludes|concluded|ends|ended)"
    r"\s+(?:filming|shooting|production|shoot)|(?:it'?s|that'?s) a wrap|wraps up final shooting"
    r"|announces? (?:a )?wrap|wrap on (?:the )?(?:\w+\s+){0,3}season"
    r"|(?:final|last) day (?:of )?(?:filming|shooting|production)"
    r"|(?:filming|shooting|production)\b[^:|?]{0,60}\b(?:has come|have come|comes|came) to an end"
    r"|(?:filming|shooting|production)\s+(?:has\s+|have\s+)?(?:comes?|came|draws?|drew|drawn)\s+to\s+a\s+close"
    r"|(?:filming|shooting|production)\s+(?:has|have)\s+(?:officially|finally)\s+(?:wrapped|ended|finished)"
    r"|wraps?\s+(?:up\s+)?all\s+(?:filming|shooting)"
    r"|(?:season|series|S)\s*\d{1,2}\s+wrap[- ]up\s+(?:party|celebration)"
    r"|(?:emotional|final)\s+wrap\s+(?:for|on)\s+'x+(?=')"
    r"|(?:only\s+)?just\s+wrapped"
    r"|(?:filming|production|shooting) wrap\b|(?:final|last) season wraps\b"
    r"|(?:season|series|S)\s*" + _NUMBER + r"\s+(?:filming\s+)?wraps?(?:\s+up)?$"
    r"|(?:season|series|S)\s*" + _NUMBER + r"\s+(?:filming\s+)?wraps?(?:\s+up)?(?=\s*[(:|,!;])"
    r"|(?:filming|production|shooting) (?:for|of|on)\b(?:[^:|?]|:(?=\s[\w'])){0,80}"
    r"\b(?:completed|complete|wrapped|wraps|ends|ended|finished))\b",
    re.IGNORECASE,
)
_PREMIERE_WORDS = re.compile(
    r"\b(?:premiere date|premieres?|premiering|release date|returns?|returning|debuts?|debut date|launch date"
    r"|launches|arrives?|sets? .*\bdate|dated|date set|drops?|dropping"
    r"|(?:announced|set|slated|scheduled|coming) for|coming to \S+(?: \S+)? (?:in|on)|coming (?:in|on)"
    r"|coming (?=(?:" + _MONTH_NAMES + r")\b)"
    r"|(?:season|series)\s+\w+\s+(?:begins|starts|kicks off)(?=\s+(?:on\s+)?(?:" + _MONTH_NAMES + r")\b)"
    r"|comes? to \S+(?: \S+){0,2} (?:in|on)"
    r"|(?:confirms?\s+|to\s+|will\s+)?broadcast(?:s|ing)?\s+(?:in|on|from)"
    r"|(?:to|will) release|(?:will|to) be released|(?:will be|is) out (?:on|in)|(?:to |will )?start airing"
    r"|(?:to|will) launch|hits?(?=\s+(?:"
    + _MONTH_NAMES
    + r")\b)|gets? (?:an? )?(?:\w+ )?(?:release|premiere|debut)"
    r"|(?:to |will )?stream(?:s|ing)? (?:from|on|in)|airs?|airing|airdate|(?:to |will )?come out|comes out"
    r"|hit(?:s|ting)?\s+(?:\S+\s+){0,2}(?:on|in|this|from)(?=\s+(?:" + _MONTH_NAMES + r"|\d))"
    r"|coming back (?:this |in |on )?(?=(?:" + _MONTH_NAMES + r")\b))\b",
    re.IGNORECASE,
)
# (A lower-case "special", or a named one: "Special Victims Unit" is a title.)
_EPISODE_NEWS = re.compile(
    r"\b(?:episodes?|dub|dubbed|film|movie)\b|\b(?-i:special)\b"
    r"|\b(?:christmas|holiday|halloween|anniversary|reunion|new year'?s|festive|new|one-off)\s+special\b"
    r"|\bfinale\s+(?:airs?|airing|date|on|set|premieres?|drops?|streams?)\b",  # a finale is no premiere
    re.IGNORECASE,
)
_START = r"(?<!production )(?<!filming )(?<!shooting )(?<!production-)start"
_PREMIERE_SET = re.compile(
    rf"\b(?:(?:premiere?|release|return|debut|air|launch|{_START})\s+(?:date|window)|airdate)\b[^:|?]*\b(?:set|revealed|announced"
    r"|confirmed|official|officially|unveiled|locked|released)\b"
    r"|\b(?:season|series)\s+(?!finale\b)\w+\s+date\s+(?:officially\s+)?(?:set|revealed|announced|confirmed)\b"
    # "'Gyeongseong Creature' Season 2 on Netflix: September 2024 Release Confirmed"
    rf"|\b(?:{_MONTH_NAMES})\s+20\d\d\s+(?:release|premiere|debut)\s+(?:date\s+)?(?:set|revealed|announced|confirmed)\b"
    r"|\b(?:sets?|reveals?|announces?|confirms?|unveils?|gets?|getting|lands?|releases?"
    r"|receives?|shares?|schedules?|scheduled|(?:announced|revealed|unveiled)(?!:)"
    rf"|has)\b(?:[^:;|?!]|:(?=\s[\w']))*\b(?:premiere?|release|return|debut|{_START})\s+date\b(?!\s+(?:tba|tbd)\b)"
    r"|\bschedules?\s+(?:[\w']+\s+){0,4}return\b|^airdate\b"
    r"|\bsets?\s+(?:(?:the|its)\s+)?(?:season|series)\s+\w+\s+date\b"
    rf"|\bsets?\s+(?:an?\s+)?(?:{_MONTH_NAMES})\s+(?:\d{{1,2}}\s+)?(?:return|premiere|debut|release)\b"
    rf"|\bgains?\b(?:[^:|?!]){{0,40}}\b(?:premiere?|release|return|debut|{_START})\s+date\b"
    # "Emily in Paris reveals the date of its season 4"
    r"|\b(?:sets?|reveals?|announces?|confirms?|shares?)\s+(?:the\s+)?(?:release\s+|premiere\s+)?date\s+(?:of|for)\b",
    re.IGNORECASE,
)


def _season_numbers(text: str, *, parts: bool = True) -> list[int]:
    """Every season a headline names: "season 3", "seasons 5 and 6", "third season", "S2"."""
    out: list[int] = []
    listed = rf"\b{_SEASON_WORD}\s+({_NUMBER})((?:\s*(?:,|&|and|-|\u2013|to)\s*{_NUMBER})*)\b"
    for m in re.finditer(listed, text, re.I):
        first = _number(m.group(1))
        rest = [_number(x) for x in re.findall(_NUMBER, m.group(2) or "", re.I)]
        joined = m.group(2) or ""
        if first and rest and re.search(r"-|\u2013|\bto\b", joined) and len(rest) == 1 and rest[0] > first:
            out += list(range(first, rest[0] + 1))  # "seasons 3-5"
        else:
            out += [first, *rest]
    ordinals = rf"\b({_ORDINAL})(?:\s+and\s+(?:final|last))?\s+(?:and\s+({_ORDINAL})\s+)?{_SEASON_WORD}\b"
    for m in re.finditer(ordinals, text, re.I):
        out += [_ordinal(m.group(1)), *([_ordinal(m.group(2))] if m.group(2) else [])]
    for m in re.finditer(r"\bS(\d{1,2})\b", text):
        out.append(int(m.group(1)))
    if parts and not out:  # "'The Glory' Part 2", "'Lupin' Part 3": a show told in parts numbers its seasons
        out += [_number(m.group(1)) for m in re.finditer(rf"\b(?-i:Part)\s+({_NUMBER})\b", text, re.I)]
    return [n for n in dict.fromkeys(out) if n and 1 <= n <= MAX_SEASON]


def _number(text: str) -> int:
    text = text.lower()
    return int(text) if text.isdigit() else CARDINALS.get(text, 0)


def _ordinal(text: str) -> int:
    text = text.lower()
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else ORDINALS.get(text, 0)


def _seasons_done(text: str) -> int | None:
    """ "after one season", "after two seasons", "after season 3", "after 4 seasons": how many were made."""
    m = re.search(rf"\bafter\s+(?:just\s+|only\s+)?({_NUMBER})\s+{_SEASON_WORD}\b", text, re.I)
    if m:
        return _number(m.group(1)) or None
    after = (
        rf"\bafter\s+(?:just\s+|only\s+)?(?:its\s+)?({_ORDINAL}|{_NUMBER})?\s*{_SEASON_WORD}\s*({_NUMBER})?\b"
    )
    m = re.search(after, text, re.I)
    if m and m.group(2):
        return _number(m.group(2)) or None
    if m and m.group(1):
        n = _ordinal(m.group(1)) or _number(m.group(1))
        return n or None
    m = re.search(r"\bafter\s+(\d{1,2})\s*$", text)  # "Max cancels Our Flag Means Death after 2"
    return (int(m.group(1)) or None) if m else None


# ---------------------------------------------------------------- the show

_QUOTED = re.compile(
    r"""(?:^|(?<=[\s(\[\u2014\u2013:-]))['"]((?:[^'"]|'(?=[A-Za-z0-9]))+?)['"](?=$|[\s,.:;!?)\]\u2014\u2013-])"""
)
_NETWORK = (
    r"(?:netflix|hbo(?: max)?|max|disney\+?(?: hotstar)?|hulu|apple(?: tv\+?)?|prime video"
    r"|amazon(?: prime video)?|peacock|paramount\+?|showtime|starz|amc\+?|fxx|fx(?: networks?)?|nbc|cbs"
    r"|abc family|abc"
    r"|the cw|cw|fox|bbc(?: one| two| three| four| iplayer| scotland| america| alba)?|itv\s?[1-4x]?"
    r"|channel [45]|e4|sky(?: atlantic| one| max)"
    r"|tvn|jtbc|sbs|kbs2?|mbc|ena|tving|coupang play|wavve|crunchyroll|adult swim|toonami"
    r"|syfy|usa(?: network)?"
    r"|tnt|tbs|bravo|freeform|mgm\+?|britbox|acorn tv|cbc|crave|tvf|zee5|sonyliv|jiocinema|nhk|tv asahi"
    r"|tv tokyo|fuji tv|u-next|stan|tvnz|rtl|tf1|canal\+|rai|city"
    r"|ctv|citytv|global|bell media|seven network|network (?:10|ten)|channel (?:seven|nine|ten|\d{1,2})"
    r"|foxtel|binge"
    r"|kanal \d|kanal d|star tv|show tv|trt(?: ?1)?|atv|fox turkey|ocn|hidive|funimation|hotstar"
    r"|spike|the wb|el rey(?: network)?|a&e|hallmark(?: channel)?|lifetime|bet\+?|own|epix|comedy central"
    r"|mtv|vh1"
    r"|tlc|pbs|ifc|sundance(?:tv| tv)?|s4c|rt[eé](?: one| two)?|virgin media|tg4"
    r"|5star|nat geo|national geographic|discovery\+?|history|cinemax|audience|youtube(?: premium)?"
    r"|quibi|roku(?: channel)?|tubi|freevee|imdb tv|e!|oxygen|we tv|crackle|vrv|hbo go|shudder|allblk"
    r"|sundance now|viki|viu|iqiyi|wetv|youku|tencent video)"
    r"(?: (?:uk|us|korea|india|japan|canada|australia|spain|france|germany|originals?))?"
)
_COUNTRY = (
    r"(?:turkey|korea|south korea|japan|spain|india|britain|the uk|canada|australia|france|germany|italy"
    r"|america|brazil|mexico|ireland|scotland|wales|new zealand|china|denmark|norway|sweden|israel)"
)
_NETWORK_PREFIX = re.compile(
    rf"^(?:(?:{_COUNTRY}'s\s+)?{_NETWORK}'?s?(?:\s*(?:,|&|and)\s*|\s+))+",
    re.IGNORECASE,
)
# A show that returns to its channel or on a day (a premiere even when no season is named).
_RETURNS = re.compile(
    rf"\breturn(?:s|ing)?\s+(?:to\s+{_NETWORK}(?![\w+])|on\s+(?:(?:{_MONTH_NAMES})\b|\d)"
    rf"|(?:on\s+)?(?:{_MONTH_NAMES})\s+\d|in\s+(?:{_MONTH_NAMES})\b(?!\s+\d{{4}})|\d{{1,2}}\s+(?:{_MONTH_NAMES})\b"
    r"|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    rf"|(?:this|next)\s+(?:{_MONTH_NAMES})\b)",
    re.IGNORECASE,
)
# A candidate that is only networks ("Apple TV+", "SYFY, USA Network", "Netflix Korea").
_NETWORKS_ONLY = re.compile(
    rf"(?:(?:{_COUNTRY}'s\s+)?(?:{_NETWORK}|sky)'?s?(?:\s*(?:,|&|and)\s*|\s*$))+", re.IGNORECASE
)
_LEAD_TRAIL = re.compile(
    r"^(?-i:EXCLUSIVE|BREAKING|UPDATE|WATCH)\s+(?=[A-Z])"
    r"|^(?:exclusive|breaking|official|update|report|confirmed|it'?s official|trailers?|teasers?|photos?"
    r"|(?:\w+\s+)?alert|finally|big read|good news|bad news"
    r"|videos?|watch|first look|news|tv news|(?:tv\s+)?news\s+round-?up|round-?up|ratings|casting|spoilers|tv"
    r"|anime|k-?drama|entertainment)"
    r"\s*[:|\u2014\u2013-]\s*"
    # (not a title's own ": The Series": "From Dusk Till Dawn: The Series")
    r"|(?<!: the)\s+(?:tv\s+)?(?:series|drama|comedy|anime|k-?drama)$"
    r"|\s+(?:tv|live-action|animated|reality|talk|comedy|spin-?off|new|hit|popular)\s+show$",
    re.IGNORECASE,
)


# How a network acts, not what: "The CW Swiftly Cancels Another Show".
_ADVERBS = r"swiftly|quietly|abruptly|suddenly|unexpectedly|quickly|sadly|shockingly|formally|officially"
# Words after a title that are not the title: "The Acolyte is being cancelled", "Orange Is the New
# Black Already Renewed", "Stranger Things Cast Wraps", "Invincible's officially getting".
_AUXILIARY = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|will)\s+(?:being|going|getting|officially|now|set|coming|ending"
    r"|returning|back|headed|heading|not|already|finally|also|reportedly|confirmed|renewed|cancell?ed|axed"
    rf"|started|begun|wrapped|finished|ended|announced|commissioned|greenlit|filming|shooting|{_ADVERBS}"
    rf"|get|be|been|end|return|(?:the\s+)?(?:latest|newest|another)|{_NETWORK}'s)"
    r"|(?:set\s+)?to\s+(?:get|end|return|conclude|wrap|begin|start|receive|air|premiere|debut|come back"
    r"|continue"
    r"|be\s+(?:axed|cancell?ed|scrapped|renewed|back))|returns\s+to)\b.*$",
    re.IGNORECASE,
)
_TRAILING = re.compile(
    r"(?:\s+(?:to|will|is|are|was|has|have)\s+(?:be|being|been|get|getting))+$"
    r"|\s+(?:is\s+|are\s+)?(?:coming|comes?)\s+to\s+an$"
    r"|(?:\s+(?:already|officially|finally|now|also|just|reportedly|surprisingly|teaser|trailer|releases?"
    r"|scores?|lands?|gets?|earns?|nabs?|receives?|secures?|comes|ending|announced|commissioned|greenlit|"
    + _ADVERBS
    + r"|reveals?|drops?|unveils?|cast|crew|team|creators?|showrunners?|producers?|fans?|live-action|animated"
    r"|reboot|remake|for|to|as|after|at|with|in|on|and|by|from))+$",
    re.IGNORECASE,
)
# Someone's show: "Drew Barrymore's Santa Clarita Diet", "Shaun Evans and Suranne Jones' drama Vigil",
# "Park Eun-bin, Kang Tae-oh's Extraordinary Attorney Woo". Two names or more own it, none of them a
# word that titles use ("Beyond Journey's End", "The Handmaid's Tale" stay whole).
_OWNER = re.compile(
    r"^(?!(?:the|a|an|my|our|your|beyond|of|in|on|at|to|for|from|with|no|one)\s)"
    r"(?:[A-Z][\w.'-]*(?:,\s*|\s+(?:and\s+|&\s+)?)){1,7}?[A-Z][\w.'-]*?(?:'s|s')\s+(?=[A-Za-z0-9])"
)
_OWNER_WORD = re.compile(
    r"\b(?:The|A|An|Of|In|On|At|To|For|From|With|Beyond|My|Our|Your|No)\b"
    r"|(?i:anime|series|show|drama|season|comedy|franchise)(?:'s|s')\s+$"
)
# A genre before the name: "Superhero show The Boys", "Korean Drama Sweet Home", "Crime drama Baptiste".
_GENRE_BEFORE = re.compile(
    r"^(?!(?:the|a|an)\s)(?:[\w'-]+\s+){1,5}?(?:tv\s+)?(?i:series|show|drama|comedy|thriller|sitcom|anime"
    r"|k-?drama|docuseries|miniseries|procedural|animation|spin-?off|sleeper hit|soap)"
    rf"\s+(?=[{_CAPITAL}'\"0-9])"
    rf"|^(?:tv\s+)?(?:series|show|drama|comedy|thriller|sitcom|anime|k-?drama|docuseries|miniseries)\s+(?=[{_CAPITAL}'\"])"
    # "K-drama Signal gets Season 2" (but "Show Me a Hero" is a title)
    rf"|^(?i:k-?drama)\s+(?=[{_CAPITAL}'\"])"
)


def _clean_show(text: str, *, quoted: bool = False) -> str:
    text = _trim(re.sub(r"^\s*\[[^\]]{1,30}\]\s*", "", text))  # "[Drama News] The Heirs"
    # "Sweet Home's Third Season", "BEASTARS Anime's Final Season": the season is not the title.
    text = re.sub(
        rf"'s\s+(?:(?:{_ORDINAL}|final|last|new|next)\s+)(?:and\s+(?:final|last)\s+)?{_SEASON_WORD}\b.*$",
        "", text, flags=re.I,
    )  # fmt: skip
    if quoted:  # a quoted title is the title, without a season the quote took in ("Kingdom Season 2")
        text = re.sub(rf"\s+(?:season|seasons|series)\s+{_NUMBER}$", "", text, flags=re.I)
        return _trim(re.sub(r"(?<=\w)'s$", "", text))
    text = re.sub(r"\s*\([^)]*\)", "", text)  # "Kaos (and my confidence in the platform)"
    text = re.sub(r"(?<=\w)\s+(?i:series\s+)?(?i:finale)$", "", text)  # "Agents of SHIELD Series Finale"
    # "Final Season of Scandal and Revives Its Hit Sitcom Roseanne": the network's next act is not the name
    text = re.sub(rf"\s+(?i:and|but)\s+(?i:{_ACTS}).*$", "", text)
    # "Season 2 of the Last of Us TV show has been" -> "the Last of Us"
    text = re.sub(rf"^(?:{_SEASON_WORD})\s+{_NUMBER}\s+of\s+", "", text, flags=re.I)
    text = re.sub(r"\s+(?:has|have|had)\s+(?:officially\s+|already\s+|just\s+)?been$", "", text, flags=re.I)
    text = re.sub(
        r"(?:\s+(?:is|was|are|were|will|gets?|got|has|have|officially|just))+$", "", text, flags=re.I
    )
    text = _AUXILIARY.sub("", text)
    # "The Simpsons to pass 800 episodes" (not "Packed to the Rafters")
    text = re.sub(r"(?<=\w)\s+to\s+(?!the\b)[a-z][a-z'-]*\b.*$", "", text)
    text = _LEAD_TRAIL.sub("", text)
    text = re.sub(r"\s+(?i:renewal|cancell?ation)(?:\s+(?i:twist|news|update|confirmed))?$", "", text)
    # "Longmire End Date Set: Netflix Renews Drama for Sixth and Final Season"
    text = re.sub(
        r"(?<=[A-Za-z])\s+(?i:premiere|release|return|debut|air|end)\s+(?i:date)(?:\s+(?i:set|revealed|announced))?$",
        "",
        text,
    )
    # "The Last of Us show", but not "That '70s Show"
    text = re.sub(r"(?<=[A-Za-z0-9])\s+(?:(?i:tv)\s+)?show$", "", text)
    # "Doctor Blake Mysteries telemovie", "Live-Action Cowboy Bebop Show" (but "Cleveland Show")
    text = re.sub(
        r"(?<=[A-Za-z0-9])\s+(?:telemovie|movie|film|special|reboot|revival|prequel|sequel|franchise)$",
        "",
        text,
    )
    described = re.match(r"(?i:live[- ]action|animated)\s+(?=[A-Z0-9])", text)
    if described:
        text = re.sub(r"(?<=[A-Za-z0-9])\s+Show$", "", text[described.end() :])
    text = re.sub(r"^(?:[\w+]+\s+)?(?i:co-?production)\s+(?=[A-Z0-9])", "", text)  # "UKTV Co-Production X"
    text = re.sub(r"^(?i:(?:the\s+)?(?:cast|stars|crew|team)\s+of)\s+(?=[A-Z0-9'\"])", "", text)
    text = _NETWORK_PREFIX.sub("", text)
    text = _DESCRIPTION.sub("", text)
    # "Wraps on The King 2 Hearts" (lower case only: "For All Mankind" is a title)
    text = re.sub(r"^(?:on|for|of)\s+(?=[A-Z0-9'\"]|[a-z]+[A-Z])", "", text)
    # "Third Gavin & Stacey series finished filming"
    text = re.sub(rf"^(?i:{_ORDINAL})\s+(?=[A-Z0-9'\"])", "", text)
    text = re.sub(r"^(?:confirms?|announces?|reveals?|says?|sets?)\s+(?:that\s+)?", "", text, flags=re.I)
    # "Manoj Bajpayee Announces The Family Man"; "Only Murders in the Building Cast Celebrates"
    text = re.sub(
        r"^(?:[A-Z][\w'.-]*\s+){1,4}(?i:announces?|confirms?|reveals?|shares?|celebrates?)\s+(?=[A-Z0-9'\"])",
        "",
        text,
    )
    text = re.sub(
        r"(?:\s+(?:cast|team|crew))?\s+(?:celebrates?|reveals?|confirms?|announces?)$", "", text, flags=re.I
    )
    # "for Sixth and Final Season of Lucifer" -> "Lucifer"
    text = re.sub(
        rf"^(?:for\s+)?(?:(?:the|a|its)\s+)?(?:{_ORDINAL}\s+)?(?:and\s+(?:final|last)\s+)?{_SEASON_WORD}\s+of\s+",
        "", text, flags=re.I,
    )  # fmt: skip
    text = _NETWORK_PREFIX.sub("", text)  # "The Sixth Season of Netflix's Cobra Kai"
    text = re.sub(rf"\s+(?:(?:season|seasons|series)\s+{_NUMBER}|S\d{{1,2}}\b).*$", "", text, flags=re.I)
    text = re.sub(rf"\s+(?:{_ORDINAL})(?:\s+seasons?)?$", "", text, flags=re.I)  # "Stranger Things second"
    # "Peaky Blinders Sixth And Final Season Production"
    text = re.sub(
        rf"\s+(?:(?:{_ORDINAL})\s+(?:and\s+(?:final|last)\s+)?|(?:final|last)\s+){_SEASON_WORD}\b(?!\s+of\b).*$",
        "",
        text,
        flags=re.I,
    )
    # "Edens Zero Anime", "Fallout TV show" (a capital "Show" may be the title's: "Cleveland Show")
    text = re.sub(r"(?<=\w)\s+(?i:anime|tv\s+show|tv\s+series)$", "", text)
    # "Bleach: Thousand-Year Blood War Part 2"
    text = re.sub(rf"\s+(?-i:Part)\s+{_NUMBER}$", "", text, flags=re.I)
    text = re.sub(r"\s+(?i:and|&)\s+(?i:one|two|three|\d+)\s+(?i:more|others?)$", "", text)
    owner = _OWNER.match(text)
    if owner and not _OWNER_WORD.search(owner.group()):
        text = text[owner.end() :]
    text = _GENRE_BEFORE.sub("", text)
    text = re.sub(
        rf"^(?-i:The)\s+[{_CAPITAL}][\w-]+s'\s+(?=[{_CAPITAL}0-9])", "", text
    )  # "The Wachowskis' Sense8"
    text = re.sub(
        r"^[A-Z][\w.]+-(?:shot|set|based|born|made)\s+(?=[A-Z0-9])", "", text
    )  # "Alberta-shot Heartland"
    text = re.sub(rf"^(?i:{_COUNTRY})'s\s+(?=[{_CAPITAL}0-9])", "", text)  # "Australia's Bluey"
    text = re.sub(r"(?<=\w)'s?$", "", text)  # "Invincible's officially getting"
    text = re.sub(r"(?<=\w)\s+(?:new|next|latest)$", "", text)  # "Call the Midwife new series release date"
    text = re.sub(r"(?<=\w)'s\s+(?i:return|premiere|debut|comeback)$", "", text)  # "Schedules Treme's Return"
    # "Home and Away on Channel 7", "Breaking Bad and Another New HBO Show Added"
    text = re.sub(rf"\s+(?i:on\s+{_NETWORK})$|\s+(?i:and\s+another)\b.*$", "", text)
    # "Superman & Lois Final Season Premiere Date", "Final Flashpoint Season", "Mushoku Tensei Second Cour"
    text = re.sub(r"(?<=\w)\s+(?i:final|last)$", "", text)
    text = re.sub(r"^(?i:final|last)\s+(.+?)\s+(?i:season|series)$", r"\1", text)
    text = re.sub(rf"(?<=\w)\s+(?i:{_ORDINAL})\s+(?i:cour|part|half)$", "", text)
    text = re.sub(r"\s+(?i:for\s+good)\W*$", "", text)  # "Cancels Sen Çal Kapimi for Good!"
    trimmed = _TRAILING.sub("", text)
    if trimmed.lower() not in ("", "the", "a", "an"):  # not "The Crew" -> "The"
        text = trimmed
    return _trim(text)


def _trim(text: str) -> str:
    """Punctuation around a name goes; an abbreviation's point stays ("Lockwood & Co.", "S.H.I.E.L.D.")."""
    trimmed = text.strip(" '\"-\u2014\u2013:,.|")
    if re.search(r"(?:\b[A-Z][a-z]?|\.[A-Z])\.$", text.rstrip(" '\"-\u2014\u2013:,|")) and trimmed:
        return trimmed + "."
    return trimmed


# "After One Season", "after its first season": not a title ("After Life" is one).
_AFTER_COUNT = (
    r"after(?:\s+(?:just|only|its|their|the|a|an|\d+|" + "|".join([*CARDINALS, *ORDINALS]) + r")\b|\s*$)"
)
# Words that name no show: a list, a network's slate, or a show left unnamed ("another series").
_GENERIC_NAMES = (
    r"^(?:\d+\s+(?:\w+\s+){0,2}(?:shows|series|original|tv|dramas)|another\b|every\b"
    r"|all\s+(?:the\s+)?(?:shows|series)|some\s|many\s|these\s|this\s+(?:show|series|drama|anime)|one of\b"
    r"|which\b|why\b|amazing\b|just about\b|(?:the\s+)?(?:show|series|drama|network|streamer)s?$"
    r"|"
    + _AFTER_COUNT
    + r"|seasons?\b|(?:final|last|new|next|another|"
    + "|".join(ORDINALS)
    + r")\s+(?:season|series)$"
    r"|(?:for|to)\s+(?:a|an|the|its|another|seasons?)\b|(?:in|on|at|by|from|since)\s+\d"
    r"|(?:but|yet)\s|(?-i:so)\s|(?:but|and|so|or|yet)$|this\s+(?:season|year|week|fall|spring|summer|winter)\b"
    r"|(?:the\s+)?(?:premiere|release|return|debut)\s+date\b|(?:official\s+)?(?:trailer|teaser)s?(?:\s+(?:for|of|and)\b|$))"
)
_GENERIC = re.compile(
    _GENERIC_NAMES + r"|\b(?:shows|series|sitcoms|dramas|comedies|renewals|cancell?ations|round-?up)$|"
    r"^(?:comedy|drama|series|show|sitcom)\s+(?:they|it|that|which|we)\b|^(?:"
    + _ADVERBS
    + r"|already|finally|now|also|just|reportedly)$|^there$|^tv\+?$"
    + r"|^(?:(?:in|on|this|next|by|from|until)\s+)?(?:"
    + _MONTH_NAMES
    + r")\b(?:\s+\d|$)|^(?:\w+\s+)?(?:soap|soap opera)$|\bspin-?offs?$|\bspinoffs?$"
    + r"|^(?:season|series)\s+\d+$|^hit\s+"
    + _NETWORK
    + r"$"
    r"|\bseason is\b|\btv shows\b|\bshows that\b"
    r"|\bwill\s+(?:come|be|end|return|not)\b|^(?:producers?|creators?|showrunners?|stars?|cast|fans?)$"
    r"|^(?:[\w-]+\s+)?(?:hit|smash|sensation|phenomenon|favou?rite)$"
    r"|^(?:" + "|".join(CARDINALS) + r"|new|popular|hit|beloved|acclaimed|dramedy|comedy|drama|animated"
    r"|reality|docuseries|anime|sitcom|procedural|british|korean|japanese|spanish|indian|american|k-?drama"
    r"|to|for|of|on|in|at|the|a|an)$|\b(?:teasers?|trailers?|posters?)$|\b(?:premiere|release) date\b"
    r"|^(?:a|an|its|one|another)\s+(?:[\w-]+\s+){0,2}(?:show|series|drama|comedy|anime)$"
    # the reader asked: "CBS Announces Fall Series Renewals - Did Your Favorites Make the Cut?"
    r"|^(?:did|do|does|can|could|should|would|how|what|which)\s+(?:you|your|we|our|they|it|the|this)\b.*\?$",
    re.IGNORECASE,
)
# A round-up's subject: "Multiple Shows", "Dozens of TV Shows", "5 Most Awaited Korean Dramas".
_MANY_SHOWS = (
    r"(?:multiple|several|various|numerous|dozens of|a dozen|(?:a\s+)?slew of|many|\d+|"
    + "|".join(CARDINALS)
    + r")\s+"
    r"(?:[\w-]+\s+){0,2}(?:shows|series|dramas|comedies|sitcoms|k-?dramas|originals|programmes|programs)\b"
)
# The words a candidate starts with that say it names no show, before any cleaning ("Two Series
# After One Season" must not become "Two").
_GENERIC_START = re.compile(
    r"^(?:"
    + _MANY_SHOWS
    + r"|another\b|every\b|all\s+(?:the\s+)?(?:shows|series)|some\s|many\s|these\s|one of\b|which\b|why\b"
    r"|here'?s\b|here is\b|what'?s\b|what is\b|this\s+time\b|\d+\s+of\b|(?:tv\s+)?networks\b"
    r"|this\s+(?:[\w-]+\s+){0,3}(?:series|show|drama|comedy|anime|sitcom)\b"
    r"|amazing\b|just about\b|this\s+(?:season|year|week)\b|(?:but|so|yet)\s|(?:and|or)$"
    r"|(?:new|popular|hit|beloved|acclaimed|dramedy|comedy|drama|animated|reality)\s+(?:series|shows?|dramas?"
    r"|comed(?:y|ies))(?=\s*$|\s+(?i:after|for|at|with|in|on|by|from|that|which|is|was|just)\b))",
    re.IGNORECASE,
)


_MANY = re.compile(_MANY_SHOWS, re.IGNORECASE)
_REPORTING = re.compile(
    r"^(?:confirms?|sets?|announces?|reveals?|unveils?|drops?|releases?|gives?|shares?|debuts?|officially)\b",
    re.IGNORECASE,
)


# Words of a sentence, not of a title: three lower-case words in a row ("Fans demand answers as").
_SENTENCE = re.compile(r"(?<![\w'-])[a-z][a-z'-]*\s+[a-z][a-z'-]*\s+[a-z][a-z'-]*(?![\w'])")
# The capitalised words a sentence ends with: "New cast confirmed for Guilt" -> "Guilt".
_NAME_AT_END = re.compile(
    rf"(?<!\S)[{_CAPITAL}0-9][\w'.&-]*(?:\s+(?:(?:of|the|and|in|on|a|an|to|at|&)\s+)*[{_CAPITAL}0-9][\w'.&-]*)*$"
)
_SUBORDINATE = re.compile(
    r"^(?:although|though|while|as|after|with|despite|since|when|now that|even as|even though)\b", re.I
)
# Someone rather than a show: "Legendary Filmmaker Confirms...", "Kim Soo Hyun, Seo Ye Ji, others".
_PERSON = re.compile(
    r"\b(?:filmmaker|director|creator|showrunner|producer|actor|actress|writer|author|boss|chief|ceo"
    r"|exec(?:utive)?|others|featuring|starring|directorial)s?$|\b(?:featuring|starring|others)\b|,",
    re.IGNORECASE,
)
# A word of a title as headlines write it: capitalised (with a colon, points, "&", "!"), or one of
# the small words titles keep in lower case ("Dancing with the Stars", "Star Trek: Strange New Worlds").
_TITLE_WORD = rf"[{_CAPITAL}0-9'\"][\w'.&!-]*:?|(?:of|the|and|in|on|a|an|with|to|for|at|&)(?=\s)"
_STOP = (
    r"(?=\s+(?i:for|after|at|with|through|to|as|ahead|amid|following|before|despite|,)\b|\s+from\b|\s[\u2014\u2013-]\s"
    r"|[,:;!.]|$)"
)


# Words after "filming" that are its verb, not a title: "Filming Has Wrapped on Season 4 of X".
_VERB_AFTER = (
    r"(?i:has|have|had|is|are|was|were|will|begins?|began|starts?|started|wraps?|wrapped|resumes?|resumed"
    r"|ends?|ended|kicks?|gets?|got|continues|underway|complete|completed|finished|concludes?|concluded)\b"
)
# A show's people: "Outlander Showrunner Honors Scotland", "Stranger Things cast shares".
_PEOPLE = r"showrunners?|creators?|cast|boss|producers?|writers?|directors?|team|crew"
_PEOPLE_WORD = re.compile(rf"\b(?:{_PEOPLE}|stars?)\b", re.IGNORECASE)
# A title as headlines write it (up to seven words, the fewest that fit), and the season after it.
_TITLE_RUN = rf"((?:{_TITLE_WORD})(?:\s+(?:{_TITLE_WORD})){{0,6}}?)"
_SEASON_AFTER = rf"\s+(?i:{_SEASON_WORD})\s+(?i:{_NUMBER})\b"
# A quoted season's name, not a show's: "Golden Kamuy Confirms 'Final Chapter' Season 5".
_SEASON_NAME = re.compile(r"(?:the\s+)?(?:final|last)\s+(?:chapter|season|part|series)", re.IGNORECASE)
_ACTS = (
    r"(?:renews|cancels|axes|orders|picks up|greenlights|revives|rescues|scraps|gives|confirms|announces"
    r"|to end|ends)\b"
)


def _show_text(title: str, span: tuple[int, int] | None) -> str | None:
    """The show a headline is about, as written: its quoted title (one before the verb, when a later
    quote is someone's words), else the words before the verb, else the words after a network's
    verb ("Netflix Renews Squid Game for Season 2"), else the headline's first clause ("The Bear
    season 4: FX confirms June 2025 return"). None for words that name no show."""
    at = span[0] if span is not None else len(title)
    quoted = [(m.start(), m.group(1)) for m in _QUOTED.finditer(title) if m.group(1).strip()]
    quoted = [(start, q) for start, q in quoted if len(q) <= 120]
    candidates = [(q, True) for start, q in quoted if start < at]  # a title quoted before the verb
    if span is not None:
        before, after = title[: span[0]], title[span[1] :]
        said = title[span[0] : span[1]]
        ending_of = (
            re.match(rf"\s*(.+?){_STOP}", after)
            if re.search(r"\b(?:end|season|series) of$", said)
            # (a name after "for" runs to the clause's end: "A Place to Call Home")
            else re.match(
                r"\s*(.+?)(?=\s+(?i:at|on|after|as|amid|despite|from)\b|\s[\u2014\u2013-]\s|[,:;!.?]|$)",
                after,
            )
            if re.match(r"no \w+ \w+ for$", said, re.I)
            else None
        )
        if ending_of:
            # "Allan Hawco confirms end of Republic of Doyle", "there's going to be another season of X",
            # "No season 3 for A Place to Call Home"
            candidates.append((ending_of.group(1), False))
        parts = [p for p in re.split(r"\s[|\u2014\u2013]\s|[:!;]\s", before) if p.strip(" !.,")]
        lead = parts[-1] if parts else ""
        lead = re.sub(
            r"^['\"][^'\"]{2,80}[.!?]['\"]\s+", "", lead
        )  # "'Out with a bang.' Netflix announces Ozark"
        first, comma, rest = lead.partition(", ")
        if comma and re.match(r"(?:\w+'s|the|a|an)\b", rest, re.I):
            lead = first  # "1899, Netflix's Sci-Fi Mystery Series From ..., Has Been Canceled"
        elif comma and _SUBORDINATE.match(first):
            lead = lead.rpartition(", ")[2]  # "Although plans for season 3 exist, Max cancels"
        elif (
            comma
            and re.search(rf"\b{_SEASON_WORD}\s+{_NUMBER}\b", rest, re.I)
            and 2 <= len(first.split()) <= 3
        ):
            lead = rest  # "Dearest Reader, Bridgerton Series 3 Finally Has A Release Date"
        # "Yoon Chan-young & Cho Yi-hyun Return as All of Us Are Dead Season 2 Officially Wraps": the
        # show after "as" (not in a short title: "Life as We Know It")
        spoken_as = re.split(r"\s(?i:as)\s+(?=[A-Z0-9'\"])", lead)
        if (
            len(spoken_as) > 1
            and len(spoken_as[-2].split()) >= 3
            and not re.match(
                r"(?i:(?:the\s+|its\s+)?(?:final|last|new|next)\s+)?(?i:season|series|filming|production)\b",
                spoken_as[-1],
            )
            and not _PEOPLE_WORD.search(spoken_as[-2])
        ):
            lead = spoken_as[-1]
        if re.search(r"\s(?i:that)\s+[A-Z0-9'\"]", lead):
            lead = re.split(r"\s(?i:that)\s+(?=[A-Z0-9'\"])", lead)[-1]  # "Posts Confirmation that Miss Rose"
        # "Outlander Showrunner Honors Scotland as Final Season Filming Wraps", "Stranger Things cast
        # shares behind-the-scenes snap as filming begins": the people's show is the one meant.
        people = re.match(
            rf"{_TITLE_RUN}\s+(?i:{_PEOPLE}|EPs?)(?:'s)?(?:\s+(?!(?i:season|series|S\d|part|finale)\b)[A-Za-z]|\s*$)",
            lead,
        )
        # ("Season 2 of 9-1-1: Lone Star Is Coming": the season's words are not the name's)
        # (the name before the colon is the part just before the last: "CONFIRMED! 9-1-1: Lone Star to End")
        prev = parts[-2] if len(parts) >= 2 else ""
        head = re.sub(rf"^(?i:{_SEASON_WORD})\s+(?i:{_NUMBER})\s+(?i:of)\s+", "", prev)
        if (
            len(parts) >= 2
            and not _CLAUSES.search(prev)
            and len(head.split()) <= 3
            and re.search(rf"(?:^|[:!;]\s){re.escape(prev)}:\s+{re.escape(parts[-1])}", before)
            and _NAME_AT_END.fullmatch(head)
            and not _NETWORKS_ONLY.fullmatch(head)
            and not _LEAD_TRAIL.match(prev + ": ")
            # (a network's name that the season follows is the title's: "Star Trek: Discovery Season 4")
            and not (
                (network := _NETWORK_PREFIX.match(lead))
                and not re.match(rf"(?i:{_SEASON_WORD})\s+(?i:{_NUMBER})\b", lead[network.end() :])
            )
            # "Bananas In Pyjamas: show cancelled"
            and (network is not None or not _GENERIC.search(_clean_show(lead) or "show"))
        ):
            # "Narcos: Mexico", "Vikings: Valhalla"; "9-1-1: Lone Star Cast Shares ..."
            joined = _clean_show(f"{prev}: {people.group(1) if people else lead}")
            speaks = re.match(
                r"(?i:confirms?|announces?|reveals?|shares?|celebrates?|says|marks?)\b", title[span[0] :]
            )
            if (
                speaks
                and not people
                and not re.search(
                    r"\b(?:S\d|season|series|trailer|teaser|poster|premiere|finale)\b", lead, re.I
                )
            ):
                # "HALO: Pablo Schreiber Confirms Season 2 Wrap": who speaks after the colon is no title
                candidates.append((prev, False))
            elif (
                joined
                and joined != prev
                and len(joined.split()) <= 7
                and not _PERSON.search(joined)
                and not _SENTENCE.search(joined)
                and (network is not None or not _NETWORKS_ONLY.fullmatch(_clean_show(lead)))
            ):
                candidates.append((joined, True))
        # "Ali Fazal wraps shooting for Mirzapur season 3": the work names its show.
        work_of = (
            rf"\b(?i:filming|shooting|production|work)\s+(?i:for|of|on)\s+"
            rf"(?!(?i:the\s+|its\s+)?(?:(?i:{_ORDINAL})\s+)?(?i:and\s+)?(?i:final\s+|last\s+)?(?i:{_SEASON_WORD})\b)"
            rf"(?!\d+(?:st|nd|rd|th)?\b(?!-)|(?i:{_MONTH_NAMES})\b|(?i:today|tomorrow|monday|tuesday|wednesday"
            r"|thursday|friday)\b)"
        )
        # (a title with a colon in it runs to the season: "Filming for 9-1-1: Lone Star Season 3 ...")
        work = re.search(
            rf"{work_of}([^|?!;,]+?)(?=\s+(?i:{_SEASON_WORD})\s+(?i:{_NUMBER})\b)", title[: span[1] + 60]
        ) or re.search(
            rf"{work_of}(.+?)(?=\s+(?i:{_SEASON_WORD})\s+(?i:{_NUMBER})\b|{_STOP})", title[: span[1] + 60]
        )
        # "Sam Heughan and Caitriona Balfe celebrate last day filming Outlander season 2"
        filmed = re.search(
            rf"\b(?i:filming|shooting)\s+(?!(?i:for|on|of|in|at|the|season|series)\b|{_VERB_AFTER})(?=[A-Z0-9])"
            rf"{_TITLE_RUN}{_SEASON_AFTER}",
            title,
        )
        if filmed:
            candidates.append((filmed.group(1), False))
        # "The shooting of the series DreamTeam for the New Channel has begun"
        series = re.search(
            rf"\b(?i:filming|shooting|production)\s+(?i:of|on|for)\s+(?i:the\s+)?(?i:series|show|drama)\s+(?=[A-Z0-9])"
            rf"(?!{_VERB_AFTER})"
            rf"{_TITLE_RUN}{_STOP}",
            title,
        )
        if series:
            candidates.append((series.group(1), False))
        # "Gemma Chan reveals filming has begun on Humans series two": who speaks is not the show; the
        # title before its season is
        if re.search(r"\s(?i:reveals?|confirms?|says|announces?|shares?)\s*$", title[: span[0]]):
            before_season = re.search(
                rf"\b(?i:on|of|for)\s+(?=[A-Z0-9]){_TITLE_RUN}{_SEASON_AFTER}",
                title[span[0] :],
            )
            if before_season:
                candidates.append((before_season.group(1), False))
        if work and not work.group(1).lower().startswith(("the final", "its ", "their ")):
            inner = _QUOTED.search(work.group(1))
            candidates.append((inner.group(1), True) if inner else (work.group(1), False))
        if people and not _NETWORKS_ONLY.fullmatch(people.group(1)):
            candidates.append((people.group(1), False))
        # "Melinda Kinneman and Henrik Norlén begin filming season two of Modus": the verb's object
        # names the show, whoever the subject is.
        season_of = (
            rf"\s+(?:(?i:the|its|a)\s+)?(?:(?i:{_ORDINAL})\s+)?(?i:{_SEASON_WORD})(?:\s+(?i:{_NUMBER}))?"
            r"\s+(?i:of)\s+"
        )
        object_of = re.match(
            rf"{season_of}((?:{_TITLE_WORD})(?:\s+(?!(?i:before|after|ahead|following|amid|despite)\b)(?:{_TITLE_WORD}))"
            r"{0,8})(?=\s*$|[,:;!.]|\s[\u2014\u2013-]\s)",
            after,
        ) or re.match(rf"{season_of}((?:{_TITLE_WORD})(?:\s+(?:{_TITLE_WORD})){{0,8}}?){_STOP}", after)
        if object_of:
            candidates.append((object_of.group(1), False))
        if _MANY.match(lead.strip()) and not any(start < at for start, _ in quoted):
            return None  # "Disney+ Slashes Lineup: Multiple Shows Canceled": a round-up names no one show
        # "NBC Makes A Great Choice By Renewing 'The Good Place'": a network's own words before
        # the verb are its sentence, when the headline quotes the title.
        network = _NETWORK_PREFIX.match(lead)
        titled = any(
            (len(q.split()) < 5 or not _SENTENCE.search(q)) and not re.search(r"[.!?]$", q.strip())
            for _, q in quoted
        )
        # "David Fincher reveals Mindhunter season 2 premiere date": who speaks is not the show; the
        # title the season follows is (a network's or the show's own word names none there).
        spoken = re.match(r"(?i:reveals?|confirms?|announces?|shares?|unveils?)\b", title[span[0] :])
        told = re.match(
            rf"\s*(?=[A-Z0-9]){_TITLE_RUN}(?:{_SEASON_AFTER}|\s+S\d{{1,2}}\b)",
            after,
        ) or re.fullmatch(
            rf"\s*(?=[A-Z])((?:{_TITLE_WORD})(?:\s+(?:{_TITLE_WORD})){{0,5}}?\s+\d{{1,2}})\W*", after
        )
        if (
            spoken
            and told
            and not _QUOTED.search(lead)
            and not _NETWORK_PREFIX.match(lead)
            and not re.search(r"\b(?i:getting|gets?|is|are|will|has|have|to|for)\b", told.group(1))
        ):
            candidates.append((told.group(1), False))
        # "Shudder Renews Horror Anthology Series 'Creepshow'": who does the renewing, cancelling or
        # confirming is not the show the quote names after the verb.
        acts = re.match(_ACTS, title[span[0] : span[1]], re.I) and any(
            start >= at and not _SEASON_NAME.fullmatch(q) for start, q in quoted
        )
        if not (titled and network and "'" not in network.group() and not _QUOTED.search(lead)) and not (
            acts and not _QUOTED.search(lead)
        ):
            candidates.append((lead, False))
        # "USA Network Cancels 'Falling Water'"
        candidates += [
            (q, True)
            for start, q in quoted
            if start >= at
            # "Confirms Season 2 for 'Money Heist' Spin-off Show 'Berlin'": the spin-off is the show
            and not re.match(r"\W?\s*(?i:spin-?off|spinoff)\b", title[start + len(q) + 1 :])
        ]
        # A whole title between the verb and the season ("Netflix renews Star Trek: Strange New
        # Worlds for season 3", "renews Dancing with the Stars for season 3", "Mr. Robot"): capitalised
        # words, colons and abbreviations' points included, up to where the season is named.
        whole = re.match(
            rf"[\s:]*((?:{_TITLE_WORD})(?:\s+(?:{_TITLE_WORD})){{0,8}}?)"
            rf"(?:\s+(?i:(?:for|after|through|with|to)\s+(?:(?:a|an|the|its|another|one|two|three|more)\s+)?"
            rf"(?:{_ORDINAL}\s+(?:and\s+(?:final|last)\s+)?|(?:final|last|new|further|additional|extra|full)\s+"
            rf"|(?:more|{_NUMBER}\s+more)\s+|{_NUMBER}\s+)?{_SEASON_WORD}|{_SEASON_WORD}\s+{_NUMBER})\b|\s*$)",
            after,
        )
        if whole and (
            ":" in whole.group(1)
            or "." in whole.group(1)
            or re.match(r"(?:on|for|of)\s+[A-Z0-9]", whole.group(1))
            or re.search(r"\s(?i:with|to|for|at)\s", whole.group(1))
        ):
            candidates.append((whole.group(1), False))
        # "Netflix Orders Season 2 of Dancing with the Stars": a whole title to the end, else to a stop.
        of = re.search(
            rf"\b(?i:{_SEASON_WORD}\s+(?:{_NUMBER}\s+(?:(?:and|&)\s+{_NUMBER}\s+)?)?(?:of|for))\s+"
            rf"((?:{_TITLE_WORD})(?:\s+(?:{_TITLE_WORD})){{0,8}})$",
            title,
        ) or re.search(rf"\b{_SEASON_WORD}\s+(?:{_NUMBER}\s+)?(?i:of|for)\s+(.+?){_STOP}", title, re.I)
        if of:
            candidates.append((of.group(1), False))  # "premiere date for the fourth season of Black Mirror"
        # ("It's A Wrap For Mirzapur Season 3": a wrap is for or on the show)
        wrap = re.search(r"(?i:wrap)$", title[span[0] : span[1]])
        m = re.match(r"\s*(?:(?i:for|on)\s+)?(.+?)" + _STOP if wrap else r"\s*(.+?)" + _STOP, after)
        if m and not re.fullmatch(
            rf"(?i:its|their|his|her)\s+(?:[\w*'-]+\s+){{0,3}}(?i:{_GENRE})s?", m.group(1)
        ):
            # ("Channel 4 Renews its Funniest* Comedy": a description with no name in it)
            # "Amazon renews much acclaimed Made In Heaven": the words before the name describe it.
            described = re.sub(r"^(?:(?!(?:the|a|an)\b)[a-z£$\d][\w'£$-]*\s+){1,4}(?=[A-Z])", "", m.group(1))
            candidates.append((described, False))
        dated = re.search(
            rf"\b(?:premiere|release|return|debut) date (?:of|for)\s+(.+?)\s+{_SEASON_WORD}\s+{_NUMBER}\b",
            title,
            re.I,
        ) or re.search(rf"\b(?:premiere|release|return|debut) date (?:of|for)\s+(.+?){_STOP}", title, re.I)
        if dated:
            candidates.append((dated.group(1), False))  # "FOX Sets Premiere Date of Cleveland Show"
        clauses = _CLAUSES.split(title)
        if len(clauses) > 1 and span[0] >= len(clauses[0]):  # (not the verb's own clause)
            # ("Merlin loses its magic! BBC to axe hit show": the name a sentence starts with)
            opening = re.match(rf"{_TITLE_RUN}\s+[a-z]", clauses[0]) if _SENTENCE.search(clauses[0]) else None
            candidates.append((opening.group(1) if opening else clauses[0], False))
    verb = title[span[0] : span[1]].lower() if span is not None else None
    for candidate, as_quoted in candidates:
        # "Bravo Orders Three More Seasons of Girlfriends' Guide to Divorce": the seasons are not the name
        candidate = re.sub(
            rf"^\s*(?i:(?:{_NUMBER}|a|an|another)\s+(?:more\s+|new\s+|further\s+)?(?:seasons?|series)\s+of)\s+",
            "",
            candidate,
        )
        words = normalise(candidate)
        within = None if as_quoted else next((q for _, q in quoted if f"'{q}'" in words), None)
        if within is not None and len(within.split()) < 5 and "'" not in words.split(f"'{within}'", 1)[1]:
            # "ITV orders Season 2 of Gemma Whelan's 'The Tower'": the quoted title in the words is the name
            candidate, as_quoted = within, True
        raw = candidate.strip(" '\"-:,.|()")
        if raw.lower() == verb:
            continue  # "In production: Here's what's filming in Vancouver": the verb is not a show
        if _NETWORKS_ONLY.fullmatch(raw) or (not as_quoted and _GENERIC_START.match(raw)):
            continue
        if (
            as_quoted
            and len(raw.split()) >= 3
            and re.search(r"[!?.]$|\b(?i:we|we're|i'm|you're)\b", candidate.strip(" '\""))
        ):
            continue  # "'We're not in Richmond anymore!' - Apple TV confirm Ted Lasso season four..."
        if as_quoted and _SEASON_NAME.fullmatch(raw):
            continue  # "Golden Kamuy Confirms 'Final Chapter' Season 5": a season's name
        if as_quoted and len(raw.split()) >= 4 and _SENTENCE.search(raw):
            continue  # someone's words: "The next omen, already in motion": Netflix's Wednesday renewed
        text = _clean_show(candidate, quoted=as_quoted)
        if not as_quoted and text and _PERSON.search(text):
            continue
        if not as_quoted and text and _SENTENCE.search(text):
            named = _NAME_AT_END.search(text)
            # ("Neighbours shares final photo as filming wraps": else the name the sentence opens with)
            opening = (
                re.match(rf"{_TITLE_RUN}\s+[a-z]+s\b", text)
                if re.search(r"\s(?i:as)\s*$", candidate)
                else None
            )
            text = (
                _clean_show(named.group())
                if named and named.start() > 0
                else _clean_show(opening.group(1))
                if opening
                else ""
            )
        if (
            text
            and not _GENERIC.search(re.sub(r":\s+(?-i:The) (?-i:Series)$", "", text))  # "X: The Series"
            and not _DESCRIBED.match(text)
            and not _NETWORKS_ONLY.fullmatch(text)
            # "Netflix Show", "HBO Original Series": a network's show, unnamed
            and not _NETWORKS_ONLY.fullmatch(re.sub(rf"(?:\s+(?i:original|{_GENRE})s?)+$", "", text))
            and not _REPORTING.search(text)
            # "Netflix Confirms K-Drama Getting Season 2": a verb left over is no title
            and not re.fullmatch(
                r"(?i:getting|gets?|got|is|are|was|will|has|have|being|coming|returning|it|its|them|this|that|they)",
                text,
            )
        ):
            return text
    return None


# A show the catalogue lacks must be named, not described: "popular comedy series", "hit drama".
_DESCRIPTOR = (
    r"(?:popular|hit|beloved|acclaimed|fan[- ]favou?rite|cult|long-?running|longest-running|much-loved"
    r"|streaming|its|their|his|her|upcoming|critically[- ]acclaimed|(?:award|emmy|bafta|peabody)[- ]winning)"
)
_GENRE = r"(?:series|show|drama|comedy|anime|k-?drama|sitcom|thriller)"
# Described, not named: all in lower case ("popular comedy", not "the Last of Us" nor "tvN"), or a
# description alone ("Popular Comedy Series").
_DESCRIBED = re.compile(
    rf"^(?:(?!(?:the|a|an)\s+[A-Z0-9])[a-z][a-z'-]*(?:\s|$)"
    rf"|(?i:{_DESCRIPTOR})\s+(?:[\w-]+\s+){{0,3}}?(?i:{_GENRE})?$|(?i:{_DESCRIPTOR})$)"
)
# "hit Ted Lasso", "Hit Anime Series Spy x Family": the description before a name goes.
_DESCRIPTION = re.compile(
    rf"^{_DESCRIPTOR}\s+(?:[a-z][\w-]*\s+){{0,3}}(?=[A-Z0-9])"
    r"|^(?i:fan[- ]favou?rite|long-?running|longest-running|much-loved|critically[- ]acclaimed)"
    r"\s+(?=[A-Z0-9])"
    rf"|^(?i:{_DESCRIPTOR})\s+(?:[\w-]+\s+){{0,3}}?(?:(?i:{_GENRE})\s+)+(?=\S)"
)


def _subtitled(text: str, name: str) -> bool:
    """ "Money Heist: Korea - Joint Economic Area" holds "Money Heist" and a subtitle: another show."""
    at = text.lower().find(name.lower())
    return at >= 0 and text[at + len(name) :].lstrip().startswith(":")


# The small words inside titles ("Flip or Flop", "Law & Order", "Call the Midwife")
_TITLE_JOINS = frozenset(("of", "or", "and", "the", "a", "an", "in", "on", "to", "at", "for", "with", "&"))


def _match(text: str, lookup: Lookup) -> Name:
    """The catalogue's show when the text names one of its shows exactly, else the longest catalogue
    name (two words or more) inside the text, else the text as written (`slug` empty)."""
    key = search_key(text)
    exact = list(lookup(key)) if key else []
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        return Name("", text)  # two shows share the name: a curator picks
    if re.search(r"\b(?:spin-?offs?|prequels?|sequels?)\b", text, re.I):
        return Name("", text)  # "Money Heist Spin-off" is another show than "Money Heist"
    words = key.split()
    for size in range(len(words) - 1, 1, -1):
        for start in range(len(words) - size + 1):
            found = list(lookup(" ".join(words[start : start + size])))
            if len(found) == 1 and not _subtitled(text, found[0].title):
                return found[0]
    # "Emmy Award winning ABC animation Bluey", "Alberta-shot Heartland": a description, then a
    # one-word name the catalogue holds
    # (not a title's own words: "The Last Kingdom" is not "Kingdom", nor "Flip or Flop Atlanta" "Atlanta")
    before = text.split()[:-1]
    described = any(
        (w[:1].islower() and w.lower() not in _TITLE_JOINS) or "-" in w or w.endswith(("'s", "s'"))
        for w in before
    )
    last = text.split()[-1] if len(words) > 1 and described else ""
    found = list(lookup(search_key(last))) if len(last) >= 4 and last[:1].isupper() else []
    if len(found) == 1:
        return found[0]
    return Name("", text)


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s(?:and|&)\s)\s*", re.IGNORECASE)


def _listed(original: str, show: Name, lookup: Lookup) -> list[Name]:
    """ "Syfy Renews 'Killjoys' And 'Dark Matter' For Third Seasons": every show quoted in one list
    with the one named, each its own proposal; else the one named."""
    run: list[re.Match[str]] = []
    runs: list[list[re.Match[str]]] = []
    for quote in _QUOTED.finditer(original):
        if run and _LIST_JOIN.fullmatch(original[run[-1].end() : quote.start()]):
            run.append(quote)
        else:
            runs.append(run)
            run = [quote]
    runs.append(run)
    for together in runs:
        if len(together) < 2:
            continue
        names = [_match(_clean_show(q.group(1), quoted=True), lookup) for q in together]
        if any(search_key(n.title) == search_key(show.title) for n in names):
            return names
    return [show]


_MORE = re.compile(
    rf"\b({_NUMBER})\s+(?:more|additional|new|further)\s+{_SEASON_WORD}\b|\bfor\s+({_NUMBER})\s+{_SEASON_WORD}\b",
    re.IGNORECASE,
)
_ANOTHER = re.compile(
    rf"\b(?:another|one more|a new|an additional|a further)\s+{_SEASON_WORD}\b", re.IGNORECASE
)


def _relative(title: str, show: Name) -> list[int]:
    """ "Two more seasons", "another season": numbered from the catalogue's next season, if known."""
    if show.next_season is None:
        return []
    more = _MORE.search(title)
    count = _number(more.group(1) or more.group(2)) if more else (1 if _ANOTHER.search(title) else 0)
    return [n for n in range(show.next_season, show.next_season + count) if n <= MAX_SEASON]


# ---------------------------------------------------------------- dates


def _premiere(title: str, published: date | None) -> str | None:
    """A premiere date stated in the headline: "March 5", "Jan. 9, 2026", "2026-03-05", "in October"."""
    m = re.search(r"\b(20\d\d)-(\d\d)-(\d\d)\b", title)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    m = re.search(rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(20\d\d))?\b", title, re.I)
    day_first = re.search(rf"\b(\d{{1,2}})\s+({months})\.?(?:,?\s+(20\d\d))?\b", title, re.I)
    if m:
        month, day, year = MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3)
    elif day_first:
        month, day, year = MONTHS[day_first.group(2).lower()], int(day_first.group(1)), day_first.group(3)
    else:
        only = (
            re.search(rf"\b(?:in|for|this|on|an?)\s+({months})\.?(?:\s+(20\d\d))?\b", title, re.I)
            # "Premieres Next January" (but "to return for a 2nd season next April" orders a season)
            or re.search(
                rf"\b(?:premieres?|premiering|debuts?|arrives?|launch(?:es)?)\s+next\s+({months})()\b",
                title,
                re.I,
            )
            or re.search(rf"\b({months})\.?\s+(20\d\d)\b", title, re.I)
            # "Gets November Release"
            or re.search(rf"\b({months})()\s+(?:release|premiere|debut|return)\b", title, re.I)
        )
        if not only:
            # "to premiere next month" (the month after the item's), "premieres this month"
            relative = re.search(
                r"\b(?:premieres?|premiering|premiere|debuts?|arrives?|returns?|airs?|launch(?:es)?|streams?"
                r"|drop(?:s|ping)?)\s+(?:(?:its|the)\s+(?:\w+\s+){0,2}(?:season|series)\s+)?(?:on\s+\S+\s+)?"
                r"(next|this)\s+month\b",
                title,
                re.I,
            )
            # "Jamestown Series 3 Premieres Friday": the next such day from the item's
            weekday = re.search(
                r"\b(?:premieres?|premiering|debuts?|arrives?|returns?|airs?|launch(?:es)?)\s+(?:on\s+)?(?:this\s+)?"
                r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                title,
                re.I,
            )
            if weekday is not None and relative is None and published is not None:
                days = _WEEKDAYS.index(weekday.group(1).lower()) - published.weekday()
                return (published + timedelta(days=days % 7)).isoformat()
            if relative is None or published is None:
                return None
            ahead = published.month + (relative.group(1).lower() == "next")
            return f"{published.year + (ahead > 12)}-{(ahead - 1) % 12 + 1:02d}"
        month, day, year = MONTHS[only.group(1).lower()], 0, only.group(2)
    resolved = int(year) if year else _year_for(month, day, published)
    if resolved is None:
        return None
    if day:
        try:
            return date(resolved, month, day).isoformat()
        except ValueError:
            return None
    return f"{resolved}-{month:02d}"


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _yearless_date(title: str) -> bool:
    """ "to Premiere on July 19": a day the headline gives without its year."""
    months = "|".join(MONTHS)
    return bool(re.search(rf"\b(?:{months})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{months})\b", title, re.I))


def _year_for(month: int, day: int, published: date | None) -> int | None:
    """A date without its year is the next such date on or after the item was published."""
    if published is None:
        return None
    year = published.year
    if (month, day or 1) < (published.month, published.day if day else 1):
        year += 1
    return year


# ---------------------------------------------------------------- classifying


@dataclass(frozen=True, slots=True)
class Item:
    """What the classifier reads of a feed item."""

    title: str
    summary: str = ""
    published: date | None = None


# Typographic quotes as plain ones, and no-break spaces as spaces.
_PLAIN_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
     "\u00a0": " "}
)  # fmt: skip


def normalise(text: str) -> str:
    text = html.unescape(text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.translate(_PLAIN_QUOTES)
    return " ".join(text.split())


def _near(title: str, verb: re.Match[str]) -> list[int]:
    """The seasons of the clause that holds the verb, after it first ("renewed for season 4 ahead of
    season 3's premiere": 4), else before it ("Squid Game Season 2 Confirmed": 2)."""
    clause = _clause_of(title, verb.start())
    offset = title.find(clause)
    at = verb.start() - max(offset, 0)
    rest = clause[at:]
    # "to return with season 3": the verb's own words do not split.
    cut = _AFTER_VERB.search(rest, max(verb.end() - verb.start(), 0))
    return _season_numbers(rest[: cut.start()] if cut else rest) or _season_numbers(clause[:at])


_AIRING = re.compile(
    rf"\b(?:ahead of|before|after|following)\s+(?:the\s+|its\s+|(?:the\s+)?(?:show|series)'s\s+)?"
    rf"(?:{_SEASON_WORD}\s+{_NUMBER}|{_ORDINAL}\s+"
    rf"{_SEASON_WORD})(?:'s)?\s+(?:premiere|debut|finale|launch|release|bow)",
    re.IGNORECASE,
)
_AFTER_VERB = re.compile(r"\b(?:ahead of|before|after|following|as|amid|while|with)\b", re.IGNORECASE)


def _summary_season(kind: Kind, summary: str) -> int | None:
    """The season a headline leaves out, from the start of the item's summary, only where it is said
    plainly: "HBO renews 'Game of Thrones'" + "...has renewed the show for a second season"."""
    text = normalise(summary)[:300]
    if not text or _QUESTION.search(text):
        return None
    if kind == "cancelled":
        done = _seasons_done(text)
        if done:
            return done + 1
        m = re.search(rf"\b(?:no|not|won'?t)\b[^.]{{0,60}}?\b({_ORDINAL})\s+{_SEASON_WORD}\b", text, re.I)
        if m is None:
            m = re.search(rf"\bno\s+{_SEASON_WORD}\s+({_NUMBER})\b", text, re.I)
        return (_ordinal(m.group(1)) or _number(m.group(1)) or None) if m else None
    if kind == "renewed":
        verb = _RENEW.search(text)
        if verb is None or _NOT_RENEWED.search(text) or _asks(text, verb.start()):
            return None
        found = _near(text, verb)
    else:
        found = _season_numbers(text, parts=False)  # a summary's "part 3" may be a season's half
    return found[0] if len(found) == 1 else None


_WORDS = re.compile(r"[^\s]+")


def _mask_names(title: str, lookup: Lookup) -> str:
    """The headline with the catalogue's names of two words or more masked, as a quoted title is:
    "The Big Bang Theory to End After Season 12" is no theory, "Twin Peaks: The Return" no return
    date. (A one-word name may be a word the rules read: "You", "See", "Lost".)"""
    if lookup is no_catalogue:
        return title
    words = list(_WORDS.finditer(title))
    # each word folded once: inside a name as it is, at its end without a possessive or a point
    inner = [search_key(w.group()) for w in words]
    ends = [re.sub(r"(?:'s|[:,.;!?\u2019'\"])+$", "", w.group()) for w in words]
    last = [search_key(e) for e in ends]
    masked = list(title)
    i = 0
    while i < len(words) - 1:
        for n in range(min(8, len(words) - i), 1, -1):
            key = " ".join(k for k in (*inner[i : i + n - 1], last[i + n - 1]) if k)
            if key and lookup(key):
                start = words[i].start()
                stop = words[i + n - 1].start() + len(ends[i + n - 1])
                # (spaces kept: the rules count words, "announces Carnival Row season 2")
                masked[start:stop] = re.sub(r"\S", "x", title[start:stop])
                i += n
                break
        else:
            i += 1
    return "".join(masked)


def _as_of(lookup: Lookup, published: date | None) -> Lookup:
    """The catalogue as a headline of `published` reads it: "renewed for two more seasons" in a
    headline years old ordered the two after that year's, not two after the catalogue's last. A show
    of which the catalogue knows later facts than the headline has no next season to count from."""
    if published is None or lookup is no_catalogue:
        return lookup

    def read(key: str) -> Sequence[Name]:
        return [
            replace(n, next_season=None) if n.known is not None and published < n.known else n
            for n in lookup(key)
        ]

    return read


def classify(item: Item, lookup: Lookup = no_catalogue) -> list[Finding]:
    """What the headline announces: nothing, one finding, or one per season of a multi-season order.
    A decision whose show the headline leaves unnamed ("Netflix Cancels Comedy Series After One
    Season") is read from the summary's first sentences, when they state the same decision of a
    named show ("Netflix has cancelled Dad Stop Embarrassing Me! after one season")."""
    lookup = _as_of(lookup, item.published)
    found = _classify(item, lookup)
    if found and item.summary:
        return [_named_by_summary(f, item, lookup) for f in found]
    if found or not item.summary:
        return found
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


# Where a name the headline runs on may be cut: a colon, a joining word, a verb or a role after it
# ("Line of Duty set to return", "Lupin Star Confirms", "Boomers and Citizen Khan get another series")
_NAME_CUT = re.compile(
    r":\s+|\s+(?:and|with|as|to|after|set|on|at|for|from|finishes|returns?|gets?|stars?)\s+"
    r"|\s+(?:set|stars?|returns?|begins?)$",
    re.IGNORECASE,
)
_NAME_EDGE = " ,;-\u2013\u2014'\""


def _named_by_summary(finding: Finding, item: Item, lookup: Lookup) -> Finding:
    """The summary is a second witness to a show's name the catalogue does not hold: when it does not
    repeat the name the headline was read for but repeats one part of it, cut where a name may end
    ("Line of Duty set" -> "Line of Duty", "Fri-Yay: Superstore" -> "Superstore"), that part is the
    name. A quoted name is the headline's own, and a franchise's title whose halves the summary both
    gives ("My Little Pony: Friendship Is Magic") stays whole."""
    name = finding.show_title
    if finding.show or not name or any(q.group(1) == name for q in _QUOTED.finditer(normalise(item.title))):
        return finding
    said = f" {search_key(normalise(item.summary))} "
    if f" {search_key(name)} " in said:
        return finding
    before, colon, after = name.partition(": ")
    if colon and f" {search_key(before)} " in said and f" {search_key(after)} " in said:
        return finding
    # (not "A Time" of "One Day At A Time": "at a", "for a", "with an" are a title's own words)
    parts = [
        part
        for part in (p.strip(_NAME_EDGE) for p in _NAME_CUT.split(name))
        if (part[:1].isupper() or part[:1].isdigit()) and not re.match(r"(?:A|An)\s", part)
    ]
    told = [p for p in parts if f" {search_key(p)} " in said and not re.fullmatch(_NETWORK, p, re.I)]
    if not told:
        return finding
    show = _match(max(told, key=len), lookup)
    return replace(finding, show=show.slug or None, show_title=show.title)


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)'\"!?.])[.!?]\s+(?=[A-Z'\"])")
# An unnamed show: "Another Show", "Comedy Series", "Its Best New Show Of 2023".
_UNNAMED = re.compile(
    r"\b(?:shows?|series|drama|comedy|sitcom|anime|k-?drama|thriller|original)\b", re.IGNORECASE
)


def _unnamed_decision(title: str) -> set[Kind]:
    """The decisions a headline states of a show it describes rather than names (a quoted title names
    one)."""
    text = normalise(title)
    if _QUOTED.search(text) or not _states_something(text) or not _UNNAMED.search(text):
        return set()
    stated: set[Kind] = set()
    said: tuple[tuple[re.Pattern[str], Kind], ...] = (
        (_CANCEL, "cancelled"),
        (_END, "ended"),
        (_RENEW, "renewed"),
    )
    for pattern, kind in said:
        m = pattern.search(text)
        if m and not _asks(text, m.start()) and (kind != "renewed" or re.match(r"renew", m.group(), re.I)):
            stated.add(kind)
    return stated


def _classify(item: Item, lookup: Lookup) -> list[Finding]:
    original = normalise(item.title)
    if not original:
        return []
    # Keywords are read with the show's quoted title masked: "The Last of Us" says nothing of a last
    # season, "Cancel Culture" nothing of a cancellation, "How to Get Away with Murder" is no how-to.
    title = _mask_names(_QUOTED.sub(lambda m: "'" + "x" * len(m.group(1)) + "'", original), lookup)
    # "'Blindspotting' and 'Heels' Among 4 Shows Canceled by Starz": the shows named are the news, the
    # count around them is not a round-up (blanked, so that places in the headline stay where they are)
    title = re.sub(
        r"(?<=')\s+among\s+(?:\w+\s+){0,2}(?:shows|series)\b",
        lambda m: " " * len(m.group()),
        title,
        flags=re.I,
    )
    if (
        not _states_something(title)
        # ("'Timeless' Cancelled At NBC, But Fans Might Get A Movie": the news comes before it)
        or re.search(r"\bmovie\b", original.split(", ")[0], re.I)
        # "Guy Ritchie's The Gentlemen set for second series - report": someone else's unconfirmed word
        or re.search(
            r"(?:[-\u2013\u2014:]|\()\s*(?:reports?|sources?|per reports?|rumou?r)\)?\s*$", original, re.I
        )
    ):
        return []  # (a film is not ours, even by its quoted title: "'Yuri!!! on Ice the Movie'")
    seasons = _season_numbers(title) or _season_numbers(original)  # "'Kingdom Season 2' begins filming"

    def about(verb: re.Match[str] | None, *, first_word: bool = False, numbered: bool = True) -> Name | None:
        span = None
        if verb is not None:
            # A network's verb phrase holds the show ("Starz announces Outlander season four
            # premiere date"): the words after its first word are where to look.
            span = (verb.start(), verb.start() + len(verb.group().split()[0]) if first_word else verb.end())
        text = _show_text(original, span)
        inside = [q for q in _QUOTED.finditer(original) if span and span[0] < q.start() < span[1]]
        if verb is not None and len(inside) == 1:
            # "Melanie Lynskey Wraps 'Yellowjackets' Season 2": the title quoted inside the verb's words
            text = _clean_show(inside[0].group(1), quoted=True)
        number = re.search(r"\s+(\d{1,2})$", text or "")
        quoted = bool(text) and any(f"{q}{text}{q}" in original for q in "'\"")
        if text and number and not lookup(search_key(text)):
            # "The Family Man 3: ... filming begins": a number after the name that is the season the
            # headline names; or, when it names none, the season ("Bridgerton 3 wraps up filming",
            # "'Money Heist 5' wraps filming", "'Lupin Part 3' Has Started Production"). A release
            # date needs more: "John Wick 4 arrives March 24" is a film's, unless the catalogue
            # holds the name or the headline says "premiere" (`numbered`).
            n = int(number.group(1))
            shorter = re.sub(r"\s+(?-i:Part)$", "", text[: number.start()])
            if n in seasons and (not quoted or n <= 12):  # ("'Station 19' Season 19" is a title)
                text = shorter
            elif (
                not seasons
                and 2 <= n <= 12
                and (numbered or lookup(search_key(shorter)))
                and not _seasons_done(title)  # "Cancels 'Sense 8' After 2 Seasons"
                and not re.search(r"(?:\bNo\.|#)$", shorter)  # "Kaiju No. 8"
            ):
                text = shorter
                seasons.append(n)
        if not text or len(text) < 2:
            return None
        return _match(text, lookup)

    def finding(
        kind: Kind, show: Name, season: int | None, *, final: bool = False, when: str | None = None
    ) -> Finding:
        return Finding(kind, show.title, show.slug or None, season, final, when)

    def milestone_season(verb: re.Match[str]) -> int | None:
        """The season of the milestone's own part of the headline, else the headline's first ("With S1
        premiering Sunday, ... filming on 'Annika' S2 has begun!": 2)."""
        own = _season_numbers(_segment(title, verb.start()))
        return own[0] if own and own[0] in seasons else seasons[0] if seasons else None

    def ending(end: re.Match[str]) -> list[Finding]:
        show = about(end)
        if show is None:
            return []
        season = seasons[-1] if seasons else _seasons_done(title) or _summary_season("ended", item.summary)
        return [finding("ended", show, season, final=True)]

    read: dict[re.Pattern[str], re.Match[str] | None] = {}

    def stated(pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The pattern's first match in the headline, unless it is asked after or hedged (each
        pattern is read once per headline)."""
        if pattern not in read:
            read[pattern] = _stated(pattern)
        return read[pattern]

    def _stated(pattern: re.Pattern[str]) -> re.Match[str] | None:
        found = pattern.search(title)
        done = pattern is _WRAPPED or pattern is _IN_PRODUCTION
        if found is None or _asks(title, found.start(), done=done):
            return None
        if pattern is _PREMIERE_SET and re.search(
            r"\s(?:and|&)\s+(?:teases?|hints?\s+at)\b", found.group(), re.I
        ):
            return None  # "ITV confirm Finding Alice series two and tease release date": only teased
        if (
            pattern is _IN_PRODUCTION
            and item.published is not None
            and re.match(r"(?:starts?|begins?|kicks? off)\b", found.group(), re.I)
            and (
                month := re.match(
                    rf"(?:(?!\b(?:ahead|before|after|until|following)\b)[^:|;,]){{0,40}}?\bin\s+({_MONTH_NAMES})\b",
                    title[found.end() :],
                    re.I,
                )
            )
            and 1 <= (MONTHS[month.group(1).lower()] - item.published.month) % 12 <= 6
        ):
            # "The Witcher Season 4 Starts Shooting in the UK in September", told in June: not yet
            return None
        if pattern is _IN_PRODUCTION and re.search(r"\bwriters'?\s+room\b", title, re.I):
            return None  # "Production Begins for 'Severance' Season 3 as Writers Room Gets to Work": writing
        if pattern is _IN_PRODUCTION and re.match(
            r"[^:|;,]{0,40}?\b(?:soon|next (?:week|month|year)|later this|this month|tomorrow"
            r"|(?:this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+Q[1-4]"
            r"|(?:late|early|this|next)\s+(?:summer|spring|fall|autumn|winter))\b",
            title[found.end() :],
            re.I,
        ):
            return None  # "One Piece Season 2 Starts Shooting Soon!": not yet
        if pattern is _IN_PRODUCTION and re.search(
            r"\b(?:to|will|set to|about to|soon to|ready to|due to|is to)\s+$", title[: found.start()], re.I
        ):
            return None  # "'Squid Game' Season 2 to Begin Filming This Summer": not yet
        if pattern is _WRAPPED and re.search(
            r"\b(?:to|will|set to|about to|soon to|yet to|ready to)\s+$", title[: found.start()], re.I
        ):
            return None  # "'My Dearest' To Wrap Filming Without ...": not yet
        return found

    # A premiere date: stated with its date (in the headline, or the summary when the headline says
    # the date was set).
    premiere_set = stated(_PREMIERE_SET)
    premiere_word = stated(_PREMIERE_WORDS)
    premiere_at = premiere_set or premiere_word
    if premiere_at is not None and any(
        (d := stated(p)) is not None
        and d.start() < premiere_at.start()
        and (
            _clause_of(title, d.start()) != _clause_of(title, premiere_at.start())
            or (p is _END and re.match(r"(?i:to|will) end\b", d.group()))
        )
        for p in (_END, _CANCEL)
    ):
        # "'Boardwalk Empire's' Fifth Season Will Be Its Last; 'Game Of Thrones' Returns April 6": the
        # headline's first clause holds its news; "'Sweet Home' to end with third season slated for
        # July 19 release": an ending said first is the news.
        premiere_set = premiere_word = None
    if premiere_at is not None and any(
        re.match(r"renew", r.group(), re.I)
        and r.start() < premiere_at.start()
        and _AIRING.search(title, r.end())
        and not _asks(title, r.start())
        for r in _RENEW.finditer(title)
    ):
        # "'For All Mankind' renewed for season 3 ahead of season 2's premiere on February 19": the
        # renewal is the news; the premiere is its background.
        premiere_set = premiere_word = None
    if premiere_at is not None and _SUBORDINATE.match(_segment(title, premiere_at.start())):
        other = stated(_IN_PRODUCTION) or stated(_WRAPPED)
        if other is not None and other.start() > _segment_span(title, premiere_at.start())[1]:
            # "With S1 premiering Sunday, Oct 16 on PBS, life is good as filming on 'Annika' S2 has begun!"
            premiere_set = premiere_word = None
    when = _premiere(title, item.published) if premiere_word else None
    if when is None and (premiere_set is not None or (premiere_word and _yearless_date(title))):
        when = _premiere(normalise(item.summary)[:400], item.published)
    if (
        (when is not None and premiere_word is not None and not _RELEASE_EXPLAINER.search(title))
        or premiere_set
    ) and not _EPISODE_NEWS.search(title):
        show = about(
            premiere_set or premiere_word,
            first_word=premiere_set is not None,
            numbered=bool(re.search(r"\bpremiere|\bbroadcast", title, re.I)),
        )
        if show is None or not (
            show.slug
            or seasons
            or re.search(
                r"\bpremiere|\breturn date\b|\b(?:final|last) season\b|\b(?:new|next) (?:season|series)\b",
                title,
                re.I,
            )
            # "Schitt's Creek returns to CBC in January", "Hannibal will return on June 4th": a show
            # returns to its channel or on a day; a person ("Jennifer Aniston returns to TV", "'Succession'
            # Star Returns to HBO in New Drama") or a film is not ours
            # "Poster and new release date set for Netflix drama 'The Fabulous'": a date set for a series
            or (
                premiere_set is not None and re.search(r"\b(?:drama|k-?drama|anime|tv series)\b", title, re.I)
            )
            # "HBO Finally Schedules Treme's Return", "Airdate: Utopia": a return scheduled, a day to air
            # ("Epix Sets April Return for 'Godfather Of Harlem'")
            or (
                premiere_set is not None
                and re.match(
                    r"(?i:schedules?|airdate|sets?\s+(?:an?\s+)?\w+\s+(?:\d{1,2}\s+)?return)\b",
                    premiere_set.group(),
                )
            )
            or (
                _RETURNS.search(title)
                and not _CAST_MEMBER.search(title)
                # ("'Succession' Star Returns to HBO in New Drama"; not "With A New Home At Adult Swim")
                and not re.search(
                    r"\bnew\b(?!\s+(?:home|network|channel|platform|streamer|night|time\s?slot))", title, re.I
                )
            )
        ):
            return []  # a film's release date, or nothing a season: not ours
        season = seasons[0] if seasons else _summary_season("premiere_date", item.summary)
        return [finding("premiere_date", show, season, when=when)]

    # Every renewal verb in turn: "Netflix orders two new anime series, renews Aggretsuko for second
    # season" names its show at the second.
    renewals = [
        m
        for m in _RENEW.finditer(title)
        if not _asks(title, m.start())
        # "Cancels 'High Seas' Season 4 Despite Initial Renewal", "Kills Multiple Season 2 Renewals": a
        # renewal that is the background, or that was undone, is no news of one
        and not any(b.start() < m.end() and m.start() < b.end() for b in _RENEWAL_BACKGROUND.finditer(title))
        # "'Chicago Fire' Star Taylor Kinney Returning for Season 12": someone returns, not the show
        and not (
            re.match(
                r"(?:returning|returns|will return|(?:set |is set |is )?to return|is coming back|comes back"
                r"|back for)",
                m.group(),
                re.I,
            )
            # ("Kicks Off Filming With the Original Cast Back for the New Season")
            and (
                _CAST_MEMBER.search(_segment(title, m.start()))
                or (m.group().lower().startswith("back") and _PEOPLE_WORD.search(title, 0, m.start()))
            )
        )
        # "'Deputy' Gets Canceled After One Season": the words that seemed to give it a season cancel it
        and not any(c.start() < m.end() and m.start() < c.end() for c in _CANCEL.finditer(title))
        # "Law & Order: Special Victims Unit renewed": an order in a title is not one; "Expanded Episode
        # Order": more episodes of a season, not another season
        and not (
            re.match(r"orders?\b", m.group(), re.I)
            and re.search(r"(?:&|\band|\bepisodes?)\s*$", title[: m.start()], re.I)
        )
    ]
    renewals = [
        m
        for m in renewals
        if not (
            re.match(r"confirm|season|series", m.group(), re.I)
            and not re.search(r"renewals?$", m.group(), re.I)  # "Lone Star Season 3 Renewal" says it
            and not re.search(r"\bproduction of\b", m.group(), re.I)  # "confirms production of X season 2"
            and (_CONFIRMED_OTHER.search(c := _confirmed(title, m)) or _END.search(c))
        )  # a cast, a date, an ending confirmed: not a renewal
        # "Alexa & Katie season 3 renewal: Will it happen at Netflix?": a renewal named, then asked after
        and not (re.fullmatch(r"(?:season|series)s?\b.*renewals?", m.group(), re.I) and "?" in title)
    ]
    if any(stated(p) for p in (_IN_PRODUCTION, _WRAPPED, _CANCEL)):
        # "'Squid Game' Season 2 Now Filming, Netflix Confirms": what is confirmed is the milestone
        renewals = [m for m in renewals if not m.group().lower().startswith("confirm")]
    if renewals and not _NOT_RENEWED.search(title):
        for renew in renewals:
            # "season 2 is official"; the verb's clause; else the one season the headline names
            # ("NBC Renews Law & Order: SVU for Season 27", cut at its colon).
            ordered = _season_numbers(renew.group()) or _near(title, renew)
            if not ordered and len(seasons) == 1:
                # "Renews 'Wednesday' Before Season 2 Premiere": the season that airs is not the one
                # ordered; the next one is.
                airs = _AIRING.search(title)
                ordered = [seasons[0] + 1] if airs and seasons[0] < MAX_SEASON else seasons[:1]
            word = renew.group().lower()
            if not ordered and re.match(r"confirm|announce", word) and not seasons:
                # "Sanjay Leela Bhansali confirms Heeramandi 2": the number after the name is the season
                about(renew, first_word=word.startswith("announce"))
                ordered = seasons[:1]
            # ("Wild Cards greenlit for two more seasons": the words after the verb say another)
            more = re.match(
                r"\s+(?:for\s+)?(?:a\s+|an\s+)?(?:\w+\s+)?(?:more|another|further|additional)\s+(?:seasons?|series)\b",
                title[renew.end() :],
                re.I,
            ) or (
                # "BBC's Ripper Street saved by Amazon": rescued by another network, for more
                re.match(r"sav|rescu", word)
                and re.match(rf"\s+by\s+{_NETWORK}\b", title[renew.end() :], re.I)
            )
            if (
                not ordered
                and not more
                and not re.search(
                    r"\brenew|\b(?:more|another|seasons?|new series)\b|return\b.*\bin (?:20|next)", word
                )
            ):
                # "revived", "saved", "confirmed" without a season: too vague; "HBO Orders 'The Last of
                # Us' Series", "Picks Up 'Ghosts' to Series", "Gets Series Order": a new show's first
                # order, no renewal. "Renews", "gets a final season", "two more series" say another.
                continue
            if re.match(r"(?:back for|(?:to |will )?return)", word) and "?" in title:
                continue  # "Bloodlands is back for a new series in 2022 - when does series two start?"
            # "Apple TV+ announces Ted Lasso series four": the name is inside the verb's words.
            inside = word.startswith("announce") and not re.search(r"renewal", word)
            given = [q.group(1) for q in _QUOTED.finditer(original) if q.start() >= renew.end()]
            of = re.match(rf"\s*(.+?){_STOP}", original[renew.end() :]) if word == "renewal of" else None
            quoted_of = _QUOTED.match(original[renew.end() :].lstrip()) if of else None
            if quoted_of:
                show = _match(_clean_show(quoted_of.group(1), quoted=True), lookup)
            elif of:
                show = _match(_clean_show(of.group(1)), lookup)  # "Max's Renewal of Hacks for Season 4"
            elif word.startswith("give") and given:
                # "Pivot Gives Early Renewal to Joseph Gordon-Levitt's 'HitRecord on TV'": the gift's
                # receiver is the show, not the giver
                show = _match(_clean_show(given[0], quoted=True), lookup)
            else:
                show = about(renew, first_word=inside)
            if show is None:
                continue
            # A quoted "Final Season" is what it says; "will come to an end after the fifth season" too.
            # (not a question: "Lucifer Season 6 officially happening: Will it really be the last?")
            # ("... after saying show would end with season five": a hedged ending says nothing)
            final = any(
                not _QUESTION.search(_clause_of(title, m.start())) for m in _FINAL.finditer(original)
            ) or any(not _asks(title, m.start()) for m in _END.finditer(title))
            numbers: list[int | None] = list(ordered or _relative(title, show)) or [
                _summary_season("renewed", item.summary)
            ]
            last = numbers[-1]
            held = show.next_season is not None and last is not None and last < show.next_season
            if final and held and word.startswith("confirm"):
                # "Barry season 4 is officially the end of the series, HBO confirms": an end confirmed
                # for a season the catalogue already holds orders nothing; the show ends with it.
                return [finding("ended", show, last, final=True)]
            if ordered or len(numbers) > 1 or numbers[0] is None:
                return [
                    finding("renewed", name, n, final=final and n == numbers[-1])
                    for name in _listed(original, show, lookup)
                    for n in numbers
                ]
            # "Renews 'X' and 'Y'": each counted from its own next season
            return [
                finding("renewed", name, n, final=final and n == each[-1])
                for name in _listed(original, show, lookup)
                for each in [list(_relative(title, name)) or numbers]
                for n in each
            ]

    # "The Cancelled Fate of Sacred Games", "Canceled but Not Forgotten": a word that describes, not
    # one that decides.
    cancel = next(
        (
            m
            for m in _CANCEL.finditer(title)
            if not _asks(title, m.start())
            and not re.search(r"\bthe\s+$", title[: m.start()], re.I)
            # "Netflix's Cancelled Show 'Warrior Nun' Is Coming Back": a word that describes
            and not (
                re.fullmatch(r"(?:cancell?ed|axed|scrapped|canned)", m.group(), re.I)
                and re.match(r"\s+(?:show|series|drama|comedy|sitcom)\b", title[m.end() :], re.I)
            )
            # "Spain & Italy shoot of X cancelled amid Coronavirus scare": an event, not the show
            and not re.search(
                r"\b(?:shoot|shooting|filming|premiere|screening|panel|event|tour|concert|episode|special"
                r"|launch)s?\s+(?:(?:of|for)\s+[^,:;|]*?)?"
                r"(?:(?:is|was|has been|have been|been|gets?|got)\s+)?$",
                title[_clause_span(title, m.start())[0] : m.start()],
                re.I,
            )
            and not re.match(r"\s+but\b", title[m.end() :], re.I)
            # "Kevin Bacon Thanks Fans After The Following Is Cancelled": the cancellation is background
            and not re.search(
                r"\b(?:after|since|following)\s+(?!\d|(?:just|only|its|one|two|three|four|five|six)\b)[^,:;|]{1,60}$",
                title[_segment_span(title, m.start())[0] : m.start()],
                re.I,
            )
        ),
        None,
    )
    if cancel:
        if re.search(
            r"\b(?:un-?cancel|not cancel|isn'?t cancel|reverses? (?:its )?cancel"
            r"|(?:will not|won'?t|not) be cancel|not being cancel|no plans to cancel)",
            title,
            re.I,
        ):
            return []
        show = about(cancel)
        if show is None:
            return []
        done = _seasons_done(title)
        if done and re.search(r"\b(?:to be|will be|is to be)\s+(?:axed|cancell?ed|scrapped)\b", title, re.I):
            return [finding("ended", show, done, final=True)]  # "Merlin to be axed after fifth series ends"
        said = _season_numbers(cancel.group())  # "won't be getting a third season"
        no = cancel.group().lower().startswith("no ")
        named = said[0] if said else seasons[0] if seasons and no else None
        if named is None and re.match(r"(?:won'?t|will not|not)\b", cancel.group(), re.I):
            near = _near(title, cancel)  # "Won't Return for Season 3"
            named = near[0] if len(near) == 1 else None
        # "Sacred Games season 3 shelved": the season named just before the verb is not made.
        just_before = re.search(
            rf"\b{_SEASON_WORD}\s+({_NUMBER})\s+(?:is\s+|has been\s+)?$", title[: cancel.start()], re.I
        )
        if named is None and just_before:
            named = _number(just_before.group(1)) or None
        # "Netflix Cancels 'High Seas' Season 4": the one season named after the verb is not made.
        rest = title[cancel.end() :]
        where = re.search(
            rf"\b(?:{_SEASON_WORD}\s+{_NUMBER}|{_ORDINAL}\s+{_SEASON_WORD}|S\d{{1,2}})\b", rest, re.I
        )
        if (
            named is None
            and where
            and len(seasons) == 1
            and _season_numbers(rest) == seasons
            and not re.search(r"\b(?:after|since|following)\b", rest[: where.start()], re.I)
        ):
            # ("Lost Girl: Cancelled, Ending with Season Five": the season it ends with is made)
            made = re.search(
                r"\b(?:ending|ends?|wrapping up|concluding)\s+with\b", rest[: where.start()], re.I
            )
            named = seasons[0] + 1 if made else seasons[0]
        unsaid = named or _summary_season("cancelled", item.summary)
        return [
            finding("cancelled", name, done + 1 if done else unsaid or name.next_season)
            for name in _listed(original, show, lookup)
        ]

    end = stated(_END)
    milestone = stated(_WRAPPED) or stated(_IN_PRODUCTION)
    if (
        end
        and milestone
        and re.search(r",\s|\s(?i:as|while)\s|[;:|]", title[end.end() : milestone.start()])
        and not re.match(r"\s+(?i:day|days|week|episode|scene)s?\b", title[end.end() :])
    ):
        # "BBC Confirms Peaky Blinders Ending After Series Six As Filming Resumes": the ending comes
        # first and is the news.
        return ending(end)

    wrapped = stated(_WRAPPED)
    if wrapped:
        show = about(wrapped)
        season = milestone_season(wrapped) or _summary_season("wrapped", item.summary)
        return [finding("wrapped", show, season)] if show else []

    production = stated(_IN_PRODUCTION)
    if production:
        show = about(production)
        season = milestone_season(production) or _summary_season("in_production", item.summary)
        return [finding("in_production", show, season)] if show else []

    return ending(end) if end else []
