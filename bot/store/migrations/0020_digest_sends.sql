-- A digest about to be sent (issue 14): written before the message goes to Discord and removed in
-- the transaction that marks its deliveries sent. A row still here after a crash is a digest that
-- may or may not have reached Discord: the worker sends the same text again with the same nonce
-- while Discord still remembers it, and after that first reads the channel to see whether it is
-- there. `delivery_ids` and `show_ids` are comma-separated; `started_at` is the first attempt (UTC).
CREATE TABLE digest_sends (
    target_kind  TEXT NOT NULL CHECK (target_kind IN ('dm', 'channel')),
    target_id    INTEGER NOT NULL,
    period_end   TEXT NOT NULL,
    content      TEXT NOT NULL,
    delivery_ids TEXT NOT NULL,
    show_ids     TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id, period_end)
);
