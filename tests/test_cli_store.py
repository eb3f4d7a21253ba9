"""A store the bot cannot use (truncated, not a database, damaged past its header, read-only) ends
`ask` and `run` with one line and exit 1, and the process really exits."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_cli import run

PAGE = 4096


def seeded(tmp_path: Path) -> Path:
    db = tmp_path / "good.db"
    out = run("seed", db=db)
    assert out.returncode == 0, out.stderr
    return db


def one_line(out: subprocess.CompletedProcess[str]) -> str:
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr, out.stderr
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, out.stderr
    return lines[0]


def broken(tmp_path: Path, kind: str) -> Path:
    good = seeded(tmp_path).read_bytes()
    target = tmp_path / f"{kind}.db"
    if kind == "truncated":
        target.write_bytes(good[:1000])
    elif kind == "garbage":
        target.write_bytes(b"this is not a database, just some text " * 40)
    else:  # damaged: the header and schema intact, the tables' later pages overwritten
        pages = len(good) // PAGE
        start = pages * 6 // 10
        target.write_bytes(good[: start * PAGE] + b"\xab" * (len(good) - start * PAGE))
    return target


@pytest.mark.parametrize("kind", ["truncated", "garbage", "damaged"])
def test_ask_on_a_broken_store_says_one_line_and_exits(tmp_path: Path, kind: str) -> None:
    line = one_line(run("ask", "dark", db=broken(tmp_path, kind)))  # timeout=120 in run(): a hang fails
    assert "damaged" in line and "backup" in line


@pytest.mark.parametrize("kind", ["truncated", "garbage"])
def test_run_on_a_broken_store_stops_before_discord(tmp_path: Path, kind: str) -> None:
    # Discord is unreachable here: the store is checked first, so it is the store's line we see.
    env = {"DISCORD_TOKEN": "x", "DISCORD_API_BASE": "http://127.0.0.1:9/api/v10"}
    line = one_line(run("run", db=broken(tmp_path, kind), env=env))
    assert "damaged" in line


@contextlib.contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """`path` made read-only for everyone, root included (a read-only bind mount of the file), or skip."""
    bind = subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip(f"cannot bind-mount here ({bind.stderr.decode().strip()}); chmod does not bind root")
    try:
        remount = subprocess.run(["mount", "-o", "remount,ro,bind", str(path)], capture_output=True)
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only here ({remount.stderr.decode().strip()})")
        yield
    finally:
        subprocess.run(["umount", str(path)], check=True)


@pytest.mark.parametrize("command", ["ask", "run"])
def test_a_read_only_store_is_said_at_start(tmp_path: Path, command: str) -> None:
    """The folder is writable (the settings check that), the file itself is not."""
    db = tmp_path / "s.db"
    db.write_bytes(seeded(tmp_path).read_bytes())
    args = ("ask", "dark") if command == "ask" else ("run",)
    env = {"DISCORD_TOKEN": "x", "DISCORD_API_BASE": "http://127.0.0.1:9/api/v10"}
    if os.geteuid() != 0:
        db.chmod(0o444)
        line = one_line(run(*args, db=db, env=env))
    else:
        with read_only_file(db):
            line = one_line(run(*args, db=db, env=env))
    assert "read-only" in line and "DATABASE_PATH" in line
