-- The layer catalogue (GET /api/v1/layers) gives every layer's feature count and extent, and each
-- map page asks for it when it opens. Counting at every request read every feature: 230 ms, on
-- both cores, for a million parcels, and a national parcel layer has many millions. An imported
-- feature changes only with the next import, so each version of a layer now records the count and
-- extent of what the layer's imports have made current, and the catalogue counts live only what
-- no import describes (LayerFeatures.summaries).
ALTER TABLE layer_version
    ADD COLUMN layer_count bigint,
    ADD COLUMN layer_extent box2d;

COMMENT ON COLUMN layer_version.layer_count IS
    'How many of the layer''s imported features (version_id set) are current (not retired) once this version is loaded: after an append, the previous version''s count and this one''s features. NULL when not recorded; the catalogue then counts the layer live.';
COMMENT ON COLUMN layer_version.layer_extent IS
    'The extent of the features layer_count counts; NULL when there are none or it is not recorded.';

-- Records a version's count and extent, at the end of the transaction that loads it: an append
-- adds its own features to the previous version's figures; anything else (a replacement, a first
-- load, an append after a version that recorded nothing) counts the layer's current imported
-- features, which after a replacement are the version's own. Returns the count recorded.
CREATE FUNCTION record_layer_count(version bigint) RETURNS bigint
    LANGUAGE plpgsql AS $$
DECLARE
    loaded   layer_version;
    previous layer_version;
BEGIN
    SELECT * INTO STRICT loaded FROM layer_version WHERE id = version;
    SELECT * INTO previous FROM layer_version
    WHERE layer_id = loaded.layer_id AND id < loaded.id ORDER BY id DESC LIMIT 1;
    IF loaded.mode = 'append' AND previous.layer_count IS NOT NULL THEN
        UPDATE layer_version v
        SET layer_count = previous.layer_count + added.n,
            layer_extent = (SELECT ST_Extent(b::geometry) FROM (VALUES (previous.layer_extent), (added.e)) AS boxes (b))
        FROM (SELECT count(*) AS n, ST_Extent(geom) AS e FROM feature
              WHERE layer_id = loaded.layer_id AND version_id = loaded.id AND retired_in IS NULL) AS added
        WHERE v.id = loaded.id;
    ELSE
        UPDATE layer_version v SET layer_count = current.n, layer_extent = current.e
        FROM (SELECT count(*) AS n, ST_Extent(geom) AS e FROM feature
              WHERE layer_id = loaded.layer_id AND version_id IS NOT NULL AND retired_in IS NULL) AS current
        WHERE v.id = loaded.id;
    END IF;
    RETURN (SELECT layer_count FROM layer_version WHERE id = version);
END
$$;

-- The catalogue's live part: the features the service writes itself (applications, issued
-- licences) have no version.
CREATE INDEX feature_unversioned_idx ON feature (layer_id) WHERE retired_in IS NULL AND version_id IS NULL;

SELECT record_layer_count(newest.id)
FROM (SELECT max(id) AS id FROM layer_version GROUP BY layer_id) AS newest;
