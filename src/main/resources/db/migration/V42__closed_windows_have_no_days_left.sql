-- A window that has closed, answered or deemed, has no days left: its application's summary of
-- the inquiry said how many days remained to a last day that no longer mattered (a consent given
-- in the first week read "119 days left"), as the inquiry itself and the agencies' sheet did.
CREATE OR REPLACE FUNCTION inquiry_summary(i inquiry) RETURNS jsonb
    LANGUAGE sql VOLATILE
    AS $$ SELECT jsonb_build_object('id', i.id, 'agency', i.agency_id, 'status', inquiry_status(i),
                                    'notifiedAt', iso_instant(i.notified_at), 'deadline', iso_instant(i.deadline),
                                    'deadlineSolarHijri', i.last_day_solar_hijri,
                                    'daysLeft', CASE WHEN inquiry_status(i) = 'OPEN'
                                                     THEN inquiry_days_left(i.last_day, i.paused_at) END,
                                    'paused', i.paused_at IS NOT NULL, 'answeredAt', iso_instant(i.answered_at),
                                    'reason', i.reason, 'refusedArea_m2', ST_Area(i.refused_geom::geography)) $$;
