CREATE TABLE "hotspot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"behaviours" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'detected' NOT NULL,
	"status_since" date NOT NULL,
	"detected_on" date NOT NULL,
	"watch_until" date,
	"lat" double precision,
	"lng" double precision,
	"address" text,
	"description" text,
	"responsible_officer" text,
	"linked_persons" text,
	"linked_businesses" text,
	"sellers" integer,
	"users" integer,
	"citations" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotspot_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hotspot_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"on" date NOT NULL,
	"reason" text NOT NULL,
	"citation" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hotspot" ADD CONSTRAINT "hotspot_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotspot" ADD CONSTRAINT "hotspot_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotspot" ADD CONSTRAINT "hotspot_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotspot" ADD CONSTRAINT "hotspot_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotspot_event" ADD CONSTRAINT "hotspot_event_hotspot_id_hotspot_id_fk" FOREIGN KEY ("hotspot_id") REFERENCES "public"."hotspot"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotspot_event" ADD CONSTRAINT "hotspot_event_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hotspot_unit_idx" ON "hotspot" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "hotspot_status_idx" ON "hotspot" USING btree ("status","detected_on");--> statement-breakpoint
CREATE INDEX "hotspot_detected_idx" ON "hotspot" USING btree ("detected_on");--> statement-breakpoint
CREATE INDEX "hotspot_event_hotspot_idx" ON "hotspot_event" USING btree ("hotspot_id","on");--> statement-breakpoint
CREATE INDEX "hotspot_event_to_idx" ON "hotspot_event" USING btree ("to_status","on");--> statement-breakpoint
-- Accent- and case-folded text for search ("dak ha" finds "Đăk Hà"): unaccent() is only STABLE, so an index
-- needs this IMMUTABLE wrapper naming its dictionary explicitly (the documented way to index unaccent).
CREATE OR REPLACE FUNCTION pcmt_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;--> statement-breakpoint
CREATE INDEX "hotspot_name_fold_trgm_idx" ON "hotspot" USING gin (pcmt_fold("name") gin_trgm_ops);
