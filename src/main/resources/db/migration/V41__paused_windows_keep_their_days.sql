-- A window a decree pauses stops its clock (Art. 24): until it resumes, it has the days it had
-- left on the day it was paused, and the resumption adds the days paused to its last day, so
-- that it resumes with those days again. Before, a paused window's days left ran down to 0 and it
-- read as due soon, which the sweeping job never warned of, though it could not close.

-- Whole civil days (Asia/Tehran) left to a window's last day: from today, or, while paused, from
-- the day it was paused; 0 on the last day.
CREATE FUNCTION inquiry_days_left(last_day date, paused_at timestamptz) RETURNS integer
    LANGUAGE sql VOLATILE
    AS $$ SELECT CASE WHEN paused_at IS NULL THEN days_left(last_day)
                      ELSE greatest(0, last_day - (paused_at AT TIME ZONE 'Asia/Tehran')::date) END $$;
COMMENT ON FUNCTION inquiry_days_left(date, timestamptz) IS
    'Days left to an Article 24 window''s last day (Asia/Tehran), 0 on it; a paused window keeps those it had when paused.';

CREATE OR REPLACE FUNCTION inquiry_summary(i inquiry) RETURNS jsonb
    LANGUAGE sql VOLATILE
    AS $$ SELECT jsonb_build_object('id', i.id, 'agency', i.agency_id, 'status', inquiry_status(i),
                                    'notifiedAt', iso_instant(i.notified_at), 'deadline', iso_instant(i.deadline),
                                    'deadlineSolarHijri', i.last_day_solar_hijri,
                                    'daysLeft', inquiry_days_left(i.last_day, i.paused_at),
                                    'paused', i.paused_at IS NOT NULL, 'answeredAt', iso_instant(i.answered_at),
                                    'reason', i.reason, 'refusedArea_m2', ST_Area(i.refused_geom::geography)) $$;
