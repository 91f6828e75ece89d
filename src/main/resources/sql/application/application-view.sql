-- The columns of an application as the API shows it, from a row "a" of application; the caller
-- adds FROM (a table or a CTE named a) and WHERE.
SELECT a.id, a.receipt, a.received_at, a.status, a.type, a.mineral, a.applicant, a.area_m2,
       a.requested_area_m2, a.trimmed, ST_AsGeoJSON(a.geom, 7) AS geometry,
       (a.overlap_report -> 'overlaps')::text AS overlaps,
       array_to_string(a.consulted_agencies, ',') AS consulted_agencies,
       a.compensation,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('featureId', o -> 'featureId', 'externalId', o -> 'externalId',
                                                     'name', o -> 'name', 'area_m2', o -> 'area_m2')), '[]')
        FROM jsonb_array_elements(a.overlap_report -> 'overlaps') o
        WHERE o ->> 'consequence' = 'COMPENSATION')::text AS compensation_parcels,
       a.levy, a.withdrawn_at
