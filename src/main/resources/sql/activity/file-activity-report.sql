-- Files an activity report: checks the reported area against the licences and stores it with the
-- licences covering it (Art. 26) and its part outside every licence (Art. 19). Returns the
-- report's id.
--
-- :wkb          the reported area, WKB in EPSG:4326, valid, inside Iran
-- :sliver       the sliver tolerance in m²: a licence sharing no more than this does not cover
--               the area (touching along an edge or at a corner shares nothing), and no more than
--               this outside every licence is not flagged
-- :reportedBy   the user reporting it
-- :observedOn   the day the activity was seen, or NULL
-- :dayStart     that day's first instant in Asia/Tehran, :dayEnd the next day's; both NULL
--               without a day
-- :description  what was seen
--
-- Without a day, the licences are the current features of the licences layer (the register of
-- licences, certificates and permits), searched through their subdivided parts as
-- find-overlaps.sql does: the index on feature_part.geom finds the few parts near the area, and
-- the query geometry is never transformed. The parts of a licence are intersected with the area
-- together and the licences' pieces taken from it by the same steps as there (area_share and
-- area_left, V43). A retired feature has no parts; it is excluded by name as well, and so is a
-- licence whose term has ended (feature.ends_at) though the sweeping job has not removed it.
--
-- With a day (Art. 19 speaks of the activity, not of its report), the licences are those in force
-- at some moment of that day, which the register tells: each licence from its issue to its end
-- (closed or superseded at ended_at; lapsed or expired at the end of its term, unless its holder
-- asked in time for what follows, as licence_status has it), on its own operational area. One in
-- force for part of the day only covers the area, flagged part_of_day: the day does not say at
-- what hour the activity was seen. The licences layer's features that are not in the register
-- (the old cadastre's, imported) are known only from the load that brought them (or, today, from
-- being in the layer now) until the load that retired them or their end: on an earlier day,
-- whether they were in force is not recorded. Their part of the area is kept apart as
-- undetermined, neither covered nor outside, and is not flagged. The register's licences are found
-- by licence_geom_idx, the layer's features (retired ones too, which have no parts) by
-- feature_geom_idx.
--
-- Areas are on the ellipsoid, measured as find-overlaps.sql measures them: a licence's share by
-- ellipsoid_area (V29), the area and its part outside every licence geodesic.
WITH area AS (
    SELECT ST_GeomFromWKB(:wkb, 4326) AS geom
),
day AS NOT MATERIALIZED (
    SELECT CAST(:dayStart AS timestamptz) AS starts, CAST(:dayEnd AS timestamptz) AS ends
),
shared AS MATERIALIZED (
    SELECT p.feature_id, area_share(ST_Collect(p.geom), (SELECT geom FROM area)) AS geom
    FROM feature_part p, area, day
    WHERE day.starts IS NULL
      AND p.layer_id = 'licences'
      AND p.geom && area.geom
      AND ST_Intersects(p.geom, area.geom)
    GROUP BY p.feature_id
),
in_force AS MATERIALIZED (
    SELECT l.feature_id, f.external_id, f.name, area_share(l.geom, area.geom) AS geom, l.id AS licence_id, l.number,
           l.issued_at > day.starts OR ended.at < day.ends AS part_of_day
    FROM licence l
    CROSS JOIN LATERAL (SELECT coalesce(l.ended_at, CASE WHEN l.requested_at IS NULL THEN l.ends_at END,
                                        'infinity') AS at) ended
    LEFT JOIN feature f ON f.id = l.feature_id, area, day
    WHERE day.starts IS NOT NULL
      AND l.geom && area.geom
      AND ST_Intersects(l.geom, area.geom)
      AND l.issued_at < day.ends
      AND ended.at > day.starts
),
layered AS MATERIALIZED (
    SELECT f.id AS feature_id, f.external_id, f.name, area_share(f.geom, area.geom) AS geom,
           coalesce(loaded.created_at < day.ends, false)
               OR (f.retired_in IS NULL AND ended.at > cadastre_now() AND cadastre_now() < day.ends) AS known,
           NOT coalesce(loaded.created_at <= day.starts, false) OR ended.at < day.ends AS part_of_day,
           loaded.created_at AS loaded_at
    FROM feature f
    LEFT JOIN layer_version loaded ON loaded.id = f.version_id
    LEFT JOIN layer_version retired ON retired.id = f.retired_in
    CROSS JOIN LATERAL (SELECT least(coalesce(retired.created_at, 'infinity'), coalesce(f.ends_at, 'infinity')) AS at) ended,
    area, day
    WHERE day.starts IS NOT NULL
      AND f.layer_id = 'licences'
      AND f.properties -> 'licenceId' IS NULL
      AND f.geom && area.geom
      AND ST_Intersects(f.geom, area.geom)
      AND ended.at > day.starts
),
covering AS MATERIALIZED (
    SELECT * FROM (
        SELECT f.id AS feature_id, f.external_id, f.name, shared.geom, NULL::uuid AS licence_id, NULL::bigint AS number,
               NULL::boolean AS part_of_day
        FROM shared
        JOIN feature f ON f.id = shared.feature_id
        WHERE f.layer_id = 'licences'
          AND f.retired_in IS NULL
          AND (f.ends_at IS NULL OR f.ends_at > cadastre_now())
        UNION ALL
        SELECT feature_id, external_id, name, geom, licence_id, number, part_of_day FROM in_force
        UNION ALL
        SELECT feature_id, external_id, name, geom, NULL, NULL, part_of_day FROM layered WHERE known
    ) c
    CROSS JOIN LATERAL (SELECT ellipsoid_area(c.geom) AS area_m2) measured
    WHERE NOT ST_IsEmpty(c.geom)
),
kept AS MATERIALIZED (
    SELECT * FROM covering WHERE area_m2 > :sliver
),
undetermined AS MATERIALIZED (
    SELECT u.*, ellipsoid_area(u.geom) AS area_m2
    FROM layered u
    WHERE NOT u.known AND NOT ST_IsEmpty(u.geom) AND ellipsoid_area(u.geom) > :sliver
),
outside AS MATERIALIZED (
    SELECT area_left(area.geom, ST_Union(ST_MakeValid(taken.geom))) AS geom
    FROM area
    LEFT JOIN (SELECT geom FROM kept UNION ALL SELECT geom FROM undetermined) taken ON true
    GROUP BY area.geom
),
measured AS (
    SELECT outside.geom, ST_IsEmpty(outside.geom) AS empty, ST_Area(outside.geom::geography) AS area_m2
    FROM outside
)
INSERT INTO activity_report (reported_by, observed_on, description, geom, area_m2, outside_geom, outside_area_m2,
                             flagged, covering, judged_on, undetermined)
SELECT :reportedBy, CAST(:observedOn AS date), :description, area.geom, ST_Area(area.geom::geography),
       CASE WHEN measured.empty THEN NULL ELSE measured.geom END,
       CASE WHEN measured.empty THEN 0 ELSE measured.area_m2 END,
       NOT measured.empty AND measured.area_m2 > :sliver,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('featureId', k.feature_id::text, 'externalId', k.external_id,
                                                     'name', k.name, 'area_m2', k.area_m2)
                                  || jsonb_strip_nulls(jsonb_build_object('licenceId', k.licence_id,
                                                                          'number', k.number,
                                                                          'partOfDay', k.part_of_day))
                                  ORDER BY k.area_m2 DESC, k.feature_id, k.licence_id), '[]')
        FROM kept k),
       CAST(:observedOn AS date),
       (SELECT coalesce(jsonb_agg(jsonb_build_object('featureId', u.feature_id::text, 'externalId', u.external_id,
                                                     'name', u.name, 'loadedAt', iso_instant(u.loaded_at),
                                                     'area_m2', u.area_m2)
                                  ORDER BY u.area_m2 DESC, u.feature_id), '[]')
        FROM undetermined u)
FROM area, measured
RETURNING id
