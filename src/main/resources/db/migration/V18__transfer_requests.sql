-- A holder asks the ministry to transfer a discovery certificate (within its year, Art. 7) or an
-- exploitation licence (Art. 10 note 3) to a named applicant; an officer approves it (the transfer)
-- or refuses it, with a reason.

ALTER TABLE licence
    ADD COLUMN transfer_to text REFERENCES app_user (username),
    ADD COLUMN transfer_asked_at timestamptz,
    ADD COLUMN transfer_note text,
    ADD CONSTRAINT licence_transfer_asked CHECK ((transfer_to IS NULL) = (transfer_asked_at IS NULL));
COMMENT ON COLUMN licence.transfer_to IS 'The applicant the holder asked the ministry to transfer the licence to (Art. 7; Art. 10 note 3), while the ministry has not decided; NULL otherwise.';
COMMENT ON COLUMN licence.transfer_asked_at IS 'When the holder asked for that transfer.';
COMMENT ON COLUMN licence.transfer_note IS 'What the holder wrote with it.';
