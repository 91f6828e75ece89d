-- Licences through their life (DESIGN §2): an exploration licence ends in a discovery certificate
-- (Art. 7) or is closed without one (Art. 7 note 2); the certificate's holder has one year to ask for
-- an exploitation licence (Art. 8), and a request made in time keeps the priority until the ministry
-- decides; the certificate may be transferred within that year (Art. 7); an exploitation
-- licence runs for at most 25 years and is renewable with priority (Art. 10 note 3): a renewal
-- asked for within the period keeps the licence until the ministry decides. A withdrawal
-- permit (Art. 13) is applied for on its own area, as an exploration licence is, and runs for the
-- months it is granted for. A licence that ends leaves the licences layer, and its land is free again.

ALTER TABLE application DROP CONSTRAINT application_type_check,
    ADD CONSTRAINT application_type_check CHECK (type IN ('EXPLORATION', 'WITHDRAWAL_PERMIT'));

ALTER TABLE licence
    ALTER COLUMN application_id DROP NOT NULL,
    ADD COLUMN parent_id uuid REFERENCES licence (id),
    ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE'
        CHECK (status IN ('ACTIVE', 'SUPERSEDED', 'CLOSED', 'LAPSED', 'EXPIRED')),
    ADD COLUMN ends_at timestamptz,
    ADD COLUMN last_day date,
    ADD COLUMN last_day_solar_hijri text,
    ADD COLUMN term_years int CHECK (term_years BETWEEN 1 AND 25),
    ADD COLUMN reserve text,
    ADD COLUMN exploration_cost_rials numeric(24, 0) CHECK (exploration_cost_rials >= 0),
    ADD COLUMN requested_at timestamptz,
    ADD COLUMN request_note text,
    ADD COLUMN warned_at timestamptz,
    ADD COLUMN ended_at timestamptz,
    ADD COLUMN end_reason text,
    ADD CONSTRAINT licence_type
        CHECK (type IN ('EXPLORATION', 'DISCOVERY_CERTIFICATE', 'EXPLOITATION', 'WITHDRAWAL_PERMIT')),
    ADD CONSTRAINT licence_origin CHECK ((application_id IS NULL) = (parent_id IS NOT NULL)),
    ADD CONSTRAINT licence_term CHECK ((ends_at IS NULL) = (last_day IS NULL)
                                       AND (type = 'EXPLORATION' OR ends_at IS NOT NULL)),
    ADD CONSTRAINT licence_ended CHECK ((status = 'ACTIVE') = (ended_at IS NULL));
COMMENT ON COLUMN licence.parent_id IS 'The licence this one was issued on: a discovery certificate''s exploration licence, an exploitation licence''s certificate.';
COMMENT ON COLUMN licence.status IS 'ACTIVE; SUPERSEDED by the licence issued on it; CLOSED by an officer (Art. 7 note 2: no ore found); LAPSED (a certificate''s year of priority, Art. 8) or EXPIRED (an exploitation period, Art. 10 note 3; a withdrawal permit''s months, Art. 13) at ends_at.';
COMMENT ON COLUMN licence.ends_at IS 'The end of the term: midnight (Asia/Tehran) after last_day. NULL: no term (exploration licences; their validity is set by the executive regulations, Art. 6).';
COMMENT ON COLUMN licence.requested_at IS 'When the holder asked for the exploitation licence (a discovery certificate, within its year: Art. 8) or the renewal (an exploitation licence, within its period: Art. 10 note 3); until the ministry decides, the licence keeps its priority and its land. A renewal clears it.';
COMMENT ON COLUMN licence.request_note IS 'What the holder wrote with the request (an exploitation plan, Art. 9).';
COMMENT ON COLUMN licence.reserve IS 'A discovery certificate''s reserve: quantity and quality of the mineral discovered (Art. 7).';
CREATE INDEX licence_term_idx ON licence (ends_at)
    WHERE status = 'ACTIVE' AND ends_at IS NOT NULL AND requested_at IS NULL;
CREATE INDEX licence_parent_idx ON licence (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX licence_holder_idx ON licence (holder, number);
CREATE INDEX licence_warning_idx ON licence (last_day) WHERE status = 'ACTIVE' AND warned_at IS NULL;
COMMENT ON COLUMN licence.warned_at IS 'When the holder was warned that the term ends soon (cadastre.licences.warning-days); a renewal clears it.';

-- A licence whose term has ended stops blocking at that instant, before the sweeping job has
-- taken its feature out of the licences layer.
ALTER TABLE feature ADD COLUMN ends_at timestamptz;
COMMENT ON COLUMN feature.ends_at IS 'When this feature stops counting in overlap checks (a licence''s term); NULL: while it is current.';

-- What a licence's state is now: an active licence whose term has ended reads as LAPSED or
-- EXPIRED before the sweeping job has stored it; one whose holder asked in time for what follows
-- it (Art. 8, Art. 10 note 3) does not end.
CREATE FUNCTION licence_status(l licence) RETURNS text
    LANGUAGE sql VOLATILE
    AS $$ SELECT CASE WHEN l.status = 'ACTIVE' AND l.ends_at <= cadastre_now() AND l.requested_at IS NULL
                      THEN CASE l.type WHEN 'DISCOVERY_CERTIFICATE' THEN 'LAPSED' ELSE 'EXPIRED' END
                      ELSE l.status END $$;

ALTER TABLE notification DROP CONSTRAINT notification_kind_check,
    ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('INQUIRY_DUE_SOON', 'DEEMED_CONSENT', 'DECISION', 'LICENCE'));
