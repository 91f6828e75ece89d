-- A LANGUAGE sql function that PostgreSQL cannot inline is parsed and planned again in every
-- statement that calls it. Two such functions sat on the submission path (measured with perf and
-- pgbench); same rules, same answers.

-- The jurisdiction CHECK on feature and application calls this for every row written; its
-- sub-queries kept it from being inlined, and re-planning it was about a fifth of a submission's
-- work in the database (pgbench, 8 clients: 996 submissions/s before, about 1,300 after).
-- PL/pgSQL keeps the plans for the session.
CREATE OR REPLACE FUNCTION inside_jurisdiction(g geometry) RETURNS boolean
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM jurisdiction_part p WHERE p.geom && g AND ST_CoveredBy(g, p.geom))
        OR coalesce((SELECT bool_or(ST_CoveredBy(g, j.geom)) FROM jurisdiction j), false);
END $$;

-- to_char is STABLE, so a function declared IMMUTABLE around it is not inlined; declared as what
-- it is, it becomes part of the statement that calls it (inquiries and their audit events).
ALTER FUNCTION iso_instant(timestamptz) STABLE;
