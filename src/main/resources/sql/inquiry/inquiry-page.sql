-- A page of the inquiries' list (InquiryReader.PAGE), in the list's order: the open ones by
-- deadline, then the rest latest first. Each part is read in the order of an index from the place
-- the page starts after (keyset paging: openAfter, the deadline and id of the open inquiry it
-- follows, or -infinity; restBefore, those of the other inquiry it follows, or infinity) up to
-- the page's last row; offset skips the pages before this one when a page is asked for by its
-- number alone. The id breaks ties of deadline, so that a place is one row. The view's columns
-- come before; the first argument is who may see which inquiries, and the states.
 FROM unnest(ARRAY(
     SELECT id FROM (
         (SELECT i.id, 0 AS part, i.deadline FROM inquiry i %1$s
            AND i.status = 'OPEN' AND inquiry_status(i.status, i.paused_at, i.deadline) = 'OPEN'
            AND (CAST(:due AS int) IS NULL OR (i.paused_at IS NULL AND days_left(i.last_day) <= :due))
            AND (i.deadline, i.id) > (CAST(:openAfter AS timestamptz), CAST(:openAfterId AS uuid))
          ORDER BY i.deadline, i.id
          LIMIT :limit + :offset)
         UNION ALL
         (SELECT i.id, 1 AS part, i.deadline FROM inquiry i %1$s
            AND inquiry_status(i.status, i.paused_at, i.deadline) <> 'OPEN'
            AND CAST(:due AS int) IS NULL
            AND (i.deadline, i.id) < (CAST(:restBefore AS timestamptz), CAST(:restBeforeId AS uuid))
          ORDER BY i.deadline DESC, i.id DESC
          LIMIT :limit + :offset)
     ) parts
     ORDER BY part, CASE part WHEN 0 THEN deadline END, CASE part WHEN 0 THEN id END, deadline DESC, id DESC
     LIMIT :limit OFFSET :offset)) WITH ORDINALITY AS page (id, n)
 JOIN inquiry i ON i.id = page.id
 JOIN application a ON a.id = i.application_id
 ORDER BY page.n
