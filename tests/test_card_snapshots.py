"""The same cards in every language, compared with snapshots a reader of each language reviewed once
(tests/snapshots/). A change of wording shows here as a diff to review; to accept one, run with
SNAPSHOTS=update and read the files before committing them."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bot import i18n
from bot.domain.card import answer_card
from bot.domain.dates import FuzzyDate
from bot.domain.models import Decision, Season, Source
from tests.conftest import make_show

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
TODAY = date(2026, 11, 25)


def cards() -> str:
    renewed = make_show()
    first = Season(1, FuzzyDate.parse("2022-01-28"), episodes=12)
    dated = Season(2, FuzzyDate.parse("2027-03-05"))
    cancel = Decision(
        3, "cancelled", FuzzyDate.parse("2026-10-02"), Source("Deadline", "https://deadline.com/x")
    )
    cancelled = replace(make_show(), seasons=(first, dated), decisions=(*renewed.decisions, cancel))
    waiting = replace(make_show(), seasons=(Season(1, FuzzyDate.parse("2022-01-28"), date(2022, 1, 28)),),
                      decisions=())  # fmt: skip
    asked = [(renewed, None), (cancelled, 3), (cancelled, 2), (waiting, None)]
    parts = [answer_card(show, season, TODAY, []).as_text() for show, season in asked]
    return "\n\n----\n\n".join(parts) + "\n"


@pytest.mark.parametrize("locale", [i18n.ENGLISH, *i18n.LANGUAGES])
def test_the_cards_read_as_reviewed(locale: str) -> None:
    with i18n.speaking(locale):
        text = cards()
    path = SNAPSHOTS / f"cards.{locale}.txt"
    if os.environ.get("SNAPSHOTS") == "update" or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path.name} changed: review it (SNAPSHOTS=update)"
