-- Stores DEEMED_CONSENT on the unanswered inquiries whose windows have closed, a batch of
-- applications at a time. Every change to an inquiry first locks its application's row;
-- SKIP LOCKED lets several service instances sweep at once, each application by one of them,
-- and never blocks on an answer in flight (which is decided by its own time of receipt).
WITH due AS (
    SELECT a.id FROM application a
    WHERE a.id IN (SELECT application_id FROM inquiry
                   WHERE status = 'OPEN' AND paused_at IS NULL AND deadline <= cadastre_now())
      AND (CAST(:application AS uuid) IS NULL OR a.id = :application)
    ORDER BY a.id
    LIMIT :batch
    FOR UPDATE OF a SKIP LOCKED
)
UPDATE inquiry i SET status = 'DEEMED_CONSENT', deemed_at = i.deadline
FROM due, application a, agency g
WHERE i.application_id = due.id AND i.status = 'OPEN' AND i.paused_at IS NULL AND i.deadline <= cadastre_now()
  AND a.id = due.id AND g.id = i.agency_id
RETURNING i.id, i.application_id, i.agency_id, i.deadline, i.last_day_solar_hijri, a.applicant, a.receipt, g.name,
          g.name_fa
