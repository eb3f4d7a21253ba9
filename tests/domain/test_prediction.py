from datetime import date, timedelta

from bot.domain.dates import FuzzyDate
from bot.domain.models import Decision, Season, Source
from bot.domain.prediction import (
    GapSample,
    RenewalAfter,
    RenewalPremiere,
    gap_samples,
    percentile,
    predict,
    renewal_waits,
    renewals_after_of,
)
from tests.conftest import make_show


def samples(platform: str, gaps: list[int], first_id: int = 1) -> list[GapSample]:
    return [
        GapSample(first_id + i, platform, g, date(2020, 1, 1), date(2020, 1, 1)) for i, g in enumerate(gaps)
    ]


def test_percentile_interpolates() -> None:
    assert percentile([1, 2, 3, 4], 0.5) == 2.5
    assert percentile([10], 0.75) == 10


def test_same_platform_window_from_median_and_the_10th_to_90th_percentile() -> None:
    pool = samples("Netflix", [300, 400, 500, 600, 700]) + samples("HBO", [100] * 5, first_id=100)
    p = predict("Netflix", date(2025, 1, 1), date(2025, 1, 2), pool)
    assert p is not None and p.scope == "Netflix" and p.sample_shows == 5
    assert p.likely == date(2025, 1, 1) + timedelta(days=500)
    assert p.earliest == date(2025, 1, 1) + timedelta(days=340)  # 10th percentile of 300..700
    assert p.latest == date(2025, 1, 1) + timedelta(days=660)
    assert "Netflix" in p.method() and "5 shows" in p.method()


def test_falls_back_to_all_platforms_below_five_shows() -> None:
    pool = samples("Apple TV+", [300, 400]) + samples("HBO", [100, 200, 300, 400, 500], first_id=10)
    p = predict("Apple TV+", date(2025, 1, 1), date(2025, 1, 2), pool)
    assert p is not None and p.scope == "all platforms" and p.sample_shows == 7


def test_a_long_wait_rules_out_shorter_gaps() -> None:
    pool = samples("Netflix", [200, 300, 900, 1000, 1100, 1200, 1300])
    renewed = date(2022, 6, 1)
    today = renewed + timedelta(days=800)
    p = predict("Netflix", renewed, today, pool)
    assert p is not None and p.conditioned_days == 800 and p.earliest >= today
    assert p.likely == renewed + timedelta(days=1100)


def test_too_little_history_gives_no_prediction() -> None:
    assert predict("Netflix", date(2025, 1, 1), date(2025, 1, 2), samples("Netflix", [300, 400])) is None


def test_the_show_itself_and_the_future_are_left_out() -> None:
    pool = samples("Netflix", [300, 400, 500, 600, 700])
    assert predict("Netflix", date(2025, 1, 1), date(2025, 1, 2), pool, exclude_show=1) is None
    assert predict("Netflix", date(2019, 1, 1), date(2019, 6, 1), pool) is None  # outcomes seen in 2020


def test_gap_samples_skip_year_precision() -> None:
    pairs = [
        RenewalPremiere(1, "Netflix", FuzzyDate.parse("2022-06"), FuzzyDate.parse("2024-06-15")),
        RenewalPremiere(2, "Netflix", FuzzyDate.parse("2022"), FuzzyDate.parse("2024-06-15")),
    ]
    [only] = gap_samples(pairs)
    assert only.show_id == 1 and only.gap_days == (date(2024, 6, 15) - date(2022, 6, 15)).days


def test_an_overdue_wait_falls_back_to_the_slowest_quarter() -> None:
    pool = samples("Netflix", list(range(100, 2100, 100)))  # 20 shows, gaps 100..2000 days
    renewed = date(2020, 6, 1)
    today = renewed + timedelta(days=3000)  # longer than every recorded gap
    p = predict("Netflix", renewed, today, pool)
    assert p is not None and p.overdue and p.earliest >= today
    assert "longer than nearly every renewal" in p.method() and "20 shows" in p.method()


def test_no_fallback_on_thin_history() -> None:
    pool = samples("Netflix", [100, 200, 300, 400, 500, 600])
    assert predict("Netflix", date(2020, 6, 1), date(2030, 1, 1), pool) is None


def test_renewal_waits_from_the_finale_or_the_premiere_and_sorted() -> None:
    rows = [
        RenewalAfter(1, FuzzyDate.parse("2023-03-01"), FuzzyDate.parse("2022-01-01"), date(2022, 3, 1)),
        RenewalAfter(1, FuzzyDate.parse("2021-12-01"), FuzzyDate.parse("2022-01-28")),  # before it aired
        RenewalAfter(1, FuzzyDate.parse("2023-06"), FuzzyDate.parse("2023-01")),  # month: midpoint, end
        RenewalAfter(1, FuzzyDate.parse("2024"), FuzzyDate.parse("2022-01-28")),  # a year only: skipped
    ]
    assert renewal_waits(rows) == [-58, (date(2023, 6, 15) - date(2023, 1, 31)).days, 365]


def test_renewals_after_take_each_seasons_first_renewal() -> None:
    show = make_show(
        seasons=(Season(1, FuzzyDate.parse("2019-11-01"), date(2019, 12, 20)), Season(2), Season(3)),
        decisions=(
            Decision(2, "renewed", FuzzyDate.parse("2020-05-02"), Source("Apple")),
            Decision(2, "renewed", FuzzyDate.parse("2020-02-01"), Source("Variety")),
            Decision(3, "cancelled", FuzzyDate.parse("2021-01-01"), Source("Apple")),
        ),
    )
    assert renewals_after_of(show) == [
        RenewalAfter(
            show.id, FuzzyDate.parse("2020-02-01"), FuzzyDate.parse("2019-11-01"), date(2019, 12, 20)
        )
    ]


def test_a_production_step_predicts_from_the_show_s_own_seasons_then_the_platform() -> None:
    from bot.domain.prediction import StepPremiere, predict_from_step, step_samples

    def row(show: int, platform: str, season: int, step: str, premiere: str) -> StepPremiere:
        return StepPremiere(
            show, platform, season, "wrapped", FuzzyDate.parse(step), FuzzyDate.parse(premiere)
        )

    own = [row(1, "Netflix", 1, "2020-01-10", "2020-07-10"), row(1, "Netflix", 2, "2021-01-10", "2021-07-20")]
    others = [row(10 + i, "Netflix", 1, "2019-03-01", f"2019-{9 + i % 3:02d}-01") for i in range(6)]
    samples = step_samples(own + others)
    mine = predict_from_step("Netflix", "wrapped", date(2023, 2, 1), date(2023, 2, 1), samples, show_id=1)
    assert mine is not None and mine.scope == "this show's earlier seasons" and mine.sample_shows == 2
    assert mine.method().startswith(
        "median gap from filming wrapped to premiere for this show's earlier seasons"
    )
    assert date(2023, 7, 1) <= mine.likely <= date(2023, 8, 31)
    # Another show: the six and show 1 (another show's own seasons are history like any other).
    other = predict_from_step("Netflix", "wrapped", date(2023, 2, 1), date(2023, 2, 1), samples, show_id=99)
    assert (
        other is not None and other.scope == "Netflix" and other.sample_shows == 7 and other.unit == "shows"
    )
    began = predict_from_step(
        "Netflix", "in_production", date(2023, 2, 1), date(2023, 2, 1), samples, show_id=1
    )
    assert began is None  # nothing known from that step: the renewal's gaps will do
