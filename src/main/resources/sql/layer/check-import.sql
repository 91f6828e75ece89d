-- Checks every staged feature of an import (DESIGN §3, file intake): reprojected to lon/lat,
-- refused when it has no geometry, is empty, is not polygonal, has no area, or is not wholly
-- inside Iran; repaired with ST_MakeValid when invalid (and the reason kept for the report).
-- The result is a temporary table the import inserts from and reports on. The source SRID comes
-- from the setting cadastre.import_srid (CREATE TABLE AS takes no bind parameters).
CREATE TEMPORARY TABLE import_checked ON COMMIT DROP AS
WITH projected AS (
    SELECT s.*, CASE WHEN s.wkb IS NULL THEN NULL ELSE import_transform(ST_GeomFromWKB(s.wkb), current_setting('cadastre.import_srid')::int) END AS g
    FROM import_staging s
),
typed AS (
    SELECT projected.*,
           CASE WHEN wkb IS NULL THEN coalesce(fault, 'no geometry')
                WHEN g IS NULL THEN 'coordinates are not in EPSG:' || current_setting('cadastre.import_srid')::int
                WHEN ST_IsEmpty(g) THEN 'empty geometry'
                WHEN GeometryType(g) NOT IN ('POLYGON', 'MULTIPOLYGON') THEN 'not a polygon but a ' || GeometryType(g)
           END AS refused
    FROM projected
),
repaired AS (
    SELECT typed.*,
           CASE WHEN refused IS NULL AND NOT ST_IsValid(g) THEN ST_IsValidReason(g) END AS repair,
           CASE WHEN refused IS NULL THEN
               CASE WHEN ST_IsValid(g) THEN ST_Multi(g) ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(g), 3)) END
           END AS fixed
    FROM typed
)
SELECT number, external_id, name, name_fa, agency, status, properties, repair,
       CASE WHEN refused IS NOT NULL THEN refused
            WHEN ST_IsEmpty(fixed) OR ST_Area(fixed::geography) = 0 THEN 'no area'
            WHEN NOT inside_jurisdiction(fixed) THEN 'outside the jurisdiction'
       END AS refused,
       fixed AS geom
FROM repaired;
