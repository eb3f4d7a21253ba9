-- Caps that hold however many transactions race, also on a database whose default isolation lets
-- two of them read the same count (PostgreSQL READ COMMITTED), not only because SQLite has one writer.

-- Five theories an hour per member. Each author has five slots holding when each was last used; a
-- post claims one used over an hour ago with a single conditional UPDATE. On PostgreSQL two posts
-- racing for the same slot serialise on its row lock and the second re-checks `used_at` on the new
-- version, finds it taken, and moves on. A slot records the attempt, not the theory: removing a
-- theory frees nothing. A counter with a CHECK could not express a sliding hour; slots can.
CREATE TABLE theory_slots (
    author_id INTEGER NOT NULL,
    slot INTEGER NOT NULL CHECK (slot >= 0),
    used_at TEXT NOT NULL,
    PRIMARY KEY (author_id, slot)
) WITHOUT ROWID;
-- Each author's five newest theories fill the slots, so the hour before the upgrade still counts.
INSERT INTO theory_slots (author_id, slot, used_at)
    SELECT author_id, n - 1, created_at FROM (
        SELECT author_id, created_at,
            ROW_NUMBER() OVER (PARTITION BY author_id ORDER BY created_at DESC, id DESC) AS n
        FROM theories
    ) WHERE n <= 5;

-- At most 100 active DM subscriptions per user. The triggers keep a per-user count of active rows
-- in step with every write to `subscriptions` (subscribe, unsubscribe, re-enable, a pause by the
-- outbox, a show's deletion cascading), and the CHECK refuses the 101st whichever path it takes. On
-- PostgreSQL the count row is locked by the first writer and the second adds to the committed value,
-- so two concurrent subscribes cannot both pass at 99.
CREATE TABLE subscription_counts (
    user_id INTEGER PRIMARY KEY,
    active INTEGER NOT NULL CONSTRAINT subscriptions_cap CHECK (active BETWEEN 0 AND 100)
);
-- Anyone already past 100 (re-enabling paused subscriptions used to skip the cap) keeps the oldest
-- 100; the rest are paused with the reason shown in /alerts list.
UPDATE subscriptions SET disabled_reason = 'over the 100-show limit'
    WHERE disabled_reason IS NULL AND (user_id, show_id) IN (
        SELECT user_id, show_id FROM (
            SELECT user_id, show_id,
                ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at, show_id) AS n
            FROM subscriptions WHERE disabled_reason IS NULL
        ) WHERE n > 100
    );
INSERT INTO subscription_counts (user_id, active)
    SELECT user_id, COUNT(*) FROM subscriptions WHERE disabled_reason IS NULL GROUP BY user_id;

CREATE TRIGGER subscription_added AFTER INSERT ON subscriptions
WHEN NEW.disabled_reason IS NULL
BEGIN
    INSERT INTO subscription_counts (user_id, active) VALUES (NEW.user_id, 1)
        ON CONFLICT (user_id) DO UPDATE SET active = active + 1;
END;

CREATE TRIGGER subscription_resumed AFTER UPDATE OF disabled_reason ON subscriptions
WHEN OLD.disabled_reason IS NOT NULL AND NEW.disabled_reason IS NULL
BEGIN
    INSERT INTO subscription_counts (user_id, active) VALUES (NEW.user_id, 1)
        ON CONFLICT (user_id) DO UPDATE SET active = active + 1;
END;

CREATE TRIGGER subscription_paused AFTER UPDATE OF disabled_reason ON subscriptions
WHEN OLD.disabled_reason IS NULL AND NEW.disabled_reason IS NOT NULL
BEGIN
    UPDATE subscription_counts SET active = active - 1 WHERE user_id = OLD.user_id;
END;

CREATE TRIGGER subscription_removed AFTER DELETE ON subscriptions
WHEN OLD.disabled_reason IS NULL
BEGIN
    UPDATE subscription_counts SET active = active - 1 WHERE user_id = OLD.user_id;
END;
