-- Licences issued before the service, by the old cadastre: GIS staff import their areas into the
-- licences layer, where they block applications; an officer then enters each into the register
-- with its holder, kind, mineral and term, so that it lives as the service's own licences do
-- (renewal, transfer, closure, the end of its term) and its holder sees it.

ALTER TABLE licence
    ADD COLUMN registered_at timestamptz,
    DROP CONSTRAINT licence_origin,
    ADD CONSTRAINT licence_origin CHECK (num_nonnulls(application_id, parent_id, registered_at) = 1);
COMMENT ON COLUMN licence.registered_at IS 'When a licence issued before the service was entered into the register from its feature in the licences layer (issued_at is then its day of issue, issued_by the officer who registered it); NULL for a licence the service issued.';
CREATE UNIQUE INDEX licence_feature_idx ON licence (feature_id);
COMMENT ON INDEX licence_feature_idx IS 'A feature of the licences layer is at most one licence of the register.';
