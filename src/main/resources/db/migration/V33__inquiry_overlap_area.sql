-- An inquiry's overlap area: how much of the application lies on the agency's land, the sum of the
-- areas of the overlaps it lists. Kept beside them, so that a list of inquiries in summary gives
-- it without reading the overlaps, whose intersections can hold thousands of vertices each.
CREATE FUNCTION overlaps_area(items jsonb) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT coalesce(sum(CAST(o ->> 'area_m2' AS double precision)), 0) FROM jsonb_array_elements(items) o $$;
COMMENT ON FUNCTION overlaps_area(jsonb) IS 'The sum of the area_m2 of a JSON array of overlaps, m².';

ALTER TABLE inquiry ADD COLUMN overlap_area_m2 double precision NOT NULL
    GENERATED ALWAYS AS (overlaps_area(agency_overlaps)) STORED;
COMMENT ON COLUMN inquiry.overlap_area_m2 IS 'The sum of the areas of agency_overlaps, m²: the application on the agency''s land.';
