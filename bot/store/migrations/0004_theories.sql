-- Fan theories per server and show, votes, native polls, and per-server settings.
CREATE TABLE theories (
    id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    title_key TEXT NOT NULL,
    details TEXT,
    spoiler INTEGER NOT NULL DEFAULT 0,
    channel_id INTEGER,
    message_id INTEGER,
    poll_wins INTEGER NOT NULL DEFAULT 0,
    poll_votes INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (guild_id, show_id, title_key)
);
CREATE INDEX theories_by_author ON theories (author_id, created_at);

CREATE TABLE theory_votes (
    theory_id INTEGER NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (theory_id, user_id)
);

CREATE TABLE polls (
    id INTEGER PRIMARY KEY,
    guild_id INTEGER NOT NULL,
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL,
    message_id INTEGER,
    question TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    winner_theory_id INTEGER,
    created_by INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    closed_at TEXT
);
-- One open poll per show per server.
CREATE UNIQUE INDEX polls_one_open ON polls (guild_id, show_id) WHERE state = 'open';
CREATE INDEX polls_due ON polls (state, ends_at);

CREATE TABLE poll_answers (
    poll_id INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    answer_id INTEGER NOT NULL,
    theory_id INTEGER NOT NULL REFERENCES theories (id) ON DELETE CASCADE,
    votes INTEGER,
    PRIMARY KEY (poll_id, answer_id)
);

CREATE TABLE guild_settings (
    guild_id INTEGER PRIMARY KEY,
    open_polls INTEGER NOT NULL DEFAULT 0
);
