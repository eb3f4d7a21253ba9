-- Alerts: who wants to hear about a show, and the durable outbox of deliveries.
CREATE TABLE subscriptions (
    user_id INTEGER NOT NULL,
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    disabled_reason TEXT,
    PRIMARY KEY (user_id, show_id)
);
CREATE INDEX subscriptions_by_show ON subscriptions (show_id);

CREATE TABLE channel_routes (
    channel_id INTEGER NOT NULL,
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    guild_id INTEGER NOT NULL,
    role_id INTEGER,
    created_by INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    disabled_reason TEXT,
    PRIMARY KEY (channel_id, show_id)
);
CREATE INDEX routes_by_show ON channel_routes (show_id);
CREATE INDEX routes_by_guild ON channel_routes (guild_id);

-- One row per target per event; a row is claimed with a lease so a crash leaves it to be retried.
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('dm', 'channel')),
    target_id INTEGER NOT NULL,
    role_id INTEGER,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    not_before TEXT NOT NULL,
    lease_until TEXT,
    last_error TEXT,
    sent_at TEXT,
    UNIQUE (event_id, kind, target_id)
);
CREATE INDEX deliveries_due ON deliveries (state, not_before);
CREATE INDEX deliveries_by_event ON deliveries (event_id, state);

-- DM channels are reused: Discord returns the same one, but asking costs a request each time.
CREATE TABLE dm_channels (
    user_id INTEGER PRIMARY KEY,
    channel_id INTEGER NOT NULL
);

-- Timed events (premiere day) are rows, not sleeping tasks.
CREATE TABLE schedule (
    id INTEGER PRIMARY KEY,
    show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    season INTEGER NOT NULL,
    due_at TEXT NOT NULL,
    emitted_at TEXT,
    UNIQUE (show_id, season, due_at)
);
CREATE INDEX schedule_due ON schedule (emitted_at, due_at);
