-- The jurisdiction CHECK on feature and application calls inside_jurisdiction() for every row
-- written. As a LANGUAGE sql function with a subquery it cannot be inlined, so PostgreSQL parsed
-- and planned its body again in every statement that inserted a row: a third of a submission's
-- time in the database (measured with perf and pgbench). PL/pgSQL keeps the plans for the session.
-- Same rule, same answer.
CREATE OR REPLACE FUNCTION inside_jurisdiction(g geometry) RETURNS boolean
    LANGUAGE plpgsql STABLE PARALLEL SAFE
    AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM jurisdiction_part p WHERE p.geom && g AND ST_CoveredBy(g, p.geom))
        OR coalesce((SELECT bool_or(ST_CoveredBy(g, j.geom)) FROM jurisdiction j), false);
END $$;
