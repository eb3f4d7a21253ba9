from datetime import date, timedelta

from bot.domain.dates import FuzzyDate
from bot.domain.models import Decision, Season, Source
from bot.domain.prediction import (
    GapSample,
    RenewalAfter,
    RenewalPremiere,
    RhythmSample,
    gap_samples,
    percentile,
    predict,
    predict_from_rhythm,
    renewal_waits,
    renewals_after_of,
    rhythm_samples,
    runs_of,
    window,
)
from tests.conftest import make_show


def samples(platform: str, gaps: list[int], first_id: int = 1) -> list[GapSample]:
    return [
        GapSample(first_id + i, platform, g, date(2020, 1, 1), date(2020, 1, 1)) for i, g in enumerate(gaps)
    ]


def test_percentile_interpolates() -> None:
    assert percentile([1, 2, 3, 4], 0.5) == 2.5
    assert percentile([10], 0.75) == 10


def test_same_platform_window_from_the_median_and_a_prediction_interval() -> None:
    pool = samples("Netflix", [300, 400, 500, 600, 700]) + samples("HBO", [100] * 5, first_id=100)
    p = predict("Netflix", date(2025, 1, 1), date(2025, 1, 2), pool)
    assert p is not None and p.scope == "Netflix" and p.sample_shows == 5
    assert p.likely == date(2025, 1, 1) + timedelta(days=500)
    # Five gaps: a sixth falls between the least and the greatest with probability 4/6, and no
    # narrower pair of them holds it 8 times in 10; the sample's own percentiles (340, 660) would.
    assert p.earliest == date(2025, 1, 1) + timedelta(days=300)
    assert p.latest == date(2025, 1, 1) + timedelta(days=700)
    assert "Netflix" in p.method() and "5 shows" in p.method()


def test_the_window_is_the_order_statistics_a_new_value_falls_between() -> None:
    values = list(range(1, 20))  # n = 19: ranks 2 and 18 of 20 slots hold a new value 16 times in 20
    assert window(values) == (2, 18)
    assert window(list(range(1, 100))) == (10, 90)
    assert window([7]) == (7, 7)
    assert window([1, 2, 3]) == (1, 3)


def rhythm_pool(errors: list[int], first_id: int = 100) -> list[RhythmSample]:
    return [RhythmSample(first_id + i, e, date(2020, 1, 1)) for i, e in enumerate(errors)]


def test_the_show_s_own_rhythm_with_the_catalogue_s_misses_around_it() -> None:
    previous, before = FuzzyDate.parse("2024-03-01"), FuzzyDate.parse("2023-03-01")  # a yearly show
    errors = [-60, -30, -10, 0, 0, 10, 20, 30, 60, 120, 200]
    p = predict_from_rhythm(previous, before, date(2024, 5, 1), date(2024, 5, 2), rhythm_pool(errors),
                            show_id=1)  # fmt: skip
    assert p is not None and p.since == "rhythm" and p.median_gap_days == 366
    guess = date(2025, 3, 2)
    assert p.likely == guess + timedelta(days=10)
    assert (p.earliest, p.latest) == (guess + timedelta(days=-60), guess + timedelta(days=200))
    assert "own rhythm" in p.method() and "366 days" in p.method() and "11 shows" in p.method()
    # A premiere not out by today rules out the misses that would have put it before today.
    later = predict_from_rhythm(previous, before, date(2024, 5, 1), guess + timedelta(days=25),
                                rhythm_pool(errors), show_id=1)  # fmt: skip
    assert later is None  # only 4 misses run later than that: too few to say


def test_a_rhythm_that_lands_too_soon_after_the_renewal_or_on_years_is_not_used() -> None:
    pool = rhythm_pool([0] * 12)
    before, previous = FuzzyDate.parse("2020-01-10"), FuzzyDate.parse("2022-01-10")
    # Renewed three years after the last season: the rhythm says 2024-01, long past; not used.
    assert predict_from_rhythm(previous, before, date(2025, 1, 1), date(2025, 1, 2), pool, show_id=1) is None
    assert predict_from_rhythm(FuzzyDate.parse("2022"), before, date(2022, 3, 1), date(2022, 3, 2), pool,
                               show_id=1) is None  # fmt: skip
    renewed, today = date(2022, 3, 1), date(2022, 3, 2)
    assert predict_from_rhythm(previous, before, renewed, today, pool, show_id=100) is not None
    assert predict_from_rhythm(previous, before, renewed, today, pool[:9], show_id=1) is None  # too few


def test_rhythm_samples_come_from_each_season_s_first_renewal_and_the_two_before() -> None:
    show = make_show(
        seasons=(Season(1, FuzzyDate.parse("2020-01-01")), Season(2, FuzzyDate.parse("2021-01-01")),
                 Season(3, FuzzyDate.parse("2022-02-01")), Season(4)),
        decisions=(Decision(3, "renewed", FuzzyDate.parse("2021-03-01"), Source("Netflix")),
                   Decision(3, "renewed", FuzzyDate.parse("2021-02-01"), Source("Deadline")),
                   Decision(4, "renewed", FuzzyDate.parse("2022-03-01"), Source("Netflix"))),
    )  # fmt: skip
    [run] = runs_of(show)  # season 4 has no premiere yet
    assert (run.season, run.renewed.iso()) == (3, "2021-02-01")
    [sample] = rhythm_samples([run])
    # 2020 had 366 days: the rhythm puts season 3 on 2 January 2022; it came 30 days later.
    assert sample.error_days == 30 and sample.premiered == date(2022, 2, 1)


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
