-- A routed channel may open a discussion thread on each renewal or premiere post (opt in, issue 14).
ALTER TABLE channel_routes ADD COLUMN thread INTEGER NOT NULL DEFAULT 0 CHECK (thread IN (0, 1));
