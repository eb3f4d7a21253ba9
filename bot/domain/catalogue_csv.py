"""The catalogue as CSV: one show per row; list fields (aliases, seasons, decisions, milestones, cast)
are JSON cells, so a CSV export imports back to exactly the same catalogue.

A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage
return: OWASP's list for CSV injection) is written with a leading apostrophe, which spreadsheets
show as "text" and import takes off again; so that this stays reversible, a value that itself starts
with an apostrophe before one of those characters, or another apostrophe, gets one too."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from bot.domain.catalogue_file import MAX_ROWS, RowError, parse_row, quoted, show_to_row
from bot.domain.models import Show

COLUMNS = (
    "slug", "title", "original_title", "aliases", "platform", "country", "language",
    "source_material", "last_checked", "seasons", "decisions", "milestones", "cast", "ids", "timezone",
)  # fmt: skip
REQUIRED = ("slug", "title", "platform", "country", "last_checked", "seasons")
JSON_COLUMNS = ("aliases", "seasons", "decisions", "milestones", "cast", "ids")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED = (*FORMULA_STARTS, "'")


def escape_cell(text: str) -> str:
    """A text cell as written: never the start of a spreadsheet formula (see the module docstring)."""
    if text.startswith(FORMULA_STARTS) or (text.startswith("'") and text[1:2].startswith(_ESCAPED)):
        return "'" + text
    return text  # 'Allo 'Allo! stays as it is: import leaves it alone too


def unescape_cell(text: str) -> str:
    """`escape_cell` undone: a leading apostrophe goes when a character it escapes follows."""
    return text[1:] if text.startswith("'") and text[1:2].startswith(_ESCAPED) else text


def parse_csv(text: str) -> tuple[list[Show], list[RowError]]:
    """Rows are numbered as a spreadsheet shows them: the header is row 1, the first show row 2."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], [RowError(1, "header", f"missing column(s): {', '.join(missing)}")]
    unknown = [c for c in header if c not in COLUMNS]
    if unknown:
        return [], [
            RowError(1, "header", f"unknown column {quoted(unknown[0])}; columns are {', '.join(COLUMNS)}")
        ]
    shows: list[Show] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    try:
        for raw in reader:
            number = reader.line_num
            if len(shows) + len(errors) >= MAX_ROWS:
                return [], [RowError(0, "file", f"more than {MAX_ROWS:,} rows; split the file")]
            row: dict[str, object] = {}
            bad = None
            for key, cell in raw.items():
                if key is None:
                    bad = RowError(number, "row", "has more cells than the header")
                    break
                if cell is None or cell == "":
                    continue
                if key in JSON_COLUMNS:
                    try:
                        row[key] = json.loads(cell)
                    except json.JSONDecodeError:
                        example = '{"tvmaze": 123}' if key == "ids" else '["AOUAD"]'
                        bad = RowError(number, key, f"must be JSON, e.g. {example}")
                        break
                    except RecursionError:
                        bad = RowError(number, key, "is nested too deeply; a show needs only a few levels")
                        break
                    except ValueError:  # Python refuses to read an integer of more than 4,300 digits
                        bad = RowError(number, key, "has a number with more than 4,300 digits")
                        break
                else:
                    row[key] = unescape_cell(cell)
            if bad is None:
                show, bad = parse_row(row, number)
                if show is not None:
                    if show.slug in seen:
                        bad = RowError(number, "slug", f"{show.slug!r} repeats row {seen[show.slug]}")
                    else:
                        seen[show.slug] = number
                        shows.append(show)
            if bad is not None:
                errors.append(bad)
    except csv.Error as exc:
        errors.append(RowError(reader.line_num, "file", f"not valid CSV ({exc})"))
    return shows, errors


def to_csv(shows: Iterable[Show]) -> str:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for show in shows:
        row = show_to_row(show)
        writer.writerow(
            {
                key: json.dumps(row[key], ensure_ascii=False)
                if key in JSON_COLUMNS and key in row
                else escape_cell(row.get(key, ""))
                for key in COLUMNS
            }
        )
    return out.getvalue()
