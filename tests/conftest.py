"""Shared fixtures: real SQLite files under tmp_path, never a mocked store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot.domain.dates import FuzzyDate
from bot.domain.events import Actor
from bot.domain.models import CastMember, Decision, Season, Show, Source
from bot.edits import Editor
from bot.store import Database
from bot.store.catalogue import UpsertReport
from tests.loopback.feeds import FeedServer
from tests.loopback.tvmaze import TVmazeTwin

REPO = Path(__file__).resolve().parent.parent


TESTER = Actor("tests")
TWIN_NOW = 1_750_000_000  # 2025-06-15 15:06:40 UTC: the loopback TVmaze's clock in tests


async def put(db: Database, shows: list[Show], *, quiet: bool = True) -> UpsertReport:
    """Write shows through the one write path, as an import would (quiet: alerting nobody)."""
    return (await Editor(db).import_shows(shows, TESTER, quiet=quiet)).report


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "test.db")
    try:
        yield database
    finally:
        await database.close()


def make_show(
    slug: str = "all-of-us-are-dead",
    title: str = "All of Us Are Dead",
    *,
    platform: str = "Netflix",
    seasons: tuple[Season, ...] | None = None,
    decisions: tuple[Decision, ...] | None = None,
    **extra: object,
) -> Show:
    """A show record for tests; defaults are the real All of Us Are Dead facts from issue 3."""
    return Show(
        slug=slug,
        title=title,
        platform=platform,
        country=str(extra.pop("country", "KR")),
        last_checked=date(2026, 11, 25),
        original_title=extra.pop("original_title", "지금 우리 학교는"),  # type: ignore[arg-type]
        aliases=extra.pop("aliases", ("Now at Our School", "AOUAD")),  # type: ignore[arg-type]
        language="ko",
        source_material="Webtoon: Now at Our School by Joo Dong-geun",
        seasons=seasons
        if seasons is not None
        else (Season(1, FuzzyDate.parse("2022-01-28"), episodes=12), Season(2)),
        decisions=decisions
        if decisions is not None
        else (Decision(2, "renewed", FuzzyDate.parse("2022-06"), Source("Netflix")),),
        cast=(CastMember("Park Ji-hoo", "Nam On-jo"), CastMember("Yoon Chan-young", "Lee Cheong-san")),
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
async def twin() -> AsyncIterator[TVmazeTwin]:
    """The loopback TVmaze (tests/loopback/tvmaze.py), empty, its clock at TWIN_NOW."""
    world = TVmazeTwin(now=TWIN_NOW)
    await world.start()
    try:
        yield world
    finally:
        await world.stop()


@pytest.fixture
async def publishers() -> AsyncIterator[FeedServer]:
    """Loopback publishers' news feeds (tests/loopback/feeds.py), empty."""
    server = FeedServer()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
