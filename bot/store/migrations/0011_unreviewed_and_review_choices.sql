-- Shows found on TVmaze when a fan asked for one the catalogue did not hold: stored so the answer
-- (and later alerts) have something to stand on, but marked as not yet reviewed by a curator, with
-- TVmaze's own status word ("Running", "Ended", "To Be Determined"). A curator's edit, an import of
-- the same slug, or accepting its review item makes a show reviewed.
ALTER TABLE shows ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 1 CHECK (reviewed IN (0, 1));
ALTER TABLE shows ADD COLUMN tvmaze_status TEXT;

-- The review queue learns more kinds (an unreviewed show fans asked about; a decision TVmaze's
-- evidence suggests), how often fans asked, what accepting an item would do (`data`, JSON), and who
-- decided it, when, through which audit entry (so an accepted item can be undone from the audit).
CREATE TABLE review_items_new (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('link', 'conflict', 'unreviewed', 'decision')),
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    summary TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'settled', 'accepted', 'rejected')),
    created_at TEXT NOT NULL,
    asks INTEGER NOT NULL DEFAULT 0 CHECK (asks >= 0),
    data TEXT,
    decided_by INTEGER,
    decided_at TEXT,
    audit_id INTEGER
);
INSERT INTO review_items_new (id, key, kind, show_id, summary, state, created_at)
    SELECT id, key, kind, show_id, summary, state, created_at FROM review_items;
DROP TABLE review_items;
ALTER TABLE review_items_new RENAME TO review_items;
CREATE INDEX review_pending ON review_items (state, id);
CREATE INDEX review_by_show ON review_items (show_id);
