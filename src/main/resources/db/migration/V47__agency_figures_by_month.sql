-- The agencies' figures of all time (Art. 24) counted every inquiry ever notified at each
-- request: 1 s at a million inquiries, 4 s on a busy machine at 1.1 million, and growing. A
-- month whose inquiries are all settled (none open: consented, objected, partially objected,
-- deemed or withdrawn, states no inquiry leaves) never changes again, so the sweeping job keeps
-- its figures once, per agency, and the figures read those months from here and count only the
-- inquiries notified since (the last four or five months, whose windows may still be open).
-- A trigger keeping a count per agency would make one row per agency that every answer, deemed
-- consent and withdrawal updates: a queue of writers on it. Here the writers only read the
-- single row of inquiry_figures_kept, and write only when an inquiry behind it changes, which
-- the rules do not do (a submission under a clock set back, the sample's first, can).

CREATE TABLE inquiry_month_figures (
    agency_id          text        NOT NULL REFERENCES agency (id),
    month              timestamptz NOT NULL,
    month_end          timestamptz NOT NULL,
    consented          bigint      NOT NULL,
    objected           bigint      NOT NULL,
    partially_objected bigint      NOT NULL,
    deemed_consent     bigint      NOT NULL,
    withdrawn          bigint      NOT NULL,
    answer_hours       bigint[]    NOT NULL,
    PRIMARY KEY (month, agency_id)
);
COMMENT ON TABLE inquiry_month_figures IS 'An agency''s Article 24 figures of the inquiries notified in one Tehran month, every one of them settled (none open): kept by the sweeping job for the agencies'' figures.';
COMMENT ON COLUMN inquiry_month_figures.month IS 'The month''s first instant in Asia/Tehran.';
COMMENT ON COLUMN inquiry_month_figures.answer_hours IS 'Answers by whole hours from notice to answer: element h + 1 counts those answered h hours after notice (for the median).';

CREATE TABLE inquiry_figures_kept (
    one   boolean     PRIMARY KEY DEFAULT true CHECK (one),
    kept_until timestamptz NOT NULL
);
COMMENT ON TABLE inquiry_figures_kept IS 'Every inquiry notified before kept_until is counted in inquiry_month_figures; those notified since are counted from the inquiries.';
INSERT INTO inquiry_figures_kept VALUES (true, '-infinity');

-- The first instant of the Tehran month holding t.
CREATE FUNCTION tehran_month(t timestamptz) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT date_trunc('month', t AT TIME ZONE 'Asia/Tehran') AT TIME ZONE 'Asia/Tehran' $$;

-- Keeps the figures of the settled months after the kept ones, oldest first, up to months
-- (the current month is never kept); one sweeper at a time, by the kept row's lock.
-- Returns the months kept.
CREATE FUNCTION keep_settled_inquiry_months(now timestamptz, months int) RETURNS int
    LANGUAGE plpgsql AS $$
DECLARE
    kept  timestamptz;
    first timestamptz;
    ends  timestamptz;
    done  int := 0;
BEGIN
    SELECT kept_until INTO kept FROM inquiry_figures_kept FOR UPDATE;
    WHILE done < months LOOP
        SELECT min(notified_at) INTO first FROM inquiry WHERE notified_at >= kept;
        EXIT WHEN first IS NULL;
        ends := (date_trunc('month', first AT TIME ZONE 'Asia/Tehran') + INTERVAL '1 month') AT TIME ZONE 'Asia/Tehran';
        EXIT WHEN ends > now
               OR EXISTS (SELECT 1 FROM inquiry WHERE status = 'OPEN' AND notified_at >= kept AND notified_at < ends);
        WITH settled AS (
            SELECT agency_id, status,
                   CASE WHEN answered_at IS NOT NULL
                        THEN greatest(0, floor(extract(epoch FROM answered_at - notified_at) / 3600))::int END AS hour
            FROM inquiry WHERE notified_at >= kept AND notified_at < ends
        ), hours AS (
            SELECT agency_id, hour, count(*) AS n FROM settled WHERE hour IS NOT NULL GROUP BY agency_id, hour
        )
        INSERT INTO inquiry_month_figures
        SELECT s.agency_id, tehran_month(first), ends,
               count(*) FILTER (WHERE s.status = 'CONSENTED'), count(*) FILTER (WHERE s.status = 'OBJECTED'),
               count(*) FILTER (WHERE s.status = 'PARTIALLY_OBJECTED'),
               count(*) FILTER (WHERE s.status = 'DEEMED_CONSENT'), count(*) FILTER (WHERE s.status = 'WITHDRAWN'),
               coalesce((SELECT array_agg(coalesce(h.n, 0) ORDER BY g)
                         FROM generate_series(0, (SELECT max(hour) FROM hours WHERE agency_id = s.agency_id)) g
                         LEFT JOIN hours h ON h.agency_id = s.agency_id AND h.hour = g), '{}')
        FROM settled s GROUP BY s.agency_id;
        kept := ends;
        done := done + 1;
    END LOOP;
    UPDATE inquiry_figures_kept SET kept_until = kept;
    RETURN done;
END $$;

-- An inquiry written behind the kept months (none is, by the rules) gives its month and those
-- after it back to the live count; the sweeping job keeps them again.
CREATE FUNCTION inquiry_figures_unkeep() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    changed timestamptz := CASE TG_OP WHEN 'INSERT' THEN NEW.notified_at WHEN 'DELETE' THEN OLD.notified_at
                                      ELSE least(OLD.notified_at, NEW.notified_at) END;
BEGIN
    IF changed < (SELECT kept_until FROM inquiry_figures_kept) THEN
        DELETE FROM inquiry_month_figures WHERE month >= tehran_month(changed);
        UPDATE inquiry_figures_kept SET kept_until = tehran_month(changed);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER inquiry_figures_unkept AFTER INSERT OR DELETE OR UPDATE OF agency_id, status, notified_at, answered_at
    ON inquiry FOR EACH ROW EXECUTE FUNCTION inquiry_figures_unkeep();

CREATE FUNCTION inquiry_figures_forget() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM inquiry_month_figures;
    UPDATE inquiry_figures_kept SET kept_until = '-infinity';
    RETURN NULL;
END $$;
CREATE TRIGGER inquiry_figures_forgotten AFTER TRUNCATE ON inquiry FOR EACH STATEMENT
    EXECUTE FUNCTION inquiry_figures_forget();
