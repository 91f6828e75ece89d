-- Issues a licence: the next number, the time of issue, and the area in the licences layer, where it
-- blocks later applications at once and until its term ends (feature.ends_at). An exploration
-- licence or a withdrawal permit is issued on a granted application; a discovery certificate or an
-- exploitation licence on the licence before it (:parent), at the instant its term was computed from (:issuedAt).
WITH issued AS (
    SELECT gen_random_uuid() AS id, nextval('licence_number') AS number,
           coalesce(CAST(:issuedAt AS timestamptz), cadastre_now()) AS issued_at,
           ST_GeomFromWKB(:wkb, 4326) AS geom
),
named AS (
    SELECT * FROM (VALUES ('EXPLORATION', 'EXP-', 'Exploration licence ', 'پروانه اکتشاف '),
                          ('DISCOVERY_CERTIFICATE', 'DC-', 'Discovery certificate ', 'گواهی کشف '),
                          ('EXPLOITATION', 'EXL-', 'Exploitation licence ', 'پروانه بهره‌برداری '),
                          ('WITHDRAWAL_PERMIT', 'WP-', 'Withdrawal permit ', 'مجوز برداشت '))
        AS n (type, prefix, name, name_fa)
    WHERE n.type = :type
),
f AS (
    INSERT INTO feature (layer_id, external_id, name, name_fa, status, properties, geom, ends_at)
    SELECT 'licences', named.prefix || issued.number, named.name || issued.number, named.name_fa || issued.number,
           'ACTIVE',
           jsonb_strip_nulls(jsonb_build_object('licenceId', issued.id, 'type', :type,
                                                'applicationId', CAST(:application AS uuid),
                                                'mineral', :mineral, 'holder', :holder)),
           issued.geom, CAST(:endsAt AS timestamptz)
    FROM issued, named
    RETURNING id
)
INSERT INTO licence (id, number, application_id, parent_id, holder, type, mineral, issued_at, issued_by, geom,
                     area_m2, compensation, compensation_parcels, levy, feature_id, ends_at, last_day,
                     last_day_solar_hijri, term_years, reserve, exploration_cost_rials)
SELECT issued.id, issued.number, CAST(:application AS uuid), CAST(:parent AS uuid), :holder, :type, :mineral,
       issued.issued_at, :officer, issued.geom, :area, :compensation, :parcels::jsonb, :levy, f.id,
       CAST(:endsAt AS timestamptz), CAST(:lastDay AS date), CAST(:lastDaySolarHijri AS text),
       CAST(:termYears AS int), CAST(:reserve AS text), CAST(:cost AS numeric)
FROM issued, f
RETURNING id
