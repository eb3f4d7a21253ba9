-- One write path: every committed catalogue change is logged, events carry structured values, and
-- the audit log names its actor (a user, the command line, later TVmaze).

-- What changed, in commit order. A running bot follows it from the last id it applied, so a change
-- made by another process (a CLI import) reaches its in-memory catalogue. AUTOINCREMENT: an id is
-- never reused after old rows are pruned, so "after id N" always means "newer than N".
CREATE TABLE changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    show_id INTEGER,  -- no foreign key: the log outlives a deleted show
    at TEXT NOT NULL
);

-- The event's values as JSON (status, dates, publisher …): an alert is worded when it is sent, in
-- the reader's language, from these. `summary` stays as a short label for logs and /admin status.
ALTER TABLE events ADD COLUMN data TEXT;
ALTER TABLE events ADD COLUMN source_publisher TEXT;

-- Who made a change when it was not a Discord user: "command line", "TVmaze" …
ALTER TABLE audit_log ADD COLUMN actor TEXT;

-- Retention prunes delivered events (and their deliveries) by age.
CREATE INDEX events_created ON events (created_at);
