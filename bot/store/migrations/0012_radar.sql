-- The renewal radar: the news feeds it polls (bundled or added by a curator), what it has read of
-- each (so an item is handled once, across restarts), and a review-queue kind for premiere dates.
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    bundled INTEGER NOT NULL DEFAULT 0 CHECK (bundled IN (0, 1)),
    -- a bundled feed a curator removed stays here, off, so the next start does not bring it back
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    interval_seconds INTEGER NOT NULL DEFAULT 900 CHECK (interval_seconds >= 60),
    etag TEXT,
    last_modified TEXT,
    next_poll_at TEXT NOT NULL,
    last_polled_at TEXT,
    last_ok_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    last_error TEXT,
    items_read INTEGER NOT NULL DEFAULT 0,
    proposals INTEGER NOT NULL DEFAULT 0,
    added_by INTEGER,
    added_at TEXT NOT NULL
);
CREATE INDEX feeds_due ON feeds (enabled, paused, next_poll_at);

CREATE TABLE feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_id, guid)
) WITHOUT ROWID;

CREATE TABLE review_items_new (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('link', 'conflict', 'unreviewed', 'decision', 'premiere')),
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
INSERT INTO review_items_new SELECT * FROM review_items;
DROP TABLE review_items;
ALTER TABLE review_items_new RENAME TO review_items;
CREATE INDEX review_pending ON review_items (state, id);
CREATE INDEX review_by_show ON review_items (show_id);
