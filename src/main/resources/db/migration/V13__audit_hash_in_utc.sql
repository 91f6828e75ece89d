-- An audit event's hash covered its instant as text, and a timestamptz is written in the session's
-- time zone: the same trail, recomputed in a session set to Asia/Tehran, matched none of its events,
-- and a service whose JVM ran in Tehran time would have written hashes that only a Tehran session
-- could check. The formula now writes the instant as a session in UTC writes it (with the ISO date
-- style, which the JDBC driver always sets), "2026-01-15 08:00:00.123456+00", whatever the
-- session: the events written from UTC sessions, every one so far, hash exactly as they did.

-- An instant as a UTC session writes a timestamptz: the fraction's trailing zeros dropped.
CREATE FUNCTION audit_instant(t timestamptz) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT rtrim(rtrim(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), '0'), '.') || '+00' $$;

-- An event's hash: sha256 of its predecessor's hash and its own fields, joined by "|" (concat_ws
-- skips NULLs). The one definition, for writing events and for checking them.
CREATE FUNCTION audit_hash(previous text, at timestamptz, actor text, role text, agency text, action text,
                           subject text, details jsonb, geometry_hash text) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT encode(sha256(convert_to(concat_ws('|', previous, audit_instant(at), actor, role, agency, action,
                                                    subject, details::text, geometry_hash), 'UTF8')), 'hex') $$;

CREATE OR REPLACE FUNCTION audit_append(actors text[], actions text[], subjects text[], details jsonb[],
                                        geometry_hashes text[])
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
                audit_hash(previous, event_at, actors[i], event_role, event_agency, actions[i], subjects[i],
                           details[i], geometry_hashes[i]))
        RETURNING hash INTO previous;
    END LOOP;
END $$;
COMMENT ON FUNCTION audit_append IS 'Appends audit events to the chain of the current transaction (one of 64, by transaction id), each hashing its predecessor in that chain (audit_hash).';

-- Every event that was changed (its hash does not cover its fields) or that no longer follows
-- the event before it in its chain (an event between them was removed), oldest first. Removing
-- the newest events of a chain leaves no trace here: the append-only trigger is what stops that.
CREATE FUNCTION audit_breaks() RETURNS TABLE (id bigint, chain smallint, kind text, problem text)
    LANGUAGE sql STABLE
    AS $$
    SELECT e.id, e.chain,
           CASE WHEN NOT e.intact THEN 'changed' ELSE 'out-of-chain' END,
           CASE WHEN NOT e.intact THEN 'its hash does not cover its content'
                ELSE 'it does not follow the event before it in its chain' END
    FROM (SELECT a.id, a.chain, a.previous_hash,
                 a.hash = audit_hash(a.previous_hash, a.at, a.actor, a.role, a.agency, a.action, a.subject,
                                     a.details, a.geometry_hash) AS intact,
                 lag(a.hash) OVER (PARTITION BY a.chain ORDER BY a.id) AS predecessor
          FROM audit_event a) e
    WHERE NOT e.intact OR e.previous_hash IS DISTINCT FROM e.predecessor
    ORDER BY e.id $$;

-- The append-only trigger stopped UPDATE and DELETE, but not TRUNCATE, which empties the trail
-- without a trace in any chain.
CREATE TRIGGER audit_event_never_truncated BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
