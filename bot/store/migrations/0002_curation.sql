-- Curators, the audit log of catalogue changes, and the events that alerts deliver.
CREATE TABLE curators (
    user_id INTEGER PRIMARY KEY,
    added_by INTEGER NOT NULL,
    added_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id INTEGER,
    action TEXT NOT NULL,
    show_id INTEGER REFERENCES shows (id) ON DELETE SET NULL,
    show_slug TEXT,
    summary TEXT NOT NULL,
    before TEXT,
    after TEXT
);
CREATE INDEX audit_by_show ON audit_log (show_id, id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('decision', 'premiere_set', 'premiere_moved', 'premiere_day')),
    season INTEGER NOT NULL,
    summary TEXT NOT NULL,
    source_url TEXT,
    created_by INTEGER,
    created_at TEXT NOT NULL
);
CREATE INDEX events_by_show ON events (show_id, id);
