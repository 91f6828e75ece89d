-- A notice and a layer's version are dated by the service's clock, cadastre_now(), as the
-- inquiries, decisions and licences they tell of are. Dated by the computer's clock instead, a
-- service whose clock is fixed (a demonstration, an acceptance test) showed notices sent months
-- before or after what they told of, and the hourly sweep compared an import's real date with the
-- fixed one: under a clock fixed a year ahead it removed the findings of an import made that day.
-- Without a fixed clock, cadastre_now() is clock_timestamp(), as before.
ALTER TABLE notification ALTER COLUMN created_at SET DEFAULT cadastre_now();
COMMENT ON COLUMN notification.created_at IS 'When the notice was written, by the service''s clock (cadastre_now()).';

ALTER TABLE layer_version ALTER COLUMN created_at SET DEFAULT cadastre_now();
COMMENT ON COLUMN layer_version.created_at IS 'When the version was loaded, by the service''s clock (cadastre_now()); its findings are kept from then (FindingRetention).';
