CREATE TABLE "prestigious_engagement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"on" date NOT NULL,
	"kind" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"content" text NOT NULL,
	"persons_persuaded" integer,
	"result" text,
	"agency_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prestigious_person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"full_name" text NOT NULL,
	"role" text NOT NULL,
	"religion" text,
	"title" text,
	"ethnicity" text,
	"birth_year" integer,
	"village" text,
	"decision_number" text,
	"decision_date" date,
	"phone" text,
	"notes" text,
	"status" text DEFAULT 'active' NOT NULL,
	"status_since" date NOT NULL,
	"name_fold" text GENERATED ALWAYS AS (pcmt_fold(full_name)) STORED
);
--> statement-breakpoint
CREATE TABLE "prevention_model" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"other_unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"started_on" date NOT NULL,
	"host_agency" text NOT NULL,
	"members_count" integer,
	"members" text,
	"evaluation" text,
	"rating" text,
	"notes" text,
	"status" text DEFAULT 'active' NOT NULL,
	"status_since" date NOT NULL,
	"name_fold" text GENERATED ALWAYS AS (pcmt_fold(name)) STORED
);
--> statement-breakpoint
CREATE TABLE "prevention_model_result" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" uuid NOT NULL,
	"on" date NOT NULL,
	"content" text NOT NULL,
	"events_held" integer,
	"participants" integer,
	"persons_persuaded" integer,
	"agency_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "prestigious_engagement" ADD CONSTRAINT "prestigious_engagement_person_id_prestigious_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."prestigious_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prestigious_engagement" ADD CONSTRAINT "prestigious_engagement_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prestigious_engagement" ADD CONSTRAINT "prestigious_engagement_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prestigious_engagement" ADD CONSTRAINT "prestigious_engagement_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prestigious_person" ADD CONSTRAINT "prestigious_person_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prestigious_person" ADD CONSTRAINT "prestigious_person_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prestigious_person" ADD CONSTRAINT "prestigious_person_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prestigious_person" ADD CONSTRAINT "prestigious_person_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_model" ADD CONSTRAINT "prevention_model_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_model" ADD CONSTRAINT "prevention_model_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_model" ADD CONSTRAINT "prevention_model_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_model" ADD CONSTRAINT "prevention_model_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_model_result" ADD CONSTRAINT "prevention_model_result_model_id_prevention_model_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."prevention_model"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_model_result" ADD CONSTRAINT "prevention_model_result_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prevention_model_result" ADD CONSTRAINT "prevention_model_result_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prestigious_engagement_person_idx" ON "prestigious_engagement" USING btree ("person_id","on");--> statement-breakpoint
CREATE INDEX "prestigious_engagement_unit_on_idx" ON "prestigious_engagement" USING btree ("unit_id","on");--> statement-breakpoint
CREATE INDEX "prestigious_person_unit_idx" ON "prestigious_person" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "prestigious_person_name_fold_trgm_idx" ON "prestigious_person" USING gin ("name_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "prevention_model_unit_idx" ON "prevention_model" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "prevention_model_other_units_idx" ON "prevention_model" USING gin ("other_unit_ids");--> statement-breakpoint
CREATE INDEX "prevention_model_name_fold_trgm_idx" ON "prevention_model" USING gin ("name_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "prevention_model_result_model_idx" ON "prevention_model_result" USING btree ("model_id","on");--> statement-breakpoint
CREATE INDEX "prevention_model_result_on_idx" ON "prevention_model_result" USING btree ("on");