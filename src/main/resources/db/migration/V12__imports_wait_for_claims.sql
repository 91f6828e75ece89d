-- A licence imported while an application over the same land is being submitted: the submission's
-- check sees only the licences committed before it, so both could be recorded, an application
-- accepted over an active licence. Submissions and imports into a blocking layer now exclude each
-- other on one more advisory lock (class 7260): every submission holds it shared, from its claim
-- locks to its commit, so submissions never wait for each other on it; an import into a layer whose
-- overlaps block takes it exclusively before it writes. The import waits for the submissions in
-- flight, and the next ones wait for the import, then meet its licences.
CREATE OR REPLACE FUNCTION lock_claim_cells(g geometry) RETURNS integer
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    cells integer := 0;
    x integer;
    y integer;
BEGIN
    PERFORM pg_advisory_xact_lock_shared(7260, 0);
    FOR x IN floor(ST_XMin(g) / 0.05)::int .. floor(ST_XMax(g) / 0.05)::int LOOP
        FOR y IN floor(ST_YMin(g) / 0.05)::int .. floor(ST_YMax(g) / 0.05)::int LOOP
            PERFORM pg_advisory_xact_lock(7261, x * 10000 + y);
            cells := cells + 1;
        END LOOP;
    END LOOP;
    RETURN cells;
END $$;
COMMENT ON FUNCTION lock_claim_cells(geometry) IS 'Takes the claim locks of an area (transaction-scoped advisory locks, class 7261, on 0.05° cells), in order, after the shared lock that imports into a blocking layer take exclusively (class 7260).';

CREATE FUNCTION lock_all_claims() RETURNS void
    LANGUAGE sql VOLATILE
    AS $$ SELECT pg_advisory_xact_lock(7260, 0) $$;
COMMENT ON FUNCTION lock_all_claims() IS 'Waits for every submission in flight and holds off new ones until the transaction ends: for an import into a blocking layer (V12).';
