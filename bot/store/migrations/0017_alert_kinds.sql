-- Alerts people can tune (issue 14): which kinds of news a subscriber, or a routed channel, hears
-- about. No row: everything. `kinds` is a comma-separated list of decisions, production,
-- premiere_dates, premiere_day (bot.store.alerts.ALERT_KINDS); an event of another kind makes no
-- delivery for that target when it fans out.
CREATE TABLE alert_settings (
    target_kind TEXT NOT NULL CHECK (target_kind IN ('dm', 'channel')),
    target_id INTEGER NOT NULL,
    kinds TEXT NOT NULL,
    PRIMARY KEY (target_kind, target_id)
);
