"""`python -m bot migrate-store --to postgresql://…`: a SQLite store copied into an empty PostgreSQL
one, table by table with COPY, in one transaction, then verified by counting each table's rows on
both sides. The SQLite file is only read."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from bot.domain.errors import StoreError
from bot.store import postgres
from bot.store.database import Database

log = logging.getLogger(__name__)

# Parents before children (foreign keys), every table of the schema. A test holds this list to the
# schema, so a new table cannot be forgotten here.
TABLES = (
    "shows", "seasons", "decisions", "cast_members", "milestones", "tvmaze_values", "meta", "curators",
    "audit_log", "changes", "events", "subscriptions", "subscription_counts", "channel_routes",
    "deliveries", "dm_channels", "schedule", "alert_settings", "digest_sends", "theories",
    "theory_votes", "theory_slots", "polls", "poll_answers", "guild_settings", "feeds", "feed_items",
    "feed_waiting", "review_items",
)  # fmt: skip
# Kept by a trigger from another table (subscriptions' counts): not copied, made by the copy of the
# table it counts, and then checked like the others. So the copy needs no superuser to turn the
# triggers off, and the foreign keys are checked as it goes (TABLES lists parents first).
DERIVED = ("subscription_counts",)
# A running bot's state, not data: the shared send clock (its row is made by the migration).
RUNTIME = ("send_clock",)


@dataclass(frozen=True, slots=True)
class Copied:
    rows: dict[str, int]  # table -> rows, the same on both sides

    @property
    def total(self) -> int:
        return sum(self.rows.values())


async def copy_store(
    source: Database, target: postgres.PostgresDatabase, progress: Callable[[str, int], None] | None = None
) -> Copied:
    """Copy every row of `source` into `target`, which must hold no rows yet (its schema is made by
    its migrations when it is opened). All or nothing: one transaction on the target."""
    if await source.schema_version() != await target.schema_version():
        raise StoreError(
            f"the SQLite store is at schema {await source.schema_version()} and PostgreSQL at"
            f" {await target.schema_version()}: run this version of the bot on the SQLite store first"
        )
    for table in TABLES:
        row = await target.fetchone(f"SELECT EXISTS (SELECT 1 FROM {table})")  # noqa: S608
        if row is not None and row[0]:
            raise StoreError(
                f"the PostgreSQL database is not empty (table {table} has rows): copy into a new, empty one"
            )
    counts: dict[str, int] = {}
    async with target.transaction() as conn:
        raw = conn.raw
        for table in TABLES:
            columns = [r[1] for r in await source.fetchall(f"PRAGMA table_info({table})")]
            rows = await source.fetchall(f"SELECT {', '.join(columns)} FROM {table}")  # noqa: S608
            if rows and table not in DERIVED:
                await conn.copy(table, columns, [tuple(r) for r in rows])
            counts[table] = len(rows)
            if progress is not None:
                progress(table, len(rows))
        # Identity columns go on after the largest id copied.
        for table, column in await raw.fetch(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND is_identity = 'YES'"
        ):
            await raw.execute(  # names from the catalogue of the schema, not from anyone's input
                f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"  # noqa: S608
                f" COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)"
            )
        for table in TABLES:
            copied = int(await raw.fetchval(f"SELECT COUNT(*) FROM {table}"))  # noqa: S608
            if copied != counts[table]:
                raise StoreError(
                    f"table {table}: {counts[table]} rows in SQLite but {copied} in PostgreSQL;"
                    " nothing was kept"
                )
    log.info("copied %d rows in %d tables", sum(counts.values()), len(counts))
    return Copied(counts)
