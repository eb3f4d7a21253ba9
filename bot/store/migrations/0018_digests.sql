-- Digests (issue 14): a subscriber or a routed channel may take its alerts as one message a day or a
-- week instead of one per change, at an hour in a time zone of its choosing (default 17:00 UTC;
-- weekly on `weekday`, 0 = Monday). Deliveries to such a target wait in the outbox (digest = 1) and
-- the digest worker sends them together when the period ends, then marks them all sent.
ALTER TABLE alert_settings ADD COLUMN mode TEXT NOT NULL DEFAULT 'instant'
    CHECK (mode IN ('instant', 'daily', 'weekly'));
ALTER TABLE alert_settings ADD COLUMN zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE alert_settings ADD COLUMN hour INTEGER NOT NULL DEFAULT 17 CHECK (hour BETWEEN 0 AND 23);
ALTER TABLE alert_settings ADD COLUMN weekday INTEGER NOT NULL DEFAULT 0 CHECK (weekday BETWEEN 0 AND 6);
ALTER TABLE deliveries ADD COLUMN digest INTEGER NOT NULL DEFAULT 0;
CREATE INDEX deliveries_digest ON deliveries (digest, state, kind, target_id);
