-- The person name search's keys: every prefix of every word (run of letters and digits) of a folded text, so a
-- typed word ("hoa", "ng") is one exact GIN key and a common name costs its rarest word's posting list instead of
-- the trigram index's intersection of a third of the register. IMMUTABLE like pcmt_fold: built from immutable
-- functions only; the word split is the one the search applies to the typed text (same database, same locale).
CREATE OR REPLACE FUNCTION pcmt_word_prefixes(text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT coalesce(array_agg(DISTINCT left(w, n)), '{}') FROM regexp_split_to_table($1, '[^[:alnum:]]+') AS w, generate_series(1, length(w)) AS n WHERE w <> '' $$;--> statement-breakpoint
CREATE INDEX "person_name_words_idx" ON "person" USING gin (pcmt_word_prefixes(("name_fold" || ' ' || "aliases_fold")));--> statement-breakpoint
-- Statistics of the new expression now (the planner estimates the words from them), not at the next autoanalyze.
ANALYZE "person";
