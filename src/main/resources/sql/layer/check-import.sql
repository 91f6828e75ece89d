-- Checks every staged feature of an import (DESIGN §3, file intake): reprojected to lon/lat,
-- refused when it has no geometry, is empty, is not polygonal, has no area, or is not wholly
-- inside Iran; repaired with ST_MakeValid when invalid (and the fault and its place kept for the
-- report). A refusal is a code (with a value for some), which ImportFindings words for the reader.
-- The result is a temporary table the import inserts from and reports on. The source SRID comes
-- from the setting cadastre.import_srid (CREATE TABLE AS takes no bind parameters).
CREATE TEMPORARY TABLE import_checked ON COMMIT DROP AS
WITH projected AS (
    SELECT s.*, CASE WHEN s.wkb IS NULL THEN NULL ELSE import_transform(ST_GeomFromWKB(s.wkb), current_setting('cadastre.import_srid')::int) END AS g
    FROM import_staging s
),
typed AS (
    SELECT projected.*,
           CASE WHEN wkb IS NULL AND unreadable THEN 'unreadable'
                WHEN wkb IS NULL THEN 'no-geometry'
                WHEN g IS NULL THEN 'wrong-srid'
                WHEN ST_IsEmpty(g) THEN 'empty'
                WHEN GeometryType(g) NOT IN ('POLYGON', 'MULTIPOLYGON') THEN 'not-polygonal'
           END AS refused
    FROM projected
),
repaired AS (
    SELECT typed.*,
           CASE WHEN refused IS NULL AND NOT ST_IsValid(g) THEN ST_IsValidDetail(g) END AS validity,
           CASE WHEN refused IS NULL THEN
               CASE WHEN ST_IsValid(g) THEN ST_Multi(g) ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(g), 3)) END
           END AS fixed
    FROM typed
)
SELECT number, external_id, name, name_fa, agency, status, properties,
       (validity).reason AS repair, '[' || ST_X((validity).location) || ', ' || ST_Y((validity).location) || ']' AS repair_at,
       CASE WHEN refused IS NOT NULL THEN refused
            WHEN ST_IsEmpty(fixed) OR ST_Area(fixed::geography) = 0 THEN 'no-area'
            WHEN NOT inside_jurisdiction(fixed) THEN 'outside-jurisdiction'
       END AS refused,
       CASE WHEN refused = 'not-polygonal' THEN GeometryType(g) END AS refused_value,
       fixed AS geom
FROM repaired;
