-- A licence of the old cadastre is registered by its number there (LicenceRegistrations: the one
-- current feature of the licences layer with that external_id). Without an index each lookup read
-- every current licence of the layer, and a register of N licences sent as a spreadsheet took time
-- in N²: 10,000 of them against 20,000 in the layer, measured with ./cadastre bench registrations.
-- Partial, so that imports into the other layers (a million parcels) do not keep it.
CREATE INDEX feature_licence_number_idx ON feature (external_id) WHERE layer_id = 'licences' AND retired_in IS NULL;
COMMENT ON INDEX feature_licence_number_idx IS 'A current licence of the licences layer by its number in the old cadastre.';
