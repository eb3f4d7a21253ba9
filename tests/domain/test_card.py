from datetime import date

from bot.domain.card import answer_card
from bot.domain.dates import FuzzyDate
from bot.domain.models import Decision, Season, Source
from bot.domain.prediction import GapSample
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
    assert card.prediction is not None and "PREDICTION (not confirmed)" in text and "Method:" in text
    assert "Park Ji-hoo as Nam On-jo" in text


def test_confirmed_premiere_is_not_a_prediction() -> None:
    show = make_show(
        seasons=(Season(1, FuzzyDate.parse("2022-01-28")), Season(2, FuzzyDate.parse("2027-03-05")))
    )
    card = answer_card(show, None, TODAY, HISTORY)
    assert card.prediction is None and card.premiere_line == "confirmed for 5 March 2027."


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
