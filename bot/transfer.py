"""Import and export of whole catalogues (JSON or CSV), shared by /admin and the command line."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.domain.catalogue_csv import parse_csv, to_csv
from bot.domain.catalogue_file import (
    FORMAT_VERSION,
    MAX_ROWS,
    RowError,
    clip,
    parse_row,
    parse_rows,
    quoted,
    to_document,
)
from bot.domain.errors import UserError
from bot.domain.events import Actor
from bot.domain.models import Show
from bot.edits import Editor, ImportResult
from bot.store import Store
from bot.store import catalogue as store

Format = Literal["json", "csv"]
SHOWN_ERRORS = 20
MAX_FILE_BYTES = 10 * 1024 * 1024  # an attachment to /admin import
MAX_CLI_FILE_BYTES = 128 * 1024 * 1024  # python -m bot import: a whole 100,000-show catalogue fits
LARGE_TEXT = 8 * 1024 * 1024  # about 12,000 shows: enough rows that rebuilding an index beats updating it


@dataclass(frozen=True, slots=True)
class Checked:
    shows: list[Show]
    errors: list[RowError]

    def error_report(self) -> str:
        lines = [str(e) for e in self.errors[:SHOWN_ERRORS]]
        more = len(self.errors) - SHOWN_ERRORS
        if more > 0:
            lines.append(f"… and {more} more")
        return "\n".join(lines)


def detect_format(name: str, raw: bytes) -> Format:
    lowered = name.lower()
    if lowered.endswith(".json"):
        return "json"
    if lowered.endswith(".csv"):
        return "csv"
    return "json" if raw.lstrip()[:1] in (b"{", b"[") else "csv"


def check(raw: bytes, name: str, limit: int = MAX_FILE_BYTES) -> Checked:
    """Decode and validate every row; never writes. Format problems raise UserError."""
    if len(raw) > limit:
        raise UserError(
            "{name} is {size:.1f} MB; the limit is {limit} MB. Split it and try again.",
            name=clip(name, 100),
            size=len(raw) / 1_048_576,
            limit=limit // 1_048_576,
        )
    fmt = detect_format(name, raw)
    text = decode(raw, name)
    del raw  # a large file: keep one copy in memory, not two
    if fmt == "csv":
        shows, errors = parse_csv(text)
    else:
        with _json_errors(name):
            shows, errors = parse_rows(stream_shows(text))
    if not shows and not errors:
        raise UserError("{name} holds no shows.", name=clip(name, 100))
    return Checked(shows, errors)


def decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            "{name} is not UTF-8 text (byte {byte}). Save it as UTF-8 and try again.",
            name=clip(name, 100),
            byte=exc.start,
        ) from None


@contextlib.contextmanager
def _json_errors(name: str) -> Iterator[None]:
    shown = clip(name, 100)  # an attachment's name is whatever its sender chose
    try:
        yield
    except json.JSONDecodeError as exc:
        raise UserError(
            "{name} is not valid JSON (line {line}, column {column}: {why}).",
            name=shown,
            line=exc.lineno,
            column=exc.colno,
            why=exc.msg,
        ) from None
    except _Unreadable as exc:
        raise UserError("{name}: {why}", name=shown, why=exc) from None
    except _Shape as exc:
        raise UserError(
            '{name}: {why} A catalogue looks like {{"version": 1, "shows": [...]}}.', name=shown, why=exc
        ) from None


class _Shape(Exception):
    """The JSON is well formed but is not a catalogue document."""


class _Unreadable(_Shape):
    """Well-formed JSON past Python's limits: nested deeper than its recursion limit, or an integer
    of more than 4,300 digits. Said with where it is: the traceback would tell a user nothing."""

    def __init__(self, what: str, text: str, at: int, exc: Exception) -> None:
        line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
        if isinstance(exc, RecursionError):
            why = "is nested too deeply; a show needs only a few levels"
        else:
            why = "has a number with more than 4,300 digits"
        super().__init__(f"{what} (line {line}, column {column}) {why}.")


_WS = " \t\n\r"


def stream_shows(text: str) -> Iterator[object]:
    """The rows of a catalogue document, one at a time, so a large file never exists twice over as
    Python objects. Checks the envelope ({"version": 1, "shows": [...]}) as it goes."""
    for row, _ in _rows_with_positions(text):
        yield row


def _rows_with_positions(text: str) -> Iterator[tuple[object, int]]:
    """Each row with the offset in `text` just past it (for progress)."""
    decoder = json.JSONDecoder()
    end = len(text)

    def skip(i: int) -> int:
        while i < end and text[i] in _WS:
            i += 1
        return i

    def expect(i: int, char: str) -> int:
        i = skip(i)
        if i >= end or text[i] != char:
            raise json.JSONDecodeError(f"Expecting '{char}'", text, i)
        return i + 1

    def value(i: int, what: str) -> tuple[object, int]:
        try:
            return decoder.raw_decode(text, i)
        except json.JSONDecodeError:
            raise
        except (RecursionError, ValueError) as exc:  # Python's limits, not JSON's
            raise _Unreadable(what, text, i, exc) from None

    i = expect(0, "{")
    seen: set[str] = set()
    while True:
        i = skip(i)
        if i < end and text[i] == "}":
            break
        if seen:
            i = skip(expect(i, ","))
        key, i = value(i, "a key")
        if not isinstance(key, str):
            raise json.JSONDecodeError("Expecting property name", text, i)
        i = skip(expect(i, ":"))
        seen.add(key)
        if key == "shows":
            if i >= end or text[i] != "[":
                raise _Shape('"shows" must be a list.')
            i = skip(i + 1)
            count = 0
            while i < end and text[i] != "]":
                if count:
                    i = skip(expect(i, ","))
                try:
                    row, i = decoder.raw_decode(text, i)
                except json.JSONDecodeError:
                    raise
                except (RecursionError, ValueError) as exc:  # not `value`: no call per row
                    raise _Unreadable(f"row {count + 1}", text, i, exc) from None
                count += 1
                if count > MAX_ROWS:
                    raise _Shape(f"more than {MAX_ROWS:,} shows in one file.")
                yield row, i
                i = skip(i)
            i = expect(i, "]")
        elif key == "version":
            version, i = value(i, '"version"')
            if version != FORMAT_VERSION:
                raise _Shape(f'"version" must be {FORMAT_VERSION}.')
        else:
            raise _Shape(f"unknown key {quoted(key)}.")
    if skip(i + 1) != end:
        raise json.JSONDecodeError("Extra data", text, skip(i + 1))
    if "version" not in seen or "shows" not in seen:
        raise _Shape('"version" and "shows" are both required.')


async def check_async(raw: bytes, name: str) -> Checked:
    # Parsing 10 MB blocks for a while: keep the event loop (heartbeats, other users) free.
    return await asyncio.to_thread(check, raw, name)


@dataclass(frozen=True, slots=True)
class Streamed:
    """What a streamed import found: every row counted, every error, and what was written (None
    when nothing was: a dry run, or any invalid row)."""

    rows: int
    errors: list[RowError]
    result: ImportResult | None


async def import_json_text(
    editor: Editor | None,
    text: str,
    name: str,
    actor: Actor,
    *,
    quiet: bool = False,
    progress: Callable[[int], None] | None = None,
) -> Streamed:
    """A large JSON catalogue in one pass: rows are validated as they are read and written as they
    pass, through the one write path, in one transaction that any invalid row rolls back. Memory
    stays flat (no list of every show). `editor=None` validates only. `progress` gets the offset
    in `text` reached so far.

    Validating in one thread while writing in another was measured slower (13.4 s against 12.2 s
    for 100,000 shows): both halves are Python-bound and only fight over the GIL."""
    errors: list[RowError] = []
    counted = [0]
    batches = _valid_batches(text, name, errors, counted, progress)
    if editor is None:
        await asyncio.to_thread(collections.deque, batches, 0)
        return Streamed(counted[0], errors, None)
    result = await editor.import_batches(
        batches, actor, quiet=quiet, keep=lambda: not errors, large=len(text) > LARGE_TEXT
    )
    return Streamed(counted[0], errors, result)


def _valid_batches(
    text: str,
    name: str,
    errors: list[RowError],
    counted: list[int],
    progress: Callable[[int], None] | None,
) -> Iterator[list[Show]]:
    """Batches of valid shows, until the first invalid row; after it, rows are still checked (to
    report them all) but nothing more is handed on."""
    seen: dict[str, int] = {}
    batch: list[Show] = []
    with _json_errors(name):
        for number, (row, offset) in enumerate(_rows_with_positions(text), 1):
            counted[0] = number
            show, error = parse_row(row, number)
            if show is not None and show.slug in seen:
                error = RowError(number, "slug", f"{show.slug!r} repeats row {seen[show.slug]}")
                show = None
            if show is None:
                assert error is not None
                errors.append(error)
                batch = []
                continue
            seen[show.slug] = number
            if errors:
                continue
            batch.append(show)
            if len(batch) >= store.BULK_BATCH:
                yield batch
                batch = []
                if progress is not None:
                    progress(offset)
    if batch and not errors:
        yield batch
    if progress is not None:
        progress(len(text))
    if counted[0] == 0:
        raise UserError("{name} holds no shows.", name=clip(name, 100))


async def export_bytes(db: Store, fmt: Format) -> bytes:
    """The reviewed catalogue. Shows taken from TVmaze that no curator has reviewed are left out:
    they are TVmaze's data, not the catalogue's, and a fan's next question fetches them again."""
    shows = [s for s in await store.all_shows(db) if s.reviewed]
    if fmt == "csv":
        return to_csv(shows).encode("utf-8")
    return (json.dumps(to_document(shows), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


async def export_file(db: Store, path: Path, *, force: bool = False) -> int:
    """Write the catalogue to a new .json or .csv file; `force` replaces an existing one, but never
    the database itself nor its -wal, -shm or -journal files."""
    shown = clip(str(path), 200)

    def refuse_the_store() -> None:
        target, base = path.resolve(), db.path.resolve()
        for store_file in (Path(f"{base}{end}") for end in ("", "-wal", "-shm", "-journal")):
            # samefile: a hard link, or any other name for the same file, is still the database
            same = target.exists() and store_file.exists() and target.samefile(store_file)
            if same or target == store_file:
                raise UserError(
                    "{name} is the bot's database ({database}); export to another file.",
                    name=shown,
                    database=db.path.name,
                )

    def write(data: bytes) -> None:
        if not force:
            try:
                with path.open("xb") as out:  # "x": refused if it exists, even if made a moment ago
                    try:
                        out.write(data)
                    except BaseException:
                        path.unlink(missing_ok=True)  # never leave half an export behind
                        raise
            except FileExistsError:
                raise UserError(
                    "{name} already exists; choose a new file name, or add --force.", name=shown
                ) from None
            return
        # Replace in one step: the old file stays whole until the new one is.
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            temporary.write_bytes(data)
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)

    await asyncio.to_thread(refuse_the_store)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv"):
        raise UserError("{name}: give a .json or .csv file name.", name=shown)
    fmt: Format = "csv" if suffix == ".csv" else "json"
    data = await export_bytes(db, fmt)
    try:
        await asyncio.to_thread(write, data)
    except OSError as exc:
        raise UserError("cannot write {name}: {why}.", name=shown, why=exc.strerror) from None
    return await store.count(db, reviewed=True)
