-- Anchors of the audit trail. The chains show an event changed, or one removed from between two
-- others, but not the newest events of a chain removed together: the chain that is left is whole.
-- An anchor records the head of every chain (its newest event's id and hash) and a digest of them,
-- which officers keep outside the service. Checked later against that digest, it shows any event up
-- to those heads that has since been removed or changed, whoever could write to the tables.

CREATE TABLE audit_anchor (
    id     bigserial PRIMARY KEY,
    at     timestamptz NOT NULL,
    digest text NOT NULL UNIQUE,
    heads  jsonb NOT NULL
);
COMMENT ON TABLE audit_anchor IS 'Append-only: the heads of the audit chains ([{"chain", "id", "hash"}], by chain) at an instant, and the SHA-256 of heads::text, which is kept outside the service.';
CREATE FUNCTION audit_anchor_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_anchor is append-only';
END $$;
CREATE TRIGGER audit_anchor_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_anchor
    FOR EACH STATEMENT EXECUTE FUNCTION audit_anchor_append_only();

-- Officers are sent each anchor's digest, which takes it outside the service.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check,
    ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('INQUIRY_DUE_SOON', 'DEEMED_CONSENT', 'DECISION', 'LICENCE', 'AUDIT_ANCHOR'));

-- Records the heads of the chains as this transaction sees them, or, when an anchor of the same heads
-- is kept already, returns that one: the trail has not changed since. Anchors are taken one at a
-- time, each seeing the one before it. An event still being appended is not among the heads; it
-- follows the head of its chain, which its append has locked and read.
CREATE FUNCTION audit_anchor_take() RETURNS audit_anchor
    LANGUAGE plpgsql
    AS $$
DECLARE
    taken audit_anchor;
    current_heads jsonb;
    current_digest text;
BEGIN
    PERFORM pg_advisory_xact_lock(7264);
    SELECT coalesce(jsonb_agg(jsonb_build_object('chain', c, 'id', e.id, 'hash', e.hash) ORDER BY c), '[]')
    INTO current_heads
    FROM generate_series(0, 63) c,
         LATERAL (SELECT id, hash FROM audit_event WHERE chain = c ORDER BY id DESC LIMIT 1) e;
    current_digest := encode(sha256(convert_to(current_heads::text, 'UTF8')), 'hex');
    SELECT * INTO taken FROM audit_anchor WHERE digest = current_digest;
    IF NOT FOUND THEN
        INSERT INTO audit_anchor (at, digest, heads) VALUES (cadastre_now(), current_digest, current_heads)
        RETURNING * INTO taken;
    END IF;
    RETURN taken;
END $$;

-- What no longer matches an anchor kept outside the service: no anchor with that digest, heads that
-- no longer give it, or a head event gone or changed; each with the head's event and chain. Nothing
-- when the trail still holds every event up to the anchor's heads as they were.
CREATE FUNCTION audit_anchor_problems(anchor_digest text)
    RETURNS TABLE (kind text, id bigint, chain int, problem text)
    LANGUAGE sql STABLE
    AS $$
    SELECT 'unknown-anchor', NULL::bigint, NULL::int,
           'no anchor with this digest is kept: it was removed, or the digest is mistyped'
    WHERE NOT EXISTS (SELECT FROM audit_anchor WHERE digest = anchor_digest)
    UNION ALL
    SELECT 'heads-changed', NULL, NULL, 'the anchor''s heads no longer give its digest: they were changed'
    FROM audit_anchor a
    WHERE a.digest = anchor_digest AND encode(sha256(convert_to(a.heads::text, 'UTF8')), 'hex') <> a.digest
    UNION ALL
    SELECT CASE WHEN e.id IS NULL THEN 'head-gone' ELSE 'head-changed' END, (h ->> 'id')::bigint, (h ->> 'chain')::int,
           'event ' || (h ->> 'id') || ', the newest of chain ' || (h ->> 'chain') || ' when anchored, '
           || CASE WHEN e.id IS NULL THEN 'is gone' ELSE 'was changed' END
    FROM audit_anchor a
    CROSS JOIN jsonb_array_elements(a.heads) h
    LEFT JOIN audit_event e ON e.id = (h ->> 'id')::bigint
    WHERE a.digest = anchor_digest AND (e.id IS NULL OR e.hash <> h ->> 'hash'
                                        OR audit_hash(e.previous_hash, e.at, e.actor, e.role, e.agency, e.action,
                                                      e.subject, e.details, e.geometry_hash) <> e.hash)
    $$;
