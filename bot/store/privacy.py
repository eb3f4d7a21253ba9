"""What the bot keeps about a user, forgotten on their request (/privacy forget-me), in one
transaction: their subscriptions and DM channel, the DM alerts and digests still waiting for them,
their votes, their theory-rate slots, and their name on the theories they posted (the theories
stay, by "a former member", since others voted on them). Curators' entries in the audit log are
kept: they are the catalogue's record of who changed what."""

from __future__ import annotations

from dataclasses import dataclass

from bot.store.database import Store

FORMER_MEMBER = 0  # the author id a forgotten user's theories carry


@dataclass(frozen=True, slots=True)
class Forgotten:
    subscriptions: int
    votes: int
    theories: int
    pending_alerts: int


async def forget(db: Store, user_id: int) -> Forgotten:
    async with db.transaction() as conn:

        async def run(sql: str) -> int:
            cursor = await conn.execute(sql, (user_id,))
            return max(cursor.rowcount, 0)

        subscriptions = await run("DELETE FROM subscriptions WHERE user_id = ?")
        await run("DELETE FROM subscription_counts WHERE user_id = ?")
        pending = await run(
            "DELETE FROM deliveries WHERE kind = 'dm' AND target_id = ? AND state = 'pending'"
        )
        await run("DELETE FROM digest_sends WHERE target_kind = 'dm' AND target_id = ?")
        await run("DELETE FROM dm_channels WHERE user_id = ?")
        votes = await run("DELETE FROM theory_votes WHERE user_id = ?")
        await run("DELETE FROM theory_slots WHERE author_id = ?")
        cursor = await conn.execute(
            "UPDATE theories SET author_id = ? WHERE author_id = ?", (FORMER_MEMBER, user_id)
        )
        theories = max(cursor.rowcount, 0)
    return Forgotten(subscriptions, votes, theories, pending)
