-- Publication to GeoServer (issue 6): one read-only view per layer for GeoServer to serve,
-- what was published and when, and the outbox of layer changes whose GeoWebCache tiles are
-- to be truncated.

CREATE SCHEMA publish;
COMMENT ON SCHEMA publish IS 'What GeoServer serves: one view per layer, current features only, stable attribute names. GeoServer''s database role (cadastre_geoserver) may read these views and nothing else.';

-- (Re)creates the view of one layer. A layer added later gets its view the same way, in the
-- migration that adds its row. The layer id comes from the layer table (an allowlist), never
-- from a request.
CREATE FUNCTION publish_layer_view(layer_id text) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM layer WHERE id = layer_id) THEN
        RAISE EXCEPTION 'unknown layer %', layer_id;
    END IF;
    EXECUTE format($view$
        CREATE OR REPLACE VIEW publish.%I AS
        SELECT f.id,
               f.external_id AS ref,
               f.name,
               f.name_fa,
               f.status,
               coalesce(f.agency_id, l.owner_agency) AS agency,
               l.consequences[1] AS consequence,
               f.geom
        FROM feature f
        JOIN layer l ON l.id = f.layer_id
        WHERE f.layer_id = %L AND f.retired_in IS NULL
        $view$, layer_id, layer_id);
    EXECUTE format('COMMENT ON VIEW publish.%I IS %L', layer_id,
        (SELECT title || ' / ' || title_fa || ': current features of layer ' || id
                || '. id = feature id in the cadastre, ref = the source''s own id, agency = the agency '
                || 'consulted, consequence = what an overlap means (BLOCKS, INQUIRY, COMPENSATION, LEVY).'
         FROM layer WHERE id = layer_id));
END $$;
COMMENT ON FUNCTION publish_layer_view(text) IS 'Creates or replaces the view publish.<layer> that GeoServer publishes.';

SELECT publish_layer_view(id) FROM layer ORDER BY sort_order;

-- GeoServer's role is created outside the migrations (roles belong to the cluster and need
-- CREATEROLE: ./cadastre and docker/postgis-init do it). When it already exists, it may read
-- the views; publication grants again each time, for a role created after this migration.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'cadastre_geoserver') THEN
        GRANT USAGE ON SCHEMA publish TO cadastre_geoserver;
        GRANT SELECT ON ALL TABLES IN SCHEMA publish TO cadastre_geoserver;
    END IF;
END $$;

CREATE TABLE publication (
    layer_id      text PRIMARY KEY REFERENCES layer (id),
    geoserver     text NOT NULL,
    workspace     text NOT NULL,
    layer_name    text NOT NULL,
    style_name    text NOT NULL,
    style_sha256  text NOT NULL,
    store_sha256  text NOT NULL,
    layer_group   text NOT NULL,
    published_at  timestamptz NOT NULL,
    published_by  text NOT NULL,
    checked_at    timestamptz NOT NULL,
    truncated_at  timestamptz
);
COMMENT ON TABLE publication IS 'Each layer as last published to GeoServer: written only when a whole publication succeeded.';
COMMENT ON COLUMN publication.store_sha256 IS 'SHA-256 of the datastore definition sent (with its password, which GeoServer never shows back), to know when it must be sent again.';
COMMENT ON COLUMN publication.published_at IS 'When publication last created or changed something of this layer in GeoServer (by published_by).';
COMMENT ON COLUMN publication.checked_at IS 'When a publication last found this layer in GeoServer as it should be.';
COMMENT ON COLUMN publication.truncated_at IS 'When its GeoWebCache tiles were last truncated (by a publication or by the drainer of layer_change).';

CREATE TABLE layer_change (
    id              bigserial PRIMARY KEY,
    layer_id        text NOT NULL REFERENCES layer (id),
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    attempts        int NOT NULL DEFAULT 0,
    last_error      text,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    done_at         timestamptz,
    outcome         text CHECK (outcome IN ('TRUNCATED', 'NOT_PUBLISHED')),
    CONSTRAINT layer_change_done_has_outcome CHECK ((done_at IS NULL) = (outcome IS NULL))
);
COMMENT ON TABLE layer_change IS 'Outbox: a committed change to a layer (an import, a decision) whose GeoWebCache tiles are still to be truncated. Written in the changing transaction; drained with FOR UPDATE SKIP LOCKED.';
CREATE INDEX layer_change_pending_idx ON layer_change (next_attempt_at) WHERE done_at IS NULL;
CREATE INDEX layer_change_layer_idx ON layer_change (layer_id, id);
