"""bot.lookup against the loopback TVmaze and a real store: what is stored for a show the catalogue
lacks, what is matched instead of stored twice, and the per-user limit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bot.catalogue import Catalogue
from bot.domain.card import answer_card
from bot.domain.dates import FuzzyDate
from bot.domain.errors import UserError
from bot.domain.events import Actor
from bot.domain.models import Links, Season
from bot.edits import Editor
from bot.lookup import Limiter, Lookup
from bot.store import Database, curation, origins
from bot.store import catalogue as store
from bot.tvmaze import TVmaze, TVmazeUnavailable
from tests.conftest import make_show, put
from tests.loopback.tvmaze import TVmazeTwin, add_fictional_shows

TODAY = date(2026, 12, 2)


async def lookup_for(db: Database, twin: TVmazeTwin, **kwargs: object) -> Lookup:
    return Lookup(Editor(db, today=lambda: TODAY), TVmaze(twin.base_url, retries=0), today=lambda: TODAY,
                  **kwargs)  # type: ignore[arg-type]  # fmt: skip


async def test_a_show_tvmaze_has_is_stored_unreviewed_with_its_values_as_tvmaze_s(
    db: Database, twin: TVmazeTwin
) -> None:
    ids = add_fictional_shows(twin)
    lookup = await lookup_for(db, twin)
    try:
        found = await lookup.find("Quiet Orbit", await Catalogue.load(db))
    finally:
        await lookup.close()
    assert found.outcome == "added" and found.show is not None
    show = found.show
    # A global streaming service: TVmaze gives no country, and the show is stored all the same.
    assert (show.slug, show.platform, show.country, show.reviewed) == ("quiet-orbit", "Streamly", "", False)
    assert show.tvmaze_status == "Running" and show.links.tvmaze == ids["orbit"]
    assert show.decisions == () and show.last_checked == TODAY
    season = show.season(1)
    assert season is not None and season.episodes == 6 and season.premiere is not None
    owned = await origins.owned(db, show.id)
    assert owned[(1, "premiere")] == season.premiere.iso()  # a refresh may update what it set
    entries = await curation.audit_entries(db, show.slug)
    assert [(e.actor, e.action, e.summary) for e in entries] == [
        ("TVmaze", "tvmaze.add", "added from TVmaze, unreviewed: Quiet Orbit")
    ]


async def test_a_show_the_catalogue_holds_is_matched_by_id_or_by_title_and_year(
    db: Database, twin: TVmazeTwin
) -> None:
    ids = add_fictional_shows(twin)
    vell = twin.show_payload(ids["vell"])
    harbour = twin.show_payload(ids["harbour"])
    await put(db, [
        # By IMDb id, whatever the title.
        make_show("lanterns", "Lanterns (working title)", decisions=(), original_title=None, aliases=(),
                  links=Links(imdb="tt99900001")),
        # By title and premiere year.
        make_show("paper-harbour-ca", "Paper Harbour", decisions=(), original_title=None, aliases=(),
                  seasons=(Season(1, FuzzyDate.parse(harbour["premiered"])),)),
        # The same title in another year is another show.
        make_show("moth-street-1999", "Moth Street", decisions=(), original_title=None, aliases=(),
                  seasons=(Season(1, FuzzyDate.parse("1999-03-01")),)),
    ])  # fmt: skip
    catalogue = await Catalogue.load(db)
    lookup = await lookup_for(db, twin)
    try:
        by_id = await lookup.find(vell["name"], catalogue)
        by_title = await lookup.find("Paper Harbour", catalogue)
        other = await lookup.find("Moth Street", catalogue)
    finally:
        await lookup.close()
    assert (by_id.outcome, by_id.show and by_id.show.slug) == ("held", "lanterns")
    assert (by_title.outcome, by_title.show and by_title.show.slug) == ("held", "paper-harbour-ca")
    assert other.outcome == "added" and other.show is not None
    assert other.show.slug == "moth-street"  # the slug was free
    assert await store.count(db) == 4 and await store.count(db, reviewed=True) == 3


async def test_a_taken_slug_gets_the_year_then_the_tvmaze_id(db: Database, twin: TVmazeTwin) -> None:
    ids = add_fictional_shows(twin)
    year = twin.show_payload(ids["moth"])["premiered"][:4]
    await put(db, [
        make_show("moth-street", "Rue des Mites", decisions=(), original_title=None, aliases=()),
        make_show(f"moth-street-{year}", "Mottenstrasse", decisions=(), original_title=None, aliases=()),
    ])  # fmt: skip
    lookup = await lookup_for(db, twin)
    try:
        found = await lookup.find("Moth Street", await Catalogue.load(db))
    finally:
        await lookup.close()
    assert found.show is not None and found.show.slug == f"moth-street-tvmaze-{ids['moth']}"


async def test_nothing_on_tvmaze_and_tvmaze_down(db: Database, twin: TVmazeTwin) -> None:
    add_fictional_shows(twin)
    lookup = await lookup_for(db, twin)
    try:
        assert (await lookup.find("Zzqx Nothing", await Catalogue.load(db))).outcome == "not_found"
        twin.fail_next("/singlesearch/shows", 500)
        with pytest.raises(TVmazeUnavailable):
            await lookup.find("Quiet Orbit", await Catalogue.load(db))
        twin.delay_next("/singlesearch/shows", 3.0)
        slow = await lookup_for(db, twin, timeout=0.5)
        try:
            with pytest.raises(TVmazeUnavailable, match="in time"):
                await slow.find("Quiet Orbit", await Catalogue.load(db))
        finally:
            await slow.close()
    finally:
        await lookup.close()
    assert await store.count(db) == 0


def test_the_limiter_counts_per_user_in_a_rolling_window() -> None:
    now = [1000.0]
    limiter = Limiter(count=2, window=60.0, clock=lambda: now[0])
    limiter.take(1)
    limiter.take(1)
    limiter.take(2)  # another user's own
    with pytest.raises(UserError) as refused:
        limiter.take(1)
    assert "Try again in 60 s" in str(refused.value)
    now[0] += 30
    with pytest.raises(UserError, match="Try again in 30 s"):
        limiter.take(1)
    now[0] += 30.5
    limiter.take(1)  # the first two have left the window


def test_an_unreviewed_card_states_tvmaze_s_facts_and_no_verdict() -> None:
    show = replace(
        make_show("quiet-orbit", "Quiet Orbit", platform="Streamly", decisions=(), original_title=None,
                  aliases=(), country=""),
        seasons=(Season(1, FuzzyDate.parse("2025-03-17"), date(2025, 3, 17), 6),
                 Season(2, FuzzyDate.parse("2027-01-08"))),
        reviewed=False, tvmaze_status="Running", links=Links(tvmaze=2),
    )  # fmt: skip
    card = answer_card(show, None, TODAY, [])
    assert card.headline == "Not reviewed yet" and card.premiere is None and card.source_url is None
    assert card.verdict_line == (
        "No curator has reviewed Quiet Orbit yet, so there is no verdict: this is what TVmaze lists."
        " TVmaze's status: Running. Season 1 premiered 17 March 2025 and ended 17 March 2025 (6 episodes)."
        " Season 2 is listed for 8 January 2027."
    )
    text = card.as_text()
    assert "NOT REVIEWED YET:" in text and "Platform: Streamly\n" in text
    assert "Seasons and dates from TVmaze (CC BY-SA): https://www.tvmaze.com/shows/2" in text
    assert "TVmaze lists no season 5." in answer_card(show, 5, TODAY, []).verdict_line


async def test_reviewing_needs_a_platform_and_country(db: Database) -> None:
    show = replace(make_show("quiet-orbit", "Quiet Orbit", platform="", decisions=(), country=""),
                   reviewed=False, links=Links(tvmaze=2))  # fmt: skip
    editor = Editor(db)
    await editor.add_from_tvmaze(show, {}, Actor("TVmaze"))
    with pytest.raises(UserError, match="needs its platform and country first"):
        await editor.mark_reviewed("quiet-orbit", Actor.user(7))
    stored = await store.by_slug(db, "quiet-orbit")
    assert stored is not None and not stored.reviewed
