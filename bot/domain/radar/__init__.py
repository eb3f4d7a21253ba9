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

from bot.domain.models import DECISION_STATUSES
from bot.domain.radar._dates import _premiere
from bot.domain.radar._learned import learned
from bot.domain.radar._model import KINDS, MAX_SEASON, Finding, Item, Kind, Lookup, Name, no_catalogue
from bot.domain.radar._names import (
    _as_of,
    _clean_show,
    _match,
    _named_by_summary,
    _named_in,
    _quoted_in,
    _title_like,
)
from bot.domain.radar._rules import (
    _FINAL_TOLD,
    _SENTENCE_END,
    _SERIES_FINALE,
    _classify,
    _final_by_summary,
    _plausible,
    _prepared,
    _refused,
    _unnamed_decision,
)
from bot.domain.radar._screen import Screen
from bot.domain.radar._screen import bundled as bundled_screen
from bot.domain.radar._words import (
    _MONTH_NAMES,
    _NETWORK,
    _NETWORKS_ONLY,
    _QUOTED,
    _RENEW,
    _SEASON_WORD,
    _outside_tv,
    _season_numbers,
    _segment_span,
    _speaks_of_tv,
    in_english,
    normalise,
)
from bot.domain.search import search_key

__all__ = [
    "KINDS",
    "MAX_SEASON",
    "Finding",
    "Item",
    "Kind",
    "Lookup",
    "Name",
    "Screen",
    "bundled_screen",
    "classify",
    "ends_with_another",
    "no_catalogue",
    "normalise",
    "season_worded",
]


def classify(
    item: Item, lookup: Lookup = no_catalogue, *, screened: bool = True, screen: Screen | None = None
) -> list[Finding]:
    """What the headline announces: nothing, one finding, or one per season of a multi-season order.
    A decision whose show the headline leaves unnamed ("Netflix Cancels Comedy Series After One
    Season") is read from the summary's first sentences, when they state the same decision of a
    named show ("Netflix has cancelled Dad Stop Embarrassing Me! after one season"); so is a decision the
    headline names the show of and only hints ("BBC Two wants more Guilt"), from the first sentence
    (`_told_by_summary`).

    A decision the rules read is taken back when the learned screen (the bundled one unless `screen`
    is given; bot/domain/radar/_screen.py) is sure the item is no decision at all, and a milestone when
    it is sure the item is no series' milestone ("Avatar 3 Wraps Filming"), or, for a shoot of a title
    neither the catalogue's nor told a series' (no season, no word of television), when it is not sure
    the item is one ("'Sonic 4' Director Reveals First Look ... as Shoot Wraps"), unless the item states
    the season: a season stated ("'Hacks' Renewed for Season 5", "9-1-1: Lone Star to Call It
    Quits After Season 6") is a series' decision by its form, whatever the words around it; a number
    after a title states none ("Don 3 confirmed!" may be a film's sequel). And a
    finding is taken back when the name the rules read from the headline's words (not a quoted title,
    not a catalogue show's) is, by the same file's title judge, no show's title ("TNT Pulls the Plug On
    a Good One"). Where the rules read nothing, the screen's third head may read a decision from all
    the item's words when it is sure of it (bot/domain/radar/_learned.py). `screened=False` gives the
    rules' reading alone.

    An item its publisher filed under films, games, comics or music and no television section (its
    categories) announces nothing, unless its headline speaks of a season: "'Shrek 6' in Development",
    "'Extraction 3' Begins Filming" are films', "Marvel Zombies Officially Returning For Season 2",
    filed under "Marvel Comics", is a series'."""
    # (a Spanish or Portuguese headline's words for seasons and decisions, read in English)
    if (english := in_english(item.title)) != item.title:
        item = replace(item, title=english)
    if item.categories and _outside_tv(item.categories) and not _SEASONS_SPOKEN.search(item.title):
        return []
    final_told: list[Finding] = []
    found = [f for f in _read(item, lookup, final_told) if not _a_sequel_numbered(f, item)]
    if not screened:
        return found or final_told
    judge = screen or bundled_screen()
    finale_told = False
    if not found:
        # (the screen's decision, where it is sure, before a final season's end told again: "Netflix Is
        # Laundering Up a Fourth and Final Season of Ozark" is its renewal)
        found = learned(item, _as_of(lookup, item.published), judge)
        if found or not final_told:
            return found
        found = final_told
        # (a series finale told of, the end told again, is not taken back by the screen below: it learned the
        # older sets' labels, where that form is no decision, against tests/data/LABELLING.md's "the last
        # episode has aired"; the rules' own refusals of it stand: `_NOT_ITS_FINALE`)
        finale_told = _SERIES_FINALE.search(item.title) is not None and not _FINAL_TOLD.search(item.title)
    # a name the rules read from the headline's own words that is, by the judge, no show's title
    headline = normalise(item.title)
    found = [f for f in found if f.show is not None or not judge.doubts_title(headline, f.show_title)]
    # a season the item states, not one counted from the catalogue ("renewed" of a show it holds), nor a
    # number after a title that may be a film's sequel ("Pushpa 2 teaser", "'Awarapan 2', confirms")
    bare = found if lookup is no_catalogue else _read(item, no_catalogue)
    worded = _SEASON_STATED.search(headline) is not None
    stated = {f.kind for f in bare if f.season is not None and worded}
    decisions = [f for f in found if f.kind in _DECISIONS and f.kind not in stated]
    milestones = [f for f in found if f.kind in _MILESTONES and f.kind not in stated]
    # a decision told in the plainest form is the news, whatever the words beside it ("'Scrubs' & 'Shifting
    # Gears' Renewed By ABC, 'R.J. Decker' Remains On The Bubble")
    plain = _plainly_decided(headline)
    decisions = [f for f in decisions if f.show_title not in plain]
    dropped = []
    if decisions and not finale_told and judge.doubts(item.title, item.summary):
        dropped += decisions
    elif (
        decisions
        and not _speaks_of_tv(headline)
        and not _speaks_of_tv(normalise(item.summary))
        and judge.doubts_outside_tv(item.title, item.summary)
    ):
        # an item that speaks of no television at all, of a name neither quoted nor the catalogue's ("Jobs
        # axed as British food firm shuts down", "House GOP stalwart calls it quits ahead of midterms")
        dropped += [f for f in decisions if f.show is None and not _quoted_in(f.show_title, headline)]
    if milestones and judge.doubts_milestone(item.title, item.summary):
        dropped += milestones
    elif (
        milestones
        and not _SEASONS_SPOKEN.search(headline)
        and not _speaks_of_tv(headline)
        and not _speaks_of_tv(normalise(item.summary))
        and judge.doubts_untold_milestone(item.title, item.summary)
    ):
        # a shoot of a title neither the catalogue's nor told a series', the screen not sure it is one: a
        # film's more often than not ("'Sonic 4' Director Reveals First Look at Metal Sonic as Shoot Wraps")
        dropped += [f for f in milestones if f.show is None and f.kind != "premiere_date"]
    return [f for f in found if f not in dropped]


def _a_sequel_numbered(finding: Finding, item: Item) -> bool:
    """A renewal read only from a number after a title, in an item with no word of a season or of
    television ("'Austin Powers 4' is going to happen, confirms Mike Myers", "'KPop Demon Hunters 2'
    confirmed"): a film's sequel as often as a series' season, so no proposal. With a word of television
    anywhere it stands ("Sanjay Leela Bhansali confirms Heeramandi 2", a Netflix series in its summary).
    Beside a film studio, a streamer that makes films too is no word of television: "'KPop Demon Hunters 2'
    Confirmed by Netflix and Sony" is a film's sequel ("'Mirzapur 3' Officially Announced By Prime Video" a
    series' season)."""
    headline = normalise(item.title)
    summary = normalise(item.summary)
    if _FILM_STUDIO.search(headline.replace(finding.show_title, " ")):
        headline, summary = _FILMS_TOO.sub(" ", headline), _FILMS_TOO.sub(" ", summary)
    return (
        finding.kind == "renewed"
        and finding.show is None
        and finding.season is not None
        and not _SEASON_STATED.search(headline)
        and not _speaks_of_tv(headline.replace(finding.show_title, " "))
        and not _speaks_of_tv(summary)
    )


# The film studios, and the streamers that release films as well as series: beside a studio, a streamer
# named does not make a sequel a season
_FILM_STUDIO = re.compile(
    r"\b(?:sony|warner bros|universal|lionsgate|legendary|a24|pixar|dreamworks|illumination|blumhouse"
    r"|searchlight|neon)\b(?!\.?\s+(?:pictures\s+)?(?:television|tv)\b)",
    re.IGNORECASE,
)
_FILMS_TOO = re.compile(
    r"\b(?:netflix|prime video|amazon(?: prime video| mgm)?|apple(?: tv(?:\+| plus)?)?|disney(?:\+| plus)?"
    r"|hbo max|max|peacock|paramount(?:\+| plus)?|hulu)(?=\W|$)",
    re.IGNORECASE,
)


_DECISIONS = frozenset(DECISION_STATUSES)
# Quoted titles, and what became of them, by whom: "'Hacks' Renewed At HBO Max", "'A' & 'B' Cancelled By
# CBS", at the headline's start or after a comma
_PLAIN = re.compile(
    r"(?:^|[,;]\s+)((?:'[^']+'\s*(?:,|&|and)\s*){0,4}'[^']+'),?\s+(?:renewed|cancell?ed|axed)\s+(?:by|at|for)\s",
    re.IGNORECASE,
)


def _plainly_decided(headline: str) -> set[str]:
    """The titles a headline tells decided in the plainest form."""
    return {q.group(1).strip() for m in _PLAIN.finditer(headline) for q in _QUOTED.finditer(m.group(1))}


# The words that state a season: "Season 3", "third series", "S2", "Part 3", "Volume 10".
_SEASON_STATED = re.compile(
    rf"\b(?:{_SEASON_WORD}|s\d{{1,2}}|parts?|volumes?|book|chapter|cour)\b", re.IGNORECASE
)


def season_worded(title: str) -> bool:
    """Whether a headline words a season ("Season 3", "third series", "S2", "Part 3"), not only a number
    after a title, which a film's sequel has too ("'Grown Ups 3' Begins Production")."""
    return _SEASON_STATED.search(normalise(title)) is not None


# A season spoken of by that word (not "series", which also names a show, nor a film's "Part Three").
_SEASONS_SPOKEN = re.compile(r"\bseasons?\b", re.IGNORECASE)
_MILESTONES = frozenset(KINDS) - _DECISIONS  # filming began or wrapped, a premiere date


# An end brought forward: the show stopped while more was planned (tests/data/LABELLING.md's cancellation)
_ENDS_EARLY = re.compile(
    r"\b(?:end|ends|ending|conclude|concludes)\s+(?:its\s+run\s+)?(?:early|abruptly|prematurely)\b|\bcut\s+short\b",
    re.IGNORECASE,
)


def _cut_short(found: list[Finding], title: str) -> list[Finding]:
    """An end the headline says comes early is a cancellation ("KBS's Beautiful Mind to end abruptly with
    14th episode", "Lee Young-ae's 'Saimdang' to end early"), of no season after it named."""
    if not _ENDS_EARLY.search(title):
        return found
    return [replace(f, kind="cancelled", season=None, final=False) if f.kind == "ended" else f for f in found]


# Someone reacting to "the show's" cancellation, named with the show: "Batwoman Star Javicia Leslie",
# "Batwoman's Javicia Leslie" (the person a run of capitalised words after the show's possessive or a role's
# word)
_REACTS_TO_THE_SHOWS = re.compile(
    r"\b(?:react|reacts|reacted|responds?|responded)\s+to\s+(?:the\s+)?(?:show|series)'s?\s", re.IGNORECASE
)
_SHOW_AND_REACTOR = (
    # ("Batwoman Star Javicia Leslie", "Grey's Anatomy Cast": a role's word after the show)
    re.compile(
        r"(?P<show>.+)\s+(?i:star|stars|cast|creator|showrunner|boss|host|alum)(?:\s+[A-Z][\w.'-]*){0,4}"
        r"(?:\s+(?i:and|&)\s+(?i:more|others|cast))?"
    ),
    # ("Batwoman's Javicia Leslie": a first name and a last after the show's possessive; not "Bob's Burgers")
    re.compile(r"(?P<show>.+?)'s(?:\s+[A-Z][\w.'-]*){2,3}(?:\s+(?i:and|&)\s+(?i:more|others|cast))?"),
)


def _reactor_dropped(found: list[Finding], title: str, lookup: Lookup) -> list[Finding]:
    """Each finding of a headline where someone reacts to "the show's" cancellation, its name the show's, not
    the show's and the person's ("Batwoman Star Javicia Leslie Reacts To The Show's Cancellation")."""
    headline = normalise(title)
    if not _REACTS_TO_THE_SHOWS.search(headline):
        return found
    mended = []
    for f in found:
        whole = next((m for p in _SHOW_AND_REACTOR if (m := p.fullmatch(f.show_title))), None)
        if f.show is None and whole is not None:
            named = _match(whole.group("show"), lookup)
            f = replace(f, show_title=named.title, show=named.slug or None)
        mended.append(f)
    return mended


def _read(item: Item, lookup: Lookup, final_told: list[Finding] | None = None) -> list[Finding]:
    """The rules' reading of the item; a final season's end told again, their last reading, is put in
    `final_told` instead, to be read only when nothing else is (`classify`)."""
    lookup = _as_of(lookup, item.published)
    found = _classify(item, lookup, final_told)
    if final_told:
        final_told[:] = _two_shows_apart(
            _lead_word_dropped(_plausible(final_told, item), item.title, lookup), item, lookup
        )
    if found and item.summary:
        found = [_named_by_summary(f, item, lookup) for f in found]
    found = _two_shows_apart(_lead_word_dropped(_plausible(found, item), item.title, lookup), item, lookup)
    if found:
        found = _reactor_dropped(
            _cut_short(_last_listed(found, item.title, lookup), item.title), item.title, lookup
        )
        return _premiere_beside(_final_by_summary(found, item), item, lookup)
    if told := _acted_after(item, lookup):
        return told
    if told := _after_the_cry(item, lookup):
        return told
    if not item.summary:
        return []
    # (a decision of a show the headline describes, else one it hints: each told by the summary)
    if (kinds := _unnamed_decision(item.title)) and (told := _told_of_the_unnamed(item, kinds, lookup)):
        return told
    return _told_by_summary(item, lookup) or _dated_by_deck(item, lookup)


def _told_of_the_unnamed(item: Item, kinds: set[Kind], lookup: Lookup) -> list[Finding]:
    """A decision (of `kinds`) the headline states of a show it describes rather than names ("Netflix
    Cancels Comedy Series After One Season", "Hit RTE series returning for second season following BAFTA
    nod"), as the summary's first two sentences state it of a named show; the name as the headline writes
    it, when it writes it without the summary's article ("Tokyo Revengers anime to return ...", its
    summary "The Tokyo Revengers anime is getting a second season")."""
    headline = normalise(item.title).casefold()
    summary = normalise(item.summary)[:400]
    for said in _SENTENCE_END.split(summary)[:2]:
        for sentence in _readings(said):
            told = [
                f
                for f in _classify(Item(sentence, "", item.published), lookup)
                # (a name the summary quotes, the catalogue's, or one where a title stands: a sentence's
                # other capitals are no title)
                # (a renewal announced as the last, of a show the headline tells ends: "Netflix Officially
                # Ends Beloved Video Game Series", "Netflix has renewed Devil May Cry for a third and final
                # season")
                if (f.kind in kinds or (f.final and f.kind == "renewed" and "ended" in kinds))
                and (f.show or _quoted_in(f.show_title, sentence) or _named_in(f.show_title, sentence))
                and not (
                    f.show_title.lower() in _DAYS and _A_DAY.search(sentence.replace(f.show_title, "\0"))
                )
            ]
            if told:
                return [
                    replace(f, show_title=f.show_title[4:])
                    if f.show is None
                    and f.show_title.startswith("The ")
                    and f.show_title[4:].casefold() in headline
                    and f.show_title.casefold() not in headline
                    else f
                    for f in told
                ]
    return []


# A headline's cry of a decision before the news itself: "Cancelled! Channel 10 confirms The Bachelorette
# WON'T return in 2022"
_CRY = re.compile(r"\W*(?P<kind>cancell?ed|axed|scrapped|renewed|ending|ended)!+\s+(?=\S)", re.IGNORECASE)
_CRIED: dict[str, Kind] = {"renewed": "renewed", "ending": "ended", "ended": "ended"}


def _after_the_cry(item: Item, lookup: Lookup) -> list[Finding]:
    """The decision the headline cries first, read from the words after the cry when they tell it too, the
    cry's word taking no show's name for its own ("Cancelled! Channel 10 confirms The Bachelorette WON'T
    return in 2022": The Bachelorette, not "The Bachelorette WON'T return in 2022")."""
    cry = _CRY.match(normalise(item.title))
    if cry is None:
        return []
    kind = _CRIED.get(cry.group("kind").lower(), "cancelled")
    rest = replace(item, title=normalise(item.title)[cry.end() :])
    told_again: list[Finding] = []  # (the rest is a headline too: its readings of a headline's own)
    return [f for f in (_read(rest, lookup, told_again) or told_again) if f.kind == kind]


def _told_by_summary(item: Item, lookup: Lookup) -> list[Finding]:
    """A decision the headline names the show of and hints in words the rules do not read ("BBC Two wants
    more Guilt", "SyFy's Defiance Can't Defy Cancellation", "Seven stops Dancing with The Stars"), stated
    by the summary's first sentence ("BBC Two and BBC Scotland have greenlit another series of Guilt"):
    read there when the sentence names the same show, the headline has a word of that decision (or names
    only the show and a season, the sentence an order of it: `_season_ordered`), and it is no article
    around the news (a premiere's, a reaction's, an explainer's, a report's or a guess's, whose
    summaries recall a decision as background: "The third and final season of 'Sweet Home' is set to
    premiere ...")."""
    title = normalise(item.title)
    by_season = _A_HINT.search(title) is None  # (only a season named: `_season_ordered`)
    if "?" in title or (by_season and not _SEASON_STATED.search(title)) or _AROUND_THE_NEWS.search(title):
        return []  # (most headlines: the summary is not read)
    for sentence in _readings(_first_sentence(item)):
        if by_season and not _ORDERED.search(sentence):
            continue  # (nor most of those: an order's own words are needed)
        if told := _hinted_in(sentence, item, title, lookup):
            return told
    return []


# The deck an anime outlet's feed opens an item's summary with, before a horizontal bar, when it is the
# series' own premiere: "Anime debuts on July 8 \u2015 The official website ...", "Season premieres on March
# 10", "2nd season premieres on October 1" (not a dub's, an arc's or a last episode's: "English dub premieres
# on July 4", "Anime's "Kyo Arc" starts on July 12", "Final episode airs on June 25"; nor one gone by: "Series
# debuted streaming in May 2019").
_DECK_PREMIERE = re.compile(
    r"(?:(?:the|its)\s+)?(?:(?:tv|television|new)\s+)?(?:anime|series|show|drama|season(?:\s+\d{1,2})?"
    r"|(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|final)\s+season)"
    r"\s+(?:will\s+)?(?:debuts?|premieres?)\s+(?:on|in)\s+(?=(?:" + _MONTH_NAMES + r")\b)",
    re.IGNORECASE,
)
# The series a teaser's, a cast's or a song's headline names: the words before "Anime", "TV Anime",
# "Series" or a season ("Psyren Anime Streams 1st Teaser", "My Girlfriend's Friend TV Anime Reveals Teaser
# Video", "Live-Action One Piece Series Season 2 Streams 2-Minute Clip"), after a streamer's verb or a song's
# "for" ("OceanVeil Streams Chainsmoker Cat Anime", "Yuri Performs Opening Song for Thunder 3 Anime").
_DECK_NAMED = re.compile(
    r"(?P<name>(?:[^,;:|'\"]|(?<=\w)'(?=\w))+?)\s+(?:(?:original\s+)?(?:tv\s+)?anime|'light\s+anime'|(?:animated\s+)?series"
    r"|season\s+\d{1,2}|(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|final)\s+season)(?:'s)?"
    r"(?=\s|$)",
    re.IGNORECASE,
)
_DECK_QUOTED = re.compile(
    r"['\"](?P<name>[^'\"]{2,80})['\"](?=\s+(?:(?:original\s+)?(?:tv\s+)?anime|series|season)\b)",
    re.IGNORECASE,
)
# What the deck's premiere may be of, other than a series: a film, a special, a stage, a game, a screening
_DECK_NOT_A_SERIES = re.compile(
    r"\b(?:films?|movies?|ovas?|oads?|specials?|stage|musical|games?|screenings?|compilation|manga|novel"
    r"|dub(?:bed)?|arc|episodes?|concert|live\s+event)\b",
    re.IGNORECASE,
)


_OPENING_TAGS = re.compile(r"^(?:\s|<[^>]*>)+")


def _dated_by_deck(item: Item, lookup: Lookup) -> list[Finding]:
    """A series' premiere an anime outlet's item tells in its summary's deck (`_DECK_PREMIERE`, "Anime debuts
    on July 8 \u2015 ..."), its headline of something else of the series: a teaser, a cast, a song
    ("Psyren Anime Streams 1st Teaser With Anime Footage"). The series is the one the headline names before
    "Anime", "Series" or a season (`_DECK_NAMED`), or quotes there; the season, the headline's or the deck's.
    The labelled sets' items of this form are labelled the premiere's date (14 of 14 seen); a deck that
    tells it of a cast or a song ("... join cast of July series") is left: its items are labelled either
    way."""
    # (most summaries: a deck's first words, after any opening tag a feed wraps them in, are read before the
    # whole is normalised)
    if not _DECK_PREMIERE.match(_OPENING_TAGS.sub("", item.summary[:200])):
        return []
    deck = normalise(item.summary).split("\u2015")[0][:160].strip()
    if not _DECK_PREMIERE.match(deck):
        return []
    title = normalise(item.title)
    if "?" in title or _DECK_NOT_A_SERIES.search(title):
        return []
    quoted = _DECK_QUOTED.search(title)
    if quoted is not None:
        name = quoted.group("name")
    else:
        named = _DECK_NAMED.match(title)
        if named is None:
            return []
        name = named.group("name")
        # (after a streamer's verb or a song's "for", the words before are the streamer's or the singer's)
        name = re.split(r"\s(?:streams?|adds|to\s+stream|for|announces|launches)\s", name, flags=re.I)[-1]
        name = re.sub(r"^(?:live-action|new)\s+", "", name, flags=re.I)
        if not _title_like(name) or _NETWORKS_ONLY.fullmatch(name):
            return []
    show = _match(_clean_show(name, quoted=quoted is not None), lookup)
    if show is None or len(show.title) < 2:
        return []
    seasons = _season_numbers(title) or _season_numbers(deck)
    when = _premiere(deck, item.published)
    if when is None:
        return []
    season = seasons[0] if seasons else None
    return [Finding("premiere_date", show.title, show.slug or None, season, date=when)]


def _first_sentence(item: Item) -> str:
    """The first sentence of the item's summary (of its first 400 characters), as the rules read it."""
    return _SENTENCE_END.split(normalise(item.summary)[:400])[0]


def _hinted_in(sentence: str, item: Item, title: str, lookup: Lookup) -> list[Finding]:
    """The decision the headline `title` hints, as one reading of its summary's first sentence states it
    (`_told_by_summary`)."""
    hinted = [kind for kind, pattern in _HINTED.items() if pattern.search(title)]
    if not any(_STATED[kind].search(sentence) for kind in hinted or ("renewed",)):
        return []  # (nor most summaries: what the rules would read there needs one of these words)
    if not any(word in sentence for word in _CAPITALISED.findall(title)):
        return []  # (the show the headline names is named again there)
    original, masked = _prepared(item.title, lookup)
    if not original or _refused(original, masked):
        return []
    headline = original.casefold()
    seasons = _season_numbers(masked)
    return [
        f
        for f in _classify(Item(sentence, "", item.published), lookup)
        if f.kind in DECISION_STATUSES
        and len(f.show_title) > 2
        and f.show_title.casefold() in headline
        and (
            _HINTED[f.kind].search(masked.replace(f.show_title, ""))
            # ("wants more Guilt", "detect more Van der Valk"; not "Season 22: More Drama")
            or (f.kind == "renewed" and f"more {f.show_title.casefold()}" in headline)
            or _season_ordered(f, sentence, item.title, seasons)
        )
        # (a name where a title stands, not a storm an event was cancelled after, nor one night's schedule)
        and (f.show or _quoted_in(f.show_title, sentence) or _named_in(f.show_title, sentence))
        and not ((lead := _LEAD_CLAUSE.match(sentence)) and f.show_title in lead.group())
        and not _ONE_NIGHT.search(sentence)
        # (a season the headline names, not another the summary recalls: "'The Night Agent' Season 4
        # Writers Room Underway ...", its summary "In October 2024, Netflix renewed The Night Agent for a
        # third season")
        and (not seasons or f.season is None or f.season in seasons)
    ]


def _season_ordered(finding: Finding, sentence: str, title: str, seasons: list[int]) -> bool:
    """A renewal a headline hints only by naming the show and the season ("'All of Us Are Dead' season 2
    heads to Seoul"), told by its summary's first sentence in an order's own words ("Netflix just confirmed
    that All of Us Are Dead is getting a second season"): of the season the headline names, and of the show
    it names whole (not a word of a title the sentence reads short: "Spy x Family TV Anime: Forgers Return
    for Season 3!", the sentence's "Family")."""
    name, headline = finding.show_title, normalise(title)
    return (
        finding.kind == "renewed"
        and finding.season in seasons
        and _ORDERED.search(sentence) is not None
        and _whole_in(name, headline)
    )


def _whole_in(name: str, headline: str) -> bool:
    """Whether `name` stands whole in the headline, not as the last words of a longer title ("Spy x Family"
    holds "Family" so): after no word, a lower-case word, a possessive ("Netflix's") or a colon."""
    at = headline.casefold().find(name.casefold())
    if at < 0:
        return False
    word = (headline[:at].split() or [""])[-1]
    return word != "x" and (not word[:1].isupper() or word.endswith(("'s", ":")))


# An order's own words in a summary's sentence (not "back" nor "returns", which a premiere's article says too)
_ORDERED = re.compile(
    r"\b(?:renew\w*|greenlit|green-?light\w*|go-ahead|ordered|commissioned|confirm\w*|gets|getting)\b",
    re.IGNORECASE,
)
# An article around the news rather than the news: a premiere's, a trailer's, a finale's, the cast's, a
# reaction's, an explainer's, a report's, a guess's or an interview's
_AROUND_THE_NEWS = re.compile(
    r"\b(?:release\s+date|premieres?|trailer|teaser|finale|spoilers?|theories|everything\s+we|what\s+we\s+know"
    r"|what\s+to\s+expect|how\s+to\s+watch|filming|cast|returns?\s+(?:on|in|this|next)"
    r"|fans?|react\w*|petition|why|slams?|blames?|critici\w+|fum\w+|viewers|condemn\w*|tribute|outrage\w*"
    r"|furious|campaign\w*|save|saved|reportedly|report|rumou?r\w*|could|may|might|set\s+to|nearing|in\s+talks"
    r"|potential|possible|hopes?|talks)\b",
    re.IGNORECASE,
)
# A word of each decision in the headline, beside the show's name
_HINTED: dict[str, re.Pattern[str]] = {
    "renewed": re.compile(r"\b(?:renew\w*|orders?|ordered|picks?\s+up|picked\s+up|green\w*|another)\b", re.I),
    "cancelled": re.compile(
        r"\b(?:cancel\w*|axe[sd]?|axing|scrap\w*|drops?|dropped|pulls?|plug|stops?|kill\w*"
        r"|not\s+(?:be\s+)?return\w*|won'?t\s+(?:be\s+)?return\w*)\b",
        re.I,
    ),
    "ended": re.compile(
        r"\b(?:end|ends|ending|final|last|goodbye|farewell|conclud\w*|bow\s+out|over)\b", re.I
    ),
}
# What a summary's sentence states each decision with
_STATED: dict[str, re.Pattern[str]] = {
    "renewed": re.compile(
        r"\b(?:renew\w*|green\w*|order\w*|another|return\w*|back|(?:second|third|fourth|fifth|new)\s+(?:season|series))\b",
        re.IGNORECASE,
    ),
    "cancelled": re.compile(
        r"\b(?:cancel\w*|axe[sd]?|axing|scrap\w*|drop\w*|pull\w*|return\w*|will\s+not|won'?t|no\s+more|end\w*)\b",
        re.IGNORECASE,
    ),
    "ended": re.compile(r"\b(?:end\w*|final|last|conclud\w*|cancel\w*|axe[sd]?)\b", re.IGNORECASE),
}
_CAPITALISED = re.compile(r"\b[A-Z][\w-]{2,}")
_A_HINT = re.compile("|".join(p.pattern for p in _HINTED.values()) + r"|\bmore\b", re.IGNORECASE)
# A sentence's lead-in ("Amid a myriad of controversy in the aftermath of Hurricane Sandy, the 2012 New York
# City Marathon has been canceled"): a name in it is not what the sentence acts on
_LEAD_CLAUSE = re.compile(
    r"^(?:amid|after|following|despite|as|with|in\s+the\s+(?:aftermath|wake)\s+of)\b[^,]{0,150},", re.I
)
# One night's episode off the schedule ("Fair City has been cancelled next Sunday, due to the General
# Election")
_ONE_NIGHT = re.compile(
    r"\b(?:cancell?ed|axed|pulled|dropped)\s+(?:from\s+(?:the\s+)?schedules?\s+)?"
    r"(?:next|this|on|tonight|today|tomorrow)\b",
    re.IGNORECASE,
)


def _last_listed(found: list[Finding], title: str, lookup: Lookup) -> list[Finding]:
    """An ending of a catalogue show told without its season ends with the last season the catalogue
    lists ("'Outlander' Final Season Sets Premiere Date on Starz": its eighth), when the catalogue is no
    newer than the item (`lookup` is the catalogue as of the item's day) and the ending is not told as
    coming with something else, an arc or a film ("Kaiju No. 8 anime to end with Conclusion Arc"); the
    final season's premiere told beside it is that season's."""
    if ends_with_another(title):
        return found
    headline = normalise(title)
    last: dict[str, int] = {}
    for f in found:
        if f.kind == "ended" and f.show is not None and f.season is None:
            listed = [n.next_season for n in lookup(search_key(f.show_title)) if n.slug == f.show]
            if listed and listed[0] is not None and listed[0] >= 2:
                last[f.show] = listed[0] - 1
    if not last:
        return found
    final_premiere = _FINAL_SEASON.search(headline) is not None
    return [
        replace(f, season=last[f.show])
        if f.show in last
        and f.season is None
        and (f.kind == "ended" or (f.kind == "premiere_date" and final_premiere))
        else f
        for f in found
    ]


def ends_with_another(title: str) -> bool:
    """Whether a headline tells an ending to come with something besides a season, an arc, a special or a
    film ("Kaiju No. 8 anime to end with Conclusion Arc"): its season is not the last one a list of the
    show's seasons holds, which may not list the season that arc or special belongs to."""
    return _ENDS_WITH_ANOTHER.search(normalise(title)) is not None


_FINAL_SEASON = re.compile(r"\b(?:final|last)\s+(?:season|series)\b", re.IGNORECASE)
# An ending told to come with something besides a season: "Kaiju No. 8 anime to end with Conclusion Arc",
# "Plebs will end with a feature-length special" (not "to End With Season 5", "Ending With Its Final Season").
_ENDS_WITH_ANOTHER = re.compile(
    r"\b(?:end|ends|ending|conclude|concludes|concluding|wrap|wraps|wrapping\s+up)\s+(?:with|in)\s+"
    r"(?!(?:its|the|a|an)?\s*(?:[\w-]+\s+){0,2}(?:season|series)\b)(?!(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


# A network's own act, told after what someone did about it: "Scott Foley Reacts After Prime Video
# Canceled 'It's Not Like That' After One Season", "Damon Wayans Spoke Out After CBS Canceled Poppa's
# House" (not a passive's "After The Following Is Cancelled", nor a singer's "after Olivia Rodrigo cancels")
_AFTER_A_NETWORK_ACTS = re.compile(
    rf"\b(?i:after|following)\s+((?=[A-Z])(?i:{_NETWORK})\s+(?i:cancel(?:s|ed|led)|ax(?:es|ed))\s(.+))$"
)


def _acted_after(item: Item, lookup: Lookup) -> list[Finding]:
    """The cancellation a network's act after "after" tells, of a show it names, read from the network on
    as a headline of its own; none for anything else."""
    headline = normalise(item.title)
    m = _AFTER_A_NETWORK_ACTS.search(headline)
    if m is None:
        return []
    # (the network's own part of the clause: "After Netflix Canceled Yet Another TV Show After One Season,
    # Its Producer Called The Industry 'Kind Of ...'" names no show)
    end = _segment_span(headline, m.start(1))[1]
    act, done = headline[m.start(1) : end], headline[m.start(2) : end]
    told = [
        f
        for f in _classify(Item(act, "", item.published), lookup)
        if f.kind == "cancelled" and f.show_title in done  # (named after the verb, not the network)
    ]
    return _plausible(told, item)


# A day of the week a sentence names, not the show of that title: "Blink-182's Hard Rock Sioux City show on
# Wednesday (30.05.18) has been cancelled" (the name read marked \0 where it stands unquoted)
_DAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_A_DAY = re.compile(
    r"\b(?:on|this|next|last|until|by|from|since|every|each)\s+\0(?=\s|[,.;:(]|$)"
    r"|(?<![\w'\"])\0(?:\s+(?:night|morning|afternoon|evening))?\s+\((?:\d|[a-z]+\s+\d)",
    re.IGNORECASE,
)


# The sentence's word before an unquoted name, read into it: "Filming Wraps On Bridgerton Season Two",
# "Season Two Storyline Ordered For Jordskott", "As Neighbours comes to an end" (at the headline's start,
# "As" opens a clause; a title the catalogue holds whole, or quoted, stays whole: "For All Mankind")
_LEAD_WORD = re.compile(r"(On|For|As)\s+(?=[A-Z0-9])")
_SHOOT_OR_ORDER_BEFORE = re.compile(
    r"\b(?:wraps?|wrapped|begins?|began|starts?|started|underway|resumes?|resumed|commences?|commenced"
    r"|rolls?|rolling|ordered|commissioned)\s*$",
    re.IGNORECASE,
)


def _lead_word_dropped(found: list[Finding], title: str, lookup: Lookup) -> list[Finding]:
    """Each finding, its unquoted name without the sentence's word before it."""
    headline = normalise(title)
    mended = []
    for f in found:
        lead = _LEAD_WORD.match(f.show_title)
        at = headline.find(f.show_title)
        if f.show is None and lead is not None and at >= 0 and not _quoted_in(f.show_title, headline):
            before = headline[:at]
            if (
                _SHOOT_OR_ORDER_BEFORE.search(before)
                if lead.group(1) != "As"
                else re.fullmatch(r"(?:.*[,;:|]\s*)?", before)
            ):
                named = _match(f.show_title[lead.end() :], lookup)
                f = replace(f, show_title=named.title, show=named.slug or None)
        mended.append(f)
    return mended


# Two unquoted titles joined, told apart by the headline: a franchise and its spin-off ("9-1-1 & 9-1-1:
# Nashville Officially Renewed"), two titles in capitals joined in lower case ("HBO Max's TITANS and DOOM
# PATROL to End with Season 4"), or the headline's words for more than one show ("renews Defiance and
# Dominion for new seasons", "Turkish Dramas Redemption & Legacy Renewed", "Renews Runaways & Future Man, Two
# Shows That Were ... Good"). Else a title joined is one title:
# "Grace and Frankie", "Mike & Molly" (and "their last" is theirs: "Titans and Doom Patrol" stays one).
_JOINED = re.compile(r"(?P<a>[A-Z0-9][^&]*?)\s+(?:and|And|AND|&)\s+(?P<b>[A-Z0-9].*)")
_MORE_THAN_ONE = re.compile(
    r"\bboth\s+(?:shows|series)\b|\bapiece\b|\beach\s+(?:renewed|cancell?ed|axed)\b"
    r"|\bnew seasons\b|,\s+(?:two|both)\s+(?:shows|series)\b"
    r"|\b(?:dramas|shows|comedies|sitcoms|programmes|programs)\s+(?=\S+\s+(?:and|&)\s)",
    re.IGNORECASE,
)
# A summary's sentence that tells of two shows or more
_TOLD_OF_TWO = re.compile(
    r"\b(?:both|two)\s+(?:[\w-]+\s+)?(?:shows|comedies|dramas|sitcoms)\b"
    r"|\b(?:shows|comedies|dramas|sitcoms)\s+(?:get|got|will|are|were|have)\b"
    r"|\b(?:second|third|fourth|fifth)\s+seasons\b",
    re.IGNORECASE,
)
# ("Turkish Dramas Redemption & Legacy": the words that describe them before the first)
_DESCRIBED_MANY = re.compile(
    r"^(?:.*\s)?(?:dramas|shows|comedies|sitcoms|programmes|programs)\s+", re.IGNORECASE
)


def _two_shows_apart(found: list[Finding], item: Item, lookup: Lookup) -> list[Finding]:
    """Each finding, or one for each of two unquoted titles its name joins: when the headline or the
    summary's first sentence tells of more than one show ("TBS Renews People Of Earth And Search Party", its
    summary "Very funny...shows get second seasons.")."""
    headline = normalise(item.title)
    apart = []
    for f in found:
        joined = _JOINED.fullmatch(f.show_title)
        if f.show is None and joined is not None and not _quoted_in(f.show_title, headline):
            a, b = joined["a"], joined["b"]
            at = headline.find(f.show_title)
            if (
                b.startswith((f"{a}:", f"{a} "))
                or (a.isupper() and b.isupper() and re.search(r"\sand\s", f.show_title) is not None)
                or (at >= 0 and _MORE_THAN_ONE.search(headline[max(0, at - 12) :]) is not None)
                or (
                    re.search(r"\sand\s", f.show_title, re.I) is not None
                    and _TOLD_OF_TWO.search(_first_sentence(item)) is not None
                )
            ):
                for part in (_DESCRIBED_MANY.sub("", a), b):
                    named = _match(part, lookup)
                    apart.append(replace(f, show_title=named.title, show=named.slug or None))
                continue
        apart.append(f)
    return apart


# A headline's clauses: "'X' Renewed for Season 6, Season 5 Premieres September 9", "Renews 'X' for
# Season 7 Ahead of Season 6 Premiere on December 19"
_CLAUSE_BREAK = re.compile(
    r"\s*[,;|:]\s+|\s+[-\u2013\u2014]\s+|\s+(?:ahead of|before|as|and|&)\s+", re.IGNORECASE
)


def _premiere_beside(found: list[Finding], item: Item, lookup: Lookup) -> list[Finding]:
    """A renewal, and beside it the date the season now airing (or next) premieres: "Hulu Renews 'Only
    Murders in the Building' for Season 6, Season 5 Premieres September 9" is both the renewal and
    season 5's date, each a fact a curator records. Only a dated premiere of a season the headline
    states, earlier than the one ordered, of the same show."""
    if not found or any(f.kind != "renewed" or f.season is None for f in found):
        return found
    if len({search_key(f.show_title) for f in found}) != 1:
        return found
    show = found[0].show_title
    ordered = min(f.season for f in found if f.season is not None)
    headline = normalise(item.title)
    for clause in _CLAUSE_BREAK.split(headline):
        if not _SEASON_STATED.search(clause) or _RENEW.search(clause):
            continue
        text = clause if show.lower() in clause.lower() else f"'{show}' {clause}"
        told = [
            f
            for f in _classify(Item(text, "", item.published), lookup)
            if f.kind == "premiere_date"
            and f.date is not None
            and f.season is not None
            and f.season < ordered
            and search_key(f.show_title) == search_key(show)
        ]
        if told:
            return [*found, told[0]]
    return found


# The show named between commas after the words describing it, then what became of it: "Emilia Clarke
# and Haley Lu Richardson's hit spy series, Ponies, has officially been cancelled"
_APPOSITIVE = re.compile(
    r"\b(?:series|show|drama|comedy|thriller|sitcom|anime|docuseries|miniseries|dramedy|adaptation),\s+"
    r"((?-i:[A-Z0-9'\u2018])[^,]{0,60}?),\s+(?=(?:has|have|is|was|were|will|won't|isn't|wasn't)\b)",
    re.IGNORECASE,
)


# The show named last, after the words describing it and a comma: "Apple TV has set the premiere date for
# the third season of Rebecca Ferguson's hit sci-fi thriller, Silo"
_APPOSITIVE_LAST = re.compile(
    r"\b(?P<of>of|for)\s+(?:(?!of\b|for\b)[^,;:]){0,60}?\b(?:series|show|drama|comedy|thriller|sitcom|anime"
    r"|docuseries|miniseries|dramedy|adaptation|spin-?off|revival|prequel|sequel),\s+"
    r"(?P<name>(?-i:[A-Z0-9'\u2018])[^,;]{0,60}?)\s*[.!]?$",
    re.IGNORECASE,
)


def _appositive(sentence: str) -> str:
    """A sentence that names its show between commas after its description, from the name on ("Ponies
    has officially been cancelled"), or last after its description, the description left out ("... for
    the third season of Silo"); any other as it is."""
    m = _APPOSITIVE.search(sentence)
    if m is not None:
        return f"{m.group(1)} {sentence[m.end() :]}"
    last = _APPOSITIVE_LAST.search(sentence)
    return sentence if last is None else f"{sentence[: last.start()]}{last.group('of')} {last.group('name')}"


def _readings(said: str) -> list[str]:
    """How a summary's sentence is read for a decision: as it is (from the name on, `_appositive`), then,
    when nothing is read so, without its relative clauses between commas, which describe the show rather
    than tell the news ("Netflix has cancelled Lockwood & Co, which was widely considered to be among the
    streaming platform's best shows, just after its first season"). A clause that tells the news stays
    read first ("..., which will end with its fifth series")."""
    sentence = _appositive(said)
    # (the name between commas found once the clauses describing it are gone: "The daily medical drama,
    # Durban Gen, starring Meshack Mavuso ..., has been cancelled")
    without = _appositive(_RELATIVE.sub("", said))
    return [sentence] if without == sentence else [sentence, without]


# (a clause that describes the show: "which was ...", "who ...", "starring ...")
_RELATIVE = re.compile(r",\s+(?:which|who|starring)\s[^,;:]*(?=[,;:]|$)", re.IGNORECASE)
