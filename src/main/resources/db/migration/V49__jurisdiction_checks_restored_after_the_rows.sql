-- A plain pg_restore of the register failed: the CHECKs that an application, a licence and an
-- activity report lie inside the jurisdiction read the jurisdiction's tables, which pg_restore
-- loads after the applications and with an empty search path ("relation jurisdiction_cell does not
-- exist"). PostgreSQL's documentation warns that a CHECK reading other tables breaks a dump's
-- restore. Declared NOT VALID, the same CHECKs test every row written, as before, and pg_dump puts
-- them after the rows, where they are added without reading them: the rows were tested when written.
ALTER TABLE application
    DROP CONSTRAINT application_geom_in_jurisdiction,
    ADD CONSTRAINT application_geom_in_jurisdiction CHECK (inside_jurisdiction(geom)) NOT VALID;
ALTER TABLE licence
    DROP CONSTRAINT licence_geom_in_jurisdiction,
    ADD CONSTRAINT licence_geom_in_jurisdiction CHECK (inside_jurisdiction(geom)) NOT VALID;
ALTER TABLE activity_report
    DROP CONSTRAINT activity_report_geom_in_jurisdiction,
    ADD CONSTRAINT activity_report_geom_in_jurisdiction CHECK (inside_jurisdiction(geom)) NOT VALID;
