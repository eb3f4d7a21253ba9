-- The catalogue: shows, their seasons, renewal decisions and cast.
CREATE TABLE shows (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    original_title TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    platform TEXT NOT NULL,
    country TEXT NOT NULL,
    language TEXT,
    source_material TEXT,
    last_checked TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE seasons (
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 50),
    status TEXT CHECK (status IN ('renewed', 'cancelled', 'ended')),
    premiere TEXT,
    premiere_precision TEXT NOT NULL DEFAULT 'unknown'
        CHECK (premiere_precision IN ('day', 'month', 'year', 'unknown')),
    finale TEXT,
    episodes INTEGER CHECK (episodes > 0),
    PRIMARY KEY (show_id, number)
);
CREATE INDEX seasons_premiere ON seasons (premiere);

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    season INTEGER NOT NULL CHECK (season BETWEEN 1 AND 50),
    status TEXT NOT NULL CHECK (status IN ('renewed', 'cancelled', 'ended')),
    final INTEGER NOT NULL DEFAULT 0,
    announced TEXT NOT NULL,
    announced_precision TEXT NOT NULL CHECK (announced_precision IN ('day', 'month', 'year')),
    source_publisher TEXT NOT NULL,
    source_url TEXT,
    note TEXT,
    recorded_by INTEGER,
    recorded_at TEXT NOT NULL
);
CREATE INDEX decisions_show ON decisions (show_id, season);

CREATE TABLE cast_members (
    id INTEGER PRIMARY KEY,
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor TEXT NOT NULL,
    character TEXT,
    seasons TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX cast_show ON cast_members (show_id, position);

-- Small key/value facts the bot keeps about itself (e.g. the hash of the last synced command tree).
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
