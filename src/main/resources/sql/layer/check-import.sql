-- Checks every staged feature of an import (DESIGN §3, file intake): reprojected to lon/lat,
-- refused when it has no geometry, is empty, lies beyond lon/lat, is not polygonal, has no area,
-- or is not wholly inside Iran; repaired with ST_MakeValid when invalid (and the fault and its
-- place kept for the report). A refusal is a code (with a value for some), which ImportFindings
-- words for the reader.
-- The result is a temporary table the import inserts from and reports on. The source SRID comes
-- from the setting cadastre.import_srid (CREATE TABLE AS takes no bind parameters).
-- Most features lie in a square wholly inside Iran (V38), found for all of them by one hash of
-- the squares; only the others call inside_jurisdiction.
-- Each step is a LATERAL subquery that OFFSET 0 keeps apart, so that it is computed once per
-- feature: merged into one expression, the reprojection ran once for each use of its result.
CREATE TEMPORARY TABLE import_checked ON COMMIT DROP AS
SELECT s.number, s.external_id, s.name, s.name_fa, s.agency, s.status, s.properties, s.fault, s.fault_fa,
       CASE WHEN typed.refused IS NULL AND NOT validity.valid THEN validity.reason END AS repair,
       CASE WHEN typed.refused IS NULL AND NOT validity.valid
            THEN '[' || ST_X(validity.location) || ', ' || ST_Y(validity.location) || ']' END AS repair_at,
       CASE WHEN typed.refused IS NOT NULL THEN typed.refused
            WHEN ST_IsEmpty(repaired.geom) OR ST_Area(repaired.geom::geography) = 0 THEN 'no-area'
            WHEN jurisdiction_cell_of(repaired.geom) IN (SELECT cell FROM jurisdiction_cell) THEN NULL
            WHEN NOT inside_jurisdiction(repaired.geom) THEN 'outside-jurisdiction'
       END AS refused,
       CASE WHEN typed.refused = 'not-polygonal' THEN GeometryType(projected.g) END AS refused_value,
       repaired.geom
FROM import_staging s
CROSS JOIN LATERAL (
    SELECT CASE WHEN s.wkb IS NOT NULL
                THEN import_transform(ST_GeomFromWKB(s.wkb), current_setting('cadastre.import_srid')::int) END AS g
    OFFSET 0
) projected
CROSS JOIN LATERAL (
    SELECT CASE WHEN s.wkb IS NULL AND s.fault IS NOT NULL THEN 'unreadable'
                WHEN s.wkb IS NULL THEN 'no-geometry'
                WHEN projected.g IS NULL THEN 'wrong-srid'
                WHEN ST_IsEmpty(projected.g) THEN 'empty'
                -- lon/lat by now, whatever the file's coordinate system: a feature beyond
                -- them (UTM in a file said to be in degrees, or a coordinate near the
                -- largest double, which overflows the cell arithmetic below) is refused here
                WHEN NOT (ST_XMin(projected.g) >= -180 AND ST_XMax(projected.g) <= 180
                          AND ST_YMin(projected.g) >= -90 AND ST_YMax(projected.g) <= 90) THEN 'wrong-srid'
                WHEN GeometryType(projected.g) NOT IN ('POLYGON', 'MULTIPOLYGON') THEN 'not-polygonal'
           END AS refused
    OFFSET 0
) typed
CROSS JOIN LATERAL ST_IsValidDetail(CASE WHEN typed.refused IS NULL THEN projected.g END) validity
CROSS JOIN LATERAL (
    SELECT CASE WHEN typed.refused IS NULL THEN
               CASE WHEN validity.valid THEN ST_Multi(projected.g)
                    ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(projected.g), 3)) END
           END AS geom
    OFFSET 0
) repaired;
