-- Iran's boundary cut into pieces, so the jurisdiction CHECK on every stored area is an index
-- lookup and a small test, not a test against all 2,697 boundary vertices.
CREATE TABLE jurisdiction_part (
    code text NOT NULL REFERENCES jurisdiction (code),
    geom geometry(Polygon, 4326) NOT NULL
);
COMMENT ON TABLE jurisdiction_part IS 'The jurisdiction cut by ST_Subdivide; an area inside one piece is inside the jurisdiction.';
CREATE INDEX jurisdiction_part_geom_idx ON jurisdiction_part USING gist (geom);
INSERT INTO jurisdiction_part (code, geom) SELECT code, ST_Subdivide(geom, 64) FROM jurisdiction;

-- Most areas lie inside one piece; one that crosses pieces is tested against the whole boundary.
CREATE OR REPLACE FUNCTION inside_jurisdiction(g geometry) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT EXISTS (SELECT 1 FROM jurisdiction_part p WHERE p.geom && g AND ST_CoveredBy(g, p.geom))
        OR coalesce((SELECT bool_or(ST_CoveredBy(g, j.geom)) FROM jurisdiction j), false)
    $$;
