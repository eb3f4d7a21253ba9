"""Fan theories, their votes, native polls of them, and per-server settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.domain.dates import utcnow
from bot.domain.errors import DuplicateTheory, PollAlreadyOpen, TooManyTheories
from bot.store.database import INTEGRITY_ERRORS, Conn, Row, Store

PER_HOUR = 5  # theories a member may post in any rolling hour, across servers
RATE_WINDOW = timedelta(hours=1)
_NEVER_USED = datetime.min.replace(tzinfo=UTC).isoformat()  # sorts before every real time


@dataclass(frozen=True, slots=True)
class Theory:
    id: int
    guild_id: int
    show_id: int
    author_id: int
    title: str
    details: str | None
    spoiler: bool
    votes: int
    poll_wins: int
    created_at: datetime
    channel_id: int | None = None
    message_id: int | None = None


@dataclass(frozen=True, slots=True)
class Poll:
    id: int
    guild_id: int
    show_id: int
    channel_id: int
    message_id: int | None
    question: str
    ends_at: datetime
    state: str
    answers: tuple[tuple[int, int], ...]  # (answer id, theory id)


_THEORY = (
    "SELECT t.id, t.guild_id, t.show_id, t.author_id, t.title, t.details, t.spoiler,"
    " (SELECT COUNT(*) FROM theory_votes v WHERE v.theory_id = t.id) AS votes, t.poll_wins, t.created_at,"
    " t.channel_id, t.message_id FROM theories t"
)


def _theory(r: Row) -> Theory:
    return Theory(
        r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8], datetime.fromisoformat(r[9]), r[10], r[11]
    )


async def _claim_slot(conn: Conn, author_id: int, now: datetime) -> None:
    """Take one of the author's PER_HOUR slots that was last used over an hour ago, or raise
    TooManyTheories. A slot records the attempt, so removing the theory gives nothing back.

    Why slots (migration 6): the cap must hold where two transactions can read the same count
    (PostgreSQL READ COMMITTED), so no count is read and then acted on. The claim is one UPDATE whose
    WHERE re-checks `used_at` on the row it writes: a racing claim of the same slot waits for the
    row lock, re-checks, finds it taken and changes nothing, and we try the next free slot."""
    window_start = (now - RATE_WINDOW).isoformat()
    await conn.executemany(
        "INSERT INTO theory_slots (author_id, slot, used_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        [(author_id, n, _NEVER_USED) for n in range(PER_HOUR)],
    )
    for _ in range(PER_HOUR):
        cursor = await conn.execute(
            "UPDATE theory_slots SET used_at = ? WHERE author_id = ? AND used_at <= ? AND slot = ("
            " SELECT slot FROM theory_slots WHERE author_id = ? AND slot < ? AND used_at <= ?"
            " ORDER BY used_at, slot LIMIT 1)",
            (now.isoformat(), author_id, window_start, author_id, PER_HOUR, window_start),
        )
        if cursor.rowcount == 1:
            return
        cursor = await conn.execute(
            "SELECT MIN(used_at) FROM theory_slots WHERE author_id = ? AND slot < ?", (author_id, PER_HOUR)
        )
        row = await cursor.fetchone()
        oldest = row[0] if row is not None else None
        if oldest is None or oldest > window_start:  # every slot used within the hour
            retry_at = datetime.fromisoformat(oldest) if oldest else now
            raise TooManyTheories(retry_at + RATE_WINDOW)
        # A free slot was taken by a concurrent post between our read and our write: try again.
    raise TooManyTheories(now + RATE_WINDOW)


async def add(
    db: Store,
    guild_id: int,
    show_id: int,
    author_id: int,
    title: str,
    key: str,
    details: str | None,
    spoiler: bool,
) -> Theory:
    """Post a theory. Raises DuplicateTheory (which costs no slot) or TooManyTheories."""
    now = utcnow()
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "SELECT id FROM theories WHERE guild_id = ? AND show_id = ? AND title_key = ?",
            (guild_id, show_id, key),
        )
        row = await cursor.fetchone()
        if row is not None:
            raise DuplicateTheory(int(row[0]))
        await _claim_slot(conn, author_id, now)
        cursor = await conn.execute(
            "INSERT INTO theories (guild_id, show_id, author_id, title, title_key, details, spoiler,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (guild_id, show_id, author_id, title, key, details, int(spoiler), now.isoformat()),
        )
        row = await cursor.fetchone()
        await cursor.close()
    assert row is not None
    theory_id = int(row[0])
    found = await get(db, theory_id)
    assert found is not None
    return found


async def attach_message(db: Store, theory_id: int, channel_id: int, message_id: int) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE theories SET channel_id = ?, message_id = ? WHERE id = ?",
            (channel_id, message_id, theory_id),
        )


async def get(db: Store, theory_id: int) -> Theory | None:
    row = await db.fetchone(_THEORY + " WHERE t.id = ?", (theory_id,))
    return None if row is None else _theory(row)


async def top(db: Store, guild_id: int, show_id: int, limit: int, offset: int = 0) -> list[Theory]:
    """Most votes first; ties: the older first."""
    rows = await db.fetchall(
        _THEORY
        + " WHERE t.guild_id = ? AND t.show_id = ? ORDER BY votes DESC, t.created_at, t.id LIMIT ? OFFSET ?",
        (guild_id, show_id, limit, offset),
    )
    return [_theory(r) for r in rows]


async def count(db: Store, guild_id: int, show_id: int) -> int:
    row = await db.fetchone(
        "SELECT COUNT(*) FROM theories WHERE guild_id = ? AND show_id = ?", (guild_id, show_id)
    )
    assert row is not None
    return int(row[0])


@dataclass(frozen=True, slots=True)
class Vote:
    voted: bool  # False: pressing again took the vote back
    votes: int  # the theory's count after this press


async def toggle_vote(db: Store, theory_id: int, user_id: int) -> Vote:
    """Vote, or take the vote back."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "DELETE FROM theory_votes WHERE theory_id = ? AND user_id = ?", (theory_id, user_id)
        )
        voted = cursor.rowcount == 0
        if voted:
            await conn.execute(
                "INSERT INTO theory_votes (theory_id, user_id, created_at) VALUES (?, ?, ?)",
                (theory_id, user_id, utcnow().isoformat()),
            )
        cursor = await conn.execute("SELECT COUNT(*) FROM theory_votes WHERE theory_id = ?", (theory_id,))
        row = await cursor.fetchone()
    assert row is not None
    return Vote(voted, int(row[0]))


async def remove(db: Store, theory_id: int) -> bool:
    async with db.transaction() as conn:
        cursor = await conn.execute("DELETE FROM theories WHERE id = ?", (theory_id,))
        return cursor.rowcount == 1


# ---------------------------------------------------------------- settings


async def open_polls(db: Store, guild_id: int) -> bool:
    row = await db.fetchone("SELECT open_polls FROM guild_settings WHERE guild_id = ?", (guild_id,))
    return bool(row[0]) if row else False


async def set_open_polls(db: Store, guild_id: int, value: bool) -> None:
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO guild_settings (guild_id, open_polls) VALUES (?, ?)"
            " ON CONFLICT (guild_id) DO UPDATE SET open_polls = excluded.open_polls",
            (guild_id, int(value)),
        )


# ---------------------------------------------------------------- polls


async def start_poll(
    db: Store, guild_id: int, show_id: int, channel_id: int, question: str, ends_at: datetime,
    theory_ids: list[int], actor: int,
) -> int:  # fmt: skip
    """Reserve the one open poll of this show in this server before posting it."""
    async with db.transaction() as conn:
        try:
            cursor = await conn.execute(
                "INSERT INTO polls (guild_id, show_id, channel_id, question, ends_at, created_by, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (guild_id, show_id, channel_id, question, ends_at.isoformat(), actor, utcnow().isoformat()),
            )
            row = await cursor.fetchone()
            await cursor.close()
        except INTEGRITY_ERRORS:
            raise PollAlreadyOpen from None
        assert row is not None
        poll_id = int(row[0])
        await conn.executemany(
            "INSERT INTO poll_answers (poll_id, answer_id, theory_id) VALUES (?, ?, ?)",
            [(poll_id, n, t) for n, t in enumerate(theory_ids, 1)],
        )
    return poll_id


async def poll_posted(db: Store, poll_id: int, message_id: int) -> None:
    async with db.transaction() as conn:
        await conn.execute("UPDATE polls SET message_id = ? WHERE id = ?", (message_id, poll_id))


async def drop_poll(db: Store, poll_id: int) -> None:
    """Posting failed: free the show's slot."""
    async with db.transaction() as conn:
        await conn.execute("DELETE FROM polls WHERE id = ?", (poll_id,))


async def _poll(db: Store, row: Row | None) -> Poll | None:
    if row is None:
        return None
    answers = await db.fetchall(
        "SELECT answer_id, theory_id FROM poll_answers WHERE poll_id = ? ORDER BY answer_id", (row["id"],)
    )
    return Poll(
        row["id"], row["guild_id"], row["show_id"], row["channel_id"], row["message_id"], row["question"],
        datetime.fromisoformat(row["ends_at"]), row["state"], tuple((a[0], a[1]) for a in answers),
    )  # fmt: skip


async def open_poll(db: Store, guild_id: int, show_id: int) -> Poll | None:
    row = await db.fetchone(
        "SELECT * FROM polls WHERE guild_id = ? AND show_id = ? AND state = 'open'", (guild_id, show_id)
    )
    return await _poll(db, row)


async def next_poll_due(db: Store) -> Poll | None:
    row = await db.fetchone(
        "SELECT * FROM polls WHERE state = 'open' AND message_id IS NOT NULL ORDER BY ends_at, id LIMIT 1"
    )
    return await _poll(db, row)


async def close_poll(db: Store, poll_id: int, counts: dict[int, int]) -> int | None:
    """Once: record the final counts on the theories and the winner; None if it was already closed.
    Returns the winning theory id (most votes; ties: the earlier answer), or 0 with no votes at all."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE polls SET state = 'closed', closed_at = ? WHERE id = ? AND state = 'open'",
            (utcnow().isoformat(), poll_id),
        )
        if cursor.rowcount != 1:
            return None
        cursor = await conn.execute(
            "SELECT answer_id, theory_id FROM poll_answers WHERE poll_id = ? ORDER BY answer_id", (poll_id,)
        )
        answers = [(r[0], r[1]) for r in await cursor.fetchall()]
        await conn.executemany(
            "UPDATE poll_answers SET votes = ? WHERE poll_id = ? AND answer_id = ?",
            [(counts.get(a, 0), poll_id, a) for a, _ in answers],
        )
        await conn.executemany(
            "UPDATE theories SET poll_votes = poll_votes + ? WHERE id = ?",
            [(counts.get(a, 0), t) for a, t in answers],
        )
        best = max(answers, key=lambda at: (counts.get(at[0], 0), -at[0]), default=None)
        winner = best[1] if best is not None and counts.get(best[0], 0) > 0 else 0
        if winner:
            await conn.execute("UPDATE theories SET poll_wins = poll_wins + 1 WHERE id = ?", (winner,))
        await conn.execute("UPDATE polls SET winner_theory_id = ? WHERE id = ?", (winner or None, poll_id))
    return winner
