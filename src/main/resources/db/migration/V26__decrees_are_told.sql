-- A decree that extends, pauses or resumes an Article 24 window is told to the agency asked and to
-- the applicant, as the window's opening was.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check,
    ADD CONSTRAINT notification_kind_check
        CHECK (kind IN ('INQUIRY_OPENED', 'INQUIRY_DUE_SOON', 'DEEMED_CONSENT', 'INQUIRY_WITHDRAWN', 'INQUIRY_ANSWERED',
                        'DECREE', 'DECISION', 'LICENCE', 'AUDIT_ANCHOR'));
