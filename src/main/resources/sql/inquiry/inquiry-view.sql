-- The columns of an inquiry as the API shows it, from "inquiry i JOIN application a"; the
-- caller adds FROM and WHERE. Its status is as of now (inquiry_status): a window that has
-- closed reads as DEEMED_CONSENT even before the sweeping job stores it; a paused window keeps the
-- days it had left and is not due soon (V41), and says when it was paused and the time it had left
-- then (V48). With :summary true it leaves out what follows the
-- agency's features' edges, thousands of vertices each at times: the overlaps and the refused part
-- (a list's summary); the overlaps' area stays.
SELECT i.id, i.application_id, a.receipt AS application_receipt, i.agency_id, inquiry_status(i) AS status,
       i.notified_at, i.deadline, i.last_day_solar_hijri, inquiry_days_left(i.last_day, i.paused_at) AS days_left,
       (inquiry_status(i) = 'OPEN' AND i.paused_at IS NULL AND days_left(i.last_day) <= :warningDays) AS due_soon,
       i.paused_at IS NOT NULL AS paused, i.paused_at,
       CASE WHEN inquiry_status(i) = 'OPEN' THEN inquiry_time_left(i.deadline, i.paused_at) END AS time_left,
       ST_AsGeoJSON(a.geom, 7) AS application_geometry,
       CASE WHEN NOT :summary THEN i.agency_overlaps::text END AS overlaps, i.overlap_area_m2,
       i.answered_at, i.answered_by, i.reason,
       CASE WHEN NOT :summary THEN ST_AsGeoJSON(i.refused_geom, 7) END AS refused_geometry,
       CASE WHEN inquiry_status(i) = 'DEEMED_CONSENT' THEN i.deadline END AS deemed_at
