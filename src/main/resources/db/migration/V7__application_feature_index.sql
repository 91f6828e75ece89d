-- Removing a feature from the applications layer (a withdrawal, a decision) must find the
-- application that points at it; without this index that is a scan of every application.
CREATE INDEX application_feature_idx ON application (feature_id);
