CREATE TABLE "narcotic_plant" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"species" text NOT NULL,
	"species_name" text,
	"detected_on" date NOT NULL,
	"place" text NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"area_m2" numeric(12, 2),
	"plant_count" integer,
	"growth_stage" text,
	"detected_by" text NOT NULL,
	"grower_name" text,
	"grower_person_id" uuid,
	"case_id" uuid,
	"notes" text,
	"status" text DEFAULT 'detected' NOT NULL,
	"status_since" date NOT NULL,
	"destroyed_on" date,
	"destruction_method" text,
	"destroyed_by" text,
	"witnesses" text,
	"record_number" text,
	"area_destroyed_m2" numeric(12, 2),
	"plants_destroyed" integer,
	"handed_over_on" date,
	"receiver" text,
	"search_fold" text GENERATED ALWAYS AS (pcmt_fold(coalesce(place, '') || ' ' || coalesce(grower_name, '') || ' ' || coalesce(species_name, ''))) STORED
);
--> statement-breakpoint
ALTER TABLE "narcotic_plant" ADD CONSTRAINT "narcotic_plant_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narcotic_plant" ADD CONSTRAINT "narcotic_plant_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narcotic_plant" ADD CONSTRAINT "narcotic_plant_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narcotic_plant" ADD CONSTRAINT "narcotic_plant_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narcotic_plant" ADD CONSTRAINT "narcotic_plant_grower_person_id_person_id_fk" FOREIGN KEY ("grower_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narcotic_plant" ADD CONSTRAINT "narcotic_plant_case_id_criminal_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."criminal_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "narcotic_plant_unit_detected_idx" ON "narcotic_plant" USING btree ("unit_id","detected_on");--> statement-breakpoint
CREATE INDEX "narcotic_plant_detected_idx" ON "narcotic_plant" USING btree ("detected_on");--> statement-breakpoint
CREATE INDEX "narcotic_plant_destroyed_idx" ON "narcotic_plant" USING btree ("destroyed_on");--> statement-breakpoint
CREATE INDEX "narcotic_plant_case_idx" ON "narcotic_plant" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "narcotic_plant_search_trgm_idx" ON "narcotic_plant" USING gin ("search_fold" gin_trgm_ops);