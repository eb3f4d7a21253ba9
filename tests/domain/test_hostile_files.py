"""Hostile catalogue files given to `bot.transfer.check` (what /admin import runs): every problem is a
row error or one short UserError line, never an exception a user would see as "Something broke"."""

import csv
import io
import json

import pytest

from bot.domain.catalogue_csv import to_csv
from bot.domain.catalogue_file import parse_document
from bot.domain.errors import UserError
from bot.transfer import check
from tests.domain.test_catalogue_file import GOOD

DEEP = "[" * 100_000 + "]" * 100_000
DIGITS = "1" * 5_000
LONG = "k" * 5_000


def good_row(**extra: object) -> str:
    return json.dumps({**GOOD["shows"][0], **extra})


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('{"version": 1, "shows": [' + DEEP + "]}", "row 1 (line 1, column 26) is nested too deeply"),
        ('{"version": 1, "shows": [' + good_row() + ",\n " + DEEP + "]}", "row 2 (line 2, column 2)"),
        ('{"version": 1, "shows": [{"a": ' + DEEP + "}]}", "row 1 (line 1, column 26) is nested"),
        ('{"version": 1, "shows": [' + DIGITS + "]}", "row 1 (line 1, column 26) has a number with more"),
        ('{"version": 1, "shows": [{"slug": "x", "n": -' + DIGITS + "}]}", "row 1 (line 1, column 26)"),
        ('{"version": ' + DEEP + ', "shows": []}', '"version" (line 1, column 13) is nested too deeply'),
        ('{"version": ' + DIGITS + ', "shows": []}', '"version" (line 1, column 13) has a number'),
        ("{" + DIGITS + ": 1}", "(line 1, column 2)"),
        ('{"version": 1, "shows": [], "' + LONG + '": 1}', "unknown key 'kkkk"),
        ('{"version": 1, "' + "\\n" * 3_000 + '": 1, "shows": []}', "unknown key '\\n\\n"),
    ],
)
def test_hostile_json_is_one_short_line(text: str, says: str) -> None:
    with pytest.raises(UserError) as err:
        check(text.encode(), "hostile.json")
    message = str(err.value)
    assert message.startswith("hostile.json: ") and says in message, message
    assert "\n" not in message and len(message) < 300, message


@pytest.mark.parametrize(
    "row",
    [
        {LONG: 1},
        {**GOOD["shows"][0], LONG: 1},
        {**GOOD["shows"][0], "seasons": [{"number": 1, LONG: 1}]},
        {**GOOD["shows"][0], "seasons": [{"number": 1, "premiere": "\U0010ffff" * 200}]},
        {**GOOD["shows"][0], "seasons": [{"number": 1, "premiere": "9999-12"}]},
        {**GOOD["shows"][0], "title": "\x00" * 200},
        {**GOOD["shows"][0], "cast": [{"actor": "A", "\n" * 5_000: 1}]},
    ],
)
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_row_errors_from_hostile_rows_stay_short(row: dict, fmt: str) -> None:
    if fmt == "json":
        raw = json.dumps({"version": 1, "shows": [row]}).encode()
    else:
        cells = {k: (json.dumps(v) if isinstance(v, list | int) else v) for k, v in row.items()}
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows([list(cells), list(cells.values())])
        raw = out.getvalue().encode()
    try:
        checked = check(raw, f"hostile.{fmt}")
    except UserError as exc:
        texts = [str(exc)]
    else:
        assert checked.errors and not checked.shows
        texts = [str(e) for e in checked.errors] + [checked.error_report()]
    for text in texts:
        assert "\n" not in text and len(text) < 300, text


def test_csv_with_a_hostile_header_is_one_short_line() -> None:
    shows, _ = parse_document(GOOD)
    header, good = to_csv(shows).splitlines()
    checked = check(f"{header},{LONG}\n{good},\n".encode(), "hostile.csv")
    assert [e.row for e in checked.errors] == [1]
    assert len(checked.error_report()) < 300
