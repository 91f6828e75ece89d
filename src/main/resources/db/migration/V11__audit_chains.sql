-- The audit trail as 64 hash chains instead of one. A single chain made every transaction that
-- writes an event wait for the one before it to commit (the chain's lock is held to commit), so
-- unrelated submissions took turns at the disk. Each transaction now appends to one chain,
-- chosen by its transaction id; every event still hashes its predecessor in that chain, so a
-- changed or removed event still breaks a chain. The events written before stay chain 0.
ALTER TABLE audit_event ADD COLUMN chain smallint NOT NULL DEFAULT 0;
CREATE INDEX audit_event_chain_idx ON audit_event (chain, id);

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
                encode(sha256(convert_to(concat_ws('|', previous, event_at::text, actors[i], event_role, event_agency,
                                                   actions[i], subjects[i], details[i]::text, geometry_hashes[i]),
                                         'UTF8')), 'hex'))
        RETURNING hash INTO previous;
    END LOOP;
END $$;
COMMENT ON FUNCTION audit_append IS 'Appends audit events to the chain of the current transaction (one of 64, by transaction id), each hashing its predecessor in that chain: sha256(previous|at|actor|role|agency|action|subject|details|geometry_hash).';
