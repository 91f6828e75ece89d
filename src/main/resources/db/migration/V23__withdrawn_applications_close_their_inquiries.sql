-- An application withdrawn while its Article 24 inquiries are open closes them (WITHDRAWN): the
-- agencies need not answer, and no consent is deemed for an application no longer asked for.
ALTER TABLE inquiry
    DROP CONSTRAINT inquiry_status_check,
    ADD CONSTRAINT inquiry_status_check
        CHECK (status IN ('OPEN', 'CONSENTED', 'OBJECTED', 'PARTIALLY_OBJECTED', 'DEEMED_CONSENT', 'WITHDRAWN')),
    DROP CONSTRAINT inquiry_answer,
    ADD CONSTRAINT inquiry_answer CHECK ((status IN ('OPEN', 'DEEMED_CONSENT', 'WITHDRAWN')) = (answered_at IS NULL));
COMMENT ON COLUMN inquiry.status IS 'OPEN; CONSENTED, OBJECTED or PARTIALLY_OBJECTED (answered); DEEMED_CONSENT (the window closed unanswered); WITHDRAWN (the application was withdrawn while the window was open).';

-- The inquiries left open by applications withdrawn before this: those whose window was still
-- open then. One that had closed unanswered before the withdrawal was a deemed consent, which
-- the sweeping job records.
UPDATE inquiry i SET status = 'WITHDRAWN'
FROM application a
WHERE a.id = i.application_id AND a.status = 'WITHDRAWN' AND i.status = 'OPEN'
  AND (i.paused_at IS NOT NULL OR i.deadline > a.withdrawn_at);
