-- A feed its publisher moved for good (every step of the answer a 301 or 308, RFC 9110 §15.4): the
-- address the radar reads it at now. `url` stays the address the bundle lists or a curator added,
-- so the next start does not add a bundled address again and a curator's own address still finds
-- the feed; a curator's add of that address clears the move (the old address is tried again).
ALTER TABLE feeds ADD COLUMN moved_to TEXT;
