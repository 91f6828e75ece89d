-- Article 24 inquiries, their deadlines, decrees, decisions, licences and the notification outbox.

-- The service's notion of "now": the database's own time of receipt, unless the service runs
-- with a fixed clock (cadastre.clock.fixed), which each connection sets as cadastre.clock_fixed.
CREATE FUNCTION cadastre_now() RETURNS timestamptz
    LANGUAGE sql VOLATILE PARALLEL SAFE
    AS $$ SELECT coalesce(nullif(current_setting('cadastre.clock_fixed', true), '')::timestamptz, clock_timestamp()) $$;
COMMENT ON FUNCTION cadastre_now() IS 'clock_timestamp(), or the fixed instant of a demonstration/test service (setting cadastre.clock_fixed).';

CREATE TABLE legal_rule (
    id                        serial PRIMARY KEY,
    name                      text NOT NULL CHECK (name IN ('article24_window')),
    months                    int NOT NULL CHECK (months BETWEEN 1 AND 24),
    effective_from            date NOT NULL,
    effective_from_solar_hijri text NOT NULL CHECK (effective_from_solar_hijri ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    source                    text NOT NULL,
    UNIQUE (name, effective_from)
);
COMMENT ON TABLE legal_rule IS 'Effective-dated legal periods: an amendment is a new row. A rule applies to what is notified on or after its effective day (a civil day in Asia/Tehran).';

INSERT INTO legal_rule (name, months, effective_from, effective_from_solar_hijri, source) VALUES
    ('article24_window', 4, DATE '1998-05-17', '1377-02-27',
     'Mining Law, Article 24: the owning agency answers within four months of notification; silence is consent.');

CREATE TABLE inquiry (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    application_id      uuid NOT NULL REFERENCES application (id),
    agency_id           text NOT NULL REFERENCES agency (id),
    status              text NOT NULL DEFAULT 'OPEN'
                        CHECK (status IN ('OPEN', 'CONSENTED', 'OBJECTED', 'PARTIALLY_OBJECTED', 'DEEMED_CONSENT')),
    notified_at         timestamptz NOT NULL,
    rule_id             int NOT NULL REFERENCES legal_rule (id),
    deadline            timestamptz NOT NULL,
    last_day            date NOT NULL,
    last_day_solar_hijri text NOT NULL,
    paused_at           timestamptz,
    agency_overlaps     jsonb NOT NULL,
    answered_at         timestamptz,
    answered_by         text REFERENCES app_user (username),
    reason              text,
    refused_geom        geometry(MultiPolygon, 4326),
    deemed_at           timestamptz,
    warned_at           timestamptz,
    UNIQUE (application_id, agency_id),
    CONSTRAINT inquiry_answer CHECK ((status IN ('OPEN', 'DEEMED_CONSENT')) = (answered_at IS NULL)),
    CONSTRAINT inquiry_deemed CHECK ((status = 'DEEMED_CONSENT') = (deemed_at IS NOT NULL)),
    CONSTRAINT inquiry_refused CHECK ((status = 'PARTIALLY_OBJECTED') = (refused_geom IS NOT NULL))
);
COMMENT ON TABLE inquiry IS 'Article 24: one inquiry per agency whose layers an application overlaps. The window closes at deadline (the end of last_day in Asia/Tehran); an unanswered inquiry then becomes DEEMED_CONSENT, its own state, never the agency''s consent.';
COMMENT ON COLUMN inquiry.deadline IS 'The instant the window closes (exclusive): midnight after last_day, Asia/Tehran.';
COMMENT ON COLUMN inquiry.rule_id IS 'The window rule in force when the inquiry was notified; it keeps it.';
COMMENT ON COLUMN inquiry.paused_at IS 'Set while a decree pauses the window; the deadline does not pass while paused.';
CREATE INDEX inquiry_due_idx ON inquiry (deadline) WHERE status = 'OPEN';
CREATE INDEX inquiry_agency_idx ON inquiry (agency_id, deadline);

CREATE TABLE decree (
    id          bigserial PRIMARY KEY,
    action      text NOT NULL CHECK (action IN ('EXTEND', 'PAUSE', 'RESUME')),
    days        int CHECK ((action = 'EXTEND') = (days IS NOT NULL) AND (days IS NULL OR days BETWEEN 1 AND 365)),
    layer_id    text REFERENCES layer (id),
    agency_id   text REFERENCES agency (id),
    region      geometry(MultiPolygon, 4326),
    reason      text NOT NULL,
    reference   text NOT NULL,
    issued_by   text NOT NULL REFERENCES app_user (username),
    issued_at   timestamptz NOT NULL,
    affected    int NOT NULL,
    CONSTRAINT decree_one_scope CHECK (num_nonnulls(layer_id, agency_id, region) = 1)
);
COMMENT ON TABLE decree IS 'A ministry decree extending, pausing or resuming every open Article 24 window of a layer, an agency or a region.';

CREATE SEQUENCE licence_number;

CREATE TABLE licence (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    number         bigint NOT NULL UNIQUE DEFAULT nextval('licence_number'),
    application_id uuid NOT NULL UNIQUE REFERENCES application (id),
    holder         text NOT NULL REFERENCES app_user (username),
    type           text NOT NULL,
    mineral        text NOT NULL REFERENCES mineral (code),
    issued_at      timestamptz NOT NULL,
    issued_by      text NOT NULL REFERENCES app_user (username),
    geom           geometry(MultiPolygon, 4326) NOT NULL,
    area_m2        double precision NOT NULL CHECK (area_m2 > 0),
    compensation   boolean NOT NULL,
    compensation_parcels jsonb NOT NULL,
    levy           boolean NOT NULL,
    feature_id     bigint REFERENCES feature (id) ON DELETE SET NULL,
    CONSTRAINT licence_geom_valid CHECK (ST_IsValid(geom)),
    CONSTRAINT licence_geom_in_jurisdiction CHECK (inside_jurisdiction(geom))
);
COMMENT ON TABLE licence IS 'Licences issued on the grantable area of a granted application (Art. 26: the operational area), with the Art. 22 compensation and Art. 25 levy flags.';
CREATE INDEX licence_geom_idx ON licence USING gist (geom);

ALTER TABLE application
    ADD COLUMN decision        text CHECK (decision IN ('GRANT', 'REJECT')),
    ADD COLUMN decision_reason text,
    ADD COLUMN decided_at      timestamptz,
    ADD COLUMN decided_by      text REFERENCES app_user (username),
    ADD CONSTRAINT application_decision CHECK ((decision IS NULL) = (decided_at IS NULL)
                                               AND (decision IS NULL OR status IN ('GRANTED', 'REJECTED')));

CREATE TABLE notification (
    id          bigserial PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('INQUIRY_DUE_SOON', 'DEEMED_CONSENT', 'DECISION')),
    recipient   text NOT NULL,
    subject     text NOT NULL,
    body        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    sent_at     timestamptz,
    attempts    int NOT NULL DEFAULT 0,
    last_error  text
);
COMMENT ON TABLE notification IS 'Outbox: one row per warning, deemed consent and decision, written in the transaction that caused it; delivered by e-mail when that is configured.';
COMMENT ON COLUMN notification.recipient IS 'agency:<id> or user:<username>.';
CREATE INDEX notification_unsent_idx ON notification (id) WHERE sent_at IS NULL;

ALTER TABLE app_user ADD COLUMN email text;

-- What an inquiry's state is now: an open window whose deadline has passed reads as
-- DEEMED_CONSENT before the sweeping job has stored it, so that no read shows a state the
-- clock has already changed.
CREATE FUNCTION inquiry_status(i inquiry) RETURNS text
    LANGUAGE sql VOLATILE
    AS $$ SELECT CASE WHEN i.status = 'OPEN' AND i.paused_at IS NULL AND i.deadline <= cadastre_now()
                      THEN 'DEEMED_CONSENT' ELSE i.status END $$;

-- Whole civil days (Asia/Tehran) from today to a window's last day; 0 on the last day.
CREATE FUNCTION days_left(last_day date) RETURNS integer
    LANGUAGE sql VOLATILE
    AS $$ SELECT greatest(0, last_day - (cadastre_now() AT TIME ZONE 'Asia/Tehran')::date) $$;

-- The application's area minus every part an agency refused (Art. 24 partial objection).
CREATE FUNCTION grantable_area(application_id uuid) RETURNS geometry
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(ST_Multi(ST_CollectionExtract(ST_Difference(a.geom, r.refused), 3)), a.geom)
          FROM application a,
               LATERAL (SELECT ST_Union(i.refused_geom) AS refused FROM inquiry i
                        WHERE i.application_id = a.id AND i.refused_geom IS NOT NULL) r
          WHERE a.id = grantable_area.application_id $$;

-- Audit events name the actor's role and agency too. The chain's formula gains them; as
-- concat_ws skips NULLs, the events written before them hash exactly as they did.
--
-- The trail becomes 64 hash chains instead of one. A single chain made every transaction that
-- writes an event wait for the one before it to commit (the chain's lock is held to commit), so
-- unrelated submissions took turns at the disk. Each transaction appends to one chain, chosen by
-- its transaction id; every event still hashes its predecessor in that chain, so a changed or
-- removed event still breaks a chain. The events written before stay chain 0.
ALTER TABLE audit_event ADD COLUMN role text, ADD COLUMN agency text,
                        ADD COLUMN chain smallint NOT NULL DEFAULT 0;
CREATE INDEX audit_event_chain_idx ON audit_event (chain, id);

-- Appends events to the transaction's chain in one call: takes that chain's lock (held to commit,
-- so call it last in a transaction) and writes each event with the hash of its predecessor. Role
-- and agency are the actor's, read from app_user.
CREATE FUNCTION audit_append(actors text[], actions text[], subjects text[], details jsonb[], geometry_hashes text[])
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    chain_no smallint := (txid_current() % 64)::smallint;
    previous text;
    event_at timestamptz;
    event_role text;
    event_agency text;
BEGIN
    PERFORM pg_advisory_xact_lock(7263, chain_no);
    SELECT hash INTO previous FROM audit_event WHERE chain = chain_no ORDER BY id DESC LIMIT 1;
    FOR i IN 1 .. coalesce(cardinality(actions), 0) LOOP
        event_at := clock_timestamp();
        SELECT u.role, u.agency_id INTO event_role, event_agency FROM app_user u WHERE u.username = actors[i];
        INSERT INTO audit_event (chain, at, actor, role, agency, action, subject, details, geometry_hash,
                                 previous_hash, hash)
        VALUES (chain_no, event_at, actors[i], event_role, event_agency, actions[i], subjects[i], details[i],
                geometry_hashes[i], previous,
                encode(sha256(convert_to(concat_ws('|', previous, event_at::text, actors[i], event_role, event_agency,
                                                   actions[i], subjects[i], details[i]::text, geometry_hashes[i]),
                                         'UTF8')), 'hex'))
        RETURNING hash INTO previous;
    END LOOP;
END $$;
COMMENT ON FUNCTION audit_append IS 'Appends audit events to the chain of the current transaction (one of 64, by transaction id), each hashing its predecessor in that chain: sha256(previous|at|actor|role|agency|action|subject|details|geometry_hash).';

-- An instant as the API writes it (ISO 8601, UTC), whatever the session's time zone.
CREATE FUNCTION iso_instant(t timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT rtrim(rtrim(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '0'), '.') || 'Z' $$;

-- An inquiry as an application lists it (DESIGN §5), as of now: one definition for the
-- application view and for the inquiries a submission opens.
CREATE FUNCTION inquiry_summary(i inquiry) RETURNS jsonb
    LANGUAGE sql VOLATILE
    AS $$ SELECT jsonb_build_object('id', i.id, 'agency', i.agency_id, 'status', inquiry_status(i),
                                    'notifiedAt', iso_instant(i.notified_at), 'deadline', iso_instant(i.deadline),
                                    'deadlineSolarHijri', i.last_day_solar_hijri, 'daysLeft', days_left(i.last_day),
                                    'paused', i.paused_at IS NOT NULL) $$;
