from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.dates import FuzzyDate, human_span, parse_day


@pytest.mark.parametrize(
    ("text", "precision", "human"),
    [("2022-01-28", "day", "28 January 2022"), ("2022-06", "month", "June 2022"), ("2025", "year", "2025")],
)
def test_parse_and_show(text: str, precision: str, human: str) -> None:
    d = FuzzyDate.parse(text)
    assert d.precision == precision and d.human() == human and d.iso() == text


@pytest.mark.parametrize("bad", ["2022-13", "2022-02-30", "22-01-01", "June 2022", "", "2022/01/01"])
def test_bad_dates_say_the_format(bad: str) -> None:
    with pytest.raises(ValueError, match="date"):
        FuzzyDate.parse(bad)


def test_period_ends() -> None:
    assert FuzzyDate.parse("2024-02").end() == date(2024, 2, 29)
    assert FuzzyDate.parse("2023-12").end() == date(2023, 12, 31)
    assert FuzzyDate.parse("2025").end() == date(2025, 12, 31)
    assert FuzzyDate.parse("2025").midpoint() == date(2025, 7, 2)


def test_parse_day_needs_a_day() -> None:
    assert parse_day("2025-06-27") == date(2025, 6, 27)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_day("2025-06")


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(["day", "month", "year"]),
)
def test_iso_round_trips(d: date, precision: str) -> None:
    fuzzy = FuzzyDate.parse(FuzzyDate(d, precision).iso())  # type: ignore[arg-type]
    assert fuzzy.precision == precision and fuzzy.value <= d <= fuzzy.end()


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (0, "0 days"),
        (1, "1 day"),
        (59, "59 days"),
        (60, "about 2 months"),
        (300, "about 10 months"),
        (729, "about 24 months"),
        (730, "about 2 years"),
        (3372, "about 9 years"),
    ],
)
def test_human_span(days: int, said: str) -> None:
    assert human_span(days) == said


@pytest.mark.parametrize("far", ["9999-12", "9999", "2101-01-01", "1899-12-31", "0001", "1000-01"])
def test_dates_outside_1900_to_2100_are_refused(far: str) -> None:
    with pytest.raises(ValueError, match="dates must be between 1900 and 2100"):
        FuzzyDate.parse(far)


@pytest.mark.parametrize("edge", ["1900-01-01", "1900", "2100-12", "2100-12-31"])
def test_dates_at_the_bounds_are_read(edge: str) -> None:
    assert FuzzyDate.parse(edge).iso() == edge


def test_a_long_bad_date_is_clipped_in_the_message() -> None:
    with pytest.raises(ValueError) as err:
        FuzzyDate.parse("x" * 5_000)
    assert len(str(err.value)) < 150 and "YYYY-MM-DD" in str(err.value)
