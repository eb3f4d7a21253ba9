-- The next instant at which a request bound by Discord's global rate limit may leave (issue 15),
-- shared by every process on one PostgreSQL store: each sender takes the next free instant in turn,
-- 1/rate apart, so the fan-out is split across processes and their sum stays within the limit
-- (bot/pacing.py, SharedPace). A SQLite store has one process, which paces in memory; the table is
-- here so both engines keep one schema. `next_at` is seconds since the epoch on the server's clock.
CREATE TABLE send_clock (
    name    TEXT PRIMARY KEY,
    next_at DOUBLE PRECISION NOT NULL
);
INSERT INTO send_clock (name, next_at) VALUES ('discord', 0);
