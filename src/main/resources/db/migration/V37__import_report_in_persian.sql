-- An import's report in Persian beside the English, as the importer was given both: GIS staff and
-- agency reviewers read a past import's report again (GET .../versions/{version}/report) in their
-- own language. Reports of earlier imports have none, and are read in English.
ALTER TABLE layer_version ADD COLUMN report_fa jsonb;

COMMENT ON COLUMN layer_version.report_fa IS 'The import report with its reasons in Persian; NULL for imports before this column, whose report is read in English.';
