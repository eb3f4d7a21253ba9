"""The premiere date a headline (or its summary) states, with the year the item's date implies."""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.domain.radar._words import MONTHS

# ---------------------------------------------------------------- dates


def _premiere(title: str, published: date | None) -> str | None:
    """A premiere date stated in the headline: "March 5", "Jan. 9, 2026", "2026-03-05", "in October"."""
    m = re.search(r"\b(20\d\d)-(\d\d)-(\d\d)\b", title)
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    # (a day the news follows, not its premiere: "Gets Season 3 Release Date ... Following Oct. 7 Delays")
    title = re.sub(
        rf"\b(?:following|after|since|amid|despite)\s+(?:the\s+)?(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
        " ",
        title,
        flags=re.I,
    )
    m = re.search(rf"\b({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(20\d\d))?\b", title, re.I)
    day_first = re.search(
        rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({months})\.?(?:,?\s+(20\d\d))?\b", title, re.I
    )
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
            # "Sets September Date", "Sets August Season 2 Bow", "Sets July Prime Video Premiere" (not a date
            # the news is told before: "Spotted Filming 'Landman' ... Ahead Of November Season 2 Premiere")
            or re.search(
                rf"(?<!ahead of )(?<!before )\b({months})()\s+"
                r"(?:season\s+\d{1,2}\s+|[\w+]+\s+(?:[\w+]+\s+)?)?"
                r"(?:release|premiere|debut|return|date|bow)\b",
                title,
                re.I,
            )
        )
        if not only:
            # "to premiere next month" (the month after the item's), "premieres this month"
            relative = re.search(
                r"\b(?:premieres?|premiering|premiere|debuts?|arrives?|returns?|returning|airs?|launch(?:es)?"
                r"|streams?|drop(?:s|ping)?)\s+(?:(?:its|the)\s+(?:\w+\s+){0,2}(?:season|series)\s+)?"
                # ("Returning for Season 3 This Month")
                r"(?:for\s+(?:season|series)\s+\d{1,2}\s+)?(?:on\s+\S+\s+)?"
                r"(next|this)\s+month\b",
                title,
                re.I,
            )
            # "Jamestown Series 3 Premieres Friday": the next such day from the item's
            weekday = re.search(
                rf"{_DAY_VERB}\s+(?:on\s+)?(?:this\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                title,
                re.I,
            )
            # "Premieres Tonight On Max": the item's own day
            tonight = re.search(rf"{_DAY_VERB}\s+(tonight|today|tomorrow)\b", title, re.I)
            if tonight is not None and published is not None:
                return (published + timedelta(days=tonight.group(1).lower() == "tomorrow")).isoformat()
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


# A premiere told by its day ("Premieres Friday", "Returns Tonight").
_DAY_VERB = r"\b(?:premieres?|premiering|debuts?|arrives?|returns?|airs?|launch(?:es)?)"

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _yearless_date(title: str) -> bool:
    """ "to Premiere on July 19": a day the headline gives without its year."""
    months = "|".join(MONTHS)
    return bool(
        re.search(
            rf"\b(?:{months})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{months})\b", title, re.I
        )
    )


def _year_for(month: int, day: int, published: date | None) -> int | None:
    """A date without its year is the next such date on or after the item was published."""
    if published is None:
        return None
    year = published.year
    if (month, day or 1) < (published.month, published.day if day else 1):
        year += 1
    return year
