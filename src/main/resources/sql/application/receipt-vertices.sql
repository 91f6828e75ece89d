-- The vertices of an application's area, each in WGS 84 and in the UTM zone of the area's centre
-- (Iran lies in zones 38 to 41 north, EPSG:32638 to 32641), ring by ring: the shell of each
-- polygon, then its holes. The closing vertex of a ring, which repeats its first, is left out.
WITH area AS (
    SELECT geom, 32600 + least(41, greatest(38, floor((ST_X(ST_Centroid(geom)) + 180) / 6)::int + 1)) AS srid
    FROM application WHERE id = :id
),
vertex AS (
    SELECT area.srid, p.path, p.geom, u.geom AS utm,
           count(*) OVER (PARTITION BY p.path[1], p.path[2]) AS in_ring
    FROM area, ST_DumpPoints(area.geom) p
    JOIN ST_DumpPoints(ST_Transform(area.geom, area.srid)) u ON u.path = p.path
)
SELECT srid, path[1] AS polygon, path[2] - 1 AS ring, path[3] AS n,
       ST_X(geom) AS lon, ST_Y(geom) AS lat, ST_X(utm) AS easting, ST_Y(utm) AS northing
FROM vertex
WHERE path[3] < in_ring
ORDER BY path;
