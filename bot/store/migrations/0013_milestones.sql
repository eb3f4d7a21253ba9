-- rebuilds tables: events and review_items learn new kinds (SQLite cannot alter a CHECK in place).
-- Production milestones: filming began (in production), filming wrapped, the premiere date
-- announced; each with its source, like a decision. They alert followers as decisions do.
CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    season INTEGER NOT NULL CHECK (season BETWEEN 1 AND 50),
    kind TEXT NOT NULL CHECK (kind IN ('in_production', 'wrapped', 'premiere_announced')),
    date TEXT NOT NULL,
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year')),
    source_publisher TEXT NOT NULL,
    source_url TEXT,
    recorded_by INTEGER,
    recorded_at TEXT NOT NULL
);
CREATE INDEX milestones_by_show ON milestones (show_id, season);

CREATE TABLE events_new (
    id INTEGER PRIMARY KEY,
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('decision', 'premiere_set', 'premiere_moved', 'premiere_day', 'milestone')),
    season INTEGER NOT NULL,
    summary TEXT NOT NULL,
    source_url TEXT,
    created_by INTEGER,
    created_at TEXT NOT NULL,
    data TEXT,
    source_publisher TEXT
);
INSERT INTO events_new (id, show_id, kind, season, summary, source_url, created_by, created_at, data, source_publisher)
    SELECT id, show_id, kind, season, summary, source_url, created_by, created_at, data, source_publisher FROM events;
DROP TABLE events;
ALTER TABLE events_new RENAME TO events;
CREATE INDEX events_by_show ON events (show_id, id);
CREATE INDEX events_created ON events (created_at);

CREATE TABLE review_items_new (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('link', 'conflict', 'unreviewed', 'decision', 'premiere', 'milestone')),
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
