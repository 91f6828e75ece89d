-- A national import wrote its million features through two steps taken row by row: the
-- jurisdiction CHECK, a PL/pgSQL call with its queries for each feature (17 s of the import's
-- 110), and the trigger cutting each feature into its parts (14 s). Both now run once per
-- statement, over the rows it wrote; and most areas are found inside Iran by a lookup of the
-- quarter-degree square they lie in, before any geometry is tested.

-- The squares wholly inside the jurisdiction. A square is keyed by its south-west corner in
-- quarter degrees, x * 1000 + y: x lies within ±720 and y within ±360, so no two share a key.
CREATE TABLE jurisdiction_cell (cell integer PRIMARY KEY);
COMMENT ON TABLE jurisdiction_cell IS 'Quarter-degree squares wholly inside the jurisdiction: an area whose bounding box lies in one of them is inside.';

-- The square an area's bounding box lies in, or NULL when the box crosses a square's edge.
-- Quarters of a degree are exact in binary, so the test is exact.
CREATE FUNCTION jurisdiction_cell_of(g geometry) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE WHEN floor(ST_XMin(g) * 4) = floor(ST_XMax(g) * 4) AND floor(ST_YMin(g) * 4) = floor(ST_YMax(g) * 4)
                THEN (floor(ST_XMin(g) * 4) * 1000 + floor(ST_YMin(g) * 4))::integer END
    $$;

INSERT INTO jurisdiction_cell (cell)
SELECT x * 1000 + y
FROM (SELECT floor(ST_XMin(geom) * 4)::integer AS x0, floor(ST_XMax(geom) * 4)::integer AS x1,
             floor(ST_YMin(geom) * 4)::integer AS y0, floor(ST_YMax(geom) * 4)::integer AS y1
      FROM jurisdiction) AS extent,
     generate_series(x0, x1) AS x, generate_series(y0, y1) AS y
WHERE EXISTS (SELECT 1 FROM jurisdiction j
              WHERE ST_CoveredBy(ST_MakeEnvelope(x / 4.0, y / 4.0, (x + 1) / 4.0, (y + 1) / 4.0, 4326), j.geom))
ON CONFLICT DO NOTHING;

CREATE OR REPLACE FUNCTION inside_jurisdiction(g geometry) RETURNS boolean
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM jurisdiction_cell c WHERE c.cell = jurisdiction_cell_of(g))
        OR EXISTS (SELECT 1 FROM jurisdiction_part p WHERE p.geom && g AND ST_CoveredBy(g, p.geom))
        OR coalesce((SELECT bool_or(ST_CoveredBy(g, j.geom)) FROM jurisdiction j), false);
END $$;

ALTER TABLE feature DROP CONSTRAINT feature_geom_in_jurisdiction;
DROP TRIGGER feature_parts_follow ON feature;
DROP FUNCTION feature_parts_follow();

-- After each statement that inserts or updates features, over the rows it wrote: the statement is
-- refused, as the CHECK refused it, when one of them lies outside the jurisdiction; then the
-- current ones are cut into parts, in place of the parts they had. The areas inside one square
-- are found by one hash of the squares; only the others are tested. A deleted feature loses its
-- parts by the foreign key's cascade.
CREATE FUNCTION features_written() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    outside bigint;
BEGIN
    SELECT id INTO outside FROM (
        SELECT id, geom FROM written w
        WHERE NOT EXISTS (SELECT 1 FROM jurisdiction_cell c WHERE c.cell = jurisdiction_cell_of(w.geom))
        OFFSET 0
    ) AS not_in_a_square
    WHERE NOT inside_jurisdiction(geom) LIMIT 1;
    IF outside IS NOT NULL THEN
        RAISE check_violation USING CONSTRAINT = 'feature_geom_in_jurisdiction', TABLE = 'feature',
            MESSAGE = format('feature %s lies outside the jurisdiction', outside);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM feature_part p USING written w WHERE p.feature_id = w.id;
    END IF;
    INSERT INTO feature_part (feature_id, layer_id, geom)
    SELECT id, layer_id, ST_Subdivide(geom, 256) FROM written WHERE retired_in IS NULL;
    RETURN NULL;
END $$;

CREATE TRIGGER features_inserted AFTER INSERT ON feature
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION features_written();
CREATE TRIGGER features_updated AFTER UPDATE ON feature
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION features_written();

COMMENT ON TABLE feature_part IS 'Current features cut into pieces of at most 256 vertices (ST_Subdivide) so an overlap check touches only the pieces near the application. Kept in step with feature by the trigger function features_written, once per statement.';
