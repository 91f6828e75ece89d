-- The two cut steps that the overlap check (find-overlaps.sql) and an activity report
-- (file-activity-report.sql) share, written once. Plain SQL functions: the planner inlines them,
-- so they cost what the expressions written out cost.

-- The part of an area that one feature's subdivided parts cover. The parts are intersected with
-- the area together, as one collection, so their shared cut edges dissolve. Where a cut line
-- crosses an edge of the area it leaves a vertex on that edge; ST_Simplify with a 1e-10°
-- (0.01 mm) tolerance removes those again, because on the ellipsoid every segment is a geodesic
-- and a vertex added to an edge would change the area (by about 1e-6 of it for kilometre-long
-- edges). The result equals the intersection with the whole feature, at a fraction of the cost.
CREATE FUNCTION area_share(parts geometry, area geometry) RETURNS geometry
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ST_Multi(ST_Simplify(ST_CollectionExtract(ST_Intersection(parts, area), 3), 1e-10, true))
$$;

-- What is left of an area outside the pieces others hold (their union: NULL when there are none).
-- The pieces are made valid before they are joined: the simplification above can make a piece
-- cross itself where a claim runs out to a needle (two of its vertices 5e-15° apart, as in a
-- claim trimmed at full precision), and GEOS cannot join such a piece to another (a 500). Valid
-- pieces pass unchanged; the caller writes ST_Union(ST_MakeValid(piece)).
CREATE FUNCTION area_left(area geometry, taken geometry) RETURNS geometry
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN taken IS NULL THEN area
                ELSE ST_Multi(ST_CollectionExtract(ST_Difference(area, taken), 3)) END
$$;
