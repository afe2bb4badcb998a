CREATE TABLE "commune_classification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"as_of" date NOT NULL,
	"indicator_id" uuid,
	"period_from" date,
	"period_to" date,
	"commune_class" text NOT NULL,
	"rule_set_id" text NOT NULL,
	"rule_set_version" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"explanation" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commune_indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"population" integer,
	"persons_with_records" integer,
	"addicts" integer,
	"drug_use_venue_count" integer,
	"arrested_offenders" integer,
	"plant_count" integer,
	"plant_area_m2" double precision,
	"on_key_route" boolean,
	"source_note" text
);
--> statement-breakpoint
CREATE TABLE "key_area" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'designated' NOT NULL,
	"commune_class" text NOT NULL,
	"basis_classification_id" uuid NOT NULL,
	"decision_number" text NOT NULL,
	"decision_date" date NOT NULL,
	"decision_issuer" text NOT NULL,
	"note" text,
	"citations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"removal_decision_number" text,
	"removal_date" date,
	"removal_reason" text
);
--> statement-breakpoint
ALTER TABLE "commune_classification" ADD CONSTRAINT "commune_classification_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_classification" ADD CONSTRAINT "commune_classification_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_classification" ADD CONSTRAINT "commune_classification_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_classification" ADD CONSTRAINT "commune_classification_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_classification" ADD CONSTRAINT "commune_classification_indicator_id_commune_indicator_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."commune_indicator"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_indicator" ADD CONSTRAINT "commune_indicator_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_indicator" ADD CONSTRAINT "commune_indicator_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_indicator" ADD CONSTRAINT "commune_indicator_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_indicator" ADD CONSTRAINT "commune_indicator_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_area" ADD CONSTRAINT "key_area_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_area" ADD CONSTRAINT "key_area_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_area" ADD CONSTRAINT "key_area_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_area" ADD CONSTRAINT "key_area_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_area" ADD CONSTRAINT "key_area_basis_classification_id_commune_classification_id_fk" FOREIGN KEY ("basis_classification_id") REFERENCES "public"."commune_classification"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commune_classification_unit_idx" ON "commune_classification" USING btree ("unit_id","as_of");--> statement-breakpoint
CREATE INDEX "commune_classification_class_idx" ON "commune_classification" USING btree ("commune_class","as_of");--> statement-breakpoint
CREATE INDEX "commune_classification_as_of_idx" ON "commune_classification" USING btree ("as_of");--> statement-breakpoint
CREATE UNIQUE INDEX "commune_indicator_unit_period_key" ON "commune_indicator" USING btree ("unit_id","period_from");--> statement-breakpoint
CREATE INDEX "commune_indicator_period_idx" ON "commune_indicator" USING btree ("period_from","period_to");--> statement-breakpoint
CREATE UNIQUE INDEX "key_area_active_unit_key" ON "key_area" USING btree ("unit_id") WHERE "key_area"."status" = 'designated';--> statement-breakpoint
CREATE INDEX "key_area_unit_idx" ON "key_area" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "key_area_status_idx" ON "key_area" USING btree ("status","decision_date");--> statement-breakpoint
CREATE INDEX "key_area_class_idx" ON "key_area" USING btree ("commune_class");