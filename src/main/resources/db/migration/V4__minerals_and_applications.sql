-- The mineral catalogue (Mining Law Art. 3, 4) and exploration applications.

CREATE TABLE mineral (
    code          text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,40}$'),
    name          text NOT NULL,
    name_fa       text NOT NULL,
    mineral_class smallint NOT NULL CHECK (mineral_class BETWEEN 1 AND 4),
    ministry_rules boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE mineral IS 'Minerals by class (Art. 3). Class 1 and 2 are the Ministry''s (Art. 4) except where ministry_rules is false (ordinary sand and ordinary clay); class 3 (hydrocarbons) and 4 (radioactive) are not licensed here.';
COMMENT ON COLUMN mineral.ministry_rules IS 'false for the class 1 minerals Article 4 leaves outside the Ministry''s duties: ordinary sand, ordinary clay.';

INSERT INTO mineral (code, name, name_fa, mineral_class, ministry_rules) VALUES
    ('limestone',        'Limestone',                'سنگ آهک',            1, true),
    ('gypsum',           'Gypsum',                   'گچ',                 1, true),
    ('marl',             'Marl',                     'مارن',               1, true),
    ('rock_salt',        'Rock salt',                'نمک سنگی',           1, true),
    ('ordinary_sand',    'Ordinary sand',            'ماسه معمولی',        1, false),
    ('ordinary_clay',    'Ordinary clay',            'خاک رس معمولی',      1, false),
    ('iron_ore',         'Iron ore',                 'سنگ آهن',            2, true),
    ('copper',           'Copper',                   'مس',                 2, true),
    ('gold',             'Gold',                     'طلا',                2, true),
    ('lead_zinc',        'Lead and zinc',            'سرب و روی',          2, true),
    ('chromite',         'Chromite',                 'کرومیت',             2, true),
    ('manganese',        'Manganese',                'منگنز',              2, true),
    ('phosphate',        'Phosphate',                'فسفات',              2, true),
    ('kaolin',           'Kaolin',                   'کائولن',             2, true),
    ('turquoise',        'Turquoise',                'فیروزه',             2, true),
    ('decorative_stone', 'Decorative and facade stone', 'سنگ تزئینی و نما', 2, true),
    ('coal',             'Coal',                     'زغال سنگ',           2, true),
    ('crude_oil',        'Crude oil',                'نفت خام',            3, false),
    ('natural_gas',      'Natural gas',              'گاز طبیعی',          3, false),
    ('uranium',          'Uranium',                  'اورانیوم',           4, false);

CREATE SEQUENCE application_receipt;
COMMENT ON SEQUENCE application_receipt IS 'Receipt numbers, taken only once an application is accepted, while its claim locks are held: priority order.';

CREATE TABLE application (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    receipt         bigint NOT NULL UNIQUE,
    received_at     timestamptz NOT NULL,
    status          text NOT NULL CHECK (status IN ('SUBMITTED', 'UNDER_CONSULTATION', 'READY_FOR_DECISION',
                                                    'GRANTED', 'REJECTED', 'WITHDRAWN')),
    type            text NOT NULL CHECK (type IN ('EXPLORATION')),
    mineral         text NOT NULL REFERENCES mineral (code),
    applicant       text NOT NULL REFERENCES app_user (username),
    geom            geometry(MultiPolygon, 4326) NOT NULL,
    area_m2         double precision NOT NULL CHECK (area_m2 > 0),
    requested_area_m2 double precision NOT NULL,
    trimmed         boolean NOT NULL,
    overlap_report  jsonb NOT NULL,
    consulted_agencies text[] NOT NULL,
    compensation    boolean NOT NULL,
    levy            boolean NOT NULL,
    feature_id      bigint REFERENCES feature (id) ON DELETE SET NULL,
    idempotency_key text,
    request_hash    text,
    withdrawn_at    timestamptz,
    CONSTRAINT application_geom_valid CHECK (ST_IsValid(geom)),
    CONSTRAINT application_geom_not_empty CHECK (NOT ST_IsEmpty(geom)),
    CONSTRAINT application_geom_in_jurisdiction CHECK (inside_jurisdiction(geom)),
    CONSTRAINT application_idempotency UNIQUE (applicant, idempotency_key)
);
COMMENT ON TABLE application IS 'Applications in order of receipt (first come, first served). The overlap report, consulted agencies, Art. 22 compensation and Art. 25 levy are recorded as they were at submission.';
COMMENT ON COLUMN application.received_at IS 'The database''s time of acceptance.';
COMMENT ON COLUMN application.feature_id IS 'The application''s area in the applications layer while it is pending.';
CREATE INDEX application_applicant_idx ON application (applicant, receipt);
CREATE INDEX application_geom_idx ON application USING gist (geom);

-- Claim locks: an application locks every cell of a 0.05° grid that its bounding box meets, in
-- one fixed order, before it checks for earlier claims and is inserted. Two applications that
-- share interior share a cell, so they take turns and the second sees the first; applications
-- in other cells never wait. Sorted order means two applications cannot deadlock.
CREATE FUNCTION lock_claim_cells(g geometry) RETURNS integer
    LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    cells integer := 0;
    x integer;
    y integer;
BEGIN
    FOR x IN floor(ST_XMin(g) / 0.05)::int .. floor(ST_XMax(g) / 0.05)::int LOOP
        FOR y IN floor(ST_YMin(g) / 0.05)::int .. floor(ST_YMax(g) / 0.05)::int LOOP
            PERFORM pg_advisory_xact_lock(7261, x * 10000 + y);
            cells := cells + 1;
        END LOOP;
    END LOOP;
    RETURN cells;
END $$;
COMMENT ON FUNCTION lock_claim_cells(geometry) IS 'Takes the claim locks of an area (transaction-scoped advisory locks, class 7261, on 0.05° cells), in order.';
