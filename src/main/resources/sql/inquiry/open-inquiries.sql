-- Opens one inquiry per agency among an application's overlaps that need one (Art. 24),
-- listing that agency's overlapping features with their intersections and areas, records each
-- in the audit trail, and notifies each agency (:subject, :body; :subjectFa, :bodyFa: the same
-- notice for every agency, written by the service). Returns the inquiries as the application
-- lists them (a JSON array), or NULL when none was opened. The notices are written here, not by
-- a statement of their own, because this runs in every submission that opens an inquiry.
WITH opened AS (
    INSERT INTO inquiry (application_id, agency_id, notified_at, rule_id, deadline, last_day, last_day_solar_hijri,
                         agency_overlaps)
    SELECT :application, o ->> 'agency', :notifiedAt, :rule, :deadline, :lastDay, :lastDaySolarHijri,
           jsonb_agg(o ORDER BY ordinality)
    FROM jsonb_array_elements(:overlaps::jsonb) WITH ORDINALITY AS report (o, ordinality)
    WHERE o -> 'consequences' @> '["INQUIRY"]'
    GROUP BY o ->> 'agency'
    RETURNING *
),
told AS (
    INSERT INTO notification (kind, recipient, about, subject_fa, body_fa, subject, body)
    SELECT 'INQUIRY_OPENED', 'agency:' || agency_id, 'inquiry:' || id, :subjectFa, :bodyFa, :subject, :body
    FROM opened
),
audited AS (
    SELECT audit_append(array_agg(CAST(:actor AS text)), array_agg('inquiry.open'::text ORDER BY agency_id),
                        array_agg('inquiry:' || id ORDER BY agency_id),
                        array_agg(jsonb_build_object('application', application_id, 'agency', agency_id,
                                                     'deadline', iso_instant(deadline),
                                                     'deadlineSolarHijri', last_day_solar_hijri,
                                                     'windowMonths', CAST(:months AS int)) ORDER BY agency_id),
                        array_agg(CAST(:geometryHash AS text)))
    FROM opened
)
SELECT (jsonb_agg(inquiry_summary(ROW(opened.*)::inquiry) ORDER BY opened.agency_id))::text
FROM opened, audited
