-- An inquiry as an application lists it (DESIGN §5), as of now: one definition for the
-- application view and for the inquiries a submission opens.
CREATE FUNCTION inquiry_summary(i inquiry) RETURNS jsonb
    LANGUAGE sql VOLATILE
    AS $$ SELECT jsonb_build_object('id', i.id, 'agency', i.agency_id, 'status', inquiry_status(i),
                                    'notifiedAt', iso_instant(i.notified_at), 'deadline', iso_instant(i.deadline),
                                    'deadlineSolarHijri', i.last_day_solar_hijri, 'daysLeft', days_left(i.last_day),
                                    'paused', i.paused_at IS NOT NULL) $$;
