"""Linking rules: a catalogue show is a TVmaze show only when title, year and platform agree."""

from __future__ import annotations

import pytest

from bot.domain.linking import Candidate, match, same_platform
from tests.conftest import make_show

AOUAD = make_show()  # All of Us Are Dead: Netflix, first season 2022, original title 지금 우리 학교는


@pytest.mark.parametrize(
    ("ours", "theirs", "same"),
    [
        ("Netflix", "Netflix", True),
        ("Prime Video", "Amazon Prime Video", True),
        ("HBO", "HBO Max", True),
        ("Disney+", "Disney+", True),
        ("Netflix", "Hulu", False),
        ("BBC One", "BBC Two", False),
        ("Netflix", None, False),
    ],
)
def test_same_platform(ours: str, theirs: str | None, same: bool) -> None:
    assert same_platform(ours, theirs) is same


def test_one_candidate_agreeing_on_title_year_and_platform_is_the_show() -> None:
    right = Candidate(55614, "All of Us Are Dead", 2022, "Netflix")
    found = match(AOUAD, [Candidate(1, "All of Us", 2022, "Netflix"), right])
    assert found.outcome == "linked" and found.candidate == right


def test_the_original_title_counts_as_a_name() -> None:
    found = match(AOUAD, [Candidate(9, "지금 우리 학교는", 2022, "Netflix")])
    assert found.outcome == "linked"


def test_the_title_without_the_year_or_platform_is_for_a_curator() -> None:
    for wrong in (
        Candidate(2, "All of Us Are Dead", 2019, "Netflix"),
        Candidate(3, "All of Us Are Dead", 2022, "tvN"),
    ):
        found = match(AOUAD, [wrong])
        assert found.outcome == "ambiguous" and found.near == (wrong,)


def test_two_agreeing_candidates_are_never_guessed_between() -> None:
    twins = [
        Candidate(4, "All of Us Are Dead", 2022, "Netflix"),
        Candidate(5, "All of Us Are Dead", 2022, "Netflix"),
    ]
    assert match(AOUAD, twins).outcome == "ambiguous"


def test_no_candidate_with_its_title_is_not_found() -> None:
    assert match(AOUAD, [Candidate(6, "Sweet Home", 2020, "Netflix")]).outcome == "not_found"
    assert match(AOUAD, []).outcome == "not_found"
