"""The command line on PostgreSQL (DATABASE_URL): a newcomer's question answered from a PostgreSQL
store, the curators' seed, export, import and feeds, a SQLite store moved into an empty PostgreSQL
one, and a backup that says what to use."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import REPO, fresh_database
from tests.test_cli import run


async def test_ask_seeds_a_postgresql_store_and_answers(tmp_path: Path, postgres_url: str) -> None:
    url = await fresh_database(postgres_url)
    out = run("ask", "All of Us Are Dead", db=tmp_path / "unused.db", env={"DATABASE_URL": url})
    assert out.returncode == 0, out.stderr
    assert "Will there be season 2 of All of Us Are Dead?" in out.stdout and "RENEWED" in out.stdout
    assert not (tmp_path / "unused.db").exists()  # DATABASE_PATH is not touched


async def test_migrate_store_copies_a_sqlite_store_into_an_empty_postgresql_one(
    tmp_path: Path, postgres_url: str
) -> None:
    lite = tmp_path / "s.db"
    assert run("seed", db=lite).returncode == 0
    url = await fresh_database(postgres_url)
    moved = run("migrate-store", "--to", url, db=lite)
    assert moved.returncode == 0, moved.stderr
    assert "every table's count matches" in moved.stdout
    answered = run("ask", "Sherlock", db=tmp_path / "unused.db", env={"DATABASE_URL": url})
    assert answered.returncode == 0 and "Sherlock" in answered.stdout
    again = run("migrate-store", "--to", url, db=lite)  # not into a store that holds anything
    assert again.returncode == 1 and "not empty" in again.stderr and "Traceback" not in again.stderr
    wrong = run("migrate-store", "--to", "mysql://localhost/x", db=lite)
    assert wrong.returncode == 2 and "--to must be a URL starting with postgresql://" in wrong.stderr


async def test_backup_on_postgresql_points_at_pg_dump(tmp_path: Path, postgres_url: str) -> None:
    url = await fresh_database(postgres_url)
    out = run("backup", str(tmp_path / "copy.db"), db=tmp_path / "unused.db", env={"DATABASE_URL": url})
    assert out.returncode == 1 and "pg_dump" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "copy.db").exists()


async def test_seed_export_import_and_feeds_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    """The curators' command line on PostgreSQL as on SQLite: seeding twice changes nothing the
    second time, an export imported into another empty store exports the same bytes (JSON and CSV),
    and the radar's feeds are added, listed and removed."""
    first, second = await fresh_database(postgres_url), await fresh_database(postgres_url)
    unused = tmp_path / "unused.db"
    total = len(json.loads((REPO / "data" / "shows.json").read_text())["shows"])
    seeded = run("seed", db=unused, env={"DATABASE_URL": first})
    assert seeded.returncode == 0 and f"{total} added, 0 updated, 0 unchanged" in seeded.stdout, seeded.stderr
    again = run("seed", db=unused, env={"DATABASE_URL": first})
    assert f"0 added, 0 updated, {total} unchanged" in again.stdout
    for fmt in ("json", "csv"):
        exported = tmp_path / f"out.{fmt}"
        assert run("export", str(exported), db=unused, env={"DATABASE_URL": first}).returncode == 0
        into = second if fmt == "json" else await fresh_database(postgres_url)
        imported = run("import", str(exported), db=unused, env={"DATABASE_URL": into})
        assert imported.returncode == 0, imported.stderr
        back = tmp_path / f"back.{fmt}"
        assert run("export", str(back), db=unused, env={"DATABASE_URL": into}).returncode == 0
        assert back.read_bytes() == exported.read_bytes()
    feed = "https://example.org/tv/feed/"
    added = run("radar", "feeds", "add", feed, "--name", "Example TV", db=unused, env={"DATABASE_URL": first})
    assert added.returncode == 0, added.stderr
    assert feed in run("radar", "feeds", "list", db=unused, env={"DATABASE_URL": first}).stdout
    assert run("radar", "feeds", "remove", feed, db=unused, env={"DATABASE_URL": first}).returncode == 0
    assert feed not in run("radar", "feeds", "list", db=unused, env={"DATABASE_URL": first}).stdout
    assert not unused.exists()
