-- A paused window says when it was paused and the time it had left then, which it has again when
-- it resumes: its deadline, kept as it was, may have passed while it is paused, and read alone it
-- told the agency and the applicant of a day that no longer meant anything.

-- The time an Article 24 window had left when a decree paused it, as an ISO 8601 duration in days,
-- hours, minutes and whole seconds (P120DT12H30M0S): from the pause to its deadline, the seconds'
-- fraction dropped; NULL when it is not paused.
CREATE FUNCTION inquiry_time_left(deadline timestamptz, paused_at timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT format('P%sDT%sH%sM%sS', extract(day FROM left_), extract(hour FROM left_),
                        extract(minute FROM left_), floor(extract(second FROM left_)))
          FROM (SELECT deadline - paused_at AS left_) l
          WHERE paused_at IS NOT NULL $$;
COMMENT ON FUNCTION inquiry_time_left(timestamptz, timestamptz) IS
    'The time a paused Article 24 window had left when paused (ISO 8601 duration, whole seconds); NULL when not paused.';

CREATE OR REPLACE FUNCTION inquiry_summary(i inquiry) RETURNS jsonb
    LANGUAGE sql VOLATILE
    AS $$ SELECT jsonb_build_object('id', i.id, 'agency', i.agency_id, 'status', inquiry_status(i),
                                    'notifiedAt', iso_instant(i.notified_at), 'deadline', iso_instant(i.deadline),
                                    'deadlineSolarHijri', i.last_day_solar_hijri,
                                    'daysLeft', CASE WHEN inquiry_status(i) = 'OPEN'
                                                     THEN inquiry_days_left(i.last_day, i.paused_at) END,
                                    'paused', i.paused_at IS NOT NULL, 'pausedAt', iso_instant(i.paused_at),
                                    'timeLeft', CASE WHEN inquiry_status(i) = 'OPEN'
                                                     THEN inquiry_time_left(i.deadline, i.paused_at) END,
                                    'answeredAt', iso_instant(i.answered_at),
                                    'reason', i.reason, 'refusedArea_m2', ST_Area(i.refused_geom::geography)) $$;

-- An activity report is judged against the licences in force on the day the activity was seen
-- (Art. 19 speaks of the activity), when the reporter gives it: before, against those current when
-- it was filed, so that a licence granted since covered it and one closed since did not. A report
-- filed before keeps what it was judged on (judged_on NULL).
ALTER TABLE activity_report
    ADD COLUMN judged_on date,
    ADD COLUMN undetermined jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(undetermined) = 'array');
COMMENT ON COLUMN activity_report.judged_on IS 'The day (Asia/Tehran) whose licences the report was judged against: observed_on; NULL when judged against the licences current when it was filed (no observed_on, or filed before V48).';
COMMENT ON COLUMN activity_report.undetermined IS 'Features of the licences layer that are not in the register (the old cadastre''s, imported) and were loaded after judged_on: whether they were in force on it is not recorded. [{featureId, externalId, name, loadedAt, area_m2}]; their part of the area is neither covered nor outside.';
COMMENT ON COLUMN activity_report.covering IS 'The licences covering part of the area on judged_on (or when it was filed): [{featureId, externalId, name, area_m2}], area_m2 being the shared area; on a day, a register licence adds licenceId and number (featureId NULL once it has left the layer) and, on a day, every licence partOfDay: whether it was in force for part of that day only. Touching along an edge is not coverage.';
COMMENT ON TABLE activity_report IS 'Mining activity reported by ministry officers (Art. 34 supervision) and agency reviewers, checked against the licences in force on the day it was seen (judged_on), or the current ones when it was filed without that day: activity outside every licence is flagged (Art. 19: mining without a licence is possession of public property); inside, it is within a licence''s operational area (Art. 26).';
