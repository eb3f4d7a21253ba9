"""The bundled catalogue: valid against its schema and true to its own rules."""

import json
from datetime import date
from urllib.parse import urlsplit

import jsonschema
import pytest

from bot.domain.catalogue_file import clean_url, parse_document
from tests.conftest import REPO

DOC = json.loads((REPO / "data" / "shows.json").read_text(encoding="utf-8"))
SCHEMA = json.loads((REPO / "data" / "shows.schema.json").read_text(encoding="utf-8"))


def test_valid_against_the_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    errors = sorted(jsonschema.Draft202012Validator(SCHEMA).iter_errors(DOC), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:20])


def test_the_bots_own_validator_agrees() -> None:
    _, errors = parse_document(DOC)
    assert errors == []


def test_size_and_spread() -> None:
    shows = DOC["shows"]
    assert len(shows) >= 150
    platforms = {s["platform"] for s in shows}
    for needed in ("Netflix", "HBO", "Disney+", "Prime Video", "Apple TV+", "Hulu"):
        assert needed in platforms, needed
    assert sum(s["country"] == "KR" for s in shows) >= 10
    assert sum(s["country"] == "JP" for s in shows) >= 10


def test_invariants() -> None:
    slugs = [s["slug"] for s in DOC["shows"]]
    assert len(slugs) == len(set(slugs))
    for show in DOC["shows"]:
        numbers = [s["number"] for s in show["seasons"]]
        assert numbers == sorted(set(numbers)), show["slug"]
        premieres = [s["premiere"] for s in show["seasons"] if "premiere" in s]
        assert premieres == sorted(premieres), f"{show['slug']}: premieres out of order"
        for decision in show.get("decisions", []):
            assert decision["source"]["publisher"].strip(), show["slug"]
            assert decision["date"] <= show["last_checked"], show["slug"]
        date.fromisoformat(show["last_checked"])


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (("platform",), "Netflix"),
        (("country",), "KR"),
        (("original_title",), "지금 우리 학교는"),
        (("source_material",), "Webtoon: Now at Our School by Joo Dong-geun"),
    ],
)
def test_all_of_us_are_dead_facts(path: tuple[str, ...], expected: str) -> None:
    show = next(s for s in DOC["shows"] if s["slug"] == "all-of-us-are-dead")
    value: object = show
    for key in path:
        value = value[key]  # type: ignore[index]
    assert value == expected


def test_all_of_us_are_dead_seasons_decision_and_cast() -> None:
    show = next(s for s in DOC["shows"] if s["slug"] == "all-of-us-are-dead")
    assert show["seasons"][0] == {"number": 1, "premiere": "2022-01-28", "episodes": 12}
    renewal = next(d for d in show["decisions"] if d["season"] == 2)
    assert renewal["status"] == "renewed" and renewal["date"].startswith("2022-06")
    # Netflix's July 2025 production news, with its source (UPI), and the season 2 cast it named.
    [production] = show["milestones"]
    assert (production["season"], production["kind"], production["date"]) == (2, "in_production", "2025-07")
    assert production["source"]["publisher"] == "UPI" and "upi.com" in production["source"]["url"]
    cast = {(c["actor"], c.get("character"), tuple(c.get("seasons", ()))) for c in show["cast"]}
    assert {
        ("Park Ji-hu", "Nam On-jo", (1, 2)),
        ("Yoon Chan-young", "Lee Cheong-san", (1, 2)),
        ("Cho Yi-hyun", "Choi Nam-ra", (1, 2)),
        ("Lomon", "Lee Su-hyeok", (1, 2)),
        ("Lee Min-jae", "Yong Ma-ru", (2,)),
        ("Kim Si-eun", "So Ju-ran", (2,)),
        ("Yoon Ga-i", "Lee Jong-ah", (2,)),
        ("Yoo In-soo", "Yoon Gwi-nam", (1,)),
        ("Lee Yoo-mi", "Lee Na-yeon", (1,)),
    } <= cast


def test_no_source_url_holds_a_tracking_parameter() -> None:
    urls = [
        d["source"]["url"] for show in DOC["shows"] for d in show.get("decisions", []) if "url" in d["source"]
    ]
    assert len(urls) > 400
    assert [u for u in urls if clean_url(u) != u] == []
    assert [u for u in urls if "utm_" in u.lower() or "fbclid" in u.lower()] == []


def test_sources_are_mostly_trade_press_or_news_and_yellowjackets_is_split() -> None:
    """The December 2026 clean-up (data/README.md): where a trade-press, network or newspaper report
    of a decision was found, it replaced the aggregator; a floor keeps it from sliding back."""
    trade = {"variety.com", "deadline.com", "thewrap.com", "hollywoodreporter.com", "tvline.com",
             "nexttv.com", "vulture.com", "ew.com", "indiewire.com", "c21media.net"}  # fmt: skip
    hosts = [
        (urlsplit(d["source"]["url"]).hostname or "").removeprefix("www.")
        for show in DOC["shows"]
        for d in show.get("decisions", [])
        if d["source"].get("url")
    ]
    assert sum(h in trade for h in hosts) >= 220
    show = next(s for s in DOC["shows"] if s["slug"] == "yellowjackets")
    renewal = next(d for d in show["decisions"] if d["season"] == 4)
    assert renewal["date"] == "2025-05-20" and not renewal.get("final")
    ending = next(d for d in show["decisions"] if d["season"] == 5)
    assert ending["status"] == "ended" and ending["date"] == "2025-10"
