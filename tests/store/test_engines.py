"""The two engines hold the same store: migrations in step, the same tables and columns, and what
only one of them can do said plainly on the other."""

import re
from pathlib import Path

import pytest

from bot.edits import Editor
from bot.seed import ensure_seeded
from bot.store import Database, StoreError, alerts, catalogue, copy, open_store, postgres, theories
from bot.store import database as sqlite_store
from bot.store.copy import copy_store
from tests.conftest import fresh_database, make_show, put


def test_every_migration_from_the_baseline_exists_for_both_engines() -> None:
    sqlite = {n for n, _, _ in sqlite_store.migrations() if n >= postgres.BASELINE}
    pg = {n for n, _, _ in postgres.migrations()}
    assert sqlite == pg, "a migration exists for one engine and not the other: write both"
    later = {n: name for n, name, _ in sqlite_store.migrations() if n > postgres.BASELINE}
    assert later == {n: name for n, name, _ in postgres.migrations() if n > postgres.BASELINE}


def test_placeholders_become_numbered_outside_quoted_text() -> None:
    sql = "SELECT '?', \"a?b\", x FROM t WHERE a = ? AND b LIKE 'it''s ?' AND c = ? -- why?\n AND d = ?"
    assert postgres.placeholders(sql) == (
        "SELECT '?', \"a?b\", x FROM t WHERE a = $1 AND b LIKE 'it''s ?' AND c = $2 -- why?\n AND d = $3"
    )


async def test_both_engines_build_the_same_tables_and_columns(tmp_path: Path, postgres_url: str) -> None:
    lite = await Database.open(tmp_path / "s.db")
    try:
        tables = [r[0] for r in await lite.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")]
        sqlite_columns = {
            (t, r[1])
            for t in tables
            if t != "sqlite_sequence"
            for r in await lite.fetchall(f"PRAGMA table_info({t})")
        }
    finally:
        await lite.close()
    pg = await open_store(tmp_path / "unused.db", await fresh_database(postgres_url))
    try:
        rows = await pg.fetchall(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
        )
        assert await pg.schema_version() == postgres.BASELINE + len(postgres.migrations()) - 1
    finally:
        await pg.close()
    pg_columns = {(r[0], r[1]) for r in rows if r[0] != "schema_version"}
    assert sqlite_columns == pg_columns


async def test_a_postgresql_backup_points_at_pg_dump_and_keeps_the_password_out(
    tmp_path: Path, postgres_url: str
) -> None:
    url = await fresh_database(postgres_url)  # the test server trusts loopback: a password is ignored
    name = url.rsplit("/", 1)[1]
    parts = url.split("://", 1)
    with_password = f"{parts[0]}://{parts[1].replace('@', ':hunter2@', 1)}" if "@" in parts[1] else url
    store = await open_store(tmp_path / "unused.db", with_password)
    try:
        with pytest.raises(StoreError, match="pg_dump") as refused:
            await store.backup(tmp_path / "copy.db")
    finally:
        await store.close()
    assert "hunter2" not in str(refused.value) and name in str(refused.value)


async def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    said = re.escape("cannot reach PostgreSQL at postgresql://season2bot:***@127.0.0.1:9/")
    with pytest.raises(StoreError, match=said):
        await open_store(tmp_path / "unused.db", "postgresql://season2bot:secret@127.0.0.1:9/season2bot")


async def test_the_copy_names_every_table_of_the_schema(tmp_path: Path) -> None:
    lite = await Database.open(tmp_path / "s.db")
    try:
        tables = {r[0] for r in await lite.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        await lite.close()
    assert set(copy.TABLES) | set(copy.RUNTIME) == tables - {"sqlite_sequence"}
    assert len(copy.TABLES) == len(set(copy.TABLES)) and not set(copy.TABLES) & set(copy.RUNTIME)


async def test_a_sqlite_store_is_copied_whole_into_an_empty_postgresql_one(
    tmp_path: Path, postgres_url: str
) -> None:
    lite = await Database.open(tmp_path / "s.db")
    await ensure_seeded(Editor(lite))
    show = await catalogue.by_slug(lite, "all-of-us-are-dead")
    assert show is not None
    await alerts.subscribe(lite, 42, show.id)
    await theories.add(lite, 7, show.id, 42, "They were all dreaming", "they were all dreaming", None, False)
    pg = await open_store(tmp_path / "unused.db", await fresh_database(postgres_url))
    assert isinstance(pg, postgres.PostgresDatabase)
    try:
        copied = await copy_store(lite, pg)
        shows = await catalogue.count(lite)
        assert copied.rows["shows"] == shows > 100
        assert copied.rows["subscription_counts"] == 1 and copied.rows["theories"] == 1
        for table, rows in copied.rows.items():
            assert (await pg.fetchone(f"SELECT COUNT(*) FROM {table}"))[0] == rows  # noqa: S608
        same = await catalogue.by_slug(pg, "all-of-us-are-dead")
        assert same == show  # the whole record, children and all
        assert await alerts.is_subscribed(pg, 42, show.id)
        await put(pg, [make_show("a-new-show", "A New Show")])  # ids go on after the copied ones
        new = await catalogue.by_slug(pg, "a-new-show")
        highest = (await lite.fetchone("SELECT MAX(id) FROM shows"))[0]
        assert new is not None and new.id > highest
        with pytest.raises(StoreError, match="not empty"):
            await copy_store(lite, pg)
    finally:
        await pg.close()
        await lite.close()
