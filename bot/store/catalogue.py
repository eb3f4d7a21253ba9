"""Shows, seasons, decisions and cast: reads and whole-record upserts."""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import sqlite3
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot.domain.dates import FuzzyDate, Precision, utcnow
from bot.domain.models import NO_LINKS, CastMember, Decision, Links, Milestone, Season, Show, Source
from bot.domain.prediction import RenewalAfter, RenewalPremiere, SeasonRun, StepPremiere
from bot.domain.search import Entry
from bot.store import postgres
from bot.store.database import (
    Conn,
    Database,
    Row,
    Store,
    begin_immediate_blocking,
    configure,
)
from bot.store.postgres import PostgresDatabase


@dataclass(frozen=True, slots=True)
class UpsertReport:
    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    changed_ids: tuple[int, ...] = ()  # the ids of the shows added or updated


# The bulk path's connection, handed to the one write path's callbacks only to pass back to store
# functions (its audit, events and change log): the service itself issues no SQL.
BulkConnection = sqlite3.Connection

# Called inside the bulk transaction for each show an import updates (before, after): the one
# write path writes the events it causes there, in the same transaction.
OnUpdate = Callable[[BulkConnection, Show, Show], None]
# Called once, inside the bulk transaction, after the last row and before the commit.
OnFinish = Callable[[BulkConnection, "UpsertReport"], None]
AsyncOnUpdate = Callable[[Conn, Show, Show], Awaitable[None]]


# ---------------------------------------------------------------- reading


async def count(db: Store, *, reviewed: bool = False) -> int:
    """How many shows; `reviewed`: only those a curator or a catalogue file vouches for."""
    sql = "SELECT COUNT(*) FROM shows WHERE reviewed = 1" if reviewed else "SELECT COUNT(*) FROM shows"
    row = await db.fetchone(sql)
    assert row is not None
    return int(row[0])


async def by_slug(db: Store, slug: str) -> Show | None:
    row = await db.fetchone("SELECT * FROM shows WHERE slug = ?", (slug,))
    if row is None:
        return None
    return (await _assemble(db, [row]))[0]


async def by_id(db: Store, show_id: int) -> Show | None:
    row = await db.fetchone("SELECT * FROM shows WHERE id = ?", (show_id,))
    if row is None:
        return None
    return (await _assemble(db, [row]))[0]


async def unlinked(db: Store) -> list[Show]:
    """Every show not yet linked to TVmaze, in slug order."""
    rows = await db.fetchall("SELECT * FROM shows WHERE tvmaze_id IS NULL ORDER BY slug")
    return await _assemble(db, rows)


async def by_links(db: Store, links: Links) -> Show | None:
    """The show holding any of these ids, if one does."""
    row = await db.fetchone(
        "SELECT * FROM shows WHERE tvmaze_id = ? OR imdb_id = ? OR thetvdb_id = ? ORDER BY id LIMIT 1",
        (links.tvmaze, links.imdb, links.thetvdb),
    )
    return None if row is None else (await _assemble(db, [row]))[0]


async def all_shows(db: Store, batch: int = 2_000) -> list[Show]:
    """Every show, whole, in slug order (export, prediction statistics)."""
    out: list[Show] = []
    last = ""
    while True:
        rows = await db.fetchall("SELECT * FROM shows WHERE slug > ? ORDER BY slug LIMIT ?", (last, batch))
        if not rows:
            return out
        out.extend(await _assemble(db, rows))
        last = rows[-1]["slug"]


Fetch = Callable[[str, Sequence[Any]], Awaitable[list[Row]]]


def _via(conn: Conn) -> Fetch:
    async def fetch(sql: str, params: Sequence[Any]) -> list[Row]:
        cursor = await conn.execute(sql, params)
        rows = await cursor.fetchall()
        await cursor.close()
        return list(rows)

    return fetch


async def assemble_in(conn: Conn, ids: Sequence[int]) -> list[Show]:
    """Whole records read through `conn` (inside a write transaction: what it changes is what it saw)."""
    if not ids:
        return []  # (PostgreSQL refuses an empty IN (), which SQLite reads as matching nothing)
    fetch = _via(conn)
    marks = ",".join("?" * len(ids))
    rows = await fetch(f"SELECT * FROM shows WHERE id IN ({marks})", list(ids))  # noqa: S608
    return await _assemble(fetch, rows)


async def by_slug_in(conn: Conn, slug: str) -> Show | None:
    """A whole record read through `conn` (inside a write transaction)."""
    cursor = await conn.execute("SELECT id FROM shows WHERE slug = ?", (slug,))
    row = await cursor.fetchone()
    await cursor.close()
    if row is None:
        return None
    return (await assemble_in(conn, [int(row[0])]))[0]


async def _assemble(db: Store | Fetch, rows: Sequence[Row]) -> list[Show]:
    if not rows:
        return []  # (PostgreSQL refuses an empty IN (), which SQLite reads as matching nothing)
    fetch: Fetch = db.fetchall if isinstance(db, Database | PostgresDatabase) else db
    ids = [int(r["id"]) for r in rows]
    marks = ",".join("?" * len(ids))
    seasons: dict[int, list[Season]] = {i: [] for i in ids}
    decisions: dict[int, list[Decision]] = {i: [] for i in ids}
    cast: dict[int, list[CastMember]] = {i: [] for i in ids}
    milestones: dict[int, list[Milestone]] = {i: [] for i in ids}
    # The placeholders are generated "?" marks, never user text.
    for r in await fetch(
        f"SELECT * FROM seasons WHERE show_id IN ({marks}) ORDER BY show_id, number",  # noqa: S608
        ids,
    ):
        seasons[r["show_id"]].append(_season(r))
    for r in await fetch(
        f"SELECT * FROM decisions WHERE show_id IN ({marks}) ORDER BY show_id, announced, id",  # noqa: S608
        ids,
    ):
        decisions[r["show_id"]].append(_decision(r))
    for r in await fetch(
        f"SELECT * FROM cast_members WHERE show_id IN ({marks}) ORDER BY show_id, position",  # noqa: S608
        ids,
    ):
        cast[r["show_id"]].append(CastMember(r["actor"], r["character"], tuple(json.loads(r["seasons"]))))
    for r in await fetch(
        f"SELECT * FROM milestones WHERE show_id IN ({marks}) ORDER BY show_id, date, id",  # noqa: S608
        ids,
    ):
        milestones[r["show_id"]].append(_milestone(r))
    return [
        _show_from(r, seasons[r["id"]], decisions[r["id"]], cast[r["id"]], milestones[r["id"]]) for r in rows
    ]


def _show_from(
    r: Row,
    seasons: Sequence[Season],
    decisions: Sequence[Decision],
    cast: Sequence[CastMember],
    milestones: Sequence[Milestone] = (),
) -> Show:
    return Show(
        id=int(r["id"]),
        slug=r["slug"],
        title=r["title"],
        original_title=r["original_title"],
        aliases=tuple(json.loads(r["aliases"])),
        platform=r["platform"],
        country=r["country"],
        language=r["language"],
        source_material=r["source_material"],
        last_checked=date.fromisoformat(r["last_checked"]),
        seasons=tuple(seasons),
        decisions=tuple(decisions),
        cast=tuple(cast),
        milestones=tuple(milestones),
        links=Links(r["tvmaze_id"], r["imdb_id"], r["thetvdb_id"]) if _linked(r) else NO_LINKS,
        reviewed=bool(r["reviewed"]),
        tvmaze_status=r["tvmaze_status"],
        timezone=r["timezone"],
    )


def _linked(r: Row) -> bool:
    return r["tvmaze_id"] is not None or r["imdb_id"] is not None or r["thetvdb_id"] is not None


def _stored_show(row: Row, stored: Sequence[Sequence[Row]]) -> Show:
    """A record from its shows row and its child rows as _STORED reads them."""
    seasons, decisions, cast, milestones = stored
    return _show_from(
        row,
        [_season(r) for r in seasons],
        [_decision(r) for r in decisions],
        [CastMember(r["actor"], r["character"], tuple(json.loads(r["seasons"]))) for r in cast],
        [_milestone(r) for r in milestones],
    )


def _milestone(r: Row) -> Milestone:
    when = _fuzzy(r["date"], r["date_precision"])
    assert when is not None  # NOT NULL columns
    return Milestone(
        season=r["season"],
        kind=r["kind"],
        date=when,
        source=Source(r["source_publisher"], r["source_url"]),
        recorded_by=r["recorded_by"],
        recorded_at=datetime.fromisoformat(r["recorded_at"]),
    )


def _fuzzy(value: str | None, precision: str) -> FuzzyDate | None:
    if value is None or precision == "unknown":
        return None
    return FuzzyDate(date.fromisoformat(value), precision)  # type: ignore[arg-type]  # CHECK constraint


def _season(r: Row) -> Season:
    return Season(
        number=r["number"],
        premiere=_fuzzy(r["premiere"], r["premiere_precision"]),
        finale=date.fromisoformat(r["finale"]) if r["finale"] else None,
        episodes=r["episodes"],
        premiere_at=datetime.fromisoformat(r["premiere_at"]) if r["premiere_at"] else None,
    )


def _decision(r: Row) -> Decision:
    announced = _fuzzy(r["announced"], r["announced_precision"])
    assert announced is not None  # NOT NULL columns
    return Decision(
        season=r["season"],
        status=r["status"],
        announced=announced,
        source=Source(r["source_publisher"], r["source_url"]),
        final=bool(r["final"]),
        note=r["note"],
        recorded_by=r["recorded_by"],
        recorded_at=datetime.fromisoformat(r["recorded_at"]),
        more_sources=_sources_of(r["more_sources"]),
    )


def _sources_json(sources: tuple[Source, ...]) -> str | None:
    if not sources:
        return None
    return _ENCODE_JSON([{"publisher": s.publisher, "url": s.url} for s in sources])


def _sources_of(text: str | None) -> tuple[Source, ...]:
    if not text:
        return ()
    return tuple(Source(s["publisher"], s.get("url")) for s in json.loads(text))


# ---------------------------------------------------------------- writing


INSERT_SHOW = (
    "INSERT INTO shows (slug, title, original_title, aliases, platform, country, language,"
    " source_material, last_checked, tvmaze_id, imdb_id, thetvdb_id, reviewed, tvmaze_status, timezone,"
    " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
UPDATE_SHOW = (
    "UPDATE shows SET title = ?, original_title = ?, aliases = ?, platform = ?, country = ?,"
    " language = ?, source_material = ?, last_checked = ?, tvmaze_id = ?, imdb_id = ?, thetvdb_id = ?,"
    " reviewed = ?, tvmaze_status = COALESCE(?, tvmaze_status), timezone = ?, updated_at = ? WHERE id = ?"
)
INSERT_SEASON = (
    "INSERT INTO seasons (show_id, number, status, premiere, premiere_precision, finale, episodes,"
    " premiere_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_DECISION = (
    "INSERT INTO decisions (show_id, season, status, final, announced, announced_precision,"
    " source_publisher, source_url, note, recorded_by, recorded_at, more_sources)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_CAST = "INSERT INTO cast_members (show_id, position, actor, character, seasons) VALUES (?, ?, ?, ?, ?)"
INSERT_MILESTONE = (
    "INSERT INTO milestones (show_id, season, kind, date, date_precision, source_publisher, source_url,"
    " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
CHILD_TABLES = ("seasons", "decisions", "cast_members", "milestones")
CHILD_INSERTS = (INSERT_SEASON, INSERT_DECISION, INSERT_CAST, INSERT_MILESTONE)
BULK_BATCH = 500


_ENCODE_JSON = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps builds an encoder per call


def _fields(show: Show) -> tuple[Any, ...]:
    """The shows row's own columns, in INSERT_SHOW/UPDATE_SHOW order after the slug."""
    return (
        show.title,
        show.original_title,
        _ENCODE_JSON(list(show.aliases)),
        show.platform,
        show.country,
        show.language,
        show.source_material,
        show.last_checked.isoformat(),
        show.links.tvmaze,
        show.links.imdb,
        show.links.thetvdb,
        int(show.reviewed),
        show.tvmaze_status,
        show.timezone,
    )


def _children(show_id: int, show: Show, now: str) -> tuple[list[tuple[Any, ...]], ...]:
    """Rows for CHILD_INSERTS: seasons, decisions, cast, milestones."""
    status = season_statuses(show.decisions)
    seasons = [
        (
            show_id,
            s.number,
            status.get(s.number),
            s.premiere.value.isoformat() if s.premiere else None,
            s.premiere.precision if s.premiere else "unknown",
            s.finale.isoformat() if s.finale else None,
            s.episodes,
            s.premiere_at.isoformat() if s.premiere_at else None,
        )
        for s in _season_rows(show)
    ]
    decisions = [
        (
            show_id,
            d.season,
            d.status,
            int(d.final),
            d.announced.value.isoformat(),
            d.announced.precision,
            d.source.publisher,
            d.source.url,
            d.note,
            d.recorded_by,
            d.recorded_at.isoformat() if d.recorded_at else now,
            _sources_json(d.more_sources),
        )
        for d in show.decisions
    ]
    cast = [(show_id, i, c.actor, c.character, _int_list(c.seasons)) for i, c in enumerate(show.cast)]
    milestones = [
        (show_id, m.season, m.kind, m.date.value.isoformat(), m.date.precision, m.source.publisher,
         m.source.url, m.recorded_by, m.recorded_at.isoformat() if m.recorded_at else now)
        for m in show.milestones
    ]  # fmt: skip
    return seasons, decisions, cast, milestones


def _int_list(values: tuple[int, ...]) -> str:
    """json.dumps for a short list of ints, without the encoder's per-call overhead."""
    return "[" + ", ".join(map(str, values)) + "]"


def _matches(
    show: Show,
    row: Row,
    seasons: Sequence[Row],
    decisions: Sequence[Row],
    cast: Sequence[Row],
    milestones: Sequence[Row] = (),
) -> bool:
    """Whether the stored rows already say exactly what `show` says (so a re-seed is a no-op)."""
    stored = (
        row["title"],
        row["original_title"],
        tuple(json.loads(row["aliases"])),
        row["platform"],
        row["country"],
        row["language"],
        row["source_material"],
        row["last_checked"],
        row["tvmaze_id"],
        row["imdb_id"],
        row["thetvdb_id"],
        bool(row["reviewed"]),
        row["tvmaze_status"],
        row["timezone"],
    )
    # A record without TVmaze's status word (an import: files do not carry it) keeps the stored one.
    wanted = (
        show.title,
        show.original_title,
        show.aliases,
        show.platform,
        show.country,
        show.language,
        show.source_material,
        show.last_checked.isoformat(),
        show.links.tvmaze,
        show.links.imdb,
        show.links.thetvdb,
        show.reviewed,
        show.tvmaze_status or row["tvmaze_status"],
        show.timezone,
    )
    return (
        stored == wanted
        and [_season(r) for r in seasons] == _season_rows(show)
        and [_decision_key(_decision(r)) for r in decisions]
        == [_decision_key(d) for d in sorted(show.decisions, key=lambda d: d.announced)]
        and [CastMember(r["actor"], r["character"], tuple(json.loads(r["seasons"]))) for r in cast]
        == list(show.cast)
        and [_milestone_key(_milestone(r)) for r in milestones]
        == [_milestone_key(m) for m in sorted(show.milestones, key=lambda m: m.date)]
    )


def _milestone_key(m: Milestone) -> tuple[object, ...]:
    return (m.season, m.kind, m.date, m.source)


_STORED = (
    "SELECT * FROM seasons WHERE show_id = ? ORDER BY number",
    "SELECT * FROM decisions WHERE show_id = ? ORDER BY announced, id",
    "SELECT * FROM cast_members WHERE show_id = ? ORDER BY position",
    "SELECT * FROM milestones WHERE show_id = ? ORDER BY date, id",
)


async def upsert_in(conn: Conn, show: Show, on_update: AsyncOnUpdate | None = None) -> tuple[str, int]:
    """Within an open transaction: write `show` by slug; return (added, updated or unchanged; its id).
    `on_update` sees an updated show before and after, before it is written."""
    now = utcnow().isoformat()
    fetch = _via(conn)
    found = await fetch("SELECT * FROM shows WHERE slug = ?", (show.slug,))
    if not found:
        cursor = await conn.execute(INSERT_SHOW + " RETURNING id", (show.slug, *_fields(show), now, now))
        row = await cursor.fetchone()
        await cursor.close()
        assert row is not None  # RETURNING id
        show_id, outcome = int(row[0]), "added"
    else:
        show_id = int(found[0]["id"])
        stored = [await fetch(sql, (show_id,)) for sql in _STORED]
        if _matches(show, found[0], *stored):
            return "unchanged", show_id
        if on_update is not None:
            await on_update(conn, _stored_show(found[0], stored), replace(show, id=show_id))
        await conn.execute(UPDATE_SHOW, (*_fields(show), now, show_id))
        for table in CHILD_TABLES:
            await conn.execute(f"DELETE FROM {table} WHERE show_id = ?", (show_id,))  # noqa: S608
        outcome = "updated"
    for sql, rows in zip(CHILD_INSERTS, _children(show_id, show, now), strict=True):
        await conn.executemany(sql, rows)
    return outcome, show_id


async def bulk_upsert_in(
    conn: Conn,
    batches: Iterable[Sequence[Show]],
    progress: Callable[[int], None] | None = None,
    on_update: AsyncOnUpdate | None = None,
) -> UpsertReport:
    """Every batch inside the caller's transaction: the PostgreSQL store's import path (SQLite's is
    bulk_upsert_blocking, on a connection of its own in a thread). A batch's new shows, and every
    written show's seasons, decisions, cast and milestones, go in with COPY; the batch's existing
    rows are read in one query, and only a show that changed is compared child by child."""
    outcomes: dict[str, list[str]] = {"added": [], "updated": [], "unchanged": []}
    changed_ids: list[int] = []
    done = 0
    for batch in batches:
        if not isinstance(conn, postgres.Connection):  # SQLite (tests of this path): show by show
            for show in batch:
                outcome, show_id = await upsert_in(conn, show, on_update)
                outcomes[outcome].append(show.slug)
                if outcome != "unchanged":
                    changed_ids.append(show_id)
        else:
            await _copy_batch(conn, batch, on_update, outcomes, changed_ids)
        done += len(batch)
        if progress is not None:
            progress(done)
    return UpsertReport(
        tuple(outcomes["added"]), tuple(outcomes["updated"]), tuple(outcomes["unchanged"]), tuple(changed_ids)
    )


def _columns(insert: str) -> list[str]:
    """The column list of an INSERT statement above (the order its rows' values come in)."""
    found = re.match(r"INSERT INTO \w+ \(([^)]*)\)", insert)
    assert found is not None
    return [c.strip() for c in found.group(1).split(",")]


async def _copy_batch(
    conn: postgres.Connection,
    batch: Sequence[Show],
    on_update: AsyncOnUpdate | None,
    outcomes: dict[str, list[str]],
    changed_ids: list[int],
) -> None:
    now = utcnow().isoformat()
    by_slugs = "SELECT * FROM shows WHERE slug = ANY(?::text[])"
    listed = await (await conn.execute(by_slugs, ([show.slug for show in batch],))).fetchall()
    existing = {r["slug"]: r for r in listed}
    new = [show for show in batch if show.slug not in existing]
    ids: dict[str, int] = {}
    if new:
        await conn.copy(
            "shows", _columns(INSERT_SHOW), [(show.slug, *_fields(show), now, now) for show in new]
        )
        found = await (await conn.execute(by_slugs, ([show.slug for show in new],))).fetchall()
        ids = {r["slug"]: int(r["id"]) for r in found}
    children: tuple[list[tuple[Any, ...]], ...] = tuple([] for _ in CHILD_INSERTS)
    fetch = _via(conn)
    for show in batch:
        row = existing.get(show.slug)
        if row is None:
            show_id = ids[show.slug]
            outcomes["added"].append(show.slug)
        else:
            show_id = int(row["id"])
            stored = [await fetch(sql, (show_id,)) for sql in _STORED]
            if _matches(show, row, *stored):
                outcomes["unchanged"].append(show.slug)
                continue
            if on_update is not None:
                await on_update(conn, _stored_show(row, stored), replace(show, id=show_id))
            await conn.execute(UPDATE_SHOW, (*_fields(show), now, show_id))
            for table in CHILD_TABLES:
                await conn.execute(f"DELETE FROM {table} WHERE show_id = ?", (show_id,))  # noqa: S608
            outcomes["updated"].append(show.slug)
        changed_ids.append(show_id)
        for acc, rows in zip(children, _children(show_id, show, now), strict=True):
            acc.extend(rows)
    for table, insert, rows in zip(CHILD_TABLES, CHILD_INSERTS, children, strict=True):
        if rows:
            await conn.copy(table, _columns(insert), rows)


def bulk_upsert_blocking(
    path: Path,
    batches: Iterable[Sequence[Show]],
    progress: Callable[[int], None] | None = None,
    keep: Callable[[], bool] = lambda: True,
    *,
    large: bool = False,
    on_update: OnUpdate | None = None,
    on_finish: OnFinish | None = None,
) -> UpsertReport | None:
    """Upsert every batch in one transaction on a connection of its own; commit if `keep()` says so
    once the batches run out, else roll back and return None. Blocking: call it from a thread, with
    the database's `exclusive()` held. The batches may come from a validator still reading the
    file, so no list of every show need exist.

    `large` (tens of thousands of shows): the child tables' secondary indexes are dropped at the
    start and built again before the commit, inside the same transaction (a rollback restores
    them), which beats updating them row by row.

    `on_update` sees each updated show before and after (inside the transaction); `on_finish` runs
    last, before the commit: the one write path's audit, change log and events commit with the rows.
    Only the one write path (bot.edits) calls this."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = Row
    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    changed_ids: list[int] = []
    try:
        configure(conn)
        # Child rows point at the show row written just before them: checking each foreign key
        # again would only cost time (a pragma, so it must be set outside the transaction).
        conn.execute("PRAGMA foreign_keys = OFF")
        # One large transaction: dirty pages past this cache spill to the WAL, which is fine.
        conn.execute("PRAGMA cache_size = -32768")
        begin_immediate_blocking(conn)
        try:
            deferred = _drop_child_indexes(conn) if large else []
            now = utcnow().isoformat()
            done = 0
            for batch in batches:
                marks = ",".join("?" * len(batch))
                existing = {
                    r["slug"]: r
                    for r in conn.execute(
                        f"SELECT * FROM shows WHERE slug IN ({marks})",  # noqa: S608
                        [s.slug for s in batch],
                    )
                }
                children: tuple[list[tuple[Any, ...]], ...] = tuple([] for _ in CHILD_INSERTS)
                new = [show for show in batch if show.slug not in existing]
                ids: dict[str, int] = {}
                if new:  # one statement for the batch's new shows, one query for their ids
                    conn.executemany(INSERT_SHOW, [(show.slug, *_fields(show), now, now) for show in new])
                    ids = dict(
                        conn.execute(
                            f"SELECT slug, id FROM shows WHERE slug IN ({','.join('?' * len(new))})",  # noqa: S608
                            [show.slug for show in new],
                        ).fetchall()
                    )
                for show in batch:
                    row = existing.get(show.slug)
                    if row is None:
                        show_id = ids[show.slug]
                        added.append(show.slug)
                    else:
                        show_id = int(row["id"])
                        stored = [conn.execute(sql, (show_id,)).fetchall() for sql in _STORED]
                        if _matches(show, row, *stored):
                            unchanged.append(show.slug)
                            continue
                        if on_update is not None:
                            on_update(conn, _stored_show(row, stored), replace(show, id=show_id))
                        conn.execute(UPDATE_SHOW, (*_fields(show), now, show_id))
                        for table in CHILD_TABLES:
                            conn.execute(f"DELETE FROM {table} WHERE show_id = ?", (show_id,))  # noqa: S608
                        updated.append(show.slug)
                    changed_ids.append(show_id)
                    for acc, rows in zip(children, _children(show_id, show, now), strict=True):
                        acc.extend(rows)
                for sql, rows in zip(CHILD_INSERTS, children, strict=True):
                    conn.executemany(sql, rows)
                done += len(batch)
                if progress is not None:
                    progress(done)
            if not keep():
                conn.execute("ROLLBACK")
                return None
            for sql in deferred:
                conn.execute(sql)
            report = UpsertReport(tuple(added), tuple(updated), tuple(unchanged), tuple(changed_ids))
            if on_finish is not None:
                on_finish(conn, report)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.close()
    return report


def _drop_child_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the child tables' secondary indexes that the bulk path never reads (those not led by
    show_id, which replacing a show's rows looks up); return the statements that rebuild them."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN ('seasons', 'decisions', 'cast_members')"
    ).fetchall()
    rebuild = []
    for name, sql in rows:
        first = conn.execute(
            "SELECT name FROM pragma_index_info(?) ORDER BY seqno LIMIT 1", (name,)
        ).fetchone()
        if first is not None and first[0] != "show_id":
            conn.execute(f'DROP INDEX "{name}"')
            rebuild.append(sql)
    return rebuild


def _season_rows(show: Show) -> list[Season]:
    """The seasons listed, plus a bare row for each season only a decision names."""
    numbers = {s.number for s in show.seasons}
    named = {d.season for d in show.decisions if d.season not in numbers}
    if not named and all(a.number < b.number for a, b in itertools.pairwise(show.seasons)):
        return list(show.seasons)
    return sorted([*show.seasons, *(Season(n) for n in named)], key=lambda s: s.number)


def season_statuses(decisions: Iterable[Decision]) -> dict[int, str]:
    """The current status of each season a decision names: the latest announcement wins."""
    latest: dict[int, Decision] = {}
    for d in sorted(decisions, key=lambda d: d.announced):
        latest[d.season] = d
    return {n: d.status for n, d in latest.items()}


def _decision_key(d: Decision) -> tuple[object, ...]:
    return (d.season, d.status, d.final, d.announced, d.source, d.note)


# ---------------------------------------------------------------- meta


async def get_meta(db: Store, key: str) -> str | None:
    row = await db.fetchone("SELECT value FROM meta WHERE key = ?", (key,))
    return None if row is None else str(row[0])


async def set_meta(db: Store, key: str, value: str) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


# ---------------------------------------------------------------- search and statistics


_ENTRY_SQL = (
    "SELECT s.id, s.slug, s.title, s.original_title, s.aliases, s.platform,"
    " (SELECT MIN(premiere) FROM seasons WHERE show_id = s.id AND premiere IS NOT NULL) AS first,"
    " (SELECT MAX(premiere) FROM seasons WHERE show_id = s.id AND premiere IS NOT NULL) AS latest"
    " FROM shows s"
)
# Whole-catalogue reads go a page of shows at a time, and each page becomes objects in a thread.
# At 100,000 shows, all rows at once left the loaded bot 13 MB larger (VmRSS 159 -> 146 MiB paged:
# the heap stays fragmented around what outlives them), and converting them held the event loop
# for over half a second.
_PAGE = 5_000
_PAGE_END = "SELECT id FROM shows WHERE id > ? ORDER BY id LIMIT 1 OFFSET ?"
_ENTRIES_PAGE = _ENTRY_SQL + " WHERE s.id > ? AND s.id <= ? ORDER BY s.id"


async def _pages(db: Store) -> AsyncIterator[tuple[int, int]]:
    """Show-id ranges (after, through] that together cover every show, _PAGE shows each."""
    after = -(2**63)
    while True:
        row = await db.fetchone(_PAGE_END, (after, _PAGE - 1))
        through = 2**63 - 1 if row is None else int(row[0])
        yield after, through
        if row is None:
            return
        after = through


async def search_entries(db: Store) -> list[Entry]:
    """What the in-memory search index needs of every show, in show-id order."""
    numbers: dict[int, int] = {}  # years and days, shared by the entries

    def entries(rows: list[Row]) -> list[Entry]:
        return [entry_from_row(r, numbers) for r in rows]

    out: list[Entry] = []
    async for page in _pages(db):
        rows = await db.fetchall(_ENTRIES_PAGE, page)
        out.extend(await asyncio.to_thread(entries, rows))
    return out


async def search_entry(db: Store, show_id: int) -> Entry | None:
    row = await db.fetchone(_ENTRY_SQL + " WHERE s.id = ?", (show_id,))
    return None if row is None else entry_from_row(row)


def entry_from_row(r: Row, numbers: dict[int, int] | None = None) -> Entry:
    """`numbers`, when given, makes equal years and days one object: there are a few thousand of
    them among 100,000 shows, and each number over 256 is otherwise 32 bytes of its own."""
    names = [r["title"]]
    if r["original_title"]:
        names.append(r["original_title"])
    names.extend(json.loads(r["aliases"]))
    latest = r["latest"]
    year = int(r["first"][:4]) if r["first"] else None
    # Newer shows first when scores tie: they are what people ask about.
    weight = date.fromisoformat(latest).toordinal() if latest else 0.0
    if numbers is not None:
        year = None if year is None else numbers.setdefault(year, year)
        weight = numbers.setdefault(weight, weight) if isinstance(weight, int) else weight
    return Entry(
        show_id=int(r["id"]),
        slug=r["slug"],
        title=r["title"],
        names=tuple(names),
        year=year,
        platform=sys.intern(r["platform"]),  # a few dozen platforms, not one string per show
        weight=weight,
    )


_RENEWAL_PREMIERES = (
    "SELECT d.show_id, s.platform, d.announced, d.announced_precision, se.premiere, se.premiere_precision"
    " FROM decisions d JOIN shows s ON s.id = d.show_id"
    " JOIN seasons se ON se.show_id = d.show_id AND se.number = d.season"
    " WHERE d.status = 'renewed' AND se.premiere IS NOT NULL"
)
_RENEWAL_PREMIERES_PAGE = _RENEWAL_PREMIERES + " AND d.show_id > ? AND d.show_id <= ? ORDER BY d.show_id"
_RENEWALS_AFTER = (
    "SELECT d.show_id, d.announced, d.announced_precision, p.premiere, p.premiere_precision, p.finale"
    " FROM (SELECT show_id, season, announced, announced_precision FROM (SELECT show_id, season,"
    "       announced, announced_precision,"
    "       ROW_NUMBER() OVER (PARTITION BY show_id, season ORDER BY announced, id) AS nth"
    "       FROM decisions WHERE status = 'renewed' AND season >= 2 {}) AS renewals WHERE nth = 1) d"
    " JOIN seasons p ON p.show_id = d.show_id AND p.number = d.season - 1"
    " WHERE p.premiere IS NOT NULL"
)
_RENEWALS_AFTER_PAGE = _RENEWALS_AFTER.format("AND show_id > ? AND show_id <= ?") + " ORDER BY d.show_id"
_RENEWALS_AFTER_ONE = _RENEWALS_AFTER.format("AND show_id = ?")


async def renewal_premieres(db: Store, show_id: int | None = None) -> list[RenewalPremiere]:
    """Every renewal joined to the premiere of the season it ordered, where both are known (of one
    show, or of all, by show id)."""
    dates: dict[tuple[str, str], FuzzyDate] = {}  # a catalogue repeats the same few thousand

    def pairs(rows: list[Row]) -> list[RenewalPremiere]:
        return [
            RenewalPremiere(
                show_id=r[0],
                platform=sys.intern(r[1]),
                announced=_shared_date(dates, r[2], r[3]),
                premiere=_shared_date(dates, r[4], r[5]),
            )
            for r in rows
        ]

    if show_id is not None:
        return pairs(await db.fetchall(_RENEWAL_PREMIERES + " AND d.show_id = ?", (show_id,)))
    out: list[RenewalPremiere] = []
    async for page in _pages(db):
        rows = await db.fetchall(_RENEWAL_PREMIERES_PAGE, page)
        out.extend(await asyncio.to_thread(pairs, rows))
    return out


_STEP_PREMIERES = (
    "SELECT m.show_id, s.platform, m.season, m.kind, m.date, m.date_precision, se.premiere,"
    " se.premiere_precision"
    " FROM milestones m JOIN shows s ON s.id = m.show_id"
    " JOIN seasons se ON se.show_id = m.show_id AND se.number = m.season"
    " WHERE m.kind IN ('in_production', 'wrapped') AND se.premiere IS NOT NULL"
    " AND se.premiere_precision != 'unknown'"
)


async def step_premieres(db: Store, show_id: int | None = None) -> list[StepPremiere]:
    """Each production step (filming began or wrapped) joined to its season's premiere, where both are
    known (of one show, or of all). Milestones are few: one query."""
    sql, params = (
        (_STEP_PREMIERES + " AND m.show_id = ?", (show_id,)) if show_id is not None else (_STEP_PREMIERES, ())
    )
    rows = await db.fetchall(sql, params)
    out = []
    for r in rows:
        step, premiere = _fuzzy(r[4], r[5]), _fuzzy(r[6], r[7])
        if step is not None and premiere is not None:
            out.append(StepPremiere(r[0], sys.intern(r[1]), r[2], r[3], step, premiere))
    return out


async def renewals_after(db: Store, show_id: int | None = None) -> list[RenewalAfter]:
    """Each season's first renewal, joined to the season before it where that one's premiere is known
    (of one show, or of all, by show id)."""
    dates: dict[tuple[str, str], FuzzyDate] = {}  # a catalogue repeats the same few thousand

    def renewals(rows: list[Row]) -> list[RenewalAfter]:
        return [
            RenewalAfter(
                show_id=r[0],
                announced=_shared_date(dates, r[1], r[2]),
                previous_premiere=_shared_date(dates, r[3], r[4]),
                previous_finale=_shared_date(dates, r[5], "day").value if r[5] else None,
            )
            for r in rows
        ]

    if show_id is not None:
        return renewals(await db.fetchall(_RENEWALS_AFTER_ONE, (show_id,)))
    out: list[RenewalAfter] = []
    async for page in _pages(db):
        rows = await db.fetchall(_RENEWALS_AFTER_PAGE, page)
        out.extend(await asyncio.to_thread(renewals, rows))
    return out


_SEASON_RUNS = (
    "SELECT d.show_id, d.season, d.announced, d.announced_precision, se.premiere, se.premiere_precision,"
    " p.premiere, p.premiere_precision, q.premiere, q.premiere_precision"
    " FROM (SELECT show_id, season, announced, announced_precision FROM (SELECT show_id, season,"
    "       announced, announced_precision,"
    "       ROW_NUMBER() OVER (PARTITION BY show_id, season ORDER BY announced, id) AS nth"
    "       FROM decisions WHERE status = 'renewed' AND season >= 3 {}) AS renewals WHERE nth = 1) d"
    " JOIN seasons se ON se.show_id = d.show_id AND se.number = d.season"
    " JOIN seasons p ON p.show_id = d.show_id AND p.number = d.season - 1"
    " JOIN seasons q ON q.show_id = d.show_id AND q.number = d.season - 2"
    " WHERE se.premiere IS NOT NULL AND p.premiere IS NOT NULL AND q.premiere IS NOT NULL"
)
_SEASON_RUNS_PAGE = _SEASON_RUNS.format("AND show_id > ? AND show_id <= ?") + " ORDER BY d.show_id"
_SEASON_RUNS_ONE = _SEASON_RUNS.format("AND show_id = ?")


async def season_runs(db: Store, show_id: int | None = None) -> list[SeasonRun]:
    """Each season's first renewal and premiere with the premieres of the two seasons before it,
    where all are known (of one show, or of all): the shows' own rhythms (premiere predictions)."""

    def runs(rows: list[Row]) -> list[SeasonRun]:
        out = []
        for r in rows:
            dates = [_fuzzy(r[i], r[i + 1]) for i in (2, 4, 6, 8)]
            renewed, premiere, previous, before = dates
            if renewed and premiere and previous and before:
                out.append(SeasonRun(r[0], r[1], renewed, premiere, previous, before))
        return out

    if show_id is not None:
        return runs(await db.fetchall(_SEASON_RUNS_ONE, (show_id,)))
    out: list[SeasonRun] = []
    async for page in _pages(db):
        rows = await db.fetchall(_SEASON_RUNS_PAGE, page)
        out.extend(await asyncio.to_thread(runs, rows))
    return out


def _shared_date(dates: dict[tuple[str, str], FuzzyDate], text: str, precision: Precision) -> FuzzyDate:
    """One FuzzyDate (immutable) per distinct stored date."""
    found = dates.get((text, precision))
    if found is None:
        found = dates[text, precision] = FuzzyDate(date.fromisoformat(text), precision)
    return found


@dataclass(frozen=True, slots=True)
class Upcoming:
    show_id: int
    season: Season


async def upcoming(db: Store, start: date, end: date, limit: int = 200) -> list[Upcoming]:
    """Premieres known to the day between start and end, soonest first."""
    rows = await db.fetchall(
        "SELECT * FROM seasons WHERE premiere_precision = 'day' AND premiere BETWEEN ? AND ?"
        " ORDER BY premiere, show_id LIMIT ?",
        (start.isoformat(), end.isoformat(), limit),
    )
    return [Upcoming(int(r["show_id"]), _season(r)) for r in rows]


async def by_ids(db: Store, ids: Sequence[int]) -> list[Show]:
    """Whole records for these ids (in no particular order); unknown ids are skipped."""
    out: list[Show] = []
    for start in range(0, len(ids), 500):
        part = list(ids[start : start + 500])
        marks = ",".join("?" * len(part))
        rows = await db.fetchall(f"SELECT * FROM shows WHERE id IN ({marks})", part)  # noqa: S608
        out.extend(await _assemble(db, rows))
    return out


async def next_seasons(db: Store, show_id: int | None = None) -> dict[int, int]:
    """Show id -> the first season the catalogue lists nothing of (seasons and decisions alike):
    what "renewed for another season" orders. A season listed only as cancelled or ended (the first
    season not made, never dated) is not one: "Peacock cancels 'Poker Face'", told again, still cancels
    its third. Every show's, or the one show's."""
    rows = await db.fetchall(
        "SELECT show_id, MAX(n) FROM (SELECT show_id, number AS n FROM seasons"
        " WHERE (premiere IS NOT NULL OR status IS NULL OR status NOT IN ('cancelled', 'ended'))"
        " AND (CAST(? AS INTEGER) IS NULL OR show_id = ?)"
        " UNION ALL SELECT show_id, season AS n FROM decisions WHERE status = 'renewed'"
        " AND (CAST(? AS INTEGER) IS NULL OR show_id = ?)) AS listed GROUP BY show_id",
        (show_id,) * 4,
    )
    return {int(r[0]): int(r[1]) + 1 for r in rows}


async def latest_facts(db: Store, until: date, show_id: int | None = None) -> dict[int, date]:
    """Show id -> the first day of the catalogue's latest dated fact about it up to `until` (a
    season's premiere, a decision's announcement, a milestone): a headline older than it is older
    news than what the catalogue knows, so "another season" cannot be counted from the catalogue.
    Every show's, or the one show's."""
    rows = await db.fetchall(
        "SELECT show_id, premiere FROM seasons WHERE premiere IS NOT NULL"
        " AND (CAST(? AS INTEGER) IS NULL OR show_id = ?)"
        " UNION ALL SELECT show_id, announced FROM decisions"
        " WHERE (CAST(? AS INTEGER) IS NULL OR show_id = ?)"
        " UNION ALL SELECT show_id, date FROM milestones WHERE (CAST(? AS INTEGER) IS NULL OR show_id = ?)",
        (show_id,) * 6,
    )
    # (a large catalogue has hundreds of thousands of dates: read in a thread, off the event loop)
    return await asyncio.to_thread(_latest, rows, until)


def _latest(rows: Sequence[Sequence[Any]], until: date) -> dict[int, date]:
    latest: dict[int, date] = {}
    for show_id, text in rows:
        try:
            day = FuzzyDate.parse(str(text)).value
        except ValueError:
            continue  # (every stored date was validated on its way in)
        if day <= until and day > latest.get(int(show_id), date.min):
            latest[int(show_id)] = day
    return latest
