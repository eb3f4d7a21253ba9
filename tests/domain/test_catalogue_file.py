import copy
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.catalogue_file import (
    MAX_ROWS,
    clean_url,
    has_control_characters,
    parse_document,
    to_document,
)
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
        (["shows", 0, "ids"], {"imdb": "14169960"}, "ids.imdb"),
        (["shows", 0, "ids"], {"tvmaze": "55614"}, "ids.tvmaze"),
        (["shows", 0, "ids"], {"tvmaze": 0}, "ids.tvmaze"),
        (["shows", 0, "ids"], {"tmdb": 1}, "ids.tmdb"),
        (["shows", 0, "ids"], [55614], "ids"),
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


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (["shows", 0, "seasons", 0, "premiere"], "9999-12", "seasons[0].premiere"),
        (["shows", 0, "seasons", 0, "premiere"], "1899", "seasons[0].premiere"),
        (["shows", 0, "seasons", 0, "finale"], "2101-01-01", "seasons[0].finale"),
        (["shows", 0, "decisions", 0, "date"], "9999-12-31", "decisions[0].date"),
        (["shows", 0, "last_checked"], "9999-12-31", "last_checked"),
        (["shows", 0, "last_checked"], "0001-01-01", "last_checked"),
    ],
)
def test_dates_outside_1900_to_2100_are_refused(path: list[object], value: str, field: str) -> None:
    shows, errors = parse_document(broken(path, value))
    assert shows == [] and len(errors) == 1
    assert errors[0].field == field and "dates must be between 1900 and 2100" in errors[0].message


def test_dates_at_the_bounds_are_accepted() -> None:
    doc = broken(["shows", 0, "seasons", 0, "premiere"], "1900-01-01")
    doc["shows"][0]["seasons"][1]["premiere"] = "2100-12"
    doc["shows"][0]["last_checked"] = "2100-12-31"
    shows, errors = parse_document(doc)
    assert errors == [] and len(shows) == 1


@pytest.mark.parametrize(
    ("path", "field"),
    [
        (["shows", 0, "title"], "title"),
        (["shows", 0, "original_title"], "original_title"),
        (["shows", 0, "platform"], "platform"),
        (["shows", 0, "aliases", 0], "aliases[0]"),
        (["shows", 0, "slug"], "slug"),
        (["shows", 0, "country"], "country"),
        (["shows", 0, "language"], "language"),
        (["shows", 0, "decisions", 0, "source", "publisher"], "decisions[0].source.publisher"),
        (["shows", 0, "decisions", 0, "note"], "decisions[0].note"),
        (["shows", 0, "cast", 0, "actor"], "cast[0].actor"),
        (["shows", 0, "cast", 0, "character"], "cast[0].character"),
    ],
)
@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9f", "\r", "\ud800"])
def test_control_characters_are_refused_naming_the_field(
    path: list[object], field: str, control: str
) -> None:
    doc = copy.deepcopy(GOOD)
    doc["shows"][0]["decisions"][0]["note"] = "Renewed"
    target: object = doc
    for key in path[:-1]:
        target = target[key]  # type: ignore[index]
    target[path[-1]] = {"slug": "ab", "country": "KR", "language": "ko"}.get(  # type: ignore[index]
        str(path[-1]), "Name"
    ) + control
    shows, errors = parse_document(doc)
    assert shows == [] and len(errors) == 1
    assert errors[0].field == field and errors[0].message == "contains a control character"
    assert str(errors[0]) == f"row 1, {field}: contains a control character"


@pytest.mark.parametrize("text", ["Seasons\n1 to 3", "a\ttab"])
def test_a_note_may_hold_newlines_and_tabs_but_a_title_may_not(text: str) -> None:
    shows, errors = parse_document(broken(["shows", 0, "decisions", 0, "note"], text))
    assert errors == [] and shows[0].decisions[0].note == text
    _, errors = parse_document(broken(["shows", 0, "title"], text))
    assert [(e.field, e.message) for e in errors] == [("title", "contains a control character")]


def test_has_control_characters() -> None:
    assert not has_control_characters("All of Us Are Dead 지금 우리 학교는 \u00a0\u200d")
    for bad in ("\x00", "a\x1fb", "\x7f", "\x80", "\x9f", "\ud800", "\udfff", "\n", "\t", "\r"):
        assert has_control_characters(bad), repr(bad)
    assert not has_control_characters("line one\nline\ttwo", newlines=True)
    assert has_control_characters("line\r\n", newlines=True)
    assert has_control_characters("\x00", newlines=True)


HOSTILE_KEY = "k" * 5_000


@pytest.mark.parametrize(
    "doc",
    [
        {"version": 1, "shows": [], HOSTILE_KEY: 1},
        {"version": 1, "shows": [{HOSTILE_KEY: 1}]},
        {"version": 1, "shows": [{**GOOD["shows"][0], HOSTILE_KEY: 1}]},
        broken(["shows", 0, "seasons", 0, HOSTILE_KEY], 1),
        broken(["shows", 0, "decisions", 0, "source", HOSTILE_KEY], 1),
        broken(["shows", 0, "cast", 0, "\n" * 5_000], 1),
        broken(["shows", 0, "seasons", 0, "premiere"], "\U0010ffff" * 200),
        broken(["shows", 0, "decisions", 0, "date"], "\x00" * 200),
        broken(["shows", 0, "seasons", 0, "finale"], "9" * 200),
    ],
)
def test_errors_clip_what_they_echo(doc: dict) -> None:
    shows, errors = parse_document(doc)
    assert shows == [] and errors
    for error in errors:
        text = str(error)
        assert len(text) < 300 and "\n" not in text, text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://tvline.com/2022/03/14/abbott/", "https://tvline.com/2022/03/14/abbott/"),
        ("https://a.example/x?utm_source=rss&utm_medium=rss&utm_campaign=x", "https://a.example/x"),
        ("https://a.example/x/?fbclid=IwAR1C8", "https://a.example/x/"),
        ("https://a.example/story?id=29925963&utm_source=feed", "https://a.example/story?id=29925963"),
        (
            "https://a.example/story?utm_source=feed&id=7&gclid=1#part-2",
            "https://a.example/story?id=7#part-2",
        ),
        ("https://a.example/x?utm_term=a#top", "https://a.example/x#top"),
        ("https://a.example/x.html?ns_mchannel=rss&ns_campaign=1490&ito=1490", "https://a.example/x.html"),
        (
            "https://a.example/x?UTM_Source=a&MC_CID=b&mc_eid=c&ocid=d&cmpid=e&msclkid=f",
            "https://a.example/x",
        ),
        ("https://a.example/x?utm%5Fsource=a&b=2", "https://a.example/x?b=2"),
    ],
)
def test_clean_url_drops_tracking_parameters_only(url: str, expected: str) -> None:
    assert clean_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://github.com/o/r/blob/x.py?ref=main",
        "https://a.example/x?src=player&sl=1&viewas=amp",
        "https://a.example/x?utmost=1&a=&b",
        "https://a.example/x#section?utm_source=a",
        "https://a.example/x?",
    ],
)
def test_clean_url_keeps_other_parameters_and_fragments_as_written(url: str) -> None:
    assert clean_url(url) == url


@given(st.text(alphabet="ab_=&?#%5Futmsourcefbclid", max_size=40))
def test_a_clean_url_is_a_fixed_point(tail: str) -> None:
    once = clean_url("https://a.example/" + tail)
    assert clean_url(once) == once


def test_import_stores_source_urls_without_tracking_parameters() -> None:
    doc = copy.deepcopy(GOOD)
    source = doc["shows"][0]["decisions"][0]["source"]
    source["url"] = "https://a.example/renewed?id=5&utm_source=rss#more"
    shows, errors = parse_document(doc)
    assert errors == []
    assert shows[0].decisions[0].source.url == "https://a.example/renewed?id=5#more"
    exported = to_document(shows)
    assert parse_document(exported)[0] == shows


def test_a_url_with_a_note_takes_the_checked_path_and_is_cleaned_too() -> None:
    doc = copy.deepcopy(GOOD)
    decision = doc["shows"][0]["decisions"][0]
    decision["note"] = "two\nlines"  # a newline skips the fast path
    decision["source"]["url"] = "https://a.example/x?fbclid=1"
    shows, errors = parse_document(doc)
    assert errors == []
    assert shows[0].decisions[0].source.url == "https://a.example/x"
