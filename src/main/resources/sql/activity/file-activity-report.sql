-- Files an activity report: checks the reported area against the current licences and stores it
-- with the licences covering it (Art. 26) and its part outside every licence (Art. 19). Returns
-- the report's id.
--
-- :wkb          the reported area, WKB in EPSG:4326, valid, inside Iran
-- :sliver       the sliver tolerance in m²: a licence sharing no more than this does not cover
--               the area (touching along an edge or at a corner shares nothing), and no more than
--               this outside every licence is not flagged
-- :reportedBy   the user reporting it
-- :observedOn   the day the activity was seen, or NULL
-- :description  what was seen
--
-- The licences are the current features of the licences layer (the register of licences,
-- certificates and permits), searched through their subdivided parts as find-overlaps.sql does:
-- the index on feature_part.geom finds the few parts near the area, and the query geometry is
-- never transformed. The parts of a licence are intersected with the area together and the
-- licences' pieces taken from it by the same steps as there (area_share and area_left, V43).
-- A retired feature has no parts; it is excluded by name as well, and so is a licence whose term
-- has ended (feature.ends_at) though the sweeping job has not removed it.
-- Areas are on the ellipsoid, measured as find-overlaps.sql measures them: a licence's share by
-- ellipsoid_area (V29), the area and its part outside every licence geodesic.
WITH area AS (
    SELECT ST_GeomFromWKB(:wkb, 4326) AS geom
),
shared AS MATERIALIZED (
    SELECT p.feature_id, area_share(ST_Collect(p.geom), (SELECT geom FROM area)) AS geom
    FROM feature_part p, area
    WHERE p.layer_id = 'licences'
      AND p.geom && area.geom
      AND ST_Intersects(p.geom, area.geom)
    GROUP BY p.feature_id
),
covering AS MATERIALIZED (
    SELECT f.id, f.external_id, f.name, shared.geom, ellipsoid_area(shared.geom) AS area_m2
    FROM shared
    JOIN feature f ON f.id = shared.feature_id
    WHERE f.layer_id = 'licences'
      AND f.retired_in IS NULL
      AND (f.ends_at IS NULL OR f.ends_at > cadastre_now())
      AND NOT ST_IsEmpty(shared.geom)
),
kept AS MATERIALIZED (
    SELECT * FROM covering WHERE area_m2 > :sliver
),
outside AS MATERIALIZED (
    SELECT area_left(area.geom, ST_Union(ST_MakeValid(kept.geom))) AS geom
    FROM area
    LEFT JOIN kept ON true
    GROUP BY area.geom
),
measured AS (
    SELECT outside.geom, ST_IsEmpty(outside.geom) AS empty, ST_Area(outside.geom::geography) AS area_m2
    FROM outside
)
INSERT INTO activity_report (reported_by, observed_on, description, geom, area_m2, outside_geom, outside_area_m2,
                             flagged, covering)
SELECT :reportedBy, CAST(:observedOn AS date), :description, area.geom, ST_Area(area.geom::geography),
       CASE WHEN measured.empty THEN NULL ELSE measured.geom END,
       CASE WHEN measured.empty THEN 0 ELSE measured.area_m2 END,
       NOT measured.empty AND measured.area_m2 > :sliver,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('featureId', k.id::text, 'externalId', k.external_id,
                                                     'name', k.name, 'area_m2', k.area_m2)
                                  ORDER BY k.area_m2 DESC, k.id), '[]')
        FROM kept k)
FROM area, measured
RETURNING id
