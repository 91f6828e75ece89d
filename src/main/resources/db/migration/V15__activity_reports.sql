-- Reported mining activity, checked against the licences (Mining Law Art. 19, 26, 34): the
-- ministry supervises every mine (Art. 34) and agencies see mining on their land; a report names
-- the area where mining was seen, and the service records which licences cover it and what part
-- lies outside every licence.

CREATE SEQUENCE activity_report_number;
COMMENT ON SEQUENCE activity_report_number IS 'Activity report numbers, in order of receipt.';

CREATE TABLE activity_report (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    number          bigint NOT NULL UNIQUE DEFAULT nextval('activity_report_number'),
    reported_by     text NOT NULL REFERENCES app_user (username),
    reported_at     timestamptz NOT NULL DEFAULT cadastre_now(),
    -- Not after today: the service checks it by its own clock. A CHECK by the database's clock
    -- could refuse, at midnight, a report the service had accepted a moment earlier.
    observed_on     date,
    description     text NOT NULL,
    geom            geometry(MultiPolygon, 4326) NOT NULL,
    area_m2         double precision NOT NULL CHECK (area_m2 > 0),
    outside_geom    geometry(MultiPolygon, 4326),
    outside_area_m2 double precision NOT NULL CHECK (outside_area_m2 >= 0),
    flagged         boolean NOT NULL,
    covering        jsonb NOT NULL CHECK (jsonb_typeof(covering) = 'array'),
    CONSTRAINT activity_report_geom_valid CHECK (ST_IsValid(geom)),
    CONSTRAINT activity_report_geom_not_empty CHECK (NOT ST_IsEmpty(geom)),
    CONSTRAINT activity_report_geom_in_jurisdiction CHECK (inside_jurisdiction(geom)),
    CONSTRAINT activity_report_outside_not_empty CHECK (outside_geom IS NULL OR NOT ST_IsEmpty(outside_geom)),
    -- The service refuses blank descriptions by Java's rules; this backstop, by rules that
    -- do not depend on the database's locale, is looser so that it never refuses what the
    -- service accepted.
    CONSTRAINT activity_report_description CHECK (btrim(description) <> '' AND char_length(description) <= 2000)
);
COMMENT ON TABLE activity_report IS 'Mining activity reported by ministry officers (Art. 34 supervision) and agency reviewers, checked against the current licences when it was reported: activity outside every licence is flagged (Art. 19: mining without a licence is possession of public property); inside, it is within a licence''s operational area (Art. 26).';
COMMENT ON COLUMN activity_report.number IS 'The report''s number, in order of receipt.';
COMMENT ON COLUMN activity_report.reported_by IS 'The officer or reviewer who reported it; a reviewer''s agency sees the reports of its own users.';
COMMENT ON COLUMN activity_report.reported_at IS 'The database''s time of receipt (cadastre_now()).';
COMMENT ON COLUMN activity_report.observed_on IS 'The day the activity was seen, if the reporter gave it; never after the day of the report (Asia/Tehran, by the service''s clock).';
COMMENT ON COLUMN activity_report.description IS 'What was seen, in the reporter''s words (at most 2,000 characters).';
COMMENT ON COLUMN activity_report.geom IS 'The area where the activity was seen.';
COMMENT ON COLUMN activity_report.area_m2 IS 'The area of geom, m² on the ellipsoid.';
COMMENT ON COLUMN activity_report.outside_geom IS 'The part of geom outside every licence covering it (geom minus the union of the licences it shares interior with); NULL when nothing is outside.';
COMMENT ON COLUMN activity_report.outside_area_m2 IS 'The area of outside_geom, m² on the ellipsoid; 0 when nothing is outside.';
COMMENT ON COLUMN activity_report.flagged IS 'Whether more than the sliver tolerance (cadastre.overlap.sliver-m2) lies outside every licence (Art. 19).';
COMMENT ON COLUMN activity_report.covering IS 'The licences covering part of the area when it was reported: [{featureId, externalId, name, area_m2}], area_m2 being the shared area; touching along an edge is not coverage.';
CREATE INDEX activity_report_geom_idx ON activity_report USING gist (geom);
CREATE INDEX activity_report_reporter_idx ON activity_report (reported_by, number);
