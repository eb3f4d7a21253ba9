"""Loading a catalogue document (data/shows.json, an import file) into the store."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.domain.catalogue_file import RowError, parse_document
from bot.domain.errors import UserError
from bot.domain.models import Show
from bot.store import Database
from bot.store import catalogue as store
from bot.store.catalogue import UpsertReport

MAX_FILE_BYTES = 10 * 1024 * 1024


def bundled_catalogue() -> Path:
    """data/shows.json beside the package (a source checkout or an editable install)."""
    return Path(__file__).resolve().parent.parent / "data" / "shows.json"


@dataclass(frozen=True, slots=True)
class Parsed:
    shows: list[Show]
    errors: list[RowError]


def parse_bytes(raw: bytes, name: str = "file") -> Parsed:
    """Decode and validate a JSON catalogue document; format problems become UserError."""
    if len(raw) > MAX_FILE_BYTES:
        raise UserError(
            f"{name} is {len(raw) / 1_048_576:.1f} MB; the limit is 10 MB. Split it and try again."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{name} is not UTF-8 text (byte {exc.start}). Save it as UTF-8 and try again."
        ) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    shows, errors = parse_document(doc)
    return Parsed(shows, errors)


def read_file(path: Path) -> Parsed:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UserError(
                f"{path} is {size / 1_048_576:.1f} MB; the limit is 10 MB. Split it and try again."
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{path} does not exist.") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder; give the path of a .json file.") from None
    except PermissionError:
        raise UserError(f"{path} cannot be read (permission denied).") from None
    return parse_bytes(raw, str(path))


async def load(
    db: Database, parsed: Parsed, *, progress: Callable[[int], None] | None = None
) -> UpsertReport:
    """All or nothing: refuse the whole document if any row is wrong."""
    if parsed.errors:
        raise UserError(f"{len(parsed.errors)} invalid rows; nothing was written. First: {parsed.errors[0]}")
    return await store.upsert_many(db, parsed.shows, progress=progress)


async def ensure_seeded(db: Database) -> UpsertReport | None:
    """Seed an empty store from the bundled catalogue; leave a non-empty one alone."""
    if await store.count(db) > 0:
        return None
    return await load(db, read_file(bundled_catalogue()))
