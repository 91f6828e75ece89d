-- The licences GeoServer publishes carry the register, as the layer's download does: a GIS
-- client that asks what a licence on the map is (WMS GetFeatureInfo) reads its number, kind,
-- holder, mineral, state and last day. The columns are appended to the view, after those every
-- layer's view has.

CREATE OR REPLACE FUNCTION publish_layer_view(layer_id text) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
    licences boolean := layer_id = 'licences';
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
               %s
        FROM feature f
        JOIN layer l ON l.id = f.layer_id
        %s
        WHERE f.layer_id = %L AND f.retired_in IS NULL AND (f.ends_at IS NULL OR f.ends_at > cadastre_now())
        $view$, layer_id,
        CASE WHEN licences THEN ', r.number AS licence_no, r.type AS kind, r.holder, r.mineral, '
                                || 'r.status AS licence_status, r.last_day, r.last_day_solar_hijri' ELSE '' END,
        CASE WHEN licences THEN 'LEFT JOIN licence r ON r.feature_id = f.id' ELSE '' END,
        layer_id);
    EXECUTE format('COMMENT ON VIEW publish.%I IS %L', layer_id,
        (SELECT title || ' / ' || title_fa || ': current features of layer ' || id
                || ' (a licence until its term ends). id = feature id in the cadastre, ref = the source''s own id, '
                || 'agency = the agency consulted, consequence = what an overlap means (BLOCKS, INQUIRY, COMPENSATION, LEVY).'
                || CASE WHEN licences THEN ' A licence of the register adds licence_no, kind, holder, mineral, '
                                           || 'licence_status and its last day (last_day, last_day_solar_hijri).'
                        ELSE '' END
         FROM layer WHERE id = layer_id));
END $$;

SELECT publish_layer_view('licences');
