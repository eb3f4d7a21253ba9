-- A decision reported by several outlets keeps them all: the first (source_publisher, source_url) is
-- the one shown; the others are a JSON list of {"publisher": ..., "url": ...}.
ALTER TABLE decisions ADD COLUMN more_sources TEXT;
