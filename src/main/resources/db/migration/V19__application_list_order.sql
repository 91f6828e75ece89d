-- The applications list's order (Applications.PAGE): the pending ones first by receipt, then the
-- rest latest first. An index in that order lets a page stop at its last row; without it, each
-- page of 300,000 applications sorted them all (70 ms for the officer's first page).
CREATE INDEX application_list_order_idx ON application (
    (CASE WHEN status IN ('SUBMITTED', 'UNDER_CONSULTATION', 'READY_FOR_DECISION') THEN receipt END) NULLS LAST,
    receipt DESC);
