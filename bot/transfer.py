"""Import and export of whole catalogues (JSON or CSV), shared by /admin and the command line."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from bot.domain.catalogue_csv import parse_csv, to_csv
from bot.domain.catalogue_file import RowError, parse_document, to_document
from bot.domain.errors import UserError
from bot.domain.models import Show
from bot.store import Database, curation
from bot.store import catalogue as store
from bot.store.catalogue import UpsertReport

Format = Literal["json", "csv"]
SHOWN_ERRORS = 20
MAX_FILE_BYTES = 10 * 1024 * 1024


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


def check(raw: bytes, name: str) -> Checked:
    """Decode and validate every row; never writes. Format problems raise UserError."""
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
    if detect_format(name, raw) == "csv":
        shows, errors = parse_csv(text)
    else:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserError(
                f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
            ) from None
        shows, errors = parse_document(doc)
    if not shows and not errors:
        raise UserError(f"{name} holds no shows.")
    return Checked(shows, errors)


async def check_async(raw: bytes, name: str) -> Checked:
    # Parsing 10 MB blocks for a while: keep the event loop (heartbeats, other users) free.
    return await asyncio.to_thread(check, raw, name)


async def apply(
    db: Database, checked: Checked, actor: int | None, *, progress: Callable[[int], None] | None = None
) -> UpsertReport:
    """All or nothing, after every row validated."""
    if checked.errors:
        raise UserError(f"{len(checked.errors)} invalid rows; nothing was written.")
    report = await store.upsert_many(db, checked.shows, progress=progress)
    await curation.audit_import(db, actor, report)
    return report


async def export_bytes(db: Database, fmt: Format) -> bytes:
    shows = await store.all_shows(db)
    if fmt == "csv":
        return to_csv(shows).encode("utf-8")
    return (json.dumps(to_document(shows), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


async def export_file(db: Database, path: Path) -> int:
    fmt: Format = "csv" if path.suffix.lower() == ".csv" else "json"
    data = await export_bytes(db, fmt)
    try:
        await asyncio.to_thread(path.write_bytes, data)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}.") from None
    return await store.count(db)
