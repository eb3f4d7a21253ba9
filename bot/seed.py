"""The bundled catalogue (data/shows.json) and loading a catalogue file into the store."""

from __future__ import annotations

from pathlib import Path

from bot.domain.errors import UserError
from bot.domain.events import Actor
from bot.edits import Editor
from bot.store import catalogue as store
from bot.store.catalogue import UpsertReport
from bot.transfer import MAX_CLI_FILE_BYTES, Checked, check

BUNDLED = Actor("bundled catalogue")


def bundled_catalogue() -> Path:
    """data/shows.json beside the package (a source checkout or an editable install)."""
    return Path(__file__).resolve().parent.parent / "data" / "shows.json"


def read_file(path: Path) -> Checked:
    return check(read_bytes(path), str(path), MAX_CLI_FILE_BYTES)


def read_bytes(path: Path) -> bytes:
    """A catalogue file's bytes, or one line saying why not."""
    try:
        size = path.stat().st_size
        if size > MAX_CLI_FILE_BYTES:
            limit = MAX_CLI_FILE_BYTES // 1_048_576
            raise UserError(
                "{path} is {size:.1f} MB; the limit is {limit} MB. Split it and try again.",
                path=path,
                size=size / 1_048_576,
                limit=limit,
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError("{path} does not exist.", path=path) from None
    except IsADirectoryError:
        raise UserError("{path} is a folder; give the path of a .json or .csv file.", path=path) from None
    except PermissionError:
        raise UserError("{path} cannot be read (permission denied).", path=path) from None


async def ensure_seeded(editor: Editor) -> UpsertReport | None:
    """Seed an empty store from the bundled catalogue; leave a non-empty one alone."""
    if await store.count(editor.db) > 0:
        return None
    checked = read_file(bundled_catalogue())
    if checked.errors:
        raise UserError(
            "the bundled catalogue has {count} invalid rows: {first}",
            count=len(checked.errors),
            first=checked.errors[0],
        )
    # A new store has no subscribers: nobody to tell.
    return (await editor.import_shows(checked.shows, BUNDLED, quiet=True)).report
