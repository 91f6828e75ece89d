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

