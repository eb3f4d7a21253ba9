import copy
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.catalogue_file import MAX_ROWS, parse_document, to_document
from tests.conftest import REPO

GOOD = {
    "version": 1,
    "shows": [
        {
            "slug": "all-of-us-are-dead",
            "title": "All of Us Are Dead",
            "original_title": "지금 우리 학교는",
            "aliases": ["AOUAD"],
            "platform": "Netflix",
            "country": "KR",
            "language": "ko",
            "last_checked": "2026-11-25",
            "seasons": [{"number": 1, "premiere": "2022-01-28", "episodes": 12}, {"number": 2}],
            "decisions": [
                {"season": 2, "status": "renewed", "date": "2022-06", "source": {"publisher": "Netflix"}}
            ],
            "cast": [{"actor": "Park Ji-hoo", "character": "Nam On-jo", "seasons": [1]}],
        }
    ],
}


def test_good_document_parses_and_round_trips() -> None:
    shows, errors = parse_document(GOOD)
    assert errors == [] and shows[0].slug == "all-of-us-are-dead"
    assert to_document(shows) == GOOD


def broken(path: list[object], value: object) -> dict:
    doc = copy.deepcopy(GOOD)
    target: object = doc
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    if value is KeyError:
        del target[path[-1]]  # type: ignore[attr-defined]
    else:
        target[path[-1]] = value  # type: ignore[index]
    return doc


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (["shows", 0, "slug"], "Bad Slug", "slug"),
        (["shows", 0, "title"], KeyError, "title"),
        (["shows", 0, "country"], "Korea", "country"),
        (["shows", 0, "last_checked"], "2026-11", "last_checked"),
        (["shows", 0, "seasons", 0, "premiere"], "2022-02-30", "seasons[0].premiere"),
        (["shows", 0, "seasons", 0, "episodes"], 0, "seasons[0].episodes"),
        (["shows", 0, "seasons", 1, "number"], 1, "seasons"),
        (["shows", 0, "decisions", 0, "status"], "maybe", "decisions[0].status"),
        (["shows", 0, "decisions", 0, "source"], KeyError, "decisions[0].source"),
        (["shows", 0, "decisions", 0, "source", "url"], "ftp://x", "decisions[0].source.url"),
        (["shows", 0, "cast", 0, "seasons"], [1, 1], "cast[0].seasons"),
        (["shows", 0, "colour"], "blue", "colour"),
        (["shows", 0, "title"], "x" * 201, "title"),
    ],
)
def test_errors_name_row_and_field(path: list[object], value: object, field: str) -> None:
    shows, errors = parse_document(broken(path, value))
    assert shows == [] and len(errors) == 1
    assert errors[0].row == 1 and errors[0].field == field


def test_duplicate_slug_points_at_the_first() -> None:
    doc = copy.deepcopy(GOOD)
    doc["shows"].append(copy.deepcopy(doc["shows"][0]))
    _, errors = parse_document(doc)
    assert str(errors[0]) == "row 2, slug: 'all-of-us-are-dead' repeats row 1"


@pytest.mark.parametrize(
    "doc", [[], {"version": 2, "shows": []}, {"version": 1}, {"version": 1, "shows": {}}]
)
def test_wrong_document_shape(doc: object) -> None:
    shows, errors = parse_document(doc)
    assert shows == [] and errors and errors[0].row == 0


def test_too_many_rows() -> None:
    _, errors = parse_document({"version": 1, "shows": [{}] * (MAX_ROWS + 1)})
    assert "at most 100,000" in errors[0].message


def test_bundled_catalogue_round_trips() -> None:
    doc = json.loads((REPO / "data" / "shows.json").read_text(encoding="utf-8"))
    shows, errors = parse_document(doc)
    assert errors == []
    again, _ = parse_document(to_document(shows))
    assert again == shows


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=4),
        max_leaves=20,
    )
)
def test_any_json_gives_errors_not_exceptions(doc: object) -> None:
    parse_document({"version": 1, "shows": [doc]})
