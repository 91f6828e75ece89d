-- The findings of an import are not kept forever: every one is kept for a year after the import
-- (cadastre.layers.findings-kept-days), and for the layer's latest import however old, which is
-- what GIS staff mend their file against and reviewers check an agency's boundaries by; then
-- they are removed (FindingRetention). The version's report, with the first 1,000 findings of
-- each kind in English and in Persian, its counts, file name and SHA-256, and the audit trail
-- stay as long as the version does.
ALTER TABLE layer_version ADD COLUMN findings_removed_at timestamptz;
ALTER TABLE layer_version ADD CONSTRAINT layer_version_findings_removed
    CHECK (findings_removed_at IS NULL OR NOT findings_kept);
COMMENT ON COLUMN layer_version.findings_removed_at IS 'When import_finding''s rows of this version were removed, a year after its import once a later import of the layer kept its own; NULL while they are kept, and for versions that never had them.';
