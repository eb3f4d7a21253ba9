"""The five-theories-an-hour cap, kept by the store: it counts attempts, not surviving rows."""

from datetime import timedelta

import pytest

from bot.domain.dates import utcnow
from bot.store import Database, Store, theories

GUILD, OTHER_GUILD, AUTHOR, SOMEONE_ELSE = 1, 2, 10, 11


async def bare_show(db: Store, slug: str) -> int:
    """A catalogue row, and nothing else the theories need."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "INSERT INTO shows (slug, title, platform, country, last_checked, created_at, updated_at)"
            " VALUES (?, ?, 'Netflix', 'KR', '2026-11-25', '2026-11-25', '2026-11-25') RETURNING id",
            (slug, slug.title()),
        )
        row = await cursor.fetchone()
    assert row is not None
    return int(row[0])


@pytest.fixture
async def show_id(db: Database) -> int:
    return await bare_show(db, "all-of-us-are-dead")


async def post(
    db: Database, show_id: int, n: int, author: int = AUTHOR, guild: int = GUILD
) -> theories.Theory:
    return await theories.add(db, guild, show_id, author, f"Theory {n}", f"theory {n}", None, False)


async def test_a_sixth_post_in_the_hour_is_refused_with_when_a_place_frees(
    db: Database, show_id: int
) -> None:
    before = utcnow()
    for n in range(theories.PER_HOUR):
        await post(db, show_id, n)
    with pytest.raises(theories.TooManyTheories) as refused:
        await post(db, show_id, 99)
    assert before + theories.RATE_WINDOW <= refused.value.retry_at <= utcnow() + theories.RATE_WINDOW
    assert await theories.count(db, GUILD, show_id) == theories.PER_HOUR


async def test_removing_ones_own_theories_does_not_give_the_place_back(db: Database, show_id: int) -> None:
    posted = [await post(db, show_id, n) for n in range(theories.PER_HOUR)]
    for theory in posted:
        assert await theories.remove(db, theory.id)
    with pytest.raises(theories.TooManyTheories):
        await post(db, show_id, 99)


async def test_the_cap_is_per_member_across_servers_and_a_duplicate_costs_nothing(
    db: Database, show_id: int
) -> None:
    first = await post(db, show_id, 0)
    for _ in range(theories.PER_HOUR):
        with pytest.raises(theories.DuplicateTheory):
            await post(db, show_id, 0)
    for n in range(1, theories.PER_HOUR - 1):
        await post(db, show_id, n)
    await post(db, show_id, 50, guild=OTHER_GUILD)  # the fifth, in another server
    with pytest.raises(theories.TooManyTheories):
        await post(db, show_id, 51, guild=OTHER_GUILD)
    assert (await post(db, show_id, 52, author=SOMEONE_ELSE)).author_id == SOMEONE_ELSE
    assert first.id


async def test_a_slot_frees_an_hour_after_its_post(db: Database, show_id: int) -> None:
    for n in range(theories.PER_HOUR):
        await post(db, show_id, n)
    # The oldest post is now over an hour old: one place frees, and only one.
    an_hour_ago = (utcnow() - theories.RATE_WINDOW - timedelta(seconds=1)).isoformat()
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE theory_slots SET used_at = ? WHERE author_id = ? AND used_at ="
            " (SELECT MIN(used_at) FROM theory_slots WHERE author_id = ?)",
            (an_hour_ago, AUTHOR, AUTHOR),
        )
    await post(db, show_id, 10)
    with pytest.raises(theories.TooManyTheories):
        await post(db, show_id, 11)
