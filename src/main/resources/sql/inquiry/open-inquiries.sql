-- Opens one inquiry per agency among an application's overlaps that need one (Art. 24),
-- listing that agency's overlapping features with their intersections and areas.
INSERT INTO inquiry (application_id, agency_id, notified_at, rule_id, deadline, last_day, last_day_solar_hijri, agency_overlaps)
SELECT :application, o ->> 'agency', :notifiedAt, :rule, :deadline, :lastDay, :lastDaySolarHijri,
       jsonb_agg(o ORDER BY ordinality)
FROM jsonb_array_elements(:overlaps::jsonb) WITH ORDINALITY AS report (o, ordinality)
WHERE o -> 'consequences' @> '["INQUIRY"]'
GROUP BY o ->> 'agency'
ORDER BY o ->> 'agency'
RETURNING id, agency_id
