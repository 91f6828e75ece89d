-- Article 20: the ministry warns the holder of an exploitation licence (or, by its note, of a
-- withdrawal permit) who does not fulfil an obligation, and sets a deadline. The holder reports what
-- it did; an officer then finds the obligation fulfilled, or, only once the deadline has passed with
-- nothing done or not enough, claims damages or finds the holder unfit to continue. Neither changes
-- the licence's validity or third parties' rights.

CREATE TABLE licence_warning (
    id                   bigserial PRIMARY KEY,
    licence_id           uuid NOT NULL REFERENCES licence (id),
    obligation           text NOT NULL,
    issued_at            timestamptz NOT NULL,
    issued_by            text NOT NULL REFERENCES app_user (username),
    deadline             timestamptz NOT NULL,
    last_day             date NOT NULL,
    last_day_solar_hijri text NOT NULL,
    reported_at          timestamptz,
    report               text,
    outcome              text CHECK (outcome IN ('FULFILLED', 'DAMAGES', 'UNFIT')),
    outcome_reason       text,
    decided_at           timestamptz,
    decided_by           text REFERENCES app_user (username),
    overdue_noticed_at   timestamptz,
    CONSTRAINT licence_warning_reported CHECK ((reported_at IS NULL) = (report IS NULL)),
    CONSTRAINT licence_warning_decided CHECK ((outcome IS NULL) = (decided_at IS NULL)
                                              AND (outcome IS NULL) = (decided_by IS NULL))
);
COMMENT ON TABLE licence_warning IS 'Art. 20: a warning to a licence''s holder to fulfil an obligation by a deadline (the end of last_day in Asia/Tehran), and what came of it.';
COMMENT ON COLUMN licence_warning.outcome IS 'FULFILLED (at any time), or, once the deadline has passed, DAMAGES (the holder pays for the failure) or UNFIT (deemed unfit to continue the operations); NULL while undecided.';
COMMENT ON COLUMN licence_warning.overdue_noticed_at IS 'When the sweeping job told the officer and the holder that the deadline had passed undecided; once.';
CREATE INDEX licence_warning_licence_idx ON licence_warning (licence_id);
CREATE INDEX licence_warning_due_idx ON licence_warning (deadline) WHERE outcome IS NULL AND overdue_noticed_at IS NULL;

-- A warning's state now: OPEN until its deadline, then OVERDUE, until an officer decides.
CREATE FUNCTION licence_warning_status(w licence_warning) RETURNS text
    LANGUAGE sql VOLATILE
    AS $$ SELECT CASE WHEN w.outcome IS NOT NULL THEN w.outcome
                      WHEN w.deadline <= cadastre_now() THEN 'OVERDUE' ELSE 'OPEN' END $$;

-- A licence's warnings as the API shows them, the first issued first.
CREATE FUNCTION licence_warnings(licence_id uuid) RETURNS jsonb
    LANGUAGE sql VOLATILE
    AS $$ SELECT coalesce(jsonb_agg(jsonb_build_object(
                     'id', w.id, 'obligation', w.obligation, 'issuedAt', iso_instant(w.issued_at),
                     'issuedBy', w.issued_by, 'deadline', iso_instant(w.deadline),
                     'lastDaySolarHijri', w.last_day_solar_hijri,
                     'daysLeft', CASE WHEN licence_warning_status(w) = 'OPEN' THEN days_left(w.last_day) END,
                     'status', licence_warning_status(w), 'reportedAt', iso_instant(w.reported_at),
                     'report', w.report, 'decidedAt', iso_instant(w.decided_at), 'decidedBy', w.decided_by,
                     'reason', w.outcome_reason) ORDER BY w.id), '[]')
          FROM licence_warning w WHERE w.licence_id = licence_warnings.licence_id $$;
