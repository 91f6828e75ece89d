-- A licence whose term has ended (feature.ends_at) leaves the maps at that instant, as it stops
-- blocking applications then: GeoServer's views show current features whose term runs, as the
-- vector tiles and the features list do. The sweeping job retires the feature within a minute,
-- and that retirement truncates GeoWebCache's tiles of the layer as any change does.

CREATE OR REPLACE FUNCTION publish_layer_view(layer_id text) RETURNS void
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
        WHERE f.layer_id = %L AND f.retired_in IS NULL AND (f.ends_at IS NULL OR f.ends_at > cadastre_now())
        $view$, layer_id, layer_id);
    EXECUTE format('COMMENT ON VIEW publish.%I IS %L', layer_id,
        (SELECT title || ' / ' || title_fa || ': current features of layer ' || id
                || ' (a licence until its term ends). id = feature id in the cadastre, ref = the source''s own id, '
                || 'agency = the agency consulted, consequence = what an overlap means (BLOCKS, INQUIRY, COMPENSATION, LEVY).'
         FROM layer WHERE id = layer_id));
END $$;

SELECT publish_layer_view(id) FROM layer ORDER BY sort_order;
