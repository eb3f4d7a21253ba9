"""Which show a headline is about: the title it quotes, else the words around its verb, cleaned of
what is not a name, matched against the catalogue, and checked against the item's summary."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from bot.domain.radar._model import MAX_SEASON, Finding, Item, Lookup, Name, no_catalogue
from bot.domain.radar._words import (
    _CAPITAL,
    _CLAUSES,
    _COUNTRY,
    _MONTH_NAMES,
    _NETWORK,
    _NETWORK_PREFIX,
    _NETWORKS_ONLY,
    _NOT_AFTER_AN_ADDRESS,
    _NUMBER,
    _ORDINAL,
    _QUOTED,
    _SEASON_WORD,
    CARDINALS,
    ORDINALS,
    _anime_named,
    _lower_in_place,
    _number,
    normalise,
)
from bot.domain.search import search_key

_LEAD_TRAIL = re.compile(
    r"^(?-i:EXCLUSIVE|BREAKING|UPDATE|WATCH)\s+(?=[A-Z])"
    r"|^(?:exclusive|breaking|official|update|report|confirmed|it'?s official|trailers?|teasers?|photos?"
    r"|(?:\w+\s+)?alert|finally|big read|good news|bad news|(?:the\s+)?end of an era"
    r"|videos?|watch|first look|news|tv news|(?:tv\s+)?news\s+round-?up|round-?up|casting|spoilers|tv"
    # ("Streaming Ratings: Canceled 'The Boroughs' Debuts at No. 2 Overall": a column's name)
    r"|(?:(?:streaming|tv|nielsen|weekly|overnight|primetime|cable|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?"
    r"ratings"
    r"|anime|k-?drama|entertainment|un-?cancell?ed"
    # an event's dateline: "Comic-Con: Wynonna Earp Season 4 Greenlit by SyFy"
    r"|(?:sdcc|nycc|comic-?con|tca|upfronts?|mipcom|mipcom junior|mip ?tv|anime expo|annecy)(?:\s+20\d\d)?)"
    r"\s*[:|\u2014\u2013-]\s*"
    # (not a title's own ": The Series": "From Dusk Till Dawn: The Series")
    r"|(?<!: the)\s+(?:tv\s+)?(?:series|drama|comedy|anime|k-?drama)$"
    r"|\s+(?:tv|live-action|animated|reality|talk|comedy|spin-?off|new|hit|popular)\s+show$",
    re.IGNORECASE,
)


# How a network acts, not what: "The CW Swiftly Cancels Another Show".
_ADVERBS = (
    r"swiftly|quietly|abruptly|suddenly|unexpectedly|quickly|sadly|shockingly|formally|officially|seemingly"
)


# Words after a title that are not the title: "The Acolyte is being cancelled", "Orange Is the New
# Black Already Renewed", "Stranger Things Cast Wraps", "Invincible's officially getting".
_AUXILIARY = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|will)\s+(?:being|going|getting|officially|now|set|coming|ending"
    r"|returning|back|headed|heading|not|already|finally|also|reportedly|confirmed|renewed|cancell?ed|axed"
    rf"|started|begun|wrapped|finished|ended|announced|commissioned|greenlit|filming|shooting|{_ADVERBS}"
    rf"|get|be|been|end|return|(?:the\s+)?(?:latest|newest|another)|{_NETWORK}'s)"
    r"|(?:set\s+)?to\s+(?:get|end|return|conclude|wrap|begin|start|receive|air|premiere|debut|come back"
    r"|continue"
    r"|be\s+(?:axed|cancell?ed|scrapped|renewed|back))|returns\s+to"
    # "River City becomes second soap axed in 2025"
    r"|(?:becomes?|became)\s+(?:the\s+)?(?:latest|newest|another|next|second|third|fourth|fifth|\d+(?:st|nd|rd|th)))\b.*$",
    re.IGNORECASE,
)


_TRAILING = re.compile(
    r"(?:\s+(?:to|will|is|are|was|has|have)\s+(?:be|being|been|get|getting))+$"
    r"|\s+(?:is\s+|are\s+)?(?:coming|comes?)\s+to\s+an$"
    # "Yellowstone set [to end]" (not "Jet Set")
    r"|(?<!\bjet)(?<!\bJet)\s+(?:is\s+|are\s+|now\s+)?(?:set|Set|SET)$"
    r"|(?:\s+(?:already|officially|finally|now|also|just|reportedly|surprisingly|teaser|trailer|releases?"
    r"|scores?|lands?|gets?|earns?|nabs?|snags?|grabs?|bags?|nets?|wins?|given|handed|receives?|secures?|comes"
    r"|(?:is\s+|are\s+)?(?:coming|heading)|becomes|became|ending|announced|commissioned|greenlit|"
    + _ADVERBS
    # (not a title's own "Team" after an acronym: "SEAL Team")
    + r"|reveals?|drops?|unveils?|cast|crew|(?<!(?-i:[A-Z]{4})\s)team|creators?|showrunners?|producers?|fans?"
    r"|live-action|animated"
    r"|reboot|remake|for|to|as|after|at|with|in|on|and|by|from))+$",
    re.IGNORECASE,
)


# Someone's show: "Drew Barrymore's Santa Clarita Diet", "Shaun Evans and Suranne Jones' drama Vigil",
# "Park Eun-bin, Kang Tae-oh's Extraordinary Attorney Woo". Two names or more own it, none of them a
# word that titles use ("Beyond Journey's End", "The Handmaid's Tale" stay whole).
_OWNER = re.compile(
    # (not a title's form of address: "Mrs Brown's Boys", "Mr. Selfridge's ...")
    r"^(?!(?:the|a|an|my|our|your|beyond|of|in|on|at|to|for|from|with|no|one|(?i:mrs|mr|ms|miss|dr|lady|sir))\.?\s)"
    # ("Amy Sherman-Palladino's Étoile": a title may begin with any letter)
    r"(?:[A-Z][\w.'-]*(?:,\s*|\s+(?:and\s+|&\s+)?)){1,7}?[A-Z][\w.'-]*?(?:'s|s')\s+(?=[^\W_])"
)


_OWNER_WORD = re.compile(
    r"\b(?:The|A|An|Of|In|On|At|To|For|From|With|Beyond|My|Our|Your|No)\b"
    r"|(?i:anime|series|show|drama|season|comedy|franchise)(?:'s|s')\s+$"
)


# A genre before the name: "Superhero show The Boys", "Korean Drama Sweet Home", "Crime drama Baptiste".
_GENRES_BEFORE = (
    r"(?i:series|show|drama|comedy|thriller|sitcom|anime|k-?drama|docuseries|miniseries|procedural|animation"
    r"|spin-?off|sleeper hit|soap|programme|program|telenovela)"
)
_GENRE_BEFORE = re.compile(
    # ("Romantic Drama Series SWEET MAGNOLIAS": the genres one after another)
    rf"^(?!(?:the|a|an)\s)(?:[\w'+-]+,?\s+){{1,5}}?(?:tv\s+)?{_GENRES_BEFORE}(?:\s+{_GENRES_BEFORE})*"
    # (not the title's own genre before its season: "Psyren Anime Season to Premiere")
    rf"\s+(?!(?i:season|sequel)\b)(?=[{_CAPITAL}'\"0-9])"
    rf"|^(?:tv\s+)?(?:series|show|drama|comedy|thriller|sitcom|anime|k-?drama|docuseries|miniseries)\s+(?=[{_CAPITAL}'\"])"
    # "Second Season of Comedy 'Only Murders in the Building'": a genre before a quoted title
    r"|^(?i:series|show|drama|comedy|thriller|sitcom|anime|docuseries|miniseries)\s+(?=['\"][A-Z0-9])"
    # "K-drama Signal gets Season 2" (but "Show Me a Hero" is a title)
    rf"|^(?i:k-?drama)\s+(?=[{_CAPITAL}'\"])"
)


_SHOWS_RUN = re.compile(r"'s?\s+(?:(?:[\w-]+-(?:year|season)|long|original)\s+)?run\s*$", re.IGNORECASE)
_ONE_WORDS_RUN = re.compile(r"[\w.-]+'s\s+run\s*", re.IGNORECASE)


_COUNTRYS_SHOW = re.compile(
    rf"^(?i:{_COUNTRY})'s\s+(?=[{_CAPITAL}0-9])(?!(?:Got|Next|Most|Best|Worst|Drag|Test|Ninja|Top|Greatest"
    r"|Toughest|Smartest|Funniest|Fittest|Favou?rite|Sweethearts)\b)"
)


def _clean_show(text: str, *, quoted: bool = False) -> str:
    text = re.sub(r"^\s*\[[^\]]{1,30}\]\s*", "", text)  # "[Drama News] The Heirs"
    # "Shōgun Adds 5 To Season 2 Cast": the show's casting of people for a season is not its name
    text = _trim(
        re.sub(
            r"(?<=\w)\s+(?-i:Adds|Taps|Casts|Enlists|Recruits|Books|Welcomes)\s+(?:\S+\s+){1,6}?"
            rf"(?i:to|for)\s+(?:(?i:its|the)\s+)?(?:(?i:{_ORDINAL})\s+)?(?i:{_SEASON_WORD})\b.*$",
            "",
            text,
        )
    )
    # "Sweet Home's Third Season", "BEASTARS Anime's Final Season": the season is not the title.
    text = re.sub(
        rf"'s?\s+(?:{_ORDINAL}|final|last|new|next)\b(?:\s+(?:and|&)(?:\s+(?:final|last)\b)?)?"
        rf"(?:\s+{_SEASON_WORD}\b.*)?\s*$",
        "", text, flags=re.I,
    )  # fmt: skip
    # "Fairy Tail's Run Ends After 10 Years", "Glee's Six-Season Run": the run is the show's, not its title
    # (a one-word possessive's bare "Run" is one: "Logan's Run")
    if not _ONE_WORDS_RUN.fullmatch(text):
        text = _SHOWS_RUN.sub("", text)
    if quoted:  # a quoted title is the title, without a season the quote took in ("Kingdom Season 2")
        text = re.sub(rf"\s+(?:season|seasons|series)\s+{_NUMBER}$", "", text, flags=re.I)
        return _trim(re.sub(r"(?<=\w)'s$", "", text))
    text = re.sub(r"\s*\([^)]*\)", "", text)  # "Kaos (and my confidence in the platform)"
    # "GALAVANT Marches To Second Season": a title written in capitals ends where the capitals do (not an
    # acronym's: "NCIS Origins", "SEAL Team"; nor a tag's: "EXCLUSIVE Ted Lasso RETURNS")
    text = re.sub(
        r"^(?!(?:EXCLUSIVE|BREAKING|UPDATED?|WATCH|VIDEO|PHOTOS?|REPORT|OFFICIAL|CONFIRMED)\b)"
        r"((?-i:[A-Z][A-Z0-9'&.!-]{5,}))\s+(?-i:[A-Z][a-z]).*$",
        r"\1",
        text,
    )
    # "Oscar Winner Jennifer Hudson's Talk Show": an award before a name describes its person
    text = re.sub(
        r"^(?:Oscar|Emmy|Grammy|Tony|Golden Globe|BAFTA)[- ](?:Winner|Winning|Nominee|Nominated)\s+",
        "",
        text,
        flags=re.I,
    )
    text = re.sub(r"(?<=\w)\s+(?i:series\s+)?(?i:finale)$", "", text)  # "Agents of SHIELD Series Finale"
    # "The Mandalorian Star/Director Carl Weathers": the show's person, by a role and a name, is not the title
    # (the last role word: "9-1-1: Lone Star Star Rob Lowe")
    text = re.sub(
        r"^(.*\w)\s+(?-i:Star|Director|Creator|Co-Creator|Showrunner|Boss|Actor|Actress|Host|Alum)"
        r"(?:/(?-i:[A-Z][\w-]+))*(?:\s+(?!(?:Wars|Trek|Series|Show|Season|Drama|Comedy|Spinoff|Movie|Film)\b)"
        r"(?-i:[A-Z][\w'.-]+)){2,3}$",
        r"\1",
        text,
    )
    # "Hope Street Police Drama", "Line of Duty Crime Series": a kind of story after the title describes it
    text = re.sub(
        rf"(?<=[A-Za-z0-9])\s+(?i:{_STORY_KINDS})\s+(?-i:Drama|Series|Comedy|Thriller|Sitcom|Show)$", "", text
    )
    # "Final Season of Scandal and Revives Its Hit Sitcom Roseanne": the network's next act is not the name
    text = re.sub(rf"\s+(?i:and|but)\s+(?i:{_ACTS}).*$", "", text)
    # "... Turn Up Charlie And Fans Aren't Happy": who reacts is not the name
    text = re.sub(
        r"\s+(?i:and|but|as|so)\s+(?i:(?:the\s+)?(?:fans|viewers|audiences?|internet|twitter|people))\b.*$",
        "",
        text,
    )
    # "Season 2 of the Last of Us TV show has been" -> "the Last of Us"
    text = re.sub(rf"^(?:{_SEASON_WORD})\s+{_NUMBER}\s+of\s+", "", text, flags=re.I)
    text = re.sub(r"\s+(?:has|have|had)\s+(?:officially\s+|already\s+|just\s+)?been$", "", text, flags=re.I)
    text = re.sub(
        r"(?:\s+(?:is|was|are|were|will|gets?|got|has|have|officially|just))+$", "", text, flags=re.I
    )
    text = _AUXILIARY.sub("", text)
    # "The Simpsons to pass 800 episodes" (not "Packed to the Rafters")
    text = re.sub(r"(?<=\w)\s+to\s+(?!the\b)[a-z][a-z'-]*\b.*$", "", text)
    # "Peacemaker HBO Max Series", "Acclaimed Prime Video Series": the network's series is not the name
    text = re.sub(
        rf"(?<=\w)\s+(?i:{_NETWORK})(?:'s)?(?:\s+(?i:original|tv))?\s+(?i:series|show|drama|comedy|anime|sitcom"
        r"|docuseries|documentary)$",
        "",
        text,
    )
    text = _LEAD_TRAIL.sub("", text)
    text = re.sub(r"\s+(?i:renewal|cancell?ation)(?:\s+(?i:twist|news|update|confirmed))?$", "", text)
    # "Longmire End Date Set: Netflix Renews Drama for Sixth and Final Season"
    text = re.sub(
        r"(?<=[A-Za-z])\s+(?i:premiere|release|return|debut|air|end)\s+(?i:date)(?:\s+(?i:set|revealed|announced))?$",
        "",
        text,
    )
    # "The Last of Us show", but not "That '70s Show"
    text = re.sub(
        r"(?<=[A-Za-z0-9])\s+(?:(?i:tv)\s+)?(?:show|(?i:serial))$", "", text
    )  # "Mahabharat TV Serial"
    # "ABC Renews Scrubs Revival 2 Weeks After Season Finale": a time after the name is not the name
    text = re.sub(r"(?<=[A-Za-z0-9])\s+\d{1,2}\s+(?i:weeks?|days?|months?)$", "", text)
    # "Doctor Blake Mysteries telemovie", "Live-Action Cowboy Bebop Show" (but "Cleveland Show")
    text = re.sub(
        r"(?<=[A-Za-z0-9])\s+(?:telemovie|movie|film|special|(?i:reboot|revival)|prequel|sequel|franchise)$",
        "",
        text,
    )
    # ("Animated Comedy Solar Opposites": the genre after it describes too)
    described = re.match(
        r"(?i:live[- ]action|animated)(?:\s+(?i:comedy|series|sitcom|drama|adventure|fantasy|sci-fi))?"
        r"\s+(?=[A-Z0-9])",
        text,
    )
    if described:
        text = re.sub(r"(?<=[A-Za-z0-9])\s+Show$", "", text[described.end() :])
    text = re.sub(r"^(?:[\w+]+\s+)?(?i:co-?production)\s+(?=[A-Z0-9])", "", text)  # "UKTV Co-Production X"
    text = re.sub(r"^(?i:(?:the\s+)?(?:cast|stars|crew|team)\s+of)\s+(?=[A-Z0-9'\"])", "", text)
    if _NETWORKS_ONLY.fullmatch(text):
        return ""  # ("Discovery Channel has renewed Deadliest Catch": not "Channel")
    text = _NETWORK_PREFIX.sub("", text)
    # ("Netflix's live-action Cowboy Bebop": the network's kind of version, after its name)
    text = re.sub(r"^(?i:live[- ]action|animated)\s+(?=[A-Z0-9])", "", text)
    text = _DESCRIPTION.sub("", text)
    # "Wraps on The King 2 Hearts" (lower case only: "For All Mankind" is a title)
    text = re.sub(r"^(?:on|for|of)\s+(?=[A-Z0-9'\"]|[a-z]+[A-Z])", "", text)
    # "Third Gavin & Stacey series finished filming"
    text = re.sub(rf"^(?i:{_ORDINAL})\s+(?=[A-Z0-9'\"])", "", text)
    text = re.sub(r"^(?:confirms?|announces?|reveals?|says?|sets?)\s+(?:that\s+)?", "", text, flags=re.I)
    # "Netflix Cancels Live-Action One Piece? No, Season 2 Is Filming": the verb's object
    if not quoted:
        text = re.sub(
            r"^(?:[A-Z][\w+&.'-]*\s+){0,3}(?-i:Cancels|Renews|Axes|Scraps)\s+(?=[A-Z0-9])", "", text
        )
    # "Manoj Bajpayee Announces The Family Man"; "Only Murders in the Building Cast Celebrates"; "Ricky
    # Gervais says After Life season 3 will be Netflix comedy's final run"
    text = re.sub(
        r"^(?:[A-Z][\w'.-]*\s+){1,4}(?i:announces?|confirms?|reveals?|shares?|celebrates?|says|insists|admits)"
        r"\s+(?:(?i:that)\s+)?(?=[A-Z0-9'\"])",
        "",
        text,
    )
    text = re.sub(
        r"(?:\s+(?:cast|team|crew))?\s+(?:celebrates?|reveals?|confirms?|announces?)$", "", text, flags=re.I
    )
    # "for Sixth and Final Season of Lucifer" -> "Lucifer"; "Final Season of Better Call Saul"
    text = re.sub(
        r"^(?!(?i:a\s+series\s+of)\b)"  # ("A Series of Unfortunate Events" is a title)
        rf"(?:for\s+)?(?:(?:the|a|its)\s+)?(?:{_ORDINAL}\s+)?(?:and\s+(?:final|last)\s+|(?:final|last)\s+)?"
        rf"{_SEASON_WORD}\s+of\s+",
        "", text, flags=re.I,
    )  # fmt: skip
    if not quoted:  # "Vikings Debuts Official Final Season Trailer": the name is before its verb
        text = re.sub(r"(?<=\w)\s+(?-i:Debuts|Drops|Releases|Unveils)\s+(?-i:[A-Z])[\w'-]*.*$", "", text)
    text = _NETWORK_PREFIX.sub("", text)  # "The Sixth Season of Netflix's Cobra Kai"
    text = re.sub(rf"\s+(?:(?:season|seasons|series)\s+{_NUMBER}|S\d{{1,2}}\b).*$", "", text, flags=re.I)
    # "Élite Announces Season 8"
    text = re.sub(r"\s+(?:announces?|confirms?|reveals?)$", "", text, flags=re.I)
    text = re.sub(rf"\s+(?:{_ORDINAL})(?:\s+seasons?)?$", "", text, flags=re.I)  # "Stranger Things second"
    # "Peaky Blinders Sixth And Final Season Production"
    text = re.sub(
        rf"\s+(?:(?:{_ORDINAL})\s+(?:and\s+(?:final|last)\s+)?|(?:final|last)\s+){_SEASON_WORD}\b(?!\s+of\b).*$",
        "",
        text,
        flags=re.I,
    )
    # "Overgeared Anime's New Video", "Fool Night Anime's Teaser": the anime's video is not the title
    text = re.sub(
        r"(?<=\w)(?:\s+(?i:tv\s+)?(?i:anime|series))?'s?\s+(?:(?i:new|first|second|main|latest|official|full"
        r"|\d+(?:st|nd|rd|th))\s+)*(?i:video|trailer|teaser|promo|visual|key visual|poster)s?\b.*$",
        "",
        text,
    )
    # "Edens Zero Anime", "Fallout TV show" (a capital "Show" may be the title's: "Cleveland Show")
    # ("PuniRunes Puni 4 Anime Season", "Everyday Host Anime Sequel Series": the anime's season or sequel)
    text = re.sub(
        r"(?<=\w)\s+(?i:(?:tv\s+)?anime(?:\s+(?:season|sequel(?:\s+series)?|series))?|tv\s+show|tv\s+series)(?:'s)?"
        r"(?=(?:\s+to)?\s*$)",
        "",
        text,
    )
    # "Bleach: Thousand-Year Blood War Part 2"
    text = re.sub(rf"\s+(?-i:Part)\s+{_NUMBER}$", "", text, flags=re.I)
    text = re.sub(r"\s+(?i:and|&)\s+(?i:one|two|three|\d+)\s+(?i:more|others?)$", "", text)
    owner = _OWNER.match(text)
    if owner and not _OWNER_WORD.search(owner.group()):
        text = text[owner.end() :]
        # "Jack Rooke's award-winning Big Boys": the words in lower case before the name describe it
        if not quoted:
            text = re.sub(r"^(?!(?:the|a|an|of|and)\s)(?:[a-z][\w'-]*\s+){1,3}(?=[A-Z0-9])", "", text)
            # "Idris Elba's Show Turn Up Charlie": someone's show, then its name
            text = re.sub(r"^(?:Show|Series|Drama|Comedy|Sitcom)\s+(?=[A-Z0-9])", "", text)
    text = _GENRE_BEFORE.sub("", text)
    if not quoted:  # "AMC Renews the Acclaimed Lodge 49": praise is no part of the name
        text = re.sub(
            r"^(?:the\s+)?(?:(?i:critically)\s+)?(?i:acclaimed|beloved|popular|long-running|award-winning|cult"
            r"|fan-favou?rite|much-loved|low-rated|controversial|flop|ratings\s+flop|short-lived|struggling"
            r"|new\s+hit)"  # ("Prime Video's New Hit Scarpetta"; not "Hit" alone: "Hit & Miss")
            # (a compound in lower case: "Netflix's chart-topping Outer Banks"; not "Star-Crossed")
            r"(?:\s+[a-z]+(?:-[a-z]+)+)?\s+(?=[A-Z0-9])"
            r"|^[a-z]+(?:-[a-z]+)+\s+(?=[A-Z0-9])",
            "",
            text,
        )
    # "Long-Running Soap Doctors": a genre no title opens with, capitalised in a headline's case
    text = re.sub(
        r"^(?i:soap|soap opera|sitcom|docuseries|miniseries|k-?drama|anime series)\s+(?=[A-Z0-9'\"])",
        "",
        text,
    )
    text = re.sub(
        rf"^(?-i:The)\s+[{_CAPITAL}][\w-]+s'\s+(?=[{_CAPITAL}0-9])", "", text
    )  # "The Wachowskis' Sense8"
    # "Alberta-shot Heartland", "Reese Witherspoon-led The Morning Show", "Hollywood North: B.C.-shot
    # Virgin River" (what runs up to such a word describes the show)
    text = re.sub(
        r"^(?:\S+\s+){0,4}?[A-Z][\w.]+-(?:shot|set|based|born|made|starrer|led|fronted|helmed|backed)"
        r"\s+(?=[A-Z0-9])",
        "",
        text,
    )
    # "Australia's Bluey" (not a title made with the country's name: "America's Got Talent", "America's Next
    # Top Model", "Canada's Drag Race", "America's Funniest Home Videos")
    text = _COUNTRYS_SHOW.sub("", text)
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
    # "Gives High Maintenance a [Second Season]", "Gives Euphoria Fans a New Season", "Gives Outlander A
    # [Seventh Season]"
    text = re.sub(
        r"(?<=\w)\s+(?-i:a|an|its|A|An|Its)(?:\s+(?i:new|another|fresh)\s+(?i:season|series))?$", "", text
    )
    text = re.sub(r"(?<=\w)\s+(?i:fans)$", "", text)
    # "Good Girls and its great cast renewed for third season": the show, with its cast
    text = re.sub(r"(?<=\w)\s+(?i:and\s+(?:its|their)\s+(?:[\w-]+\s+)?cast)$", "", text)
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
    r"|(?:the\s+)?(?:(?:fall|spring|summer|winter|autumn|midseason|new)\s+)?(?:premiere|release|return|debut)\s+dates?\b|(?:official\s+)?(?:trailer|teaser)s?(?:\s+(?:for|of|and)\b|$))"
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
    # a business's things: "Disney+ Axes Price Increase", "NBC Renews Olympics Rights", "Subscription Tier"
    r"|\b(?:price|increase|hike|subscriptions?|tiers?|rights|contracts?|partnerships?|sponsorships?|licen[cs]es?"
    r"|fees?)$"
    # a couple's or a person's run: "Kim Kardashian And Pete Davidson Romance"
    r"|\s(?:romance|relationship|feud|friendship|marriage|engagement|tenure)$"
    r"|\bwill\s+(?:come|be|end|return|not)\b|^(?:producers?|creators?|showrunners?|stars?|cast|fans?)$"
    r"|^(?:[\w-]+\s+)?(?:hits?|smash(?:es)?|sensations?|phenomen(?:on|a)|favou?rites?)$"
    # a description's compound ending the words: "Cancels Problem-Riddled Series", "Kevin Bacon-Led Series"
    r"|\w-(?:led|created|starring|studded|budget|riddled|fronted|produced|backed|helmed|penned|directed"
    r"|written|starrer|winning|nominated|inspired|based|driven|packed|themed|rated|favou?rite|loved|running"
    r"|acclaimed)$"
    # "Netflix's Hit 6-Season Series Is Officially Ending", "Renews Breakout Comedy TV Show": a kind of show
    r"|\b\d+-(?:season|series|episode|part)s?$|^(?:tv|web|television|streaming)\s+(?:show|series|drama)s?$"
    # "Canal+ Axes MultiChoice Streamer Showmax", "A Comedy Thing YouTube Channel": no show
    r"|\bstreamer\b|\bchannel$"
    # the network's stir, not a title: "Netflix Sparks Outrage by Cancelling Beloved Show"
    r"|^(?:sparks|draws|stirs|triggers|prompts|angers|upsets|infuriates|enrages|frustrates|disappoints"
    r"|shocks|stuns|divides)\s+(?:[\w-]+\s+)?(?:outrage|backlash|fury|anger|controversy|debate|fans|viewers"
    r"|subscribers|audiences|uproar|criticism|concern)\b"
    # ("Stephen King's Best New Series Is Officially Returning": a show described by the possessive's best)
    r"|^best(?:\s+(?:new|animated|original))?$"
    r"|^(?:" + "|".join(CARDINALS) + r"|new|popular|hit|beloved|acclaimed|dramedy|comedy|drama|animated"
    r"|reality|docuseries|anime|sitcom|procedural|british|korean|japanese|spanish|indian|american|[kcj]-?drama"
    r"|to|for|of|on|in|at|the|a|an)$|\b(?:teasers?|trailers?|posters?)$|\b(?:premiere|release) date\b"
    r"|^(?:a|an|its|one|another)\s+(?:[\w-]+\s+){0,2}(?:show|series|drama|comedy|anime)$"
    # an airing's event: "Renews New Viking Epic Series for Season 2 Ahead of Series Premiere"
    r"|^(?:(?:the|its|series|season|show)\s+)?(?:premiere|finale|debut|release|launch|return)s?$"
    # the reader asked: "CBS Announces Fall Series Renewals - Did Your Favorites Make the Cut?"
    r"|^(?:did|do|does|can|could|should|would|how|what|which)\s+(?:you|your|we|our|they|it|the|this)\b.*\?$",
    re.IGNORECASE,
)


_GENERIC_TAIL = re.compile(
    r"\b(?:shows|sitcoms|dramas|comedies|renewals|cancell?ations|round-?up)$|\b(?:premiere|release) date\b"
    r"|\b(?:teasers?|trailers?|posters?)$",
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
    + r"|another\b|every\b|everything\b|nothing\b|all\s+(?:the\s+)?(?:shows|series)|some\s|many\s|these\s"
    r"|one of\b|which\b|why\b"
    # (the entertainment sites' lead-in: "9 Years Later, An Award-Winning ... Series"; the descriptions after
    # it are `_DESCRIBED_NAME`'s, in _rules.py)
    r"|\d+\s+(?:years?|months?|decades?)\s+later\b"
    r"|here'?s\b|here is\b|what'?s\b|what is\b|this\s+time\b|\d+\s+of\b|(?:tv\s+)?networks\b|check\s+out\b"
    r"|this\s+(?:[\w-]+\s+){0,3}(?:series|show|drama|comedy|anime|sitcom)\b"
    r"|amazing\b|just about\b|this\s+(?:season|year|week)\b|(?:but|so|yet)\s|(?:and|or)$"
    # ("When Your Favorite TV Show Gets Cancelled", "READ: What's Been Renewed, Axed And Saved By TBS")
    r"|when\s+(?:your|my|our|a|an)\b|(?:read|watch|listen|video|photos?):\s"
    r"|(?:new|popular|hit|beloved|acclaimed|huge|big|major|long-running|dramedy|comedy|drama|animated|reality)"
    r"\s+(?:series|shows?|dramas?"
    r"|comed(?:y|ies))(?=\s*$|\s+(?i:after|for|at|with|in|on|by|from|that|which|is|was|just)\b))",
    re.IGNORECASE,
)


_MANY = re.compile(_MANY_SHOWS, re.IGNORECASE)


_REPORTING = re.compile(
    r"^(?:confirms?|sets?|announces?|reveals?|unveils?|drops|releases?|gives?|shares?|debuts?|officially)\b",
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
    r"(?=\s+(?i:for|after|at|with|through|to|as|ahead|amid|following|before|despite|along(?:side|\s+with)|together\s+with|,)\b|\s+from\b"
    # ("Disney Channel Cancels Cult Series Right After Season 2 Finale")
    r"|\s+(?i:right|just|shortly|soon|immediately)\s+(?i:after|before)\b"
    r"|\s[\u2014\u2013|-]\s"
    # ("Season 2 of Arcane confirmed": the word that says it)
    r"|\s+(?i:(?:is|was|has\s+been|have\s+been)\s+)?(?i:officially\s+)?(?i:confirmed|announced|commissioned|greenlit)"
    r"(?=\s*$|[\s,:;!.])"
    # ("Season 3 of Wednesday is happening")
    r"|\s+(?i:is\s+(?:officially\s+)?(?:happening|a\s+go))\b"
    # ("Globoplay announces second season of Desalma and third of A Divisão": another show's season after it)
    r"|\s+(?i:and|&)\s+(?i:" + _ORDINAL + r")\s+(?:(?i:season|series)\s+)?(?i:of|for)\b"
    # ("Netflix Renews Big Mouth And Spin-Off Human Resources": another show joined on after it)
    r"|\s+(?i:and|&)\s+(?i:its\s+)?(?i:spin-?offs?|spinoffs?)\b"
    r"|[,:;!]|" + _NOT_AFTER_AN_ADDRESS + r"\.|$)"
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


# "Sanditon fans devastated as show is": the fans' show, the one a decision after it is of
_FANS_OF = re.compile(
    rf"{_TITLE_RUN}\s+(?i:fans|viewers)\s+(?:(?i:left|are|were)\s+)?[a-z][\w']*\s+(?i:as|after)\s+"
    rf"(?:(?i:the|their|beloved|hit|popular|{_NETWORK})(?:'s)?\s+)*(?i:show|series|drama|soap|sitcom|programme"
    r"|serial)\s+(?:(?i:is|was|has\s+been|gets?|got)\s+)?(?:(?i:officially|finally)\s+)?$"
)


_SEASON_AFTER = rf"\s+(?i:{_SEASON_WORD})\s+(?i:{_NUMBER})\b"


# A quoted season's name, not a show's: "Golden Kamuy Confirms 'Final Chapter' Season 5".
_SEASON_NAME = re.compile(r"(?:the\s+)?(?:final|last)\s+(?:chapter|season|part|series)", re.IGNORECASE)


_ACTS = (
    r"(?:renews|cancels|axes|orders|picks up|greenlights|revives|rescues|scraps|gives|confirms|announces"
    r"|to end|ends|cans|canning)\b"
)


# A network's decision on the title it names after it ("Syfy Cancels 'Dark Matter,' Renews 'Killjoys'"): just
# before a quote, or before the quoted title a lead ends with
_DECIDES = r"(?:renews|cancels|axes|orders|picks up|greenlights|revives|rescues|scraps|cans|drops)\b"
_DECIDES_BEFORE = re.compile(rf"\b(?:{_DECIDES}|buys|acquires)\s*$", re.IGNORECASE)
# ("ChaiFlicks Buys 'Bloody Murray' & Renews 'Shtisel'": what a network bought is not what it renewed)
_DECIDED_BEFORE = re.compile(
    rf"\b(?i:{_DECIDES}|buys|acquires|lands|nabs)\s+['\"][^'\"]+['\"](?:,|\s+(?:&|and))?\s*$"
)


# The kinds of story a show is described by ("Crime Drama", "Fantasy Series"): no title alone.
_STORY_KINDS = (
    r"crime|fantasy|spy|legal|medical|police|sci-fi|horror|period|teen|family|historical|political|reality"
    r"|animated|superhero|mystery|war|western|action|romantic|romance|workplace|cop|procedural|prestige"
)


# A genre described in a headline's capitals, naming no show ("Spy Drama", "Gary Oldman Spy Drama", "Spy
# Thriller"): after a title and a colon, the title is the show.
# After a title and a colon, a description that ends in a show's kind in lower case: "Curb Your
# Enthusiasm: Larry David comedy to end", "Plebs: Bafta nominated sitcom comes to an end": the title is
# the one before the colon.
_DESCRIPTION_AFTER = re.compile(
    r"\s(?-i:comedy|drama|sitcom|soap|series|show|talkshow|talk show|programme|hit|thriller|anime"
    r"|docuseries)$"
)
_GENRE_IN_CAPITALS = re.compile(
    # (a person's name, words of a kind of story, or both; "Jigokuraku Anime", "The Last Airbender Series"
    # are titles)
    r"(?=\S+\s+\S)(?:[A-Z][a-z'.]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z'.]+(?:-[A-Z][a-z]+)?\s+)?"
    # (these kinds only before a genre's noun: alone, "Supernatural" is a title)
    r"(?:(?i:hit|new|acclaimed|award-winning|cult|dark|royal|comedy|dramedy|thriller|adult|kids'?|children'?s|tv"
    r"|detective|musical|psychological|supernatural|prison|hospital|courtroom|sketch|satirical|true-crime|"
    + _STORY_KINDS
    + r")\s+){0,3}"
    r"(?-i:Drama|Comedy|Thriller|Sitcom|Series|Show|Anime|Docuseries|Miniseries)"
)


# What a verb acts on, up to the first word that is not its object.
_OBJECT = re.compile(
    r"\s+((?:(?!(?i:with|for|after|as|amid|in|at|by|from|to|on|over|due|following|because|that|which|it"
    r"|despite|before|ahead|until|than|while|and|but|or|along|alongside|together)\b)[^\s,:;|!?.()\u2014\u2013]+\s*){1,8})"
)


_OWN_OBJECT = re.compile(
    r"(?:^|\s)(?:shows?|series|seasons?|episodes?|drama|comedy|thriller|sitcom|anime|reboot|revival|soap|programme"
    r"|run)\s*$"
)


# "The end of Ghosts: BBC sitcom to finish after five series": the words before the title the end is of.
_END_OF = re.compile(r"^(?:the\s+)?end\s+of\s+(?=(?-i:[A-Z0-9'\"]))", re.IGNORECASE)


# Another statement joined on after the news: "..., And Now I See Why ...".
_JOINED_ON = re.compile(r",\s+(?i:and|but|so|while|yet|then|plus|reveals?|explains?|shares?)\s")
_CLAUSE_END = re.compile(r"\s*;\s|\s\|\s")


def _acts_on_a_thing(said: str, after: str) -> bool:
    """Whether a network's or a person's active verb acts on a thing written in lower case, or named and
    then said in lower case ("Honda cancels the two electric vehicles it was developing", "Ring cancels
    its partnership with Flock", "Insurers to cancel policies", "Elon Musk cancels Twitter Blue
    subscriptions"): then whoever acts is not a show, and the object names none. Not a show's own
    season, episodes or genre ("Reality show cancels season", "cancels excellent Dead Boy Detectives
    show")."""
    if not re.match(r"(?:cancel|axe|scrap|renew|greenlight|revive|shelve|ditch)(?:e?s)?\b", said, re.I):
        return False
    obj = _OBJECT.match(after)
    if obj is None:
        return False
    words = obj.group(1).strip()
    if _OWN_OBJECT.search(words) or words[:1] in "'\"":
        return False
    # wholly in lower case, or ending in a noun in lower case ("cancels Twitter Blue subscriptions")
    return not re.search(r"[A-Z0-9'\"\u00c0-\u017f]", words) or bool(
        re.search(r"\s(?-i:[a-z][\w-]*[a-z])$", words)
    )


def _colon_joined(before: str, prev: str, lead: str) -> bool:
    """Whether the words before the verb hold "PREV: LEAD", PREV at their start or after a clause's mark
    (read at a place rather than with the words written into a pattern, which would push the patterns
    every headline uses out of the `re` module's cache)."""
    for at in (0, *(m.end() for m in re.finditer(r"[:!;]\s|\s-\s", before))):
        rest = before[at:]
        if rest.startswith(f"{prev}:"):
            gap = re.match(r"\s+", rest[len(prev) + 1 :])
            if gap and rest[len(prev) + 1 + gap.end() :].startswith(lead):
                return True
    return False


# Someone named by the show they come from: "'Yellowstone' Alum Ian Bohen", "'Succession' Star".
_FROM_A_SHOW = re.compile(
    r"\W?\s*(?i:alum|alumn[ai]|alumnus|star|actor|actress|vet|veteran|favorite|favourite|breakout|creator"
    r"|writer|director|showrunner)s?\b"
)


def _lower_after_first(words: str) -> bool:
    """Whether words past the first hold one a title would capitalise, left in lower case ("Pure love",
    "Fire them!"): someone's words, not a title."""
    return any(w[:1].islower() and w.strip("'\".,:;!?") not in _TITLE_SMALL for w in words.split()[1:])


# A country's edition of a format, named after its quoted title: "'The Traitors' India Sets August Season 2
# Bow" is The Traitors India, not The Traitors.
_EDITION = re.compile(
    r"\W?\s+((?-i:India|Canada|Australia|New Zealand|NZ|Ireland|Philippines|Mexico|M\u00e9xico|Brasil|Brazil"
    r"|Germany|Deutschland|France|Espa\u00f1a|Spain|Italia|Italy|Japan|Korea|South Africa|Nigeria|Kenya|Ghana"
    r"|Singapore|Malaysia|Indonesia|Thailand|Vietnam|Qu\u00e9bec|Quebec|Scotland|Argentina|Chile|Colombia|Sweden"
    r"|Norway|Denmark|Finland|Netherlands|Nederland|Belgium|Poland|Turkey|Israel|Arabia|Africa|Asia|Latino"
    r"|Latinoam\u00e9rica|UK|U\.K\.|USA|US|U\.S\.|Down Under))\s+"
)


def _with_edition(title: str, start: int, quoted: str, at: int) -> str:
    """A title quoted at `start`, with a country's edition that stands alone between it and the verb at
    `at` ("'The Traitors' India Sets ...")."""
    edition = _EDITION.fullmatch(title, start + len(quoted) + 1, at)
    return f"{quoted} {edition.group(1)}" if edition else quoted


# A statement that opens with a network and its verb: "CBS reverses SWAT axe", "Apple TV+ extends ..."
_NETWORK_ACTS = re.compile(
    rf"\s*(?i:{_NETWORK})\s+(?!(?i:series|shows|dramas|comedies|originals)\b)[A-Za-z]+s\s"
)
_NETWORK_ALONE = re.compile(rf"\s*(?i:{_NETWORK})\s*")


def _show_text(title: str, span: tuple[int, int] | None) -> str | None:
    """The show a headline is about, as written: its quoted title (one before the verb, when a later
    quote is someone's words), else the words before the verb, else the words after a network's
    verb ("Netflix Renews Squid Game for Season 2"), else the headline's first clause ("The Bear
    season 4: FX confirms June 2025 return"). None for words that name no show."""
    at = span[0] if span is not None else len(title)
    quoted = [(m.start(), m.group(1)) for m in _QUOTED.finditer(title) if m.group(1).strip()]
    quoted = [(start, q) for start, q in quoted if len(q) <= 120]
    # ('"About Time!"- Viewers Celebrate As Imbewu: The Seed Gets Cancelled': an exclamation quoted as the
    # lead is someone's words, not a title)
    quoted = [
        (start, q)
        for start, q in quoted
        if not (
            start <= 1
            and re.search(r"[!?]$", q)
            and (
                re.match(r"\W?\s*[-\u2013\u2014:]", title[start + len(q) + 1 :])
                # ("'Fire them!' Stephen Miller flips out", "'Not Today, Satan!' Outraged Jim Acosta": a cry
                # with a comma or a word a title would capitalise, then the sentence telling who said it)
                or (
                    re.match(r"\W?\s+[A-Z]", title[start + len(q) + 1 :])
                    and ("," in q or _lower_after_first(q))
                )
            )
        )
    ]
    # ("'Pure love': Kylie pays tribute to Neighbours - axed after 37 years": words quoted as the lead
    # before a colon, a word a title would capitalise left in lower case, are someone's; and any such lead
    # when a title is quoted straight after the verb: '"The End of an Era": Streaming Start of the Final
    # Season "How to Sell Drugs Online (Fast)"', not a word quoted further on, as in "'X': Netflix Renews
    # Saga For 'Final' Season")
    object_quoted = span is not None and any(
        start >= span[1] and not title[span[1] : start].strip() for start, _ in quoted
    )
    quoted = [
        (start, q)
        for start, q in quoted
        if not (
            start <= 1
            and re.match(r"\W?\s*:", title[start + len(q) + 1 :])
            and (object_quoted or _lower_after_first(q))
        )
    ]
    # ("Criticizes ABC: 'Someone's Got to Step Up ...'", "... the End of Her Talk Show to 'Prioritize My
    # Kids'": words quoted last, after a colon or a "to", in a person's voice, are someone's)
    quoted = [
        (start, q)
        for start, q in quoted
        if not (
            re.search(r"(?::|\bto)\s*$", title[:start])
            and not title[start + len(q) + 1 :].strip(" '\".!?)")
            and (
                re.search(r"\b(?i:i|i'?ve|i'?m|my|me|we|our|us|you|your|someone'?s|it'?s|that'?s)\b", q)
                # (or what someone plans to do: "MTV Cancels Ridiculousness, Plans to 'Reimagine MTV for the
                # Future'")
                or re.search(
                    r"\b(?i:plans?|planning|wants?|vows?|hopes?|aims?|promises?)\s+to\s*$", title[:start]
                )
                # (or quoted after a colon that follows the verb: "Channel 10 officially axes The Bachelorette
                # after seven seasons: 'Sad times'")
                # (double quotes there are for `_spoken` to judge)
                or (
                    span is not None
                    and start > span[1]
                    and title[start] == "'"
                    and re.search(r":\s*$", title[:start])
                )
            )
        )
    ]
    # a title quoted before the verb (not another verb's object: "Syfy Cancels 'Dark Matter,' Renews
    # 'Killjoys'")
    candidates = [
        (_with_edition(title, start, q, at), True)
        for start, q in quoted
        if start < at and not _DECIDES_BEFORE.search(title, max(0, start - 20), start)
    ]
    # ("Roundup: 'Firefly Lane' Trailer, 'Florida Man' Trailer, 'Grey's Anatomy' Renewed": the title in
    # the verb's own item of a round-up's list, each item a title and its news; not a list of titles)
    own = [(q, True) for start, q in quoted if start < at and ", " not in title[start + len(q) + 1 : at]]
    items = title[:at].split(", ")
    if (
        own
        and len(own) < len(candidates)
        and len(items) >= 3
        and all(re.search(r"['\"\u2019]\s+\w", item) for item in items[:-1])
    ):
        candidates = own + [c for c in candidates if c not in own]
    # ("'The Border' axed; 'Republic of Doyle' renewed": after a semicolon, a title quoted in the verb's
    # own statement is its show; the one before has news of its own)
    cut = title.rfind("; ", 0, at)
    mine = [(q, True) for start, q in quoted if cut < start < at]
    if (
        span is not None
        and cut > 0
        and not mine
        and re.fullmatch(
            r"\s*(?i:a\s+|the\s+)?(?i:new|upcoming)\s+(?:[\w'.&-]+\s+){0,4}?(?i:series|show|drama|comedy|sitcom"
            r"|thriller|docuseries)\s*",
            title[cut + 2 : at],
        )
    ):
        # ("'The Rookie' Moves To Monday ...; New Scott Speedman Series Gets ABC Premiere Date": the verb's
        # own statement is of a show it describes, not the one quoted before)
        return None
    if span is not None and cut > 0 and mine and any(start < cut for start, _ in quoted):
        candidates = mine + [c for c in candidates if c not in mine]
    elif (
        span is not None
        and (comma_at := title.rfind(", ", 0, at)) > 0
        and re.match(
            r"(?i:(?:officially\s+|also\s+)?(?:renew|cancel|axe|scrap|order|pick|greenl|green-l|drop))",
            title[at:],
        )
    ):
        # ("'Star Trek: Picard' Sets Season 2 Premiere Date, 'Discovery' and 'Strange New Worlds' Renewed":
        # after a comma, the titles quoted in a decision's own statement are its shows when the one before
        # the comma has a statement of its own, not a list's next item)
        own_after = [(q, True) for start, q in quoted if comma_at < start < at]
        told_before = [(start, q) for start, q in quoted if start < comma_at]
        if (
            own_after
            and told_before
            and len(
                re.findall(r"[A-Za-z]\w*", title[told_before[-1][0] + len(told_before[-1][1]) + 2 : comma_at])
            )
            >= 2
        ):
            candidates = own_after + [c for c in candidates if c not in own_after]
    elif (
        span is not None
        and cut > 0
        and not mine
        and (_NETWORK_ACTS.match(title, cut + 2, at) or _NETWORK_ALONE.fullmatch(title, cut + 2, at))
    ):
        # ("News round-up: BBC returns 'The Night Manager'; ... CBS reverses SWAT axe": the verb's own
        # statement, unquoted, is of its own show, not of the one quoted before the semicolon)
        candidates = []
    # ("Jungkook and Jimin Announce 'Are You Sure?!' Season Two": who announces, unquoted, is not the title
    # quoted just after the verb)
    # (or quoted after the season it has, and its kind: "BTS' Jimin and Jung Kook Announce Season 2 of Travel
    # Show 'Are You Sure?!'")
    of_season = (
        re.match(
            rf"\s+(?i:season|series)\s+{_NUMBER}\s+(?i:of)\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}",
            title[span[1] :],
        )
        if span is not None
        else None
    )
    announced = (
        _QUOTED.match(title, span[1] + (of_season.end() if of_season else 1))
        if span is not None
        and not any(start < at for start, _ in quoted)
        and title[span[1] : span[1] + 1] == " "
        and re.fullmatch(r"(?i:announces?|confirms?|reveals?|unveils?)", title[span[0] : span[1]])
        else None
    )
    if announced is not None and announced.group(1).strip():
        candidates = [(announced.group(1), True), *candidates]
    # ("CBS Orders 'Eternally Yours' From 'Ghosts' Team, 'The Tillbrooks' Not Moving Forward": the title just
    # before the verb, with only a verb's helpers between, is its subject)
    # (not a title closed with a comma, "on 'Kimmel,' Announce Season 29", nor the last of a list, "'Big
    # Mouth' & Spinoff 'Human Resources' Renewed")
    before_verb = [
        m for m in _QUOTED.finditer(title) if span is not None and m.end() <= at and m.group(1).strip()
    ]
    if (
        before_verb
        and re.fullmatch(
            r"\s*(?:(?i:is|was|are|were|has|have|been|officially|now|not|also)\s+)*",
            title[before_verb[-1].end() : at],
        )
        and not re.search(r",['\"]$", before_verb[-1].group())
        and not (
            len(before_verb) >= 2
            and re.match(r"\s*(?:,|&|(?i:and)\b)", title[before_verb[-2].end() : before_verb[-1].start()])
        )
    ):
        subject = (before_verb[-1].group(1), True)
        if candidates and subject != candidates[0] and subject in candidates:
            candidates = [subject] + [c for c in candidates if c != subject]
    # ("'Yellowstone' Alum Ian Bohen Joins 'Lioness' as Production Begins on Season 3": someone from one
    # show joins another, whose news it is)
    show_joined = [
        (q, True)
        for start, q in quoted
        if start < at and re.search(r"\b(?i:joins|boards|joining|boarding)\s+$", title[:start])
    ]
    if (
        show_joined
        and candidates
        and show_joined[0] != candidates[0]
        and _FROM_A_SHOW.match(title[title.find(candidates[0][0]) + len(candidates[0][0]) + 1 :])
    ):
        candidates = show_joined + [c for c in candidates if c not in show_joined]
    anime = _anime_named(title)
    # ("Slams CBS as 'Lying Weasels' for Canceling 'The Late Show'", "Decision to Cancel 'Original Sin'"):
    # what a verb in -ing or after "to" acts on is the quote right after it
    # (only against a quote before it: "Trump Pays Tribute to 9/11 by Renewing 'Sacred Vow'" names no show)
    if (
        candidates
        and span is not None
        and re.search(r"(?i:ing\b|^to\s)", title[max(0, span[0] - 3) : span[1]])
    ):
        start = len(title[: span[1]]) + len(title[span[1] :]) - len(title[span[1] :].lstrip())
        # (past its owner: "for Canceling Stephen Colbert's 'Late Show'")
        owner = re.match(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*'s\s+(?=['\"])", title[start:])
        acted_on = _QUOTED.match(title, start + (owner.end() if owner else 0))
        if acted_on is not None and acted_on.group(1).strip():
            candidates.insert(0, (acted_on.group(1), True))
    if not candidates and anime is not None and anime[2] <= at:
        # "Victoria of Many Faces TV Anime Reveals July 7 Debut in Short Promo Video"
        return anime[0]
    after_colon = False  # (whether the verb's part follows a title and a colon)
    if span is not None:
        before, after = title[: span[0]], title[span[1] :]
        said = title[span[0] : span[1]]
        ending_of = (
            re.match(rf"\s*(.+?){_STOP}", after)
            if re.search(r"\b(?:end|season|series|(?i:episode)) of$", said)
            or (re.search(r"\b(?:season|series)$", said) and re.match(r"\s+of\s+(?=[A-Z0-9'\"])", after))
            # (a name after "for" runs to the clause's end: "A Place to Call Home")
            else re.match(
                r"\s*(.+?)(?=\s+(?i:at|on|after|as|amid|despite|from)\b|\s[\u2014\u2013-]\s|[,:;!.?]|$)",
                after,
            )
            if re.match(r"no \w+ \w+ for$", said, re.I)
            else None
        )
        quoted_of = _QUOTED.match(after.lstrip()) if ending_of else None
        if quoted_of:
            candidates.append((quoted_of.group(1), True))  # "Second season of 'Mrs. Cop' confirmed"
        elif ending_of:
            # "Allan Hawco confirms end of Republic of Doyle", "there's going to be another season of X",
            # "No season 3 for A Place to Call Home"
            candidates.append((ending_of.group(1), False))
        parts = [p for p in re.split(r"\s[|\u2014\u2013-]\s|[:!;]\s", before) if p.strip(" !.,")]
        after_colon = len(parts) >= 2
        lead = parts[-1] if parts else ""
        # "Deadloch season two: Kate McLennan and Kate McCartney confirm it's coming": the verb's "it" is
        # the title whose season the part before the colon names
        if after_colon and re.match(r"\s+(?i:it)(?:'s|\s+(?i:is|will)\b|\b)", after):
            it = re.fullmatch(rf"\s*(?=[A-Z0-9]){_TITLE_RUN}{_SEASON_AFTER}\s*", parts[-2])
            if it:
                candidates.append((it.group(1), False))
        lead = re.sub(
            r"^['\"][^'\"]{2,80}[.!?]['\"]\s+", "", lead
        )  # "'Out with a bang.' Netflix announces Ozark"
        first, comma, rest = lead.partition(", ")
        # (or the network's show: "Haven, Syfy show shot in Nova Scotia, cancelled after 5 seasons")
        if comma and (
            re.match(r"(?:\w+'s|the|a|an)\b", rest, re.I)
            or (
                re.match(rf"{_NETWORK}\s+(?:show|series|drama|comedy|sitcom)\b", rest, re.I)
                and rest.rstrip().endswith(",")
            )
        ):
            lead = first  # "1899, Netflix's Sci-Fi Mystery Series From ..., Has Been Canceled"
        elif comma and _SUBORDINATE.match(first):
            lead = lead.rpartition(", ")[2]  # "Although plans for season 3 exist, Max cancels"
        elif (
            comma
            and re.search(rf"\b{_SEASON_WORD}\s+{_NUMBER}\b", rest, re.I)
            and 2 <= len(first.split()) <= 3
        ):
            lead = rest  # "Dearest Reader, Bridgerton Series 3 Finally Has A Release Date"
        elif (
            comma
            and re.match(r"(?i:renewed|cancell?ed|axed)\b", title[span[0] :])
            and all(
                1 <= len(part.split()) <= 4 and _title_like(part) and not _NETWORKS_ONLY.fullmatch(part)
                # ("Bob's Burgers, Family Guy & The Simpsons Renewed": a list, its last two joined)
                for part in (first, *re.split(r",\s*|\s+(?:&|and)\s+", rest.strip()))
            )
            # ("Sorry, Olivia Benson Is Canceled Too": a lead-in, and a sentence with its own verb)
            and not re.search(r"\b(?i:is|are|was|were|has|have|been|gets?|got)$", rest.strip())
            and first.lower() not in _LEAD_INS
        ):
            lead = first  # "Killjoys, Dark Matter Renewed at Syfy": two shows listed, the first named first
        # "Yoon Chan-young & Cho Yi-hyun Return as All of Us Are Dead Season 2 Officially Wraps": the
        # show after "as" (not in a short title: "Life as We Know It")
        spoken_as = re.split(r"\s(?i:as)\s+(?=[A-Z0-9'\"])", lead)
        if (
            len(spoken_as) > 1
            # ("Fans Fume As Lockwood & Co Becomes The Latest Casualty ...": the fans' feeling, then the news)
            and (len(spoken_as[-2].split()) >= 3 or re.fullmatch(r"(?i:fans|viewers)\s+\w+", spoken_as[-2]))
            and not re.match(
                r"(?i:(?:the\s+|its\s+)?(?:final|last|new|next)\s+)?(?i:season|series|filming|production)\b",
                spoken_as[-1],
            )
            and not _PEOPLE_WORD.search(spoken_as[-2])
        ):
            lead = spoken_as[-1]
        if re.match(r"(?i:back)\b", title[span[0] :]) and re.search(
            r"\s(?i:bring(?:s|ing)?)\s+[A-Z0-9'\"]", lead
        ):
            lead = re.split(r"\s(?i:bring(?:s|ing)?)\s+(?=[A-Z0-9'\"])", lead)[
                -1
            ]  # "Ricky Gervais Bringing X Back"
        if re.search(r"\s(?i:that)\s+[A-Z0-9'\"]", lead):
            lead = re.split(r"\s(?i:that)\s+(?=[A-Z0-9'\"])", lead)[-1]  # "Posts Confirmation that Miss Rose"
        # "Outlander Showrunner Honors Scotland as Final Season Filming Wraps", "Stranger Things cast
        # shares behind-the-scenes snap as filming begins": the people's show is the one meant.
        people = re.match(
            # (not a title's own word before its edition: "Bigg Boss OTT 2")
            # (nor a title's own "Team" after an acronym: "SEAL Team Renewed")
            rf"{_TITLE_RUN}\s+(?!(?<=(?-i:[A-Z]{{4}})\s)(?-i:Team)\b)(?i:{_PEOPLE}|EPs?)(?:'s)?"
            r"(?:\s+(?!(?i:season|series|S\d|part|finale)\b|[A-Z]{2,}\b)[A-Za-z]|\s*$)",
            lead,
        )
        # ("Season 2 of 9-1-1: Lone Star Is Coming": the season's words are not the name's)
        # (the name before the colon is the part just before the last: "CONFIRMED! 9-1-1: Lone Star to End")
        prev = parts[-2] if len(parts) >= 2 else ""
        # ("The end of Ghosts: BBC sitcom to finish after five series": the title the end is of)
        ended_prev = _END_OF.sub("", prev)
        # ("the third season of Narcos: Mexico will be the show's final season")
        head = re.sub(
            rf"^(?:.*\s)?(?i:(?:{_SEASON_WORD})\s+{_NUMBER}|{_ORDINAL}(?:\s+and\s+final)?\s+(?:{_SEASON_WORD}))"
            r"\s+(?i:of)\s+",
            "",
            ended_prev,
        )
        if (
            len(parts) >= 2
            and not _CLAUSES.search(head)
            # ("The Lord of the Rings: The Rings of Power": a longer franchise written as a title)
            and (
                len(head.split()) <= 3
                or (
                    len(head.split()) <= 5
                    and _title_like(head)
                    # ("Renewal and Cancellation Wrap: Winners and Losers Renewed!": a column's name)
                    and not re.search(
                        r"\b(?i:renewals?|cancell?ations?|wrap|news|updates?|round-?up)\b", head
                    )
                    # ("Netflix Cancels Another Show: Messiah Gets The Axe": a clause with its own verb)
                    and not re.search(r"\b(?i:cancels|renews|axes|scraps|drops|orders|ends)\b", head)
                )
            )
            and _colon_joined(before, prev, parts[-1])
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
            joined = _clean_show(f"{head}: {people.group(1) if people else lead}")
            speaks = re.match(
                r"(?i:confirms?|announces?|reveals?|shares?|celebrates?|says|marks?)\b", title[span[0] :]
            )
            # ("Tsukimichi: Moonlit Fantasy TV Anime Confirms 3rd Season": a subtitle before "Anime", in the
            # anime press's form, is the title's own)
            subtitled = anime is not None and anime[0] == joined
            if not subtitled and (
                (
                    speaks
                    and not people
                    and not re.search(
                        r"\b(?:S\d|season|series|trailer|teaser|poster|premiere|finale)\b", lead, re.I
                    )
                )
                or _GENRE_IN_CAPITALS.fullmatch(lead.strip())
                or _DESCRIPTION_AFTER.search(lead.strip())
            ):
                # "HALO: Pablo Schreiber Confirms Season 2 Wrap": who speaks after the colon is no title;
                # "Slow Horses: Spy Drama Renewed": nor a genre
                candidates.append((ended_prev, False))
            elif (
                joined
                and joined != head
                and (len(joined.split()) <= 7 or subtitled)
                and not _PERSON.search(joined)
                and not _SENTENCE.search(joined)
                # ("Wentworth: No Longer 'Axed' - 2 Extra Seasons": a decision's word is no subtitle)
                and not re.search(r"\b(?i:axed|cancell?ed|renewed|scrapped|ended)\b", lead)
                and (network is not None or not _NETWORKS_ONLY.fullmatch(_clean_show(lead) or lead))
                # ("SEAN HANNITY: Nancy Pelosi's reign has come to an end": someone's thing in lower case
                # is no subtitle)
                and not (people is None and re.search(r"(?:'|\u2019)s\s+(?-i:[a-z][\w-]*)$", lead.strip()))
                and not re.search(r"(?:'|\u2019)s(?:\s+(?-i:[a-z][\w-]*))*$", joined)
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
        # "Sanditon fans devastated as show is cancelled after just one season": the fans' show is the one
        # the decision is of
        fans = _FANS_OF.match(before) if re.search(r"\b(?i:fans|viewers)\s", before) else None
        if fans and not _NETWORKS_ONLY.fullmatch(fans.group(1)):
            candidates.append((fans.group(1), False))
        # "Melinda Kinneman and Henrik Norlén begin filming season two of Modus": the verb's object
        # names the show, whoever the subject is.
        # ("Ricky Gervais confirms there will be a third series of After Life")
        season_of = (
            r"(?:\s+(?i:that))?(?:\s+(?i:there(?:'s|\s+is|\s+will\s+be)(?:\s+going\s+to\s+be)?))?"
            rf"\s+(?:(?i:the|its|a|another)\s+)?(?:(?i:{_ORDINAL})\s+)?(?i:{_SEASON_WORD})(?:\s+(?i:{_NUMBER}))?"
            r"\s+(?i:of)\s+"
        )
        object_of = re.match(
            rf"{season_of}((?:{_TITLE_WORD})(?:\s+(?!(?i:before|after|ahead|following|amid|despite)\b)(?:{_TITLE_WORD}))"
            r"{0,8})(?=\s*$|[,:;!.]|\s[\u2014\u2013-]\s)",
            after,
        ) or re.match(rf"{season_of}((?:{_TITLE_WORD})(?:\s+(?:{_TITLE_WORD})){{0,8}}?){_STOP}", after)
        if object_of:
            candidates.append((object_of.group(1), False))
        # ("ViX Starts Production on Seven New Originals": a count of shows is the verb's object)
        if (_MANY.match(lead.strip()) or _MANY.match(re.sub(r"^\s*(?i:on|of)\s+", "", after))) and not any(
            start < at for start, _ in quoted
        ):
            # "CW Renews 11 Series, Including 'Crazy Ex-Girlfriend,' 'Vampire Diaries'": the network's act on
            # each show it quotes after "including" (the list read by `_listed`)
            including = re.match(r"[^;:|'\"]*?,?\s+(?i:including|among them)\s+(?=['\"])", after)
            acts_on_count = re.match(r"(?:renew|cancel|axe)(?:e?s)?\b", said, re.I)
            first_quoted = _QUOTED.match(after, including.end()) if including and acts_on_count else None
            if first_quoted is not None and not _MANY.match(lead.strip()):
                return _clean_show(first_quoted.group(1), quoted=True)
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
        # (not someone's words quoted after it: "Peep Show to end 'for sure' says Channel 4 comedy boss")
        acts = re.match(_ACTS, title[span[0] : span[1]], re.I) and any(
            start >= at and not _SEASON_NAME.fullmatch(q) and not _quotation(q) and not q[:1].islower()
            for start, q in quoted
        )
        # "Elon Musk cancels Twitter Blue subscriptions", "Tesla renews Model 3 lineup": who acts on a
        # thing named after the verb in lower case is not the show (a quote before the verb still names it)
        acting = _acts_on_a_thing(said, after) and not _QUOTED.search(lead)
        # "Citizen TV cancels popular show Machachari after 13 years": a channel the rules do not know acts
        # on the show it names by its kind (in a headline written in lower case, where the capitals are
        # the title's)
        kind_named = re.match(
            rf"\s+(?:(?:{_DESCRIPTOR}|local|flagship)\s+)*(?:tv\s+)?{_GENRE}\s+(?=[A-Z0-9]){_TITLE_RUN}{_STOP}",
            after,
        )
        if kind_named and said.islower() and re.match(_ACTS, said) and not quoted:
            candidates.append((kind_named.group(1), False))
        if (
            not (titled and network and "'" not in network.group() and not _QUOTED.search(lead))
            and not (acts and not _QUOTED.search(lead))
            and not acting
            # ("Netflix Wrestles With Its Conscience, Cancels GLOW": the network's own clause, then its act)
            and not (network and before.rstrip().endswith(","))
            # ("Syfy Cancels 'Dark Matter,' Renews 'Killjoys'": the network's act before is another's)
            and not _DECIDED_BEFORE.search(lead)
        ):
            candidates.append((lead, False))
        if acting and not quoted:
            return None
        # "USA Network Cancels 'Falling Water'" (before another statement joined on: not "CBS Finally
        # Renewed Watson After Strong Premiere Ratings, And Now I See Why ... Taylor Swift For 'Showing Up'")
        own_part = next((j.start() for j in _JOINED_ON.finditer(title, span[1])), len(title))
        if re.match(_ACTS, said, re.I):
            # ("BBC Three Cancels ... Mongrels; Family Guy's Future On BBC Three "Debatable"": a network's
            # act ends at its clause)
            clause_end = _CLAUSE_END.search(title, span[1], own_part)
            own_part = clause_end.start() if clause_end else own_part
        # (a passive's, told of what stands before it, is not a title quoted after a comma: "Another Bob Vylan
        # Show Canceled Over Israel Remarks, Band Denies "Celebrating" ...")
        passive = (
            re.fullmatch(r"(?i:cancell?ed|axed|scrapped|dropped|renewed)", said)
            and lead.strip()
            and not _NETWORK_PREFIX.match(lead)
        )
        candidates += [
            (q, True)
            for start, q in quoted
            if at <= start < own_part
            and not (passive and re.search(r",\s|[;:|]", title[span[1] : start]))
            # "Confirms Season 2 for 'Money Heist' Spin-off Show 'Berlin'": the spin-off is the show (not
            # "Renews 'Beyond the Villa' Spinoff With 'Love Island USA' Winners": the spin-off named first)
            and not re.match(
                r"\W?\s*(?i:spin-?off|spinoff)(?:\s+(?i:show|series))?\s+(?:'|(?!(?:With|From|For|At|On|In|After"
                r"|Before|Ahead|As|To|By|And|Of)\b)[A-Z])",
                title[start + len(q) + 1 :],
            )
        ]
        # A whole title between the verb and the season ("Netflix renews Star Trek: Strange New
        # Worlds for season 3", "renews Dancing with the Stars for season 3", "Mr. Robot"): capitalised
        # words, colons and abbreviations' points included, up to where the season is named.
        whole = re.match(
            rf"[\s:]*((?:{_TITLE_WORD})(?:\s+(?:{_TITLE_WORD})){{0,8}}?)"
            rf"(?:\s+(?i:(?:for|after|through|with|to)\s+(?:(?:just|only)\s+)?(?:(?:a|an|the|its|another|one|two|three|more)\s+)?"
            rf"(?:{_ORDINAL}\s+(?:and\s+(?:final|last)\s+)?|(?:final|last|new|further|additional|extra|full)\s+"
            rf"|(?:more|{_NUMBER}\s+more)\s+|{_NUMBER}\s+)?{_SEASON_WORD}|{_SEASON_WORD}\s+{_NUMBER})\b|\s*$"
            # (or at a comma before the next title of a list: "HBO Cancels Bored to Death, Hung")
            rf"|,\s+(?:(?:and|&)\s+)?(?:{_TITLE_WORD})(?:\s+(?:{_TITLE_WORD})){{0,5}}(?:,|\s+(?:and|&)\s|\s*$))",
            after,
        )
        if (
            whole
            and (
                ":" in whole.group(1)
                or "." in whole.group(1)
                or re.match(r"(?:on|for|of)\s+[A-Z0-9]", whole.group(1))
                or re.search(r"\s(?i:with|to|for|at)\s", whole.group(1))
            )
            and not re.search(r"\s(?i:along|together)\s+(?i:with)\s", whole.group(1))
        ):
            # ("ABC cancels Agent Carter along with other shows": the others are no part of its title)
            candidates.append((whole.group(1), False))
        # "Netflix Orders Season 2 of Dancing with the Stars": a whole title to the end, else to a stop.
        # (not a year: "BBC confirms Celebrity Traitors season 2 for 2026")
        of = re.search(
            rf"\b(?i:{_SEASON_WORD}\s+(?:{_NUMBER}\s+(?:(?:and|&)\s+{_NUMBER}\s+)?)?(?:of|for))\s+(?!(?:19|20)\d\d\b)"
            rf"((?:{_TITLE_WORD})(?:\s+(?:{_TITLE_WORD})){{0,8}})$",
            title,
        ) or re.search(
            rf"\b{_SEASON_WORD}\s+(?:{_NUMBER}\s+)?(?i:of|for)\s+(?!(?:19|20)\d\d\b)(.+?){_STOP}", title, re.I
        )
        if of:
            candidates.append((of.group(1), False))  # "premiere date for the fourth season of Black Mirror"
        # ("It's A Wrap For Mirzapur Season 3": a wrap is for or on the show)
        wrap = re.search(r"(?i:wrap)$", title[span[0] : span[1]])
        m = re.match(r"\s*(?:(?i:for|on)\s+)?(.+?)" + _STOP if wrap else r"\s*(.+?)" + _STOP, after)
        if (
            m
            and not re.fullmatch(
                rf"(?i:its|their|his|her)\s+(?:[\w*'-]+\s+){{0,3}}(?i:{_GENRE})s?", m.group(1)
            )
            # ("Netflix renews Keri Russell drama": a star's show described, unnamed)
            and not re.fullmatch(
                rf"(?:[{_CAPITAL}][\w'.-]*\s+){{1,3}}(?:drama|comedy|thriller|sitcom)", m.group(1)
            )
            # ("Slow Horses: Season 6 Confirmed By Apple TV+": who confirms, not the show)
            and not re.match(r"(?i:by)\s", m.group(1))
            # ("Slow Horses: Apple Renews Spy Drama For Season 6", "The Studio: Apple TV+ Renews Rogen,
            # Goldberg Series for Season 2": a genre or the makers' series, the title before the colon;
            # "Renewed A Steamy, Star-Studded Show": a show described, unnamed)
            and not (
                after_colon
                and re.match(
                    rf"\s*(?:[{_CAPITAL}][\w'.-]*,?\s+(?:(?:and|&)\s+)?){{1,4}}(?-i:Drama|Comedy|Thriller|Sitcom|Series"
                    r"|Show|Anime)\b",
                    after,
                )
            )
            and not re.match(rf"\s*(?i:a|an)\s+[^,;:|]*?(?:,\s*[^,;:|]*?)?\b(?i:{_GENRE})\b", after)
        ):
            # ("Channel 4 Renews its Funniest* Comedy": a description with no name in it)
            # "Amazon renews much acclaimed Made In Heaven": the words before the name describe it.
            described = re.sub(
                r"^(?:(?!(?:the|a|an)\b|\d+\s+[A-Z])[a-z£$\d][\w'£$-]*\s+){1,4}(?=[A-Z])", "", m.group(1)
            )
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
            # ("The end of Ghosts: BBC sitcom to finish after five series": the title the end is of)
            first = _END_OF.sub("", clauses[0])
            candidates.append((opening.group(1) if opening else first, False))
    verb = title[span[0] : span[1]].lower() if span is not None else None
    for candidate, as_quoted in candidates:
        # "Bravo Orders Three More Seasons of Girlfriends' Guide to Divorce": the seasons are not the name
        # (nor "A Series of", unless a new or a further one: "A Series of Unfortunate Events" is a title)
        candidate = re.sub(
            rf"^\s*(?i:(?:{_NUMBER}|another)\s+(?:more\s+|new\s+|further\s+)?(?:seasons?|series)\s+of"
            r"|(?:a|an)\s+(?:more\s+|new\s+|further\s+)?seasons?\s+of|(?:a|an)\s+(?:more|new|further)\s+series\s+of)\s+",
            "",
            candidate,
        )
        words = normalise(candidate)
        # (in either quotes, a comma the American style sets inside them left out: '"Code of Silence,"';
        # not the show a spin-off is of: '"The Office" Spinoff Series')
        words = re.sub(r"(?:(?<=\s)|^)\"|,?\"(?=[\s,.:;!?]|$)", "'", words)
        within = None if as_quoted else next((q for _, q in quoted if f"'{q}'" in words), None)
        if within is None and not as_quoted:
            # ("... of the Acclaimed Thriller 'Code of Silence": a quoted title the words were cut inside)
            within = next((q for _, q in quoted if words.rstrip(" ,'").endswith(f"'{q}")), None)
            words = words.rstrip(" ,'") + "'" if within is not None else words
        if within is not None and re.match(
            r"\s*(?i:spin-?offs?|reboots?|prequels?|sequels?|revivals?)\b", words.split(f"'{within}'", 1)[1]
        ):
            within = None
        if (
            within is not None
            and len(within.split()) < 5
            # (words quoted after it in lower case are someone's, not another title: "Season Three of 'Big
            # Little Lies' Is 'in Process'")
            and "'" not in re.sub(r"'[a-z][^']*'", "", words.split(f"'{within}'", 1)[1])
        ):
            # "ITV orders Season 2 of Gemma Whelan's 'The Tower'": the quoted title in the words is the name
            candidate, as_quoted = within, True
        raw = candidate.strip(" '\"-:,.|()")
        if raw.lower() == verb:
            continue  # "In production: Here's what's filming in Vancouver": the verb is not a show
        if not as_quoted and re.search(r"\b(?i:no\s+longer|not)\s+['\"]?(?i:axed|cancell?ed|renewed)\b", raw):
            continue  # ("Wentworth: No Longer 'Axed' - 2 Extra Seasons": a decision undone, no title)
        if _NETWORKS_ONLY.fullmatch(raw) or (not as_quoted and _GENERIC_START.match(raw)):
            continue
        speaker = re.match(r"(?i:we|we're|we've|i|i'm|i've|you|you're)\b", raw) is not None
        if (
            as_quoted
            and len(raw.split()) >= 3
            # (an abbreviation's point ends no sentence: "'Real Housewives of D.C.'", "'Lockwood & Co.'")
            and re.search(
                r"[!?]$|(?<!\.[A-Z])(?<!\b(?:Co|Jr|Sr|Mr|Dr|St))\.$|\b(?i:we|we're|i'm|you're)\b",
                candidate.strip(" '\""),
            )
            # (a title's own question or point, every word capitalised: "'Who Killed Sara?' Renewed For
            # Season 3", "'Lockwood & Co.' Rescued By Peacock")
            and not (
                len(raw.split()) <= 6
                # (a title's small words in lower case, "'What We Do in the Shadows'", when it does not open
                # with who speaks: "'We Are Back in the Game'")
                and all(
                    not w[:1].isalpha() or w[:1].isupper() or (w in _TITLE_SMALL and not speaker)
                    for w in raw.split()
                )
            )
        ):
            continue  # "'We're not in Richmond anymore!' - Apple TV confirm Ted Lasso season four..."
        if as_quoted and _SEASON_NAME.fullmatch(raw):
            continue  # "Golden Kamuy Confirms 'Final Chapter' Season 5": a season's name
        if as_quoted and len(raw.split()) >= 4 and _SENTENCE.search(raw):
            continue  # someone's words: "The next omen, already in motion": Netflix's Wednesday renewed
        if not as_quoted:
            # "Mayor of Kingstown starring Jeremy Renner renewed", "Good Girls and its great cast
            # renewed": the show is the title before its star or its cast
            candidate = re.sub(
                r"\s+(?:(?:starring|featuring|fronted by|led by)\s|(?i:due\s+to|because\s+of|amid)\s"
                r"|(?:and|&|with)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}(?:cast|crew|team)$).*$",
                "",
                candidate,
            )
        if not as_quoted:
            # "Seth Rogen's Scarily Accurate Hollywood Satire The Studio Scores Season 2": the words before
            # the genre describe the title after it (not "The Late Show With Stephen Colbert")
            titled_after = re.match(
                rf"^\s*(?:[{_CAPITAL}][\w'.-]*\s+){{1,5}}?(?-i:Drama|Comedy|Satire|Sitcom|Thriller|Dramedy|Procedural)\s+"
                r"(?!(?i:with|of|and|for|in|on|at|to|starring|featuring|series|show)\b)(?=[A-Z])(.+)$",
                candidate,
            )
            if titled_after:
                candidate = titled_after.group(1)
        text = _clean_show(candidate, quoted=as_quoted)
        if not as_quoted and text and re.fullmatch(rf"(?:(?i:{_STORY_KINDS})\s*)+", text):
            continue  # ("J.J. Abrams' Crime Drama Canceled": a genre, no title)
        if (
            not as_quoted
            and after_colon
            and (
                _GENRE_IN_CAPITALS.fullmatch(text)
                or _GENRE_IN_CAPITALS.fullmatch(re.sub(r"^(?:.*?\s)?(?i:of)\s+", "", raw))
            )
        ):
            continue  # "Slow Horses: Apple Orders Sixth Season Of Spy Thriller": a genre, the title before
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
        # A quoted title of two words or more is a title, whatever word it opens with ("'Why Women Kill'",
        # "'Another Life'", "'Every Witch Way'"), unless it ends as a list or a trailer does.
        titled = as_quoted and len(text.split()) >= 2 and text[:1].isupper()
        if (
            text
            and not (_GENERIC_TAIL if titled else _GENERIC).search(
                re.sub(r":\s+(?-i:The) (?-i:Series)$", "", text)  # "X: The Series"
            )
            and not _DESCRIBED.match(text)
            and not _NETWORKS_ONLY.fullmatch(text)
            # "Netflix Show", "HBO Original Series": a network's show, unnamed
            and not _NETWORKS_ONLY.fullmatch(re.sub(rf"(?:\s+(?i:original|{_GENRE})s?)+$", "", text))
            # (a quoted title of two words or more may open with such a word: "'Drops of God'")
            and (titled or not _REPORTING.search(text))
            # "Check Out the Cast Getting Emotional": words cut before their noun are no title
            and not re.search(r"\s(?:the|a|an|of|its|their)$", text)
            # "BBC Renewed Drama Round Up": a column's name
            and not re.search(r"\b(?i:round-?\s?ups?)$", text)
            # "FX Announces Seventh and Final Season": a season's number is no title
            and not re.fullmatch(rf"(?i:{_ORDINAL})", text)
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


_GENRE = r"(?:series|show|drama|comedy|anime|k-?drama|sitcom|thriller|telenovela|soapie|soap(?:\s+opera)?)"


# Described, not named: all in lower case ("popular comedy", not "the Last of Us" nor "tvN"), or a
# description alone ("Popular Comedy Series").
_DESCRIBED = re.compile(
    rf"^(?:(?!(?:the|a|an)\s+[A-Z0-9])[a-z][a-z'-]*(?:\s|$)"
    rf"|(?i:{_DESCRIPTOR})\s+(?:[\w-]+\s+){{0,3}}?(?i:{_GENRE})?$|(?i:{_DESCRIPTOR})$)"
)


# "hit Ted Lasso", "Hit Anime Series Spy x Family": the description before a name goes.
_DESCRIPTION = re.compile(
    # ("Beloved Telenovela GOMORA": the description with its genre, before the description alone)
    rf"^(?i:{_DESCRIPTOR})\s+(?:[\w-]+\s+){{0,3}}?(?:(?i:{_GENRE})\s+)+(?=\S)"
    rf"|^{_DESCRIPTOR}\s+(?:[a-z][\w-]*\s+){{0,3}}(?=[A-Z0-9])"
    r"|^(?i:fan[- ]favou?rite|long-?running|longest-running|much-loved|critically[- ]acclaimed)"
    r"\s+(?=[A-Z0-9])"
)


def _subtitled(text: str, name: str) -> bool:
    """ "Money Heist: Korea - Joint Economic Area" holds "Money Heist" and a subtitle: another show."""
    at = _lower_in_place(text).find(name.lower())
    return at >= 0 and text[at + len(name) :].lstrip().startswith(":")


# The small words inside titles ("Flip or Flop", "Law & Order", "Call the Midwife")
_TITLE_JOINS = frozenset(("of", "or", "and", "the", "a", "an", "in", "on", "to", "at", "for", "with", "&"))


# The small words a title may hold in lower case besides those: "What We Do in the Shadows", "Nobody
# Wants This", Spanish and French articles, Japanese particles ("Shingeki no Kyojin", "Chuunibyou demo
# Koi ga Shitai").
_TITLE_SMALL = _TITLE_JOINS | frozenset((
    "is", "it", "my", "your", "our", "no", "not", "be", "are", "all", "as", "but", "so", "up", "out", "off",
    "x", "vs", "from", "by", "into", "than",
    "de", "la", "le", "el", "del", "da", "du", "des", "les", "los", "las", "y", "e", "en", "di", "von", "van",
    "der", "den",
    "wa", "ga", "ni", "wo", "demo", "mo", "ka", "na", "dake", "yo", "o", "te", "ne",
))  # fmt: skip


# Words that start a sentence, never a title by themselves ("ABC Renews Eight Series While Axing ...",
# "Thousands cancel TV licences").
_NO_TITLE = frozenset((
    "while", "as", "after", "before", "when", "why", "how", "what", "where", "who", "thousands", "hundreds",
    "millions", "fans", "viewers", "people", "everyone", "critics", "stars", "cast", "this", "that", "they",
    "too", "also", "again", "now", "here", "there", "with", "without", "no", "yes", "totally", "completely",
    "finally", "officially", "already", "reportedly", "quietly", "suddenly", "us", "uk",
))  # fmt: skip


# Words a headline opens with before a comma that are no title ("Sorry, ...", "Yes, ...")
_LEAD_INS = frozenset((
    "sorry", "yes", "no", "oops", "well", "finally", "wow", "breaking", "update", "exclusive", "confirmed",
    "official", "so", "okay", "ok", "alas", "sadly",
))  # fmt: skip


def _title_like(name: str) -> bool:
    """Whether words a headline did not quote can be a title: no more than six words, none in lower
    case but a title's small words ("the Gabriel Basso starrer", "Scottish soap" and "MYTHIC QUEST
    With New Updated Ending Planned" describe or run on; "iZombie" is a title), no "$" or "*"
    ("A $200 Million Series", "its Funniest* Comedy"; "Kevin Can F**k Himself" is a title)."""
    if re.search(r"[$#@]|\w\*+(?![\w*])", name) or name.count("(") != name.count(")"):
        return False  # ("(But" is an aside's first word: "Another Netflix Series Is Ending (But ...)")
    words = name.split()
    if len(words) > 6 or (len(words) == 1 and name.lower() in _NO_TITLE):
        return False
    if re.match(r"(?i:breaks|pulls|gets|makes|takes|gives|sends|hits|strikes|delivers|adds|shares)\s", name):
        return False  # ("Netflix Breaks Hearts With Another Cancelation": a verb's words, not a name)
    if not re.match(r"[\w'\"(]", name) or re.fullmatch(r"(?:199\d|20[0-4]\d)", name):
        return False  # ("! Cancelled", "show of 2020": punctuation or a year; "1899" is a title)
    for word in words:
        bare = word.strip("'\".,:;!?()[]-")
        if bare and bare[0].islower() and bare == bare.lower() and bare not in _TITLE_SMALL:
            return False
    return True


def _quotation(name: str) -> bool:
    """Quoted words that are someone's, not a title: two words or more in lower case that a title would
    capitalise ("'It's about time'", "'Pure love'"); "'saijaku tamer'" is a title written so, and stays
    one when fewer than two such words."""
    lower = [w for w in name.split() if w[:1].islower() and w.strip("'\".,:;!?") not in _TITLE_SMALL]
    return len(lower) >= 2 and name[:1].isupper()


def _spoken(name: str, title: str) -> bool:
    """Whether the name stands in double quotes in a headline that quotes a title in single ones: the trade
    press's way ("'Jackass 5' ... : "The Natural Place To End"") of telling a title from someone's words."""
    if f"'{name}'" in title:
        return False  # (a title quoted inside someone's words: "... season 3 of 'Taxi Driver' ...")
    spoken = next((m for m in re.finditer(r'"([^"]+)"', title) if name in m.group(1)), None)
    if spoken is None:
        return False
    # (a single-quoted title before it: a title quoted after words in double quotes may be the words'
    # own, ""9-1-1: Lone Star" to End ... 'End of An Era'")
    before = re.sub(r'"[^"]*"', " ", title[: spoken.start()])
    if (
        re.fullmatch(r"[A-Za-z]+ed", name)
        and title[: spoken.start()].strip()
        and re.search(r"(?:^|\s)'[^']+'", title[spoken.end() :])
    ):
        return True  # (one word of a verb's, a title quoted after it: "Tom Hardy "Fired" From 'MobLand,'")
    return re.search(r"(?:^|(?<=[\s(\[]))'[^']+'(?=$|[\s,:;.!?)\]]|s\b)", before) is not None


# A name that acts: the network or company of "Spotify has canceled at least six of its shows"
_ACTING = re.compile(
    r"\s+(?:(?:has|have)\s+(?:officially\s+|just\s+|now\s+)?(?!been\b)\w+ed\b|(?:cancels|renews|axes|orders"
    r"|confirms|announces|picks)\b)",
    re.IGNORECASE,
)


def _named_in(name: str, sentence: str) -> bool:
    """Whether a summary's sentence names the show it states a decision of, unquoted, where a title
    stands: its whole run of capitals ("Netflix has canceled Raising Dion after two seasons", "The
    BBC has cancelled its detective drama Virdee"), a title's words, not someone acting ("Spotify has
    canceled at least six of its live audio shows"), not an owner ("Star Trek's canceled series"), not
    two shows ("The Society and I Am Not Okay With This"), nor a lone word after "A" ("A BELOVED comedy
    show")."""
    at = sentence.find(name)
    if at < 0 or not _title_like(name) or re.fullmatch(_NETWORK, name, re.IGNORECASE):
        return False
    if " and " in name or re.fullmatch(r"(?:A|An)\s+\S+", name):
        return False
    if re.search(r"\s(?:of|for|the|a|an|to|in|on|at|with|from|by)$", name):
        return False  # (words cut before their end: "The Biggest Fantasy Series of")
    before, after = sentence[:at], sentence[at + len(name) :]
    previous = before.split()[-1:] if before.strip() else []
    if previous and previous[0][:1].isupper() and not re.search(r"['\u2019]s$", previous[0]):
        return False  # (cut from a longer run of capitals: "First Kill" read as "Kill")
    if (
        re.match(r"\.?\s*[A-Z0-9]", after) and not re.match(r"\s+(?:Season|Series|Part)\s+\d{1,2}\b", after)
    ) or re.match(r"['\u2019]s\b", after):
        # ("Mr. Corman" read as "Mr"; "Sega's Golden Axe" read as "Sega's Golden"; not a season after the
        # title: "Harlan Coben's Final Twist Season 2 officially lands its CBS premiere date")
        return False
    return _ACTING.match(after) is None


def _quoted_in(name: str, title: str) -> bool:
    """Whether the headline quotes the name."""
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
    written = text.split()
    for size in range(len(words) - 1, 1, -1):
        for start in range(len(words) - size + 1):
            found = list(lookup(" ".join(words[start : start + size])))
            if (
                len(found) == 1
                and not _subtitled(text, found[0].title)
                # (the key's words are the written words' only when there are as many)
                and not (len(written) == len(words) and _title_runs_on(written, start + size))
                # ("The One Piece" is the anime remake, not the catalogue's "One Piece": an article the
                # catalogue's title lacks is the other title's own)
                and not (start == 1 and words[0] == "the" and size == len(words) - 1)
                # ("I Kill The Bear" is not "The Bear": a title's capitalised words before the catalogue's)
                and not (len(written) == len(words) and _title_runs_in(written, start))
            ):
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


# Words after a catalogue title that are not a longer title's: "Stranger Things Cast", "Hacks Season".
_NOT_TITLE_WORDS = frozenset((
    "cast", "season", "seasons", "series", "show", "star", "stars", "creator", "creators", "showrunner",
    "boss", "finale", "premiere", "reboot", "revival", "spinoff", "spin-off", "trailer", "teaser", "anime",
    "renewal", "fans", "team", "crew", "writers", "episode", "episodes", "part", "volume", "movie", "film",
    "special",
))  # fmt: skip


def _title_runs_on(written: list[str], end: int) -> bool:
    """Whether a title the text opens with runs on into capitalised words of its own ("The Great North" is
    not "The Great"): then the catalogue's shorter title is another show's. `end` counts the text's words
    up to the end of the catalogue's title."""
    if end >= len(written) or len(written) > 5:
        return False
    rest = [w.strip("'\".,:;!?") for w in written[end:]]
    # (a join and a capitalised word run a title on too: "The Mandalorian and Grogu" is a film, not "The
    # Mandalorian")
    if len(rest) >= 2 and rest[0].lower() in ("and", "&", "of") and rest[-1][:1].isupper():
        rest = rest[1:]
    return all(w[:1].isupper() and w.lower() not in _NOT_TITLE_WORDS for w in rest if w)


def _title_runs_in(written: list[str], start: int) -> bool:
    """Whether the text's words before a catalogue title (`start` of them) are a longer title's own: two
    or more, each capitalised, none a possessive, a kind of show or a word that is no title's ("I Kill The
    Bear" is not "The Bear"; "Superhero Drama The Boys" is)."""
    before = [w.strip("'\".,:;!?") for w in written[:start]]
    return (
        2 <= len(before) <= 4
        and len(written) <= 6
        and all(
            w[:1].isupper() and not w.endswith(("'s", "\u2019s", "s'")) and w.lower() not in _NOT_TITLE_WORDS
            for w in before
        )
    )


# (also a spinoff listed after its show: "Netflix Renews 'Big Mouth' And Spin-Off 'Human Resources'")
_LIST_JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+|&\s+)?|\s(?:and|&)\s(?:(?:its\s+)?(?:new\s+)?spin-?off\s+)?)\s*", re.IGNORECASE
)


def _listed(original: str, show: Name, lookup: Lookup) -> list[Name]:
    """ "Syfy Renews 'Killjoys' And 'Dark Matter' For Third Seasons": every show quoted in one list
    with the one named, each its own proposal; else the one named."""
    run: list[re.Match[str]] = []
    runs: list[list[re.Match[str]]] = []
    for quote in _QUOTED.finditer(original):
        gap = original[run[-1].end() : quote.start()] if run else ""
        # (a comma the American style sets inside the closing quote: "'Chicago Fire,' 'Chicago P.D.'")
        if run and (
            _LIST_JOIN.fullmatch(gap) or (not gap.strip() and run[-1].group().endswith((",'", ',"')))
        ):
            run.append(quote)
        else:
            runs.append(run)
            run = [quote]
    runs.append(run)
    for together in runs:
        if len(together) < 2:
            continue
        # (a closing quote the headline left out joins two titles: "'Supergirl, 'Riverdale,'")
        quotes = [part for q in together for part in re.split(r",\s*['\"]", q.group(1))]
        names = [_match(_clean_show(q, quoted=True), lookup) for q in quotes]
        if any(search_key(n.title) == search_key(show.title) for n in names):
            return names
    # (two unquoted titles joined that the headline counts, "Hulu Renews Runaways & Future Man, Two Shows
    # That Were ... Good", are told apart after the rules, for every kind: radar/__init__.py's
    # `_two_shows_apart`)
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
                masked[start:stop] = re.sub(r"\S", "X", title[start:stop])
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
    ("Line of Duty set" -> "Line of Duty", "Fri-Yay: Superstore" -> "Superstore"; never the part before
    a subtitle's colon, "Alien: Earth" is not "Alien"), that part is the name. A quoted name is the
    headline's own, and a franchise's title whose halves the summary both gives ("My Little Pony:
    Friendship Is Magic") stays whole."""
    name = finding.show_title
    if finding.show or not name or any(q.group(1) == name for q in _QUOTED.finditer(normalise(item.title))):
        return finding
    said = f" {search_key(normalise(item.summary))} "
    if f" {search_key(name)} " in said:
        return finding
    before, colon, after = name.partition(": ")
    if colon and f" {search_key(before)} " in said and f" {search_key(after)} " in said:
        return finding
    if colon and f"{before.lower()}:" in normalise(item.summary).lower():
        # (the summary subtitles it too: "Law & Order: SVU" and "Law & Order: Special Victims Unit")
        return finding
    # (not "A Time" of "One Day At A Time": "at a", "for a", "with an" are a title's own words)
    # (a lone article, a time of year, a sentence, or a title in capitals before the colon are the
    # headline's cut: "Outlander: The official announcement has been made", "Once Upon a Time: Spring
    # Return Date", "THE DRY: Roisin ...")
    subtitled = bool(colon) and not (
        re.fullmatch(r"(?i:the|a|an|spring|summer|fall|autumn|winter|season|series)", after.strip())
        or before.isupper()
        or any(w[:1].islower() and w not in _TITLE_SMALL for w in after.split())
    )
    # (the part after a colon: before it is a column's label, "Fri-Yay: Superstore", or the franchise a
    # subtitled title belongs to, "Alien: Earth" of a summary that writes "FX's Alien series")
    parts = [
        part
        for part in (p.strip(_NAME_EDGE) for p in _NAME_CUT.split(after if subtitled else name))
        if (part[:1].isupper() or part[:1].isdigit()) and not re.match(r"(?:A|An)\s", part)
    ]
    told = [p for p in parts if f" {search_key(p)} " in said and not re.fullmatch(_NETWORK, p, re.I)]
    if not told:
        return finding
    show = _match(max(told, key=len), lookup)
    return replace(finding, show=show.slug or None, show_title=show.title)
