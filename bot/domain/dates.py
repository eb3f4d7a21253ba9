"""Dates known to the day, the month or only the year."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot import i18n

Precision = Literal["day", "month", "year"]
# Every date read from a user or a file: far enough either way for any show, and near enough that the
# date arithmetic of an answer card (periods, predictions) can never leave Python's years 1-9999.
YEARS = (1900, 2100)
OUT_OF_RANGE = f"dates must be between {YEARS[0]} and {YEARS[1]}"
_FUZZY = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def utcnow() -> datetime:
    return datetime.now(UTC)


def today() -> date:
    return utcnow().date()


@dataclass(frozen=True, slots=True, order=True)
class FuzzyDate:
    """`value` is the first day of the period that `precision` names."""

    value: date
    precision: Precision = "day"

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Read YYYY-MM-DD, YYYY-MM or YYYY; raise ValueError with a message a user can act on.

        Immutable, so one instance per text can be shared: a catalogue repeats the same dates many
        times over, and a bulk import parses hundreds of thousands."""
        return _parse_fuzzy(text)

    @classmethod
    def _parse(cls, text: str) -> FuzzyDate:
        if len(text) == 10 and text[4] == "-" == text[7]:  # the usual full date, parsed in C
            try:
                parsed = cls(date.fromisoformat(text), "day")
            except ValueError:
                pass  # the checks below say what is wrong
            else:
                if YEARS[0] <= parsed.value.year <= YEARS[1]:
                    return parsed
        match = _FUZZY.match(text.strip())
        if match is None:
            raise ValueError(f"{_quoted(text)} is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY.")
        year, month, day = match.groups()
        if not YEARS[0] <= int(year) <= YEARS[1]:
            raise ValueError(f"{_quoted(text)} is out of range: {OUT_OF_RANGE}.")
        try:
            if day is not None:
                return cls(date(int(year), int(month), int(day)), "day")
            if month is not None:
                return cls(date(int(year), int(month), 1), "month")
            return cls(date(int(year), 1, 1), "year")
        except ValueError:
            raise ValueError(f"{_quoted(text)} is not a real calendar date.") from None

    def iso(self) -> str:
        """The text form `parse` reads back: as precise as what is known, no more."""
        if self.precision == "day":
            return self.value.isoformat()
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return f"{self.value.year:04d}"

    def human(self) -> str:
        """In words, in the language being spoken (bot.i18n): "5 March 2027", "March 2027", "2027"."""
        if i18n.current() != i18n.ENGLISH:
            return i18n.day_words(self.value, self.precision)
        if self.precision == "day":
            return f"{self.value.day} {_MONTHS[self.value.month - 1]} {self.value.year}"
        if self.precision == "month":
            return f"{_MONTHS[self.value.month - 1]} {self.value.year}"
        return str(self.value.year)

    def end(self) -> date:
        """The last day this date can mean."""
        if self.precision == "day":
            return self.value
        if self.precision == "month":
            nxt = date(self.value.year + (self.value.month == 12), self.value.month % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(self.value.year, 12, 31)

    def midpoint(self) -> date:
        return date.fromordinal((self.value.toordinal() + self.end().toordinal()) // 2)


def human_span(days: int) -> str:
    """A length of time as people say it: "12 days", "about 5 months", "about 9 years"."""
    if days < 60:
        return i18n._n("{n} day", "{n} days", max(days, 0))
    if days < 730:
        return i18n._n("about {n} month", "about {n} months", round(days / 30.44))
    return i18n._n("about {n} year", "about {n} years", round(days / 365.25))


def parse_day(text: str) -> date:
    """A full date, YYYY-MM-DD."""
    fuzzy = FuzzyDate.parse(text)
    if fuzzy.precision != "day":
        raise ValueError(f"{text!r} needs a day: write it as YYYY-MM-DD.")
    return fuzzy.value


def _quoted(text: str) -> str:
    """The text as an error message repeats it: short, and on one line."""
    shown = repr(text[:40])
    return shown if len(shown) <= 42 and len(text) <= 40 else shown[:39] + "…'"


@functools.lru_cache(maxsize=8192)
def _parse_fuzzy(text: str) -> FuzzyDate:
    return FuzzyDate._parse(text)


def release_instant(text: str) -> datetime:
    """A release instant written in ISO 8601 with its offset ("2027-03-05T21:00:00-08:00", "…Z"), in
    UTC. A time without an offset is refused: it would mean a different instant in every zone."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{_quoted(text)} is not a date and time like 2027-03-05T21:00:00-08:00") from None
    if value.tzinfo is None:
        raise ValueError(f"{_quoted(text)} needs its offset from UTC, e.g. 2027-03-05T21:00:00-08:00")
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise ValueError(OUT_OF_RANGE)
    return value.astimezone(UTC)


@functools.lru_cache(maxsize=1024)
def time_zone(name: str) -> ZoneInfo | None:
    """The IANA time zone of that name ("Asia/Seoul"), or None when there is none."""
    if not name or len(name) > 64 or not name.isprintable():
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def day_start(day: date, zone: str | None) -> datetime:
    """When `day` begins where a show is at home (its network's zone); 00:00 UTC without one."""
    where = time_zone(zone) if zone else None
    return datetime(day.year, day.month, day.day, tzinfo=where or UTC).astimezone(UTC)


def digest_boundary(now: datetime, mode: str, zone: str, hour: int, weekday: int = 0) -> datetime:
    """When the latest digest period ended, as of `now`: the last `hour`:00 in `zone` (daily), or
    the last such hour on `weekday` (weekly, 0 = Monday). What was queued by then goes in it."""
    where = time_zone(zone) or UTC
    local = now.astimezone(where)
    end = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if end > local:
        end -= timedelta(days=1)
    if mode == "weekly":
        while end.weekday() != weekday:
            end -= timedelta(days=1)
    # Wall-clock arithmetic: the same hour in the zone, across a daylight-saving change.
    return end.replace(tzinfo=where).astimezone(UTC)
