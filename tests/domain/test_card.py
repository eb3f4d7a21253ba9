from datetime import date

from bot import render
from bot.domain.card import answer_card, premiere_words, wait_context
from bot.domain.dates import FuzzyDate
from bot.domain.models import Decision, Season, Source
from bot.domain.prediction import GapSample, RhythmSample
from tests.conftest import make_show

TODAY = date(2026, 11, 25)
HISTORY = [
    GapSample(100 + i, "Netflix", g, date(2020, 1, 1), date(2020, 1, 1))
    for i, g in enumerate([1700, 1800, 1900, 2000, 2100])
]


def test_renewed_card_has_source_prediction_label_and_cast() -> None:
    card = answer_card(make_show(), None, TODAY, HISTORY)
    text = card.as_text()
    assert card.question == "Will there be season 2 of All of Us Are Dead?"
    assert "RENEWED" in text and "announced June 2022 by Netflix" in text
    assert card.premiere is not None and card.premiere.kind == "predicted"
    assert "PREDICTION, NOT CONFIRMED: between" in text and "Method:" in text
    assert "Park Ji-hoo as Nam On-jo" in text


def test_confirmed_premiere_is_not_a_prediction() -> None:
    show = make_show(
        seasons=(Season(1, FuzzyDate.parse("2022-01-28")), Season(2, FuzzyDate.parse("2027-03-05")))
    )
    card = answer_card(show, None, TODAY, HISTORY)
    assert card.premiere is not None and card.premiere.prediction is None
    assert premiere_words(card.premiere) == "Confirmed for 5 March 2027."


def test_source_url_is_shown_when_known() -> None:
    url = "https://example.org/renewal"
    show = make_show(decisions=(Decision(2, "renewed", FuzzyDate.parse("2022-06"), Source("Netflix", url)),))
    card = answer_card(show, None, TODAY, [])
    assert card.source_url == url and url in card.as_text()
    assert "Too few comparable renewals" in card.as_text()


def test_cancelled_and_awaiting_sentences() -> None:
    cancelled = make_show(
        decisions=(Decision(2, "cancelled", FuzzyDate.parse("2023-04-12"), Source("Netflix")),)
    )
    assert "was cancelled: there will be no season 2" in answer_card(cancelled, None, TODAY, []).verdict_line
    waiting = make_show(decisions=())
    line = answer_card(waiting, None, TODAY, []).verdict_line
    assert line.startswith("No decision on season 2 yet.")


def test_awaiting_says_when_the_last_season_came_out_in_words() -> None:
    aired = make_show(decisions=())
    assert answer_card(aired, None, TODAY, []).verdict_line == (
        "No decision on season 2 yet. Season 1 came out 28 January 2022, about 5 years ago."
    )
    ended = make_show(seasons=(Season(1, FuzzyDate.parse("2026-09-01"), date(2026, 10, 20)),), decisions=())
    assert answer_card(ended, None, TODAY, []).verdict_line == (
        "No decision on season 2 yet. Season 1 ended 20 October 2026, 36 days ago."
    )


def test_a_long_wait_is_set_against_when_renewals_came() -> None:
    waits = sorted([-100] * 15 + [30, 60, 200, 400, 800, 2000])
    assert wait_context(3000, waits) == (
        "None of the 21 renewals in the catalogue came about 8 years or more after the season before."
    )
    assert wait_context(900, waits) == (
        "Only 1 of the 21 renewals in the catalogue came about 2 years or more after the season before."
    )
    assert wait_context(50, waits) == (
        "5 of the 21 renewals in the catalogue came 50 days or more after the season before."
    )
    assert wait_context(900, waits[:19]) is None  # too few renewals to say anything
    line = answer_card(make_show(decisions=()), None, TODAY, [], waits).verdict_line
    assert line.endswith(
        "about 5 years ago. Only 1 of the 21 renewals in the catalogue came about 5 years or more after "
        "the season before."
    )


def test_a_season_inside_a_multi_season_order_says_so_and_is_not_predicted() -> None:
    show = make_show(
        seasons=(Season(1, FuzzyDate.parse("2022-01-28")), Season(8, FuzzyDate.parse("2025-05-25"))),
        decisions=(Decision(12, "renewed", FuzzyDate.parse("2024-10-17"), Source("TheWrap")),),
    )
    card = answer_card(show, None, TODAY, HISTORY)
    assert card.verdict_line == (
        "Season 9 is confirmed: All of Us Are Dead is renewed through season 12, announced 17 October 2024 "
        "by TheWrap."
    )
    assert card.premiere is not None and card.premiere.prediction is None
    assert premiere_words(card.premiere) == (
        "No date yet; ordered with seasons up to 12, too far ahead to predict."
    )


def test_a_decisions_note_is_told_with_it_on_the_card_and_in_show_info() -> None:
    note = "Planned as two seasons of 12 episodes"
    show = make_show(
        seasons=(Season(1, FuzzyDate.parse("2022-09-21")), Season(2, FuzzyDate.parse("2025-04-22"))),
        decisions=(Decision(3, "ended", FuzzyDate.parse("2022"), Source("TheWrap"), note=note),),
    )
    line = answer_card(show, None, TODAY, []).verdict_line
    assert line.endswith("announced 2022 by TheWrap. Planned as two seasons of 12 episodes.")
    history = render.show_pages(show)[1].description or ""
    assert "season 3 ended" in history and "\n  Planned as two seasons of 12 episodes" in history


def test_every_premiere_is_worded_by_one_function_for_both_surfaces() -> None:
    """The CLI and Discord differ only in how a day, the warning and the method are written."""
    from bot.render import DISCORD_WORDING

    card = answer_card(make_show(), None, TODAY, HISTORY)
    assert card.premiere is not None
    plain, discord_text = premiere_words(card.premiere), premiere_words(card.premiere, DISCORD_WORDING)
    assert plain.startswith("No date yet. PREDICTION, NOT CONFIRMED: between ")
    # A window is days, in words: a timestamp would invent a time of day.
    assert discord_text.startswith("No date yet. **Prediction, not confirmed**: between ")
    assert "<t:" not in discord_text
    assert "\n-# How: " in discord_text and " Method: " in plain


def test_a_linked_show_credits_tvmaze_and_an_unlinked_one_does_not() -> None:
    from dataclasses import replace

    from bot.domain.models import Links

    linked = answer_card(replace(make_show(), links=Links(tvmaze=55614)), None, TODAY, HISTORY).as_text()
    assert "TVmaze (CC BY-SA): https://www.tvmaze.com/shows/55614" in linked
    assert "TVmaze" not in answer_card(make_show(), None, TODAY, HISTORY).as_text()


def test_a_show_with_a_rhythm_is_predicted_from_it_and_says_so() -> None:
    seasons = (Season(1, FuzzyDate.parse("2021-10-01")), Season(2, FuzzyDate.parse("2022-10-01")), Season(3))
    show = make_show(
        seasons=seasons,
        decisions=(Decision(3, "renewed", FuzzyDate.parse("2022-11-15"), Source("Netflix")),),
    )
    rhythm = [RhythmSample(100 + i, e, date(2020, 1, 1)) for i, e in enumerate(range(-50, 60, 10))]
    card = answer_card(show, None, date(2022, 12, 1), HISTORY, rhythm=rhythm)
    assert card.premiere is not None and card.premiere.prediction is not None
    prediction = card.premiere.prediction
    assert prediction.since == "rhythm" and prediction.likely == date(2023, 10, 1)
    assert "this show's own rhythm (its last season came 365 days after the one before)" in card.as_text()
    # Without other shows' rhythms to measure a window by, the renewal's gaps answer instead.
    fallback = answer_card(show, None, date(2022, 12, 1), HISTORY)
    assert fallback.premiere is not None and fallback.premiere.prediction is not None
    assert fallback.premiere.prediction.since == "renewal"
