"""Operations without a Discord: JSON log lines, the outbox backlog query (on each store engine),
the container probe's address, and the deployment files (Dockerfile, compose.yaml) held to the
README's `run` command. No Docker engine runs here: compose.yaml is checked with Debian's
`docker-compose config`, which validates and resolves it without one."""

from __future__ import annotations

import json
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.domain.dates import FuzzyDate
from bot.domain.events import Actor
from bot.domain.models import Decision, Source
from bot.edits import Editor
from bot.healthcheck import probe, probe_url
from bot.logs import JsonFormatter
from bot.store import Store, alerts
from bot.store import catalogue as store
from bot.store.health import outbox_backlog
from tests.conftest import REPO, make_show, put

# ---------------------------------------------------------------- JSON logs


def record(message: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    return logging.LogRecord("bot.core", logging.ERROR, __file__, 1, message, args, info)


def test_a_json_log_line_is_one_object_with_time_level_logger_and_message() -> None:
    line = JsonFormatter().format(record("delivery %s to %s failed", 7, "dm"))
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "ERROR" and entry["logger"] == "bot.core"
    assert entry["message"] == "delivery 7 to dm failed"
    assert datetime.fromisoformat(entry["time"]).tzinfo is not None  # UTC, ISO 8601
    assert "exc_info" not in entry


def test_a_traceback_stays_inside_its_line() -> None:
    try:
        raise ValueError("bad row\nsecond line")
    except ValueError as exc:
        line = JsonFormatter().format(record("worker crashed", exc=exc))
    assert len(line.splitlines()) == 1
    entry = json.loads(line)
    assert entry["exc_info"].startswith("Traceback") and "ValueError: bad row" in entry["exc_info"]


def test_titles_in_any_script_and_unicode_line_breaks_keep_one_line() -> None:
    line = JsonFormatter().format(record("card for %s", "지금 우리 학교는\u2028\x85"))
    assert len(line.splitlines()) == 1  # str.splitlines breaks at U+2028 and U+0085 too
    assert json.loads(line)["message"] == "card for 지금 우리 학교는\u2028\x85"


def test_log_format_json_is_what_the_command_line_sets_up(tmp_path: Path) -> None:
    """`bot.logs.configure`, as `python -m bot` calls it, in a fresh interpreter (pytest's own
    logging handlers would make basicConfig a no-op here)."""
    code = (
        "import logging; from bot import logs; logs.configure(logging.INFO, 'json');"
        " logging.getLogger('bot.test').info('hello %s', 'there');"
        " logging.getLogger('bot.test').debug('not shown')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60, check=True
    )
    [line] = done.stderr.splitlines()
    assert json.loads(line)["message"] == "hello there"
    text = subprocess.run(
        [sys.executable, "-c", code.replace("'json'", "'text'")],
        cwd=REPO, capture_output=True, text=True, timeout=60, check=True,
    ).stderr  # fmt: skip
    assert re.fullmatch(r"\S+ \S+ INFO    bot\.test: hello there\n", text)  # today's format, unchanged


# ---------------------------------------------------------------- the outbox backlog, on each engine

DECISION = Decision(3, "renewed", FuzzyDate.parse("2026-11-20"), Source("Netflix", "https://example.org/x"))


async def test_outbox_backlog_counts_what_waits_and_how_long_the_oldest_due_has(db: Store) -> None:
    empty = await outbox_backlog(db, datetime.now(UTC))
    assert (empty.pending, empty.digest_waiting, empty.due, empty.oldest_due) == (0, 0, 0, None)
    assert empty.lag_seconds(datetime.now(UTC)) == 0.0
    await put(db, [make_show()])
    show = await store.by_slug(db, "all-of-us-are-dead")
    assert show is not None
    for user in (1, 2, 3):
        await alerts.subscribe(db, user, show.id)
    await alerts.save_alert_settings(db, "dm", 3, alerts.AlertSettings(mode="daily"))
    before = datetime.now(UTC)
    await Editor(db).record_decision("all-of-us-are-dead", DECISION, Actor.user(1), checked=before.date())
    later = datetime.now(UTC) + timedelta(seconds=30)
    backlog = await outbox_backlog(db, later)
    assert (backlog.pending, backlog.digest_waiting, backlog.due) == (2, 1, 2)
    assert backlog.oldest_due is not None and before - timedelta(seconds=1) <= backlog.oldest_due <= later
    assert 29 <= backlog.lag_seconds(later) <= 31 + (later - before).total_seconds()
    first, second = await alerts.claim(db, 10, lease=timedelta(minutes=5))
    await alerts.mark_sent(db, [first.id])
    await alerts.retry_later(db, second.id, later + timedelta(minutes=1), "503")  # backing off: not due
    backlog = await outbox_backlog(db, later)
    assert (backlog.pending, backlog.digest_waiting, backlog.due, backlog.oldest_due) == (1, 1, 0, None)
    assert backlog.lag_seconds(later) == 0.0


# ---------------------------------------------------------------- the container's health probe


def test_the_probe_asks_this_host_when_the_bot_listens_everywhere() -> None:
    assert probe_url(8080) == "http://127.0.0.1:8080/healthz"
    assert probe_url(8080, "0.0.0.0") == "http://127.0.0.1:8080/healthz"
    assert probe_url(8080, "::") == "http://127.0.0.1:8080/healthz"
    assert probe_url(9000, "10.0.0.5") == "http://10.0.0.5:9000/healthz"
    assert probe_url(9000, "::1") == "http://[::1]:9000/healthz"


def test_the_probe_fails_with_a_reason_when_nothing_answers() -> None:
    import socket

    with socket.socket() as sock:  # a port that was free a moment ago, and is closed now
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    healthy, said = probe(f"http://127.0.0.1:{port}/healthz", timeout=2)
    assert not healthy and said.startswith("no answer from")


def test_the_probe_without_metrics_port_has_nothing_to_ask() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("METRICS_PORT", "METRICS_HOST")}
    done = subprocess.run(
        [sys.executable, "-m", "bot.healthcheck"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "METRICS_PORT is not set" in done.stdout


# ---------------------------------------------------------------- Dockerfile, compose.yaml, README


def readme_run_command() -> list[str]:
    """The `run` command as the README's command-line table writes it."""
    found = re.findall(r"^\| `(python -m bot run)` \|", (REPO / "README.md").read_text(), re.MULTILINE)
    assert found, "the README's command-line table lists no `python -m bot run`"
    return shlex.split(found[0])


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order, with backslash continuations joined and comments left out."""
    joined = re.sub(r"\\\n", " ", (REPO / "Dockerfile").read_text())
    found = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            found.append((word.upper(), rest.strip()))
    return found


def exec_form(instructions: list[tuple[str, str]], name: str) -> list[str]:
    """The last ENTRYPOINT or CMD (the one Docker uses), which must be exec form: in shell form
    /bin/sh is PID 1 and SIGTERM never reaches the bot, so `docker stop` would kill it mid-command."""
    [*_, last] = [args for word, args in instructions if word == name]
    value = json.loads(last)
    assert isinstance(value, list) and all(isinstance(v, str) for v in value), f"{name} is not exec form"
    return value


def test_the_image_runs_the_readmes_run_command() -> None:
    instructions = dockerfile_instructions()
    command = exec_form(instructions, "ENTRYPOINT") + exec_form(instructions, "CMD")
    assert command == readme_run_command()


def test_the_image_is_slim_non_root_with_its_data_volume_and_a_health_check() -> None:
    instructions = dockerfile_instructions()
    words = dict(instructions)  # the last of each
    assert instructions[0] == ("FROM", "python:3.11-slim")
    assert words["USER"] not in ("root", "0", "")
    assert words["VOLUME"] == "/data"
    env = " ".join(args for word, args in instructions if word == "ENV")
    assert "DATABASE_PATH=/data/season2bot.db" in env and "METRICS_PORT=" in env
    assert words["HEALTHCHECK"].endswith('CMD ["python", "-m", "bot.healthcheck"]')
    installs = [args for word, args in instructions if word == "RUN" and "pip install" in args]
    assert installs and not any("[dev]" in args or "-e " in args for args in installs)
    ignored = (REPO / ".dockerignore").read_text().splitlines()
    assert ".env" in ignored  # the token never goes into an image layer
    assert ".git" in ignored and "tests" in ignored


def docker_compose() -> str:
    found = shutil.which("docker-compose")
    if found is None:
        if os.environ.get("CI_STRICT") == "1":
            pytest.fail("CI_STRICT=1 and docker-compose is not installed: apt-get install docker-compose")
        pytest.skip(
            "docker-compose is not installed (apt-get install docker-compose): compose.yaml unchecked"
        )
    return found


def compose_config(tmp_path: Path, env_file: str) -> subprocess.CompletedProcess[str]:
    """`docker-compose config` on a copy of compose.yaml beside a dummy .env: never the developer's
    own .env (its token would show in a failure), and no variable from this process's environment."""
    for name in ("compose.yaml", "Dockerfile"):
        shutil.copy(REPO / name, tmp_path / name)
    (tmp_path / ".env").write_text(env_file)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path)}
    return subprocess.run(
        [docker_compose(), "-f", "compose.yaml", "config"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_compose_runs_the_bot_beside_postgresql(tmp_path: Path) -> None:
    done = compose_config(tmp_path, "DISCORD_TOKEN=dummy-token\nPOSTGRES_PASSWORD=dummy123\n")
    assert done.returncode == 0, done.stderr
    config: dict[str, Any] = yaml.safe_load(done.stdout)
    bot, postgres = config["services"]["bot"], config["services"]["postgres"]
    # The image's entry point stands: compose overrides neither half of it.
    assert "entrypoint" not in bot and "command" not in bot
    assert Path(bot["build"]["context"]) == tmp_path
    env = bot["environment"]
    assert env["DATABASE_URL"] == "postgresql://season2bot:dummy123@postgres:5432/season2bot"
    assert env["DISCORD_TOKEN"] == "dummy-token"  # from the env_file
    assert env["METRICS_PORT"] == "8080" and env["DATABASE_PATH"] == "/data/season2bot.db"
    assert bot["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    assert re.fullmatch(r"postgres:1[56](\.\d+)*", postgres["image"])
    assert any(v.startswith("bot-data:/data") for v in bot["volumes"])
    assert any(v.startswith("postgres-data:/var/lib/postgresql/data") for v in postgres["volumes"])
    assert set(config["volumes"]) == {"bot-data", "postgres-data"}
    assert all(p.startswith("127.0.0.1:") for p in bot["ports"])  # metrics published to this host only


def test_compose_refuses_to_start_without_a_database_password(tmp_path: Path) -> None:
    done = compose_config(tmp_path, "DISCORD_TOKEN=dummy-token\n")
    assert done.returncode != 0 and "set POSTGRES_PASSWORD in .env" in done.stderr
