-- An application whose inquiries are all answered or deemed is ready for a decision.
UPDATE application a SET status = 'READY_FOR_DECISION'
WHERE a.id = ANY (CAST(:applications AS uuid[])) AND a.status = 'UNDER_CONSULTATION'
  AND NOT EXISTS (SELECT 1 FROM inquiry i WHERE i.application_id = a.id AND i.status = 'OPEN')
