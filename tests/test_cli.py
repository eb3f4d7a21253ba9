"""The command line as an operator runs it: a real subprocess, a real database file."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def run(*args: str, db: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("DISCORD")}
    full_env.update({"DATABASE_PATH": str(db), "PYTHONPATH": str(REPO), "TVMAZE_API_BASE": ""})
    full_env["RADAR_BUNDLED_FEEDS"] = "off"  # no publisher's feed is reachable here
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", "--env-file", os.devnull, *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=db.parent,
        timeout=120,
    )


def test_ask_seeds_an_empty_store_and_answers(tmp_path: Path) -> None:
    out = run("ask", "All of Us Are Dead", db=tmp_path / "s.db")
    assert out.returncode == 0, out.stderr
    assert "Will there be season 2 of All of Us Are Dead?" in out.stdout
    assert "RENEWED" in out.stdout and "June 2022" in out.stdout and "Netflix" in out.stdout
    assert "Park Ji-hu as Nam On-jo" in out.stdout and "Lomon as Lee Su-hyeok" in out.stdout
    assert "Production: in production since July 2025, UPI (https://www.upi.com/" in out.stdout
    assert ("PREDICTION" in out.stdout) or ("Confirmed for" in out.stdout) or ("Too few" in out.stdout)


@pytest.mark.parametrize("query", ["all of us are ded", "지금 우리 학교는", "AOUAD"])
def test_ask_tolerates_typos_and_other_names(tmp_path: Path, query: str) -> None:
    out = run("ask", query, db=tmp_path / "s.db")
    assert out.returncode == 0, out.stderr
    assert "All of Us Are Dead" in out.stdout


def test_ask_season_one_is_already_out(tmp_path: Path) -> None:
    out = run("ask", "all-of-us-are-dead", "--season", "1", db=tmp_path / "s.db")
    assert "ALREADY OUT" in out.stdout and "28 January 2022" in out.stdout


def test_unknown_show_exits_1_with_one_line(tmp_path: Path) -> None:
    out = run("ask", "zzqqxx nothing", db=tmp_path / "s.db")
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.strip().startswith("No show matches 'zzqqxx nothing'") and out.stderr.count("\n") == 1


def test_bad_season_is_refused(tmp_path: Path) -> None:
    out = run("ask", "dark", "--season", "0", db=tmp_path / "s.db")
    assert out.returncode == 2 and "season must be from 1 to 50" in out.stderr


def test_blank_show_is_refused(tmp_path: Path) -> None:
    out = run("ask", "  ", db=tmp_path / "s.db")
    assert out.returncode == 2 and "give a show's title" in out.stderr


@pytest.mark.parametrize("bad", ["dir", "/proc/no/such/x.db"])
def test_misconfigured_database_path_exits_2(tmp_path: Path, bad: str) -> None:
    path = str(tmp_path) if bad == "dir" else bad
    out = run("ask", "dark", db=tmp_path / "x.db", env={"DATABASE_PATH": path})
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "DATABASE_PATH" in out.stderr and "Traceback" not in out.stderr


def test_bad_id_setting_exits_2(tmp_path: Path) -> None:
    out = run("ask", "dark", db=tmp_path / "x.db", env={"OWNER_IDS": "me"})
    assert out.returncode == 2 and out.stderr.startswith("season2bot: OWNER_IDS")


def test_run_without_token_says_so(tmp_path: Path) -> None:
    out = run("run", db=tmp_path / "x.db")
    assert out.returncode == 2 and "DISCORD_TOKEN" in out.stderr and "Traceback" not in out.stderr


def test_seed_is_idempotent(tmp_path: Path) -> None:
    first = run("seed", db=tmp_path / "s.db")
    second = run("seed", db=tmp_path / "s.db")
    assert first.returncode == 0 and second.returncode == 0
    total = len(json.loads((REPO / "data" / "shows.json").read_text())["shows"])
    assert f"{total} added, 0 updated, 0 unchanged" in first.stdout
    assert f"0 added, 0 updated, {total} unchanged" in second.stdout


def test_seed_refuses_an_invalid_file_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    doc = json.loads((REPO / "data" / "shows.json").read_text())
    doc["shows"][1]["seasons"][0]["premiere"] = "2022-13-01"
    bad.write_text(json.dumps(doc))
    out = run("seed", "--file", str(bad), db=tmp_path / "s.db")
    assert out.returncode == 1
    assert "row 2, seasons[0].premiere" in out.stderr and "nothing was written" in out.stderr
    count = run("ask", "zzqqxx", db=tmp_path / "s.db")  # the store is still empty, so ask seeds it now
    assert count.returncode == 1


def test_seed_refuses_bad_json(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    out = run("seed", "--file", str(bad), db=tmp_path / "s.db")
    assert out.returncode == 1 and "not valid JSON (line 1" in out.stderr and "Traceback" not in out.stderr


def test_ask_names_every_show_that_shares_the_name(tmp_path: Path) -> None:
    out = run("ask", "Ghosts", db=tmp_path / "s.db")
    assert out.returncode == 1 and "is the name of more than one show" in out.stderr
    assert "Ghosts (BBC One): ghosts" in out.stderr and "Ghosts (CBS): ghosts-us" in out.stderr
    picked = run("ask", "ghosts-us", db=tmp_path / "s.db").stdout
    assert "Will there be season" in picked and "Platform: CBS" in picked
    assert picked.rstrip().endswith("Not this one? Ghosts (BBC One, 2019) is another show: ask for ghosts.")
    assert "Not this one?" not in run("ask", "squid-game", db=tmp_path / "s.db").stdout


def test_export_import_round_trip_into_an_empty_database(tmp_path: Path) -> None:
    assert run("seed", db=tmp_path / "a.db").returncode == 0
    for fmt in ("json", "csv"):
        exported = tmp_path / f"out.{fmt}"
        out = run("export", str(exported), db=tmp_path / "a.db")
        assert out.returncode == 0, out.stderr
        fresh = tmp_path / f"fresh-{fmt}.db"
        assert run("import", str(exported), db=fresh).returncode == 0
        again = tmp_path / f"again.{fmt}"
        assert run("export", str(again), db=fresh).returncode == 0
        assert again.read_bytes() == exported.read_bytes()


def test_import_dry_run_writes_nothing(tmp_path: Path) -> None:
    out = run("import", "--dry-run", str(REPO / "data" / "shows.json"), db=tmp_path / "d.db")
    assert out.returncode == 0 and "Dry run: nothing was written." in out.stdout
    exported = tmp_path / "e.json"
    run("export", str(exported), db=tmp_path / "d.db")
    assert json.loads(exported.read_text())["shows"] == []


def test_import_refuses_wrong_encoding_and_missing_columns(tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("slug,title\nx,Pok\xe9mon\n".encode("latin-1"))
    out = run("import", str(latin), db=tmp_path / "x.db")
    assert out.returncode == 1 and "not UTF-8" in out.stderr
    cols = tmp_path / "cols.csv"
    cols.write_text("slug,title\nx,X\n")
    out = run("import", str(cols), db=tmp_path / "x.db")
    assert out.returncode == 1 and "missing column(s): platform" in out.stderr


def test_import_refuses_a_file_over_the_cli_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.truncate(130 * 1024 * 1024)  # sparse: the size is refused before anything is read
    out = run("import", str(big), db=tmp_path / "x.db")
    assert out.returncode == 1 and "130.0 MB; the limit is 128 MB" in out.stderr


def test_backup_is_opened_and_read_back(tmp_path: Path) -> None:
    import sqlite3

    run("seed", db=tmp_path / "b.db")
    target = tmp_path / "copy.db"
    out = run("backup", str(target), db=tmp_path / "b.db")
    assert out.returncode == 0, out.stderr
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT title FROM shows WHERE slug = 'all-of-us-are-dead'").fetchone() == (
        "All of Us Are Dead",
    )
    conn.close()
    again = run("backup", str(target), db=tmp_path / "b.db")
    assert again.returncode == 1 and "already exists" in again.stderr


def test_a_crash_in_the_middle_of_an_import_leaves_the_catalogue_as_before(tmp_path: Path) -> None:
    import random
    import signal
    import time

    from bench.generate import catalogue

    db = tmp_path / "c.db"
    assert run("seed", db=db).returncode == 0
    before = tmp_path / "before.json"
    run("export", str(before), db=db)
    big = tmp_path / "big.json"
    big.write_text(json.dumps(catalogue(30_000, random.Random(1))))
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCORD")}
    env.update({"DATABASE_PATH": str(db), "PYTHONPATH": str(REPO)})
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "--env-file", os.devnull, "import", str(big)], env=env, cwd=tmp_path
    )
    wal = Path(f"{db}-wal")
    deadline = time.monotonic() + 60
    # Kill it once rows are being written: the write-ahead log has grown past a megabyte.
    while proc.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 1_000_000:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the import finished before it could be interrupted; make the file bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = tmp_path / "after.json"
    out = run("export", str(after), db=db)
    assert out.returncode == 0, out.stderr
    assert after.read_bytes() == before.read_bytes()


def test_a_bad_row_after_batches_were_written_rolls_the_whole_import_back(tmp_path: Path) -> None:
    """A JSON import streams: rows are written as they pass, so an invalid row late in the file
    must undo the batches already written, including changes to shows that existed before."""
    import random
    import sqlite3

    from bench.generate import catalogue

    db = tmp_path / "s.db"
    assert run("seed", db=db).returncode == 0
    seeded = len(json.loads((REPO / "data" / "shows.json").read_text(encoding="utf-8"))["shows"])
    doc = catalogue(1_200, random.Random(7))
    doc["shows"][0] = {**doc["shows"][0], "slug": "all-of-us-are-dead", "title": "Overwritten"}
    doc["shows"][1_100]["last_checked"] = "2026-13-01"  # row 1,101
    doc["shows"][1_149]["slug"] = doc["shows"][5]["slug"]  # row 1,150 repeats row 6
    src = tmp_path / "late-errors.json"
    src.write_text(json.dumps(doc), encoding="utf-8")

    out = run("import", str(src), db=db)
    assert out.returncode == 1, out.stdout
    assert "row 1101, last_checked: must be a date YYYY-MM-DD" in out.stderr
    assert "row 1150, slug: " in out.stderr and "repeats row 6" in out.stderr
    assert "2 invalid rows; nothing was written." in out.stderr and "Traceback" not in out.stderr
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT COUNT(*) FROM shows").fetchone() == (seeded,)
        title = conn.execute("SELECT title FROM shows WHERE slug = 'all-of-us-are-dead'").fetchone()
        assert title == ("All of Us Are Dead",)
    finally:
        conn.close()

    del doc["shows"][1_149]
    doc["shows"][1_100]["last_checked"] = "2026-11-01"
    src.write_text(json.dumps(doc), encoding="utf-8")
    out = run("import", str(src), db=db)
    assert out.returncode == 0, out.stderr
    assert "1198 added, 1 updated, 0 unchanged (1199 shows)." in out.stdout
