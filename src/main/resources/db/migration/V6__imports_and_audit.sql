-- Layer imports (versions with their reports) and the audit trail.

ALTER TABLE layer_version
    ADD COLUMN mode text CHECK (mode IN ('replace', 'append')),
    ADD COLUMN report jsonb;
COMMENT ON COLUMN layer_version.report IS 'The import report: counts read, imported, repaired, rejected, outside the jurisdiction, with reasons.';
CREATE INDEX feature_version_idx ON feature (layer_id, version_id);

-- Reprojects an uploaded geometry; NULL when PROJ cannot (coordinates that are not in the
-- declared system), so one bad feature is reported instead of failing the whole import.
CREATE FUNCTION import_transform(g geometry, srid integer) RETURNS geometry
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN ST_Transform(ST_SetSRID(ST_Force2D(g), srid), 4326);
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END $$;

CREATE TABLE audit_event (
    id            bigserial PRIMARY KEY,
    at            timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor         text NOT NULL,
    action        text NOT NULL,
    subject       text NOT NULL,
    details       jsonb NOT NULL DEFAULT '{}',
    geometry_hash text,
    previous_hash text,
    hash          text NOT NULL
);
COMMENT ON TABLE audit_event IS 'Append-only record of every state change; each event''s hash covers the previous one''s, so a changed or removed event breaks the chain.';
CREATE INDEX audit_event_subject_idx ON audit_event (subject, id);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
