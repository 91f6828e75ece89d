-- Enters licences issued before the service into the register, one for each position of the
-- arrays, from their features (:features) in the licences layer, which keep blocking their land,
-- now until each licence's term ends (feature.ends_at), and carry the register's id like the
-- features of issued licences. The licences take their numbers in the arrays' order. One
-- statement for a whole register file: a statement a licence cost a round trip and an index
-- update each.
WITH registration AS (
    SELECT *
    FROM unnest(CAST(:features AS bigint[]), CAST(:holders AS text[]), CAST(:types AS text[]),
                CAST(:minerals AS text[]), CAST(:issuedAt AS timestamptz[]), CAST(:areas AS float8[]),
                CAST(:compensations AS boolean[]), CAST(:parcels AS jsonb[]), CAST(:levies AS boolean[]),
                CAST(:endsAt AS timestamptz[]), CAST(:lastDays AS date[]), CAST(:lastDaysSolarHijri AS text[]),
                CAST(:termYears AS int[]), CAST(:reserves AS text[]), CAST(:costs AS numeric[]))
         WITH ORDINALITY AS r (feature, holder, type, mineral, issued_at, area, compensation, parcels, levy,
                               ends_at, last_day, last_day_solar_hijri, term_years, reserve, cost, n)
),
registered AS (
    INSERT INTO licence (holder, type, mineral, issued_at, issued_by, geom, area_m2, compensation,
                         compensation_parcels, levy, feature_id, ends_at, last_day, last_day_solar_hijri,
                         term_years, reserve, exploration_cost_rials, registered_at)
    SELECT r.holder, r.type, r.mineral, r.issued_at, :officer, f.geom, r.area, r.compensation, r.parcels, r.levy,
           f.id, r.ends_at, r.last_day, r.last_day_solar_hijri, r.term_years, r.reserve, r.cost, cadastre_now()
    FROM registration r JOIN feature f ON f.id = r.feature
    ORDER BY r.n
    RETURNING id, number, feature_id
)
UPDATE feature f
SET ends_at = r.ends_at, status = 'ACTIVE',
    properties = f.properties || jsonb_build_object('licenceId', g.id, 'type', r.type, 'mineral', r.mineral,
                                                    'holder', r.holder)
FROM registered g JOIN registration r ON r.feature = g.feature_id
WHERE f.id = g.feature_id
RETURNING g.id, g.number, g.feature_id
