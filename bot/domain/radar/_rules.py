"""The classifier's rules: what a headline announces, read from its clauses in order of precedence
(an ending stated first, a cancellation, a milestone, a premiere date, a renewal)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.domain.models import DECISION_STATUSES
from bot.domain.radar._dates import _premiere, _yearless_date
from bot.domain.radar._model import MAX_SEASON, Finding, Item, Kind, Lookup, Name
from bot.domain.radar._names import (
    _PEOPLE_WORD,
    _STOP,
    _SUBORDINATE,
    _clean_show,
    _listed,
    _mask_names,
    _match,
    _quotation,
    _quoted_in,
    _relative,
    _retitled,
    _show_text,
    _spoken,
    _title_like,
    _without_edition,
)
from bot.domain.radar._words import (
    _AIRING,
    _BACK,
    _CANCEL,
    _CAST_MEMBER,
    _CONFIRMED_OTHER,
    _DEBUT_AHEAD,
    _END,
    _EPISODE_NEWS,
    _EVENT_NAME,
    _EVENT_NAME_END,
    _FINAL,
    _IN_PRODUCTION,
    _MONTH_NAMES,
    _NETWORK,
    _NETWORKS_ONLY,
    _NOT_A_SHOW,
    _NOT_A_SHOW_SAID,
    _NOT_AFTER_AN_ADDRESS,
    _NOT_RENEWED,
    _NUMBER,
    _ORDINAL,
    _OWN_PART,
    _PERSON_RETURNS,
    _PREMIERE_SET,
    _PREMIERE_WORDS,
    _QUESTION,
    _QUITS_A_NETWORK,
    _QUOTED,
    _RELEASE_EXPLAINER,
    _RENEW,
    _RENEWAL_BACKGROUND,
    _RETURNS,
    _RETURNS_WITHIN,
    _SEASON_WORD,
    _TOLD_AT,
    _WRAPPED,
    CARDINALS,
    MONTHS,
    ORDINALS,
    _anime_named,
    _asks,
    _clause_of,
    _clause_span,
    _confirmed,
    _lower_in_place,
    _near,
    _number,
    _ordinal,
    _season_numbers,
    _seasons_done,
    _segment,
    _segment_span,
    _speaks_of_tv,
    _states_something,
    normalise,
)
from bot.domain.search import search_key

# A summary's season not to be made, its negation in lower case (not a title's word: "Alma's Not Normal will
# end with its upcoming second series"): "will not air for a sixth series"
_NOT_ANOTHER = re.compile(
    rf"\b(?-i:no|not|won'?t)\s+(?:\w+\s+){{0,3}}?(?:for|be|air|return|get|have|make|see)\b[^.]{{0,40}}?"
    rf"\b({_ORDINAL})\s+{_SEASON_WORD}\b",
    re.IGNORECASE,
)


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
        # ("won't be renewing the acclaimed series for a fourth": the ordinal alone, after "for a")
        m = re.search(
            rf"\b(?:no|not|won'?t)\b[^.]{{0,60}}?\b({_ORDINAL})\s+{_SEASON_WORD}\b"
            rf"|\b(?:not|won'?t)\s+(?:be\s+)?renew(?:ing|ed)?\b[^.]{{0,40}}?\bfor\s+a\s+({_ORDINAL})\b",
            text,
            re.I,
        )
        if m and m.group(2):
            return _ordinal(m.group(2)) or None
        if m is None:
            m = re.search(rf"\bno\s+{_SEASON_WORD}\s+({_NUMBER})\b", text, re.I)
        return (_ordinal(m.group(1)) or _number(m.group(1)) or None) if m else None
    if kind == "renewed":
        verb = _RENEW.search(text)
        if verb is None or _NOT_RENEWED.search(text) or _asks(text, verb.start()):
            return None
        found = _near(text, verb)
    else:
        if kind == "ended" and (no_more := _NOT_ANOTHER.search(text)):
            # ("The ITV2 comedy will not air for a sixth series, concluding instead with a longer one-off
            # episode": the fifth was the last)
            return (_ordinal(no_more.group(1)) - 1) or None
        found = _season_numbers(text, parts=False)  # a summary's "part 3" may be a season's half
        if kind == "ended" and not found:
            # ("will come to an end next month after six successful seasons": the last of them)
            done = _seasons_done(text)
            return done or None
    return found[0] if len(found) == 1 else None


def _named_as_anime(name: str, title: str) -> bool:
    """Whether the name is the one Anime News Network's form gives, before the word "Anime" (a light
    novel's title runs long: "Chillin' in Another World With Level 2 Super Cheat Powers Anime Gets 2nd
    Season")."""
    anime = _anime_named(title)
    return anime is not None and anime[0] == name


# A summary that says the season ordered is the last: "... the final, FINAL season", "... will be the
# show's final", "the series is coming to an end", "decided to end with series six"
_LAST_TOLD = re.compile(
    r"\b(?:final|last)\s+(?:season|series|chapter|run)\b|\b(?:will\s+be|is)\s+(?:its|the|the\s+show'?s"
    r"|the\s+series'?)\s+(?:final|last)\b|\bcoming\s+to\s+an\s+end\b|\bend\s+with\s+(?:its\s+)?(?:season"
    r"|series)\b|\bas\s+the\s+final\b",
    re.IGNORECASE,
)


def _final_by_summary(found: list[Finding], item: Item) -> list[Finding]:
    """A renewal the headline tells with its season and not as the last, which the summary's opening
    says is the last ("Never Have I Ever Announces Season 4 Renewal on Netflix": "... the fourth set of
    episodes will be the last"): the last season ordered is final."""
    ordered = [f.season for f in found if f.kind == "renewed" and f.season is not None]
    if not ordered or any(f.final for f in found) or not item.summary:
        return found
    opening = normalise(item.summary)[:300]
    told = _LAST_TOLD.search(opening)
    if told is None:
        return found
    # (the sentence that says it, not a question: "Will it be the last season?")
    start = max(opening.rfind(mark, 0, told.start()) for mark in ".!?") + 1
    ends = [i for mark in ".!?" if (i := opening.find(mark, told.end())) != -1]
    sentence = opening[start : min(ends) + 1 if ends else len(opening)]
    if sentence.rstrip().endswith("?") or _QUESTION.search(sentence):
        return found
    last = max(ordered)
    return [replace(f, final=True) if f.kind == "renewed" and f.season == last else f for f in found]


# A season "wrapped" on air, by its audience: its ratings, its viewers, its week in the charts.
_AIRED_NOT_SHOT = re.compile(
    r"\b(?:ratings|viewers|viewership|nielsen|audiences?|big\s+week|most[- ]watched|streaming\s+charts?)\b",
    re.IGNORECASE,
)
# "Is underway" alone, and the words that make what is under way a show's: its filming, its season or
# series ("'The Outlaws' season three is underway"; not "The Tonys are underway").
_BARE_UNDERWAY = re.compile(r"(?:is|are)\s+(?:now\s+|finally\s+|officially\s+)*underway", re.IGNORECASE)
_MADE_OR_AIRED = re.compile(
    r"\b(?:film\w*|production|shoot\w*|season|series|episodes?|show|anime|drama|sitcom)\b", re.IGNORECASE
)
# What a company produces at a plant, after "Begins Production": "At $100B Jafurah Gas Project".
_INDUSTRY = re.compile(
    r"\s+(?:at|of)\s+(?:[^:|;]{0,40}\s)?(?:gas|oil|lng|plant|factory|mine|refinery|facility|vaccines?"
    r"|reactor|smelter|steel|semiconductors?|chips?|batter(?:y|ies)|vehicles?|cars|evs?|wells?|fields?)\b",
    re.IGNORECASE,
)
# A house that sits again, and a game that has seasons: what returns on a day besides a show.
_HOUSES = r"parliament|congress|congressman|congresswoman|senate|senator|lawmakers|legislature|mps"
_GAMES = r"fortnite|apex legends|warzone|overwatch|valorant"
# What returns or premieres on a day besides a show: a fighter or an injured player, a parliament, a
# sneaker, a game's season, a film in theatres or at a festival, a premiere's red carpet; and a date not
# set.
_DATED_BUT_NO_SHOW = re.compile(
    rf"\b(?:ufc|mma|boxing|bout|fight|injury|injured|rehab|surgery|{_HOUSES}"
    r"|sneakers?|colou?rway|air jordan|jordan \d+|nike|adidas|yeezy"
    rf"|{_GAMES}|battle pass"
    r"|theat(?:er|re)s|motion pictures?|premiere at\b[^:|;]*\bfestival|red carpet"
    r"|no (?:return|release|premiere) date)\b",
    re.IGNORECASE,
)
# Read as the name, what is no show: "Parliament returns Monday", "Long-Absent Congressman Will Return June
# 30", "Apex Legends Announces Season 3 Start Date".
_NO_SHOWS_NAME = re.compile(rf"\b(?:{_HOUSES})$|^(?:{_GAMES})\b", re.IGNORECASE)
_SHOOT_WORDS = re.compile(
    r"\b(?:filming|filmed|shoot|shooting|shot|production|cameras?|set)\b", re.IGNORECASE
)


# The people of a show inside a name read unquoted, words after them: no title, a sentence about them.
_PEOPLE_IN_NAME = re.compile(
    r"\b(?:actors?|actress(?:es)?|cast|fans|creators?|showrunners?|co-?stars?)\s+\S", re.IGNORECASE
)


# Who made a show, after its name: "From Stranger Things Creators", "From John Wick Creator".
_MAKER_AFTER = re.compile(
    r"\s+(?:creators?|team|producers?|writers?|directors?|showrunners?|boss|duo)\b", re.IGNORECASE
)


def _credited(words: str, title: str) -> bool:
    """Whether the headline writes these words (in any case) just before who made the show: "From Stranger
    Things Creators", "from 'Succession' writer". (Found with a string search, not a pattern per headline,
    which would push the patterns every headline uses out of the `re` module's cache.)"""
    lower, wanted = _lower_in_place(title), words.lower()
    at = lower.find(wanted)
    while at >= 0:
        if _MAKER_AFTER.match(title, at + len(wanted)):
            return True
        at = lower.find(wanted, at + 1)
    return False


def _subject_start(title: str, at: int) -> int:
    """Where the words the verb at `at` tells of begin: its segment between commas, or, when the verb opens
    its segment, its clause ("'DWTS' pro Witney Carson, pregnant, returning for Season 35")."""
    start = _segment_span(title, at)[0]
    return _clause_span(title, at)[0] if not title[start:at].strip() else start


def _praised(name: str, title: str) -> bool:
    """Whether a quoted word is a critic's praise before the words that describe the show, not its title
    ("'Brilliant' BBC drama axed", "'Perfect' Netflix series does the impossible and is renewed season two").
    A catalogue show's title is its title ("Extraordinary", "Shameless")."""
    if name.casefold() not in _PRAISE:
        return False
    at = title.find(name)
    return at > 0 and title[at - 1] in "'\"" and _DESCRIBED_AFTER.match(title, at + len(name)) is not None


# A critic's praise in quotes, as the UK tabloids head a show they describe
_PRAISE = frozenset(
    (
        *("addictive", "amazing", "astonishing", "binge-worthy", "bingeable", "brilliant", "captivating"),
        *("chilling", "compelling", "epic", "excellent", "exceptional", "explosive", "fantastic", "flawless"),
        *("gripping", "heartbreaking", "hilarious", "incredible", "iconic", "masterful", "masterpiece"),
        *("outstanding", "perfect", "phenomenal", "remarkable", "sensational", "spectacular", "stunning"),
        *("superb", "terrifying", "thrilling", "tremendous", "unmissable", "wonderful"),
    )
)
# (after the quoted word: a network's name or a word or two, then what kind of show it is)
_DESCRIBED_AFTER = re.compile(
    r"[!,]?['\"]\s+(?:[\w+&'-]+\s+){0,3}?(?:thriller|drama|dramedy|series|show|comedy|sitcom|crime|detective"
    r"|mystery|period|sci-fi|fantasy|docuseries|soap|adaptation|anime|miniseries|procedural|western|horror)\b",
    re.IGNORECASE,
)


def _only_compounded(name: str, title: str) -> bool:
    """Whether a quoted title stands in the headline only within a word made of it ("'Buffy'-Hating")."""
    quoted = [
        at
        for at in _places(name, title)
        if at > 0 and title[at - 1] in "'\"" and title[at + len(name) : at + len(name) + 1] in ("'", '"')
    ]
    return bool(quoted) and all(re.match(r"-\w", title[at + len(name) + 1 :]) for at in quoted)


def _places(name: str, title: str) -> list[int]:
    """Where `name` stands in `title`, each place."""
    places, at = [], title.find(name)
    while at >= 0:
        places.append(at)
        at = title.find(name, at + 1)
    return places


# What someone does for a show of theirs, after their name: "Larry David Reveals ... Premiere Date ... for His
# President Obama-Produced HBO Comedy"
_OWN_SHOW_FOR = re.compile(
    r"\s+(?:reveals?|sets?|announces?|shares?|unveils?|confirms?|drops?)\b[^|:;]*?\bfor\s+(?:his|her|their)\s+"
    r"(?:[\w'.-]+\s+){0,5}?(?:comedy|series|show|drama|docuseries|sitcom|special|podcast|anime)\b",
    re.IGNORECASE,
)


# A superlative or a word of praise a description opens with ("Guy Ritchie's Biggest Netflix Series",
# "Legendary Shonen Jump Series"), a description unless a word or two make the name and no kind of show
# follows them (a title may open with one: "Major Crimes", "Legendary", "Smash")
_DESCRIBING_FIRST = re.compile(
    r"(?:biggest|major|british|real-life|fan-favorite|smash|long-awaited|legendary|divisive|iconic)(?:\s|$)",
    re.IGNORECASE,
)
_KIND_NEXT = re.compile(
    rf"['\u2019]?s?\s+(?:(?:{_NETWORK})\s+)?(?:[\w-]+\s+){{0,2}}?(?:series|shows?|dramas?|comed(?:y|ies)|sitcoms?"
    r"|thrillers?|anime|franchise|hits?|reboot|revival|spin-?off|docuseries|soap|k-?drama|saga|originals?"
    r"|miniseries|procedural|western|mystery|programme|adaptation|sequel|prequel)\b",
    re.IGNORECASE,
)


def _described_after(name: str, title: str) -> bool:
    """Whether the words of `name` hold or run on, in the headline, into a kind of show (or a network's),
    or run on past a word after the description's ("Major Shonen Jump Creator Confirms ...")."""
    at = title.lower().find(name.lower())
    return (
        at < 0
        or len(name.split()) > 2
        or (" " in name and _KIND_NEXT.search(name, name.index(" ")) is not None)
        or _KIND_NEXT.match(title, at + len(name)) is not None
    )


def _plausible(found: list[Finding], item: Item) -> list[Finding]:
    """The findings that can be a show's news. A name neither quoted nor the catalogue's must read as a
    title, else the headline describes its show ("Netflix Just Cancelled A $200 Million Series After
    One Season"; words in lower case that run on are cut: "Line of Duty set"), must not be the star
    the show is described by ("series starring James Nesbitt"), and a year by the item's is an
    edition's. A quoted phrase in lower case is someone's words, not a title ("'It's about time'"). No
    renewal orders a first season ("16-Episode First Season"). No decision is one of what a general
    feed calls off or ends besides shows: an event, a person, an appearance, a couple
    (`_NOT_A_SHOW`, read with the show's name and the event the news was told at blanked;
    `_NOT_A_SHOW_SAID`), nor a person's return to a show."""
    title = normalise(item.title)
    summary = normalise(item.summary)[:300] if item.summary else ""
    kept: list[Finding] = []
    for f in found:
        if re.search(r"\$\d", f.show_title):
            continue  # (a sum quoted: "Spending 'Over $30 Million'")
        if not f.show and _spoken(f.show_title, title):
            continue  # (someone's words in double quotes beside a title in single ones)
        if not f.show and title.count("|") == 1 and title.partition("|")[2].strip() == f.show_title:
            # (a column's or a site's name after the headline: "Brad Pitt's sobriety update, Heated Rivalry
            # season 2 starts filming | Yap Session"; no labelled headline's show is so placed)
            continue
        named = f.show or _quoted_in(f.show_title, title) or _named_as_anime(f.show_title, title)
        if not named and any(
            title[m.end() :].lower().startswith(f.show_title.lower())
            and not re.match(r"\w", title[m.end() + len(f.show_title) :])
            for m in _STARRING.finditer(title)
        ):
            continue  # ("thriller series starring James Nesbitt": its star, the show unnamed)
        if not f.show and named and _quotation(f.show_title):
            continue  # ("Sky confirms season 2: 'It's about time'": what a fan said)
        if not f.show and _praised(f.show_title, title):
            continue  # ("'Masterful' thriller with 'perfect' lead actor gets season 3 renewal": described)
        if _only_compounded(f.show_title, title):
            continue  # (a word made of the title: "Blames One 'Buffy'-Hating Executive for Scrapping ...")
        if not named and any(
            (
                re.search(r"(?i:cancell?ed|axed|scrapped|renewed|ended?)\s+$", title[:at])
                and re.match(r"(?i:after|following|amid|despite)\s", f.show_title)
            )
            or (
                re.search(r"\d\s+$", title[:at])
                and re.match(r"(?i:years?|months?|weeks?|decades?)\s", f.show_title)
            )
            for at in _places(f.show_title, title)
        ):
            continue  # (a time, not a title: "Is Cancelled After Year Long Wait", "after 12 Years Airing")
        if not named and re.match(r"(?:the\s+)?(?:age|era|reign)\s+of\b", f.show_title, re.I):
            continue  # ("The Age of Peak TV Is Ending": a time, not a title)
        own_show = _OWN_SHOW_FOR.match(title, len(f.show_title)) if title.startswith(f.show_title) else None
        if not named and own_show is not None:
            # ("Larry David Reveals Title, Trailer, Premiere Date ... for His ... HBO Comedy": the person
            # whose show it is, the show unnamed)
            continue
        if (
            not f.show
            and re.search(r"\w\s+meets\s+\w", f.show_title, re.I)
            and re.search(
                re.escape(f.show_title)
                + r"['\"]?\s+(?:[\w-]+\s+){0,2}(?:series|show|thriller|drama|comedy)\b|\bis\s+['\"]?"
                + re.escape(f.show_title),
                title,
                re.I,
            )
        ):
            continue  # (a comparison, even quoted: "Apple TV's 'Lost Meets 1984' Series Is So Good"; not "Boy
            # Meets World")
        lower = f" {title.lower()}"
        if f.show_title and (
            f" meets '{f.show_title.lower()}'" in lower
            or lower.find(f" meets {f.show_title.lower()} in ") > 0  # (a word before: not a title's "Meets")
        ):
            # (a comparison: "James Bond Meets 'Reacher' in Netflix's ... Spy Thriller Returning", "Bosch
            # Meets The Night Agent In Netflix's 10/10 Action Thriller That Is Coming Back")
            continue
        if f.show_title and any(
            lower.find(f"{word} {f.show_title.lower()}") > 0
            or lower.find(f"{word} '{f.show_title.lower()}") > 0
            for word in ("remake of", "version of")
        ):
            continue  # (another show or film made of it: "Wraps Production on Chinese-Language Remake of")
        if f.show_title and title.lower().startswith(
            ("forget '" + f.show_title.lower(), "forget " + f.show_title.lower())
        ):
            continue  # ("Forget 'Bosch,' Prime Video Has Officially Set a Release Date for the 'Reacher'")
        if not named and _DESCRIBED_NAME.search(f.show_title):
            continue  # ("Fox Renews Medical Drama Series", "Netflix's Most Anticipated Historical Reboot")
        if not named and _DESCRIBING_FIRST.match(f.show_title) and _described_after(f.show_title, title):
            continue  # ("Star Trek's Divisive New Series"; not a title: "Major Crimes Renewed")
        if (
            not named
            and f.show_title[:4] == "New "
            and (
                f.show_title.endswith((" Project", " Series", " Anime"))
                or re.match(
                    r"\s+(?:tv\s+)?(?:series|anime|show|project|spin-?off"
                    r"|release date|premiere date|return date)\b",
                    title[title.find(f.show_title) + len(f.show_title) :],
                    re.I,
                )
            )
        ):
            continue  # (a franchise's new work: "New Superman Series Officially Sets Summer Release Date")
        if (
            f.kind == "cancelled"
            and not f.show
            and _quoted_in(f.show_title, title)
            and len(_CANCEL.findall(title)) == 1  # (the one verb: not "'X' Cancelled As Y Is Axed")
            and any(
                f.show_title not in m.group(1)
                and not _NOT_A_SUBJECT.search(m.group(1))
                and not _speaks_of_tv(m.group(1))
                for m in _NAMED_SUBJECT_OUSTED.finditer(title)
            )
        ):
            # ("Reports It's 'Only a Matter of Time' Before Kash Patel is Canned": the one canned is named
            # before the verb; the quoted words are someone's)
            continue
        if not named and _PEOPLE_IN_NAME.search(f.show_title):
            continue  # ("Star Trek Actors Defend Canceled Starfleet Academy": who speaks, read as a name)
        if not named and re.match(r"(?i:over|amid|despite|due\s+to|because\s+of|ahead\s+of)\s", f.show_title):
            continue  # ("Another Bob Vylan Show Canceled Over Israel Remarks": why, read after the verb)
        if not named and re.fullmatch(r"(?i:of|in|from|since)\s+(?:19|20)\d\d", f.show_title):
            continue  # ("Netflix Cancels Its Best New Show Of 2023": the year the show described is of)
        if not named and re.match(r"an?\s", f.show_title):
            continue  # ("HBO Cancels a Fan Favorite": a show described, the article in lower case)
        if not named and f.show_title[:5].lower() == "from " and _credited(f.show_title, title):
            continue  # ("Cancels Sci-Fi Series From Stranger Things Creators": who made it, not its title)
        if f.show_title and _credited(f"from '{f.show_title}'", title):
            continue  # ("Hamburg drama from 'Succession' writer starts production": its maker's credit)
        if f.show_title and (
            _owned_by_its_people(f.show_title, title)
            or re.search(r"'\s*(?:creators?|stars?|showrunners?)$", f.show_title, re.I)
        ):
            continue  # (another show, its people's: "Cancels 'SNL' Star's 100%-Rated Series After 1 Season",
            # "Why the 'Stranger Things' Creators' Follow-Up Show Was Canceled By Netflix")
        if not named and re.search(r"(?:'|\u2019)s(?:\s+(?-i:[a-z][\w-]*))*$", f.show_title):
            continue  # ("SEAN HANNITY: Nancy Pelosi's reign has officially come to an end": someone's thing)
        if not named and re.fullmatch(
            r"(?i:huge|big|major|new|hit|popular|beloved|acclaimed|controversial|long-running|much-loved|cult"
            r"|small|tiny)",
            f.show_title,
        ):
            # ("Huge Channel 4 series is AXED": a show described, unnamed; "Small Team Is Still Working on
            # Avowed 2, Even Though It's Cancelled": a team described)
            continue
        titled = f if named or _title_like(f.show_title) else _retitled(f)
        if titled is None or (titled.kind == "renewed" and titled.season == 1):
            continue
        titled = _without_edition(titled, item)
        if (
            titled.kind == "cancelled"
            and not named
            and titled.season is None
            and (len(summary) >= 40 or _PLUG_PULLED.search(title))
            and not _speaks_of_tv(title)
            and not _speaks_of_tv(summary)
        ):
            continue  # ("General Motors to axe Holden": an item that speaks of no television)
        if (
            titled.kind == "ended"
            and not titled.show
            and _TO_END_QUOTED.search(title)
            and not _speaks_of_tv(title)
            and not _speaks_of_tv(summary)
        ):
            # what someone ends, quoted, in an item that speaks of no television: "Controversial US-backed GHF
            # to end 'mission' in Gaza", "Senators Who Broke Ranks With Democrats to End 'Long National
            # Nightmare'", "Harvard Quietly Ends 'Minority Recruitment Program'" (not "Peep Show to end 'for
            # sure' says Channel 4 comedy boss", "USA NETWORK ENDS 'PSYCH'")
            continue
        # a film's filming or premiere ("Action-Thriller 'Barracuda' For Director Neil Burger; Filming
        # Begins", "'The Road Between Us' Sets Fall Theatrical Release"), told of no series
        # (a network or a streamer's films too, told as one with no word of a series: "Netflix's Shark
        # Thriller Sequel 'Under Paris 2' Begins Filming"; a quoted title's own words apart: "Hostage Crisis
        # Pic 'Empire City'")
        unsaid = title.replace(titled.show_title, " ") if titled.show_title else title
        films = (
            titled.kind in _MILESTONE_KINDS
            and not titled.show
            and titled.season is None
            and _FILM_WORDS.search(f"{title} {summary}") is not None
            and (
                (not _speaks_of_tv(unsaid) and not _speaks_of_tv(summary))
                or (_A_SEQUEL.search(unsaid) is not None and not _SERIES_SAID.search(f"{unsaid} {summary}"))
            )
        )
        # ("'Stranger Things' Documentary Sets Netflix Release Date": what premieres is the documentary)
        if films or (titled.kind == "premiere_date" and _NOT_THE_SEASON_PREMIERING.search(title)):
            continue
        if titled.kind == "premiere_date" and (
            not titled.show
            and (_DATED_BUT_NO_SHOW.search(unsaid) or _NO_SHOWS_NAME.search(titled.show_title))
        ):
            # ("Conor McGregor to fight Max Holloway in UFC return on July 11", "Parliament returns Monday",
            # "The Air Jordan 12 "Taxi" Returns This November", "... no return date for residents"; the show's
            # own words apart: "Hanaori-san Still Wants to Fight in the Next Life Anime Debuts on July 11")
            continue
        if (
            titled.kind == "premiere_date"
            and not named
            and titled.season is None
            and (at := title.find(titled.show_title)) >= 0
            and (quote := _QUOTED.search(title, at + len(titled.show_title)))
            # (in the same statement, not someone's words after it: "Brooklyn Nine-Nine Returns August
            # 12; Going Out in "Blaze of Glory"", "... Gets Premiere Date as Producer Teases It Will Be
            # 'Stranger'")
            and not re.search(
                r"[;:|]|\s[\u2014\u2013-]\s|\b(?:as|while|teases?|says?)\b",
                title[at + len(titled.show_title) : quote.start()],
                re.I,
            )
        ):
            # who sets the date, named before a show quoted after: a person's return ("Alyssa Farah
            # Griffin Sets 'The View' Return Date"), a company's ("Mubi Unveils Release Date For ...
            # 'Blossoms Shanghai'")
            continue
        if (
            titled.kind == "cancelled"
            and titled.show_title in title
            and re.search(
                r"\bpilot\b(?!\s+(?:script|episode)\b)",
                _clause_of(title, title.index(titled.show_title)),
                re.I,
            )
        ):
            # a pilot not taken to series is no show stopped ("'Foster Dade' Not Moving Forward At Hulu, YA
            # Pilot Is Being Shopped"; not the renewals beside one: "'Scrubs' and 'Shifting Gears' Renewed at
            # ABC, Rachel Bloom Pilot 'Do You Want Kids?' Not Moving Forward"; nor "passes on three sitcom
            # pilots")
            continue
        # (a quoted show's news ends at a semicolon, or at "with" after its season: "'Dancing With the Stars'
        # Renewed for Season 35; Maura Higgins and Ciara Miller Set as First Celebrity Contestants", "...
        # Renewed For Season 35 With Reality Stars ... Revealed As First Contestants")
        own = title
        if f"'{titled.show_title}'" in title and (
            end := _OWN_NEWS_END.search(title, title.index(f"'{titled.show_title}'"))
        ):
            own = title[: end.start() if end.group().startswith(";") else end.end()]
        if titled.kind in DECISION_STATUSES and (
            # (the other shows quoted are titles too: "... Canceled By NBC, 'Law & Order' & 'Hunting Party'
            # Remain On The Bubble")
            _NOT_A_SHOW.search(
                _TOLD_AT.sub(
                    " ",
                    _QUOTED.sub(" ", own.replace(titled.show_title, " ") if titled.show_title else own),
                )
            )
            or _NOT_A_SHOW_SAID.search(title)
            or _QUITS_A_NETWORK.search(title)
            or _PERSON_RETURNS.search(title)
            or (
                titled.kind == "renewed"
                and not named
                and (described := _RENEWED_AS_A_WORD.search(title)) is not None
                and not _NETWORK_BEFORE.search(title, 0, described.start())
                and not _speaks_of_tv(title)
            )
            # (an event's own name: "Pitchfork Music Festival 2020 canceled", "Music City Bowl canceled"; not
            # one told with its seasons, a show's: "All's Fair Renewed for Season 2", "BBC Axes Stranded:
            # Honeymoon Island After Just One Series")
            or (
                not named
                and (_EVENT_NAME.search(titled.show_title) or _EVENT_NAME_END.search(titled.show_title))
                and not (_season_numbers(title) or _seasons_done(title))
            )
        ):
            continue
        kept.append(titled)
    return kept


# A show's people, owning something else: "Star's", "Creators'", "Showrunner's New Series".
_ITS_PEOPLE_OWN = re.compile(
    r"['\"]?\s+(?:(?:stars?|creators?|co-creators?|showrunners?|directors?|writers?|producers?|actors?"
    r"|actress(?:es)?|alums?|alumni|hosts?)(?:'s|s'|')"
    # (or one of them, named: "'Bosch' Star Titus Welliver's '80s Crime Thriller Officially Sets ...", "'Mr.
    # Sunshine' Writer Kim Eun Sook's New Drama Confirms Premiere Date"; not "Creators Confirm Eleven's")
    r"|(?:star|creator|co-creator|showrunner|director|writer|producer|actor|actress|host)"
    r"(?:\s+(?!(?-i:On|Of|In|About|For|With|And|The|To|At|Show|Series)\b)(?-i:[A-Z])[\w.'-]*){2,3}?(?:'s|s'))"
    r"(?=\s)",
    re.IGNORECASE,
)


def _owned_by_its_people(name: str, title: str) -> bool:
    """Whether the headline writes the name as its people's, owning something else ("'SNL' Star's
    100%-Rated Series"), found without a pattern made of the name (one per name would crowd out of the
    `re` module's cache the patterns the rules write inline)."""
    lower, key = _lower_in_place(title), name.lower()
    at = lower.find(key)
    while at >= 0:
        before = title[at - 1] if at else " "
        if before == "'":
            before = title[at - 2] if at > 1 else " "
        if not (before.isalnum() or before == "'") and _ITS_PEOPLE_OWN.match(title, at + len(key)):
            return True
        at = lower.find(key, at + 1)
    return False


# A season named the show's last ("Final Season", "Eighth & Final Season", "Final Season 5"; not "last
# season", which is often the one before).
_FINAL_SEASON_NAMED = re.compile(
    r"\bfinal\s+(?:season|series|chapter|volume|part)\b|\b(?:and|&)\s+(?:final|last)\s+(?:season|series)\b"
    r"|\bfarewell\s+season\b",
    re.IGNORECASE,
)


# A show's cancellation named after what follows, is blamed for it or spoken on, by its possessive or after
# "cancellation of": "for Agent Carter's Cancellation", "After The Equalizer's Cancellation", "for
# Cancellation of 'Adam Ruins Everything'", "addresses Netflix's cancellation of 'The Boroughs'" (not "the
# show's", nor its rumours or fears). A quoted title before "Cancellation" is `_CANCELLATIONS_NAMED`'s.
_CANCELLATION_TOLD = re.compile(
    r"\b(?:for|to|over|after|following|on|about|critici[sz]es|critici[sz]ed|address(?:es|ed)?)\s+"
    # (a network's: "addresses Netflix's cancellation of 'The Boroughs'")
    r"(?:(?:the\s+|(?-i:[A-Z])[\w+]*'s\s+)?cancell?ation\s+of\s+(?=['\"])(?P<quote_of>)"
    r"|(?P<named>(?-i:[A-Z0-9])[\w.&:-]*(?:\s+(?-i:[A-Z0-9])[\w.&:-]*){0,4})'s\s+"
    r"(?:(?:surprise|shock|sudden|abrupt|early)\s+)?cancell?ation\b"
    r"(?!\s+(?:rumou?rs?|reports?|fears?|talks?|threats?|odds|watch|news|scare|bubble|spree|bloodbath|train)\b))",
    re.IGNORECASE,
)
# A quoted show's own people (its star, cast, creator, showrunner) before the show's cancellation, the show
# named by a word ("Why Show Was Canceled", "After Marvel Series Canceled", "After Show's Cancellation"); not
# a new or another show of theirs ("'Dance Moms' Star Abby Lee Miller's New Lifetime Series Canceled",
# "'Friends' Star's Talk Show Canceled"), a spin-off, nor a cancellation supposed or rumoured
# (`_NOT_TOLD_OWN`). Read on the masked headline.
_OWN_SHOW_CANCELLED = re.compile(
    r"'x+'(?:'s)?\s+(?:co-?)?(?:stars?|cast|creators?|showrunners?|boss|EPs?)\b(?!'|\s+of\b)(?P<rest>.*?)"
    r"\b(?<!')(?:(?!(?:new|next|another|other|upcoming|latest|spin-?off|his|her|their)\b)[\w+]+\s+)?"
    r"(?:show|series)(?:'s)?\s+(?:was\s+|got\s+)?(?:cancell?ed|cancell?ation|axed|axing)\b",
    re.IGNORECASE,
)
# The words of a cancellation supposed, not told: "in case", "would", its rumours or fears
_SUPPOSED = r"in\s+case|if|would|could|might|rumou?r\w*|reports?|fears?|threat\w*|possible|possibility"
_NOT_TOLD_OWN = re.compile(rf"\b(?:{_SUPPOSED}|should|new|next|another|spin-?offs?)\b|\?", re.IGNORECASE)
# A quoted show's cancellation named as a fact wherever it stands, told again ("Aubrey Plaza Compares
# 'Kevin' Cancelation to NBC Saving 'Parks & Rec'", "CBS Entertainment Chief Addresses 'Watson' & 'DMV'
# Cancellations", "Netflix Series Chief On ... 'The Boroughs' Cancellation"; tests/data/LABELLING.md: told
# again is still told): not its rumour, fear or watch after it, nor, before it in its clause, a cancellation
# wished, feared, escaped or supposed (`_NOT_A_CANCELLATION_TOLD`)
_CANCELLATIONS_NAMED = re.compile(
    r"(?:^|(?<=[\s(:\u2014\u2013-]))(?P<list>(?:['\"][^'\"]{2,60}['\"],?\s*(?:,|&|and)\s*){0,3}['\"][^'\"]{2,60}['\"])"
    r"(?:'s)?\s+(?:(?:surprise|shock|shocking|sudden|abrupt|early|recent)\s+)?cancell?ations?\b"
    r"(?!\s+(?:rumou?rs?|reports?|fears?|talks?|threats?|odds|watch|scare|bubble|news|spree|bloodbath|train|list"
    r"|season|scorecard|tracker|wave|decisions?|sketch|parody|joke|statements?|comments?|remarks?|claims?)\b)",
    re.IGNORECASE,
)
_NOT_A_CANCELLATION_TOLD = re.compile(
    rf"\b(?:{_SUPPOSED}|avoid\w*|escap\w*|surviv\w*|saved?|saves|saving|dodg\w*|fac(?:e|es|ed|ing)|danger"
    r"|brink|risk\w*|potential|may|calls?\s+for|calling\s+for|called\s+for|demand\w*|urg(?:e|es|ed|ing)"
    r"|reportedly|fearing|wants?|push\w*\s+for|unless|prevent\w*|predict\w*|imagin\w*|hypothetical|fake"
    r"|joke\w*|sketch)\b|\?",
    re.IGNORECASE,
)
# A quoted word that is the speaker's, not a title: "Details 'Frustrating' Cancellation"
_QUOTED_WORD = re.compile(
    r"(?i:[a-z]+(?:ing|ed|ful|ous|ive|ible|able|less|ly)|unfair|sad|bad|wrong|dumb|stupid|brutal|weird|cruel"
    r"|insane|crazy|gutted|heartbroken|big|huge|real|fine)",
)


def _cancellations_named(original: str, lookup: Lookup) -> list[Name]:
    """The quoted shows whose cancellation the headline names as a fact (`_CANCELLATIONS_NAMED`)."""
    for named in _CANCELLATIONS_NAMED.finditer(original):
        start, _ = _segment_span(original, named.start())
        if _NOT_A_CANCELLATION_TOLD.search(original[start : named.start()]) or _asks(original, named.start()):
            continue
        shows = []
        for quoted in _QUOTED.finditer(named.group("list")):
            text = _clean_show(quoted.group(1), quoted=True)
            show = _match(text, lookup) if len(text) > 1 else None
            if show is None or (not show.slug and _QUOTED_WORD.fullmatch(text)):
                continue  # (the speaker's word: "'Frustrating' Cancellation")
            shows.append(show)
        if shows:
            return shows
    return []


# A season named the show's last, as the last reading (`_classify`'s `final_told`): a season or series only,
# not `_FINAL_SEASON_NAMED`'s chapter, volume, part or farewell season, which a manga or an arc also has
_FINAL_TOLD = re.compile(
    r"\bfinal\s+(?:season|series)\b|\b(?:and|&)\s+(?:final|last)\s+(?:season|series)\b", re.IGNORECASE
)
# Someone speaking of a final season or a finale: "CW Prez on Nikita's Final Season", "'This Is Us' Boss on
# Emmy Noms and Snubs, ... the Series Finale"
_SPOKEN_ON = re.compile(
    r"\b(?:showrunners?|prez|president|boss|chief|creators?|stars?|cast|EPs?|writers?|director)\s+on\b",
    re.IGNORECASE,
)
# A show's last episode: "Series Finale" (not a list's "Series Finales")
_SERIES_FINALE = re.compile(r"\bseries\s+finale\b(?!s)", re.IGNORECASE)
# What a series finale is not told for: a review, a recap or an explainer of it, a guess, a theory or a
# rumour, casting news, a list, a finale only planned, supposed, asked for or denied ("We're Never Going To
# Do A Series Finale", "Fans Demand a Series Finale"), or its shoot (a milestone's)
_NOT_ITS_FINALE = re.compile(
    r"\b(?:reviews?|critics?|recaps?|theor(?:y|ies)|predict\w*|rumou?r\w*|reportedly|what to expect|casts"
    r"|casting|joins?|alternate|alternative|planned|plans?|could|would|should|might|if|never|not|demand\w*"
    r"|petition\w*|campaign\w*|begs?|pleads?|explain\w*|means|alert|filming|filmed|films|shoot\w*"
    r"|production)\b|n't\b"
    r"|\bseries\s+finale\s+wraps?\b",
    re.IGNORECASE,
)
# The quoted title a series finale is of, just before it: "'Stranger Things' Series Finale", "in 'Stranger
# Things' Series Finale Surge" (after a song's title quoted first)
_FINALE_OF = re.compile(r"'([^']+)'(?:'s)?\s+(?:\w+\s+){0,2}?$")
# What a final season named is not told for: a review or a preview of it, a guess, a first look
# (tests/data/LABELLING.md's none; a trailer of it is told, as the labelled sets hold)
_NOT_ITS_END = re.compile(
    r"\b(?:preview\w*|reviews?|critics|recaps?|what to expect|stakes|predict\w*|plans?|first look"
    r"|posters?)\b",
    re.IGNORECASE,
)
# nor casting news for it (LABELLING.md's none), unless a cast joins it told with its number, the end told
# again as the labelled sets of the trade press hold ("'The Neighborhood' Casts Amber Stevens West In 8th &
# Final Season")
_CASTING_NEWS = re.compile(
    r"\b(?:joins?|cast|casts|casting|adds|ups|recurs?|series regular)\b", re.IGNORECASE
)
_CAST_FOR_NUMBERED_END = re.compile(
    r"\b(?:cast|casts|casting|joins?|adds|recurs?|series regular)\b.*\b(?:in|for|on)\s+"
    r"(?:(?:the|its|their)\s+)?(?:" + _ORDINAL + r")\s+(?:and|&)\s+final\s+(?:season|series)\b",
    re.IGNORECASE,
)
# The show whose final season is told by its possessive just before ("CW Prez on Nikita's Final Season")
_OWNER_BEFORE = re.compile(
    r"(?<![\w'])((?-i:[A-Z0-9])[\w.:&-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?(?-i:[A-Z0-9])[\w.:&-]*){0,5})['\u2019]s\s+"
    r"(?:(?:" + _ORDINAL + r")\s+(?:and|&)\s+)?$",
    re.IGNORECASE,
)
# The final season's own number: "5th & Final Season", "Final Season 5"
_FINAL_NUMBERED = re.compile(
    r"\b(" + _ORDINAL + r")\s+(?:and|&)\s+final\s+(?:season|series)\b"
    r"|\bfinal\s+(?:season|series)\s+(\d{1,2})\b",
    re.IGNORECASE,
)


# A season told of ("Season 4 is Written", "Season 2's Major Risk", "Season 4 Will Debut This Year"), not
# made ("Season 2 Is Happening", "Season 3 Is Officially a Go").
_SEASON_TOLD_OF = re.compile(
    # (one of its episodes: "'Ted Lasso' Season 3 Finale Was Series Finale, Confirms Jason Sudeikis")
    rf"\b{_SEASON_WORD}\s+{_NUMBER}(?:\s+(?:finale|episode|ending|recap|trailer)\b|'s\s"
    r"|\s+(?:is|was|will|won'?t|has|ends?|isn'?t)\b"
    # (a season made, told so: "Season 5 Has Been Confirmed", "Has Officially Been Confirmed", "Season 3 Is In
    # The Works", "Season 3 Will Happen")
    r"(?!\s+(?:officially\s+|finally\s+)?(?:been\s+|be\s+)?(?:officially\s+)?(?:happening|happen|a\s+go|coming"
    r"|renewed|confirmed|official|greenlit|ordered|back|returning|made|produced|in\s+the\s+works"
    r"|in\s+(?:production|development))\b))",
    re.IGNORECASE,
)


# An order up to a season: "Renewed Through Season 8".
_THROUGH = re.compile(r"\b(?:through|thru)\s+(?:season|series)\s+(\d{1,2})\b", re.IGNORECASE)
# A count of seasons ordered: "Two-Season Renewal", "2-Season Pickup", "for Three More Seasons".
_SEASONS_COUNTED = re.compile(
    rf"\b({_NUMBER})[- ](?:more[- ]|further[- ]|additional[- ])?seasons?\b"
    r"(?!\s+(?:ago|in|of|later|earlier|after))",
    re.IGNORECASE,
)


# An end called off, told just before its words: "Reverses Decision [To End]", "Scraps Plans [to end]".
_END_CALLED_OFF = re.compile(
    r"\b(?:revers\w*|scrap\w*|abandon\w*|drop\w*|rethink\w*|u-turns?\s+on)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:decision|plans?|intention)\s+$",
    re.IGNORECASE,
)


# (or at "as" after its season: "'A Remarkable Place To Die' Greenlit For Expanded Season 2 As New Zealand
# Prime Minister Christopher Luxon Makes A Set Visit")
_OWN_NEWS_END = re.compile(r";\s|\b(?:season|series)\s+\d{1,2}\b(?=\s+(?:with|as)\s)", re.IGNORECASE)


# A show described, not named (the entertainment sites' way): a genre with a word or two before it, a
# superlative, a length of parts, a score.
_DESCRIBED_NAME = re.compile(
    r"^(?:(?:medical|legal|crime|police|cop|spy|period|historical|sci-fi|fantasy|horror|teen|family|workplace"
    r"|animated|reality|political|psychological|detective|war|western|comedy)\s+){1,2}"
    r"(?:drama|dramedy|thriller|comedy|series|show|sitcom|procedural|mystery)$"
    r"|^(?:most|its|their)\s|^\d+-part\b|\d+%\s+(?:rt|rotten)\b"
    r"|\s(?:&|and)$"  # (a name cut inside a list: "A Third &")
    # (another show, to replace it: "The Summer I Turned Pretty Replacement", "Bones Replacement Show"; a
    # score, a count: "New 10/10 Crime Thriller", "With 1.4 Billion Minutes Viewed")
    r"|\breplacement(?:\s+(?:show|series))?$|^with\s|\d+/10\b"
    # (words left of a sentence: "Series Ever Gets Canceled", "Cancelling Westworld Gets Even Worse", "NBC
    # Made a Huge Mistake Cancelling ...", "Confirms Star Trek's Future After Cancelling ...")
    r"|^(?:ever|future|reign|even\s+worse)$|^made\s+an?\b|^highly\s+anticipated\b|^tv's\s"
    # ("Netflix's Hit Period Drama Is So Massive", "'Peaky Blinders Meets Succession'", "8-Episode Drama Show
    # Based on a Bestselling Novel", "Most Successful Series Ever", "Hulu's Answer to American Crime Story")
    r"|^(?:is|was|are)\s+(?:so|too|already|now|finally|still|officially)\b|\bbased\b|\b(?:series|show)\s+ever$"
    r"|\badaptation\s+of\b|\banswer\s+to\b|\bupgrade$|\b(?:remake|reboot|revival)\s+of\b|-esque$"
    r"|record-breaking|\b(?:obsession|miniseries|classic|franchise|masterpiece)$"
    # ("9-1-1 Franchise's 2026 Return Dates Confirmed", "Apple TV's Secret Sci-Fi Masterpiece ... Sets")
    r"|\bfranchise's(?:\s+(?:19|20)\d\d)?$"
    # (what a description runs on into: "Prime Video's New Viking Series Looks So Good, It's Renewed")
    r"|^(?:looks|feels|sounds|seems)\s+(?:so|too|like)\b"
    # (a franchise's series, a time, a show's people: "HBO Pulls the Plug on DCU Sci-Fi Series", "Canceled
    # The OA Sci-Fi Series At Its Peak", "'Stranger Things' Creators' Netflix Sci-Fi Series Cancelled")
    r"|^(?:dcu|mcu)$|^at\s+its\b|\bsmash\b"
    # (films: "Harlequin Romance Movies"; a time: "Pageants Dropped By The CW Days Before Air"; a studio:
    # "Marvel Renews A Live-Action MCU TV Show"; a hit described: "Prime Video's Hit Supernatural Series")
    r"|\bmovies$|^(?:days|weeks|months|hours)$"
    # (someone's new show: "50 Cent's New Gritty Crime Thriller", "The Duffer Brothers' New Supernatural
    # Netflix Show", "The MCU's Grittiest Hero"; praise: "Near-Perfect Detective Thriller"; not a title's
    # own word: "Perfect Addiction Season 2 Debuts on July 8")
    r"|(?:'s|s')\s+new\b|^the\s+(?:mcu|dcu)'s\b|^grittiest\b"
    r"|^(?:near-)?perfect\s+(?:[\w-]+\s+){0,2}(?:drama|dramedy|thriller|comedy|series|show|sitcom|procedural"
    r"|mystery|western|anime)$"
    r"|^(?:a|one|two|three|\d{1,2})\s+(?:weeks?|months?|hours?)$"
    r"|^(?:marvel|dc|lucasfilm|pixar)(?:\s+(?:studios|television|tv|animation))?$"
    r"|^(?:hit|smash)\s+(?:supernatural|sci-fi|fantasy|crime|comedy|drama|horror|thriller|reality"
    r"|animated|period|medical|legal|spy|western|superhero|action)\b"
    # (the entertainment sites' praise and kinds: "PBS' Brilliant British Detective Thriller Sets Season 2
    # Release Date", "Netflix's Superhero Show Officially Sets Hulu Release Date")
    r"|^(?:superhero|action|brilliant|gripping|addictive|chilling|acclaimed|underrated|beloved)\s+"
    r"(?:[\w-]+\s+){0,3}(?:drama|dramedy|thriller|comedy|series|show|sitcom|procedural|mystery|western)$"
    # (a word, a time: "Law & Order Spinoff Sets Official Season 2 US Release Date", "Star Wars' Shelved
    # Animated Series", "Crime Thriller Officially Premieres Next Month", "4 Years After Cancellation")
    r"|^(?:official|shelved|scrapped|unfilmable|next\s+(?:month|week|year)|this\s+(?:month|week|year))$"
    r"|^\d{1,2}\s+years?$",
    re.IGNORECASE,
)


def _confirms_of_a_season(title: str, m: re.Match[str], original: str = "") -> bool:
    """Whether a "confirms" or "confirmed" tells what is told of a season already made, or what a season
    holds or confirms, not the season itself: no renewal, whatever the season named. `title` is the
    headline with its quoted words masked, `original` the headline as written (of the same length)."""
    if not re.match(r"confirm", m.group(), re.I):
        return False
    rest = title[m.start() :]
    return bool(
        # "Seth MacFarlane Confirms The Orville Season 4 is Written", "EP Confirms Season 2's Major Risk",
        # "'Reacher' Season 4 Will Debut This Year, Alan Ritchson Confirms"
        _SEASON_TOLD_OF.search(_confirmed(title, m))
        or re.match(rf"confirms?\s+[^,:;|]*?\b{_SEASON_WORD}\s+{_NUMBER}'s\b", rest, re.I)
        # "Season 2 Quietly Confirmed a 'Game of Thrones' Lannister Connection" (not "Disney has confirmed
        # the production of 'Moving' Season 2")
        or re.match(
            r"confirmed\s+(?:a|an|the|his|her|their|its)\s+(?!(?:production|renewal|return|new|next|another"
            r"|season|series|[\w-]+\s+(?:season|series))\b)",
            rest,
            re.I,
        )
        # "Atom Eve's Power Level Confirmed By Invincible Season 4", "Brotherhood Of Mutants First Line-Up
        # Confirmed In X-Men '97 Season 3"
        or re.match(rf"confirmed\s+(?:by|in)\s+[^,:;|]*?\b{_SEASON_WORD}\s+{_NUMBER}\b", rest, re.I)
        # "Landman Season 2 Officially Confirmed Billy Bob Thornton Will Be Replaced", "House of the Dragon
        # Season 3 Just Directly Confirmed George RR Martin's HBO Beef" (not "Confirmed Before Spinoff's")
        or re.match(
            r"(?i:confirmed)\s+(?:that\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s+(?i:will|is|won't|has|isn't)\b",
            rest,
        )
        or re.match(
            r"(?i:confirmed)\s+(?!(?:Before|After|Ahead|As|Amid|Following|Despite|In|On|At|For|By|With)\b)"
            r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}'s\s",
            rest,
        )
        # "Creator Confirms Season 2 'Horrible' Themes Are the 'Heart of Our Story'": what the season holds
        or re.match(
            rf"confirms?\s+(?:that\s+)?(?:[\w'&.-]+\s+){{0,5}}?{_SEASON_WORD}\s+{_NUMBER}\s+"
            r"(?:'[^']*'\s+|[\w-]+\s+){0,2}?"
            r"(?:themes?|plots?|story|storylines?|villains?|titles?|details?|timeline|setting|twists?|ending"
            r"|characters?|episode\s+count|runtime|tone|locations?|scenes?|cameos?|arcs?|roles?)\b",
            rest,
            re.I,
        )
        # "Karl Urban and Jack Quaid Officially Confirm "No One Is Safe" in Season 5", "Titus Welliver
        # Officially Confirms "Discussions" About 'Bosch: Legacy' Season 4": someone's words
        or re.match(r'confirm(?:s|ed)?\s+"[^"]{3,}"\s+(?:in|about|of|on|over)\s', original[m.start() :], re.I)
        # "Confirms What's Delaying Season 2", "Team Officially Confirms New Paramount+ Series"
        or re.match(r"confirms?\s+(?:what|why|how|when|where|who|whether)\b", rest, re.I)
        or re.match(r"confirms?\s+(?:a\s+)?new\s+(?:[\w+'-]+\s+){0,2}(?:series|show)\b", rest, re.I)
    )


# A plug pulled: television's idiom, and everyone else's ("Ford pulls the plug on the F-150 Lightning").
_PLUG_PULLED = re.compile(r"\bpull(?:s|ed|ing)?\s+the\s+plug\b", re.IGNORECASE)


# "Renewed" that describes what follows it, no show's renewal: "Denmark Reports Renewed Drone Sightings",
# "Global Energy Shortages Drive Renewed Reliance on Coal" (not "CBS has renewed Fire Country").
_RENEWED_AS_A_WORD = re.compile(
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bofficially )(?<!\bfinally )(?<!\bjust )(?<!\bbeen )"
    r"(?<!\balso )(?<!\balready )(?<!\bquietly )(?<!\breportedly )(?<!\bhas now )"
    r"\brenewed\s+(?!(?:for|at|by|through|thru|season|series|to|with|news|on|but|and|as|after|ahead|again"
    r"|early|despite|following|in|until|till|amid|before|so|once|yet|today|officially|another|more|both|a|an"
    r"|its|their|one|two|three|four|five|thanks|due|because|over|up|just|quickly|already|immediately|without"
    r"|seasons|renewed|or|not)\b)[A-Za-z]",
    re.IGNORECASE,
)


# A name of its own (two or three capitalised words) just before a passive verb of ousting: "Before Kash Patel
# is Canned", "Kristi Noem Getting Axed" (read at every word, so that "Before Kash Patel" gives "Kash Patel";
# not the words of a clause in title case: "As Show Is Cancelled", "Netflix Series Is Cancelled").
_NAMED_SUBJECT_OUSTED = re.compile(
    r"(?<![\w'])(?=((?:[A-Z][\w.\u00c0-\u017f-]+\s+){1,2}[A-Z][\w.\u00c0-\u017f-]+)\s+"
    r"(?i:is|was|getting|gets|got|being|has\s+been|to\s+be|will\s+be)\s+"
    r"(?i:canned|axed|fired|sacked|cancell?ed|dropped|scrapped|ousted)\b)"
)
_NOT_A_SUBJECT = re.compile(
    r"\b(?:As|And|Says|Say|Show|Series|It|This|That|The|After|Before|Why|How|When|If|Now|Officially|Reportedly"
    r"|Just|Has|Have|Season|Reveals|Confirms)\b"
)


# A person of a quoted show named just before the verb: "'The Voice' Coach Kelly Clarkson", "'Jeopardy!' Host
# Ken Jennings", "'Dancing With The Stars' Pro".
_ROLE_BEFORE = re.compile(
    r"'\s+(?i:star|actor|actress|host|co-host|alum|vet|veteran|regular|coach|judge|pro|presenter|anchor|contestant"
    r"|mentor|dancer)\s+(?:(?-i:[A-Z])[\w'.-]+\s+){0,3}$"
)


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)'\"!?.])[.!?]\s+(?=[A-Z'\"])")


# An unnamed show: "Another Show", "Comedy Series", "Its Best New Show Of 2023".
_UNNAMED = re.compile(
    r"\b(?:shows?|series|drama|comedy|sitcom|anime|k-?drama|thriller|original|reboot|revival|spin-?off|soapie|soap"
    r"|procedural"
    r"|docuseries|dramedy|telenovela)\b",
    re.IGNORECASE,
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
        (_ENDS_A_SHOW, "ended"),
        (_RENEW, "renewed"),
    )
    for pattern, kind in said:
        m = pattern.search(text)
        if m and not _asks(text, m.start()):
            stated.add(kind)
    if (end := _THE_END_CONFIRMED.search(text)) and not _asks(text, end.start()):
        # ("Another blow for Netflix as the end is confirmed for a beloved comedy": its end, not a renewal
        # read from "is confirmed for")
        stated.discard("renewed")
        stated.add("ended")
    back = _RETURNS_IN_A_SPAN.search(text)
    if back and not _asks(text, back.start()) and not _EPISODE_NEWS.search(text):
        # ("Prime Video's Biggest Fantasy Series Officially Returns in 6 Months": its premiere, the day in the
        # article)
        stated.add("premiere_date")
    return stated


# A milestone episode a season's premiere comes before (`_classify`: no episode's news)
_MILESTONE_AHEAD = re.compile(
    r"\b(?:ahead\s+of|before)\s+(?:its\s+|the\s+)?(?:landmark\s+|milestone\s+|historic\s+)?"
    r"\d{1,3}(?:,\d{3})?(?:st|nd|rd|th)\s+episode\b",
    re.IGNORECASE,
)
_THE_END_CONFIRMED = re.compile(
    r"\bthe\s+end\s+(?:is\s+|has\s+been\s+)?(?:confirmed|announced)\b", re.IGNORECASE
)
_RETURNS_IN_A_SPAN = re.compile(_RETURNS_WITHIN, re.IGNORECASE)
# The verb of a return in a span of time (`_RETURNS_WITHIN`)
_BACK_VERB = re.compile(rf"{_BACK}\b", re.IGNORECASE)
# A word of a show, its season or its episodes (not a network's name, which a shop or an event shares)
_A_SHOWS_WORD = re.compile(
    r"\b(?:seasons?|series|shows?|drama|sitcom|comedy|anime|episodes?|revival|reboot|spin-?off|k-?drama|soap"
    r"|telenovela|docuseries|miniseries)\b",
    re.IGNORECASE,
)


# A network ending the show it describes: "Netflix Officially Ends Beloved Video Game Series", "Netflix
# Ending Fan-Favorite Show Later This Year"
_ENDS_A_SHOW = re.compile(
    rf"\b(?:(?:officially\s+|finally\s+)?ends|(?:{_NETWORK})\s+(?:is\s+)?ending)"
    r"\s+(?:[\w'-]+\s+){0,4}(?:series|show|drama|comedy|anime|sitcom)\b",
    re.IGNORECASE,
)


_TENS = {"twenty": 20, "thirty": 30, "forty": 40}
_UNITS = {word: n for word, n in (*CARDINALS.items(), *ORDINALS.items()) if n < 10}
# (with its hyphen only: "Twenty One Pilots" is a band's name)
_COMPOUND = re.compile(rf"\b({'|'.join(_TENS)})-({'|'.join(_UNITS)})\b", re.IGNORECASE)


def _in_figures(m: re.Match[str]) -> str:
    """ "twenty-second" as "22nd", "twenty-two" as "22"."""
    unit = m.group(2).lower()
    n = _TENS[m.group(1).lower()] + _UNITS[unit]
    if unit not in ORDINALS:
        return str(n)
    return f"{n}{'st' if n % 10 == 1 else 'nd' if n % 10 == 2 else 'rd' if n % 10 == 3 else 'th'}"


# A return after years away ("to return after 15-year hiatus"): a revival, even of a show unquoted.
_AFTER_A_BREAK = re.compile(r"\breturn.*\b(?:hiatus|break|absence|gap)$")
# "'Degrassi' Picked Up by Netflix After TeenNick Cancellation", "AMC Networks Picks Up 'Snowpiercer' After
# TNT Dropped The Series": a pickup after another's cancellation rescues the show
_AFTER_CANCELLATION = re.compile(
    r"\b(?:after|following)\b[^,:;|!?]{0,40}?\b(?:cancell?ation|cancell?ed|axed|axing|dropped|scrapped)\b",
    re.IGNORECASE,
)


# What a show is brought back for when it is no season: one release, a film, a special, an event.
_ONE_OFF = re.compile(
    r"^[^,:;|]{0,60}?\bfor\s+(?:(?:one|a|an|its|their)\s+)?(?:[\w'-]+\s+){0,3}"
    r"(?:release|film|movie|special|event|reunion|concert|screening|episode|game)s?\b",
    re.IGNORECASE,
)


def _revived(verb: re.Match[str], title: str) -> bool:
    """Whether a renewal's words, without a season, revive a show that had ended: "NBC Saves
    'Brooklyn Nine-Nine'", "Drake Revives 'Top Boy'", "'Futurama' Revival Ordered at Hulu" (an order of
    a revival is no new show's first order), "'Reading Rainbow' to return after 15-year hiatus". Not
    what someone saved or rescued in lower case ("rescued fifty nuclear scientists", "saved the day")."""
    word = verb.group().lower()
    if re.match(r"(?:to\s+)?(?:reviv|resurrect|sav|rescu)", word):
        rest = title[verb.end() :]
        if _ONE_OFF.search(rest):
            return False  # "Crunchyroll Officially Resurrects Attack on Titan For One Last Epic Release"
        if re.match(r"(?:to\s+)?(?:sav|rescu)", word) and re.match(r"\s+by\b", rest, re.I):
            # "saved by NBC", not "'Angel' baby saved by Florida cops" (a revival is a show's: "'MasterChef
            # Asia' Revived by Banijay Rights and Warner Bros. Discovery After 10-Year Hiatus")
            return re.match(rf"\s+by\s+(?:{_NETWORK})\b", rest, re.I) is not None
        if re.match(r"(?:sav|rescu)", word) and re.match(
            r"\s+(?!from\b)[^,:;|]{1,60}?\bfrom\s+(?!(?:the\s+)?(?:cancell?ation|axe|axing|being)\b)",
            rest,
            re.I,
        ):
            return False  # "'Little House on the Prairie' saved 'Nasty Nellie' Alison Arngrim from ..."
        return not re.match(
            r"\s+(?!(?:by|for|from|after|as|at|on|in|again|with|and|but)\b)(?-i:[a-z0-9])",
            rest,
        )
    if _AFTER_A_BREAK.search(word):
        return True
    if re.match(r"picks? up|picked up", word) and _AFTER_CANCELLATION.search(title, verb.end()):
        return True
    return bool(
        re.search(r"^(?:re)?orders?|^ordered|^picks? up|^picked up|greenl|green[- ]?l", word)
        and re.search(r"['\"]\s+revival\b|\brevival\s+of\s+['\"]", title, re.I)
    )


# Words that make the name after them someone in the show ("thriller series starring James Nesbitt"), and
# those after a quoted title that make it another show's ("'Game of Thrones' Spinoff"). (Read at a place
# rather than with the name written into the pattern: a pattern per headline would push the ones every
# headline uses out of the `re` module's cache.)
_STARRING = re.compile(
    r"\b(?:starring|featuring|hosted by|fronted by|(?:series|show|drama|comedy|sitcom) with)\s+",
    re.IGNORECASE,
)
_SPUN_OFF = re.compile(
    # (a country's own version: "'The Office' Australia reboot")
    r"\s+(?:(?:animated|live-action|new|anime)\s+)?"
    # (not a word joining two shows: "Renews 'Big Mouth' And Spin-Off 'Human Resources'")
    r"(?P<place>(?!(?i:and|or|its|their|the|a|an|first|new|latest|another)\b)(?-i:[A-Z][A-Za-z.]+)\s+"
    r"(?=(?i:spin-?offs?|prequels?|sequels?|reboots?|remakes?)\b))?"
    r"(?:spin-?offs?|prequels?|sequels?|reboots?|remakes?"
    # (the entertainment sites' other shows named after one: "'Reacher' Replacement", "'White Lotus' Rival",
    # "'Gossip Girl' Meets 'Pride and Prejudice' Series"; a show's whole world: "'The Walking Dead' Universe
    # Is Finally Saved")
    r"|replacements?|rivals?|meets|universe)\b(?!\s*:)",
    re.IGNORECASE,
)


# "Remembering Each Canceled Syfy Show", "tax write-offs from canceled content": the words a decision's word
# describes, after it (not "cancelled after five series", "Cancelled Comedy Series 'Kaos'")
_DESCRIBED = re.compile(
    r"\s+(?:(?!(?:after|for|by|at|on|in|following|with|from|as|despite|amid|before|the|its|a|an|his|her"
    r"|their|this|that|one|two|three|four|five|six|\d+)\b)(?-i:[A-Z])[\w+&.-]*\s+){0,2}"
    r"(?:(?:comedy|drama|reality|animated|sci-fi|fantasy|crime|horror|tv|web)\s+)?"
    r"(?:shows?|series|dramas?|comed(?:y|ies)|content|programmes?|sitcoms?|anime|soaps|soap operas"
    r"|telenovelas)\b"
    r"(?!\s*['\"]|\s+(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)
_NETWORK_BEFORE = re.compile(rf"\b(?:{_NETWORK})\s+$", re.IGNORECASE)  # ("BBC axed soap": a network's act)
_NETWORK_NAMED = re.compile(rf"\b(?:{_NETWORK})(?!\w)", re.IGNORECASE)  # a network anywhere in the text


def _ends_a_thing(original: str, verb: re.Match[str]) -> bool:
    """Whether "to end", "will end" or "is ending" takes a thing in capitals that is not the show's own
    run, nor a show a network ends: "Trump EPA Renews Commitment To End Some Animal Testing", "Supremes
    Have Chance To End Climate Lawfare" (not "Netflix is ending Stranger Things in Season 5", "'Hacks'
    to End Netflix Run", "'Veep' Is Ending And Fans Can't Handle It", "Running Man to End Broadcast")."""
    if not re.fullmatch(r"(?:to|will)\s+end|(?:is|are)\s+ending", verb.group(), re.I):
        return False
    thing = re.match(r"\s+((?-i:[A-Z])[\w'-]*)", original[verb.end() :])
    if thing is None or re.fullmatch(_OWN_END, thing.group(1), re.I) or _speaks_of_tv(original):
        return False  # ("Shonda Rhimes to End Scandal After Season 7": a show's maker ends it)
    return not re.search(rf"\b(?:{_NETWORK})\s*$", original[: verb.start()], re.I)


# What may follow an ending in capitals and still be the show's own end: a season, a time, its run, a
# network, a word that joins ("And Fans Are Not Okay"), a person's ("Her TV Talk Show").
_OWN_END = (
    r"with|after|in|its|their|his|her|this|next|at|on|as|following|seasons?|series|soon|early|abruptly|for"
    r"|when|before|later|production|run|the|a|an|once|officially|it|there|here|now|then|broadcast(?:ing)?"
    r"|airing|permanently|forever|prematurely|eventually|sooner|earlier|too|also|very|and|but|so|amid"
    r"|despite|due|because|today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    # (its own run in other words: "to End Final Season", "to End Talk Show", "to End Two-Season Run")
    r"|final|last|long(?:-running)?|record|talk|shows?|sitcom|drama|soap|comedy|franchise|saga|story"
    r"|storyline|journey|tenure|time|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    + _ORDINAL
    + "|"
    + _MONTH_NAMES
    + "|"
    + _NETWORK
)


def _ends_something_else(original: str, verb: re.Match[str], show: Name) -> bool:
    """Whether the name read is a lead before a colon, and what ends is another thing the words after
    the colon name: "SEAN HANNITY: Nancy Pelosi's reign has officially come to an end", "Simone Lia:
    All Good Things Come to an End - cartoon". Not a show described there ("Holby City: BBC medical
    drama to end in 2022", "Succession: next season of HBO hit will be the last")."""
    before = original[: verb.start()]
    colon = before.rfind(": ")
    if colon < 0:
        return False
    head, subject = before[:colon], before[colon + 2 :].strip(" '\"\u2018\u2019\u201c\u201d")
    key = f" {search_key(show.title)} "
    if not subject or key not in f" {search_key(head)} " or key in f" {search_key(subject)} ":
        return False
    # (what ends may follow the verb: "'Pen15': Maya Erskine and Anna Konkle Explain Their Decision to End
    # the Series")
    told = subject + " " + re.split(r"[,;:|!?]", original[verb.start() :])[0]
    return not _speaks_of_tv(told) and _SHOW_MEANT.search(told) is None


# Besides a word of television (`_speaks_of_tv`), words that make a subject the show: "it", "next season of
# HBO hit", "the franchise", "daytime television talkshow".
_SHOW_MEANT = re.compile(
    r"\b(?:it|its|they|talkshow|programme|program|hit|franchise|saga|thriller|fans)\b", re.IGNORECASE
)


# A spin-off, prequel or sequel called off with no name of its own ("by canceling spin-off"; not "cancels
# spin-off 'The Madison'").
_UNNAMED_SPINOFF = re.compile(
    r"\s+(?:(?:a|an|the|his|her|its|their|planned|new)\s+)*(?:spin-?offs?|prequels?|sequels?)\b"
    r"(?!\s+(?:series\s+)?['\"\u2018\u201c]|\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _cancels_something(original: str, verb: re.Match[str], show: Name) -> bool:
    """Whether the name read is the one who calls something off, written just before an active verb:
    "Madonna cancels Lisbon show", "Celine Dion cancels all remaining shows", "A Museum Canceled a Show
    About Police Brutality", "Jerry Seinfeld axes Comedians In Cars Getting Coffee". A show is the one
    called off ("'Hacks' Cancelled After Four Seasons"), not the one calling off."""
    active = re.fullmatch(
        # ("Queens Of The Stone Age cancel Berlin show", "ESG Cancel Show At Oakland's Crybaby")
        r"cancels|axes|scraps|ditches|cans|drops|pulls|cancel|axe|scrap|ditch|cancell?ing",
        verb.group(),
        re.I,
    ) or (
        re.fullmatch(r"cancell?ed|axed|scrapped|ditched", verb.group(), re.I)
        and re.match(
            r"\s+(?:a|an|the|his|her|their|its|all|two|three|four|\d+)\s", original[verb.end() :], re.I
        )
    )
    if (
        active
        and _UNNAMED_SPINOFF.match(original, verb.end())
        and search_key(show.title) not in search_key(original[verb.end() :])
    ):
        # "Yellowstone creator Taylor Sheridan shocks fans by canceling spin-off": what is called off is
        # another show, unnamed
        return True
    gig = _GIG.match(original, verb.end()) if active else None
    if (
        gig is not None
        and search_key(show.title) not in search_key(gig.group())
        # (not a network's: "Peacock Cancels Show After One Season: No Season 2 for 'In the Know'", "BBC to
        # axe hit show after fifth series")
        and not _NETWORK_NAMED.search(original, _clause_span(original, verb.start())[0], verb.start())
    ):
        # "Harry Styles Cancels Brazil Show Over 'Health Issue'": a show of a place or an unnamed one called
        # off, a gig; the name read elsewhere is not what is called off
        return True
    before = original[: verb.start()].rstrip(" '\"\u2018\u2019\u201c\u201d").lower()
    # ("Rod Stewart Abruptly Cancels Show": who calls off, an adverb between)
    before = re.sub(r"\s+\w+ly$", "", before)
    return bool(active) and before.endswith(show.title.lower())


def _beyond_a_preposition(original: str, verb: re.Match[str], show: Name) -> bool:
    """Whether an unquoted name the catalogue lacks stands after the verb's object, as its preposition's:
    "Trump cancels second wave of attacks on Venezuela" (not "cancels season 2 of Kaos")."""
    at = original.find(show.title, verb.end())
    if show.slug or at < 0 or _quoted_in(show.title, original):
        return False
    between = original[verb.end() : at]
    return bool(
        re.fullmatch(r"\s+(?:[a-z][\w'-]*\s+){1,5}?(?:of|on|in|at|to|from|against|over|for)\s+", between)
        and not re.search(r"\b(?:seasons?|series|parts?|episodes?|chapters?)\b", between)
    )


# What is called off, right after the verb: a show of a place, or a show unnamed, and what follows it no title
# ("Cancels Brazil Show Over ...", "Cancels Show To Undergo ...", "cancel Berlin show at the last minute")
_GIG = re.compile(
    r"\s+(?:(?:his|her|their|its|the|a|an|another|this|tonight'?s)\s+)?(?:[\w'.-]+\s+){0,2}?shows?\b"
    r"(?=\s*$|\s*[,:;|\u2013\u2014-]|\s+(?:over|after|due|to|at|in|amid|following|because|for|on|as|hours|days"
    r"|weeks|minutes|last|mid|midway)\b)",
    re.IGNORECASE,
)


def _of_another(text: str, final: re.Match[str], show: Name) -> bool:
    """Whether a final season is told of another quoted show ("... and Fifth and Final Season of 'Star
    Trek: Lower Decks'")."""
    other = re.match(
        r"(?:\s+(?:season|series))?\s+of\s+(?:the\s+)?['\"\u2018\u201c](.+?)['\"\u2019\u201d]",
        text[final.end() :],
        re.I,
    )
    return other is not None and search_key(other.group(1)) != search_key(show.title)


# The words of a guess, in someone's words quoted
_GUESSED = re.compile(
    r"\b(?:seems?|appears?|could|might|may|would|likely|probably|possibly|perhaps|hopefully|apparently)\b"
)
_QUOTE_CLOSED_BY_POSSESSIVE = re.compile(
    r"(?:^|(?<=\s))'(?P<title>[A-Z0-9][^'\"]{0,60}?)'s(?=\s+(?i:cancell?ation|renewal|axing)\b)(?![^']*')"
)


# A title quoted after a teaser's, a promo's or a song's colon at the headline's end: the video's or the
# song's, not the show's ("Orphan Black Season 3 Premiere Date and Teaser: 'This Is War'")
_VIDEO_TITLE = re.compile(
    r"\b((?i:teaser|trailer|promo|clip|video|song|theme))\s*:\s*['\"][^'\"]{2,60}['\"]\s*$"
)


# Quoted shows among a network's renewals or cancellations (not its likely or possible ones): "'ET', 'Inside
# Edition' Among Renewals", "'Heartland,' ... and 'Wild Cards' Among Five Renewals", "'NCIS,' 'FBI' Franchises
# Among 15 Scripted Renewals" (the shows named by what they are first)
_AMONG_DECIDED = re.compile(
    r"(?<=['\"])(\s+)(?:(?:franchises?|shows|series|dramas?|comedies|sitcoms|spinoffs)\s+)?among\s+"
    r"(?:(?!(?:likely|possible|potential|expected|rumou?red|predicted|probable|looming|upcoming|pending|future"
    r"|next)\b)[\w'-]+\s+){0,2}?(?:(?:scripted|series|early|new)\s+)?(renewals|cancell?ations)\b",
    re.IGNORECASE,
)


def _prepared(headline: str, lookup: Lookup) -> tuple[str, str]:
    """The headline as the rules read it (`original`), and the same with quoted titles and the
    catalogue's names masked, which is where keywords are looked for."""
    # ("Principal Photography Has Begun On 'Severance' Season 2": the trade's words for filming;
    # "Twenty-Second Season", "Season Twenty-Two": in figures, as the patterns read numbers past twenty)
    original = _COMPOUND.sub(
        _in_figures, re.sub(r"\b(?i:principal photography)\b", "filming", normalise(headline))
    )
    # "Upstart Crow 'axed' by BBC": a decision's word in quotes is the word, not a title; "Seventh
    # (Final) Season" is the seventh and final
    original = re.sub(
        r"(?<![\w'])'((?i:axed|cancell?ed|renewed|scrapped|shelved|dropped|canned|ended|ending|confirmed))'(?![\w'])",
        r"\1",
        original,
    )
    original = re.sub(r"\s+\(((?i:final|last))\)\s+(?=(?i:season|series)\b)", r" and \1 ", original)
    # ("'Lucifer' Renewed for Final, 10-Episode Season", "FX Sets Final Six-Episode Season of 'Snowfall'": the
    # episodes counted between "final" and its season, read as "Final Season")
    original = re.sub(
        r"\b((?i:final|last)),?\s+(?:\d{1,2}|[A-Za-z]+)[-\s](?i:episodes?)\s+(?=(?i:(?:"
        + _ORDINAL
        + r")\s+)?(?i:season|series)\b)",
        r"\1 ",
        original,
    )
    # ("TV Land Picks-Up Season 2 of Happily Divorced": the verb hyphenated as the noun is)
    original = re.sub(
        r"\b((?i:pick(?:s|ed)))-((?i:up))\b(?=\s+(?:(?i:season|series)\b|['\"]|[A-Z0-9]))",
        r"\1 \2",
        original,
    )
    # ("That's a Wrap! Bridgerton Season 4 Finishes Filming": the lead-in, as "That's a wrap:" is read)
    original = re.sub(r"^((?i:(?:and\s+)?(?:that'?s|it'?s)\s+a\s+wrap))\s*!+\s+(?=\S)", r"\1: ", original)
    # ("Renewed! GALAVANT Marches To Second Season", "Cancelled! Survivor. Yes, it's over.": the decision as a
    # tag, as "Renewed: Rake" is read)
    original = re.sub(r"^((?i:renewed|cancell?ed|axed))\s*!+\s+(?=\S)", r"\1: ", original)
    # ("BREAKING NEWS The Project axed after 16 years": a tag, not the title's first words)
    original = re.sub(r"^(?:BREAKING NEWS|BREAKING|JUST IN)\b\s*[:!|\u2013\u2014-]?\s*(?=\S)", "", original)
    # ("... Premiere Date and Teaser: 'This Is War'": the video's title, not the show's; `_VIDEO_TITLE`)
    original = _VIDEO_TITLE.sub(r"\1", original)
    # ("'ET', 'Inside Edition' Among Renewals", "'Heartland,' ... and 'Wild Cards' Among Five Renewals": the
    # shows quoted are the ones renewed, as "Among 10 Shows Renewed" reads)
    original = _AMONG_DECIDED.sub(
        lambda m: m.group(1) + ("renewed" if m.group(2).lower().startswith("renew") else "cancelled"),
        original,
    )
    # "'Tell Me Lies' to End With Season 3 on Hulu — Creator Explains Why": the news is told before the
    # dash; someone explaining it after is no explainer in place of the news
    original = re.sub(
        r"\s+[\u2014\u2013-]\s+(?:[\w'-]+\s+){1,3}(?i:explains?|explained)(?:\s+(?i:why|how))?\s*$",
        "",
        original,
    )
    # ("Food Network Stars React To 'The Kitchen's Cancellation": a quoted title's closing quote is its
    # possessive's apostrophe before a decision's noun, when no quote follows; read as "'The Kitchen'
    # Cancellation"; not "'Schitt's Creek' Ends", nor "'Adolescence's Stephen Graham Confirms ...")
    original = _QUOTE_CLOSED_BY_POSSESSIVE.sub(r"'\g<title>'", original)
    # Keywords are read with the show's quoted title masked: "The Last of Us" says nothing of a last
    # season, "Cancel Culture" nothing of a cancellation, "How to Get Away with Murder" is no how-to.
    # A quote in lower case that hedges is someone's words, no title: "'The Last Of Us' season three
    # "certainly seems" to be the last, says HBO boss" is a guess
    title = _mask_names(
        _QUOTED.sub(
            lambda m: (
                m.group()
                if not re.search(r"[A-Z]", m.group(1)) and _GUESSED.search(m.group(1))
                else "'" + "x" * len(m.group(1)) + "'"
            ),
            original,
        ),
        lookup,
    )
    # "'Blindspotting' and 'Heels' Among 4 Shows Canceled by Starz": the shows named are the news, the
    # count around them is not a round-up (blanked, so that places in the headline stay where they are)
    title = re.sub(
        r"(?<=')\s+among\s+(?:\w+\s+){0,2}(?:shows|series)\b",
        lambda m: " " * len(m.group()),
        title,
        flags=re.I,
    )
    return original, title


def _refused(original: str, title: str) -> bool:
    """Whether the headline is one the rules never read a finding from: it states nothing (asks,
    reviews, explains), it is a film's news, it doubts itself, or it is someone's unconfirmed word."""
    return bool(
        not _states_something(title)
        # ("'Timeless' Cancelled At NBC, But Fans Might Get A Movie": the news comes before it)
        # ("Malang 2: Mohit Suri working on sequel to ... film": a film's sequel)
        # ("'Community' canceled at NBC after five seasons and no movie": no film's news; "To End In 2018
        # With 2-Hour Series Finale Movie": the series' last episode; "... Ends With Season 3; Movie In The
        # Works": another statement)
        # ("'Sooryavanshi' revives Indian box-office": a film's takings; no series has a box office; but
        # "'Stranger Things' Two-Hour Series Finale Will Play in Movie Theaters": a series' episode shown)
        or re.search(
            r"\b(?<!no )(?<!finale )movie\b(?!\s+theat(?:er|re)s?\b)|\b(?:new|upcoming)\s+film\b"
            r"|\bsequel to\b|\bbox[- ]office\b",
            re.split(r", |; |\s\|\s", original)[0],
            re.I,
        )
        # "'Super Sentai' Coming To An End (Or Is It?)": the headline doubts itself
        or re.search(
            r"\(\s*or\s+(?:is|are|was|were|will|does|did|not|maybe|has)\b[^)]*\?\s*\)",
            original,
            re.I,
        )
        # "Guy Ritchie's The Gentlemen set for second series - report": someone else's unconfirmed word
        or re.search(
            r"(?:[-\u2013\u2014:]|\()\s*(?:reports?|sources?|per reports?|rumou?r)\)?\s*$", original, re.I
        )
        # "Source: The Real Housewives of D.C. Has Been Canceled", "Rumor: ... Begins Filming": said first
        or re.match(r"\W*(?:sources?|rumou?rs?|unconfirmed)\s*:", original, re.I)
        # "How The Legend Of Vox Machina Season 5 Will End Prime Video's Fantasy Masterpiece Explained": how a
        # story ends
        or (re.match(r"how\s", original, re.I) and re.search(r"\bwill\s+end\b", original, re.I))
        # "Every Confirmed Daredevil: Born Again Season 2 Cast Member", "Every TV Show The CW Canceled This
        # Season": a list (not a quoted title: "'Every Witch Way' Renewed")
        or re.match(r"every\s", original, re.I)
    )


# An unquoted title in capitals, its small words inside it ("For All Mankind", "The Mandalorian on
# Disney+"), up to a network's preposition, a clause's end or the headline's.
_NAMED_AFTER = re.compile(
    r"\s+((?-i:[A-Z0-9])[\w'&:.!-]*(?:\s+(?:(?-i:[A-Z0-9])[\w'&:.!-]*|of|the|and|&|a|an|in|to|for)){0,6}?)"
    r"(?=\s+(?i:on|at|by|after|as|in|with|despite|amid|ahead|before|following|for)\b"
    r"|" + _NOT_AFTER_AN_ADDRESS + r"\s*[,;:|!?.\u2014\u2013-]|\s*$)"
)
# A title in capitals that owns a season named after it: "The Bear's Fifth and Final Season".
_OWNER_SEASON = re.compile(
    r"\s+((?-i:[A-Z0-9])[\w&:.!-]*(?:\s+(?-i:[A-Z0-9])[\w&:.!-]*){0,5}?)(?:'s|(?<=s)')\s+"
    rf"(?:(?:{_ORDINAL})(?:\s+(?:and|&)\s+(?:final|last))?|final|last)\s+{_SEASON_WORD}\b",
    re.IGNORECASE,
)
# The title a shoot's verb takes right after it ("Begins Filming Doctor Who"), ending the headline or its
# clause: not a season, a time, a place or a part of the show (`_NAMED_AFTER`'s words after it)
_SHOT_AFTER = re.compile(
    r"(?=\s+(?!(?i:season|series|part|volume|chapter|final|last|first|new|its|their|his|her|the|next|this|today"
    r"|tomorrow|tonight|again|soon|later|early|late|with|in|on|at|for|after|before|during|amid|despite"
    r"|following|ahead|across|around|under|without|back|scenes?|episodes?|specials?|movies?|films?"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|\d+(?:st|nd|rd|th)?|"
    + _ORDINAL
    + r")\b))"
    + _NAMED_AFTER.pattern
)
# Who shoots, before the verb: a person's name, two or three words in capitals with no quote
_SHOOTER = re.compile(r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){1,2}\s+")
_SHOOT_VERB_END = re.compile(r"(?:filming|shooting)$", re.IGNORECASE)
_SHOT_PART = re.compile(
    r"\b(?:scenes?|episodes?|specials?|finale|movies?|films?|sequel|pilot|project|seasons?|series)$",
    re.IGNORECASE,
)
_MILESTONE_KINDS = frozenset(("in_production", "wrapped", "premiere_date"))
# The words that may stand between "will" (or "to") and a shoot's verb ("Will Finally Begin Production")
_NOT_YET_ADVERBS = r"(?:\s+(?:finally|officially|soon|reportedly|likely|eventually|also|now))*"
# What a premiere date is set for when the show's quote is followed by it, or a comedy special's.
_NOT_THE_SEASON_PREMIERING = re.compile(
    r"['\"]\s+(?:documentary|doc|special|movie|film|play|musical|concert)\b"
    r"|\b(?:comedy|stand-?up|holiday|christmas)\s+special\b"
    # (or before it: "SXSW Documentary '#SkyKing' ... Sets Hulu Premiere Date", "Sets Premiere Date For Debut
    # Special 'Twink Death'"; an award's show: "Anime Awards Sets Date For 10th Anniversary 2026 Ceremony",
    # "'The 51st AFI Life Achievement Award: A Tribute To Eddie Murphy' Sets Netflix Premiere Date"; not an
    # "Award-Winning Australian Series")
    r"|\b(?:documentary|doc|special|movie|film|feature)\s+['\"]|(?<![\w-])awards?(?![\w-])|\bceremony\b"
    # (a season's reunion: "'Love Island USA' Season 8 Reunion Sets August Premiere"; an event's date:
    # "Media Giant Sets Date Of Discovery Global 2026 Upfront Presentation")
    r"|\b(?:season|series)\s+\d{1,2}\s+reunion\b|\bupfronts?\b|\b(?:investor|earnings)\s+presentation\b",
    re.IGNORECASE,
)
# "to end" or "ends" and a quoted thing straight after: what someone ends, or the words said of the end
_TO_END_QUOTED = re.compile(r"\b(?:to\s+end|ends|ended)\s+'", re.IGNORECASE)
# A film's sequel, told with no word of a series: a number after its title is no season, whoever makes
# it ("Netflix's Shark Thriller Sequel 'Under Paris 2' Begins Filming")
# (not a show's: "'Dutton Ranch' Trailer Reveals 'Yellowstone' Sequel Release Date")
_A_SEQUEL = re.compile(r"(?<!['\"] )\bsequel\b|\b(?:films?|movies?|box office|theatrical)\b", re.IGNORECASE)
_SERIES_SAID = re.compile(
    r"\b(?:series|season|episodes?|show|tv|drama|anime|k-?drama|sitcom)\b", re.IGNORECASE
)
# A film's words, in an item that speaks of no series: its filming or premiere is no series' milestone.
_FILM_WORDS = re.compile(
    r"\b(?:films?|movies?|thriller|rom-?com|feature|principal photography|director|directorial|sequel|starrer"
    # (the trade press's film: "Joins Gerard Butler & Hayley Atwell In Hostage Crisis Pic 'Empire City'"; not
    # a photo: "First Pic", "Set Pics")
    r"|(?<!first )(?<!new )(?<!set )(?<!latest )pic"
    r"|box office|biopic|theatrical|off[- ]broadway|broadway)\b",
    re.IGNORECASE,
)


# Two quoted shows or more, each with its season, whose premiere dates are set: "'Virgin River' Season 7,
# 'Beef' Season 2 Set Netflix Premiere Dates"
_SHOW_SEASON = re.compile(rf"'([^']+)'\s+(?i:season|series)\s+({_NUMBER})\b")
_SEASONS_DATED = re.compile(
    rf"((?:'[^']+'\s+(?i:season|series)\s+{_NUMBER}\s*(?:,|&|(?i:and))\s*)+'[^']+'\s+(?i:season|series)\s+{_NUMBER})"
    r"\s+(?i:set|get|land|score)\s+(?:[\w+]+\s+){0,2}(?i:premiere|release|return)\s+(?i:dates)\b"
)


def _classify(item: Item, lookup: Lookup, final_told: list[Finding] | None = None) -> list[Finding]:
    original, title = _prepared(item.title, lookup)
    if not original or _refused(original, title):
        return []  # (a film is not ours, even by its quoted title: "'Yuri!!! on Ice the Movie'")
    seasons = _season_numbers(title) or _season_numbers(original)  # "'Kingdom Season 2' begins filming"
    listed = _SEASONS_DATED.match(original)
    if listed is not None:
        # "'Virgin River' Season 7, 'Beef' Season 2 Set Netflix Premiere Dates": each show its season's date
        dated = []
        for m in _SHOW_SEASON.finditer(listed.group(1)):
            each = _match(_clean_show(m.group(1), quoted=True), lookup)
            dated.append(Finding("premiere_date", each.title, each.slug or None, _number(m.group(2))))
        return dated

    def about(verb: re.Match[str] | None, *, first_word: bool = False, numbered: bool = True) -> Name | None:
        span = None
        if verb is not None:
            # A network's verb phrase holds the show ("Starz announces Outlander season four
            # premiere date"): the words after its first word are where to look.
            span = (verb.start(), verb.start() + len(verb.group().split()[0]) if first_word else verb.end())
        text = _show_text(original, span)
        if (
            text
            and text[:5] == "When "
            and original.find(f" When {text[5:]}") > 0
            and not lookup(search_key(text))  # ("When Calls the Heart" is a title)
        ):
            told = original[: original.find(f" When {text[5:]}")]
            if re.search(r"\b(?i:reveals?|confirms?|announces?|shares?|explains?|teases?)$", told):
                # (when it ends, not a title: "Netflix Officially Reveals When The Lincoln Lawyer Will End")
                text = text[5:]
        inside = [q for q in _QUOTED.finditer(original) if span and span[0] < q.start() < span[1]]
        if (
            verb is not None
            and len(inside) == 1
            # (not the show another is spun off: "'Gen V' Cast Reacts To 'The Boys' Spinoff's Cancellation")
            and not re.match(r"\s+(?i:spin-?off|prequel)'s\b", original[inside[0].end() :])
        ):
            # "Melanie Lynskey Wraps 'Yellowjackets' Season 2": the title quoted inside the verb's words
            text = _clean_show(inside[0].group(1), quoted=True)
        elif (
            verb is not None
            and re.fullmatch(r"(?i:cancell?ed|axed|scrapped)", verb.group())
            and not original[_clause_span(original, verb.start())[0] : verb.start()].strip()
            and (after := _QUOTED.match(original, verb.end() + 1)) is not None
            and original[verb.end() : verb.end() + 1] == " "
        ):
            # "Streaming Ratings: Canceled 'The Boroughs' Debuts at No. 2": the show the word describes,
            # quoted after it at its clause's start, not the words before the colon
            text = _clean_show(after.group(1), quoted=True)
        quoted = bool(text) and any(f"{q}{text}{q}" in original for q in "'\"")
        spun = (
            next(
                (
                    off
                    for m in re.finditer(r"['\"]", original)
                    if original[: m.start()].lower().endswith(text.lower())
                    and (off := _SPUN_OFF.match(original, m.end()))
                ),
                None,
            )
            if text and quoted
            else None
        )
        if spun is not None:
            # "'Outlander' Prequel 'Blood Of My Blood' Renewed For Season 2": the other show, named
            named = (
                _QUOTED.match(original, spun.end() + 1)
                if original.startswith(" ", spun.end()) and not re.search(r"meets$", spun.group(), re.I)
                else None
            )
            if named is not None and (span is None or named.start() < span[0]):
                text = _clean_show(named.group(1), quoted=True)
            elif spun.group("place") or not (
                re.search(r"(?:reboots?|remakes?)$", spun.group(), re.I)
                and re.search(r"\b(?:seasons?|series\s+\d|premiere|release|debut)\b", original, re.I)
            ):
                return None  # "HBO Axed First 'Game of Thrones' Spinoff": another show, unnamed
            # (a reboot on the air goes by the title it remakes: "Johnny Knoxville's 'Fear Factor' Reboot
            # Renewed for Season 2"; not one in development: "'Police Academy' Reboot ... Was Scrapped")
        # (a number the title holds after its own "No.": "Inside No. 9 to end after ninth series")
        number = re.search(r"(?<!\b(?i:no)\.)\s+(\d{1,2})$", text or "")
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
                # (a film's sequel: "Netflix's Shark Thriller Sequel 'Under Paris 2' Begins Filming")
                and not (_A_SEQUEL.search(title) and not _SERIES_SAID.search(title))
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
        start, stop = _segment_span(title, verb.start())
        # ("'Hacks' Season 5 Confirmed As Season 4 Wraps": the season just before the verb is its own)
        before = _season_numbers(title[start : verb.end()])
        own = before[-1:] or _season_numbers(title[start:stop])
        return own[0] if own and own[0] in seasons else seasons[0] if seasons else None

    def shot_on(verb: re.Match[str]) -> Name | None:
        """The show of a shoot: the title quoted just after the verb's "on" or "of" ("Pimienta Films Wraps
        Shoot on 'Drama King'"), else the show the headline is about."""
        on = re.match(r"\s+(?i:on|of)\s+(?=')", original[verb.end() :])
        named = _QUOTED.match(original, verb.end() + on.end()) if on else None
        # (a word quoted in lower case is no title: "Filming begins on 'secret' new series")
        if named is not None and re.search(r"[A-Z0-9]", named.group(1)):
            return _match(_clean_show(named.group(1), quoted=True), lookup)
        # "Peter Capaldi Begins Filming Doctor Who": a person (two or three words in capitals, no show of the
        # catalogue) shooting the title named right after the verb (not a part of a show: "... Scenes")
        shooter = original[: verb.start()]
        shot = _SHOT_AFTER.match(original, verb.end()) if _SHOOT_VERB_END.search(verb.group()) else None
        person = _SHOOTER.fullmatch(shooter) is not None and not lookup(search_key(shooter))
        if shot is not None and person and not _SHOT_PART.search(shot.group(1)):
            return _match(_clean_show(shot.group(1)), lookup)
        return about(verb)

    def ending(end: re.Match[str]) -> list[Finding]:
        # "Star Wars Quietly Confirms the End of The Mandalorian on Disney+": the show whose end is
        # confirmed is the one named after "end of", not the words before the verb
        after = (
            _NAMED_AFTER.match(original, end.end()) if re.search(r"\bend of$", end.group(), re.I) else None
        )
        named_after = _clean_show(after.group(1)) if after is not None else ""
        if re.match(r"(?i:his|her|their|its|my|our|your)\b", named_after):
            # (someone's own show, its name not said: "Kelly Clarkson Announces the End of Her Daytime
            # Talk Show" is read as the general reading reads "Kelly Clarkson to End Her Talk Show")
            named_after = ""
        spoken = (
            re.match(r"\s+(?:(?i:his|her|their|its)\s+)?(?=')", original[end.end() :])
            if re.fullmatch(r"(?i:ending|the end(?:ing)? of)", end.group())
            else None
        )
        if spoken is not None and (quoted := _QUOTED.match(original, end.end() + spoken.end())):
            # ("Stephen Colbert On The Ending Of His 'Late Show' Run": the title quoted after the pronoun)
            named_after = _clean_show(quoted.group(1), quoted=True)
        # (a name of three letters or fewer, "You", "The", is left to the general reading, which knows a
        # network's verb from a show's: "Netflix Confirms the End of You")
        show = _match(named_after, lookup) if len(named_after) > 3 else about(end)
        if show is None or _ends_something_else(original, end, show) or _ends_a_thing(original, end):
            return []
        if re.search(
            r"\b(?-i:game|match|leg|concert|gig|race|bout|fight|rally|protest|strike|shutdown|siege|war|mission)s?"
            r"\s+(?:(?:is|are|was|were)\s+)?(?:(?:forced|set|expected|due|about|going|poised)\s+)?$",
            original[: end.start()],
        ):
            return []  # (an event in lower case: "Laval Rocket game forced to end early after fan dies")
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
        if (
            pattern is _IN_PRODUCTION
            and re.match(r"start of\b", found.group(), re.I)
            and re.search(
                rf"\b(?:eyes?|eyeing|eyed|targets?|targeting|plans?|planning|sets?|aims?\s+for|awaits?|awaiting"
                rf"|expects?|expecting)\s+(?:an?\s+|the\s+|its\s+)?(?:(?:early|late|mid-?)\s*)?"
                rf"(?:(?:{_MONTH_NAMES}|20\d\d|summer|spring|fall|autumn|winter)\s+)?$",
                title[: found.start()],
                re.I,
            )
        ):
            return None  # "'Alien: Earth' Eyes May Start Of Production On Season 2": a start planned
        if pattern in (_IN_PRODUCTION, _WRAPPED) and re.search(
            r"\b(?:reveals?|revealed|confirms?|confirmed|teases?|teased|says|said|shares?|knows?|explains?)"
            r"\s+when\b[^,;:|]{0,60}$",
            title[: found.start()],
            re.I,
        ):
            # "Jeremy Allen White Reveals When 'The Bear' Season 5 Starts Shooting", "Marvel confirms when ...
            # begins filming": when it will, not that it did
            return None
        if pattern is _IN_PRODUCTION and re.match(
            r"\s+(?:prep|preparations?|planning)\b", title[found.end() :], re.I
        ):
            return None  # "'Big Brother' Begins Production Prep, Waiting For Unions & Guilds": not the shoot
        if pattern is _IN_PRODUCTION and re.search(r"\bwriters'?\s+room\b", title, re.I):
            return None  # "Production Begins for 'Severance' Season 3 as Writers Room Gets to Work": writing
        if pattern is _IN_PRODUCTION and re.match(
            r"[^:|;,]{0,40}?\b(?:soon|next (?:week|month|year)|later this|this month|tomorrow"
            r"|(?:this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+Q[1-4]"
            r"|in\s+(?:a|one|two|three|four|a\s+few|\d{1,2})\s+(?:days?|weeks?|months?)"
            r"|(?:late|early|this|next)\s+(?:summer|spring|fall|autumn|winter))\b",
            title[found.end() :],
            re.I,
        ):
            return None  # "One Piece Season 2 Starts Shooting Soon!", "Production Starts In A Week": not yet
        if pattern is _IN_PRODUCTION and (
            re.search(r"\bpre-?$|\bpre-?production\b[^:;|]{0,20}$|\bwhile\s+$", title[: found.start()], re.I)
            or re.match(r"\s*'[^']+'\s+(?:final\s+|last\s+|first\s+)?episode\b", title[found.end() :], re.I)
        ):
            # "Pre-Production & Casting Are Underway", "Thought She Was "Dying" While Filming Final Season",
            # "Started Filming 'Stranger Things' Final Episode Without A Finished Script": no shoot begun
            return None
        if pattern is _IN_PRODUCTION and re.search(
            rf"\b(?:to|will|set to|about to|soon to|ready to|due to|is to){_NOT_YET_ADVERBS}\s+$",
            title[: found.start()],
            re.I,
        ):
            # "'Squid Game' Season 2 to Begin Filming This Summer", "'Euphoria' Season 3 Will Finally Begin
            # Production... In 2025": not yet
            return None
        if pattern is _WRAPPED and re.search(
            rf"\b(?:to|will|set to|about to|soon to|yet to|ready to){_NOT_YET_ADVERBS}\s+$",
            title[: found.start()],
            re.I,
        ):
            return None  # "'My Dearest' To Wrap Filming Without ...": not yet
        if pattern is _WRAPPED and _OWN_PART.search(title):
            return None  # "'Severance' Star Finishes Filming Her Scenes": a star's part, not the season
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
            # ("'Hacks' Cancelled At Max, Series Finale To Air In May": a part of its own)
            or _segment_span(title, d.start()) != _segment_span(title, premiere_at.start())
            or (p is _END and re.match(r"(?i:to|will) (?:end|go off)\b", d.group()))
        )
        for p in (_END, _CANCEL)
    ):
        # "'Boardwalk Empire's' Fifth Season Will Be Its Last; 'Game Of Thrones' Returns April 6": the
        # headline's first clause holds its news; "'Sweet Home' to end with third season slated for
        # July 19 release": an ending said first is the news.
        premiere_set = premiere_word = None
    if (
        premiere_at is not None
        and any(
            (
                re.match(r"renew", r.group(), re.I)
                # ("'Hacks' Season 5 Confirmed as Season 4 Premieres April 10": a season confirmed, by number)
                or (
                    re.match(r"confirmed\b", r.group(), re.I)
                    and re.search(
                        rf"\b{_SEASON_WORD}\s+{_NUMBER}\s+(?:(?:is|has\s+been)\s+)?(?:officially\s+)?$",
                        title[: r.start()],
                        re.I,
                    )
                )
            )
            and r.start() < premiere_at.start()
            and (_AIRING.search(title, r.end()) or _DEBUT_AHEAD.search(title, r.end()))
            and not _asks(title, r.start())
            for r in _RENEW.finditer(title)
        )
    ):
        # "'For All Mankind' renewed for season 3 ahead of season 2's premiere on February 19": the
        # renewal is the news; the premiere is its background.
        premiere_set = premiere_word = None
    if (
        premiere_at is not None
        and any(
            (
                (
                    re.match(r"renew|pick|order|greenl|green-l|(?:re)?commission", r.group(), re.I)
                    and _segment_span(title, r.start()) != _segment_span(title, premiere_at.start())
                )
                # ("'Tehran' Lands Season 3 Release Date & Season 4 Renewal At Apple": a season's renewal
                # told after a date is a statement of its own)
                # ("Transplant: Season Three Renewal for CTV Series, Season Two Airs on NBC in March")
                or (
                    re.search(r"\brenewals?$", r.group(), re.I)
                    and (
                        r.start() > premiere_at.start()
                        or _segment_span(title, r.start()) != _segment_span(title, premiere_at.start())
                    )
                )
            )
            and not _asks(title, r.start())
            # ("Law & Order: Special Victims Unit Season 3 Premiere Date Set": an order in a title is not one)
            and not (
                re.match(r"orders?\b", r.group(), re.I)
                and re.search(r"(?:&|\band|\bepisodes?)\s*$", title[: r.start()], re.I)
            )
            for r in _RENEW.finditer(title)
        )
    ):
        # "'Hacks' Renewed For Season 5, Season 4 Premiere Date Set", "...; Show Renewed For Season 5":
        # a decision in its own clause is the news before a date (tests/data/LABELLING.md)
        premiere_set = premiere_word = None
    if premiere_at is not None and _SUBORDINATE.match(_segment(title, premiere_at.start())):
        other = stated(_IN_PRODUCTION) or stated(_WRAPPED)
        if other is not None and other.start() > _segment_span(title, premiere_at.start())[1]:
            # "With S1 premiering Sunday, Oct 16 on PBS, life is good as filming on 'Annika' S2 has begun!"
            premiere_set = premiere_word = None
    when = _premiere(title, item.published) if premiere_word or premiere_set else None
    if when is None and (premiere_set is not None or (premiere_word and _yearless_date(title))):
        when = _premiere(normalise(item.summary)[:400], item.published)
    # "Rick & Morty Season 10 Release Window Officially Confirmed": a window is no date (a year, a season of
    # the year), unless the item gives its month
    windowed = (
        when is None
        and premiere_set is not None
        and bool(
            re.search(r"\bwindows?\b", premiere_set.group(), re.I)
            # ("'Sakamoto Days' Confirms Season 2 Release Date Coming in 2026": a year, the date to come)
            or re.match(
                r"\s+(?:(?:is\s+)?coming\s+)?(?:in|for)\s+(?:early\s+|late\s+|mid-?)?20\d\d\b"
                # (not a year naming the season: "Strictly Come Dancing start date confirmed for 2025 season")
                r"(?!\s+(?:season|series|edition|run)\b)",
                title[premiere_set.end() :],
                re.I,
            )
        )
    )
    news_at = premiere_set or premiere_word
    if (
        (when is not None and premiere_word is not None and not _RELEASE_EXPLAINER.search(title))
        or premiere_set
    ) and (
        # (an episode's news in the premiere's part or before it, not a promise after it: "'Rick and Morty'
        # Season 9 Gets Premiere Date, Promises Best Episodes Yet")
        news_at is not None
        and not _EPISODE_NEWS.search(
            # (not a milestone the premiere comes before: "'Big Brother' Season 28 to Kick Off in July Ahead
            # of Landmark 1,000th Episode")
            _MILESTONE_AHEAD.sub(" ", title[: _segment_span(title, news_at.start())[1]])
        )
    ):
        if re.search(r"\b(?:web-?comics?|webtoons?|podcasts?)(?:'s)?\s+(?:season|series)\b", title, re.I):
            return []  # "Let's Play Webcomic's Season 4 Sets July 22 Return on Tapas": a comic's season
        # ("Sailor Moon: Shining Theater Dinner Show Reveals Visual, Cast, April 4 Debut": a stage's)
        if re.search(
            r"\b(?:theat(?:er|re)|dinner show|exhibition"
            r"|stage (?:play|show|prequel|sequel|adaptation|version))\b",
            title,
            re.I,
        ):
            return []
        show = about(
            premiere_set or premiere_word,
            # (a network's verb holds the show after its first word: "Starz announces Outlander season four
            # premiere date"; not "Sweet Magnolias: Season 5 Premiere Date Released", the date's own words)
            first_word=premiere_set is not None
            and not re.match(
                r"(?:premiere?|release|return|debut|air|launch|season|series)\b", premiere_set.group(), re.I
            )
            and not _BACK_VERB.match(premiere_set.group()),
            numbered=bool(re.search(r"\bpremiere|\bbroadcast", title, re.I)),
        )
        if (
            premiere_set is not None
            and show is not None
            and not _quoted_in(show.title, original)
            and re.search(r"\bdate$", premiere_set.group(), re.I)
            and (
                dated_for := re.match(
                    r"\s+for\s+(?:[^,;:|'\"]|(?<=\w)'s\b){0,50}?(?<!\S)(?=['\"])",
                    original[premiere_set.end() :],
                    re.I,
                )
            )
            and (quoted := _QUOTED.match(original, premiere_set.end() + dated_for.end())) is not None
        ):
            # the show the date is for, quoted after "for", not the company before the verb: "Mubi Unveils
            # Release Date For Wong Kar Wai's First TV Series 'Blossoms Shanghai'"
            show = _match(_clean_show(quoted.group(1), quoted=True), lookup)
        # "Saturday Night Takeaway official launch date confirmed by ITV", its summary: "hit show ... will
        # return to ITV on February 20": a date set for what the summary calls a show
        said_show = premiere_set is not None and bool(
            # ("Rip Wheeler and Beth Dutton return in spin-off that's due to debut on Paramount+ in May")
            re.search(
                r"\b(?:show|series|spin-?off|season)\b|\bwill return to\b"
                r"|\b(?:debuts?|premieres?|returns?)\s+on\b|\bdue to (?:debut|premiere|return)\b",
                normalise(item.summary)[:300],
                re.I,
            )
        )
        # "King Of The Hill Returns In Less Than 2 Weeks": a show's return in a span of time from now (not a
        # person's: "'Succession' Star Returns to TV Next Month"; nor a product's, an event's, a tour's:
        # "Amazon Prime Day returns to Canada this month", no season, no word of a show)
        back_in_a_span = (
            show is not None
            and premiere_set is not None
            and _BACK_VERB.match(premiere_set.group()) is not None
            and not _CAST_MEMBER.search(title)
            and bool(
                seasons
                or show.slug
                or _A_SHOWS_WORD.search(title.replace(show.title, " "))
                or _A_SHOWS_WORD.search(normalise(item.summary)[:300])
            )
        )
        if show is None or not (
            show.slug
            or seasons
            or back_in_a_span
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
                premiere_set is not None
                and (
                    re.search(r"\b(?:drama|k-?drama|anime|tv series)\b", title, re.I)
                    # ("'Koati' Animated Series ... Sets November Debut", "'Amadeus' Limited Series Sets U.S.
                    # Release Date": a quoted title's kind of series)
                    or (
                        re.search(
                            r"\b(?:animated|limited|comedy|reality|crime|anthology|docu)[ -]?series"
                            r"|docuseries|miniseries\b",
                            title,
                            re.I,
                        )
                        and _quoted_in(show.title, original)
                    )
                    # ("Golden Axe Animated Series Reveals September 16 Paramount+ Debut", "Animated Golden
                    # Axe Series' Trailer ...": a bare title called an animated, TV or limited series)
                    or re.search(
                        rf"(?<!\w){re.escape(show.title)}(?:'s)?\s+(?:(?:animated|tv|limited|anime)\s+)?series\b"
                        r"(?!\s+(?:finale|premiere\s+of)\b)",
                        re.sub(r"^(?i:animated)\s+", "", original),
                        re.I,
                    )
                    # ("Thriller Series 'Kill Jackie' Sets October Release Date", "Stephen King's 'Carrie'
                    # Series Sets October Release Date", "'Off Campus' Hockey Romance Series Sets Prime Video
                    # Release Date", "'Big Bang' Spinoff 'Stuart Fails To Save The Universe' Unveils Teaser &
                    # Release Date": the quoted title called a series or a spin-off, of no film, book or game)
                    or (
                        _quoted_in(show.title, original)
                        and re.search(
                            r"(?<!\bfilm )(?<!\bmovie )(?<!\bbook )(?<!\bgame )\b(?:series|spin-?off)\s+"
                            rf"['\"]{re.escape(show.title)}['\"]|['\"]{re.escape(show.title)}['\"]\s+"
                            r"(?:(?!(?i:film|movie|book|novel|game|comic|podcast|toy)s?\b)(?-i:[A-Z])[\w'-]*\s+){0,3}"
                            r"series\b",
                            original,
                            re.I,
                        )
                        and not re.search(r"\b(?:films?|movies?|franchise)\b", title, re.I)
                    )
                )
            )
            or said_show
            # "Tanuki to Kitsune TV Anime Reveals Visual, October 4 Debut": a series of anime (not its film,
            # special or game)
            or (
                re.search(r"\banime\b", title, re.I)
                and not re.search(
                    r"\b(?:films?|movies?|ovas?|oads?|specials?|stage|games?|screenings?|compilation)\b",
                    title,
                    re.I,
                )
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
        if (
            back_in_a_span
            and not show.slug
            and not _quoted_in(show.title, original)
            and (
                re.search(
                    rf"(?<!\w){re.escape(show.title)}\s+(?:series|show|drama|thriller|comedy|sitcom|spin-?off|anime"
                    r"|revival|reboot|obsession)\b",
                    original,
                    re.I,
                )
                or re.search(
                    r"\b(?:series|show)\b|\s(?:of|for|the|a|an|to|in|on|at|with|from|by)$", show.title, re.I
                )
            )
        ):
            # the words describing a show the headline leaves unnamed, back in a span of time ("Harlan Coben's
            # Hit CBS Crime Series Officially Returns in 3 Months", which its summary names; "The Biggest
            # Fantasy Series of 2025 Returns ...")
            return []
        if re.search(
            r"(?i:\breceives?\s+(?:an?\s+|its\s+)?(?:[\w+'-]+\s+){0,2}premiere\s+date\b)", title
        ) and not re.search(
            r"(?i:\b(?:seasons?|series|docuseries|show|anime|drama|episodes?|parts?|volumes?)\b)", title
        ):
            # "James Gunn's 'Superman' Receives HBO Max Premiere Date", "'The Mummy 4' Starring Brendan Fraser
            # and Rachel Weisz Receives 2028 Premiere Date": a film's (a season's is told one: "The
            # Long-Awaited Season 2 of 'The Last of Us' Finally Receives a Premiere Date")
            return []
        if not seasons and re.search(r"(?i:\bstreaming\s+(?:(?:premiere|release|debut)\s+)?dates?\b)", title):
            # "Amazon's Controversial 'Melania' Trump Documentary Sets Streaming Premiere Date", "'Tron: Ares'
            # Sets Disney+ Streaming Release Date": a film's day on a streamer after its run in cinemas
            return []
        if re.search(r"\bhow\s+to\s+(?:watch|stream)\b", title, re.I):
            # "'Lioness' Season 3 Release Date: Channel, Start Date, How To Watch 'Lioness' Season 3 For
            # Free": a viewer's guide (tests/data/LABELLING.md's "when is it out?")
            return []
        if (
            not show.slug
            and (owner_at := title.lower().find(f"{show.title.lower()}'s ")) >= 0
            and re.match(r"(?:[\w-]+\s+){0,2}return\s+date\b", title[owner_at + len(show.title) + 3 :], re.I)
            and not _quoted_in(show.title, original)
            and not _speaks_of_tv(title.replace(show.title, " "))
            and not _speaks_of_tv(normalise(item.summary))
        ):
            # "Juan Soto's return date revealed as Mets try to stop spiral": the return date of a name's
            # own, the name neither quoted nor the catalogue's, with no word of television, is a person's
            # (not a show's told bare: "Hannibal will return on June 4th")
            return []
        season = seasons[0] if seasons else _summary_season("premiere_date", item.summary)
        premiere = finding("premiere_date", show, season, when=when)
        if _FINAL_SEASON_NAMED.search(title):
            # "'Outlander' Sets Premiere For Eighth & Final Season": a season already made, named the last, is
            # the show's end, the decision told before its date (tests/data/LABELLING.md: one item, one label,
            # the decision first); the date is proposed too (not a window: "The Walking Dead: Daryl Dixon
            # Final Season Release Window Officially Confirmed" is the end alone)
            ended = finding("ended", show, season, final=True)
            return [ended] if windowed else [ended, premiere]
        return [] if windowed else [premiere]

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
            # (the subject's part, not the season's news after it: "'Love Thy Nader' To Return For Season 2 In
            # Winter With New Showrunner")
            and (
                _CAST_MEMBER.search(title, _subject_start(title, m.start()), m.start())
                or (m.group().lower().startswith("back") and _PEOPLE_WORD.search(title, 0, m.start()))
            )
        )
        # "13 Reasons Why: Hannah Baker Isn't Coming Back for Season 3": a return denied is no renewal
        and not (
            re.match(r"(?:is\s+coming\s+)?back\b", m.group(), re.I)
            and re.search(
                r"\b(?:isn'?t|is\s+not|aren'?t|are\s+not|not|won'?t\s+be|will\s+not\s+be|never)\s+(?:coming\s+)?$",
                title[: m.start()],
                re.I,
            )
        )
        # "'Jeopardy!' Host Ken Jennings Renewed For Another Season": a person of the show
        and not _ROLE_BEFORE.search(title[: m.start()])
        # "Ju Ji-hoon addresses anticipation surrounding The Trauma Code: Heroes on Call Season 2 renewal":
        # a renewal talked of, even across a title's colon
        and not (
            re.search(r"renewals?$", m.group(), re.I)
            and re.search(
                r"\b(?:anticipation|speculation|buzz|rumou?rs?|questions?|talk)\s+"
                r"(?:surrounding|about|over|regarding|around|on)\b",
                title[: m.start()],
                re.I,
            )
        )
        # "Iconic Sci-Fi Series 'Doctor Who' Revives One of Its Most Divisive Stories": the show revives
        # something; "Stephen King Officially Revives His 'Unfilmable' Dark Fantasy Franchise": a franchise
        and not (
            re.match(r"revives\b|resurrects\b", m.group(), re.I)  # (not "'X' Revived by Fox": its renewal)
            and (
                re.search(r"'x+'\s+(?:(?:officially|finally|quietly|just)\s+)?$", title[: m.start()], re.I)
                or re.match(r"\s+(?:[\w'-]+\s+){0,4}?franchise\b", title[m.end() :], re.I)
            )
        )
        # "Marvel Cancels Wonder Man Season 2 Renewal": a renewal cancelled is none
        and not (
            re.search(r"renewals?$", m.group(), re.I)
            and re.search(r"\bcancel(?:s|led|ed)\s+(?:[\w'.:&-]+\s+){0,5}$", title[: m.start()], re.I)
        )
        # "'Deputy' Gets Canceled After One Season": the words that seemed to give it a season cancel it
        and not (
            not re.match(r"un-?cancel", m.group(), re.I)
            and any(c.start() < m.end() and m.start() < c.end() for c in _CANCEL.finditer(title))
        )
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
        # "HBO Announces 'Hacks' Will End With Season 5": an ending announced
        and not (
            re.match(r"announces?\b", m.group(), re.I)
            and (end_after := _END.search(title, m.start())) is not None
            and not _asks(title, end_after.start())
            and _clause_of(title, end_after.start()) == _clause_of(title, m.start())
        )
        # "Additional Cast for 'Hell Mode 2nd Season' Announced": what the quoted season holds, announced
        and not (
            re.match(r"announced", m.group(), re.I)
            and re.search(
                r"\b(?:cast|casting|staff|songs?|trailers?|teasers?|visuals?|promos?|videos?|posters?|dub|date)\b",
                title[: m.start()],
                re.I,
            )
        )
        # "'One Piece' Season 2 Confirms Chopper's Voice Actor", "Scream 7 confirms runtime": what a season
        # (or a numbered title) confirms is something else; a season confirmed is told the other way round
        and not (
            re.match(r"confirms?\b", m.group(), re.I)
            and re.search(
                # (or what a season's trailer, finale, cast or plot confirms: "Euphoria Season 3 Trailer
                # Confirms The Show's Identity Has Been Lost", "The Gilded Age Season 4's Official Plot
                # Details Confirm Trouble")
                rf"(?:\b{_SEASON_WORD}\s+{_NUMBER}|\b(?:{_ORDINAL})\s+{_SEASON_WORD}|\bS\d{{1,2}}|\s\d{{1,2}})"
                r"(?:'s)?\s+(?:[\w-]+\s+){0,4}$",
                title[: m.start()],
                re.I,
            )
            and not re.match(
                rf"confirms?\s+(?:(?:a|an|its|the)\s+)?(?:(?:{_ORDINAL}|new|another)\s+)?(?:{_SEASON_WORD}|renewal)\b"
                r"(?!\s+\w+'s\b)",
                title[m.start() :],
                re.I,
            )
        )
        # what is told of a season already made, or what a season holds, confirmed (`_confirms_of_a_season`)
        and not _confirms_of_a_season(title, m, original)
        # "'Off Campus' Confirms Dean & Allie As Central Couple For Season 2": the show itself confirms
        # someone or something for a season (a network confirming a show for one renews it); and so does
        # anyone but a network: "'Ted Lasso' Icon Confirms Major Change For Season 4", "Marvel Officially
        # Confirms Fan-Favorite Cameo in 'Daredevil: Born Again' Season 2"
        and not (
            re.match(r"confirms\b", m.group(), re.I)
            and (
                re.search(r"^\W?['\"][^'\"]+['\"]\s*$", title[: m.start()])
                or not re.search(rf"\b(?:{_NETWORK})\b", title[: m.start()], re.I)
            )
            and re.match(
                rf"confirms\s+(?!(?:(?:a|an|its|the)\s+)?(?:(?:{_ORDINAL}|new|another)\s+)?(?:{_SEASON_WORD}|renewal)\b)"
                r"(?!['\"][^'\"]+['\"]\s+(?:for|will)\b)"
                rf"[^,:;|!?]+?\s+(?:for|in)\s+(?:(?:a|an|the|its)\s+)?(?:['\"][^'\"]+['\"]\s+)?"
                rf"(?:{_ORDINAL}\s+{_SEASON_WORD}|{_SEASON_WORD}\s+{_NUMBER})",
                title[m.start() :],
                re.I,
            )
        )
        # "Prime Video Announces Casting for 'Young Sherlock' Season Two": a cast announced, not a season
        and not (
            re.match(r"announces?\b", m.group(), re.I)
            and re.match(
                r"announces?\s+(?:(?:the|its|new|first|full|more|additional)\s+)*(?:cast|casting)\b",
                title[m.start() :],
                re.I,
            )
        )
        # "'Colin From Accounts' Ending With Season 3, Confirm Harriet Dyer & Patrick Brammall": who confirms
        # the ending told before them ("'Tell Me Lies' to End With Season 3, Creator Confirms")
        and not (
            re.match(r"confirm", m.group(), re.I)
            and re.search(r",\s*(?:[\w'-]+\s+){0,2}$", title[: m.start()])
            and _END.search(title[: m.start()])
        )
        # "Jujutsu Kaisen season 3 episode 7 confirms a dark truth": what an episode confirms
        and not (
            re.match(r"confirm", m.group(), re.I)
            and re.search(r"\bepisodes?\s+\d+\s+(?:officially\s+)?$", title[: m.start()], re.I)
        )
        # "The Umbrella Academy: Season 4 finale confirmed": an episode confirmed, not a season
        and not (
            re.match(r"confirmed", m.group(), re.I)
            and re.search(r"\bfinale\s+(?:is\s+|has\s+been\s+)?$", title[: m.start()], re.I)
        )
        # "FX Announces 7th and Final Season Premiere of 'Sons of Anarchy'": a premiere announced
        and not (
            re.match(r"announces?\b", m.group(), re.I)
            and re.match(
                rf"announces?\s+(?:[\w&'-]+\s+){{0,5}}?{_SEASON_WORD}\s+(?:{_NUMBER}\s+)?"
                r"(?:premiere|finale|trailer|teaser|poster|release date|return date)",
                title[m.start() :],
                re.I,
            )
        )
        # "'The Pitt' Season 2 Confirmed To Feature New Doctor": what the season holds, confirmed
        and not (
            re.search(r"confirmed$", m.group(), re.I)
            and re.match(
                r"\s+to\s+(?!return|come\s+back|continue|get|be\s+(?:back|renewed|made)|air|premiere|stream)\w+",
                title[m.end() :],
                re.I,
            )
        )
        # "Alexa & Katie season 3 renewal: Will it happen at Netflix?": a renewal named, then asked after
        and not (re.fullmatch(r"(?:season|series)s?\b.*renewals?", m.group(), re.I) and "?" in title)
    ]
    if any(stated(p) for p in (_IN_PRODUCTION, _WRAPPED, _CANCEL)):
        # "'Squid Game' Season 2 Now Filming, Netflix Confirms": what is confirmed is the milestone
        milestone_at = stated(_IN_PRODUCTION) or stated(_WRAPPED) or stated(_CANCEL)

        def other_season(m: re.Match[str]) -> bool:
            """("'Hacks' Season 5 Confirmed As Season 4 Wraps": another season than the milestone's)"""
            mine = _season_numbers(title[_clause_span(title, m.start())[0] : m.end()])[-1:]
            at = milestone_at
            theirs = _season_numbers(title[_clause_span(title, at.start())[0] : at.end()])[-1:] if at else []
            return bool(mine and theirs and mine != theirs)

        renewals = [m for m in renewals if not m.group().lower().startswith("confirm") or other_season(m)]
    if renewals and not _NOT_RENEWED.search(title):
        for renew in renewals:
            # "season 2 is official"; the verb's clause; else the one season the headline names
            # ("NBC Renews Law & Order: SVU for Season 27", cut at its colon).
            # (a season another statement names before a comma, where titles quoted after it are the verb's
            # own: "'Star Trek: Picard' Sets Season 2 Premiere Date, 'Discovery' and 'Strange New Worlds'
            # Renewed": the verb's seasons are those after the comma)
            comma = title.rfind(", ", 0, renew.start())
            theirs = (
                comma > 0
                and re.search(r"(?:^|\s)'[^']+'", title[comma : renew.start()]) is not None
                and re.search(r"(?:^|\s)'[^']+'", title[:comma]) is not None
            )
            # (the verb found again in that statement by the same pattern: none written per headline)
            moved = _RENEW.search(title[comma + 2 :], renew.start() - comma - 2) if theirs else renew
            ordered = _season_numbers(renew.group()) or (
                _near(title[comma + 2 :] if theirs else title, moved) if moved else []
            )
            revived = False
            if not ordered:
                # "Amazon Prime Confirms 'Panchayat Season 5' for 2026 After ... Success of Season 4": the
                # season in the quoted name the verb acts on
                quoted_seasons = [
                    n
                    for q in _QUOTED.finditer(original)
                    if q.start() >= renew.end()
                    and _clause_span(title, q.start()) == _clause_span(title, renew.start())
                    for n in _season_numbers(q.group(1))
                ]
                ordered = quoted_seasons if len(quoted_seasons) == 1 else []
            next_statement = title.find("; ", renew.end())
            if (
                not ordered
                and not theirs
                and len(seasons) == 1
                # (a season another statement names after the verb's is its own news, "'The Office Movers'
                # Renewed For Third Run On Crave; Drake To Make Guest Appearance In Season 2", unless it tells
                # the end: "Silo Renewed for 2 Seasons; Apple TV+ Series Ending with Season 4")
                and (
                    next_statement < 0
                    or _season_numbers(title[:next_statement])
                    or _END.search(title, next_statement)
                    or _FINAL.search(title, next_statement)
                )
            ):
                # "Renews 'Wednesday' Before Season 2 Premiere": the season that airs is not the one
                # ordered; the next one is.
                airs = _AIRING.search(title)
                ordered = [seasons[0] + 1] if airs and seasons[0] < MAX_SEASON else seasons[:1]
                # ("'Haha, You Clowns' Gets Two-Season Renewal At Adult Swim Ahead Of Season 1 Finale":
                # each of the seasons counted after the one that airs)
                count = _SEASONS_COUNTED.search(title) if airs else None
                if count and 1 < (many := _number(count.group(1))) <= 5:
                    ordered = [n for n in range(ordered[0], ordered[0] + many) if n <= MAX_SEASON]
            word = renew.group().lower()
            if not ordered and re.match(r"confirm|announce", word) and not seasons:
                # "Sanjay Leela Bhansali confirms Heeramandi 2": the number after the name is the season
                about(renew, first_word=word.startswith("announce"))
                ordered = seasons[:1]
            # ("Wild Cards greenlit for two more seasons": the words after the verb say another)
            # ("'Ozark' to return for a final season": to come, not "returning for final season on June 5")
            to_come = re.match(r"(?:(?:is\s+)?set\s+)?to\s+return|will\s+return", word)
            more = (
                re.match(
                    r"\s+(?:for\s+)?(?:at\s+least\s+)?(?:a\s+|an\s+|its\s+)?(?:\w+\s+)?(?:more|another|further"
                    + (
                        r"|additional|final|last|new"
                        if to_come or word.startswith("to return")
                        else "|additional"
                    )
                    + r")\s+(?:seasons?|series)\b",
                    title[renew.end() :],
                    re.I,
                )
                or (
                    # "Paramount+ Orders More '1883'": more of the quoted show
                    re.match(r"(?:re)?orders?\b", word)
                    and re.match(r"\s+more\s+(?:of\s+)?'x+'", title[renew.end() :], re.I)
                )
                or (
                    # "SyFy Orders Shortened Final Season For 'Warehouse 13'": an order of a last season
                    # ("'Tracker' Picked Up For Final Season", "CBS Picks Up 'Tracker' For A Final Season")
                    re.match(r"(?:re)?orders?\b|ordered\b|picks?\s+up|picked\s+up|greenl", word)
                    and re.match(
                        r"\s+(?:'x+'\s+)?(?:for\s+)?(?:a\s+|an\s+|its\s+)?(?:(?!for\b)\w+\s+)?(?:final|last)"
                        r"\s+(?:season|series)\b",
                        title[renew.end() :],
                        re.I,
                    )
                )
                or (
                    # "BBC's Ripper Street saved by Amazon": rescued by another network, for more
                    re.match(r"sav|rescu|reviv", word)
                    and re.match(rf"\s+by\s+{_NETWORK}\b", title[renew.end() :], re.I)
                )
            )
            if (
                not ordered
                and not more
                and not re.search(
                    r"\brenew|\bre-?comm?iss?ion|\bsequel$|^sequel (?:tv )?anime\b"
                    r"|\b(?:more|another|seasons?|new series)\b"
                    r"|return\b.*\bin (?:20|next)"
                    r"|return\w*\s+to\s.*\bnext (?:fall|season|year|spring|summer|autumn|winter)$",
                    word,
                )
                and not (revived := _revived(renew, title))
                # ("'Fate/strange Fake' TV Anime Confirms New Season": a season, though unnumbered)
                and not (
                    re.match(r"confirm|announce", word)
                    and re.match(
                        r"\s+(?:a\s+)?new\s+(?:(?:tv\s+)?anime\s+)?season\b", original[renew.end() :], re.I
                    )
                )
            ):
                # "revived", "saved", "confirmed" without a season: too vague; "HBO Orders 'The Last of
                # Us' Series", "Picks Up 'Ghosts' to Series", "Gets Series Order": a new show's first
                # order, no renewal. "Renews", "gets a final season", "two more series" say another.
                continue
            returns = re.match(r"(?:back for|(?:to |will )?return)", word)
            if returns and re.search(r"\bwhen\b[^?]*\?", title, re.I):
                # "Bloodlands is back for a new series in 2022 - when does series two start?" (but "'Hacks'
                # is returning to HBO Max for Season 5: Could it be the last?" is told first)
                continue
            # "Apple TV+ announces Ted Lasso series four": the name is inside the verb's words.
            given = [q.group(1) for q in _QUOTED.finditer(original) if q.start() >= renew.end()]
            # ("HBO Delivers High Maintenance a Second Season": the name is inside the gift's words too)
            inside = (word.startswith("announce") and not re.search(r"renewal", word)) or bool(
                not given and re.match(r"(?:gives?|delivers?|hands?|grants?)\s+(?!(?:a|an)\s)", word)
            )
            of = re.match(rf"\s*(.+?){_STOP}", original[renew.end() :]) if word == "renewal of" else None
            quoted_of = _QUOTED.match(original[renew.end() :].lstrip()) if of else None
            if quoted_of:
                show = _match(_clean_show(quoted_of.group(1), quoted=True), lookup)
            elif of:
                show = _match(_clean_show(of.group(1)), lookup)  # "Max's Renewal of Hacks for Season 4"
            elif word.endswith("for more"):
                rest = original[renew.end() :]
                quoted_more = _QUOTED.match(rest.lstrip())
                run = re.match(rf"\s*(.+?){_STOP}", rest)
                more_of = _clean_show(
                    quoted_more.group(1) if quoted_more else run.group(1) if run else "",
                    quoted=bool(quoted_more),
                )
                show = _match(more_of, lookup) if len(more_of) >= 2 else None
            elif re.match(r"confirms?\b|announces?\b", word) and (
                owner := _OWNER_SEASON.match(original, renew.start() + len(word.split()[0]))
            ):
                # "Jamie Lee Curtis Confirms The Bear's Fifth and Final Season": the season's show is its
                # owner after the verb, not who confirms it
                show = _match(_clean_show(owner.group(1)), lookup)
            elif word.startswith("give") and given:
                # "Pivot Gives Early Renewal to Joseph Gordon-Levitt's 'HitRecord on TV'": the gift's
                # receiver is the show, not the giver
                show = _match(_clean_show(given[0], quoted=True), lookup)
            else:
                # ("David Lynch to revive Twin Peaks": who revives is not what is)
                show = about(
                    renew,
                    first_word=inside
                    or bool(re.match(r"(?:to\s+)?(?:revives?|saves?|rescues?|resurrects?)\b", word)),
                )
            if show is None:
                continue
            if (
                not ordered
                and not more
                and revived
                and not _AFTER_A_BREAK.search(word)
                and not (show.slug or _quoted_in(show.title, original))
                # ("NBC has saved Brooklyn Nine-Nine": a network saves the title after it)
                and not (
                    re.match(r"sav|rescu", word)
                    # (not an idiom: "Netflix Saves The Day", "saves Christmas")
                    and not re.match(
                        r"\s+(?:the\s+)?(?:day|christmas|summer|holidays?|weekend|world|year|night|season)\b",
                        title[renew.end() :],
                        re.I,
                    )
                    and _NETWORKS_ONLY.fullmatch(
                        re.sub(
                            r"\s+(?i:has|have|officially|just)(?:\s+(?i:officially|just))?\s*$",
                            "",
                            title[: renew.start()],
                        )
                    )
                )
                # ("Brooklyn Nine-Nine picked up by NBC days after being cancelled by Fox": a network picks
                # up the title after another's cancellation)
                and not (
                    re.match(r"picks?\s+up|picked\s+up", word)
                    and _AFTER_CANCELLATION.search(title, renew.end())
                    and (
                        re.match(rf"\s+by\s+(?:{_NETWORK})\b", title[renew.end() :], re.I)
                        or _NETWORKS_ONLY.fullmatch(title[: renew.start()])
                    )
                )
            ):
                continue  # ("Cancelled Netflix Favorite Is Getting Resurrected": a revival of a show unnamed)
            # A quoted "Final Season" is what it says; "will come to an end after the fifth season" too.
            # (not a question: "Lucifer Season 6 officially happening: Will it really be the last?")
            # ("... after saying show would end with season five": a hedged ending says nothing)
            # ("Season Four Renewal of 'Strange New Worlds' and Fifth and Final Season of 'Lower Decks'":
            # another show's final season)
            final = (
                any(
                    not _QUESTION.search(_clause_of(title, m.start()))
                    and not _of_another(original, m, show)
                    # ("Gets Surprise Season 4 Renewal After Final Season Announcement": an earlier word)
                    and not re.search(
                        r"\b(?:after|following|despite|amid)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'-]+\s+){0,2}$",
                        original[: m.start()],
                        re.I,
                    )
                    for m in _FINAL.finditer(original)
                )
                or any(
                    not _asks(title, m.start())
                    # ("Renewed For Season 4 As Netflix Reverses Decision To End ... With Season 3": an end
                    # called off)
                    and not _END_CALLED_OFF.search(title, 0, m.start())
                    for m in _END.finditer(title)
                )
            )
            numbers: list[int | None] = list(ordered or _relative(title, show)) or [
                _summary_season("renewed", item.summary)
            ]
            up_to = _THROUGH.search(title)
            if up_to and numbers == [int(up_to.group(1))]:
                # "Renewed Through Season 8 at FX Ahead of Season 5", "Grey's Anatomy Renewed Through Season
                # 22" of a show the catalogue holds up to season 20: each season ordered, counted from the one
                # that airs or the catalogue's next
                last_ordered = int(up_to.group(1))
                earlier = [n for n in seasons if n < last_ordered]
                first_ordered = (
                    max(earlier) + 1
                    if earlier
                    and (
                        _AIRING.search(title)
                        or re.search(r"\b(?:ahead of|before)\s+(?:season|series)\s+\d{1,2}\b", title, re.I)
                    )
                    else show.next_season
                    if show.next_season is not None and show.next_season <= last_ordered
                    else None
                )
                if first_ordered is not None and last_ordered - first_ordered < 6:
                    numbers = list(range(first_ordered, last_ordered + 1))
            last = numbers[-1]
            held = show.next_season is not None and last is not None and last < show.next_season
            if final and held and word.startswith("confirm"):
                # "Barry season 4 is officially the end of the series, HBO confirms": an end confirmed
                # for a season the catalogue already holds orders nothing; the show ends with it.
                return [finding("ended", show, last, final=True)]
            if ordered or len(numbers) > 1 or numbers[0] is None:
                renewed = [
                    finding("renewed", name, n, final=final and n == numbers[-1])
                    for name in _listed(original, show, lookup)
                    for n in numbers
                ]
            else:
                # "Renews 'X' and 'Y'": each counted from its own next season
                renewed = [
                    finding("renewed", name, n, final=final and n == each[-1])
                    for name in _listed(original, show, lookup)
                    for each in [list(_relative(title, name)) or numbers]
                    for n in each
                ]
            # "Syfy Cancels 'Dark Matter,' Renews 'Killjoys'": a cancellation of another show in a clause of
            # its own is news too, in the headline's order
            cancel = stated(_CANCEL)
            if cancel is not None and re.search(
                r"[,;|]", original[min(cancel.end(), renew.end()) : max(cancel.start(), renew.start())]
            ):
                # (the title quoted right after the verb: "Renews 'Tracker' and 'Ghosts', Cancels 'The
                # Equalizer'", not the list's last title before it)
                rest = original[cancel.end() :]
                after_verb = _QUOTED.match(original, cancel.end() + len(rest) - len(rest.lstrip()))
                dropped = (
                    _match(_clean_show(after_verb.group(1), quoted=True), lookup)
                    if after_verb is not None and after_verb.group(1).strip()
                    else about(cancel)
                )
                if (
                    dropped is not None
                    and _quoted_in(dropped.title, original)
                    and all(search_key(dropped.title) != search_key(f.show_title) for f in renewed)
                ):
                    also = finding("cancelled", dropped, None)
                    return [also, *renewed] if cancel.start() < renew.start() else [*renewed, also]
            return renewed

    # "The Cancelled Fate of Sacred Games", "Canceled but Not Forgotten": a word that describes, not
    # one that decides.
    cancels = [
        m
        for m in _CANCEL.finditer(title)
        if not _asks(title, m.start())
        # ("Netflix 1899 cancellation: thousands of fans sign petition": the lead names a show's
        # cancellation; not someone's words on one: "Joshua Jackson Speaks Out on 'Doctor Odyssey'
        # Cancellation:")
        and not (
            re.fullmatch(r"(?:\S+\s+){0,3}?cancell?ation", m.group(), re.I)
            and title[m.end() : m.end() + 1] == ":"
            and (
                not re.fullmatch(r"[^:;|?!]{2,60}", title[: m.start()])
                or re.search(
                    r"\b(?:on|to|of|about|over|after|for|with|and|reacts?|speaks?|talks?|slams?|the)\s"
                    # ("2023's First Major Series Cancellation:": a kind of news, no title)
                    r"|\b(?:first|latest|major|biggest|another|new|series|show|drama|comedy|sitcom|anime|tv)\s+$",
                    title[: m.start()],
                    re.I,
                )
            )
        )
        and not re.search(r"\b(?:the|this|that|these|those)\s+$", title[: m.start()], re.I)
        # "'Smiling Friends' Creators Share Show Will End With Season 3, Scrapping Earlier Renewals": the
        # renewals undone are the end told, not a cancellation of their own
        and not (
            re.match(
                r"\s+(?:(?:its|the|their|earlier|previous|prior|planned)\s+){0,2}renewals?\b",
                title[m.end() :],
                re.I,
            )
            and _END.search(title)
        )
        # "Wentworth: No Longer 'Axed'": undone
        and not re.search(r"\bno\s+longer\s+$", title[: m.start()], re.I)
        # "Remembering Each Canceled Syfy Show", "Fans Rally to Save Axed Netflix Comedy Series:", "tax
        # write-offs from canceled content": a word that describes what follows it, no act
        and not (
            re.fullmatch(r"cancell?ed|axed|scrapped|shelved", m.group(), re.I)
            # (not a network's act: "BBC axed soap")
            and not _NETWORK_BEFORE.search(title, max(0, m.start() - 40), m.start())
            and _DESCRIBED.match(title, m.end())
        )
        # "Netflix's Cancelled Show 'Warrior Nun' Is Coming Back": a word that describes
        and not (
            re.fullmatch(r"(?:cancell?ed|axed|scrapped|canned|shelved)", m.group(), re.I)
            and re.match(
                r"\s+(?:tv\s+|television\s+)?(?:show|series|drama|comedy|sitcom)\b"
                # ("Zooms In on Shelved Biopic")
                r"|\s+(?:(?!(?:after|by|for|at|on|in|following|from|with)\b)[\w'-]+\s+){0,4}?"
                r"(?:games?|film|movie|biopic|documentary|album|book)\b",
                title[m.end() :],
                re.I,
            )
        )
        # ("CBS's Crime Series Cancelled Three Times Is Officially Coming Back": how often, a description)
        # "Alan Ritchson's Canceled 3-Part Series Quietly Returns", "Stephen King's Cancelled Horror
        # Masterpiece Gets a Second Chance", "NBC's Cancelled 'True Blood' Replacement": the entertainment
        # sites' way of describing a show by its old cancellation (not a network's act: "Netflix Canceled The
        # OA ...")
        and not (
            re.fullmatch(r"(?:cancell?ed|axed|scrapped|canned)", m.group(), re.I)
            and re.match(r"\s+(?:\w+|\d+)\s+times\b", title[m.end() :], re.I)
        )
        and not (
            re.fullmatch(r"(?:cancell?ed|axed|scrapped|canned)", m.group(), re.I)
            and not _NETWORK_BEFORE.search(title, max(0, m.start() - 40), m.start())
            and not re.search(r"\b(?:has|have|had)\s+(?:just\s+|officially\s+)?$", title[: m.start()], re.I)
            and re.match(
                r"\s+(?:(?!(?:after|by|for|at|on|in|following|from|with|despite|amid|before|as)\b)[\w'%/&.-]+\s+){0,4}?"
                r"(?:shows?|series|dramas?|comedy|comedies|sitcoms?|thrillers?|masterpieces?|epics?|replacements?"
                r"|spin-?offs?|reboots?|revivals?|anime|westerns?|procedurals?|miniseries|docuseries"
                # ("Peaky Blinders Series' Cancelled Original Ending Plans")
                r"|plans?|endings?|storylines?|arcs?|ideas?)\b",
                title[m.end() :],
                re.I,
            )
        )
        # "HBO Abruptly Cancels House of the Dragon Season 4 Filming", "Abruptly Canceled A Knight of the
        # Seven Kingdoms Season 2 Filming", "Quietly Cancels Dutton Ranch Season 2's Key Storyline", "Canceled
        # Kayce's Yellowstone Story in Marshals": a shoot or a story called off
        # (not the plans told after the show's own cancellation: "HBO Cancels 'Vinyl,' Scrapping Plans for")
        and not re.match(
            r"\s+(?:(?!(?:after|ahead|before|following|despite|amid|as|in|at|on|by|for|with|and|scrapping"
            r"|confirms?|announces?|reveals?)\b)[\w'&:.-]+\s+){0,9}?"
            r"(?:key\s+)?(?:filming|shoot|shooting|storylines?|story|plans?"
            # (an episode of the show: "BBC Cancels Doctor Who Christmas Special")
            r"|(?:christmas|holiday|halloween|festive|anniversary|reunion|valentine'?s(?:\s+day)?|new\s+year'?s?"
            r"|comedy|stand-?up)\s+specials?)\b",
            title[m.end() :],
            re.I,
        )
        # "Spain & Italy shoot of X cancelled amid Coronavirus scare": an event, not the show
        and not re.search(
            r"\b(?:shoot|shooting|filming|premiere|screening|panel|event|tour|concert|episode|special"
            r"|launch|sequel|film|movie|spin-?off|prequel|pilot|crossover"
            # ("Jimmy Kimmel Taping Canceled", "Primavera Sound Sets Canceled Due To Weather", "Soccer Game
            # Canceled", "Birmingham Christmas market CANCELLED")
            r"|taping|market|festival|gig|parade|(?:set|classe|matche|flight|trade)(?=s)"
            # (a match, a tour's leg or a game, in lower case where a title would capitalise it:
            # "'Finalissima' match in Qatar cancelled", "'Rock The Country' South Carolina leg cancelled",
            # "online multiplayer game cancelled"; not "Love Match Cancelled at Netflix")
            r"|(?-i:match|leg|game))s?"
            r"\s+(?:(?:of|for|at|in)\s+[^,:;|]*?)?"
            # ("Thousands of Flights Delayed, Canceled")
            r"(?:(?:delayed|postponed|grounded|suspended),?\s+(?:(?:and|or|&)\s+)?)?"
            r"(?:(?:is|was|has been|have been|been|gets?|got)\s+)?$"
            # a plan called off: "Key and Peele's Plan to Reboot 'Police Academy' Got Canceled"
            r"|\bplans?\s+to\s+[^,:;|]*?\s(?:(?:is|was|has been|have been|been|gets?|got)\s+)?$",
            title[_clause_span(title, m.start())[0] : m.start()],
            re.I,
        )
        and not re.match(r"\s+but\b", title[m.end() :], re.I)
        # "Joy Reid Risks Being Canceled", "Reflects on How Being Cancelled 'Forever Changed' His Life": a
        # person's cancelling, or a risk (not "'The Acolyte' is being cancelled")
        and not re.search(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bnow )\bbeing\s+$", title[: m.start()], re.I)
        # "Mark Ruffalo Confirms Hulk Will Not Return in 'Avengers: Doomsday'": a character's return; "Love
        # Island: ITV2 series won't return until 2021": a pause
        and not (
            re.match(r"(?:won'?t|will not|not)\b", m.group(), re.I)
            and re.match(
                r"\s+(?:(?:in|to)\s+['\"\u2018\u201c]|(?:until|till|before)\b)", title[m.end() :], re.I
            )
        )
        # "Palace sinks Fulham", "Oil Sinks Despite Rate Cuts", "warship sunk": only a network sinks a show
        and not (
            m.group().lower() == "sinks"
            and not _NETWORK_BEFORE.search(title, max(0, m.start() - 40), m.start())
        )
        and not (
            m.group().lower() == "sunk" and not re.match(rf"\s+by\s+(?:{_NETWORK})\b", title[m.end() :], re.I)
        )
        # "A Place in the Sun axed me after cancer news": a person let go
        and not re.match(r"\s+(?:me|him|her|us|them)\b", title[m.end() :], re.I)
        # "Brooklyn Nine-Nine Scraps Season 8 Scripts", "WWE cancels TV tapings", "plea to scrap
        # parking fees": what is called off is named after the verb, and it is no show
        and not re.match(
            r"\s+(?!(?:after|since|following|before|with|in)\b)(?:[\w'-]+\s+){0,3}?"
            r"(?:scripts?|storylines?|episodes?|scenes?|tapings?|shoots?|filming"
            r"|premieres?|screenings?|panels?|events?|fees?|charges?|plot(?:line)?s?|cast members?"
            r"|terms?|words?|phrases?|slogans?"
            # (people let go, a segment, a person's date, a customer's subscription: "Demands CBS Axe 60
            # Minutes Producers", "Cancels Cold Open", "Cancels Town Hall with Vice President", "Cancel Your
            # Netflix Subscription")
            r"|producers?|staff(?:ers)?|employees|workers|jobs|execs|executives|cold\s+opens?|monologues?"
            r"|sketch(?:es)?|town\s+halls?|appearances?|subscriptions?|memberships?|accounts?|bookings?"
            r"|reservations?|tickets?"
            r"|(?-i:IPO|ipo|merger|partnership|polic(?:y|ies)|laws?|rules|restrictions|tax(?:es)?|debt)"
            r"|characters?)\b",
            title[m.end() :],
            re.I,
        )
        # "'Grey's Anatomy' star Ellen Pompeo won't return full time for Season 20", "'Dancing With The
        # Stars' Pro Axed Ahead Of Season 33": a person of the quoted show
        and not _ROLE_BEFORE.search(title[: m.start()])
        # "Milwaukee Air & Water Show canceled for this summer", "The Apprentice is AXED for 2020 as
        # the BBC decide to postpone series": an edition called off, not the show
        and not (
            re.match(r"(?:cancel|axe|scrap|call)", m.group(), re.I)
            and re.match(
                r"\s+(?:for|this)\s+(?:(?:this|the|next)\s+)?(?:summer|spring|fall|autumn|winter|year"
                r"|weekend|week|month|20\d\d)\b",
                title[m.end() :],
                re.I,
            )
        )
        # "Kevin Bacon Thanks Fans After The Following Is Cancelled": the cancellation is background
        and not re.search(
            r"\b(?:after|since|following)\s+(?!\d|(?:just|only|its|one|two|three|four|five|six)\b)[^,:;|]{1,60}$",
            title[_segment_span(title, m.start())[0] : m.start()],
            re.I,
        )
    ]
    cancel = cancels[0] if cancels else None
    if cancel:
        if re.search(
            r"\(not!?\)\s+cancel"  # "TRL (Not!) Cancelled by MTV"
            r"|\b(?:un-?cancel|(?:not|isn'?t|wasn'?t)\s+(?:been\s+)?(?:cancel|shelved|axed|scrapped)"
            r"|reverses? (?:its )?cancel"
            r"|(?:will not|won'?t|not) be cancel|not being cancel|no plans to cancel)",
            title,
            re.I,
        ):
            return []
        # (a number after a cancelled title is the title's: "'Lucky 7' Gets the Axe"; a season is not
        # cancelled by its number as one wraps or premieres: "'Money Heist 5' Wraps Filming")
        show = about(cancel, numbered=False)
        for later in cancels[1:]:
            # "Netflix Cancels Another Show: Messiah Gets The Axe After Just One Season": the clause that
            # names the show
            if show is not None:
                break
            if _clause_span(title, later.start()) != _clause_span(title, cancel.start()):
                cancel, show = later, about(later, numbered=False)
        if (
            show is None
            or _cancels_something(original, cancel, show)
            or _beyond_a_preposition(original, cancel, show)
        ):
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
        # "'Evil' Canceled At Paramount+, Season 4 Will Be The Last": the season after the last is not made
        # ("... Season 5 Will Be ABC Family Series' Last"; "Season 4 Finale Confirmed As Series Finale")
        last_made = re.search(
            rf"\b{_SEASON_WORD}\s+({_NUMBER})\s+(?:(?:will be|is|to be)\s+(?:the\s+|its\s+|their\s+"
            rf"|(?:[\w'\u2019&.-]+\s+){{1,3}}?)(?:last|final)\b|finale\b(?=[^;|]*\bseries\s+finale\b))",
            title[cancel.end() :],
            re.I,
        )
        if named is None and last_made and (n := _number(last_made.group(1))):
            named = n + 1
        # "Sacred Games season 3 shelved": the season named just before the verb is not made.
        just_before = re.search(
            rf"\b{_SEASON_WORD}\s+({_NUMBER})\s+(?:is\s+|has been\s+)?$", title[: cancel.start()], re.I
        )
        if named is None and just_before:
            named = _number(just_before.group(1)) or None
        # "Season 3 Of 'Kaos' Cancelled", "'Kaos'' Third Season Scrapped": the one season named earlier in
        # the verb's clause (none after it, nor a run it ended after) is the one not made.
        clause_start = _clause_span(title, cancel.start())[0]
        if (
            named is None
            and len(seasons) == 1
            and _season_numbers(title[clause_start : cancel.start()]) == seasons
            and not _season_numbers(title[cancel.end() :])
            and not re.search(r"\b(?:after|since|following|despite|before|ahead)\b", title, re.I)
        ):
            named = seasons[0]
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
            # (another show's season: "'Gen V' Canceled by Prime Video Ahead of 'The Boys' Season 5 Finale";
            # not the show described: "'The Acolyte' Canceled, 'Star Wars' Series Won't Return For Season 2")
            and not any(
                _match(_clean_show(q.group(1), quoted=True), lookup) != show
                for q in _QUOTED.finditer(original, cancel.end(), cancel.end() + where.start())
                if not original[q.end() : cancel.end() + where.start()].strip(" 's")
            )
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
    if wrapped and _AIRED_NOT_SHOT.search(title) and not _SHOOT_WORDS.search(title):
        # "Streaming Ratings: 'Landman' Wraps Second Season With Another Big Week": a season's run on air
        return []
    if wrapped:
        show = shot_on(wrapped)
        season = milestone_season(wrapped) or _summary_season("wrapped", item.summary)
        return [finding("wrapped", show, season)] if show else []

    production = stated(_IN_PRODUCTION)
    if production and (
        (_BARE_UNDERWAY.fullmatch(production.group()) and not _MADE_OR_AIRED.search(title))
        or _INDUSTRY.match(title, production.end())
        or re.search(r"\bfilming\s+(?:themselves|himself|herself)\b", title, re.I)
    ):
        # "Demolition of Tumbler Ridge Secondary School is now underway", "The Tonys are underway": under
        # way, with no word of filming or of a season, is anything; "Aramco Begins Production At $100B
        # Jafurah Gas Project": what begins producing is a plant; "Fans have already started filming
        # themselves": a phone's filming
        return []
    if production:
        show = shot_on(production)
        season = milestone_season(production) or _summary_season("in_production", item.summary)
        return [finding("in_production", show, season)] if show else []

    if end:
        return ending(end)
    if final_told is None:
        return []  # (what follows is read in a headline only, not in a summary's sentence)
    blamed = _CANCELLATION_TOLD.search(original)
    if blamed is not None and not _asks(title, blamed.start()):
        # "Hayley Atwell Blames ABC, Not Marvel for Agent Carter's Cancellation", "... Blames AT&T-Time Warner
        # Merger for Cancellation of 'Adam Ruins Everything'": a show's cancellation told again
        at = blamed.end() if blamed.group("quote_of") is not None else None
        quoted = _QUOTED.match(original, at) if at is not None else None
        text = (
            _clean_show(quoted.group(1), quoted=True)
            if quoted
            else _clean_show(blamed.group("named"))
            if blamed.group("named") and not _NETWORKS_ONLY.fullmatch(blamed.group("named"))
            else ""
        )
        if re.fullmatch(
            r"(?i:(?:(?:after|for|to|over|following|the|its|this)\s+)*(?:show|series|drama|comedy|sitcom|soap"
            r"|spin-?off))",
            text,
        ):
            text = ""  # (a show described: "Stick It to Netflix After Show's Cancellation")
        told_cancelled = _match(text, lookup) if len(text) > 1 else None
    else:
        told_cancelled = None
    own = _OWN_SHOW_CANCELLED.match(title) if told_cancelled is None else None
    if own is not None and not _NOT_TOLD_OWN.search(title, own.start("rest")):
        # "'Wonder Man' Co-Creator Destin Daniel Cretton Doesn't "Fully Understand" Why Show Was Canceled",
        # "'The Boroughs' Star Has a Plan to Stick It to Netflix After Show's Cancellation": someone of a
        # quoted show speaking of the show's cancellation, the show named by the quote before them
        quoted = _QUOTED.match(original)
        told_cancelled = _match(_clean_show(quoted.group(1), quoted=True), lookup) if quoted else None
    if told_cancelled is not None:
        season = _summary_season("cancelled", item.summary) or told_cancelled.next_season
        return [finding("cancelled", told_cancelled, season)]
    if named_cancelled := _cancellations_named(original, lookup):
        # "CBS Entertainment Chief Addresses 'Watson' & 'DMV' Cancellations": each show's cancellation told
        # again
        summary_season = _summary_season("cancelled", item.summary) if len(named_cancelled) == 1 else None
        return [finding("cancelled", show, summary_season or show.next_season) for show in named_cancelled]
    told = _FINAL_TOLD.search(title)
    if (
        told
        and not _asks(title, told.start())
        and not _NOT_ITS_END.search(title)
        and not (_CASTING_NEWS.search(title) and not _CAST_FOR_NUMBERED_END.search(title))
        # (a part of a final season split in parts, "Attack on Titan Final Season Part 3 Announced"; a shoot
        # told in passing, "... Thought She Was 'Dying' While Filming Final Season"; a title's tag, "Cable
        # Girls: Final Season")
        and not re.match(r",?\s+part\b", title[told.end() :], re.I)
        and not (re.fullmatch(r"\s*", title[told.end() :]) and re.search(r":\s*$", title[: told.start()]))
        and not re.search(r"\b(?:filming|shooting)\s+(?:(?:the|its|their)\s+)?$", title[: told.start()], re.I)
        # (someone speaking of it: "CW Prez on Nikita's Final Season", "'The Boys' Showrunner on New Spinoff,
        # Soldier Boy's Big Role in Final Season")
        and not _SPOKEN_ON.search(title, 0, told.start())
    ):
        # "Here's The First Teaser For The Final Season Of 'Mad Men'", "'Gomorrah': Sky Atlantic Releases
        # Trailer For 5th & Final Season Coming Later This Year": a season named the show's last, told as a
        # fact, is its end told again (tests/data/LABELLING.md), read when nothing else is (`classify`): the
        # show quoted after its "of", else the one whose season it is, else the one the headline is about
        of_show = re.match(r"\s+(?i:of)(?=\s)", original[told.end() :])
        at = told.end() + of_show.end() + 1 if of_show else 0
        quoted = _QUOTED.match(original, at) if of_show else None
        after_of = _NAMED_AFTER.match(original, at - 1) if of_show and not quoted else None
        owner = _OWNER_BEFORE.search(original, 0, told.start())
        show = (
            _match(_clean_show(quoted.group(1), quoted=True), lookup)
            if quoted
            else _match(_clean_show(after_of.group(1)), lookup)
            if after_of
            else _match(_clean_show(owner.group(1)), lookup)
            if owner
            else about(told)
        )
        if show is not None and not (quoted is None and _of_another(original, told, show)):
            own = _FINAL_NUMBERED.search(title, max(0, told.start() - 20), told.end() + 6)
            season = (_ordinal(own.group(1)) if own.group(1) else int(own.group(2))) if own else None
            # (else the one season named after it: not "Season 2 Finale ... Third and Final Season")
            if season is None and len(seasons) == 1 and not _season_numbers(title[: told.start()]):
                season = seasons[0]
            final_told.append(finding("ended", show, season, final=True))
    finale = _SERIES_FINALE.search(original)
    if (
        finale is not None
        and not final_told
        and not _asks(title, finale.start())
        and not _SPOKEN_ON.search(title, 0, finale.start())
    ):
        # "'Stranger Things' Pays Homage To Its Origins In Emotional Series Finale": a show's last episode
        # told of, aired or to come, is its end told again (tests/data/LABELLING.md), read when nothing else
        # is (`classify`): of the title quoted just before the finale, else of the only one quoted before it
        # (not a reveal's "'A'" in "'Pretty Little Liars' Creator Breaks Down Major 'A' Reveal in Series
        # Finale")
        before = [q.group(1) for q in _QUOTED.finditer(original, 0, finale.start())]
        just = _FINALE_OF.search(original, 0, finale.start())
        text = _clean_show(just.group(1) if just else before[0] if len(before) == 1 else "", quoted=True)
        season = seasons[0] if len(seasons) == 1 else None
        numbered = re.fullmatch(r"(.+?)\s+(\d{1,2})", text)
        if numbered and not lookup(search_key(text)) and 2 <= int(numbered.group(2)) <= 12:
            # ("'Stranger Things 5': Who Lives, Who Dies In Series Finale": the show and its last season)
            text, season = numbered.group(1), int(numbered.group(2))
        show = _match(text, lookup) if len(text) > 1 else None
        # (the words around the title, a quotation's too: "'The Simpsons' Showrunner Declares "We're Never
        # Going To Do A Series Finale"")
        if show is not None and not _NOT_ITS_FINALE.search(original.replace(text, " ")):
            final_told.append(finding("ended", show, season, final=True))
    return []
