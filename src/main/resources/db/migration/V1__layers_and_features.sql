-- Agencies, the layer catalogue, Iran's jurisdiction and every area the cadastre knows of.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE agency (
    id      text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_-]{1,31}$'),
    name    text NOT NULL,
    name_fa text NOT NULL
);
COMMENT ON TABLE agency IS 'Bodies that own layers or boundaries and answer Article 24 inquiries; a new executive body is a row.';

INSERT INTO agency (id, name, name_fa) VALUES
    ('ministry',    'Ministry of Industry, Mine and Trade',                     'وزارت صنعت، معدن و تجارت'),
    ('doe',         'Department of Environment',                                'سازمان حفاظت محیط زیست'),
    ('frwo',        'Forests, Rangelands and Watershed Management Organization', 'سازمان منابع طبیعی و آبخیزداری کشور'),
    ('agriculture', 'Ministry of Agriculture Jihad',                            'وزارت جهاد کشاورزی'),
    ('energy',      'Ministry of Energy',                                       'وزارت نیرو'),
    ('nioc',        'National Iranian Oil Company',                             'شرکت ملی نفت ایران'),
    ('defence',     'Ministry of Defence',                                      'وزارت دفاع'),
    ('heritage',    'Ministry of Cultural Heritage, Tourism and Handicrafts',   'وزارت میراث فرهنگی، گردشگری و صنایع دستی');

CREATE TABLE layer (
    id            text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_]{1,62}$'),
    title         text NOT NULL,
    title_fa      text NOT NULL,
    owner_agency  text REFERENCES agency (id),
    consequences  text[] NOT NULL CHECK (cardinality(consequences) > 0
                  AND consequences <@ ARRAY['BLOCKS', 'INQUIRY', 'COMPENSATION', 'LEVY']),
    sort_order    int NOT NULL
);
COMMENT ON TABLE layer IS 'The layer catalogue (DESIGN §4). consequences[1] is the main legal consequence of an overlap; more follow (Art. 24 inquiry + Art. 25 levy).';
COMMENT ON COLUMN layer.owner_agency IS 'Agency consulted under Article 24; NULL when each feature names its own (executive_boundaries) or nobody is consulted (property_parcels).';

INSERT INTO layer (id, title, title_fa, owner_agency, consequences, sort_order) VALUES
    ('licences',             'Licences, certificates and permits',   'پروانه‌ها و گواهی‌ها',        'ministry',    ARRAY['BLOCKS'],             1),
    ('applications',         'Pending applications',                 'درخواست‌های در جریان',        'ministry',    ARRAY['BLOCKS'],             2),
    ('protected_areas',      'Protected environmental areas',        'مناطق چهارگانه محیط زیست',   'doe',         ARRAY['INQUIRY'],            3),
    ('forests',              'Forests',                              'جنگل‌ها',                     'frwo',        ARRAY['INQUIRY'],            4),
    ('national_resources',   'Rangelands and national resources',    'مراتع و منابع ملی',           'frwo',        ARRAY['INQUIRY', 'LEVY'],    5),
    ('agricultural_lands',   'Agricultural land and gardens',        'اراضی کشاورزی و باغات',       'agriculture', ARRAY['INQUIRY'],            6),
    ('executive_boundaries', 'Boundaries of other executive bodies', 'حریم دستگاه‌های اجرایی',      NULL,          ARRAY['INQUIRY'],            7),
    ('property_parcels',     'Registered private property',          'املاک ثبتی اشخاص',            NULL,          ARRAY['COMPENSATION'],       8);

CREATE TABLE jurisdiction (
    code   text PRIMARY KEY,
    name   text NOT NULL,
    source text NOT NULL,
    geom   geometry(MultiPolygon, 4326) NOT NULL
);
COMMENT ON TABLE jurisdiction IS 'Iran''s boundary: every stored area must lie inside it.';

-- Used by CHECK constraints: a CHECK may not hold a sub-query, and the boundary is data.
CREATE FUNCTION inside_jurisdiction(g geometry) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce(bool_or(ST_CoveredBy(g, j.geom)), false) FROM jurisdiction j $$;

CREATE TABLE layer_version (
    id          bigserial PRIMARY KEY,
    layer_id    text NOT NULL REFERENCES layer (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL,
    source      text NOT NULL,
    checksum    text,
    feature_count int NOT NULL DEFAULT 0
);
COMMENT ON TABLE layer_version IS 'Each load of a layer is a version; earlier versions stay queryable.';

CREATE TABLE feature (
    id           bigserial PRIMARY KEY,
    layer_id     text NOT NULL REFERENCES layer (id),
    version_id   bigint REFERENCES layer_version (id),
    retired_in   bigint REFERENCES layer_version (id),
    external_id  text,
    name         text,
    name_fa      text,
    agency_id    text REFERENCES agency (id),
    status       text,
    properties   jsonb NOT NULL DEFAULT '{}',
    geom         geometry(MultiPolygon, 4326) NOT NULL,
    CONSTRAINT feature_geom_valid CHECK (ST_IsValid(geom)),
    CONSTRAINT feature_geom_not_empty CHECK (NOT ST_IsEmpty(geom)),
    CONSTRAINT feature_geom_in_jurisdiction CHECK (inside_jurisdiction(geom))
);
COMMENT ON TABLE feature IS 'Every area of every layer, in lon/lat (EPSG:4326). A feature is current while retired_in is NULL.';
COMMENT ON COLUMN feature.agency_id IS 'The agency consulted for this feature when it is not the layer''s owner (executive boundaries).';
CREATE INDEX feature_geom_idx ON feature USING gist (geom);
CREATE INDEX feature_layer_idx ON feature (layer_id) WHERE retired_in IS NULL;

CREATE TABLE feature_part (
    feature_id bigint NOT NULL REFERENCES feature (id) ON DELETE CASCADE,
    layer_id   text NOT NULL,
    geom       geometry(Polygon, 4326) NOT NULL
);
COMMENT ON TABLE feature_part IS 'Current features cut into pieces of at most 256 vertices (ST_Subdivide) so an overlap check touches only the pieces near the application. Kept in step with feature by a trigger.';
CREATE INDEX feature_part_geom_idx ON feature_part USING gist (geom);
CREATE INDEX feature_part_feature_idx ON feature_part (feature_id);

CREATE FUNCTION feature_parts_follow() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM feature_part WHERE feature_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.retired_in IS NULL THEN
        INSERT INTO feature_part (feature_id, layer_id, geom)
        SELECT NEW.id, NEW.layer_id, ST_Subdivide(NEW.geom, 256);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER feature_parts_follow
    AFTER INSERT OR DELETE OR UPDATE OF geom, retired_in, layer_id ON feature
    FOR EACH ROW EXECUTE FUNCTION feature_parts_follow();
