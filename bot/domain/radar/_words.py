"""How the press words the news the radar reads: the clause that states something (and what asks,
hedges or explains instead), the verbs of renewals, cancellations, endings, milestones and premiere
dates, networks, and the seasons a headline names."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import lru_cache

from bot.domain.radar._model import MAX_SEASON

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "sophomore": 2,  # ("Renews 'Off Campus' for Sophomore Season")
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


_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))


# A capital letter, accented ones too ("Élite", "Çal"), as titles start their words.
_CAPITAL = r"A-Z\u00c0-\u00d6\u00d8-\u00de"


_NUMBER = r"(?:\d{1,2}|" + "|".join(CARDINALS) + ")"


_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + ")"


# ---------------------------------------------------------------- refusing what states nothing

# "13 Reasons Why Renewed for Season 3", "13 Reasons Why: ...": "Why" ending a title that counts its reasons,
# a season or a verb right after it (not a list's reasons: "5 Reasons Why Lucifer Should Be Renewed")
_TITLE_ENDS_WITH_WHY = (
    r"(?-i:Why)(?:'s\b|:|\s+(?-i:[a-z])"
    r"|\s+(?:season|series|S\d|renew|cancel|axe|end|wrap|begin|start|film|shoot|premiere|return))"
)
# A season named right after an end's words ("... to End With Season 6", "... After Series 7"): a title's
# own word before them ("The Good Fight", "Cormoran Strike"), no fight or strike of the news
_SEASON_NAMED_NEXT = (
    r"(?!\s+(?:with|after)\s+(?:its\s+|the\s+)?(?:(?:season|series)\s+\d|\w+\s+(?:season|series)\b))"
)
# Refused wherever they appear: the headline is a review, a recap, a list, a film, a joke.
_NOISE = re.compile(
    r"(?<!positive )(?<!glowing )(?<!rave )(?<!good )(?<!great )(?<!strong )(?<!mixed )(?<!critical )"
    r"(?<!stellar )(?<!positive critical )\breviews?\b|\brecap\b|\branked\b|\branking\b"
    r"|\b(?:ending|finale|season|twist)\s+explained\b|\bseason\s+\d{1,2}\s+explained\b"
    # (the entertainment sites: "Is Too Good to Have Been Cancelled", "Season 5's Fate Officially Decided",
    # "Confirms the End of Yellowstone's Streaming Era", "the End of an Era for Mayor of Kingstown")
    r"|\btoo\s+\w+\s+to\s+(?:have\s+been|be)\s+(?:cancell?ed|axed|ended)\b|\b(?:season\s+\d{1,2}|series)'s\s+fate\b"
    r"|\bfate\s+of\s+(?:the\s+)?(?:season|series)\b|\b(?:decides?|decided|seals?|sealed)\s+(?:the\s+)?fate\b"
    r"|\bend\s+of\s+an\s+era\b(?!\s*[:!\u2014\u2013-])|\bend\s+of\s+[\w' :&-]{1,40}?'s\s+(?:[\w-]+\s+)?era\b"
    # (not a promise: "... Gets Premiere Date, Promises Best Episodes Yet"; nor a network's own show it
    # describes: "Netflix Cancels Its Best New Show Of 2023 After 1 Season", nor its season: "Outer Banks ends
    # after 6 years with one of its best seasons")
    r"|\bbest\b(?!\s+(?:[\w-]+\s+)?yet\b)"
    r"(?!(?:(?<=\bits best)|(?<=\btheir best)|(?<=\bone of the best)|(?<='s best))\s+(?:[\w-]+\s+){0,2}"
    r"(?:shows?|series|dramas?|comed(?:y|ies)|sitcoms?|anime|originals?|seasons?)\b)"
    r"|\bworst\b|\b(?:and|&)\s+\d+\s+other\b"
    # ("My Top 5 programmes axed after just one season": a list)
    r"|^(?:my\s+)?top\s+\d+\s+(?:[\w-]+\s+){0,2}(?:shows|series|programmes|programs|dramas|sitcoms|comedies"
    r"|soaps|soap operas|telenovelas|anime)\b"
    # "To Cancel or Not To Cancel...My Streaming Services", "Happy Season 3: Is it Canceled or Coming Soon…"
    r"|\bto (?:cancel|renew) or not\b|\bis it (?:cancell?ed|renewed|ending|over)\b"
    # ("Renewed for Season 3: Here's How to Binge the Series" states the renewal first)
    # (not a title that holds the word: "Interview with the Vampire")
    # (nor a title that opens with it, a preposition after it: "How To With John Wilson")
    # (a season back on air, and how to watch it: "'Euphoria' is back for Season 3: Release date, cast, how to
    # watch", "'The Morning Show' is back for Season 4\u2014How to watch Jennifer Aniston for free")
    r"|\b(?:is|are)\s+back\b.*\b(?:(?:how|where)\s+to\s+(?:watch|stream)|release\s+date)\b"
    # (nor one of titles listed: "HBO Cancels Bored to Death, Hung, How to Make It In America")
    r"|\binterview\b(?!\s+with\s+the\s+vampire\b)|(?<!,\s)\bhow to\b(?!\s+(?:watch|binge|stream|with)\b)"
    r"|^\s*how to\b(?!\s+with\b)|^\s*watch\b|\bwhere to watch\b"
    # (not other shows that "remain on the bubble" after a decision: "'Brilliant Minds' & 'Stumble'
    # Canceled By NBC, 'Law & Order' & 'Hunting Party' Remain On The Bubble")
    # (nor quoted shows "On The Bubble" after another's: "'Law & Order: SVU' Will Return For Season 28 In
    # 2026-27; 'Law & Order', 'Hunting Party', 'Brilliant Minds' & 'Stumble' On The Bubble")
    r"|(?<!\bremain )(?<!\bremains )(?<!' )\bon the bubble\b"
    # (the US trade press of 2025-26) no end at all, a fan's or a star's guess, an opinion, a report, a
    # listicle, an episode, a season's finale, an explainer of how a show fared: "With No End in Sight",
    # "fans think ... will end", "Zendaya Thinks 'Euphoria' Will End", "It's Time to End the 'Bachelor'
    # Franchise", "Amidst Reports It Won't Return", "Comes to an End: The 8 Greatest ...", "Season 8 Episode
    # 3 Reveals ...", "as Season 28 Closes", "How 'Dancing With the Stars' Revived Itself"
    r"|\bno end in sight\b"
    # ("Japanese series that inspired Power Rangers to end after 50 years, reports say": someone else's word)
    r"|\b(?:reports?|sources?|insiders?)\s+(?:say|says|said|claim|claims|suggest|suggests)\b"
    r"|\bfans?\s+(?:think|believe|theori[sz]e|predict|speculate|worry|fear|share\s+concern)"
    r"|\b(?:thinks|believes|suspects)\b|\bit'?s\s+time\s+to\s+(?:end|cancel|axe|renew)\b"
    r"|\breports?\s+(?:that\s+)?(?:it|the show|the series|they)\s+(?:won'?t|will|would|is|isn'?t|may|could)\b"
    r"|:\s+(?:the\s+)?\d+\s+(?:greatest|biggest|most|funniest|wildest|top|hottest|steamiest)\b"
    r"|\b(?:season|series)\s+\d{1,2},?\s+episode\s+\d+\b|\bseason\s+\d{1,2}\s+closes\b"
    r"|^\s*how\s+['\"]|\b(?:revived|reinvented)\s+itself\b"
    # "Filmed Alternate Season 8 Ending in Case Show Was Canceled": a guard, not the news; "NBC Renews Three
    # 'Chicago' Shows": a franchise's shows, none named
    r"|\bin\s+case\s+(?:the\s+)?(?:show|series|it|they)\b"
    # a renewal only likely or pending, a review column, "renewed" as an adjective, an interview that breaks
    # a finale down, a season's finale aired, a listicle after a colon
    r"|\blikely\s+(?:[\w+-]+\s+){0,2}renewal\b|\brenewal\s+(?:is\s+)?pending\b|\bstream it or skip it\b"
    # (nor calls, an effort or a push renewed: "Calls renewed for improved safety measures", "The Sudanese
    # army is renewing a military effort to retake Kordofan")
    r"|\bcalls\s+(?:are\s+|have\s+been\s+)?renewed\b|\brenew(?:s|ed|ing)?\s+(?:a|an|its|their|his|her)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}(?:efforts?|push|bid|campaign|calls?|appeals?|offensive|attacks?|pledge|commitment"
    r"|drive|war|strikes?|fighting|assault|talks|criticism|threats?|demands?)\b"
    r"|\brenewed\s+(?:[\w-]+\s+)?(?:scrutiny|interest|calls|focus|attention|push|hopes?|concerns?|criticism|debate"
    r"|backlash|tensions?|fears?|pressure|speculation|buzz)\b|\bbreaks?\s+down\b"
    r"|\bseason\s+\d{1,2}\s+concludes\s+with\b"
    # (nor a licence renewed: "'The Walking Dead' Renewed By Netflix In 5-Year, $500M Co-Exclusive Deal With
    # AMC Global Media" streams the seasons made)
    r"|\brenew(?:s|ed|ing)?\b(?:[^,:;|]{0,40}?\b(?:in|its|their|the)\s+[^:;|]{0,40}?|\s+(?:\S+\s+){0,3}?)"
    r"(?:licen[cs]ing|licen[cs]e|co-exclusive|carriage|syndication|streaming\s+rights|distribution)\s+"
    r"(?:deal|pact|agreement)s?\b"
    # (not the reasons for a decision stated first: "'Hannibal' Season 3 Cancelled: 4 Reasons Why ...")
    r"|:\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:secrets|things"
    r"|moments|scenes|ways|takeaways|details|facts)\b"
    r"|\b(?:renews?|cancels?|axes)\s+(?:two|three|four|five|six|all|both|\d+)\s+['\"][^'\"]+['\"]\s+"
    r"(?:shows|series|dramas|spinoffs)\b"
    # "'Unrenewed' TV shows: ... with reversed renewals", "Guess Who Will Be Back for Season 9",
    # "Season 4 easter eggs", "Season 32 Is the End of the Show As You Know It"
    r"|\bun-?renewed\b(?!\s+(?:at|by)\b)|\breversed renewals?\b"
    r"|^\W*guess\s+(?:who|what|which|where|when|how)\b"
    r"|\beaster eggs?\b|\bas (?:you|we) know it\b"
    # a round-up: "From 'Work Later, Drink Now' to 'D.P.', OTT dramas will return with Season 2"
    r"|^\s*from\s+['\"]x+['\"]\s+to\s+['\"]x+['\"]"
    r"|^\s*from\s+[^,]{1,40}\s+to\s+[^,]{1,40},\s+(?:[\w-]+\s+){0,3}(?:shows|series|dramas|k-?dramas|anime)\b"
    r"|\b(?-i:kind of|sort of)\b|\((?:kind|sort) of\)"  # (a title's capitals are not a hedge: "Sort Of")
    r"|\bunderrated\b|\bapril fools?\b|\b(?:movie|film) sequel\b|\bsequel (?:movie|film)\b"
    r"|\bquiz\b(?!\s+shows?\b)"
    r"|\bexplains\b|\bpodcast\b|\bwall to wall\b"
    # "Fall TV premieres", "Anime Premieres of the Week" (not "Season 3 Anime Premieres on October 5", nor
    # one series on its day: "'Halo' TV Series Premieres March 24, 2022 on Paramount+")
    r"|(?<!\d )(?<!ahead of )(?<!before )\b(?:tv|series|show|drama|anime)\s+premieres\b"
    r"(?!\s+(?:on\s+|today\s+)?(?:" + _MONTH_NAMES + r")\s+\d{1,2}(?:st|nd|rd|th)?\b)"
    r"|\bpremieres to watch\b|\b(?:renew|renewed) or cancel|\bcancel or renew"
    r"|\b(?:nobody|no one|no-one)\s+(?:is\s+)?(?:cancell?ing|cancels|axing|renewing|ending)\b"
    r"|\bseries are (?:ending|returning|cancell?ed|axed)\b"
    r"|(?<!\bfx )\bnetworks (?:pull|cancel|axe|renew|scrap)"
    # (not the article's description after the news and a colon: "'Elite' Season 8 Confirmed: A Sneak Peek
    # into the Upcoming Drama and Release")
    r"|(?<!: )(?<!: a )\bsneak peek\b|\bbehind the scenes\b|\bbox office\b|\breport:|\bstatus\b"
    # (a guess in a column's name: "Fan Theory: Stranger Things Season 5 Will Be the Last", "Prediction: ...")
    r"|^\W*(?:[\w-]+\s+)?(?:theor(?:y|ies)|speculation|predictions?)\s*:"
    # (a title's own word apart: "Fate/strange Fake TV Anime Confirms New Season")
    r"|\bfilm (?:review|sequel)\b|\bdebunk|(?<!/strange )\bfake\b|\bhoax\b|\bfalse\b"
    # (not the shows just named, described after a comma: "Hulu Renews Runaways & Future Man, Two Shows That
    # Were ... Pretty Good")
    r"|(?<!, two )(?<!, both )\bshows that (?:were|weren'?t|got|have been|haven'?t been)\b"
    r"|(?<!, two )(?<!, both )"
    r"\b(?:shows|series|dramas|k-?dramas|soapies|soaps|telenovelas|sitcoms|comedies|programmes) that"
    r" (?:are|were|will|have|got)\b|\bcancel culture\b"
    r"|\bwhy (?:is|was|did|does|are|were|has|had)\b"
    r"|\brenewed (?:or|and|&) cancell?ed\b|\bcancell?ed (?:or|and|&) renewed\b|\brenew\s*/\s*cancel\b"
    r"|\bconfirmed or cancell?ed\b|\b(?:cancell?ed|gone) too soon\b"
    r"|\b(?:renewal|cancell?ation|bubble) watch\b(?![^:]*:)|\bsafe from cancell?ation\b"
    r"|^(?:the\s+)?(?:\w+\s+){0,2}(?:shows|dramas|k-?dramas)\s+"
    r"(?:returning|ending|coming back|renewed|cancell?ed)\b"
    r"|^\s*\d+\s+(?:[\w'-]+\s+){0,3}(?:shows|series|dramas|k-?dramas|anime|things|reasons(?!\s+"
    + _TITLE_ENDS_WITH_WHY
    + r")|ways|facts"
    r"|moments|secrets|details|times|questions|characters|episodes)\b"
    r"|\b(?:tv\s+)?shows\s+(?:(?:have\s+|were\s+|got\s+)?(?:been\s+)?)?(?:returning|ending|renewed|cancell?ed|axed)\b"
    r"|\b(?:cancell?ed|cancels?|renewed|axed|canned|scrap(?:ped)?|ending|cancell?ing|axing|renewing)\s+(?:[\w']+\s+)?"
    r"(?:tv\s+)?shows\b(?!,?\s+(?:including|among them)\s+['\"])"
    r"|\blive updates\b|\bdeals?\s+to\s+return\b|\bmeet the (?:cast|contestants|couples|hosts?)\b"
    r"|\bclaims? (?:a |the )?reports?\b"
    # "Ryan Murphy on 'American Crime Story' Future and ...": someone's view
    r"|^(?-i:[A-Z][\w'.-]+\s+[A-Z][\w'.-]+)\s+on\s+['\"][^'\"]+['\"]\s+(?:future|fate|ending|finale|legacy"
    r"|cancell?ation|renewal|exit|departure)\b"
    r"|\bevery (?:[\w-]+\s+)?(?:show|series)\b|\brenewed,\s+cancell?ed\b"
    # a proposal, not a decision: "Blueprint to End 'Free Ride'", "a push to cancel"
    r"|\b(?:plans?|blueprint|bid|efforts?|push|campaign|vote|move|bill|pressure)\s+to\s+(?:end|cancel|scrap|axe)\b"
    # (not a title's word, its season named: "The Good Fight to End With Season 6", "Eternal Law to End ...")
    r"|\b(?:law|fight|battle)\s+to\s+(?:end|cancel|scrap|axe)\b"
    + _SEASON_NAMED_NEXT
    + r"|\bto end the (?:year|week|month|day|night|decade|summer|weekend)\b|\b(?:that|this) to end\b"
    # a film's treatment or script dropped: "Paramount Not Moving Forward With 'G.I. Joe' Treatment From ..."
    r"|\bnot (?:moving|going) forward with\s+'[^']+'\s+(?:treatment|script|pitch|film|movie|feature)\b"
    # a person's deal or place renewed: "CBS renews 'NCIS' franchise chief Steven Binder's overall deal",
    # "ABC renews Robin Roberts as 'GMA' anchor"
    r"|\brenew(?:s|ed|ing)?\s+[^,:;|]{0,60}?(?:'s|s')\s+(?:[\w-]+\s+){0,2}(?:deals?|contracts?|pacts?|licen[cs]es?)\b"
    # (not a season renewed with someone back in a role: "Renewed For Season 4 With Terence Winter Back As
    # Head Writer")
    r"|\brenew(?:s|ed|ing)?\s+(?:(?!(?i:season|series|with)\b)[^,:;|]){0,40}?\bas\s+(?:['\"]?[\w'-]+['\"]?\s+){0,3}"
    r"(?:anchor|host|presenter|judge"
    r"|co-?host|ceo|head|chief|coach|editor|ambassador|president|chair(?:man|woman)?|leader|manager|captain"
    r"|director)\b"
    # ("Netflix cancels Shadow and Bone and many other series": the show named, with the others)
    r"|\b(?<!\band )(?:several|multiple|many|dozens of|a handful of|a slew of|a bunch of)\s+"
    r"(?:[\w-]+\s+){0,2}(?:tv\s+)?(?:shows|series|dramas)\b"
    r"|(?<!s' )(?<!'s )\bguide\b|\bscorecard\b|^(?!.*\banime\b).*\bmanga\b"
    r"|\bwhich (?:\w+\s+)?(?:shows|series)\b"
    r"|^\s*(?:tv\s+)?shows\b"
    # (not a rumour the news puts to rest: "confirmed for two more seasons amid rumours it was going to be
    # axed")
    r"|(?<!\bamid )(?<!\bdespite )(?<!\bdespite cancellation )(?<!\bdespite cancelation )"
    r"\brumou?r(?:s|ed|mill)?\b|\ball (?:the |of the )?(?:shows|series|dramas)\b"
    # "Bainbridge Island studio gets shot at second season for new show": a chance
    r"|\bshot at (?:a |an )?(?:[\w-]+ )?(?:season|series)\b"
    # "READ: What's Been Renewed, Axed And Saved By TBS": a list of decisions
    r"|\bwhat'?s\s+(?:been\s+)?(?:renewed|cancell?ed|axed|saved)\b"
    # "Netflix Stock Falls After 'Stranger Things' Ends": a time, not the news
    r"|\b(?:after|when|once|before|since|until|while)\s+'x+'\s+(?:\w+ly\s+)?ends\s*$"
    # (a count renewed or cancelled "including" the shows it quotes is read, each its own proposal; not a
    # count of new series ordered: "Netflix Orders 7 New British Series, including 'House of Guinness'")
    r"|\b(?:renews?|cancels?|axes)\s+\d+\s+(?:[\w-]+\s+){0,2}(?:shows|series|dramas|k-?dramas|anime)\b"
    r"(?!,?\s+(?:including|among them)\s+['\"])"
    r"|\borders?\s+\d+\s+(?:[\w-]+\s+){0,2}(?:shows|series|dramas|k-?dramas|anime)\b"
    # "The Real Reason This Is Us Is Ending After Season 6": an explainer
    r"|^[^:|\u2014\u2013]*?\bthe (?:real )?reasons?\b"
    # "Outlander Season 5 Ends With an Incredibly Traumatizing Chapter": a season's finale
    r"|\b(?:season|series)\s+"
    + _NUMBER
    + r"\s+(?:ends|ended)\s+with\b(?!\s+(?:(?:a|an|the|its)\s+)?(?:final|last)\b)"
    # "Disney, Comcast Renew Carriage Deal for ESPN": a deal; "'Jeopardy!' Streak Ends": a streak
    r"|\brenew(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}(?:deals?|pacts?|contracts?|agreements?|partnerships?|licen[cs]es?)\b"
    # ("Ovintiv Renews Annual Share Buy-Back Program": a company's buy-back)
    r"|\brenew(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}(?:buy-?backs?|(?:buy-?back|repurchase)\s+programs?)\b"
    r"|\b(?:streak|winning run|hiatus|strike|feud|romance|marriage|relationship|partnership|deal|contract"
    r"|lockdown|boycott|tour|beta|sales?|offer|promotion|discount|rates|trial|era|lockout|rivalry)\s+"
    # ("Apple's Tim Cook Era Is Ending", "USC-Notre Dame rivalry ending after 78 straight seasons")
    r"(?:ends?|ended|is over|to end|will end|(?:is|are)\s+ending|ending|(?:comes?|came) to an end)\b"
    # (not a title's word, a season named: "Strike to End After Series 7")
    + _SEASON_NAMED_NEXT
    # "'Grey's Anatomy' Is Officially Ending Its Most Important Era": what a show ends in its story
    + r"|\bend(?:s|ed|ing)?\s+(?:its|their|the\s+show's|the\s+series')\s+(?:[\w-]+\s+){0,3}?(?:era|romance"
    r"|relationship|partnership|feud|streak|storyline|couple|rivalry|love\s+triangle"
    # (or a pause or a quarrel it ends: "Sinclair to end its blackout of Jimmy Kimmel", "... to End Its
    # Hiatus")
    r"|blackout|boycott|hiatus|suspension|lockout|standoff|dispute|ban)\b",
    re.IGNORECASE,
)


# Not a show's decision, read in the headline without the show's name: an event, a prize or a
# person's place called off ("Coachella and Stagecoach festivals cancelled", "Iron Maiden Cancel
# Australian Tour", "Dee Nguyen axed from MTV's The Challenge", "Celebrity MasterChef axes second
# contestant"), a show taken off a platform ("Inbetweeners axed from YouTube"), an episode off
# tonight's schedule, a call to "cancel" someone.
_EVENTS = (
    r"festivals?|fest|concerts?|tours?|touring|gigs?|carnival(?!\s+films)|prizes?|ceremony|ceremonies|weddings?"
    r"|awards?(?![- ]?(?:winning|nominated|haul|darling|magnet|contender|season))"
    r"|honeymoons?|celebrations?|birthday|conventions?|comic[- ]?con|parade|reunions?|baby showers?"
    r"|(?:halloween|christmas|birthday|new year'?s?|launch|pool|garden|costume) part(?:y|ies)"
    r"|conferences?|expos?|summit"
    r"|tournament|marathon|video games?|fights?|bouts?"
    # recurring events known by their own name
    r"|coachella|stagecoach|lollapalooza|bonnaroo|glastonbury|sxsw|south by southwest|summerfest|burning man"
    r"|tribeca|sundance(?!\s*(?:tv|channel|now)\b)|cannes|met gala|oscars|emmys|golden globes|baftas|grammys"
    r"|tonys|logies|brits|vmas"
    r"|super bowl|wimbledon|wrestlemania|eurovision|download festival|electric daisy|ultra music"
    r"|rolling loud|governors ball|austin city limits|splendour in the grass|bluesfest|mardi gras|vidcon|d23"
    r"|made in america"
)


# An event's own name ("Pitchfork Music Festival 2020 canceled", "Star Wars Celebration 2020 Cancelled").
_EVENT_NAME = re.compile(rf"\b(?:{_EVENTS})\b", re.IGNORECASE)


# An event's own name by the word it ends with: "Music City Bowl canceled", "Pitchfork Music Festival".
_EVENT_NAME_END = re.compile(
    r"\b(?:bowl|festival|fest|concerts?|ceremony|parade|marathon|conference|convention|expo|summit|gala|fair"
    r"|rally|fight|bout|market|alert|(?:soccer|football|basketball|baseball|hockey|rugby|cricket|tennis)\s+(?:games?"
    r"|match(?:es)?))$",
    re.IGNORECASE,
)


# The event a piece of news was told at ("renewed at Comic-Con", "confirmed ahead of the Awards"):
# not an event called off.
_TOLD_AT = re.compile(
    r"\b(?:at|during|ahead of|before|after|following|from|via|on stage at)\s+"
    # ("Just Weeks After Cancelling His Tour": a tour called off, not news told at one)
    rf"(?:the\s+|this\s+|last\s+|[\w-]+'s\s+)?(?:(?!cancel|axing|scrap)(?:[\w'-]+|&)\s+){{0,3}}?(?:{_EVENTS})\b"
    # the trade press's dateline: "'Kaos' Renewed For Season 2 At Netflix - Comic-Con"
    rf"|\s[\u2013\u2014-]\s+(?:[\w'-]+\s+){{0,2}}(?:{_EVENTS})(?:\s+20\d\d)?\s*$"
    # and its dateline before a colon: "Comic-Con: Wynonna Earp Season 4 Greenlit by SyFy"
    r"|^(?:sdcc|nycc|comic-?con|tca|upfronts?)(?:\s+20\d\d)?\s*:",
    re.IGNORECASE,
)


_NOT_A_SHOW = re.compile(
    rf"\b(?:{_EVENTS}"
    r"|screenings?|red carpet|live audiences?|auditions?|registrations?|plates"
    r"|licen[cs]es|jobs|duet|performances?|musical|tickets?|exhibitions?|olympics|(?:world )?cup|league"
    r"|appearances?|reservations?|bookings?|flights?|(?<!school )bus(?:es)?|pitch|duties|refunds?|party"
    r"|runway|fashion week"
    r"|residency|(?:comedy|stand-?up|tour|live|concert|uk|us|european|north american) dates"
    r"|las vegas shows?|eliminat(?:ion|ed)|double elimination|schedules?|graduation|web shows?|video games?"
    r"|projects?|collaboration|influencers?|youtubers?|free trial|(?:virtual\s+)?engagements|tiktok"
    r"|live\s+broadcasts?|broadcasts|dinner|lunch|meetings?|visit|trip"
    r"|contestants?(?:\s+list)?|confirmed list|occupancy|horoscopes?|password|shared accounts"
    r"|(?:cancell?ed|canceling|cancelling) orders"
    # a sports season, games, comics, a stage show, a soap's characters
    r"|(?:remainder|rest) of (?:the |its )?season|games|comics|comic books?|west end|broadway"
    r"|bowl|crossover|noise[- ]cancell?ing|pre-?orders?"
    # a radio show; a publisher's comics or games ("Marvel Cancels Nine Flagship Titles")
    r"|(?:breakfast|drive|drivetime|morning|radio|late-night radio)\s+shows?|titles"
    # a book's run ("Phantom Thief Red Novels to End in 30th Volume")
    r"|(?:light\s+)?novels|\d+(?:st|nd|rd|th)\s+volume"
    # the trade's business around a show (2025-26 trade press): "Ends 'Jimmy Kimmel Live!' Boycott",
    # "Renews 'Seinfeld' Licensing Deal", "Renews 'The Daily Show' Contract", "Cancels ... Press Day Panel",
    # "Scrapped '60 Minutes' Segment", "End Carriage Dispute", "Cancels Series Mania Keynote"
    # (not a creator's overall deal told with a renewal, nor a show's judging panel)
    r"|boycotts?|partnerships?|(?:licen[cs]ing|development|first-look|carriage|distribution)\s+deals?"
    r"|contracts?|(?<!judges )(?<!judging )(?<!judges' )panels?|keynotes?|segments?|disputes?|tracking"
    r"|screen time|sauces?|fights?|bouts?|traditions?|giveaways?|sweepstakes|falsehoods|shutdown"
    # a performer's gig: "Cancels Kennedy Center Show", "Axes Florida Show Due To Illness"
    r"|(?:center|arena|theater|theatre|stadium)\s+shows?"
    r"|(?:due\s+to|because\s+of)\s+(?:an?\s+)?(?:illness|respiratory\s+infection|infection|injury|covid|flu"
    r"|sickness|health\s+issues?)"
    r"|special\s+episodes|axe\s+(?:murders?|murderers?|attacks?|killers?)"
    # sport ("Yordan Alvarez Won't Return During Regular Season", "Bo Nix breaks ankle to end season",
    # "QB Iamaleava will return for another season at UCLA", "Man Utd star ... as team-mate axed")
    r"|regular\s+season|playoffs?|post-?season|pre-?season|quarterback|qb|ankle|hamstring|acl|team-?mates?"
    r"|matches|soccer|football\s+(?:game|match|club|programs?)|sidelined|wild-card|pitchers?"
    r"|(?:nfl|nba|mlb|nhl|mls)\s+seasons?|track\s+sessions?"
    # music and fashion ("Shares Surprise 'Totally Fried' EP", "Revives Its 'Red Line' Range"); a record's
    # EP in capitals after its kind of news (alone it is as often an executive producer: "'X' EP Says")
    r"|albums?|mixtapes?|colou?rways?|sneakers?"
    r"|(?:new|debut|surprise|latest)\s+(?:['\"][^'\"]{1,60}['\"]\s+)?(?-i:EPs?)"  # (quotes normalised)
    # a game's seasons ("Fortnite Collab Confirmed for Chapter 7 Season 4")
    r"|fortnite|battle\s+pass|chapter\s+\d+\s+season|collabs?"
    # a company's programmes ("Announces Renewal of Normal Course Issuer Bid", "renewal of share buyback
    # program"), a country's or an army's acts
    r"|issuer\s+bid|buybacks?|repurchases?|credit\s+facility|leases?|tariffs?|sanctions|blockade|ceasefire"
    r"|sightings|air\s?strikes|airstrikes|conflict|fighting|elections?|classes|trades|deportations?"
    r"|benefits|grants|financing|asset\s+sales?|redevelopment|workweek"
    r"|lawsuits?"
    # a film ("'Gremlins 3' Officially Confirmed for 2027 Theatrical Release")
    r"|theatrical\s+(?:release|run|debut|premiere)|in\s+(?:theaters|theatres|cinemas))\b"
    r"|['\"]\s+specials?\b|\bas\s+(?:a|an)\s+(?:[\w+-]+\s+){0,2}specials?\b"
    # (a label's range: "Trapstar Revives Its 'Red Line' Range")
    r"|\b(?:ranges?|capsules?|fragrances?)\b",
    re.IGNORECASE,
)


# The same, in words around the name that an unquoted name may have taken in: a person cancelled, axed
# from a show or by Twitter, a call to cancel someone, a venue's season.
_NOT_A_SHOW_SAID = re.compile(
    r"\bcancell?ed\s+by\s+(?:twitter|the internet|social media|fans)\b"
    # a gig called off ("Benson Boone Cancels Birmingham Show Hour Before Concert")
    r"|\b(?:hours?|minutes?|days?)\s+before\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:concert|show|gig"
    r"|performance|set)\b"
    # a person: "axed as executive director of WWE Raw", "slams decision to axe pro Alex Murphy",
    # "heartbroken as she's axed", "Seven axes Pete Evans from ... role", a couple that calls it quits
    r"|\b(?:axed|fired|dropped|sacked|ousted|replaced)\s+as\s+(?:(?:an?|the|its)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:director|host|presenter|judge|producer|showrunner|ceo|president|chief|head|anchor|editor|coach|writer)\b"
    r"|\b(?:axe|axes|axed|axing|drops?|dropped|dropping|fires?|fired|firing|sacks?|sacked|sacking)\s+"
    r"(?-i:(?:pro|host|presenter|judge|star|contestant|anchor|dancer|reporter|co-host|writer))\s+(?-i:[A-Z])"
    r"|\b(?:she|he)(?:'s|\s+is|\s+was|\s+has\s+been)\s+(?:been\s+)?(?:axed|fired|dropped|sacked|cancell?ed)\b"
    r"|\b(?:axes|drops|fires|sacks|dumps|boots)\s+(?-i:[A-Z][\w'-]+\s+[A-Z][\w'-]+)\s+from\b"
    r"|\b(?:released|axed|fired|cut)\s+by\s+(?:wwe|aew|ufc|nxt)\b"
    r"|\b(?:and|&)\s+(?:[\w'-]+\s+){1,4}call it quits\b"
    # a person someone wants fired ("fans demand Ruby Wax is AXED"), a cast, a chip, a player, a word
    # struck from a report or a menu, a venue's gig, a phrase ("and Christmas Is Cancelled")
    r"|\bdemand(?:s|ed|ing)?\s+(?:that\s+)?(?:[\w'-]+\s+){1,4}(?:is|be|are|gets?)\s+(?:axed|fired|sacked"
    r"|dropped|cancell?ed)\b"
    r"|^(?:all\s+(?:of\s+)?(?:the\s+)?|the\s+)?(?:actors?|cast(?:\s+members?)?|stars?)\s+(?:confirmed|announced"
    r"|revealed)\s+for\b"
    r"|\bintel\b|\bprocessors?\b|\bchipsets?\b"
    r"|\b(?-i:QB|quarterback)\b"
    r"|\b(?:axes|axed|drops|dropped|removes|removed)\s+(?:['\"][^'\"]+['\"](?:\s+(?:and|&)\s+['\"][^'\"]+['\"])?"
    r"|\S+)\s+from\s+(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:reports?|filings?|websites?|menus?"
    r"|systems?|apps?)\b"
    r"|\bvenue(?:'s|s)?\b|\bchristmas\s+(?:is|was)\s+cancell?ed\b"
    # an organisation that closes ("Gaza Humanitarian Foundation Calls It Quits After ...")
    r"|(?<=[a-z] )(?:foundation|fund|company|corporation|group|association|council|committee|coalition|union"
    r"|party|bank|band|firm|startup|agency|charity)\s+(?:officially\s+)?(?:calls?|called|calling)\s+it\s+quits\b"
    # a sneaker's colourway back on sale ("The Air Jordan 4 "Bred" Is Set to Return in 2026")
    r"|\bair\s+jordan\b|\bsneakers?\b|\bcolou?rways?\b"
    r"|\bcall(?:s|ed)? it quits on (?:their\s+)?(?:romance|relationship|marriage)"
    # "will not return to the band": a person's place
    r"|\b(?:won'?t|will not|not)\s+return(?:ing)?\s+to\s+(?:the|his|her|their)\s+"
    r"(?:band|group|team|club|stage|role|job)\b"
    # a channel off air for minutes, a soap off air "as" something else happens, a break
    r"|\b(?:as|before|while|when)\s+(?:the\s+)?(?:soap|show|series|channel)\s+(?:goes|go|went)\s+off[- ]air"
    r"|\boff[- ]air\s+(?:temporarily|briefly|for\s+(?:a\s+)?(?:break|\d+\s+(?:minutes?|seconds?|days?"
    r"|weeks?)))"
    r"|\boff[- ]air(?:,|\s+and)\s+plays?\b"
    # a leave, a lockdown or a marriage that ends; a horoscope; "renews ... lease", "renews rivalry"
    r"|\bdone after\s+(?:[\w'-]+\s+){0,3}(?:marriage|dating|together)\b"
    r"|\b(?:leave|holiday|vacation|hiatus|lockdown|quarantine|isolation|ban|marriage|relationship|romance)"
    r"\s+(?:[\w'-]+\s+){0,2}?(?:ends|ended|to end|is over|comes to an end)\b"
    r"|\brenew(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,3}?(?:lease|vows|passport|membership|rivalry|feud|plea|bid"
    r"|calls?|criticism|attack|push|interest)\b"
    # (but a title with such a word, renewed for a season: "Crave renews hockey hit Heated Rivalry for
    # season two")
    r"(?!\s+for\s+(?:a\s+|its\s+)?(?:\w+\s+)?(?:season|series)\b)"
    # "Cancel Hamilton Backlash": a call to cancel; "confirmed as alive"; a scrapped storyline or crossover
    r"|^\s*#?cancel\s+(?-i:[A-Z])|\bconfirmed as (?:alive|dead)\b"
    r"|\b(?:scrapped|axed|shelved|ditched)\s+(?:[\w'-]+\s+){1,3}(?:storylines?|scripts?|scenes?|plots?|crossovers?)\b"
    r"|\bcrossovers?\s+(?:\w+\s+){0,2}(?:axed|scrapped|shelved)\b"
    r"|\b(?:entire|whole)\s+season\s+for the first time\b|\bcancels? (?:its |their )?entire season\b"
    # how a show will end, as someone told it; a season that will do something other than air; a return
    # on a condition; a show taken off a website
    r"|\b(?:told|tells|revealed|reveals|knows|knew|explains|explained)\s+(?:[\w'-]+\s+){0,3}how\b"
    r"|\bconfirms?\s+(?:that\s+)?(?:season|series)\s+\w+\s+will\s+(?!(?:be|return|happen|air|premiere|arrive"
    r"|debut|come|start|begin|end|conclude|stream|launch|drop)\b)"
    r"|\b(?:won'?t|will not|not to)\s+return\s+without\b"
    # a person's run on a show; a response to a story; a character's fate; when a show returns
    r"|\bends\s+(?:a\s+|an\s+|her\s+|his\s+)?(?:[\w-]+\s+)?['\"][^'\"]+['\"]\s+run\b"
    r"|\brespond(?:s|ed)?\s+to\s+(?:[\w'-]+\s+){0,4}?(?:story|stories|reports?|claims|rumou?rs?)\b"
    r"|\bconfirms?\s+(?-i:[A-Z]\w*)(?:'s|')\s+fate\b|\bconfirms? when\b|\bwill pick up\s+(?:season|series)\b"
    # an ending denied ("shelf life ... doesn't end at 35")
    r"|\b(?:doesn'?t|does not|didn'?t|did not|never)\s+end\b"
    r"|\b(?:axes|axed|pulls|pulled|removes|removed|drops|dropped)\b[^:|]{0,40}?\bfrom\s+(?:its\s+|the\s+)?"
    r"(?:website|streaming service|platform|catalogue|catalog|library|archive)\b"
    r"|\b(?:star|host|actor|actress|co-star|presenter|judge)\s+(?-i:[A-Z][\w'-]+\s+[A-Z][\w'-]+)\s+"
    r"(?:(?:is|was|has been|gets?|got)\s+)?(?:cancell?ed|axed|fired|dropped|sacked)\b"
    r"|\bcancel(?:s|led|ed|ling|ing)?\s+(?:herself|himself|themselves|yourself|myself)\b"
    r"|\bcancel(?:s|led|ed|ling|ing)?\s+(?:its\s+|the\s+|their\s+)?(?:entire\s+|whole\s+)?(?:summer|spring|fall|autumn"
    r"|winter|20\d\d)\s+season\b"
    r"|\b(?:axed|dropped|cancell?ed|fired|sacked|booted|removed|pulled)\s+from\b"
    r"(?!\s+(?:[\w'-]+\s+){0,3}(?:line-?up|schedule|slate)\b)"
    r"|\b(?:axes?|axing|drops?|cancels?|fires|sacks)\s+(?:(?:a|an|the|its|his|her|their|another|first|second"
    r"|third|two|three|four|\d+)\s+){0,2}(?:contestants?|hosts?|presenters?|judges?|stars?|anchors?|reporters?"
    r"|jobs|staff|roles?|characters?|pros?|dancers?|professionals?|writers?|columnists?)\b(?![-\s]+(?-i:[A-Z]))"
    # (not a decision timed before an episode: "Renews 'Cruel Summer' ... Ahead of Tonight's Finale")
    r"|(?<!ahead of )(?<!before )\b(?:tonight|this (?:week|weekend)'s)\b|\bschedule change"
    r"|\broles?\s+(?:[\w'-]+\s+){0,2}(?:axed|cut|scrapped)\b|\bnot to return to (?:the )?set\b"
    r"|\breturn to school\b|\b(?:films|movies)\s+(?:got\s+|were\s+|have\s+been\s+)?shelved\b"
    r"|\b(?:trying|calls?|called|campaign|wants?|demand(?:s|ed)?|ready|vows?|vowed|pledges?)\s+(?:for\s+\w+\s+)?to\s+"
    r"(?:be\s+)?(?:cancel|end\b)"
    # "tries to end unlikely feud", "to End Support for Older Devices", "Emmerdale to end on cliffhanger"
    r"|\bend\s+(?:[\w'-]+\s+){0,3}?(?:feud|relationship"
    r"|fright|support|'?shielding|unrest|racism|lockdown|strike|partnership|deal|romance|marriage|speculation"
    r"|rumou?rs?|drought|war|career|life|engagement|vacation|packages?|reign|rule|curse|tenure|stint|funding)\b"
    # "Shares Scrapped 'Deadpool' Script", "reveals which Chandler storyline he axed": a part of a show
    r"|\b(?:scrapped|axed|cancell?ed|shelved|ditched|cut)\s+(?:['\"][^'\"]+['\"]\s+)?(?:scripts?|storylines?|plots?"
    r"|scenes?|endings?|pilots?|cameos?|segments?|interviews?|report(?!\s+(?:says|claims|suggests|finds)))\b"
    # ("Reveals a Tom Hardy-Related Twist He Scrapped")
    r"|\b(?:scripts?|storylines?|plots?|scenes?|endings?|characters?|twists?|ideas?|jokes?|bits?)\s+(?:\w+\s+)?"
    r"(?:axed|scrapped|cut)\b"
    # a purpose, not an ending: "Sam Neill's Cause Of Death Revealed To End 'Outright Falsehoods'"; what a
    # story is about: "'China Sea,' About a Canceled Lithuanian Martial Arts Champ"
    r"|\b(?:revealed|released|published|shared|unveiled|issued)\s+to\s+end\b|\babout\s+an?\s+cancell?ed\b"
    r"|\bend(?:s|ing)?\s+on\s+(?:a\s+)?cliffhanger|\bto end of (?:his|her|their) life\b"
    r"|\b(?:call|calls|calling) it quits after\s+(?:\w+\s+){0,3}(?:dating|together|marriage|relationship)"
    r"|\b(?:search|hunt|taskforce|task force|appeal)\s+(?:is\s+)?renewed\b|\brenewal taskforce\b",
    re.IGNORECASE,
)


# Refused in the clause that holds the news: a question, or the promise of an explainer.
_QUESTION = re.compile(
    r"\?|\beverything (?:we|to) know\b|\beverything\b.{0,30}\bto know\b|\bwhat (?:we|to|you need to) know\b"
    r"|\bwhen (?:is|will|does|do)\b"
    r"|\bhere'?s (?:when|what|how|everything)\b|\bfind out\b",
    re.IGNORECASE,
)


# What a show's cancellation reacted to is told in, after "reacts": "... To 'The Boroughs' Cancellation",
# "... To Show's Cancellation", "'Gen V' Cast Reacts To 'The Boys' Spinoff's Cancellation" (the show named
# before the verb; not "to Cancellations", nor to rumours).
_REACTED_TO = (
    r"\s+to\s+(?:the\s+)?(?:'x+'(?:'s)?\s+|(?:'x+'\s+)?(?:show|series|spin-?off|prequel)'s?\s+)"
    r"(?:surprise\s+|shock\s+|sudden\s+)?"
    r"cancell?ation\b(?!\s+(?:rumou?rs?|reports?|fears?|talk|threats?)\b)"
)


# Refused in the part of the clause (between commas) that holds the news: a hedge, a wish, a rumour,
# someone's words ("X star teases season 3"). Another part may hold them: "'Ginny & Georgia' Gets
# Season 3 Premiere Date On Netflix, First Photos Tease Season 2 Finale Aftermath" is news.
_HEDGE = re.compile(
    r"\bcould\b|\bmight\b|\bmay (?:be|get|return|not|end|finish|conclude|wrap)\b|\bwould\b|\bshould\b"
    r"|\bif\b|\brumou?rs?\b"
    r"|\breportedly\b|\bsaid to\b|\blikely\b|\bprobably\b|\bapparently\b|\bpossibly\b|\bperhaps\b"
    r"|\bden(?:y|ies|ied)\b|\bexpected to\b|\bin talks\b|\bhopes?\b|\bhoping\b|\bwants?\b|\bcampaign\b"
    r"|\bpleas?\b|\bpleads?\b|\bbegs?\b|\bwhether\b|\bawait(?:s|ing)?\b|\bwaiting (?:for|on)\b"
    # "'Nashville' Nearing Season 5 Renewal at CMT", "employees call on CEO to cancel"
    r"|\bnear(?:s|ing)\b|\bclosing in on\b|\bcall(?:s|ed|ing)? on\b|\burg(?:e|es|ed|ing)\b"
    # ("Fans call for 'Love Island' to be axed", "Calls grow for ...")
    r"|\bcall(?:s|ed|ing)? for\b|\bcalls grow\b"
    r"|\ballegedly\b|\banticipation\b|\bseemingly\b|\bdiscussions?\b"
    # (a guess: "'The Last Of Us' season three seems to be the last, says HBO boss"; the feed's headline
    # quotes the boss's "certainly seems", which stays masked as a title would be)
    r"|\bseems?\b|\bappears?\s+to\b"
    r"|\bteases?\b|\bteasing\b"
    r"|\bhints?\b|\bclues?\b"
    # (not a title's: "The Big Bang Theory")
    r"|\bspeculat|\bpredict|(?<!\bbig bang )\btheor(?:y|ies)\b|\bpetition"
    r"|\bsays?\b(?!\s+(?:goodbye|no\s+to)\b)|\btalks?\b(?!\s+shows?\b)"
    r"|\bopens up\b"
    r"|\bweighs in\b"
    r"|\bcertain to\b|\bpoised (?:to|for)\b|\bset to (?:renew|cancel|axe|order|pick up)\b"
    r"|\bnot\s+(?:be\s+)?(?:coming(?!\s+back\b)|premiering|arriving|releasing|streaming)\b"
    r"|\baccording to (?:its |the )?(?:stars?|fans|reports?|sources?|insiders?)\b"
    r"|\bdon'?t\b|\breported to\b|\bin danger of\b|\bdelay(?:s|ed)?\b|\bpostpone[sd]?\b|\bretract(?:s|ed)?\b"
    # (not a show's cancellation reacted to: the cancellation is the news told again)
    r"|\bcouldn'?t\b|\bsurprised\b|\breaction\b|\breacts?\b(?!" + _REACTED_TO + r")"
    # ("ends after nearly a decade": a length of time, not a hedge)
    r"|\b(?:almost|nearly)\b(?!\s+(?:a|an|\w+)\s+(?:decades?|years?|seasons?|series|months?|weeks?|episodes?)\b)"
    r"|\bearlier than (?:expected|planned)\b"
    r"|\bwhy\b|\bstill\b(?!\s+(?:of|from|cancell?ed|axed|over)\b)|\bupset\b|\bwish\b|\bneeds?\b|\bdeserves?\b|\bmust\b|\bcan'?t\b"
    r"|\bfans? (?:react(?!" + _REACTED_TO + r")|are|want|theor|petition)",
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


_CONJUNCTION = re.compile(r"\s(?:and|but|as|because|\+|&)\s", re.IGNORECASE)


# A segment that opens as a question does, whatever follows it.
_ASKED_FIRST = re.compile(r"(?i:is|are|was|were|has|have|had|did|does|do|will|would|could|can|should)\s")
_QUESTION_AFTER = re.compile(
    # (or the promise of an explainer after the news: "'X' Renewed for Season 3, Find Out When It Returns")
    r",\s*(?:but\s+|so\s+)?(?:will|is|are|does|do|did|can|could|what|when|how|why|who|where|find\s+out"
    r"|here'?s)\b",
    re.IGNORECASE,
)


# Anime News Network names the anime before the word "Anime", however long its title and whatever words
# it holds: "Hanaori-san Still Wants to Fight in the Next Life Anime Debuts on July 11", "The Iceblade
# Sorcerer Shall Rule the World TV Anime Gets 2nd Season" (not a film's: "... Anime Film Reveals").
_ANIME_NEWS = (
    r"Reveals?|Unveils?|Announces?|Gets?|Confirms?|Streams?|Casts?|Debuts?|Premieres?|Enters?|Adds?|Shares?"
    r"|Releases?|Sets?|Teases?|Previews?|Posts?|Launches|Airs?|Returns?"
)
_ANIME_NAMED = re.compile(
    r"^(?!.*\b(?i:film|movie|ova)s?\b)"
    # (a title's words, up to the first word of the news; no list or lead: "Amazing, Just About Every Anime";
    # a subtitle after a colon: "Tsukimichi: Moonlit Fantasy TV Anime", not a column's "Review: ")
    r"(?!(?i:review|report|exclusive|breaking|update|interview|rumou?r|news|watch|video|poll|opinion)s?:)"
    rf"(?P<name>[A-Z0-9](?:(?!\s(?:{_ANIME_NEWS})\b|,\s)(?:(?<=\w)'|:(?!\s)|:\s(?=[A-Z0-9])|[^'\"\u2018\u201c|:]))*?)"
    # ("Anime Shorts Get 4th Season" too)
    r"\s+(?:(?:TV|Original|Short|Sequel)\s+)?Anime(?:\s+Shorts)?"
    # (then the anime's thing, or its news: "Anime's Teaser Unveils", "Anime Season 2 Reveals", "Anime Gets")
    rf"(?:'s(?=\s)|(?=\s+(?:(?:Season\s+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)\s+Season)\s+)?(?:{_ANIME_NEWS})\b))"
)


def _lower_in_place(text: str) -> str:
    """The text in lower case, each character where it stood: a place found in it is the same place in
    the text ("İ" lowers to two characters, which would shift every place after it)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@lru_cache(maxsize=4096)
def _anime_named(title: str) -> tuple[str, int, int] | None:
    """The anime a headline of that form names, where its name ends, and where the word "Anime" does
    (read once per headline: the rules ask again for each of its words)."""
    m = _ANIME_NAMED.match(title)
    if m is None:
        return None
    # ("Kaiju No. 8 Season 2 Anime Reveals July Premiere": the season is not the name)
    name = re.sub(
        rf"\s+(?:(?:season|series|part)\s+{_NUMBER}|(?:{_ORDINAL})\s+(?:season|series|part)|S\d{{1,2}})$",
        "",
        m.group("name"),
        flags=re.I,
    )
    return name, m.end("name"), m.end()


# A title in capitals before the headline's verb, someone's or not ("Netflix's Nobody Wants This"), that
# does not open with the people who want or hope
_HEDGED_TITLE = re.compile(
    r"(?:[A-Z][\w.+&-]*'s\s+)?"
    r"(?!(?:Fans?|Viewers|Critics|Audiences?|Everyone|Everybody|People|Stars?|Cast|Creators?|Showrunners?"
    r"|Producers?|Writers?|Directors?|Actors?|Actress|Host|Boss|Network|Studio|I|We|He|She|They)\b)"
    r"[A-Z0-9][\w'-]*(?:\s+(?:[A-Z0-9][\w'!.-]*|to|of|the|a|an|in|on|and|with|for|you|me|this|out|up))*\s+"
)


# A network's decision on a title a hedge's word is part of, the title right after the verb ("Netflix Cancels
# Hope Street", "CTV Renews Saving Hope", "Netflix Renews Nobody Wants This")
_HEDGED_OBJECT = re.compile(
    r"(?-i:Cancels|Renews|Axes|Ends|Scraps|Orders|Revives|Saves)\s+"
    r"(?:(?!(?:Fans?|Viewers|Critics|Audiences?|Everyone|Everybody|People|Stars?|Cast|Creators?|Showrunners?"
    r"|Producers?|Writers?|Network|Studio|Show|Series|Drama|Despite|Amid|After|As|Though|While|But|And|It)\b)"
    r"[A-Z0-9][\w'-]*\s+){0,2}"
)


# After "why": who decided, then the decision in the past tense ("Why NBC Canceled", "Why HBO Max Axed")
_WHY_DONE = re.compile(
    r"\s+(?:(?!(?:will|would|could|should|might|may|be|been|is|was|were|are|gets?|got|not|never|it|they|fans"
    r"|viewers|you|we|i)\b)[A-Z][\w+&'.-]*\s+){1,3}(?:cancell?ed|axed|scrapped|renewed)\b",
    re.IGNORECASE,
)


# A hedge's word after what the news came after or against: "amid rumours", "following ... delays"
_BACKGROUND_HEDGE = re.compile(
    r"\b(?:(?:amid|despite|following|after)\s+(?:[\w.'-]+\s+){0,3}"
    r"(?:rumou?rs?|petition|campaign|talks|discussions?|speculat)"
    r"|following\s+(?:[\w.'-]+\s+){0,3}delays?)$",
    re.IGNORECASE,
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
        if not (after and (asked is None or asked.start() >= stop)) or _ASKED_FIRST.match(title, head):
            # (news asked first is no news told: "Has 'X' Been Cancelled, Here's What We Know")
            return True
    segment = title[head:stop]
    offset = at - head
    anime = _anime_named(title)
    return any(
        not _network_says(segment, hedge)
        # (a word of an anime's title: "... Still Wants to Fight in the Next Life Anime Debuts on July 11")
        and not (anime is not None and head + hedge.end() <= anime[1])
        # "Saving Hope Season 4 Starts Production": a word of the title before its season; "Hope Street
        # Police Drama Recommissioned": the first word of a title that opens the headline
        and not re.match(
            rf"(?-i:Hope|Wish|Still|Theory)(?:'s)?\s+(?:(?i:{_ORDINAL})\s+)?(?i:season|series)\b",
            segment[hedge.start() :],
        )
        and not (
            not segment[: hedge.start()].strip(" '\"")
            and re.match(r"(?-i:Hope|Still|Wish)\s+(?-i:[A-Z])", hedge.group() + segment[hedge.end() :])
        )
        # ("13 Reasons Why Renewed for Season 3": the title's last word)
        and not (
            re.search(r"(?<![\w'])\d+\s+(?-i:Reasons)\s+$", segment[: hedge.start()]) is not None
            and re.match(_TITLE_ENDS_WITH_WHY, segment[hedge.start() :], re.I) is not None
        )
        # "Nobody Wants This Renewed for Season 3", "Uzaki-Chan Wants to Hang Out Nabs Season 2 Order": a
        # word of the title the headline opens with, the verb right after it (not someone's wish: "Fans Want
        # Lucifer Renewed", "Netflix Wants ...")
        and not (
            re.fullmatch(r"(?-i:Wants?|Wish|Hopes?)", hedge.group()) is not None
            and hedge.start() < offset
            and _HEDGED_TITLE.fullmatch(segment[:offset]) is not None
            and re.match(rf"(?:{_NETWORK})\s", segment, re.IGNORECASE) is None
        )
        and not (
            re.fullmatch(r"(?-i:Wants?|Wish|Hope|Still)", hedge.group()) is not None
            and hedge.start() > offset
            and _HEDGED_OBJECT.fullmatch(segment, offset, hedge.start()) is not None
        )
        # "Wentworth confirmed for two more seasons amid rumours it was going to be axed", "'Tehran' Gets ...
        # Season 4 Renewal Following Oct. 7 Delays": the rumour, the delay is the background the news came
        # against
        and not (hedge.start() > offset and _BACKGROUND_HEDGE.search(segment[offset : hedge.end()]))
        # "Why NBC Canceled Shanola Hampton's Found After Two Seasons": the reasons for a decision done, told
        # as done (not "Why X Will Be Cancelled", nor "Why Fans Want X Renewed")
        and not (hedge.group().lower() == "why" and _WHY_DONE.match(segment, hedge.end()) is not None)
        and not (done and hedge.group().lower() in ("says", "say"))
        # "Claire Danes Says 'Homeland' Will End With Season 8": an end told with its season is told, by
        # whoever tells it (one who hopes or guesses says "thinks", "hopes")
        and not (
            hedge.group().lower() in ("says", "say")
            and re.match(
                rf"\s+(?:that\s+)?(?:(?!\b(?:thinks?|hopes?|believes?|expects?|guess(?:es)?|wants?|wishes?|if)\b)"
                rf"[^,;:|?]){{1,80}}?\s+(?:will\s+end\s+(?:with|after)\s+(?:its\s+|the\s+)?"
                rf"(?:(?:{_ORDINAL}|next|this)\s+{_SEASON_WORD}|{_SEASON_WORD}\s+{_NUMBER})\b"
                # ("Ricky Gervais says After Life season 3 will be Netflix comedy's final run")
                rf"|{_SEASON_WORD}\s+{_NUMBER}\s+will\s+be\s+(?:[\w'\u2019]+\s+){{0,3}}?(?:final|last)\b"
                # ("Aubrey Plaza Says Her Animated Series 'Kevin' Has Been Canceled": done, not guessed)
                r"|(?:has|have)\s+(?:officially\s+)?been\s+(?:officially\s+)?(?:cancell?ed|axed|scrapped)\b)",
                segment[hedge.end() :],
                re.I,
            )
        )
        # "Fox cancels Almost Human": in a headline written in lower case, a capital after the verb is its
        # object's, a title's word
        and not (hedge.group()[:1].isupper() and hedge.start() > offset and title[at : at + 1].islower())
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
        if not rest.strip(" !.)") or (
            title[: verb.start()].rstrip().endswith(",")
            and (
                re.fullmatch(
                    r"\s*(?:the\s+)?(?:[\w'.-]+\s+){0,2}(?:creators?|showrunners?|stars?|directors?|producers?"
                    r"|eps?|boss|author|writers?|head|chief)\s*[!.]?\s*",
                    rest,
                    re.I,
                )
                or (
                    re.fullmatch(r"\s*[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2}\s*[!.]?\s*", rest)
                    and not re.search(rf"\b(?:{_SEASON_WORD}|parts?|volumes?|\d+)\b", rest, re.I)
                )
            )
        ):
            # "Downton Abbey is done after Season 6, Carnival Films and ITV confirm", "... Season 2's Story Is
            # Doubling Down On ..., Confirms Creator", "... Season 3 Finale Was Series Finale, Confirms Jason
            # Sudeikis": what comes before
            return title[: _segment_span(title, verb.start())[0]]
        confirmed = re.split(
            # ("'Secret Forest' Confirms Season 2 With Jo Seung Woo Set to Star": the season, then its star)
            r"\s+(?:and|&|but|as|while|ahead of|before|with)\s+|[,:;|!?]|\s[\u2014\u2013-]\s",
            rest,
            maxsplit=1,
            flags=re.I,
        )[0]
        # ("'Dan Da Dan' Confirms Season 3 Airing in 2027": the season, for a year, as "Season 3 Confirmed
        # for 2027" is read; a month is a premiere's date)
        return re.sub(
            r"(?<=\S)\s+(?:airing|arriving|coming|premiering|debuting|returning|streaming)\s+in\s+"
            r"(?:(?:late|early|mid)[\s-]+)?20\d\d\s*$",
            "",
            confirmed,
            flags=re.I,
        )
    # "Kota Factory Season 3: Officially confirmed by the director": who confirms is not what is
    segment = re.sub(r"\s+by\s+.*$", "", _segment(title, verb.start()), flags=re.I)
    named = title[_clause_span(title, verb.start())[0] : verb.start()]
    if re.search(r",.*(?:&|\band\b)|(?:&|\band)\s+more\b", named, re.I):
        return named + " cast"  # "Jung Hae In, Koo Kyo Hwan & More Confirmed For Second Season Of 'D.P.'"
    if re.fullmatch(
        r"\s*(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)+)\s+(?i:and|&)\s+(?-i:[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+)+)\s*",
        named,
    ):
        # "Helena Bonham Carter And Chris Messina Confirmed For Season 4": two people, not a show
        return named + " cast"
    if re.match(
        r"confirmed\s+as\s+(?:(?:the|its|new)\s+)?(?:\w+\s+)?(?:host|co-host|judge|presenter|narrator|mentor"
        r"|coach|anchor|showrunner|lead)\b",
        title[verb.start() :],
        re.I,
    ):
        # "'American Idol': Ryan Seacrest Confirmed As Host For Season 9": a person's part
        return named + " cast"
    if re.match(
        # ("'The Empress' Season 3 Confirmed For "Late" 2026 Launch On Netflix")
        # (a quoted word is masked: 'xxxx')
        r"confirmed\s+for\s+(?:(?:late|early|mid|summer|fall|spring|winter|autumn|'x{3,6}')[\s-]+)?"
        r"(?:20\d\d|next year)\b",
        title[verb.start() :],
        re.I,
    ):
        # "Chihayafuru 3rd Season Confirmed For 2019 Release": the season, for a year
        return title[_segment_span(title, verb.start())[0] : verb.start()]
    if re.match(
        rf"confirmed\s+for\s+(?:a\s+)?(?:(?:{_ORDINAL})\s+)?{_SEASON_WORD}\b", title[verb.start() :], re.I
    ):
        return ""  # "Beyond Paradise confirmed for season 3 and special episode": the season is what is
    if re.match(
        rf"(?:{_SEASON_WORD}\s+{_NUMBER}|{_ORDINAL}\s+{_SEASON_WORD}|S\d{{1,2}})\s+(?:is\s+)?(?:officially\s+)?announced\b",
        verb.group(),
        re.I,
    ) or re.match(
        r"confirmed\s+(?:with|and|plus|\+|&)\s(?![^,;:|]*\b(?:release|date|premiere|airing|broadcast|cast|stars?|host)\b)",
        title[verb.start() :],
        re.I,
    ):
        # "Kaiju No. 8 Season 2 Officially Announced with New Cast", "Oshi No Ko Season 2 Confirmed With
        # Announcement Teaser": the season; its cast or its teaser is more news (but "Squid Game Season 2
        # Confirmed With Release Date", "season 14 confirmed with new cast": the date or the cast is what
        # is confirmed)
        return re.split(r"\s+(?:with|and|plus|\+|&)\s+", segment, flags=re.I)[0]
    if re.fullmatch(r"(?:it'?s\s+)?(?:officially\s+)?confirmed", segment.strip(" !:.|"), re.I):
        # "CONFIRMED! Beloved prison drama Wentworth to end after Season Nine"
        return re.sub(r"\s+by\s+[^:;|!?]*$", "", title, flags=re.I)
    # "Strange New Worlds Season 2 Confirmed Before Spinoff's Release": what comes after is its background
    at = verb.end() - _segment_span(title, verb.start())[0]
    # ("... Season 5 Confirmed As Season 4 Wraps", but "confirmed as the series' end" is what is confirmed)
    later = re.search(
        r"\s(?:before|ahead of|after|following|amid|while|as(?!\s+(?:the|its|a|an)\b))\s", segment[at:], re.I
    )
    return segment[: at + later.start()] if later else segment


def _network_says(segment: str, hedge: re.Match[str]) -> bool:
    """ "HBO Says 'Eastbound & Down' Season 4 Will Be Its Last": a network's word is its decision, and
    its makers' ("Derry Girls creator says the series is ending with season 3"; not its stars')."""
    before = segment[: hedge.start()]
    return (
        hedge.group().lower() in ("says", "say")
        and bool(
            _NETWORK_PREFIX.fullmatch(before)
            # ("Showrunner Meaghan Oppenheimer Says Season 3 Is The Last": the maker named after the word)
            or re.search(
                r"\b(?:creators?|showrunners?|producers?|boss|bosses|EPs?)\s+(?:(?-i:[A-Z][\w'.-]*)\s+){0,3}$",
                before,
                re.I,
            )
            # "Peep Show to end 'for sure' says Channel 4 comedy boss", "..., says BBC"
            or re.match(
                rf"\s+(?:the\s+)?(?:(?:{_NETWORK})(?:'s)?\s*$|(?:[\w'+-]+\s+){{0,3}}?(?:creators?|showrunners?|producers?"
                r"|boss|chief|controller|head of \w+|exec(?:utive)?s?)\s*$)",
                segment[hedge.end() :],
                re.I,
            )
        )
    )


# ---------------------------------------------------------------- what it states

_SEASON_WORD = r"(?:seasons?|series)"


# A network or a platform, as headlines write it.
_NETWORK = (
    r"(?:netflix|hbo(?: max)?|max|disney(?:\+| plus)?(?: hotstar)?|hulu|apple(?: tv(?:\+| plus)?)?"
    r"|prime video|amazon(?: prime video)?|peacock|paramount(?:\+| plus)?|showtime|starz|amc\+?|fxx"
    r"|fx(?: networks?)?|nbc|cbs"
    r"|abc family|abc"
    r"|the cw|cw|fox|bbc(?: one| two| three| four| iplayer| scotland| america| alba)?|itv\s?[1-4x]?"
    r"|channel [45]|e4|sky(?: atlantic| one| max)"
    r"|tvn|jtbc|sbs|kbs2?|mbc|ena|tving|coupang play|wavve|crunchyroll|adult swim|toonami"
    r"|syfy|usa(?: network)?"
    r"|tnt|tbs|bravo|freeform|mgm\+?|britbox|acorn tv|cbc|crave|tvf|zee5|sonyliv|jiocinema|nhk|tv asahi"
    r"|tv tokyo|fuji tv|u-next|stan|tvnz|rtl|tf1|canal\+|rai"
    # (Citytv, not a title's "City": "Penny Dreadful: City of Angels", "City on a Hill", "Of New York City")
    r"|city(?<!\bof city)(?<!\byork city)(?<!\bsin city)(?<!\bkansas city)(?<!\bjersey city)"
    r"(?<!\bmexico city)(?<!\bgotham city)(?<!\blake city)"
    r"(?!\s+(?:of|on|in|at|and|&|limits|lights|girls|homicide|hunters)\b)"
    r"|ctv|citytv|global|bell media|seven network|network (?:10|ten)|channel (?:seven|nine|ten|\d{1,2})"
    r"|foxtel|binge"
    r"|kanal \d|kanal d|star tv|show tv|trt(?: ?1)?|atv|fox turkey|ocn|hidive|funimation|hotstar"
    r"|spike|the wb|el rey(?: network)?|a&e|hallmark(?: channel)?|lifetime|bet\+?|own|epix|comedy central"
    r"|mtv|vh1"
    r"|tlc|pbs|ifc|sundance(?:tv| tv| channel)?|s4c|rt[eé](?: one| two)?|virgin media|tg4"
    r"|5star|nat geo|national geographic|discovery(?: channel|\+)?|history|cinemax|audience"
    r"|youtube(?: premium)?"
    r"|quibi|roku(?: channel)?|tubi|freevee|imdb tv|e!|oxygen|we tv|crackle|vrv|hbo go|shudder|allblk"
    r"|sundance now|viki|viu|iqiyi|wetv|youku|tencent video"
    # (channels of the series outside the US and Europe that the labelled sets hold)
    r"|wgn(?: america)?|geo(?: tv| entertainment)|hum tv|ary digital|showmax|mzansi magic|africa magic"
    r"|e\.?tv|sabc ?[123]?|citizen tv|colors(?: tv)?|star plus|zee tv|gma(?: network)?|abs-cbn"
    r"|maisha magic(?: east)?"
    # (children's channels: "Nickelodeon Renews PAW Patrol", "Cartoon Network renews Adventure Time")
    r"|nickelodeon|nick jr\.?|cartoon network|disney channel|disney junior|disney xd|boomerang|cbbc|cbeebies)"
    r"(?: (?:uk|us|korea|india|japan|canada|australia|spain|france|germany|originals?))?"
)


# The words of television (a kind of show, its parts, its channels, its airing): a cancellation of a name
# neither quoted nor the catalogue's, in an item whose summary speaks of none of them, is of something
# else ("General Motors to axe Holden in Australia and New Zealand"; "Sunday's friendly ... has been
# cancelled").
_TV_WORDS = re.compile(
    r"\b(?:series|shows?|seasons?|sitcoms?|dramas?|comed(?:y|ies)|soaps?|serials?|telenovelas?|tv|television"
    r"|anime|k-?dramas?|reality|docu-?series|mini-?series|episodes?|spin-?offs?|reboots?|remakes?|revivals?"
    r"|networks?|channels?|broadcasters?|streamers?|streaming|on (?:the )?air|aired|airs|airing|viewers"
    r"|ratings|finale|showrunners?|" + _NETWORK + r")\b",
    re.IGNORECASE,
)
# (networks named by common words count only written as names: "History", not "160 years of history")
_COMMON_WORD_NETWORKS = frozenset(
    ("max", "history", "global", "city", "own", "audience", "spike", "binge", "stan")
)


# A subscription quit: "Howard Stern Cancels Disney+ in Support of Jimmy Kimmel" (a network the object).
_QUITS_A_NETWORK = re.compile(
    r"\b(?:cancels?|cancell?ed|cancell?ing|quits|ditches|ditched)\s+(?:(?:his|her|their|my)\s+)?(?:"
    + _NETWORK
    + r")(?:\s+(?:subscriptions?|accounts?|memberships?|plans?))?"
    r"(?=\s+(?:in|over|after|amid|because|as|to|for)\b|\s*[,;:]|\s*$)",
    re.IGNORECASE,
)


# A publisher's section of news of no television: its films, games, comics, books, music, stage
# ("Movie News", "Film", "Gaming", "Marvel Comics", "Books and Comics News", "Music Features", "Box Office").
# A category is one of these whole; a show's or a person's name among the categories is neither.
_SECTION_OUTSIDE_TV = re.compile(
    r"(?:(?:new|classic)\s+)?(?:movies?|films?)(?:\s+(?:news|features|lists|reviews|trailers))?"
    r"|(?:video\s+)?gam(?:es|ing)(?:\s+news)?|game\s+features|(?:(?:marvel|dc)\s+)?comics"
    r"|books(?:\s+and\s+comics)?(?:\s+news)?|music(?:\s+(?:news|features))?|tabletop|collectibles"
    r"|box\s+office|theat(?:er|re)|broadway|\d(?:\.\d)?\s+star\s+movies",
    re.IGNORECASE,
)
# A section of television news ("TV", "TV News", "Streaming TV", "Anime", "Reality TV", "Television").
_SECTION_TV = re.compile(
    r"\b(?:tv|television|streaming|anime|series|k-?dramas?|reality|sitcoms?|soaps?)\b", re.IGNORECASE
)


def _outside_tv(categories: tuple[str, ...]) -> bool:
    """Whether the publisher filed the item under news of no television (a film's, a game's, a comic's)
    and under no television section: "Movie News, Shrek 5, Mike Myers", "Gaming, Fallout"."""
    named = [c.strip() for c in categories]
    return any(_SECTION_OUTSIDE_TV.fullmatch(c) for c in named) and not any(
        _SECTION_TV.search(c) for c in named
    )


def _speaks_of_tv(text: str) -> bool:
    """Whether the text has a word of television (`_TV_WORDS`)."""
    return any(m.group() not in _COMMON_WORD_NETWORKS for m in _TV_WORDS.finditer(text))


# "Jessica Lange to Return for 'American Horror Story' Season 8", "Kenya Moore Will Not Return to RHOA
# for New Season": a person who returns (or does not) to a show the headline names after the verb is
# casting news, not a network's (a network returning to a show orders it: "FOX Returns To Wayward Pines").
# Not just after a form of address, whose full stop is a title's, not the end of a name ("The final season
# of Mr. Robot")
_NOT_AFTER_AN_ADDRESS = r"(?<!\b(?:Mr|Ms|Dr|St))(?<!\bMrs)"
_A_NAME = r"(?-i:[A-Z][\w'.\u00c0-\u017f-]+(?:\s+[A-Z][\w'.\u00c0-\u017f-]+){1,2})"
_PERSON_RETURNS = re.compile(
    r"^(?:[^:|]*[:|!]\s+)?(?!(?i:"
    + _NETWORK
    + r")\s)"
    + _A_NAME
    # (an actor's character: "Joseph Quinn's Eddie Munson Won't Appear in ...")
    + r"(?:'s\s+"
    + _A_NAME
    + r")?(?:(?:,|\s+(?i:and|&))\s+"
    + _A_NAME
    + r")*\s+"
    # ("Witney Carson Is Pregnant and Returning for ...")
    r"(?i:(?:is\s+)?set\s+|is\s+\w+\s+and\s+|on\s+)?"
    r"(?i:will\s+(?:not\s+)?return|won'?t\s+return|(?:not\s+)?to\s+return|(?:is\s+)?(?:not\s+)?returning|returns"
    r"|won'?t\s+be\s+back|will\s+not\s+be\s+back|(?:is\s+)?not\s+coming\s+back"
    # ("Joseph Quinn will not be returning for ...", "Joseph Quinn Won't Appear in 'Stranger Things'")
    r"|(?:will\s+)?(?:not\s+)?be\s+returning|won'?t\s+be\s+returning|(?:will\s+(?:not\s+)?|won'?t\s+|(?:not\s+)?to\s+)appear)\s+"
    r"(?:(?i:to|for|as|in)\s+(?!(?i:season|series|a|an|its|their|another|the\s+(?:final|last|new|next)|one|two|three"
    # (a season counted: "Abbott Elementary to Return for Seventh Season" is the show's return)
    r"|more|new|" + _ORDINAL + r"(?:\s+and\s+(?:final|last))?\s+(?:season|series)"
    # (where a show returns, in title case: "Riot Women To Return To Screens For Second Series")
    r"|screens?)\b)"
    r"(?!(?i:" + _NETWORK + r")\b)(?:['\"]|(?-i:[A-Z]))"
    # ("Jennifer Coolidge set to return for second season of hit HBO show White Lotus")
    r"|(?i:for\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:season|series)(?:\s+\d{1,2})?\s+of)\b"
    # ("Taylor Sheridan Returning for an On-Camera Role in 'Lioness' Season 3")
    r"|(?i:for\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}roles?)\b)"
    # several people named before the return ("'RHONJ': Teresa Giudice, Melissa Gorga and Dolores Catania
    # Returning for Season 15"), or at the headline's end ("..., Milo Manheim and Meg Donnelly Not Returning")
    r"|^(?:[^:|]*[:|!,]\s+)?(?!(?i:"
    + _NETWORK
    + r")\s)"
    + _A_NAME
    + r"(?:(?:,|\s+(?i:and|&))\s+"
    + _A_NAME
    + r")+\s+"
    r"(?i:will\s+(?:not\s+)?return|won'?t\s+return|(?:not\s+)?to\s+return|(?:are\s+)?(?:not\s+)?returning)"
    # (not their show's next season: "Jo Brand and Alan Davies to return for more 'Damned'")
    r"(?:\s+(?i:for|to)\s+(?!(?i:more|another|a\s+new|new)\b)|\s*$)"
    # someone's return asked or told of: "Confirms Who Will Return for Season 4", "He Wouldn't Be Returning"
    r"|\b(?i:who\s+(?:will|won'?t)\s+(?:not\s+)?(?:return|be\s+back)"
    r"|(?:he|she|they)\s+(?:would|will)(?:n'?t|\s+not)?\s+be\s+returning"
    r"|(?:he|she|they)(?:'s|\s+is|\s+are)\s+not\s+returning)\b"
    # ("Duffer Brothers Confirm Joseph Quinn Will Not Appear In 'Stranger Things' Season 5"; not a title with
    # its article: "Channel 10 Confirms The Bachelorette Won't Return")
    r"|\b(?i:confirms?|says|reveals?|announces?)\s+(?:that\s+)?(?!The\s)"
    + _A_NAME
    + r"\s+(?i:will\s+not|won'?t|is\s+not|isn'?t)\s+(?i:appear|return|be\s+back|be\s+returning)\b",
)


# "Elliot Stabler to Return for Season 22 Premiere": an episode of a season, not a season ordered
_EPISODE_OF_SEASON = (
    r"\s+(?:the\s+|its\s+)?(?:(?:season|series)\s+" + _NUMBER + r"|" + _ORDINAL + r"\s+(?:season|series))"
    r"(?:'s)?\s+(?:premiere|finale|episode|opener|debut)\b"
)


_RENEW = re.compile(
    # "Wentworth: No Longer 'Axed' - 2 Extra Seasons Announced"
    r"\b(?:(?:\d|two|three|four|five)\s+(?:more|extra|additional|further|new)\s+(?:seasons|series)\s+"
    r"(?:(?:have\s+been|are|were)\s+)?(?:officially\s+)?(?:announced|confirmed|ordered|commissioned)\b"
    # "'Devious Maids' will air a second season on Lifetime"
    r"|(?<=' )(?:will|to)\s+air\s+(?:a|an)\s+(?:" + _ORDINAL + r"|new|another)\s+(?:season|series)\b"
    r"|confirm(?:s|ed)?\s+(?:the\s+)?production\s+of\s+(?:[\w'-]+\s+){0,5}(?:season|series)\s+"
    + _NUMBER
    + r"\b"
    r"|confirm(?:s|ed)?\s+(?:the\s+)?production\s+of\s+'x+(?=')"
    r"|^(?:a\s+)?(?:(?:" + _ORDINAL + r"|new)\s+(?:season|series)|(?:season|series)\s+" + _NUMBER + r")\s+of"
    r"(?=\s[^:;|?]{1,60}?\s(?:is\s+|has\s+been\s+)?(?:officially\s+)?(?:announced|confirmed|commissioned|ordered"
    r"|greenlit)\b)"
    # ("Amid Renewed Debate": a word for something else made new; "a pandemic gave her renewed relevance",
    # "vows renewed motivation": a word that describes)
    r"|(?:(?<=has )renewed|(?<=have )renewed|(?<=had )renewed|(?<=officially )renewed"
    r"|renewed(?!\s+(?!(?:for|by|at|through|thru|until|till|again|and|as|after|ahead|with|to|in|on|early|once"
    r"|officially|season|series|despite|amid|following|before|but|or|yet|already|so|the|a|an|its|their|quickly"
    r"|swiftly|finally|today|too)\b)(?-i:[a-z]))|renew(?:s|ing)?\b(?!\s+at\b))(?!\s+(?:debate|interest|calls?|fears?|hopes?|push|focus|scrutiny|criticism|attention"
    r"|popularity|vigou?r|energy|commitment|tensions?|concerns?|controversy|backlash|demand|optimism|speculation"
    r"|efforts?|fighting|violence|clashes|protests?|pressure|attacks?|lease|vows|passport|visa|membership"
    # ("Energy Shortages Drive Renewed Reliance on Coal")
    r"|reliance|dependence|investment|momentum|urgency|emphasis|vigilance|appetite"
    r"|subscription|mandate|threats?|strikes?(?!\s+back\b)|offensive|motivation|relevance|evidence|warnings?|appeals?|bid"
    r"|pledges?|assault|war|hostilities|sanctions|ties|relations|friendship|rivalry|faith|life|vigil)\b)"
    r"|(?:gets?|got|receives?|received|secures?|secured|earns?|earned|lands?|landed"
    r"|announces?|confirms?|scores?|nabs?|celebrates?)\s+(?:a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,5}?renewals?"
    # (not "'Reacher' Gets Shocking Renewal Update")
    r"(?!\s+(?:update|news|hopes?|chances?|odds|status|decision|plans?|talks?)\b)"
    # "Second series for John Cleese sitcom Hold The Sunset": the season given, as a headline's phrase
    # (stated, not weighed: "Fourth season for Ted Lasso is unlikely", "...: everything we know")
    r"|^(?:a\s+)?(?:" + _ORDINAL + r"|another)\s+(?:season|series)\s+for(?=\s+['\"A-Z0-9])"
    r"(?![^|]*\b(?:is|are|was|will|would|could|may|might|unlikely|possible|hopes?|wants?"
    r"|rumou?red|we know)\b)"
    r"|renewal\s+(?:is\s+)?(?:confirmed|official|announced)|(?<='s )renewal of"
    # (not a title's word before its colon: "Fate/Grand Order: Fujimaru Ritsuka wa Wakaranai Anime Shorts")
    r"|picks? up|picked up|(?<!pre-)(?<!pre)(?:re)?orders?(?!:)|ordered"
    r"|(?:gives?|giving)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:season|series)\s+(?:order\s+)?to"
    r"|(?:receives?|received)\s+(?:a\s+|an\s+)?(?:" + _ORDINAL + r"|new|another)\s+(?:season|series)\b"
    r"|(?:gives?|delivers?|hands?|grants?)\s+'x+'\s+(?:a|an|its)\s+(?:\w+\s+)?(?:season|series)"
    # "Netflix Gives 'The Diplomat' Season 3 Green Light"
    r"|(?:gives?|hands?)\s+'x+'\s+(?:(?:season|series)\s+"
    + _NUMBER
    + r"\s+|(?:a|an|its)\s+(?:\w+\s+)?(?:season|series)\s+)?"
    r"(?:the\s+|an?\s+)?(?:official\s+)?green[- ]?light"
    # ("Re-Ups 'Succession'", not a person's "Re-Ups Overall Deal With 20th Television")
    r"|re-?ups?(?=\s+'x+'|\s+(?!(?i:overall|deals?|pacts?|contracts?|with|first-look)\b)(?-i:[A-Z]))"
    # "HBO Delivers High Maintenance a Second Season" (a title's capitals, then the season given)
    r"|(?:gives?|delivers?|hands?|grants?)\s+(?:(?-i:[A-Z0-9])[\w'&.:!-]*\s+(?:(?:of|the|and|in|on|to|&)\s+)?){1,5}"
    r"(?:a|an|its)\s+(?:" + _ORDINAL + r"|new|another|fresh)\s+(?:(?:and|&)\s+final\s+)?(?:season|series)\b"
    # ("ABC TV Give Cleverman Second Series Commission": no article, an ordinal's season ordered)
    r"|(?:gives?|hands?|grants?)\s+(?:(?-i:[A-Z0-9])[\w'&.:!-]*\s+(?:(?:of|the|and|in|on|to|&)\s+)?){1,5}?"
    r"(?:" + _ORDINAL + r")\s+(?:season|series)\s+(?:commission|order|renewal|pick-?up)\b"
    # "'Harley Quinn' Season 5 Gets Official Max Green Light" (without a season: a first order, not read)
    r"|(?:gets?|got|receives?|received)\s+(?:the\s+|an?\s+)?(?:official\s+)?(?:(?:" + _NETWORK + r")\s+)?"
    r"green[- ]?light\b"
    # "FOX Returns To Wayward Pines For A Second Season": the network returns to the show
    r"|^(?:"
    + _NETWORK
    + r")\s+returns\s+to\s+(?=[^:|;]{2,40}?\s+for\s+(?:a|an|its)\s+(?:"
    + _ORDINAL
    + r"|new|another)\s+(?:season|series)\b)"
    r"|(?:gets?|got|given|receives?|received)\s+(?:the\s+)?green\s*light\b[^:|?]{0,40}?\bfor\s+(?:a\s+|an\s+)?"
    r"(?:\w+\s+)?(?:season|series)"
    # "Netflix Hands Paramount 'Little House' Renewal": a quoted title's renewal given
    r"|(?:gives?|hands?|grants?|delivers?)\s+(?:[\w+&.-]+\s+){0,2}?'x+'\s+(?:an?\s+)?(?:(?:early|quick|another|surprise)\s+)?"
    r"(?:(?:season|series)\s+\d{1,2}\s+)?renewal\b"
    # "Starz Gives Early Season Renewal To 'BMF'", "Gives Season 4 Renewal To"
    r"|gives?\s+(?:an?\s+)?(?:(?!no\b|(?:an?\s+)?update\b)[\w-]+\s+){0,3}?renewal\s+"
    r"(?:to|for(?=\s+(?!(?:season|series)\b)))"
    r"|(?:is|was|been|gets|got)\s+given\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:season|series)"
    # "Ripper Street given second series by BBC"
    r"|(?<=\w )given\s+(?:a\s+|an\s+)?(?:" + _ORDINAL + r"|new|another)\s+(?:season|series)\s+by\b"
    # ("CBS Extends 'Tracker' Through Season 5": a quoted title extended)
    r"|extend(?:s|ed)?\s+(?:'x+'\s+|\w+\s+)?(?:to|for|through)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}(?:season|series)"
    r"|back for (?:a |an )?(?:\w+\s+){0,3}?(?:season|series)"
    # "'Supernatural' Is Returning to the CW Next Fall": back on its network (a quoted title: a person
    # returns to a network too)
    r"|(?<=' )(?:(?:is|are)\s+returning|will\s+return|(?:set\s+)?to\s+return)\s+to\s+(?:the\s+)?(?:"
    + _NETWORK
    + r")"
    r"\s+next\s+(?:fall|season|year|spring|summer|autumn|winter)"
    r"|will have (?:a )?(?:season|series) " + _NUMBER + r"\b"
    r"|(?:to|will) have (?:an? )?(?:\w+ )?(?:final|last) (?:season|series)\b"
    # "Grantchester returns for third series in 2017"
    r"|returns (?:for|with) (?:a |an |its )?(?:\w+ )?(?:season|series)(?: \w+)? in 20\d\d\b"
    # "Twisted Metal Season 2 Gets The Green Light"
    r"|(?:season|series)\s+"
    + _NUMBER
    + r"\s+(?:gets?|got|given|receives?)\s+(?:the\s+|a\s+|an\s+)?(?:official\s+)?"
    r"green[- ]?light"
    r"|(?:(?:to|will) return|returning) to [\w+&.' ]{2,24}? for (?:a |an )?(?:\w+ ){0,3}?(?:season|series)"
    # "Apple TV+ brings back Severance for season 3": a network's act (not "Yellowstone brings back a star")
    r"|^(?:" + _NETWORK + r")\s+(?:officially\s+)?brings?\s+back"
    # (a quoted title: "HBO Brings Back Jeremy Strong For A Fourth Season" brings back a star)
    r"(?=\s+'x+'\s+for\s+(?:a\s+|an\s+)?"
    r"(?:(?:" + _ORDINAL + r"|new|another|fresh)\s+(?:season|series)\b"
    r"|(?:season|series)\s+" + _NUMBER + r"\b))"
    # "'The Expanse' Finds New Home At Amazon For Season 4"
    r"|finds?\s+(?:a\s+)?new\s+home\s+(?:at|on|with)\s+[\w+&.' ]{2,24}?\s+for\s+(?:a\s+|an\s+|its\s+)?"
    r"(?:[\w'-]+\s+){0,2}?(?:season|series)\b"
    # "'Timeless' Un-Cancelled By NBC For Season 2"
    r"|un-?cancell?(?:ed|s)\b"
    # "Nashville Will Move to CMT for Back-From-the-Dead Season 5": another network orders it
    r"|(?:will\s+)?mov(?:e|es|ing)\s+to\s+[\w+&.' ]{2,24}?\s+for\s+(?:a\s+|an\s+|its\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:season|series)\b"
    # "Sweet, there's going to be another season of Delicious in Dungeon"
    r"|there(?:'s| is| will be)\s+(?:going to be\s+)?(?:another|a new|an? "
    + _ORDINAL
    + r")\s+(?:season|series)\s+of"
    r"|(?:re-?)?comm?iss?ions?|(?:re-?)?comm?iss?ioned"
    r"|(?:confirms?|announces?)\s+(?:" + _NUMBER + r"|an?)\s+(?:more|further|new)\s+(?:seasons?|series)"
    # "BBC announces two new 'Peaky Blinders' seasons": the title between the count and the word
    r"|(?:confirms?|announces?|orders?)\s+(?:" + _NUMBER + r")\s+(?:more|further|new)"
    r"\s+'x+'\s+(?:seasons|series)\b"
    # ("Reacher Season 4 Revives a Lee Child Book Detail": a thing brought back, not a show)
    r"|greenlights?|greenlit|green-?lit|(?:revived?|revives|resurrect(?:s|ed)?)(?!\s+(?:a|an)\s)"
    # ("From Officially Resurrects Dead Character for Season 5")
    r"(?!\s+(?:[\w-]+\s+){0,2}(?:characters?|villains?|storylines?|plots?|details?|story)\b)"
    # ("The Lighting Strike That Saves Luffy In One Piece Season 2": what a thing in the story saves)
    # (not the noun: "at Animal Rescue Event")
    r"|(?<!that )(?<!which )(?<!who )(?:saves|saved)|rescued|rescues|comes back"
    # "'Reading Rainbow' to return after 15-year hiatus" (not "returns to television": a film's hero may),
    # "Doctor Foster set for BBC return after 8-year break"
    r"|(?:(?:is\s+)?(?:set\s+)?to\s+|will\s+|(?:is\s+)?set\s+for\s+(?:an?\s+)?(?:[\w+&.']+\s+){0,2}?)?"
    r"return(?:s|ing)?\s+after\s+(?:a\s+|an\s+)?(?:[\w-]+[- ])?"
    r"(?:years?|decades?)(?:[- ]long)?\s+(?:hiatus|break|absence|gap)\b"
    r"|(?:returning for|will return (?:for|with))(?!" + _EPISODE_OF_SEASON + r")"
    r"|(?:sticking|stick|sticks) around for"
    r"|(?:set\s+)?to\s+return(?:\s+to\s+[\w+&.' ]{2,24}?)?\s+in\s+(?:20\d\d|next year)\b"
    r"|(?:is\s+)?set\s+for\s+(?:a\s+|an\s+)?(?:new|another|" + _ORDINAL + r")"
    r"(?:\s+(?:and|&)\s+(?:final|last))?\s+(?:season|series)\b"  # ("Set for Third and Final Season")
    # "'Doctor Foster' Returning To BBC For Third & Final Season" (not "returns to BBC for fifth series": it
    # airs now)
    r"|(?:returning|(?:set\s+)?to\s+return|will\s+return)\s+to\s+[\w+&.' ]{2,24}?\s+for\s+"
    r"(?:a\s+|an\s+|its\s+)?(?:new|another|"
    + _ORDINAL
    + r")(?:\s+(?:and|&)\s+(?:final|last))?\s+(?:season|series)\b"
    # "'The Residence' Set For Season 2" (not a premiere or a finale set for it)
    r"|(?<=' )set\s+for\s+(?:season|series)\s+" + _NUMBER + r"(?=\s*$|\s*[,:;|!]|\s+(?:at|on|by)\b)"
    # "Jo Brand and Alan Davies to return for more 'Damned'": the show is what there is more of
    r"|(?:(?:set\s+)?to\s+|will\s+)?return(?:s|ing)?\s+for\s+more(?=\s+['\"]|\s+(?-i:[A-Z]))"
    r"|(?:set |is set |is )?to return (?:for|with)(?!" + _EPISODE_OF_SEASON + r")|is coming back for"
    r"|(?:season|series)s?\s+[\w&, -]{1,20}?\s+renewals?(?=\s*(?:$|[;:|])|\s+(?:from|at|by|on|for)\s+[A-Z]"
    r"|\s+(?:and|&)\s+[^:|?]{0,40}\b(?:confirmed|announced|revealed)\b"
    # ("... Season 3 Release Date and Season 4 Renewal Following Oct. 7 Delays at Apple": what it came after)
    r"|\s+(?:following|after|amid|despite)\s+(?!(?:its|the|a)\s+(?:cancell?ation|axe)\b)[A-Z0-9])"
    # "UFC, Paramount Announce New Seasons of 'Dana White's Contender Series' and 'The Ultimate Fighter'"
    r"|announces?\s+(?:new|more|further)\s+seasons\s+of(?=\s+['\"])"
    # (not when they premiere: "Paramount+ Announces New Seasons of "Star Trek: Strange New Worlds" and "Star
    # Trek: Lower Decks" Will Premiere Globally This Summer")
    r"(?![^|:;]*\b(?:will|to|set\s+to)\s+(?:premiere|debut|launch|arrive|stream)\b)"
    r"|announces?\s+(?!(?:a\s+)?new\s+series\b)(?:a\s+)?(?:\w+\s+)?(?:and\s+(?:final|last)\s+)?(?:season|series)\b"
    r"(?!\s*')"
    r"(?!\s+" + _NUMBER + r"\s+(?:finale|premiere|trailer|cast|reunion|episode|details|date|winner)\b)"
    r"|announces?\s+(?:an?\s+)?(?:expected|anticipated|highly anticipated)\s+(?:\w+\s+)?(?:season|series)\b"
    # "Paramount+ U.K. Sets Season 2 of Eve Myles-Starring Drama 'The Crow Girl'": a season of a show set,
    # with no date, return or trailer of it beside ("Sets Season 2 of 'X' Premiere Date" is the premiere's)
    r"|(?:sets?|unveils?)\s+(?:season|series)\s+" + _NUMBER + r"\s+of\b"
    r"(?![^|:;]*\b(?:premiere\w*|dates?|debut\w*|returns?|release\w*|trailer|teaser|first look|launch\w*|cast"
    r"|casting|poster|arrival|finale|filming|production|shoot\w*|this|next|spring|summer|fall|autumn|winter"
    r"|(?:19|20)\d\d|" + _MONTH_NAMES + r")\b)"
    # (not "Announces New Release Before Season 4", "Announces Major Cast Shakeup for Season 26", "Announces
    # Coaches for Season 27", "Announces Final Episode Date of Season 27": a thing of the season announced)
    r"|announces?\s+(?:(?!(?:before|ahead|after|following|cast|casting|shakeup|news|for|of|in|during|from)\b)"
    r"[\w'-]+\s+){1,4}"
    r"(?:season|series)\s+" + _NUMBER + r"\b(?!\s+(?:cast|trailer|teaser"
    r"|premiere|release|date|poster|first look|wrap|filming|production|shoot|finale|episode|will|is|to"
    r"|return|returns|debut|arrival)\b)"
    r"|(?:season|series)\s+" + _NUMBER + r"\s+(?:is\s+)?(?:now\s+)?official\b"
    r"(?!\s+(?:teaser|trailer|poster|images?|photos?|clip|synopsis|title|first look|key art))"
    r"|(?:gets?|got|given|receives?|received)\s+(?:the\s+|a\s+)?go[- ]ahead"
    # "Frieren TV anime gets sequel", "sequel anime announced" (a sequel of a TV anime, not a film's)
    r"|(?<=anime )(?:gets?|receives?|announces?|confirms?)\s+(?:an?\s+)?(?:new\s+)?sequel"
    r"(?!\s+(?:film|movie|to)\b)"
    r"|sequel\s+(?:tv\s+)?anime\s+(?:is\s+)?(?:officially\s+)?(?:announced|confirmed|greenlit)"
    # "Blue Lights series 3: BBC confirms return" (a network's word, not a star's)
    r"|(?<=: )(?:" + _NETWORK + r")\s+confirms?\s+(?:its\s+)?return(?=\s*$|\s*[,;|!])"
    # "'Mirzapur 3' Officially Announced By Prime Video": a quoted title's season announced
    r"|(?:(?<=' )|(?<=' officially )|(?<=' is officially )|(?<=' is ))announced"
    r"(?=\s+(?:by|at|on|for)\b|\s*$|\s*[,:;!|])"
    # "Frieren anime to continue with second season"
    r"|(?:to\s+)?continues?\s+(?:(?:next|this)\s+year\s+|in\s+20\d\d\s+)?with\s+(?:a\s+|an\s+)?"
    r"(?:(?:" + _ORDINAL + r"|new|another)\s+(?:season|series)|(?:season|series)\s+" + _NUMBER + r")"
    r"(?=\s*$|\s*[,:;|!(]|\s+(?:in|on|at|for|from)\b)"
    # "Slow Horses lands fifth season", "nabs season 5", "scores early season 5 pickup"
    r"|(?:nabs?|lands?|scores?|snags?|bags?|earns?|secures?|locks?\s+in)\s+(?:an?\s+)?"
    r"(?:(?:early|quick|speedy|swift|fast|rapid)\s+)?"
    r"(?:(?:" + _ORDINAL + r")\s+(?:season|series)|(?:season|series)\s+" + _NUMBER + r")"
    r"(?:\s+(?:pickup|order))?"
    r"(?=\s*$|\s*[,:;|!(\u2013\u2014-]|\s+(?:at|on|from|by|with|after|as|amid|ahead|for|in)\b)"
    # (nor a show that "Gets Better With Each Season", nor "Get Ready for Spooky Season")
    r"|(?:gets?|getting|receives?|receiving)\s+(?!(?:replaced|swapped|bumped|pushed|moved|better|worse|ready)\b)"
    r"(?!(?:an?\s+)?(?:\w+\s+)?(?:update|news|tease|teaser|trailer|look|photos?|release)\b)"
    # (not "Get Another Flashback In Season 7": a thing in the season)
    # (nor the season of the year's: "Mount Fuji gets season's 1st snowcap")
    r"(?:a\s+|an\s+|its\s+)?(?:(?!in\b)\w+\s+){0,3}(?:seasons?|series)\b(?!'s\b)"
    # ("'South Park' Gets Season 25 Promo": a thing of the season, not the season)
    r"(?!\s+(?:\w+\s+){0,2}(?:trailers?|teasers?|promos?|posters?|premiere|date|release|first[- ]look|photos?"
    r"|images?|stills|finale|cast|clips?|sneak|previews?|featurettes?|title|synopsis|key art|soundtrack"
    # ("Kaley Cuoco's Vanished Gets Encouraging Season 2 Update", "Gets Definitive Paradise Season 3 Answer")
    r"|opening|update|updates|news|answer|tease|filming|plans?|details|story|spoilers?|casting|announcements?)\b)"
    # ("Star Confirms Twist", "confirms his reunion with": something else confirmed)
    r"|confirm(?:s|ed)?(?!\s+(?:(?:his|her|their|the|a|an|[\w']+'s?)\s+)?(?:twist|death|theory|plot|romance"
    r"|relationship|split|divorce|pregnancy|engagement|wedding|cameo|casting|exit|departure|reunion|identity"
    r"|rumou?rs?|details|timeline|location|title|dating|baby|son|daughter|breakup)\b)"
    r"|(?:seasons?|series)\s+\w+\s+(?:(?:tv\s+)?anime\s+|k-?drama\s+)?(?:is\s+)?(?:officially\s+)?announced"
    # "Dandadan Anime's 2nd Season Announced", "The Blood of Youth S2 Announced"
    r"|(?:(?<=\s)" + _ORDINAL + r"\s+(?:seasons?|series)|(?<=\s)S\d{1,2})\s+(?:(?:tv\s+)?anime\s+)?(?:is\s+)?"
    r"(?:officially\s+)?announced"
    # "'Fate/strange Fake' New Season Announced"
    r"|(?<=\s)new\s+(?:(?:tv\s+)?anime\s+)?season\s+(?:is\s+)?(?:officially\s+)?(?:announced|confirmed)"
    r"(?=\s*$|\s*[,:;|!(]|\s+(?:by|at|on)\b)"
    r"|(?:seasons?|series)\s+\w+\s+(?:is\s+)?officially\s+(?:happening|a go|coming)"
    # "'The Residence' Season 2 A Go At Netflix"
    r"|(?:seasons?|series)\s+" + _NUMBER + r"\s+(?:officially\s+)?a go(?=\s*$|\s*[,:;|!]|\s+(?:at|on|for)\b)"
    r"|(?:seasons?|series)\s+" + _NUMBER + r"\s+is\s+coming(?=\s*$|\s*[!,;:]|\s+(?:and|but)\b)"
    r"|(?:seasons?|series)\s+\w+\s+is\s+(?:happening|a go)"
    r"(?!\s+(?:to\s+\S+\s+)?(?:in|on|this|next)\b)"
    # "Season 3 of 'Wednesday' is happening"; "There will be a third season of After Life"
    r"|^(?:seasons?|series)\s+" + _NUMBER + r"\s+of(?=\s+[^:;|?]{1,60}?\s+is\s+(?:officially\s+)?"
    r"(?:happening|a go)\b(?!\s+(?:in|on|this|next)\b))"
    r"|^there(?:'s|\s+is|\s+will\s+be)(?:\s+going\s+to\s+be)?\s+(?:a|another)\s+(?:" + _ORDINAL + r"\s+)?"
    r"(?:season|series)(?:\s+" + _NUMBER + r")?\s+of(?=\s+['\"A-Z0-9]))\b",
    re.IGNORECASE,
)


# "Confirmed" is a renewal only when nothing else is what was confirmed.
_CONFIRMED_OTHER = re.compile(
    r"\b(?:cast|casting|characters?|roles?|villain|trailer|title|poster|release|premiere|date|episodes?|stars?"
    # (what a season holds, the Valnet sites' way: "Confirms Massive Season 4 Changes", "Season 5 Couple
    # Confirmed", "Confirms Maya Erskine & Donald Glover Season 2 Roles", "Season 4's Fate Confirmed")
    # (not "Netflix Confirms Plans For 'Wednesday' Season 3": the season planned is the news)
    r"|couples?|changes?|fate|risks?|tone|settings?|cameos?|connection|exits?|replacement|written"
    r"|plans?(?!\s+for\b)"
    r"|truth|updates?|villains|(?:bad|good|sad)\s+news"
    # ("Confirms Vought Rising's Future", "Confirms the Sci-Fi Series' Future"; not "'Grantchester' future
    # confirmed")
    r"|(?<='s )future|(?<=s' )future"
    r"|scripts?|writing|writers?|replaces?|replacing|to play|will play|cast as"
    # ("The Last of Us Season 3 Confirmed": a title's "Last of")
    # ("Frieren: Beyond Journey's End season 2 confirmed": a title's "Journey's End")
    r"|returns?|return date|plot|director|filming|production|(?<!'s )end|ending|final|last(?!\s+of\b)"
    r"|cancell?ed|canceled|axed"
    r"|scrapped|cancell?ations?|wraps?|wrapped|shoot|shooting|launch|simulcast|broadcast|airing"
    # ("'Bridgerton' Showrunner Confirms Subjects Of Seasons 5 And 6", "Confirms 'The White Lotus' Season 4
    # Will Take Place in France": what a season holds)
    r"|subjects?|focus|storylines?|setting|take place|takes place|location|villain"
    # ("Timothée Chalamet Confirms 'Dune: Part 3' Time Jump")
    r"|time jump|runtime|twists?)\b",
    re.IGNORECASE,
)


_CAST_MEMBER = re.compile(
    r"\b(?:star|stars|actor|actress|alum|vet|veteran|host|character|villain|showrunner|creator"
    r"|cast members?|regulars?|pro|pros|judge|judges)\b",
    re.IGNORECASE,
)


_RENEWAL_BACKGROUND = re.compile(
    r"\b(?:had|'d)\s+(?:already\s+|previously\s+|just\s+)?(?:renewed|ordered|greenlit)\b"
    r"|\b(?:after|despite|since)\s+(?:already\s+|previously\s+|initially\s+|just\s+)?(?:renewing|ordering|greenlighting)\b"
    r"|\bdespite\s+(?:\w+\s+)?(?:ordering|renewing|greenlighting|picking up)\b|"
    r"\b(?:despite|after|following|since|before|kills?|cancels?|reverses?|rescinds?|revokes?|scraps?|axes"
    r"|undoes|pulls?|reneges?(?:\s+on)?)\s+(?:(?:an?|the|its|their|initial|earlier|early|multiple|several|previous"
    r"|surprise)\s+)*(?:(?:season|series)\s+\w+\s+)?(?:renewals?|orders?|pick-?ups?)\b"
    # ("Marvel Reneges Wonder Man's Season 2 Renewal": a renewal undone, its show's possessive between)
    r"|\b(?:reverses?|rescinds?|revokes?|reneges?(?:\s+on)?)\s+(?:[\w.&:-]+\s+){0,5}?[\w.&-]+'s\s+"
    r"(?:(?:season|series)\s+\w+\s+)?renewals?\b",
    re.IGNORECASE,
)


_NOT_RENEWED = re.compile(
    r"\b(?:not|won'?t|will not|isn'?t|wasn'?t|weren'?t|aren'?t|hasn'?t|haven'?t|hadn'?t|doesn'?t|didn'?t|no"
    r"|can'?t|never)\s+(?:to\s+)?(?:yet\s+)?(?:be\s+|been\s+)?"
    r"(?:getting\s+)?"
    r"(?:renew|get|return|come back|picked|ordered|receive|confirm|happen)"
    r"|\byet to be (?:renewed|confirmed|picked|ordered)",
    re.IGNORECASE,
)


_CANCEL = re.compile(
    # "Marvel Cancels Wonder Man Season 2 Renewal": a renewal undone, the season it ordered not to be made
    # (first: the word alone is read below)
    r"\b(?:cancel(?:s|led|ed)(?=\s+(?:[\w'.:&-]+\s+){1,5}?renewal\b(?!\s+(?:talks|hopes|plans|rumou?rs?)\b)))|"
    # (not a show revived after it: "Amazon Freevee Revives Cancelled Australian Soap Opera")
    r"\b(?:(?<!noise )(?<!noise-)(?<!revives )(?<!revived )(?<!rescues )(?<!rescued )(?<!resurrects )"
    r"(?<!saves )(?<!saved )cancel(?:s|led|ed)?"
    r"|cancell?ation\s+(?:is\s+)?(?:confirmed|official|announced)"
    # ("Aubrey Plaza Announces 'Kevin' Cancellation")
    r"|(?:confirms?|confirmed|announces?|announced)\s+(?:the\s+)?(?:'x+'(?:'s)?\s+|\w+\s+)?cancell?ation"
    # "Axe falls on Neighbours after 40 years"
    r"|(?:latest|newest|another|new) cancell?ation"
    # a show's cancellation reacted to: "Denis O'Hare Reacts To 'The Boroughs' Cancellation", "'Ponies' Cast
    # React To Show's Cancellation" (not "Stars React to Cancellations")
    rf"|(?:react|reacts|reacted|responds?|responded){_REACTED_TO}"
    # "Netflix Reverses Renewal Of Its First African Original Series 'Queen Sono'": a renewal undone
    r"|(?:revers|rescind|revok)(?:es|ed|ing)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?renewal(?=\s+(?:of|for)\b)"
    # "Marvel Reneges Wonder Man's Season 2 Renewal": the show's renewal undone, named by its possessive
    r"|(?:revers|rescind|revok|reneg)(?:es|ed|ing)\s+(?:on\s+)?"
    r"(?=(?:[\w.&:-]+\s+){0,5}?[\w.&-]+'s\s+(?:(?:season|series)\s+\w+\s+)?renewal\b)"
    # "Lockwood & Co Becomes The Latest Casualty in the Netflix TV Cancellation Spree"
    r"|(?:the\s+)?(?:latest|newest|another|next)\s+(?:casualty|victim)\s+(?:of|in)\s+(?:the\s+|a\s+)?(?:[\w+'-]+\s+){0,3}"
    r"(?:cancell?ations?|axe)\b"
    r"|axe\s+(?:falls|fell|has\s+fallen)\s+on(?=\s+['\"A-Z0-9])|axe[sd]?(?!-)"
    # "Neighbours Amazon cancellation: Boss of beloved soap reveals why" (read only as a headline's lead)
    r"|(?<=\w )(?:(?=\S+\s+cancell?ation:\s)(?:" + _NETWORK + r")\s+)?cancell?ation(?=:\s)"
    # "'Forever' cancellation leads to heartfelt message": a quoted show's cancellation as the subject
    r"|(?<=' )(?:(?:"
    + _NETWORK
    + r")\s+)?cancell?ation(?=\s+(?:leads?|led|causes?|caused|sparks?|sparked|prompts?"
    r"|prompted|triggers?|triggered|leaves?|left|shocks?|shocked|angers?|angered|upsets?|upset)\b)"
    # (not plans, songs, a free trial or a version scrapped, nor a scrap: "this sickening scrap, ...")
    r"|scrap(?:s|ped|ping)?(?!\s+with\b)(?!\s*[,.;:])(?!\s+(?:[\w'-]+\s+){0,3}(?:plans?|songs?|suits?|trials?"
    r"|cycles?|versions?|ideas?)\b)|ditched(?=\s+(?:by|after|at|from)\b|\s*$|[,:;!?])"
    r"|ditch(?:es)?(?=\s+['\"])|axing|(?<!noise )(?<!noise-)cancell?ing"
    # (not what a can holds: "You Can Buy Canned Coffee With Food Stamps")
    r"|canned(?!\s+(?:coffee|food|foods|goods|tuna|beer|beers|soup|fish|cocktails?|water|wine|laughter|laughs?|meat"
    r"|vegetables|fruit|beans|sardines|salmon|drinks?|heat|air|responses?|music|hunts?|hunting)\b)"
    # "Mzansi Magic cans 'Gqeberha: The Empire'", "is canning Ferguson Films' 'The Queen'"
    r"|(?:cans|canning)(?=\s+(?:[\w']+\s+){0,3}'x+')"
    # "'Adults Adopting Adults' Reality Series Yanked After Three Episodes"
    r"|yanked(?=\s+(?:after|by)\b)"
    r"|falls? (?:under|to) (?:the |[\w+]+ )?axe"
    r"|sinks(?!\s+(?:(?:its|their|her|his)\s+)?(?:teeth|claws|fangs|hooks)\b)(?=\s+(?:['\"]|(?-i:[A-Z])))"
    r"|sunk|(?:pulls?|(?:has|have|had)\s+pulled) the plug(?!\s+on\s+(?:its|their|his|her|the)\s+(?-i:[a-z]))"
    r"|pulls? plug on(?=\s+'x+')"
    r"|(?<!\bwas )(?<!\bwere )cut\s+by(?=\s+(?:the\s+)?" + _NETWORK + r"\b)"
    r"|not renewed|(?:won'?t|will not|not to)\s+be\s+renewed"
    # "'Wonder Man' Un-Renewed at Disney+, No Season 2 Coming"
    r"|(?<=' )un-?renewed(?=\s+(?:at|by)\b)"
    # "Netflix Won't Renew 'The Residence'", "Opts Not To Renew", "Decides Against Second Season Of"
    r"|(?:won'?t|will not|(?:opts?|decides?|chooses?|elects?)\s+not\s+to|declines?\s+to)\s+renew"
    # (a quoted title: "ESPN Won't Renew Stephen A. Smith" is a person's contract; unquoted, a title and the
    # season not ordered: "Netflix Won't Renew Kaos for Season 2")
    r"(?=\s+'x+'|\s+(?-i:[A-Z0-9])[\w'.&:-]*(?:\s+(?-i:[A-Z0-9])[\w'.&:-]*){0,5}\s+for\s+(?:a\s+)?"
    r"(?:(?:season|series)\s+" + _NUMBER + r"|(?:" + _ORDINAL + r"|another)\s+(?:season|series))\b)"
    r"(?![^:;|]*\b(?:contracts?|deals?|partnerships?|agreements?|leases?|licen[cs]es?|rights|sponsorships?)\b)"
    r"|decides?\s+against\s+(?:a\s+)?(?:" + _ORDINAL + r"|another|new)\s+(?:season|series)\s+of"
    r"(?=\s+['\"A-Z0-9])"
    r"|shelved|shelving|shelves(?=\s+(?:plans|'|\"|(?-i:[A-Z])))"
    # "Cops dropped by Paramount Network" (not a trailer or an episode dropped by one)
    r"|(?<!trailer )(?<!teaser )(?<!poster )(?<!footage )(?<!episode )(?<!episodes )(?<!clip )(?<!song )"
    r"(?<!album )(?<!single )(?<!bomb )(?<!hint )(?<!hints )dropped\s+by(?=\s+(?:the\s+)?" + _NETWORK + r"\b)"
    r"|(?:drops?|closes?) (?:the )?curtain on"
    r"|won'?t return|will not return|not to return|not returning|(?:won'?t|will not) be returning"
    r"|(?:gets?|got|given) the (?:axe?|chop)"
    r"|(?:won'?t|will not)\s+(?:be\s+)?(?:get(?:ting)?|see|have)\s+(?:a|another)\s+(?:\w+\s+)?"
    r"(?:season|series)"
    r"|(?:won'?t|will not)\s+(?:be\s+)?get(?:ting)?\s+(?:season|series)\s+" + _NUMBER + r"\b"
    r"|not getting\s+(?:(?:a|another)\s+(?:\w+\s+)?(?:season|series)|(?:season|series)\s+" + _NUMBER + r"\b)"
    # "No third season for Severance" (the season not to be made); "Apple TV+ drops Severance after two
    # seasons"
    r"|^no\s+(?:" + _ORDINAL + r"|more)\s+(?:season|series)\s+for(?=\s+['\"A-Z0-9])"
    # (a quoted title only: "NBC Drops Kelly Clarkson After Four Seasons" drops a person; its kind told
    # after it in small words: "FOX drops 'Bless the Harts' adult animated comedy after two seasons";
    # "CBS dumps 'Equalizer' after five seasons")
    r"|(?:drops?|dumps)(?=\s+'x+'(?:\s+(?!(?:trailers?|teasers?|clips?|songs?|episodes?|posters?|footage|first|new|music)\b)"
    r"(?-i:[a-z][\w-]*)){0,4}\s+after\s+(?:just\s+|only\s+)?(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|\d{1,2}|a)\s+(?:seasons?|series)\b)"
    r"|won'?t be back|will not be back|not coming back|no (?:season|series)(?:\s+"
    + _NUMBER
    + r"\s+for(?=\s+[A-Z'\"]))?"
    # "The BBC won't be making any more Count Arthur Strong"
    r"|(?:won'?t|will not) be making any more(?=\s+['\"A-Z])"
    r"|(?:won'?t|will not) be (?:a|another) (?:'x+' |(?:"
    + _ORDINAL
    + r"|new|final|fresh) |(?-i:[a-z0-9])[\w-]* )?"
    r"(?:season|series)"
    # "There Won't Be a Kaos Season 2", "Netflix Confirms There Will Be No Kaos Season 2"
    r"|(?:(?:won'?t|will not) be (?:a|another)|will be no)(?=\s+(?:(?-i:[A-Z0-9])[\w'.&:-]*\s+){1,5}?"
    r"(?:season|series)\s+" + _NUMBER + r"\b(?!\s+(?:until|before|this|in|for|anytime|yet|soon)\b))"
    # "'Kaos' Season 3 Not Happening", "Season 2 Won't Happen" (not "not happening until 2026")
    r"|(?:(?:season|series)\s+" + _NUMBER + r"\s+|(?<=' )|(?<=' is ))"
    r"(?:is\s+)?(?:officially\s+)?(?:not\s+happening|(?:won'?t|will not)\s+happen)"
    r"(?!\s+(?:until|before|this|in|anytime|yet|soon|for)\b)"
    r"|says?\s+no\s+to(?=\s+(?:'x+'\s+(?:season|series)\s+\w+|(?:season|series)\s+\w+\s+of\s+'x+'))"
    r"|(?:not\s+to|won'?t|will not)\s+move\s+forward"
    # (a quoted title: "Jenna Ortega Won't Continue After Season 2" is a star's)
    r"|(?<=' )(?:won'?t|will not)\s+continue(?=[^:;|?]{0,40}\bafter\s+(?:season|series)\s+\w+"
    # ("'Shrinking' Will Not Continue at Apple TV+": a quoted show, its network)
    r"|\s+(?:at|on)\s+(?:the\s+)?" + _NETWORK + r"\b)"
    r"|(?<=' )(?:gets?|got|given) the boot"
    # "'Found' Is Over At NBC", "'Found' Done At NBC After Two Seasons": a quoted show's network
    # has stopped it
    r"|(?<=' )(?:is\s+)?(?:officially\s+)?(?:over|done)\s+at(?=\s+(?:the\s+)?" + _NETWORK + r"\b)"
    r"|(?:is\s+)?officially\s+(?:over|done)\s+at(?=\s+(?:the\s+)?" + _NETWORK + r"\b)"
    # "Netflix's live-action Cowboy Bebop is over after one disappointing season": stopped after its first
    r"|(?:is|are)\s+(?:officially\s+)?(?:over|done)\s+after"
    r"(?=\s+(?:just\s+|only\s+)?(?:one|1|a\s+single)\s+(?:[\w-]+\s+)?(?:season|series)\b)"
    r"|kills?(?=\s+'x+'\s+after\s+(?:just\s+|only\s+)?(?:one|two|three|four|five|six|\d{1,2}|a)"
    r"\s+(?:seasons?|series)\b)"
    r"|not moving forward|(?:won'?t|will not) (?:be )?mov(?:e|ing) forward"
    # ("'Tracker' Won't Go Forward at CBS": a quoted show not going on)
    r"|(?<=' )(?:won'?t|will not|is not|isn'?t)\s+(?:be\s+)?go(?:ing)?\s+forward"
    r"|pass(?:es|ed)? on(?= .*\b(?:season|series) \w+))\b",
    re.IGNORECASE,
)


_END = re.compile(
    # ("ending with" a season, a part or a film: not "'Hospital Playlist 2' ending with sweet moments")
    # (a show ends with or after something, or at the headline's end; "Iceland to end whaling",
    # "Samsung is ending sales of" end a thing written in lower case)
    # ("studio will end the game's development": the thing in lower case after "the")
    # (how a story ends, not whether: "'Hacks' Was Always Going To End This Way for Ava and Deborah")
    # (nor what failed to: "CBS's Baffling Cancellation Failed To End Titus Welliver's Bosch Era")
    r"\b(?:(?<!failed )(?<!fails )(?<!failing )(?<!fail )(?:to (?:officially )?end|will (?:officially )?end"
    # (not a year ended: "Knicks blow late double-digit lead to Spurs to end 2025 on sour note")
    r"|(?:is|are) (?:officially )?ending)(?!\s+up\b)(?!\s+(?:19|20)\d\d\b)"
    r"(?!\s+(?:this|that)\s+way\b|\s+like\s+(?:this|that)\b)"
    r"(?!\s+the\s+(?!(?:series|show|season|run|saga|story)\b)(?-i:[a-z]))(?!\s+(?!(?:with|after|in|its|their|this|next|at"
    r"|on|as|following|season|series|soon|early|abruptly|for|when|before|later|production|run|the|a|an|once"
    r"|officially|it|there|here|now|then)\b)(?-i:[a-z]))"
    # "'New Girl' Season 7: Zooey Deschanel on Ending the Fox Series", "Catherine Reitman on the end of
    # 'Workin' Moms'": someone speaking of a show's end, told again (not of an episode's or a season's ending)
    r"|(?<= on )(?:ending|the end(?:ing)? of)(?=\s+(?:(?:the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:series|show)\b|\s+(?:(?:his|her|their|its)\s+)?'x)"
    # (not "'Shrinking' Isn't Ending With Season 4")
    r"|(?<!isn't )(?<!not )(?<!won't be )(?:ending|end|ends) with(?=\s+(?:(?:the|its|a|an|their)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:seasons?|series|episodes?|chapter|part|finale|movie|film)\b|\s+S?\d)"
    r"|ending after|ends after|(?:to|will) go off[- ]air|goes off[- ]air"
    # "Stephen Colbert Confirms Final Air Date for 'The Late Show'": the show's last episode dated (not a
    # final season's "Final Episodes", nor a star's "Final Episode")
    r"|(?:sets?|confirms?|announces?|reveals?|unveils?)\s+(?:(?:the|its|a)\s+)?(?:final|last)(?:[- ]ever)?\s+"
    r"(?:air\s*date|broadcast\s+date|episode(?:\s+air)?\s+date)\b(?!\s+(?:of|for)\s+(?:season|series)\b)"
    # "Stephen Colbert Announces Final 'Late Show' Episode Date", "James Corden Announces the Final Ever
    # Episode of Gavin and Stacey": the show's last episode announced (not a season's: "Final Episode of
    # Season 3")
    r"|(?:sets?|confirms?|announces?|reveals?)\s+(?:(?:the|its)\s+)?(?:final|last)(?:[- ]ever)?\s+"
    r"(?:'x+'\s+episode(?:\s+air)?\s+date\b|episode\s+of(?!\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:season|series|part)\b)"
    r"(?=\s+(?:'x|(?-i:[A-Z0-9]))))"
    rf"|(?:(?<=anime )|(?<=series )|(?<=drama ))ends\s+(?:on\s+)?(?=(?:{_MONTH_NAMES})\b)"
    # "Final Season Of Occupied To Air Later This Year", "USA NETWORK ENDS 'PSYCH'"
    r"|^(?:the\s+)?(?:final|last)\s+season\s+of\b(?=[^:|?]{1,60}\bto\s+(?:air|premiere|debut|stream|arrive|launch)\b)"
    r"|(?<=\s)ends(?=\s+'x)"
    r"|end after|end in|end at|to conclude|will conclude|concludes? with"
    # "Scottish soap River City to finish in 2026 after more than 20 years" (not "to finish filming")
    r"|(?:to|will)\s+finish(?=\s+(?:in\s+20\d\d|after|with\s+(?:its|the|a)?\s*(?:\w+\s+)?(?:season|series)"
    r"|next year|this year|at the end)\b)"
    r"|wrap(?:s|ping)? up with"
    r"(?=\s+(?:(?:the|its|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:seasons?|series|episodes?)\b)"
    r"|ending (?:after )?next season|end after next season"
    # "'Smiling Friends' Shocks Fans as Creators End Show After Season 3": its makers end it
    r"|(?<!to )(?<!will )end(?:s|ed)?\s+(?:the\s+)?(?:show|series)(?=\s+after\s+(?:(?:season|series)\s+\w+"
    r"|(?:its\s+)?\w+\s+seasons?)\b)"
    r"|(?<!filming )(?<!shooting )(?<!recordings )(?<!recording )(?<!production )(?:come|coming) to an end"
    # "Kim's Convenience comes to an unexpected end" (not "as the series comes to an end": the background)
    r"|(?<!series )(?<!show )(?<!drama )(?<!soap )(?<!run )(?:comes|came) to an?"
    r" (?:(?:abrupt|unexpected|sudden|early|official|emotional|bittersweet)\s+)?end"
    r"|(?:is|are)\s+(?:officially\s+)?done after|(?<=' )(?:is\s+)?(?:officially\s+)?over after"
    # "Ghosts: BBC sitcom to bow out after series five": a show's planned end after a season
    r"|(?:(?<=sitcom )|(?<=series )|(?<=comedy )|(?<=drama )|(?<=show ))(?:to|will)\s+(?:sign|bow)\s+"
    r"(?:off|out)\s+after\s+(?:(?:its|the)\s+)?(?:"
    + _ORDINAL
    + r"\s+(?:season|series)|(?:season|series)\s+"
    + _NUMBER
    + r")\b"
    # "'Hacks' To Sign Off With Fifth Season", "Will Bow Out With Season 5": a planned end
    r"|(?<=' )(?:to|will)\s+(?:sign|bow)\s+(?:off|out)\s+with\s+(?:its\s+|the\s+)?"
    r"(?:" + _ORDINAL + r"\s+(?:season|series)|(?:season|series)\s+" + _NUMBER + r")\b"
    # "'Justified' begins its sixth and final season", "Final Peep Show series to air in late 2015"
    r"|(?:begins?|starts?|kicks? off)\s+(?:its|their)\s+(?:" + _ORDINAL + r"\s+(?:and|&)\s+)?"
    r"(?:final|last)\s+(?:season|series)"
    r"|^(?:the\s+)?(?:final|last)\s+"
    r"(?=(?-i:[A-Z0-9])[^:|?]{1,40}?\s(?:season|series)\s+(?:to|will)\s+(?:air|premiere|debut|stream)\b)"
    r"|all over for\b[^:;|?]{1,60}\bafter (?:season|series)\b"
    # "'This Is Us' Says Goodbye", "'Breaking Bad' signs off with big ratings", "'Rectify' Bows Out After
    # Four Seasons": a quoted show's last episode (not a character's: "'NCIS' Says Goodbye to Ziva"; nor a
    # break: "signs off for the summer")
    r"|(?<=' )(?:says\s+goodbye|bids\s+(?:farewell|adieu|goodbye)|signs\s+off|bows\s+out)"
    r"(?!\s+(?:to|for|until|till|as)\b(?!\s+(?:its\s+|the\s+)?(?:viewers|fans|audiences?|screens|the air)\b))"
    # "Beastars Final Season to Arrive on Netflix in 2024": the final season of a show named before it
    r"|(?<=[\w'] )(?<!the )(?<!a )(?:final|last)\s+(?:season|series)\s+(?:to|will)\s+"
    r"(?:air|premiere|debut|stream|arrive|launch)\b"
    # ("'The Talk' Ends Its 15-Year Run")
    r"|ends? (?:its|their) (?:[\w-]+-(?:year|season|decade) )?run|ending (?:its|their) run"
    # "'Jersey Shore Family Vacation' Ending Run On MTV With 18-Episode Farewell Season" (not "'Palm Royale'
    # Concludes Run After Two Seasons", labelled a cancellation: a run concluded may have been stopped)
    r"|(?<=' )ending\s+(?:its\s+|their\s+)?run\b(?=\s+(?:after|on|at|with)\b)"
    # "Coco Martin announces 'FPJ's Ang Probinsyano' ending in three weeks"
    r"|(?<=' )(?:is\s+)?ending\s+in\s+(?:\w+\s+)?(?:weeks?|days?|months?)\b"
    # "'Arthur', The Longest-Running Children's Show ..., Ends Run With Characters In The Year 2042"
    r"|(?<!\w )ends run\b"
    r"|(?:to\s+)?wrap(?:s|ping)?\s+(?:up\s+)?(?:its|their) run"
    r"|(?:call|calls|calling) it quits(?!\s+after\s+(?:\w+\s+){0,3}(?:dating|together|marriage|relationship))"
    r"|ending (?:is )?confirmed|(?<=' )(?:is\s+)?officially\s+ending\b"
    r"|prepares? for (?:a |its |the )?final season(?!\s+(?:filming|production|shoot))"
    r"|(?:bring|brings|bringing) (?:the |its |this )?(?:[\w-]+\s+){0,4}to an end"
    r"|will be (?:the |its )?(?:final|last) season"
    r"|(?:season|series) (?:to|will) be (?:the |its )?(?:last|final)(?:$|(?=\s*[,;|]))"
    r"|(?:reach|reaches|come to|comes to) (?:its |a )?(?:natural )?conclusion"
    r"|completes (?:the |its )?(?:series|show'?s run|run)\b(?!\s+of\b)"
    r"|wraps? (?:up )?(?:after|with) (?:season|series) \w+|(?:to be|will be) the end\b"
    r"|(?:to air|airs|will air) (?:its |the )?(?:final|last) (?:episode|season)"
    # "Neighbours finale: Final episode airs in Australia after 37 years" (a run's end, not a season's)
    r"|(?:final|last) episode (?:airs|aired|to air)\b[^:;|?]{0,30}?\bafter \d+ years"
    r"|(?:is|will be)\s+(?:officially\s+)?the end of the (?:series|show'?s run|show|road)"
    r"|ending (?:at|on) [\w+&]+(?: [\w+&]+)? (?:with|after)"
    r"|(?:is|will (?:in fact |officially )?be|to be|as) (?:its|show'?s|the show'?s|the series'?)"
    r" (?:last|final)"
    r"(?: season| series)?"
    # ("Guy Fieri Is The Last Unproblematic Food Person": "the last" of a season only)
    r"|(?:is|will (?:in fact |officially )?be|to be|as) the (?:last|final)"
    r"(?: one\b| season| series|$|(?=\s*[,;|]))"
    r"|(?:as|is) (?:the )?(?:series'?|show'?s) end"
    r"|(?:is|will (?:in fact |officially )?be|as) (?:its |the )?(?:series|grand) finale"
    r"|(?:announces?|confirms?|sets?) (?:its |the )?(?:final|last) (?:season|series)\b"
    r"|confirms? (?:the )?end of"
    # "Netflix announces the end of Stranger Things", "Haikyuu anime!! announces its end with 2 movies"
    r"|announces? (?:the )?end of(?=\s+(?:['\"]|(?-i:[A-Z0-9])))|announces? its end\b"
    # "Fans dismayed as Kannada serial 'Magalu Janaki' abruptly ends": a quoted show's end, as the news
    r"|(?<=' )(?:(?:abruptly|officially|finally|quietly|suddenly)\s+)?ends"
    r"(?=\s*(?:$|[.!;|]|\s[-\u2013\u2014]\s))"
    # "Justified Sets End Date, Season 6 Will Be Show's Swan Song", "'Wynonna Earp' Ending At The
    # Conclusion Of Season 4", "After Life season 3 will be Netflix comedy's final run"
    r"|(?:sets?|announces?|confirms?) (?:an? |its )?end date(?! (?:of|for) (?:the )?(?:current )?season)"
    r"|(?:is|will be|to be|as) (?:its |the |(?:the )?show'?s |(?:the )?series'? )?swan song"
    r"|(?:is|will be|to be) (?:[\w+-]+ )?[\w+-]+'s (?:final|last) (?:run|season|series)"
    r"|ending at the (?:conclusion|end|close) of (?:its |the )?(?:season|series)\b"
    # "Big Boys returns for a third and final series on Channel 4": the final season told as it airs
    r"|(?<!to )(?<!will )returns? for (?:a |an |its |the )?"
    + _ORDINAL
    + r" (?:and|&) (?:final|last) (?:season|series)\b"
    r"|(?:final|last) (?:season|series) (?:announced|confirmed)"
    # "My Hero Academia Final Season Set for 2025"
    r"|(?<=\w )(?:final|last) (?:season|series) (?:is )?set for (?:20\d\d|next year)\b"
    # "Queen of the South will go out on top with fifth and final season"
    r"|(?:go|goes|going|bow|bows|bowing|sign|signs|signing) (?:out|off)\b[^:;|?]{0,20}?\bwith"
    r" (?:a |an |its |the )?(?:[\w-]+ )?(?:and )?(?:final|last) (?:season|series))\b",
    re.IGNORECASE,
)


_FINAL = re.compile(
    r"\b(?:final|last)[\"']?\s+(?:" + _ORDINAL + r"\s+)?(?:seasons?|series|chapter|run|installment|outing)\b"
    # "Justified Sets End Date": a renewal that sets an end says the last season
    r"|\b(?:sets?|announces?|confirms?)\s+(?:an?\s+|its\s+)?end\s+date\b|\bswan\s+song\b"
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
    r"|resumed|roll|rolling|are rolling|got underway|gets underway|gets under way|got under way|is under way)"
    # (a K-drama's first day of filming: "Drama 'Faith' Has First Filming", "'Love Rain' Wraps Up First
    # Filming")
    r"|(?:has|had|holds|held|wraps\s+up|wrapped\s+up|completes|completed)\s+(?:its\s+)?(?:first|1st)\s+"
    r"(?:filming|shoot|shooting)\b(?!\s+(?:date|window|schedule))"
    r"|(?:season|series)\s+"
    + _NUMBER
    + r"\s+(?:is|are)\s+(?:now\s+|officially\s+|currently\s+|already\s+)*(?:filming|shooting)"
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
    # (not "Start Of Production Date Is Revealed": a start to come)
    r"|start of\b[^:|?]{0,60}\b(?:production|filming|shooting)(?!\s+(?:date|window|plans?)\b))\b",
    re.IGNORECASE,
)


# A star's own part filmed, not a season: "'Severance' Star Finishes Filming Her Scenes".
_OWN_PART = re.compile(
    r"\b(?:filming|shooting|wraps?|wrapped|finish(?:es|ed)?)\s+(?:on\s+)?(?:his|her|their)\s+(?:scenes?|part|role"
    r"|episodes?|stint)\b",
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
    r"|(?:filming|shooting|shoot)\s+(?:is|has been)\s+(?:officially\s+)?(?:a\s+)?wrap(?:ped)?\b"
    r"|(?:filming|production|shooting|(?<!photo )shoot)\s+(?:officially\s+)?"
    r"(?:wraps|wrapped|has wrapped|concludes|concluded"
    r"|is complete|complete|completed|ends|ended|is done|finished)"
    r"|(?:done|finishes|finished|completes|completed|concludes|concluded|ends|ended)"
    r"\s+(?:filming|shooting|production|shoot)|(?:it'?s|that'?s) a wrap|wraps up final shooting"
    r"|announces? (?:a )?wrap|wrap on (?:the )?(?:\w+\s+){0,3}season"
    r"|(?:final|last) day (?:of )?(?:filming|shooting|production)"
    r"|(?:filming|shooting|production|recordings?)\b[^:|?]{0,60}\b(?:has come|have come|comes?|came)"
    r" to an end"
    r"|(?:filming|shooting|production)\s+(?:has\s+|have\s+)?(?:comes?|came|draws?|drew|drawn)\s+to\s+a\s+close"
    r"|(?:filming|shooting|production)\s+(?:has|have)\s+(?:officially|finally)\s+(?:wrapped|ended|finished)"
    r"|wraps?\s+(?:up\s+)?all\s+(?:filming|shooting)"
    r"|(?:season|series|S)\s*\d{1,2}\s+wrap[- ]up\s+(?:party|celebration)"
    r"|(?:emotional|final)\s+wrap\s+(?:for|on)\s+'x+(?=')"
    r"|(?:only\s+)?just\s+wrapped"
    r"|(?:filming|production|shooting) wrap\b|(?:final|last) season wraps\b"
    # "Slow Horses season 5 officially wrapped", "... Season 5 Has Officially Wrapped in London"
    r"|(?:season|series|S)\s*"
    + _NUMBER
    + r"\s+(?:(?:has|have)\s+)?(?:officially\s+|finally\s+)(?:wraps|wrapped)"
    r"(?=\s*$|\s*[(:|,!;.]|\s+(?:in|at|on|after|with|as|and)\b)"
    r"|(?:season|series|S)\s*" + _NUMBER + r"\s+wrapped(?=\s*$|\s*[(:|,!;])"
    r"|(?:season|series|S)\s*" + _NUMBER + r"\s+(?:filming\s+)?wraps?(?:\s+up)?$"
    r"|(?:season|series|S)\s*" + _NUMBER + r"\s+(?:filming\s+)?wraps?(?:\s+up)?(?=\s*[(:|,!;])"
    r"|(?:filming|production|shooting) (?:for|of|on)\b(?:[^:|?]|:(?=\s[\w'])){0,80}"
    r"\b(?:completed|complete|wrapped|wraps|ends|ended|finished|concludes|concluded)"
    # the last episode's shoot: "Vampire Diaries Series Finale Wraps: 'Tears,' Cake and Photos", "'Once Upon
    # a Time' season 2 finale wraps; 'Wonderland' shooting can begin" (not the story a finale wraps up)
    r"|(?:series|season\s+\d{1,2})\s+finale\s+wraps(?=\s*[:;,(|!]|\s*$))\b",
    re.IGNORECASE,
)


_PREMIERE_WORDS = re.compile(
    r"\b(?:premiere date|premieres?|premiering|release date|returns?|returning|debuts?|debuting|debut date"
    r"|launch date|launches|arrives?|arriving|dated|date set|drops?|dropping"
    # (not a shoot's date: "'Hospital Playlist' Season 2 Sets First Filming Date For January")
    r"|sets? .*\b(?<!filming )(?<!shooting )(?<!production )(?<!filming start )(?<!production start )date"
    # (not a shoot's date: "Season 2 Filming Set for This April")
    r"|(?:announced|(?<!filming )(?<!shooting )(?<!production )(?:set|slated|scheduled)|coming) for"
    r"|coming to \S+(?: \S+)? (?:in|on)|coming (?:in|on)"
    r"|coming (?=(?:" + _MONTH_NAMES + r")\b)"
    # the trade's "bows", "lands", "streams" before a date; a quoted title or a season "back on April 10"
    # (not a person: "Jennifer Aniston Back In May")
    r"|(?:bows?|lands?|streams?|(?<=' )back|(?<=\d )back|(?<=\d is )back)"
    r"(?=\s+(?:on\s+|in\s+)?(?:" + _MONTH_NAMES + r")\b)"
    # ("'Big Brother' Season 28 to Kick Off in July")
    r"|(?:season|series)\s+(?:\w+\s+)?(?:begins|starts|kicks off|(?:to|will)\s+(?:begin|start|kick off))"
    r"(?=\s+(?:on\s+|in\s+)?(?:" + _MONTH_NAMES + r")\b)"
    r"|comes? to \S+(?: \S+){0,2} (?:in|on)"
    r"|(?:confirms?\s+|to\s+|will\s+)?broadcast(?:s|ing)?\s+(?:in|on|from)"
    r"|(?:to|will) release|(?:will|to) be released|(?:will be|is) out (?:on|in)|(?:to |will )?start airing"
    r"|(?:to|will) launch|hits?(?=\s+(?:"
    + _MONTH_NAMES
    + r")\b)|gets? (?:an? )?(?:\w+ )?(?:release|premiere|debut)"
    # ("The World is Dancing Anime Streams Early on June 29")
    r"|(?:to |will )?stream(?:s|ing)? (?:early |exclusively )?(?:from|on|in)"
    r"|airs?|airing|airdate|(?:to |will )?come out|comes out"
    # ("Season 2 Hits Record Viewership in March": a record, not a date)
    r"|hit(?:s|ting)?\s+(?!(?:a\s+)?(?:new\s+)?(?:record|milestone|viewership|viewers|ratings|number|no\.|top|high|low|peak"
    r"|all-time)\b)(?:\S+\s+){0,2}(?:on|in|this|from)(?=\s+(?:" + _MONTH_NAMES + r"|\d))"
    r"|coming back (?:to \S+(?: \S+)? )?(?:this |in |on )?(?=(?:" + _MONTH_NAMES + r")\b))\b",
    re.IGNORECASE,
)


# (A lower-case "special", or a named one: "Special Victims Unit" is a title.)
_EPISODE_NEWS = re.compile(
    r"\b(?:episodes?|dub|dubbed|film|movie)\b|\b(?-i:special)\b"
    r"|\b(?:christmas|holiday|halloween|anniversary|reunion|new year'?s|festive|new|one-off)\s+special\b"
    # no premiere ("Pluribus finale release date confirmed")
    r"|\bfinale\s+(?:(?:to|will)\s+)?(?:airs?|airing|date|release\s+date|on|set|premieres?|drops?|streams?)\b"
    # a season on disc or a soundtrack, a midseason return, a premiere's party or a screening; a library's
    # seasons moving to a streamer ("'Suits' Seasons 1-9 Coming to Netflix in March")
    r"|\b(?:dvd|blu-?ray|4k uhd|steelbook|box set|home (?:media|release|video)|soundtrack|vinyl)\b"
    r"|\b(?:mid-?season|winter)\s+(?:premiere|return|finale)\b|\bpremiere\s+(?:event|party|screening|night)\b"
    r"|\bscreenings?\b|\bseasons?\s+\d{1,2}\s*(?:-|\u2013|to|through)\s*\d{1,2}\b",
    re.IGNORECASE,
)


_START = r"(?<!production )(?<!filming )(?<!shooting )(?<!production-)start"


_NOT_A_DAY = (
    r"(?!\s+(?:day|week|night|viewing|viewership|ratings?|records?|episodes?|screenings?|party|event)\b)"
)


# A return in a span of time from now: its verb, then a channel and a season before or after the span
_BACK = r"(?:returns|returning|is\s+back|comes\s+back|coming\s+back)"
_FOR_A_SEASON = (
    rf"(?:\s+for\s+(?:(?:season|series)\s+{_NUMBER}|(?:its\s+|a\s+)?{_ORDINAL}\s+(?:season|series)))?"
)
_RETURNS_WITHIN = (
    rf"\b{_BACK}(?:\s+to\s+(?:screens|tv|\S+(?:\s+\S+)?))?{_FOR_A_SEASON}"
    rf"\s+(?:in\s+(?:less\s+than\s+|just\s+|under\s+)?(?:{_NUMBER}|a)\s+(?:days?|weeks?|months?)"
    r"|(?:this|next)\s+(?:week|weekend|month)|this\s+(?:fall|autumn|spring|summer|winter))\b"
    rf"{_FOR_A_SEASON}(?=\s*$|\s*[,:;|!(]|\s+(?:on|with|at)\b)"
)

_PREMIERE_SET = re.compile(
    rf"\b(?:(?:premiere?|release|return|debut|air|launch|{_START})\s+(?:dates?|window)|airdate)\b[^:|?]*\b(?:set|revealed|announced"
    r"|confirmed|official|officially|unveiled|locked|released)\b"
    r"|\b(?:season|series)\s+(?!finale\b)\w+\s+date\s+(?:officially\s+)?(?:set|revealed|announced|confirmed)\b"
    # "'Gyeongseong Creature' Season 2 on Netflix: September 2024 Release Confirmed"
    rf"|\b(?:{_MONTH_NAMES})\s+20\d\d\s+(?:release|premiere|debut)\s+(?:date\s+)?(?:set|revealed|announced|confirmed)\b"
    r"|\bdrops?\s+(?:(?:the|its|a|an|official)\s+)?(?:premiere|release|return)\s+date\b"
    r"|\b(?:sets?|reveals?|announces?|confirms?|unveils?|gets?|getting|lands?|releases?"
    r"|receives?|shares?|schedules?|scheduled|(?:announced|revealed|unveiled)(?!:)"
    # ("Lanterns Officially Sets Release Month On HBO")
    # ("Dalgliesh confirms season 3 air date"; not "Confirms Final Air Date for 'The Late Show'")
    r"|has)\b(?:[^:;|?!]|:(?=\s[\w']))*\b"
    rf"(?:premiere?|release|return|debut|launch|(?<!final )(?<!last )air|{_START})\s+(?:dates?|month)\b"
    r"(?!\s+(?:tba|tbd)\b)"
    r"|\bschedules?\s+(?:[\w']+\s+){0,4}return\b|^airdate\b"
    r"|\bsets?\s+(?:(?:the|its)\s+)?(?:season|series)\s+\w+\s+date\b"
    # ("'SNL U.K.' Season 2 Sets September Date", "Sets August Season 2 Bow on Prime Video", "Sets July Prime
    # Video Premiere")
    rf"|\bsets?\s+(?:an?\s+)?(?:{_MONTH_NAMES})\s+(?:\d{{1,2}}\s+)?(?:season\s+\d{{1,2}}\s+|[\w+]+\s+(?:[\w+]+\s+)?)?"
    r"(?:return|premiere|debut|release|date|bow)\b"
    # "Tanuki to Kitsune TV Anime Reveals Visual, October 4 Debut": the day, last in what is revealed
    rf"|\b(?:reveals?|unveils?|announces?|confirms?)\b[^:;|?!]*?(?:,\s+|\s)(?:{_MONTH_NAMES})(?:\s+\d{{1,2}})?"
    # ("Animated Golden Axe Series' Trailer Reveals September 16 Paramount+ Debut")
    r"(?:,?\s+20\d\d)?\s+(?:(?:worldwide|global|japan|tv|net|netflix|streaming|simulcast|broadcast|online"
    r"|early|u\.?s\.?|paramount\+|disney\+|apple\s+tv\+?|prime\s+video|hulu|peacock|hbo\s+max|max|crunchyroll"
    r"|hidive)\s+)*(?:debut|premiere)\b"
    rf"|\bgains?\b(?:[^:|?!]){{0,40}}\b(?:premiere?|release|return|debut|{_START})\s+date\b"
    # "Emily in Paris reveals the date of its season 4"
    r"|\b(?:sets?|reveals?|announces?|confirms?|shares?)\s+(?:the\s+)?(?:release\s+|premiere\s+)?date\s+(?:of|for)\b"
    # a season's premiere set, its date in the article: "'The Lincoln Lawyer' Sets Season 4 Premiere",
    # "'Deadliest Catch' Season 22 Sets Premiere", "Sets Premiere For Eighth & Final Season", "Sets Final
    # Season Date"
    # (a show's return, not a person's: "'Grey's Anatomy' Alum Jesse Williams Sets Season 22 Return"; nor a
    # premiere's day: "Season 4 Sets Premiere Day Viewing Record")
    rf"|\bsets?\s+(?:(?:its|the)\s+)?(?:season|series|part)\s+{_NUMBER}[ab]?\s+(?:premiere|debut)\b{_NOT_A_DAY}"
    rf"|(?<=' )sets?\s+(?:(?:its|the)\s+)?(?:season|series|part)\s+{_NUMBER}[ab]?\s+return\b"
    rf"|\bsets?\s+(?:(?:its|the)\s+)?{_ORDINAL}\s+season\s+(?:[\w+]+\s+)?premiere\b{_NOT_A_DAY}"
    rf"|\b(?:season|series)\s+{_NUMBER}\s+sets?\s+(?:[\w+]+\s+)?premiere\b{_NOT_A_DAY}"
    # a network setting a named show's season premiere ("Fox Sets Sleepy Hollow Season 4 Premiere"; not a
    # person's return to a show: "Ariana Madix Sets 'St. Denis Medical' Season 3 Return")
    rf"|(?<![\w'])(?:{_NETWORK})\s+sets?\s+(?:'[^']{{1,60}}'|(?-i:[A-Z0-9][\w'&.:-]*)(?:\s+(?-i:[A-Z0-9&][\w'&.:-]*)){{0,4}})"
    rf"\s+(?:season|series)\s+{_NUMBER}\s+premiere\b{_NOT_A_DAY}"
    rf"|(?:\bsets?\s+(?!to\b)(?:[\w+]+\s+)?premiere|(?<=' )sets?\s+(?!to\b)(?:[\w+]+\s+)?return)\s+for\s+"
    rf"(?:season\s+{_NUMBER}\b|(?:its\s+|the\s+)?{_ORDINAL}"
    r"(?:\s+(?:and|&)\s+(?:final|last))?\s+(?:season|series)\b)"
    rf"|\bsets?\s+(?:(?:its|the)\s+)?(?:final|last|{_ORDINAL})\s+(?:season|series)\s+(?:premiere\s+|release\s+)?date\b"
    # a return in a span of time from now, the day in the article: "King Of The Hill Returns In Less Than 2
    # Weeks", "Hope Street returns to screens next week for third series", "'Yellowstone' Spin-Off Is
    # Officially Returning for Season 2 This Fall"
    + "|"
    + _RETURNS_WITHIN,
    re.IGNORECASE,
)


def _season_numbers(text: str, *, parts: bool = True) -> list[int]:
    """Every season a headline names: "season 3", "seasons 5 and 6", "third season", "S2"."""
    # (in the order the headline names them: "For Shorter First Season With Season 2 In The Wings")
    at: list[tuple[int, list[int]]] = []
    listed = rf"\b{_SEASON_WORD}\s+({_NUMBER})((?:\s*(?:,|&|and|-|\u2013|to)\s*{_NUMBER})*)\b"
    for m in re.finditer(listed, text, re.I):
        first = _number(m.group(1))
        rest = [_number(x) for x in re.findall(_NUMBER, m.group(2) or "", re.I)]
        joined = m.group(2) or ""
        if first and rest and re.search(r"-|\u2013|\bto\b", joined) and len(rest) == 1 and rest[0] > first:
            at.append((m.start(), list(range(first, rest[0] + 1))))  # "seasons 3-5"
        else:
            at.append((m.start(), [first, *rest]))
    # ("Fourth & Final Season", "Fifth (and Final) Season", "Third — and Likely Final — Season")
    final = (
        r"(?:\s+(?:and|&)\s+(?:final|last)|\s+\((?:and\s+)?(?:final|last)\)"
        r"|\s+[\u2014\u2013-]\s+(?:and\s+)?(?:[\w-]+\s+)?(?:final|last)\s+[\u2014\u2013-])?"
    )
    # (not an ordinal before a numbered season: "Releases First Season 4 Teaser")
    ordinals = rf"\b({_ORDINAL}){final}\s+(?:and\s+({_ORDINAL})\s+)?{_SEASON_WORD}\b(?!\s+{_NUMBER}\b)"
    for m in re.finditer(ordinals, text, re.I):
        at.append((m.start(), [_ordinal(m.group(1)), *([_ordinal(m.group(2))] if m.group(2) else [])]))
    for m in re.finditer(r"\bS(\d{1,2})\b", text):
        at.append((m.start(), [int(m.group(1))]))
    # ("Renews La Casa de Papel for third run")
    for m in re.finditer(rf"\bfor\s+(?:a\s+)?({_ORDINAL})\s+run\b", text, re.I):
        at.append((m.start(), [_ordinal(m.group(1))]))
    out = [n for _, numbers in sorted(at, key=lambda pair: pair[0]) for n in numbers]
    # "'The Glory' Part 2", "'Lupin' Part 3": a show told in parts numbers its seasons (not a final season's
    # part: "'The Crown' Final Season Part 2")
    if parts and not out and not re.search(r"\b(?:final|last)\s+(?:season|series|chapter)\b", text, re.I):
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
    # ("After One Gloriously Gay Season": words between; not "after one more season", a season to come)
    if re.search(rf"\bafter\s+(?:just\s+|only\s+)?(?:a\s+)?(?i:single)\s+{_SEASON_WORD}\b", text, re.I):
        return 1  # "Canned After A Single Season"
    m = re.search(
        rf"\bafter\s+(?:just\s+|only\s+)?({_NUMBER})\s+(?:(?!(?:more|final|last|further|additional|extra|of|the|a|an"
        rf"|its|their|his|her)\b)"
        rf"[a-z-]+\s+){{0,2}}{_SEASON_WORD}\b",
        text,
        re.I,
    )
    if m:
        return _number(m.group(1)) or None
    # ("after shaky first season": a word before the ordinal)
    after = (
        rf"\bafter\s+(?:just\s+|only\s+)?(?:its\s+|a\s+|an\s+)?(?:(?!(?:{_ORDINAL})\b)[a-z-]+\s+(?=(?:{_ORDINAL})\s))?"
        rf"({_ORDINAL}|{_NUMBER})?\s*{_SEASON_WORD}\s*({_NUMBER})?\b"
    )
    m = re.search(after, text, re.I)
    if m and m.group(2) and re.match(r"\s+(?:renewal|pickup|order)\b", text[m.end() :], re.I):
        # "axes 'Dexter: Original Sin' just months after season 2 renewal": season 2 was ordered, not made
        return (_number(m.group(2)) or 1) - 1 or None
    if m and m.group(2):
        return _number(m.group(2)) or None
    if m and m.group(1):
        n = _ordinal(m.group(1)) or _number(m.group(1))
        return n or None
    m = re.search(r"\bafter\s+(\d{1,2})\s*$", text)  # "Max cancels Our Flag Means Death after 2"
    if m:
        return int(m.group(1)) or None
    # "Freeform Cancels Sophomore Drama 'Famous in Love'", "Fox Axes Freshman Comedy"
    m = re.search(
        r"\b(?:cancel(?:s|led|ed)?|axe[sd]?|scraps?|scrapped|drops?|dropped)\s+(?:its\s+|the\s+)?(freshman|sophomore)"
        r"\s+(?:series|drama|comedy|sitcom|show|thriller|procedural)\b",
        text,
        re.I,
    )
    return (1 if m.group(1).lower() == "freshman" else 2) if m else None


# ---------------------------------------------------------------- quoted titles and networks

# After a dropped "g" ("Movin'"), the title's next words up to the quote that closes it.
_DROPPED_G_RUNS_ON = (
    r"""\s[A-Z]\w*(?:\s(?:[A-Z]\w*|to|of|the|a|an|and|in|on|for|with)){0,4}['"](?:$|[\s,.:;!?)])"""
)
_QUOTED = re.compile(
    # (an apostrophe inside a word, not another title's opening quote: "'Love Island USA's Ciara Miller
    # Confirms Return To 'Summer House' Season 11"; but an elision, "That '90s Show", and a list's title whose
    # closing quote was left out, "'Supergirl, 'Riverdale,'")
    r"""(?:^|(?<=[\s(\[\u2014\u2013:-]))['"]((?:[^'"]|(?<!\s)'(?=[A-Za-z0-9])|(?<=\s)'(?=\d0s\b|\d\d'|n'|em\b|(?i:burbs|tis|til)\b)|(?<=,\s)'"""
    # (a title's own apostrophe before its next word: "'Workin' Moms' Is Returning")
    # (a comma the American style sets inside the closing quote is not the title's: "'Code of Silence,'")
    # (or a dropped "g" before more of its words: "'Movin' On Up'", "'Lainey Wilson: Keepin' Country Cool'")
    # (or a plural's possessive before more of its words: "'Girlfriends' Guide to Divorce'")
    rf"""|(?<=[a-z]in)'(?={_DROPPED_G_RUNS_ON})|(?<=[a-z]s)'(?={_DROPPED_G_RUNS_ON})"""
    r"""|'(?=\s[A-Z]\w*['"](?:$|[\s,.:;!?)])))+?),?"""
    r"""(?:"|(?<![a-z]in)(?<![a-z]s)'(?!\s[A-Z]\w*['"](?:$|[\s,.:;!?)]))"""
    rf"""|(?<=[a-z]in)'(?!{_DROPPED_G_RUNS_ON})|(?<=[a-z]s)'(?!{_DROPPED_G_RUNS_ON}))"""
    r"""(?=$|[\s,.:;!?)\]\u2014\u2013-])"""
)


_COUNTRY = (
    r"(?:turkey|korea|south korea|japan|spain|india|britain|the uk|canada|australia|france|germany|italy"
    r"|america|brazil|mexico|ireland|scotland|wales|new zealand|china|denmark|norway|sweden|israel)"
)


_NETWORK_PREFIX = re.compile(
    rf"^(?:the\s+)?(?:(?:{_COUNTRY}'s\s+)?{_NETWORK}'?s?(?:\s*(?:,|&|and)\s*|\s+))+",
    re.IGNORECASE,
)


# A show that returns to its channel or on a day (a premiere even when no season is named).
_RETURNS = re.compile(
    rf"\b(?:return(?:s|ing)?|coming\s+back|comes\s+back)\s+(?:to\s+{_NETWORK}(?![\w+])|on\s+(?:(?:{_MONTH_NAMES})\b|\d)"
    rf"|(?:on\s+)?(?:{_MONTH_NAMES})\s+\d|in\s+(?:{_MONTH_NAMES})\b(?!\s+\d{{4}})|\d{{1,2}}\s+(?:{_MONTH_NAMES})\b"
    r"|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    rf"|(?:this|next)\s+(?:{_MONTH_NAMES})\b)",
    re.IGNORECASE,
)


# A candidate that is only networks ("Apple TV+", "SYFY, USA Network", "Netflix Korea").
_NETWORKS_ONLY = re.compile(
    rf"(?:the\s+)?(?:(?:{_COUNTRY}'s\s+)?(?:{_NETWORK}|sky)'?s?(?:\s*(?:,|&|and)\s*|\s*$))+", re.IGNORECASE
)


# Typographic quotes as plain ones, no-break spaces as spaces and (non-breaking) hyphens as hyphens.
_PLAIN_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
     "\u00ab": '"', "\u00bb": '"', "\u00a0": " ", "\u2010": "-", "\u2011": "-"}
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
    rest = rest[: cut.start()] if cut else rest
    # (a title quoted after the season begins another show's part: "'Hacks' Renewed For Season 5 At HBO &
    # Netflix Renews 'Wednesday' For Season 3")
    season = _A_SEASON.search(rest, max(verb.end() - verb.start(), 0))
    other = _OPENING_QUOTE.search(rest, season.end()) if season else None
    rest = rest[: other.start()] if other else rest
    # ("Stranger Things season 3 confirmed, season 4 likely": the next part's season is another's)
    # (not a list of seasons: "renewed for season 3, season 4 at Netflix")
    comma = rest.find(", ", max(verb.end() - verb.start(), 0))
    listed = comma >= 0 and re.match(
        rf"(?:and\s+)?{_SEASON_WORD}\s+{_NUMBER}(?:$|\s+(?:at|on|for|by|and)\b|,)", rest[comma + 2 :], re.I
    )
    return _season_numbers(rest[:comma] if comma >= 0 and not listed else rest) or _season_numbers(
        clause[:at]
    )


_AIRING = re.compile(
    rf"\b(?:ahead of|before|after|following)\s+(?:the\s+|its\s+|(?:the\s+)?(?:show|series)'s\s+)?"
    rf"(?:{_SEASON_WORD}\s+{_NUMBER}|{_ORDINAL}\s+"
    # (a word may stand between a season's possessive and its event: "Ahead Of Season 3's Dramatic Finale")
    rf"{_SEASON_WORD})(?:'s\s+(?:[\w-]+\s+)?|\s+)(?:premiere|debut|finale|launch|release|bow)"
    # "'Hacks' Renewed for Season 5 as Season 4 Premieres April 10"
    rf"|\b(?:as|while)\s+(?:the\s+|its\s+)?(?:{_SEASON_WORD}\s+{_NUMBER}|{_ORDINAL}\s+{_SEASON_WORD})\s+"
    rf"(?:premieres|debuts|returns|launches|bows|arrives)\b",
    re.IGNORECASE,
)
# A debut still to come, of no season named: "Renewed for Season 2 at Disney+ Ahead of December Debut",
# "... Ahead Of TV & SXSW Premieres".
_DEBUT_AHEAD = re.compile(
    r"\b(?:ahead of|before)\s+(?:(?:its|the|a|an|their)\s+)?(?:[\w&+.'-]+\s+){0,3}?"
    r"(?:premieres?|debut|launch)\b",
    re.IGNORECASE,
)


# A season named, and a title's opening quote after it (`_near`)
_A_SEASON = re.compile(rf"\b{_SEASON_WORD}\s+{_NUMBER}\b|\b{_ORDINAL}\s+{_SEASON_WORD}\b", re.IGNORECASE)
_OPENING_QUOTE = re.compile(r"\s['\"](?=[A-Za-z0-9])")  # (a quoted title, or one masked: 'xxxxx')
# (and "Landman Gets Season 3 Green Light Early Into Season 2 Run": the season airing)
_AFTER_VERB = re.compile(
    r"\b(?:ahead of|before|after|following|as|amid|while|with|into|during|midway through)\b", re.IGNORECASE
)


# Spanish and Portuguese headlines ("Netflix cancela La Casa de Las Flores", "Segunda temporada de
# Chihayafuru anunciada", "Os Outros: Globoplay confirma que série vai ter 2ª temporada"): their words
# for a season, its number and a decision, read as the English words the rules know. Only in a headline
# that speaks of a season or a decision in those words, and never inside a quoted title. (Not "última
# temporada": "Razones para ver la última temporada de ..." is a reason to watch, which the rules would
# not know in Spanish.)
_ROMANCE = re.compile(
    r"\b(?:temporadas?|renova|renueva|renovou|renovó|renovad[oa]s?|cancela|cancelou|canceló|cancelad[oa]s?)\b",
    re.IGNORECASE,
)
_ROMANCE_ORDINALS = {
    "primera": "first", "primeira": "first", "segunda": "second", "tercera": "third", "terceira": "third",
    "cuarta": "fourth", "quarta": "fourth", "quinta": "fifth", "sexta": "sixth", "séptima": "seventh",
    "sétima": "seventh", "octava": "eighth", "oitava": "eighth", "novena": "ninth", "nona": "ninth",
    "décima": "tenth",
}  # fmt: skip
# (compiled once: written as strings, they would push the patterns every headline uses out of the `re`
# module's cache)
_ROMANCE_WORDS: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(pattern, re.IGNORECASE), english)
    for pattern, english in (
        # an ordinal in figures, "2ª temporada"
        (r"\b(\d{1,2})[ªº]\s+(?=temporada\b)", lambda m: _ordinal_suffixed(int(m.group(1))) + " "),
        (
            r"\b(" + "|".join(_ROMANCE_ORDINALS) + r")\s+(?=temporadas?\b)",
            lambda m: _ROMANCE_ORDINALS[m.group(1).lower()] + " ",
        ),
        (r"\b(?:nuevas?|novas?)\s+(?=temporadas?\b)", "new "),
        (r"\btemporadas\b", "seasons"),
        (r"\btemporada\b", "season"),
        # ("renova série brasileira para a 2ª temporada", "renueva 'Miércoles' por una segunda temporada")
        (r"\b(?:para|por)\s+(?:(?:a|la|uma|una)\s+)?(?=(?:\w+\s+)?seasons?\b)", "for a "),
        (r"\bseason\s+de\b", "season of"),
        (r"\bseasons\s+de\b", "seasons of"),
        # ("segunda temporada de Desalma e terceira de A Divisão": another show's season after the first's)
        (
            r"\s+(?:e|y)\s+(" + "|".join(_ROMANCE_ORDINALS) + r")\s+de\b",
            lambda m: " and " + _ROMANCE_ORDINALS[m.group(1).lower()] + " of",
        ),
        (
            r"\b(?:vai\s+ter|va\s+a\s+tener|terá|tendrá|ganhará|ganha|gana|tem)\s+(?=(?:a\s+|uma\s+|una\s+)?\S+\s+season\b)",
            "gets ",
        ),
        (r"\b(?:é|es|foi|fue|será|sera|está)\s+(?=renovad|cancelad)", "is "),
        (r"\brenovad[oa]s?\b", "renewed"),
        (r"\bcancelad[oa]s?\b", "cancelled"),
        (r"\b(?:renova|renueva)\b", "renews"),
        (r"\b(?:renovou|renovó)\b", "renewed"),
        (r"\bcancela\b", "cancels"),
        (r"\b(?:cancelou|canceló)\b", "cancelled"),
        (r"\bconfirma\b", "confirms"),
        (r"\bconfirmad[oa]s?\b", "confirmed"),
        (r"\banuncia\b", "announces"),
        (r"\banunciad[oa]s?\b", "announced"),
    )
]


def _ordinal_suffixed(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


_QUOTED_PART = re.compile(r"""((?<![\w'])['"][^'"]{1,120}['"](?![\w]))""")


def in_english(headline: str) -> str:
    """A Spanish or Portuguese headline's words for seasons and decisions in English (`_ROMANCE`), the
    rest of it, and every quoted title, as written; any other headline as it is."""
    if not _ROMANCE.search(headline):
        return headline
    parts = _QUOTED_PART.split(headline)
    for i in range(0, len(parts), 2):  # (the odd parts are the quoted titles)
        for pattern, english in _ROMANCE_WORDS:
            parts[i] = pattern.sub(english, parts[i])
    return "".join(parts)
