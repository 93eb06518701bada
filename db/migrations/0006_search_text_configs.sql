-- Search (issue 7). unaccent() is STABLE (it reads a dictionary chosen by search_path), so an index
-- expression cannot use it; this wrapper names the dictionary and is declared IMMUTABLE.
CREATE OR REPLACE FUNCTION peerdesk_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
-- The Spanish and English configurations with unaccent before the stemmer: documents and queries are
-- accent-insensitive, and ts_headline still highlights the original, accented text.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'peerdesk_spanish') THEN
    CREATE TEXT SEARCH CONFIGURATION peerdesk_spanish (COPY = pg_catalog.spanish);
    ALTER TEXT SEARCH CONFIGURATION peerdesk_spanish ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, spanish_stem;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'peerdesk_english') THEN
    CREATE TEXT SEARCH CONFIGURATION peerdesk_english (COPY = pg_catalog.english);
    ALTER TEXT SEARCH CONFIGURATION peerdesk_english ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;
  END IF;
END $$;
