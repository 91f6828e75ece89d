-- Vector tiles (and every other look-up of one layer's current features in a box) ask for
-- "layer_id = :layer AND geom && :box". With the GiST index on geom alone, a tile of a small
-- layer walks and then discards every feature of the other layers in the same box: at national
-- scale, the million parcels under a low-zoom licences tile. One GiST index over both columns
-- answers both conditions. btree_gist lets GiST index the text column; it is a trusted
-- extension (PostgreSQL 13+), so the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE INDEX feature_current_layer_geom_idx ON feature USING gist (layer_id, geom) WHERE retired_in IS NULL;
COMMENT ON INDEX feature_current_layer_geom_idx IS 'One layer''s current features in a box: vector tiles, feature windows.';
