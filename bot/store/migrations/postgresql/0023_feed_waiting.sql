-- Items the radar read whose show it could not look up on TVmaze in that poll (the poll's lookups
-- spent, or TVmaze unreachable): kept whole, so the next polls read them again even after their feed
-- no longer lists them, and the feed's own validators stay (it may answer 304 meanwhile). The item is
-- in feed_items too (read once from its feed); it leaves this table once read to the end, or given up.
CREATE TABLE feed_waiting (
    feed_id BIGINT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    title TEXT NOT NULL,
    url TEXT,
    summary TEXT NOT NULL,
    published TEXT,
    categories TEXT NOT NULL DEFAULT '[]',  -- a JSON list of the publisher's categories
    since TEXT NOT NULL,
    PRIMARY KEY (feed_id, guid)
);
CREATE INDEX feed_waiting_since ON feed_waiting (since);
