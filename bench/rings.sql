-- Applications as applicants draw them, where the layers are (bench/applications.sh, bench/soak.sh):
-- 20-vertex rings of about 5 km² on a grid of 0.032° by 0.024° over Iran (at least 2.6 km apart, so
-- disjoint), kept where they overlap a layer with a legal consequence and meet no blocking claim, in
-- a fixed shuffled order; one GeoJSON ring ("[[lon,lat],…]") a line.
WITH ring AS MATERIALIZED (
    SELECT i, j, ST_Buffer(ST_SetSRID(ST_MakePoint(44 + i * 0.032, 25 + j * 0.024), 4326)::geography,
                           1260, 5)::geometry AS g
    FROM generate_series(0, 570) i, generate_series(0, 580) j
),
layered AS MATERIALIZED (
    SELECT r.* FROM ring r
    WHERE EXISTS (SELECT 1 FROM feature_part p JOIN layer l ON l.id = p.layer_id
                  WHERE p.geom && r.g AND ST_Intersects(p.geom, r.g) AND l.consequences[1] <> 'BLOCKS')
)
SELECT ST_AsGeoJSON(ST_ForcePolygonCCW(g), 6)::json -> 'coordinates' -> 0 FROM layered r
WHERE inside_jurisdiction(r.g)
  AND NOT EXISTS (SELECT 1 FROM feature_part p JOIN layer l ON l.id = p.layer_id
                  WHERE p.geom && r.g AND l.consequences[1] = 'BLOCKS')
ORDER BY md5(i || ',' || j);
