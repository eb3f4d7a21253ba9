-- The values TVmaze wrote into a show's seasons, so a refresh can tell its own (which it may update)
-- from a person's (which stay; a disagreement goes to a curator). A person who later changes such a
-- value makes it theirs: it no longer equals what is recorded here.
CREATE TABLE tvmaze_values (
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    season INTEGER NOT NULL,
    field TEXT NOT NULL CHECK (field IN ('premiere', 'finale', 'episodes')),
    value TEXT NOT NULL,
    PRIMARY KEY (show_id, season, field)
) WITHOUT ROWID;
