-- Each notice names what it tells of, as the audit trail names its subjects, so that its reader
-- can open that from the list. Notices made before V24 name nothing: what they told of is only in
-- their text.
ALTER TABLE notification ADD COLUMN about text
    CHECK (about ~ '^(inquiry|application|licence|audit-anchor):[0-9a-f-]+$');
COMMENT ON COLUMN notification.about IS 'What the notice tells of, as the audit trail names it: inquiry:<id>, application:<id>, licence:<id> or audit-anchor:<id>; NULL in notices made before V24.';
