import copy

from bot.domain.catalogue_csv import parse_csv, to_csv
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
    assert errors[0].field == "aliases" and "JSON list" in errors[0].message
