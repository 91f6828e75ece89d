-- Records an accepted application: its receipt (the next number, taken while the claim locks
-- are held, so that priority follows acceptance), the database's time of acceptance, and its
-- area in the applications layer, where it blocks later applications at once. Returns nothing;
-- the caller appends the view's columns (application-view.sql) and "FROM a".
WITH accepted AS (
    SELECT gen_random_uuid() AS id, nextval('application_receipt') AS receipt, cadastre_now() AS received_at,
           ST_GeomFromWKB(:wkb, 4326) AS geom
),
claim AS (
    INSERT INTO feature (layer_id, external_id, name, name_fa, status, properties, geom)
    SELECT 'applications', accepted.receipt::text, 'Application ' || accepted.receipt,
           'درخواست ' || accepted.receipt, 'PENDING',
           jsonb_build_object('applicationId', accepted.id, 'mineral', :mineral), accepted.geom
    FROM accepted
    RETURNING id
),
a AS (
    INSERT INTO application (id, receipt, received_at, status, type, mineral, applicant, geom, area_m2,
                             requested_area_m2, trimmed, overlap_report, consulted_agencies, compensation, levy,
                             feature_id, idempotency_key, request_hash)
    SELECT accepted.id, accepted.receipt, accepted.received_at, :status, :type, :mineral, :applicant, accepted.geom,
           :area, :requestedArea, :trimmed, :report::jsonb, string_to_array(:agencies, ','), :compensation, :levy,
           claim.id, :idempotencyKey, :requestHash
    FROM accepted, claim
    RETURNING *
)
