-- Links: a show's ids elsewhere. TVmaze's is where live facts come from; IMDb's and TheTVDB's are
-- what a show is linked by. Each id names at most one show.
ALTER TABLE shows ADD COLUMN tvmaze_id INTEGER;
ALTER TABLE shows ADD COLUMN imdb_id TEXT;
ALTER TABLE shows ADD COLUMN thetvdb_id INTEGER;
CREATE UNIQUE INDEX shows_tvmaze ON shows (tvmaze_id) WHERE tvmaze_id IS NOT NULL;
CREATE UNIQUE INDEX shows_imdb ON shows (imdb_id) WHERE imdb_id IS NOT NULL;
CREATE UNIQUE INDEX shows_thetvdb ON shows (thetvdb_id) WHERE thetvdb_id IS NOT NULL;
