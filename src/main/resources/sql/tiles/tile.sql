-- One Mapbox Vector Tile of one layer: its current features that meet tile z/x/y, with the
-- attributes the map needs (MVT feature id = feature.id; name, name_fa, status, agency,
-- consequence), in one MVT layer named after the layer id. An empty tile is zero bytes.
--
-- Index first: the tile's envelope is transformed to lon/lat (EPSG:4326, a Web Mercator
-- rectangle is a lon/lat rectangle), never the stored column, so `layer_id = :layer AND
-- geom && box` is one look-up in the GiST index on (layer_id, geom); only the features that meet
-- the box are clipped (in 4326, with the MVT buffer), simplified and transformed to Web Mercator.
--
-- Thinning (so that no tile grows past the size cap), all sizes as fractions of the tile width:
--   :minSize    a feature whose bounding box is smaller than this both ways is left out
--               (1/512 is one display pixel of a 512-pixel vector tile);
--   :labelSize  a smaller feature is sent without its names (too small to carry a label);
--   :tolerance  ST_Simplify tolerance (1/4096 is one MVT unit at extent 4096);
--   :extent     MVT extent; the buffer is 1/64 of it;
--   :maxFeatures at most this many features, the largest first.
-- Tolerances in degrees are taken at the tile's latitude farthest from the equator, where a
-- degree is shortest in Web Mercator, so they never exceed the intended size.
--
-- Revalidation: `etag` fingerprints everything the tile is made of: the way it is rendered
-- (:rendering, a digest of this file and the thinning levels), its address, the layer's row, and
-- each candidate feature's id and row version (xmin, which every INSERT and UPDATE sets anew; a
-- DELETE, a retirement or the end of a licence's term takes the feature out of the list). The
-- thinning level is not part of it: the service derives it from that same data. When the
-- fingerprint is one of the client's tags (:ifNoneMatch, the If-None-Match header or ''), or the
-- client holds any form of it ('*', RFC 9110 13.1.2), the tile is not rendered at all and `tile`
-- is NULL.
WITH tile AS (
    SELECT ST_TileEnvelope(:z, :x, :y) AS box,
           box4326,
           40075016.6855784 / 2 ^ :z AS width,
           cos(radians(greatest(abs(ST_YMin(box4326)), abs(ST_YMax(box4326))))) AS shrink,
           cadastre_now() AS now
    FROM ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 1.0 / 64), 4326) AS box4326
),
layer AS (
    SELECT l.id, l.owner_agency, l.consequences[1] AS consequence, l.xmin AS version
    FROM layer l
    WHERE l.id = :layer
),
candidate AS MATERIALIZED (
    SELECT f.id, f.xmin AS version, f.name, f.name_fa, f.status, coalesce(f.agency_id, layer.owner_agency) AS agency,
           layer.consequence, f.geom
    FROM feature f, layer, tile
    WHERE f.layer_id = :layer
      AND f.retired_in IS NULL
      AND (f.ends_at IS NULL OR f.ends_at > tile.now)
      AND f.geom && tile.box4326
),
-- Each feature's size: the larger side of its bounding box in Web Mercator, as a fraction of
-- the tile's width. Box2D reads the whole geometry, so it runs once per feature and only when
-- the tile is rendered.
sized AS MATERIALIZED (
    SELECT c.*, greatest(ST_XMax(b) - ST_XMin(b), (ST_YMax(b) - ST_YMin(b)) / tile.shrink) * 111319.490793 / tile.width
                AS size
    FROM candidate c, tile, Box2D(c.geom) AS b
),
shown AS (
    SELECT c.id,
           CASE WHEN c.size >= :labelSize THEN c.name END AS name,
           CASE WHEN c.size >= :labelSize THEN c.name_fa END AS name_fa,
           c.status, c.agency, c.consequence,
           ST_AsMVTGeom(ST_Transform(ST_Simplify(ST_ClipByBox2D(c.geom, tile.box4326),
                                                 :tolerance * tile.width * tile.shrink / 111319.490793),
                                     3857),
                        tile.box, :extent, :extent / 64, true) AS geom
    FROM sized c, tile
    WHERE c.size >= :minSize
    ORDER BY c.size DESC, c.id
    LIMIT :maxFeatures
),
fingerprint AS MATERIALIZED (
    SELECT 'W/"' || md5(concat_ws(':', :rendering, :z, :x, :y, layer.id, layer.version,
                                   (SELECT string_agg(c.id || '.' || c.version, ',' ORDER BY c.id) FROM candidate c)))
           || '"' AS etag
    FROM layer
)
SELECT fingerprint.etag,
       CASE WHEN :ifNoneMatch = '*' OR strpos(:ifNoneMatch, substr(fingerprint.etag, 3)) > 0 THEN NULL
            ELSE (SELECT ST_AsMVT(shown, (SELECT id FROM layer), :extent, 'geom', 'id') FROM shown WHERE geom IS NOT NULL)
       END AS tile
FROM fingerprint
