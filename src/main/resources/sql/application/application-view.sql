-- The columns of an application as the API shows it, from a row "a" of application; the caller
-- adds FROM (a table or a CTE named a) and WHERE. Its status and its inquiries' are as of now:
-- once every window has closed or been answered, it reads READY_FOR_DECISION even before the
-- sweeping job stores the deemed consents. With :summary true it leaves out what follows other
-- features' edges, thousands of vertices each at times: the overlaps, the compensation parcels
-- and the grantable geometry (a list's summary); the figures stay.
SELECT a.id, a.receipt, a.received_at,
       CASE WHEN a.status = 'UNDER_CONSULTATION'
             AND NOT EXISTS (SELECT 1 FROM inquiry i WHERE i.application_id = a.id AND inquiry_status(i) = 'OPEN')
            THEN 'READY_FOR_DECISION' ELSE a.status END AS status,
       a.type, a.mineral, a.applicant, a.area_m2,
       a.requested_area_m2, a.trimmed, ST_AsGeoJSON(a.geom, 7) AS geometry,
       CASE WHEN NOT :summary THEN (a.overlap_report -> 'overlaps')::text END AS overlaps,
       array_to_string(a.consulted_agencies, ',') AS consulted_agencies,
       a.compensation,
       CASE WHEN NOT :summary THEN
           (SELECT coalesce(jsonb_agg(jsonb_build_object('featureId', o -> 'featureId', 'externalId', o -> 'externalId',
                                                         'name', o -> 'name', 'area_m2', o -> 'area_m2')), '[]')
            FROM jsonb_array_elements(a.overlap_report -> 'overlaps') o
            WHERE o ->> 'consequence' = 'COMPENSATION')::text
       END AS compensation_parcels,
       a.levy, a.withdrawn_at,
       (SELECT coalesce(jsonb_agg(inquiry_summary(i) ORDER BY i.agency_id), '[]')
        FROM inquiry i WHERE i.application_id = a.id)::text AS inquiries,
       (SELECT ST_AsGeoJSON(grantable_area(a.id), 7)
        WHERE NOT :summary
          AND EXISTS (SELECT 1 FROM inquiry r WHERE r.application_id = a.id AND r.refused_geom IS NOT NULL))
           AS grantable_geometry,
       coalesce(a.grantable_area_m2, a.area_m2) AS grantable_area_m2,
       CASE WHEN a.decision IS NOT NULL
            THEN jsonb_build_object('decision', a.decision, 'reason', a.decision_reason,
                                    'decidedAt', iso_instant(a.decided_at), 'decidedBy', a.decided_by)::text
       END AS decision,
       (SELECT l.id FROM licence l WHERE l.application_id = a.id) AS licence_id
