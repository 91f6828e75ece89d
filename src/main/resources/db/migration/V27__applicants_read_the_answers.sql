-- An application's inquiries say what each agency answered: when, its reason, and the area it
-- refused, so that the applicant reads an objection's grounds (Art. 24) beside the application,
-- not only in the notice that told of it.
CREATE OR REPLACE FUNCTION inquiry_summary(i inquiry) RETURNS jsonb
    LANGUAGE sql VOLATILE
    AS $$ SELECT jsonb_build_object('id', i.id, 'agency', i.agency_id, 'status', inquiry_status(i),
                                    'notifiedAt', iso_instant(i.notified_at), 'deadline', iso_instant(i.deadline),
                                    'deadlineSolarHijri', i.last_day_solar_hijri, 'daysLeft', days_left(i.last_day),
                                    'paused', i.paused_at IS NOT NULL, 'answeredAt', iso_instant(i.answered_at),
                                    'reason', i.reason, 'refusedArea_m2', ST_Area(i.refused_geom::geography)) $$;
