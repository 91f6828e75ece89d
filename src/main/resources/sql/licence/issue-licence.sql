-- Issues a licence on a granted area: the next number, the time of issue, and the area in the
-- licences layer, where it blocks later applications at once.
WITH issued AS (
    SELECT gen_random_uuid() AS id, nextval('licence_number') AS number, cadastre_now() AS issued_at,
           ST_GeomFromWKB(:wkb, 4326) AS geom
),
f AS (
    INSERT INTO feature (layer_id, external_id, name, name_fa, status, properties, geom)
    SELECT 'licences', 'EXP-' || issued.number, 'Exploration licence ' || issued.number,
           'پروانه اکتشاف ' || issued.number, 'ACTIVE',
           jsonb_build_object('licenceId', issued.id, 'applicationId', :application, 'mineral', :mineral,
                              'holder', :holder), issued.geom
    FROM issued
    RETURNING id
)
INSERT INTO licence (id, number, application_id, holder, type, mineral, issued_at, issued_by, geom, area_m2,
                     compensation, compensation_parcels, levy, feature_id)
SELECT issued.id, issued.number, :application, :holder, :type, :mineral, issued.issued_at, :officer, issued.geom,
       :area, :compensation, :parcels::jsonb, :levy, f.id
FROM issued, f
RETURNING id
