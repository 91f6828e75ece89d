-- What does an area overlap? One row per current feature whose interior it shares by more than
-- the sliver tolerance (touching along an edge or at a corner is not an overlap), plus, on every
-- row, the area's own figures and its free part (the area minus every blocking claim).
-- With no overlap there is exactly one row, its feature columns NULL. A licence whose term has
-- ended (feature.ends_at) no longer counts, though the sweeping job may not have removed it yet.
--
-- :wkb     the area, WKB in EPSG:4326, valid, inside Iran
-- :sliver  the sliver tolerance in m²
--
-- The subdivided parts are searched, not the features: an area meets a few small parts of a
-- large polygon, and the index finds just those. The query geometry is never transformed, so
-- the index on feature_part.geom is used. The expensive steps are MATERIALIZED: PostgreSQL
-- would otherwise compute an intersection or an area once for every place that names it.
-- Areas are on the ellipsoid: the area's own and its free part's are geodesic, as intake measured
-- the area; an overlap's, where a natural boundary's thousands of vertices make the geodesic area
-- slow, is ellipsoid_area's (V29).
WITH area AS (
    SELECT ST_GeomFromWKB(:wkb, 4326) AS geom
),
-- The parts of a feature that meet the area are intersected with it together, their cut edges
-- dissolved (area_share, V43): the intersection with the whole feature, at a fraction of the cost.
shared AS MATERIALIZED (
    SELECT p.feature_id, area_share(ST_Collect(p.geom), (SELECT geom FROM area)) AS geom
    FROM feature_part p, area
    WHERE p.geom && area.geom
      AND ST_Intersects(p.geom, area.geom)
    GROUP BY p.feature_id
),
overlap AS MATERIALIZED (
    SELECT f.id, f.layer_id, f.external_id, f.name, f.name_fa,
           -- A boundary imported naming no body (before imports refused that) is inquired of the
           -- ministry that receives the applications: it holds the boundary and must find its body
           -- (Art. 24). An inquiry to no one made every application over it fail.
           coalesce(f.agency_id, l.owner_agency,
                    CASE WHEN 'INQUIRY' = ANY (l.consequences)
                         THEN (SELECT owner_agency FROM layer WHERE id = 'applications') END) AS agency,
           l.consequences, l.sort_order,
           shared.geom,
           ellipsoid_area(shared.geom) AS area_m2
    FROM shared
    JOIN feature f ON f.id = shared.feature_id
    JOIN layer l ON l.id = f.layer_id
    WHERE NOT ST_IsEmpty(shared.geom)
      AND (f.ends_at IS NULL OR f.ends_at > cadastre_now())
),
kept AS (
    SELECT * FROM overlap WHERE area_m2 > :sliver
),
-- The blocking pieces are made valid before they are joined (area_left, V43, says why).
free AS (
    SELECT area_left(area.geom, ST_Union(ST_MakeValid(k.geom))) AS geom
    FROM area
    LEFT JOIN kept k ON k.consequences[1] = 'BLOCKS'
    GROUP BY area.geom
)
SELECT ST_Area(area.geom::geography) AS area_m2,
       ST_AsGeoJSON(free.geom, 7) AS free_geometry,
       ST_Area(free.geom::geography) AS free_area_m2,
       kept.id AS feature_id,
       kept.layer_id,
       kept.external_id,
       kept.name,
       kept.name_fa,
       kept.agency,
       kept.consequences,
       kept.area_m2 AS overlap_area_m2,
       ST_AsGeoJSON(kept.geom, 7) AS intersection
FROM area
CROSS JOIN free
LEFT JOIN kept ON true
ORDER BY kept.sort_order, kept.area_m2 DESC, kept.id;
