-- Every finding of an import, in English and in Persian as its report words them: each feature
-- repaired or refused, and each pending application a licence of it overlaps. The report lists
-- the first 1,000 of each kind; GIS staff mending a national file need every one of them
-- (GET /api/v1/layers/{layer}/versions/{version}/findings, a spreadsheet).
CREATE TABLE import_finding (
    version_id  bigint NOT NULL REFERENCES layer_version (id) ON DELETE CASCADE,
    number      integer NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('repaired', 'refused', 'pending-overlap')),
    external_id text,
    reason      text NOT NULL,
    reason_fa   text NOT NULL
);
COMMENT ON TABLE import_finding IS 'Every feature an import repaired or refused, and every pending application a licence it imported overlaps, with why in English and in Persian; number is the feature''s position in the file.';
CREATE INDEX import_finding_version_idx ON import_finding (version_id, number);

-- Imports before this migration kept the findings their reports list, and no others.
ALTER TABLE layer_version ADD COLUMN findings_kept boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN layer_version.findings_kept IS 'Whether import_finding holds every finding of the import that made this version: false for versions not imported from a file and for imports before V39.';
