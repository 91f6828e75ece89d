-- Notices in the language each reader chose, Persian or English, and read in the service as
-- well as by e-mail.

ALTER TABLE app_user
    ADD COLUMN language text NOT NULL DEFAULT 'fa' CHECK (language IN ('fa', 'en')),
    ADD COLUMN notices_seen bigint NOT NULL DEFAULT 0;
COMMENT ON COLUMN app_user.language IS 'The language the user is sent notices in by e-mail, and reads them in where no other is asked for: fa (Persian, the default) or en.';
COMMENT ON COLUMN app_user.notices_seen IS 'The newest notification the user has seen in the service; later ones addressed to the user (or the user''s agency) are unread.';

-- Each notification is written in both languages when it is made, so that it reads the same
-- later, whatever the catalogue of texts has become.
ALTER TABLE notification ADD COLUMN subject_fa text, ADD COLUMN body_fa text;
UPDATE notification SET subject_fa = subject, body_fa = body;
ALTER TABLE notification ALTER COLUMN subject_fa SET NOT NULL, ALTER COLUMN body_fa SET NOT NULL;
COMMENT ON COLUMN notification.subject IS 'The subject in English.';
COMMENT ON COLUMN notification.body IS 'The message in English.';
COMMENT ON COLUMN notification.subject_fa IS 'The subject in Persian (notifications made before V22: in English).';
COMMENT ON COLUMN notification.body_fa IS 'The message in Persian (notifications made before V22: in English).';

-- An agency is notified of each inquiry (Art. 24: its window runs from then), and when the
-- application is withdrawn (V23); the applicant of each answer and each deemed consent.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check,
    ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('INQUIRY_OPENED', 'INQUIRY_DUE_SOON', 'DEEMED_CONSENT', 'INQUIRY_WITHDRAWN', 'INQUIRY_ANSWERED',
                        'DECISION', 'LICENCE', 'AUDIT_ANCHOR'));

-- A user's notices, newest first: those to the user and those to the user's agency.
CREATE INDEX notification_recipient_idx ON notification (recipient, id);
COMMENT ON TABLE notification IS 'Notices to users and agencies, one row per event told, written in the transaction that caused it, in Persian and English; read in the service (GET /api/v1/notifications) and delivered by e-mail when that is configured.';
