-- Release instants (issue 14): a premiere known to the minute, as a UTC instant (ISO 8601), beside
-- its day; and a show's home time zone (IANA, its network's), where a premiere known only to the day
-- starts. Both optional: most premieres are known to the day, and a global streamer has no zone.
ALTER TABLE seasons ADD COLUMN premiere_at TEXT;
ALTER TABLE shows ADD COLUMN timezone TEXT;
