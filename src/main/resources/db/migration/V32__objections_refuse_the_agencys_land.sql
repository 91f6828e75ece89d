-- Article 24: the licence must keep to the laws the consulted agency enforces on its land. An
-- objection therefore refuses the agency's land in the application (every overlap the inquiry
-- lists, to its features' exact boundaries), as a partial objection refuses the part it gives; the
-- grantable area is the application minus both. Before this, an objection refused nothing, and a
-- grant took in the agency's land.
ALTER TABLE inquiry
    DROP CONSTRAINT inquiry_refused,
    ADD CONSTRAINT inquiry_refused
        CHECK ((status <> 'PARTIALLY_OBJECTED' OR refused_geom IS NOT NULL)
               AND (refused_geom IS NULL OR status IN ('OBJECTED', 'PARTIALLY_OBJECTED')));
COMMENT ON COLUMN inquiry.refused_geom IS 'The part of the application the agency refused: the part a partial objection gives, or the agency''s land in the application for an objection (none for an objection recorded on an application decided before V32).';

-- The objections on applications still pending refuse their agencies' land now; those of decided
-- applications stay as they were decided.
UPDATE inquiry i
SET refused_geom = ST_Multi(ST_CollectionExtract(ST_Intersection(
        (SELECT ST_Union(f.geom) FROM feature f
         WHERE f.id IN (SELECT CAST(o ->> 'featureId' AS bigint) FROM jsonb_array_elements(i.agency_overlaps) o)),
        a.geom), 3))
FROM application a
WHERE a.id = i.application_id AND i.status = 'OBJECTED'
  AND a.status IN ('SUBMITTED', 'UNDER_CONSULTATION', 'READY_FOR_DECISION');
