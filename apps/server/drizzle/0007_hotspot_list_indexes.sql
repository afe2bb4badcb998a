-- The list's search rechecked pcmt_fold(name) on every trigram candidate (~8 µs a row, unaccent is slow):
-- fold once on write into a stored column and index that instead (docs/BENCHMARKS.md, hotspot list).
DROP INDEX IF EXISTS "hotspot_name_fold_trgm_idx";--> statement-breakpoint
ALTER TABLE "hotspot" ADD COLUMN "name_fold" text GENERATED ALWAYS AS (pcmt_fold(name)) STORED;--> statement-breakpoint
CREATE INDEX "hotspot_name_fold_trgm_idx" ON "hotspot" USING gin ("name_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "hotspot_unlocated_idx" ON "hotspot" USING btree ("unit_id") WHERE "hotspot"."lat" is null or "hotspot"."lng" is null;