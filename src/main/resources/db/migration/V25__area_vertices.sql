-- The vertices of an area, as a receipt or a licence lists them: each in WGS 84 and in the UTM zone
-- of the area's centre (Iran lies in zones 38 to 41 north, EPSG:32638 to 32641), ring by ring, the
-- shell of each polygon and then its holes, numbered from 1 in each ring. The closing vertex of a
-- ring, which repeats its first, is left out.
CREATE FUNCTION area_vertices(area geometry)
RETURNS TABLE (srid int, polygon int, ring int, n int, lon float8, lat float8, easting float8, northing float8)
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
    WITH zone AS (
        SELECT 32600 + least(41, greatest(38, floor((ST_X(ST_Centroid(area)) + 180) / 6)::int + 1)) AS srid
    ),
    vertex AS (
        SELECT zone.srid, p.path, p.geom, u.geom AS utm,
               count(*) OVER (PARTITION BY p.path[1], p.path[2]) AS in_ring
        FROM zone, ST_DumpPoints(ST_Multi(area)) p
        JOIN ST_DumpPoints(ST_Transform(ST_Multi(area), zone.srid)) u ON u.path = p.path
    )
    SELECT srid, path[1], path[2] - 1, path[3], ST_X(geom), ST_Y(geom), ST_X(utm), ST_Y(utm)
    FROM vertex
    WHERE path[3] < in_ring
    ORDER BY vertex.path
$$;
COMMENT ON FUNCTION area_vertices(geometry) IS 'An area''s vertices ring by ring (ring 0 the shell of each polygon, then its holes), numbered from 1, in WGS 84 and in the UTM zone of its centre (srid); the closing vertex of each ring left out. Read by receipts and licence documents.';
