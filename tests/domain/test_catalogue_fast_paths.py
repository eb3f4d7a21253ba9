"""The validator's fast paths (the common valid row) must accept exactly what the full checks accept,
and build the same objects: anything else falls through to the full checks, which name the error."""

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.domain import catalogue_file as cf

TEXTS = st.one_of(
    st.sampled_from(
        ["", " ", "Netflix", "Nam On-jo", "x" * 200, "x" * 201, "https://example.org/a", "ftp://x"]
    ),
    # Control characters (refused, except newline and tab in a note) and unprintable but allowed text.
    st.sampled_from(
        ["Nam\x00", "a\nb", "a\tb", "a\r\nb", "\x7f", "x\x85", "\x9f", "\ud800", "No\u00a0break"]
    ),
    st.sampled_from(["https://example.org/\x00", "https://example.org/a\n"]),
    st.text(max_size=5),
)
DATES = st.sampled_from(
    ["2022-01-28", "2022-06", "2022", "2022-02-30", "22-01", " 2022-01-28", "", "soon"]
) | st.sampled_from(  # out of range, or with a control character
    ["9999-12", "9999-12-31", "1899", "1900", "1900-01-01", "2100-12-31", "2101", "2022\n", "2022-01-28\x00"]
)
INTS = st.one_of(st.sampled_from([0, 1, 2, 50, 51, 1000, 1001, -1, True]), st.integers(-5, 60))
VALUES = st.one_of(st.none(), TEXTS, DATES, INTS, st.booleans(), st.lists(INTS, max_size=4), st.just({}))


def rows(keys: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Dicts that mostly look right: each key present or not, with a likely or an odd value."""
    fields = {k: st.one_of(v, VALUES) for k, v in keys.items()}
    return st.fixed_dictionaries({}, optional={**fields, "extra": VALUES})


def outcome(parse: Any, raw: Any) -> tuple[str, Any]:
    try:
        return "ok", parse(raw, 3)
    except cf._Invalid as exc:
        return "error", (exc.field, exc.message)


# A cold first draw (fresh interpreter, CI) can take over a second; that is not a slow strategy.
FAST_PATH_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SEASONS = rows({"number": INTS, "premiere": DATES, "episodes": INTS, "finale": DATES})
DECISIONS = rows(
    {
        "season": INTS,
        "status": st.sampled_from(["renewed", "cancelled", "ended", "maybe"]),
        "date": DATES,
        "final": st.booleans(),
        "note": TEXTS,
        "source": st.one_of(
            rows(
                {"publisher": TEXTS, "url": st.sampled_from(["https://example.org/x", "nope", "http://a b"])}
            ),
            VALUES,
        ),
    }
)
CAST = rows({"actor": TEXTS, "character": TEXTS, "seasons": st.lists(INTS, max_size=4)})


@FAST_PATH_SETTINGS
@given(SEASONS)
def test_season_fast_path_agrees_with_the_full_checks(raw: dict[str, Any]) -> None:
    assert outcome(cf._season, raw) == outcome(cf._season_checked, raw)


@FAST_PATH_SETTINGS
@given(DECISIONS)
def test_decision_fast_path_agrees_with_the_full_checks(raw: dict[str, Any]) -> None:
    assert outcome(cf._decision, raw) == outcome(cf._decision_checked, raw)


@FAST_PATH_SETTINGS
@given(CAST)
def test_cast_fast_path_agrees_with_the_full_checks(raw: dict[str, Any]) -> None:
    assert outcome(cf._cast, raw) == outcome(cf._cast_checked, raw)


def test_ordinary_rows_take_the_fast_paths(monkeypatch: Any) -> None:
    """The speed of a 100,000-show import rests on this: an ordinary row never needs the full path."""

    def refuse(raw: Any, index: int) -> Any:
        raise AssertionError(f"the full path was used for {raw!r}")

    for name in ("_season_checked", "_decision_checked", "_cast_checked"):
        monkeypatch.setattr(cf, name, refuse)
    season = cf._season({"number": 1, "premiere": "2022-01-28", "episodes": 12}, 0)
    assert season.premiere is not None and season.premiere.iso() == "2022-01-28" and season.episodes == 12
    decision = cf._decision(
        {"season": 2, "status": "renewed", "date": "2022-06", "source": {"publisher": "Netflix"}}, 0
    )
    assert decision.announced.iso() == "2022-06" and decision.source.publisher == "Netflix"
    cast = cf._cast({"actor": "Park Ji-hoo", "character": "Nam On-jo", "seasons": [1]}, 0)
    assert cast.character == "Nam On-jo" and cast.seasons == (1,)
