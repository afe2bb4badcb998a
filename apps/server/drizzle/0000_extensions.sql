-- Extensions first: drizzle-kit never emits CREATE EXTENSION, and PGlite must be given them at construction.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
