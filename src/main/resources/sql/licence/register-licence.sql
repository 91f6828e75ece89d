-- Enters a licence issued before the service into the register from its feature (:feature) in the
-- licences layer, which keeps blocking its land, now until the licence's term ends
-- (feature.ends_at), and carries the register's id like the features of issued licences.
WITH registered AS (
    INSERT INTO licence (holder, type, mineral, issued_at, issued_by, geom, area_m2, compensation,
                         compensation_parcels, levy, feature_id, ends_at, last_day, last_day_solar_hijri,
                         term_years, reserve, exploration_cost_rials, registered_at)
    SELECT :holder, :type, :mineral, :issuedAt, :officer, f.geom, :area, :compensation, :parcels::jsonb, :levy,
           f.id, CAST(:endsAt AS timestamptz), CAST(:lastDay AS date), CAST(:lastDaySolarHijri AS text),
           CAST(:termYears AS int), CAST(:reserve AS text), CAST(:cost AS numeric), cadastre_now()
    FROM feature f
    WHERE f.id = :feature
    RETURNING id, number
)
UPDATE feature f
SET ends_at = CAST(:endsAt AS timestamptz), status = 'ACTIVE',
    properties = f.properties || jsonb_build_object('licenceId', r.id, 'type', :type, 'mineral', :mineral,
                                                    'holder', :holder)
FROM registered r
WHERE f.id = :feature
RETURNING r.id, r.number
