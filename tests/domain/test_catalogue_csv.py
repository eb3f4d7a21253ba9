import copy
import csv
import io

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.domain.catalogue_csv import FORMULA_STARTS, escape_cell, parse_csv, to_csv, unescape_cell
from bot.domain.catalogue_file import parse_document
from tests.domain.test_catalogue_file import GOOD


def test_csv_round_trip_is_lossless() -> None:
    shows, _ = parse_document(GOOD)
    text = to_csv(shows)
    again, errors = parse_csv(text)
    assert errors == [] and again == shows
    assert text.splitlines()[0].startswith("slug,title,original_title,aliases")


def test_missing_columns_are_named() -> None:
    _, errors = parse_csv("slug,title\nx,X\n")
    assert errors[0].row == 1 and "platform" in errors[0].message and "seasons" in errors[0].message


def test_bad_cells_name_row_and_field() -> None:
    shows, _ = parse_document(GOOD)
    text = to_csv(shows + shows[:0])
    lines = text.splitlines()
    broken = lines[1].replace('"[{""number"": 1', '"[{""number"": 0', 1)
    _, errors = parse_csv(
        "\n".join([lines[0], lines[1], broken.replace("all-of-us-are-dead", "other", 1)]) + "\n"
    )
    assert [(e.row, e.field) for e in errors] == [(3, "seasons[0].number")]


def test_not_json_cell() -> None:
    doc = copy.deepcopy(GOOD)
    shows, _ = parse_document(doc)
    text = to_csv(shows).replace('"[""AOUAD""]"', "AOUAD")
    assert "AOUAD," in text
    _, errors = parse_csv(text)
    assert errors[0].field == "aliases" and "must be JSON" in errors[0].message


def test_ids_round_trip_through_csv() -> None:
    doc = copy.deepcopy(GOOD)
    doc["shows"][0]["ids"] = {"tvmaze": 55614, "imdb": "tt14169960"}
    shows, _ = parse_document(doc)
    back, errors = parse_csv(to_csv(shows))
    assert errors == [] and back == shows and back[0].links.tvmaze == 55614


def _one_show(**fields: str) -> list:
    doc = copy.deepcopy(GOOD)
    doc["shows"][0].update(fields)
    shows, errors = parse_document(doc)
    assert errors == []
    return shows


@pytest.mark.parametrize("lead", ["=", "+", "-", "@"])
def test_cells_a_spreadsheet_would_run_as_formulas_are_escaped(lead: str) -> None:
    formula = f'{lead}HYPERLINK("http://evil.example","x")'
    shows = _one_show(title=formula, platform=f"{lead}1+1", source_material=f"{lead}cmd|' /C calc'!A0")
    text = to_csv(shows)
    cells = next(csv.DictReader(io.StringIO(text)))
    for column in ("title", "platform", "source_material"):
        assert cells[column].startswith("'" + lead), cells[column]
    again, errors = parse_csv(text)
    assert errors == [] and again == shows


def test_a_value_that_starts_with_an_apostrophe_round_trips() -> None:
    shows = _one_show(title="'Allo 'Allo!", original_title="'=not a formula", platform="''")
    text = to_csv(shows)
    cells = next(csv.DictReader(io.StringIO(text)))
    assert cells["title"] == "'Allo 'Allo!"  # import would not change it: written as it is
    assert cells["original_title"] == "''=not a formula" and cells["platform"] == "'''"
    again, errors = parse_csv(text)
    assert errors == [] and again == shows


LEADS = st.sampled_from(["=", "+", "-", "@", "'", "''", "'=", "'@", "' ", " ", "", "a", "지"])
# Any text a row may hold: control characters (tab and carriage return among them) are refused.
TAILS = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=8)


@given(st.text(st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "a", " "]), max_size=6) | st.text())
def test_escaping_a_cell_is_undone_by_import(text: str) -> None:
    escaped = escape_cell(text)
    assert unescape_cell(escaped) == text
    assert not escaped.startswith(FORMULA_STARTS)


@settings(max_examples=200, deadline=None)
@given(
    title=st.tuples(LEADS, TAILS),
    original=st.tuples(LEADS, TAILS),
    platform=st.tuples(LEADS, TAILS),
    source=st.tuples(LEADS, TAILS),
)
def test_csv_round_trip_keeps_any_leading_character(
    title: tuple[str, str], original: tuple[str, str], platform: tuple[str, str], source: tuple[str, str]
) -> None:
    doc = copy.deepcopy(GOOD)
    row = doc["shows"][0]
    row.update(
        title="".join(title),
        original_title="".join(original),
        platform="".join(platform),
        source_material="".join(source),
    )
    shows, errors = parse_document(doc)
    assume(errors == [])
    text = to_csv(shows)
    for line in csv.reader(io.StringIO(text, newline="")):
        for cell in line:
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
    again, errors = parse_csv(text)
    assert errors == [] and again == shows


@pytest.mark.parametrize(
    ("cell", "says"),
    [
        ("[" * 100_000, "nested too deeply"),
        ('[{"number": ' + "1" * 5_000 + "}]", "more than 4,300 digits"),
    ],
)
def test_hostile_json_cells_name_the_row_and_column(cell: str, says: str) -> None:
    shows, _ = parse_document(GOOD)
    lines = to_csv(shows).splitlines()
    header = lines[0].split(",")
    cells = next(csv.reader([lines[1]]))
    cells[header.index("seasons")] = cell
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    _, errors = parse_csv(lines[0] + "\n" + out.getvalue())
    assert [(e.row, e.field) for e in errors] == [(2, "seasons")]
    assert says in errors[0].message and len(str(errors[0])) < 300


def test_control_characters_in_csv_cells_are_refused() -> None:
    shows, _ = parse_document(GOOD)
    text = to_csv(shows).replace("All of Us Are Dead", "All of Us\x00 Are Dead", 1)
    _, errors = parse_csv(text)
    assert [str(e) for e in errors] == ["row 2, title: contains a control character"]


def test_an_unknown_column_is_clipped() -> None:
    shows, _ = parse_document(GOOD)
    lines = to_csv(shows).splitlines()
    text = lines[0] + "," + "z" * 5_000 + "\n" + lines[1] + ",\n"
    _, errors = parse_csv(text)
    assert len(errors) == 1 and errors[0].row == 1 and len(str(errors[0])) < 300
