-- The review queue: what the bot proposes and only a curator decides. For now a TVmaze link the
-- evidence did not settle, and a season value where TVmaze disagrees with a person's. `key` names
-- the item so a later run proposes the same thing once.
CREATE TABLE review_items (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('link', 'conflict')),
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    summary TEXT NOT NULL,
    -- settled: a later run found nothing left to decide (a curator fixed the value, or linked it)
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'settled', 'accepted', 'rejected')),
    created_at TEXT NOT NULL
);
CREATE INDEX review_pending ON review_items (state, id);
