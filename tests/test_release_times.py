"""Release instants and home time zones (issue 14): read and written with the catalogue, kept by the
store, filled from TVmaze's air stamps, and what the premiere scheduler fires on: the instant when it
is known, else the start of the premiere day where the show is at home, never midnight UTC for a
show that has a home."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bot.domain.catalogue_file import parse_row, show_to_row
from bot.domain.dates import FuzzyDate, day_start, release_instant, time_zone
from bot.domain.events import Actor
from bot.domain.models import Season, Show
from bot.domain.refresh import TVSeasonFacts, refresh
from bot.edits import Editor
from bot.store import Database, alerts
from bot.store import catalogue as store
from bot.tvmaze import TVEpisode, TVSeason, TVShow
from tests.conftest import make_show, put

LA = "America/Los_Angeles"


def test_an_instant_needs_its_offset_and_is_kept_in_utc() -> None:
    assert release_instant("2027-03-05T21:00:00-08:00") == datetime(2027, 3, 6, 5, 0, tzinfo=UTC)
    assert release_instant("2027-03-05T21:00Z") == datetime(2027, 3, 5, 21, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="needs its offset"):
        release_instant("2027-03-05T21:00:00")
    with pytest.raises(ValueError, match="is not a date and time"):
        release_instant("tonight")


def test_a_day_starts_where_the_show_is_at_home() -> None:
    assert day_start(date(2027, 3, 5), LA) == datetime(2027, 3, 5, 8, 0, tzinfo=UTC)  # PST
    assert day_start(date(2027, 7, 5), LA) == datetime(2027, 7, 5, 7, 0, tzinfo=UTC)  # PDT
    assert day_start(date(2027, 3, 5), "Asia/Seoul") == datetime(2027, 3, 4, 15, 0, tzinfo=UTC)
    assert day_start(date(2027, 3, 5), None) == datetime(2027, 3, 5, tzinfo=UTC)
    assert time_zone("../../etc/passwd") is None and time_zone("Mars/Olympus") is None


def test_the_file_carries_the_instant_and_the_zone_and_refuses_ones_that_disagree() -> None:
    show = make_show(seasons=(Season(1, premiere=None),))
    row = show_to_row(show)
    row["timezone"] = LA
    row["seasons"] = [{"number": 1, "premiere": "2027-03-05", "premiere_at": "2027-03-05T21:00:00-08:00"}]
    parsed, error = parse_row(row, 1)
    assert error is None and parsed is not None
    assert parsed.timezone == LA
    assert parsed.seasons[0].premiere_at == datetime(2027, 3, 6, 5, 0, tzinfo=UTC)
    again, _ = parse_row(show_to_row(parsed), 1)
    assert again == parsed  # written back as read
    # 21:00 in Los Angeles is the 6th in UTC; in Seoul's zone it would be another day: refused.
    bad = {**row, "timezone": "Asia/Seoul"}
    assert parse_row(bad, 1)[1].message == "falls on another day than the premiere in Asia/Seoul"  # type: ignore[union-attr]
    zone = {**row, "timezone": "Pacific/Nowhere"}
    assert "IANA time zone" in parse_row(zone, 1)[1].message  # type: ignore[union-attr]
    dayless = {
        **row,
        "seasons": [{"number": 1, "premiere": "2027-03", "premiere_at": "2027-03-05T21:00:00-08:00"}],
    }
    assert "needs the premiere's day" in parse_row(dayless, 1)[1].message  # type: ignore[union-attr]


def test_tvmaze_s_next_episode_gives_a_season_its_release_instant() -> None:
    stamp = datetime(2027, 3, 6, 5, 0, tzinfo=UTC)
    found = TVShow(
        1, "Quiet Orbit", "https://www.tvmaze.com/shows/1/quiet-orbit", timezone=LA,
        seasons=(TVSeason(1, date(2025, 1, 3)), TVSeason(2, date(2027, 3, 5))),
        next_episode=TVEpisode(2, 1, date(2027, 3, 5), stamp),
    )  # fmt: skip
    facts = found.season_facts()
    assert facts == [
        TVSeasonFacts(1, date(2025, 1, 3)),
        TVSeasonFacts(2, date(2027, 3, 5), premiere_at=stamp),
    ]
    show = make_show(seasons=(Season(1), Season(2)), decisions=())
    update = refresh(show, facts, {})
    assert update.seasons[1].premiere_at == stamp
    # A person's different day stays, and no instant of TVmaze's day is pinned to it.
    ours = replace(show, seasons=(Season(1), Season(2, premiere=make_day("2027-04-01"))))
    kept = refresh(ours, facts, {})
    assert kept.seasons[1].premiere == make_day("2027-04-01") and kept.seasons[1].premiere_at is None


def make_day(text: str) -> FuzzyDate:
    return FuzzyDate.parse(text)


async def test_the_scheduler_fires_at_the_instant_else_at_the_day_s_start_at_home(db: Database) -> None:
    """Three premieres on 5 March 2027: one known to the minute in Los Angeles, one only to the day
    in Seoul, one only to the day with no home. Each fires when it should, earliest first."""

    def one_season(slug: str, title: str, zone: str | None) -> Show:
        show = make_show(slug, title, seasons=(Season(1, make_day("2027-03-05")),), decisions=(),
                         original_title=None, aliases=())  # fmt: skip
        return replace(show, timezone=zone)

    la_show, seoul = (
        one_season("la-show", "LA Show", LA),
        one_season("seoul-show", "Seoul Show", "Asia/Seoul"),
    )
    nowhere = one_season("global-show", "Global Show", None)
    await put(db, [la_show, seoul, nowhere])
    editor = Editor(db, today=lambda: date(2027, 3, 1))
    at = datetime(2027, 3, 5, 21, 0, tzinfo=time_zone(LA)).astimezone(UTC)
    await editor.set_season("la-show", 1, Actor.user(1), premiere_at=at)
    await alerts.schedule_premieres(db, date(2027, 3, 1))
    order = []
    for _ in range(3):
        due = await alerts.next_premiere_due(db)
        assert due is not None
        order.append((due.at, due.known_instant))
        await alerts.emit_premiere(db, due.schedule_id)
    assert order == [
        (datetime(2027, 3, 4, 15, 0, tzinfo=UTC), False),  # midnight in Seoul
        (datetime(2027, 3, 5, 0, 0, tzinfo=UTC), False),  # no home: midnight UTC
        (datetime(2027, 3, 6, 5, 0, tzinfo=UTC), True),  # 21:00 in Los Angeles
    ]
    stored = await store.by_slug(db, "la-show")
    assert stored is not None and stored.seasons[0].premiere_at == at and stored.timezone == LA
