from datetime import date

import pytest

from bot.domain.dates import FuzzyDate
from bot.domain.models import Decision, Season, Source
from bot.domain.verdict import decide, next_season
from tests.conftest import make_show

TODAY = date(2026, 11, 25)
S1 = Season(1, FuzzyDate.parse("2022-01-28"), episodes=12)


def d(season: int, status: str, when: str, final: bool = False) -> Decision:
    return Decision(season, status, FuzzyDate.parse(when), Source("Netflix"), final=final)  # type: ignore[arg-type]


def test_renewed_season_two_is_the_default_question() -> None:
    show = make_show()
    assert next_season(show, TODAY) == 2
    v = decide(show, None, TODAY)
    assert v.kind == "renewed" and v.season == 2 and v.decision is not None
    assert v.decision.announced.iso() == "2022-06" and v.premiere is None


def test_season_one_is_already_out() -> None:
    v = decide(make_show(), 1, TODAY)
    assert v.kind == "out" and v.premiere == FuzzyDate.parse("2022-01-28")


def test_a_premiere_later_this_month_is_not_out_yet() -> None:
    show = make_show(seasons=(S1, Season(2, FuzzyDate.parse("2026-11"))))
    assert next_season(show, TODAY) == 2
    assert decide(show, None, TODAY).kind == "renewed"
    assert next_season(show, date(2026, 12, 1)) == 3


def test_awaiting_counts_days_since_the_last_season() -> None:
    show = make_show(decisions=(), seasons=(S1,))
    v = decide(show, None, TODAY)
    assert v.kind == "awaiting" and v.season == 2
    assert v.days_waiting == (TODAY - date(2022, 1, 28)).days


def test_finale_date_is_preferred_for_the_wait() -> None:
    show = make_show(
        decisions=(), seasons=(Season(1, FuzzyDate.parse("2022-01-28"), finale=date(2022, 3, 1)),)
    )
    assert decide(show, None, TODAY).waiting_since == date(2022, 3, 1)


def test_cancellation_closes_later_seasons_too() -> None:
    show = make_show(seasons=(S1,), decisions=(d(2, "cancelled", "2022-05-01"),))
    assert decide(show, 2, TODAY).kind == "cancelled"
    assert decide(show, 4, TODAY).kind == "cancelled"


def test_a_rescue_after_cancellation_wins() -> None:
    show = make_show(
        seasons=(S1,), decisions=(d(2, "cancelled", "2018-05-10"), d(2, "renewed", "2018-05-11"))
    )
    assert decide(show, 2, TODAY).kind == "renewed"


def test_final_season_renewal_means_no_season_after() -> None:
    show = make_show(seasons=(S1,), decisions=(d(2, "renewed", "2023-01", final=True),))
    assert decide(show, 2, TODAY).kind == "renewed"
    v = decide(show, 3, TODAY)
    assert v.kind == "ended" and v.decision is not None and v.decision.final


def test_far_future_season_is_unknown() -> None:
    assert decide(make_show(), 5, TODAY).kind == "unknown"


@pytest.mark.parametrize("bad", [0, 51])
def test_season_out_of_range(bad: int) -> None:
    with pytest.raises(ValueError):
        decide(make_show(), bad, TODAY)


def test_a_later_seasons_renewal_confirms_the_ones_before_it() -> None:
    s8 = Season(8, FuzzyDate.parse("2025-05-25"))
    order = (d(10, "renewed", "2018-05-10"), d(12, "renewed", "2024-10-17"))
    show = make_show(seasons=(S1, s8), decisions=order)
    v = decide(show, None, TODAY)
    assert v.kind == "renewed" and v.season == 9 and v.decision == order[0]  # the first order covering it
    assert decide(show, 11, TODAY).decision == order[1]
    assert decide(show, 13, TODAY).kind == "unknown"
    ended = make_show(seasons=(S1, s8), decisions=(*order, d(10, "cancelled", "2019-01-01")))
    assert decide(ended, 9, TODAY).kind == "renewed" and decide(ended, 11, TODAY).kind == "cancelled"


def test_one_announcement_ordering_two_seasons_is_told_as_the_furthest() -> None:
    both = (d(11, "renewed", "2024-10-17"), d(12, "renewed", "2024-10-17"))
    show = make_show(seasons=(S1, Season(8, FuzzyDate.parse("2025-05-25"))), decisions=both)
    v = decide(show, 9, TODAY)
    assert v.kind == "renewed" and v.decision is not None and v.decision.season == 12
