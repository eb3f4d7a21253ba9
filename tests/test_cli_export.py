"""`python -m bot export` and hostile files given to `python -m bot import`, as an operator runs them:
a real subprocess, a real database file."""

import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.test_cli import run

HOSTILE = {
    "deep": '{"version": 1, "shows": [' + "[" * 100_000 + "]" * 100_000 + "]}",
    "digits": '{"version": 1, "shows": [{"slug": ' + "1" * 5_000 + "}]}",
}


def seeded(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    out = run("seed", db=db)
    assert out.returncode == 0, out.stderr
    return db


def shows_in(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT COUNT(*) FROM shows").fetchone()[0])
    finally:
        conn.close()


def one_line_error(out: object) -> str:
    stderr: str = out.stderr  # type: ignore[attr-defined]
    assert out.returncode == 1, stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr and stderr.count("\n") == 1, stderr
    return stderr


def test_export_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    db = seeded(tmp_path)
    target = tmp_path / "mine.json"
    target.write_text("precious")
    err = one_line_error(run("export", str(target), db=db))
    assert "already exists" in err and "--force" in err
    assert target.read_text() == "precious"


def test_export_force_replaces_an_existing_file(tmp_path: Path) -> None:
    db = seeded(tmp_path)
    target = tmp_path / "old.csv"
    target.write_text("old")
    out = run("export", "--force", str(target), db=db)
    assert out.returncode == 0, out.stderr
    assert target.read_text(encoding="utf-8").startswith("slug,title,")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".old")] == []  # no temporary left


@pytest.mark.parametrize("sibling", ["", "-wal", "-shm", "-journal"])
@pytest.mark.parametrize("force", [False, True])
def test_export_never_writes_over_the_database(tmp_path: Path, sibling: str, force: bool) -> None:
    db = seeded(tmp_path)
    count = shows_in(db)
    store = Path(f"{db}{sibling}")
    existed = store.exists()
    before = store.read_bytes() if existed else None
    # Named another way (relative, through a symlinked folder) it is still the store.
    (tmp_path / "link").symlink_to(tmp_path)
    for name in (str(store), f"./{store.name}", str(tmp_path / "link" / store.name)):
        err = one_line_error(run("export", *(["--force"] if force else []), name, db=db))
        assert "database" in err, err
    assert (store.read_bytes() if existed else None) == before
    assert store.exists() == existed
    assert shows_in(db) == count


def test_export_refuses_a_hard_link_to_the_database(tmp_path: Path) -> None:
    db = seeded(tmp_path)
    alias = tmp_path / "alias.json"
    os.link(db, alias)
    err = one_line_error(run("export", "--force", str(alias), db=db))
    assert "database" in err
    assert shows_in(db) > 0


@pytest.mark.parametrize("name", ["out.txt", "out", "out.db", "out.json.bak"])
def test_export_needs_a_json_or_csv_name(tmp_path: Path, name: str) -> None:
    db = seeded(tmp_path)
    err = one_line_error(run("export", str(tmp_path / name), db=db))
    assert "give a .json or .csv file name" in err
    assert not (tmp_path / name).exists()


def test_export_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    db = seeded(tmp_path)
    err = one_line_error(run("export", str(tmp_path / "nope" / "out.json"), db=db))
    assert "cannot write" in err


@pytest.mark.parametrize("kind", sorted(HOSTILE))
@pytest.mark.parametrize("dry_run", [False, True])
def test_import_of_a_hostile_json_file_is_one_line_naming_the_row(
    tmp_path: Path, kind: str, dry_run: bool
) -> None:
    src = tmp_path / "hostile.json"
    src.write_text(HOSTILE[kind])
    db = seeded(tmp_path)
    count = shows_in(db)
    err = one_line_error(run("import", *(["--dry-run"] if dry_run else []), str(src), db=db))
    assert "row 1" in err and "line 1, column " in err, err
    assert ("nested too deeply" if kind == "deep" else "more than 4,300 digits") in err
    assert len(err) < 300
    assert shows_in(db) == count


def test_import_of_hostile_csv_cells_is_one_line_per_row(tmp_path: Path) -> None:
    db = seeded(tmp_path)
    good = tmp_path / "good.csv"
    assert run("export", str(good), db=db).returncode == 0
    header, first, *_ = good.read_text(encoding="utf-8").splitlines()
    columns = header.split(",")
    assert columns[-3:] == ["cast", "ids", "timezone"]  # new columns are added at the end
    src = tmp_path / "hostile.csv"
    rows = [header, first.replace("Netflix", "Net\x00flix", 1)]
    rows.append("a,A,,,N,KR,,,2026-01-01," + '"' + "[" * 100_000 + '",,,')
    rows.append("b,B,,,N,KR,,,2026-01-01," + '"[{""number"": ' + "1" * 5_000 + '}]",,,')
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = run("import", str(src), db=db)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    lines = out.stderr.splitlines()
    assert len(lines) == 4 and all(len(line) < 300 for line in lines), lines
    assert "row 3, seasons: is nested too deeply" in lines[1]
    assert "row 4, seasons: has a number with more than 4,300 digits" in lines[2]
    assert "3 invalid rows; nothing was written." in lines[3]


def test_hostile_unknown_keys_are_clipped(tmp_path: Path) -> None:
    db = seeded(tmp_path)
    src = tmp_path / "keys.json"
    src.write_text(json.dumps({"version": 1, "shows": [], "k" * 5_000: 1}))
    err = one_line_error(run("import", str(src), db=db))
    assert "unknown key" in err and len(err) < 300
    src.write_text(json.dumps({"version": 1, "shows": [{"slug": "a", "k" * 5_000: 1}]}))
    out = run("import", str(src), db=db)
    assert out.returncode == 1 and all(len(line) < 300 for line in out.stderr.splitlines())
