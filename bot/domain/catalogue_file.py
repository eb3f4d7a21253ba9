"""The catalogue's JSON document (data/shows.json, import, export): validation and conversion.

This mirrors data/shows.schema.json by hand so the running bot needs no schema library; a test keeps
the two in step by validating the same files with both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeGuard
from urllib.parse import unquote_plus

from bot.domain.dates import OUT_OF_RANGE, YEARS, FuzzyDate, release_instant, time_zone
from bot.domain.models import (
    DECISION_STATUSES,
    MILESTONE_KINDS,
    NO_LINKS,
    CastMember,
    Decision,
    Links,
    Milestone,
    Season,
    Show,
    Source,
)

FORMAT_VERSION = 1
MAX_ROWS = 100_000
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
URL = re.compile(r"^https?://[^\s]+$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
LANGUAGE = re.compile(r"^[a-z]{2,3}$")
TEXT_MAX = 200
ECHO_MAX = 60  # what an error message repeats from the file: one Discord message holds 2,000 characters
# C0 controls, DEL, C1 controls, and lone surrogates (JSON's "\ud800" decodes to one; UTF-8 cannot hold it).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_BUT_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")  # keeps \t and \n

_SHOW_KEYS = {
    "slug",
    "title",
    "original_title",
    "aliases",
    "platform",
    "country",
    "language",
    "source_material",
    "last_checked",
    "seasons",
    "decisions",
    "milestones",
    "cast",
    "ids",
    "timezone",
}
_IDS_KEYS = {"tvmaze", "imdb", "thetvdb"}
IMDB = re.compile(r"^tt[0-9]{7,10}$")
_SEASON_KEYS = {"number", "premiere", "finale", "episodes", "premiere_at"}
_DECISION_KEYS = {"season", "status", "final", "date", "source", "more_sources", "note"}
_CAST_KEYS = {"actor", "character", "seasons"}
_SOURCE_KEYS = {"publisher", "url"}
_MILESTONE_KEYS = {"season", "kind", "date", "source"}


def has_control_characters(text: str, *, newlines: bool = False) -> bool:
    """Whether `text` holds a character that has no business in stored text: a C0 control (tab and
    newline too, unless `newlines` allows them for a multi-line field), DEL, a C1 control, or a lone
    surrogate."""
    if text.isprintable():  # the usual case, in C; every control character is unprintable
        return False
    return (_CONTROL_BUT_LINES if newlines else _CONTROL).search(text) is not None


def clip(text: str, limit: int = ECHO_MAX) -> str:
    """Text from a file, as an error message may repeat it: on one line, and short."""
    if len(text) <= limit and text.isprintable():
        return text
    if not text.isprintable():
        text = repr(text[: limit * 2])[1:-1]  # control characters as escapes, so still one line
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quoted(text: str, limit: int = ECHO_MAX) -> str:
    """`clip`, in quotes: for a value, where a field name goes bare."""
    return f"'{clip(text, limit)}'"


# Query parameters that only say how a reader arrived (campaign, click and mailing-list ids, comScore's
# ns_*, the Daily Mail's ito); the article is the same without them. Generic names such as ref or src
# stay: some sites need them (a GitHub ?ref= names a branch).
_TRACKING_PREFIXES = ("utm_", "ns_")
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "igshid"}
    | {"mc_cid", "mc_eid", "ocid", "cmpid", "ito"}
)


def clean_url(url: str) -> str:
    """`url` without tracking query parameters; every other parameter, their order and the fragment
    are kept as written, so a clean URL comes back unchanged."""
    if "?" not in url:  # the usual case
        return url
    hash_at = url.find("#")
    head, fragment = (url, "") if hash_at < 0 else (url[:hash_at], url[hash_at:])
    base, question, query = head.partition("?")
    if not question:  # the ? is in the fragment
        return url
    parameters = query.split("&")
    kept = [p for p in parameters if not _is_tracking(p)]
    if len(kept) == len(parameters):
        return url
    return base + ("?" + "&".join(kept) if kept else "") + fragment


def _is_tracking(parameter: str) -> bool:
    name = unquote_plus(parameter.partition("=")[0]).lower()
    return name.startswith(_TRACKING_PREFIXES) or name in _TRACKING_NAMES


@dataclass(frozen=True, slots=True)
class RowError:
    """`row` counts from 1, in the order of the file."""

    row: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.field}: {self.message}"


class _Invalid(Exception):
    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message


def parse_document(doc: object) -> tuple[list[Show], list[RowError]]:
    """Every show the document holds, and every error found; a caller writes nothing if any."""
    if not isinstance(doc, Mapping):
        return [], [RowError(0, "document", 'must be an object {"version": 1, "shows": [...]}')]
    if doc.get("version") != FORMAT_VERSION:
        return [], [RowError(0, "version", f"must be {FORMAT_VERSION}")]
    rows = doc.get("shows")
    if not isinstance(rows, list):
        return [], [RowError(0, "shows", "must be a list of shows")]
    if len(rows) > MAX_ROWS:
        return [], [RowError(0, "shows", f"{len(rows):,} shows; at most {MAX_ROWS:,} in one file")]
    extra = set(doc) - {"version", "shows"}
    if extra:
        return [], [RowError(0, "document", f"unknown key {quoted(sorted(extra)[0])}")]
    return parse_rows(rows)


def parse_rows(rows: Iterable[object]) -> tuple[list[Show], list[RowError]]:
    """Validate rows one by one (a list, or a stream from a large file)."""
    shows: list[Show] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, 1):
        show, error = parse_row(row, number)
        if show is None:
            assert error is not None
            errors.append(error)
            continue
        if show.slug in seen:
            errors.append(RowError(number, "slug", f"{show.slug!r} repeats row {seen[show.slug]}"))
            continue
        seen[show.slug] = number
        shows.append(show)
    return shows, errors


def parse_row(row: object, number: int) -> tuple[Show | None, RowError | None]:
    """One show, or the first thing wrong with it."""
    try:
        return parse_show(row), None
    except _Invalid as exc:
        return None, RowError(number, exc.field, exc.message)


def parse_show(row: object) -> Show:
    if not isinstance(row, Mapping):
        raise _Invalid("show", "must be an object")
    _no_extra(row, _SHOW_KEYS, "")
    slug = _text(row, "slug", required=True, limit=80)
    assert slug is not None
    if not SLUG.match(slug):
        raise _Invalid("slug", "use lowercase letters, digits and single hyphens, e.g. all-of-us-are-dead")
    country = _text(row, "country", required=True)
    if country is None or not COUNTRY.match(country):
        raise _Invalid("country", "must be a two-letter country code in capitals, e.g. KR")
    language = _text(row, "language")
    if language is not None and not LANGUAGE.match(language):
        raise _Invalid("language", "must be a lowercase language code, e.g. ko")
    checked = _text(row, "last_checked", required=True)
    assert checked is not None
    try:
        last_checked = date.fromisoformat(checked)
        if len(checked) != 10:
            raise ValueError
    except ValueError:
        raise _Invalid("last_checked", "must be a date YYYY-MM-DD") from None
    if not YEARS[0] <= last_checked.year <= YEARS[1]:
        raise _Invalid("last_checked", OUT_OF_RANGE)
    aliases = _list(row, "aliases")
    alias_texts = tuple(
        a
        if type(a) is str and a and len(a) <= TEXT_MAX and not a.isspace() and a.isprintable()
        else _item_text(a, f"aliases[{i}]")
        for i, a in enumerate(aliases)
    )
    if len(set(alias_texts)) != len(alias_texts):
        raise _Invalid("aliases", "an alias is listed twice")
    seasons = tuple([_season(s, i) for i, s in enumerate(_list(row, "seasons", required=True))])
    numbers = [s.number for s in seasons]
    if numbers != sorted(set(numbers)):
        raise _Invalid("seasons", "season numbers must be unique and in increasing order")
    decisions = tuple([_decision(d, i) for i, d in enumerate(_list(row, "decisions"))])
    milestones = tuple([_milestone(m, i) for i, m in enumerate(_list(row, "milestones"))])
    cast = tuple([_cast(c, i) for i, c in enumerate(_list(row, "cast"))])
    title = _text(row, "title", required=True)
    platform = _text(row, "platform", required=True)
    assert title is not None and platform is not None
    timezone = _text(row, "timezone")
    if timezone is not None:
        zone = time_zone(timezone)
        if zone is None:
            raise _Invalid("timezone", "must be an IANA time zone, e.g. Asia/Seoul or America/New_York")
        for s in seasons:
            at, day = s.premiere_at, s.premiere
            if at is not None and day is not None and at.astimezone(zone).date() != day.value:
                raise _Invalid(
                    f"seasons[{numbers.index(s.number)}].premiere_at",
                    f"falls on another day than the premiere in {timezone}",
                )
    return Show(
        slug=slug,
        title=title,
        platform=platform,
        country=country,
        last_checked=last_checked,
        original_title=_text(row, "original_title"),
        aliases=alias_texts,
        language=language,
        source_material=_text(row, "source_material"),
        seasons=seasons,
        decisions=decisions,
        cast=cast,
        milestones=milestones,
        links=_links(row.get("ids")) if "ids" in row else NO_LINKS,
        timezone=timezone,
    )


def _links(raw: object) -> Links:
    if not isinstance(raw, Mapping):
        raise _Invalid("ids", 'must be an object like {"tvmaze": 123, "imdb": "tt1234567"}')
    _no_extra(raw, _IDS_KEYS, "ids")
    tvmaze, thetvdb, imdb = raw.get("tvmaze"), raw.get("thetvdb"), raw.get("imdb")
    for name, value in (("tvmaze", tvmaze), ("thetvdb", thetvdb)):
        if value is not None and (type(value) is not int or not 1 <= value < 2**63):
            raise _Invalid(f"ids.{name}", "must be a positive whole number")
    if imdb is not None and (type(imdb) is not str or not IMDB.match(imdb)):
        raise _Invalid("ids.imdb", "must be an IMDb title id like tt1234567")
    return Links(tvmaze, imdb, thetvdb)


def _season(raw: object, index: int) -> Season:
    """The common valid case without building field names; anything unusual takes the full path,
    which alone decides what is wrong and says so."""
    if (
        type(raw) is dict
        and "finale" not in raw
        and "premiere_at" not in raw
        and _SEASON_KEYS.issuperset(raw)
    ):
        number, episodes, premiere = raw.get("number"), raw.get("episodes"), raw.get("premiere")
        if (
            type(number) is int
            and 1 <= number <= 50
            and (episodes is None or (type(episodes) is int and 1 <= episodes <= 1000))
            and (premiere is None or (type(premiere) is str and 0 < len(premiere) <= TEXT_MAX))
            and (premiere is None or premiere.isprintable())
        ):
            try:
                when = FuzzyDate.parse(premiere) if premiere is not None else None
            except ValueError:
                return _season_checked(raw, index)
            return Season(number=number, premiere=when, finale=None, episodes=episodes)
    return _season_checked(raw, index)


def _season_checked(raw: object, index: int) -> Season:
    where = f"seasons[{index}]"
    if not isinstance(raw, Mapping):
        raise _Invalid(where, "must be an object")
    _no_extra(raw, _SEASON_KEYS, where)
    number = _int(raw, "number", where, 1, 50, required=True)
    assert number is not None
    finale_text = _text(raw, "finale", where=where)
    finale = None
    if finale_text is not None:
        try:
            finale = FuzzyDate.parse(finale_text)
        except ValueError as exc:
            raise _Invalid(f"{where}.finale", str(exc)) from None
        if finale.precision != "day":
            raise _Invalid(f"{where}.finale", "must be a full date YYYY-MM-DD")
    premiere = _fuzzy(raw, "premiere", where)
    at_text = _text(raw, "premiere_at", where=where)
    premiere_at = None
    if at_text is not None:
        try:
            premiere_at = release_instant(at_text)
        except ValueError as exc:
            raise _Invalid(f"{where}.premiere_at", str(exc)) from None
        if premiere is None or premiere.precision != "day":
            raise _Invalid(f"{where}.premiere_at", "needs the premiere's day too (premiere: YYYY-MM-DD)")
        if abs((premiere_at.date() - premiere.value).days) > 1:
            raise _Invalid(f"{where}.premiere_at", "is not on the premiere's day")
    return Season(
        number=number,
        premiere=premiere,
        finale=finale.value if finale else None,
        episodes=_int(raw, "episodes", where, 1, 1000),
        premiere_at=premiere_at,
    )


def _decision(raw: object, index: int) -> Decision:
    """The common valid case without building field names (see `_season`)."""
    if type(raw) is dict and _DECISION_KEYS.issuperset(raw) and "more_sources" not in raw:
        season, status, when = raw.get("season"), raw.get("status"), raw.get("date")
        final, source, note = raw.get("final", False), raw.get("source"), raw.get("note")
        if (
            type(season) is int
            and 1 <= season <= 50
            and status in DECISION_STATUSES
            and type(final) is bool
            and (note is None or _plain_text(note))  # a note with a newline takes the full path
            and _plain_text(when)
            and type(source) is dict
            and _SOURCE_KEYS.issuperset(source)
            and _plain_text(source.get("publisher"))
        ):
            url = source.get("url")
            if url is None or (_plain_text(url) and len(url) <= 500 and URL.match(url)):
                try:
                    announced = FuzzyDate.parse(when)
                except ValueError:
                    return _decision_checked(raw, index)
                return Decision(
                    season=season,
                    status=status,
                    announced=announced,
                    source=Source(source["publisher"], None if url is None else clean_url(url)),
                    final=final,
                    note=note,
                )
    return _decision_checked(raw, index)


def _milestone(raw: object, index: int) -> Milestone:
    where = f"milestones[{index}]"
    if not isinstance(raw, Mapping):
        raise _Invalid(where, "must be an object")
    _no_extra(raw, _MILESTONE_KEYS, where)
    season = _int(raw, "season", where, 1, 50, required=True)
    kind = raw.get("kind")
    if kind not in MILESTONE_KINDS:
        raise _Invalid(f"{where}.kind", f"must be one of {', '.join(MILESTONE_KINDS)}")
    when = _fuzzy(raw, "date", where, required=True)
    assert season is not None and when is not None
    return Milestone(season, kind, when, _source(raw, where))


def _source(raw: Mapping[str, Any], where: str) -> Source:
    """The `source` object of a decision or milestone."""
    return _source_of(raw.get("source"), f"{where}.source")


def _source_of(source: object, where: str) -> Source:
    """A source object: a publisher, and a link if known."""
    if not isinstance(source, Mapping):
        raise _Invalid(where, 'must be an object {"publisher": ..., "url": ...}')
    _no_extra(source, _SOURCE_KEYS, where)
    publisher = _text(source, "publisher", where=where, required=True)
    url = _text(source, "url", where=where, limit=500)
    if url is not None and not URL.match(url):
        raise _Invalid(f"{where}.url", "must start with http:// or https:// and have no spaces")
    assert publisher is not None
    return Source(publisher, None if url is None else clean_url(url))


def _decision_checked(raw: object, index: int) -> Decision:
    where = f"decisions[{index}]"
    if not isinstance(raw, Mapping):
        raise _Invalid(where, "must be an object")
    _no_extra(raw, _DECISION_KEYS, where)
    season = _int(raw, "season", where, 1, 50, required=True)
    status = raw.get("status")
    if status not in DECISION_STATUSES:
        raise _Invalid(f"{where}.status", f"must be one of {', '.join(DECISION_STATUSES)}")
    announced = _fuzzy(raw, "date", where, required=True)
    final = raw.get("final", False)
    if not isinstance(final, bool):
        raise _Invalid(f"{where}.final", "must be true or false")
    source = _source(raw, where)
    more = raw.get("more_sources", [])
    if not isinstance(more, list) or len(more) > 20:
        raise _Invalid(f"{where}.more_sources", "must be a list of at most 20 sources")
    more_sources = tuple(_source_of(m, f"{where}.more_sources[{i}]") for i, m in enumerate(more))
    assert season is not None and announced is not None
    return Decision(
        season=season,
        status=status,
        announced=announced,
        source=source,
        more_sources=more_sources,
        final=final,
        note=_text(raw, "note", where=where, newlines=True),
    )


def _cast(raw: object, index: int) -> CastMember:
    """The common valid case without building field names (see `_season`)."""
    if type(raw) is dict and _CAST_KEYS.issuperset(raw):
        actor, character, seasons = raw.get("actor"), raw.get("character"), raw.get("seasons")
        if (
            _plain_text(actor)
            and (character is None or _plain_text(character))
            and (
                seasons is None
                or (
                    type(seasons) is list
                    and all(type(n) is int and 1 <= n <= 50 for n in seasons)
                    and len(set(seasons)) == len(seasons)
                )
            )
        ):
            return CastMember(actor, character, tuple(seasons) if seasons else ())
    return _cast_checked(raw, index)


def _plain_text(value: object) -> TypeGuard[str]:
    """Some of what `_item_text` accepts, for the fast paths; the rest (text with a character that is
    not printable, such as a no-break space) takes the full path."""
    return type(value) is str and 0 < len(value) <= TEXT_MAX and not value.isspace() and value.isprintable()


def _cast_checked(raw: object, index: int) -> CastMember:
    where = f"cast[{index}]"
    if not isinstance(raw, Mapping):
        raise _Invalid(where, "must be an object")
    _no_extra(raw, _CAST_KEYS, where)
    actor = _text(raw, "actor", where=where, required=True)
    seasons = _list(raw, "seasons", where=where)
    numbers = []
    for i, n in enumerate(seasons):
        if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 50:
            raise _Invalid(f"{where}.seasons[{i}]", "must be a season number from 1 to 50")
        numbers.append(n)
    if len(set(numbers)) != len(numbers):
        raise _Invalid(f"{where}.seasons", "a season is listed twice")
    assert actor is not None
    return CastMember(actor, _text(raw, "character", where=where), tuple(numbers))


def _no_extra(raw: Mapping[str, Any], allowed: set[str], where: str) -> None:
    if allowed.issuperset(raw):  # the usual case, without building a set
        return
    extra = sorted(set(raw) - allowed)
    if extra:
        name = clip(extra[0]) if isinstance(extra[0], str) else clip(repr(extra[0]))
        raise _Invalid(f"{where}.{name}" if where else name, "is not a known field")


def _text(
    raw: Mapping[str, Any],
    key: str,
    *,
    where: str = "",
    required: bool = False,
    limit: int = TEXT_MAX,
    newlines: bool = False,
) -> str | None:
    value = raw.get(key)
    if type(value) is str and len(value) <= limit and not value.isspace() and value and value.isprintable():
        return value  # the usual case; field names are only built for an error
    field = f"{where}.{key}" if where else key
    if value is None:
        if required:
            raise _Invalid(field, "is required")
        return None
    return _item_text(value, field, limit, newlines=newlines)


def _item_text(value: object, field: str, limit: int = TEXT_MAX, *, newlines: bool = False) -> str:
    """`newlines`: a multi-line field, which may also hold newlines and tabs."""
    if not isinstance(value, str):
        raise _Invalid(field, "must be text")
    if not value.strip():
        raise _Invalid(field, "must not be empty")
    if len(value) > limit:
        raise _Invalid(field, f"is {len(value)} characters; at most {limit}")
    if has_control_characters(value, newlines=newlines):
        raise _Invalid(field, "contains a control character")
    return value


def _list(raw: Mapping[str, Any], key: str, *, where: str = "", required: bool = False) -> list[Any]:
    value = raw.get(key)
    if value is None:
        if required:
            raise _Invalid(f"{where}.{key}" if where else key, "is required")
        return []
    if not isinstance(value, list):
        raise _Invalid(f"{where}.{key}" if where else key, "must be a list")
    return value


def _int(
    raw: Mapping[str, Any], key: str, where: str, low: int, high: int, *, required: bool = False
) -> int | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise _Invalid(f"{where}.{key}", "is required")
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _Invalid(f"{where}.{key}", f"must be a whole number from {low} to {high}")
    return value


def _fuzzy(raw: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> FuzzyDate | None:
    text = _text(raw, key, where=where, required=required)
    if text is None:
        return None
    try:
        return FuzzyDate.parse(text)
    except ValueError as exc:
        raise _Invalid(f"{where}.{key}", str(exc)) from None


def to_document(shows: Iterable[Show]) -> dict[str, Any]:
    """The document `parse_document` reads back to the same shows (export)."""
    return {"version": FORMAT_VERSION, "shows": [show_to_row(s) for s in shows]}


def show_to_row(show: Show) -> dict[str, Any]:
    row: dict[str, Any] = {"slug": show.slug, "title": show.title}
    if show.original_title:
        row["original_title"] = show.original_title
    if show.aliases:
        row["aliases"] = list(show.aliases)
    row["platform"] = show.platform
    row["country"] = show.country
    if show.language:
        row["language"] = show.language
    if show.timezone:
        row["timezone"] = show.timezone
    if show.source_material:
        row["source_material"] = show.source_material
    row["last_checked"] = show.last_checked.isoformat()
    row["seasons"] = [_season_row(s) for s in show.seasons]
    if show.decisions:
        row["decisions"] = [_decision_row(d) for d in show.decisions]
    if show.milestones:
        row["milestones"] = [_milestone_row(m) for m in show.milestones]
    if show.cast:
        row["cast"] = [_cast_row(c) for c in show.cast]
    if show.links:
        links = show.links
        row["ids"] = {k: v for k, v in (("tvmaze", links.tvmaze), ("imdb", links.imdb),
                                         ("thetvdb", links.thetvdb)) if v is not None}  # fmt: skip
    return row


def _season_row(s: Season) -> dict[str, Any]:
    out: dict[str, Any] = {"number": s.number}
    if s.premiere:
        out["premiere"] = s.premiere.iso()
    if s.finale:
        out["finale"] = s.finale.isoformat()
    if s.episodes:
        out["episodes"] = s.episodes
    if s.premiere_at:
        out["premiere_at"] = s.premiere_at.isoformat()
    return out


def _decision_row(d: Decision) -> dict[str, Any]:
    out: dict[str, Any] = {"season": d.season, "status": d.status}
    if d.final:
        out["final"] = True
    out["date"] = d.announced.iso()
    source: dict[str, Any] = {"publisher": d.source.publisher}
    if d.source.url:
        source["url"] = d.source.url
    out["source"] = source
    if d.more_sources:
        out["more_sources"] = [
            {"publisher": s.publisher, **({"url": s.url} if s.url else {})} for s in d.more_sources
        ]
    if d.note:
        out["note"] = d.note
    return out


def _milestone_row(m: Milestone) -> dict[str, Any]:
    source: dict[str, Any] = {"publisher": m.source.publisher}
    if m.source.url:
        source["url"] = m.source.url
    return {"season": m.season, "kind": m.kind, "date": m.date.iso(), "source": source}


def _cast_row(c: CastMember) -> dict[str, Any]:
    out: dict[str, Any] = {"actor": c.actor}
    if c.character:
        out["character"] = c.character
    if c.seasons:
        out["seasons"] = list(c.seasons)
    return out
