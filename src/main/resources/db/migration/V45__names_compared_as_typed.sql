-- Names and codes are stored as they were typed and compared by a key that is the same however
-- they were typed on an Iranian keyboard: Arabic yeh and kaf (ي ى ك) as the Persian ones (ی ک),
-- teh marbuta and heh with yeh above (ة ۀ) as heh, Persian and Arabic-Indic digits as Latin ones
-- (٫ as the decimal point), any case, and without half-spaces (ZWNJ, ZWJ), kashida, the hamza of
-- the ezafe, direction marks (LRM, RLM, ALM, embeddings, isolates), spaces, hyphens or underscores.
-- The service's Java compares by ir.cadastre.web.Names.key, which gives the same key (NamesTests
-- checks both). translate() deletes the characters of its second argument that have no
-- counterpart in its third.
CREATE FUNCTION name_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT translate(lower(name),
        E'يىكةۀ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫'
            || E'\u200C\u200D\u0640\u0654_-'
            || E'\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069'
            || E' \t\n\u000B\f\r\u001C\u001D\u001E\u001F\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005'
            || E'\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000',
        'ییکهه01234567890123456789.')
$$;
COMMENT ON FUNCTION name_key(text) IS 'A name or code as compared: equal keys are the same name however it was typed (Arabic or Persian letters and digits, half-spaces, spaces, case).';

-- A licence of the old cadastre is registered by its number there however the officer or the
-- spreadsheet types it (EXL-۱۳۹۸-۰۰۴۲ is EXL-1398-0042), still by an index (migration V40).
DROP INDEX feature_licence_number_idx;
CREATE INDEX feature_licence_number_idx ON feature (name_key(external_id)) WHERE layer_id = 'licences' AND retired_in IS NULL;
COMMENT ON INDEX feature_licence_number_idx IS 'A current licence of the licences layer by the key of its number in the old cadastre (name_key).';
