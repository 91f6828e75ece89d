-- Every layer of the catalogue with what is published of it: the last publication, and the
-- changes whose GeoWebCache tiles are still to be truncated (with the last failure, if any).
SELECT l.id AS layer,
       p.layer_name,
       p.style_name,
       p.published_at,
       p.published_by,
       p.checked_at,
       p.truncated_at,
       coalesce(c.pending, 0) AS pending,
       c.last_error
FROM layer l
LEFT JOIN publication p ON p.layer_id = l.id
LEFT JOIN LATERAL (
    SELECT count(*) AS pending,
           (array_agg(last_error ORDER BY id DESC) FILTER (WHERE last_error IS NOT NULL))[1] AS last_error
    FROM layer_change
    WHERE layer_id = l.id AND done_at IS NULL
) c ON true
ORDER BY l.sort_order
