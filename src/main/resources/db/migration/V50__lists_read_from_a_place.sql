-- The inquiries' list is read in two parts, each in the order of an index from the place a page
-- starts after (keyset paging, InquiryReader.PAGE): the open ones by deadline, then the rest
-- latest first. The id breaks ties of deadline, so that a place is one row of the index. Before,
-- a page far into the list skipped every inquiry before it (1.8 s at 1.1 million inquiries), and
-- the officer's first page sorted every inquiry (0.9-1.2 s).
DROP INDEX inquiry_due_idx;
CREATE INDEX inquiry_due_idx ON inquiry (deadline, id) WHERE status = 'OPEN';
DROP INDEX inquiry_agency_idx;
CREATE INDEX inquiry_agency_idx ON inquiry (agency_id, deadline, id);
CREATE INDEX inquiry_deadline_idx ON inquiry (deadline, id);
COMMENT ON INDEX inquiry_deadline_idx IS 'Every inquiry latest first (read backwards), for the officers'' list of inquiries.';

-- The officer's counts of applications by state count each state in this index alone (an
-- index-only scan; Applications.counts): 28 ms at 550,000 applications, where reading every
-- application took 100-220 ms. A state change already changes an indexed expression
-- (application_list_order_idx), so this index costs no update that was heap-only before.
CREATE INDEX application_status_idx ON application (status);
