-- An application rejected while some of its Article 24 windows are open closes those inquiries
-- (WITHDRAWN), as a withdrawal does: the agencies need not answer, and no consent is deemed for an
-- application already decided.
COMMENT ON COLUMN inquiry.status IS 'OPEN; CONSENTED, OBJECTED or PARTIALLY_OBJECTED (answered); DEEMED_CONSENT (the window closed unanswered); WITHDRAWN (the application was withdrawn, or rejected, while the window was open).';

-- The inquiries left open by applications rejected before this: those whose window was still open
-- then. One that had closed unanswered before the rejection was a deemed consent, which the sweeping
-- job records.
UPDATE inquiry i SET status = 'WITHDRAWN'
FROM application a
WHERE a.id = i.application_id AND a.status = 'REJECTED' AND i.status = 'OPEN'
  AND (i.paused_at IS NOT NULL OR i.deadline > a.decided_at);
