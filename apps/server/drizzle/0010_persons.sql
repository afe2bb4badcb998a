CREATE TABLE "addiction_determination" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"determined_on" date NOT NULL,
	"trigger" text NOT NULL,
	"performed_by" text NOT NULL,
	"result" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "addiction_determination_result" CHECK ("addiction_determination"."result" in ('addicted', 'not_addicted'))
);
--> statement-breakpoint
CREATE TABLE "drug_test" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"tested_on" date NOT NULL,
	"method" text NOT NULL,
	"substances" text[] DEFAULT '{}'::text[] NOT NULL,
	"result" text NOT NULL,
	"performed_by" text,
	"reason" text,
	"during_measure_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "drug_test_result" CHECK ("drug_test"."result" in ('positive', 'negative'))
);
--> statement-breakpoint
CREATE TABLE "measure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"status_since" date NOT NULL,
	"regime" text NOT NULL,
	"rule_set_id" text NOT NULL,
	"rule_set_version" text NOT NULL,
	"occurrence" integer DEFAULT 1 NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"decider" text,
	"decider_level" text,
	"facility" text,
	"start_on" date,
	"duration_months" integer,
	"end_on" date,
	"next_review_on" date,
	"reduction_months" integer,
	"suspended_days" integer DEFAULT 0 NOT NULL,
	"suspended_since" date,
	"early_end_on" date,
	"end_reason" text,
	"early_end_reason" text,
	"completion_certificate" text,
	"completion_on" date,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "measure_period_order" CHECK ("measure"."end_on" is null or "measure"."start_on" is null or "measure"."end_on" >= "measure"."start_on")
);
--> statement-breakpoint
CREATE TABLE "measure_review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"outcome" text NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person" (
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
	"name_fold" text GENERATED ALWAYS AS (pcmt_fold(full_name)) STORED,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"aliases_fold" text DEFAULT '' NOT NULL,
	"birth_date" date,
	"birth_precision" text,
	"sex" text NOT NULL,
	"ethnicity" text,
	"cccd_sealed" text,
	"cccd_index" text,
	"cccd_mask" text,
	"health_sealed" text,
	"residence_address" text,
	"residence_since" date,
	"education" text,
	"occupation" text,
	"substances" text[] DEFAULT '{}'::text[] NOT NULL,
	"first_use_year" integer,
	"first_substance" text,
	"photo_attachment_id" uuid,
	"management_file" boolean DEFAULT false NOT NULL,
	"criminal_record" boolean DEFAULT false NOT NULL,
	"administrative_record" boolean DEFAULT false NOT NULL,
	"mobility" text,
	"drug_status" text DEFAULT 'none' NOT NULL,
	"drug_status_since" date,
	"notes" text,
	"dup_key" text NOT NULL,
	"merged_into_id" uuid,
	CONSTRAINT "person_birth_precision" CHECK ("person"."birth_precision" in ('day', 'year')),
	CONSTRAINT "person_sex" CHECK ("person"."sex" in ('male', 'female'))
);
--> statement-breakpoint
CREATE TABLE "person_residence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"address" text,
	"from_on" date NOT NULL,
	"to_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_status" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date,
	"basis" text NOT NULL,
	"source_kind" text,
	"source_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_status_order" CHECK ("person_status"."to_on" is null or "person_status"."to_on" >= "person_status"."from_on")
);
--> statement-breakpoint
CREATE TABLE "ring" (
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
	"name_fold" text GENERATED ALWAYS AS (pcmt_fold(name)) STORED,
	"description" text,
	"detected_on" date,
	"dismantled_on" date,
	CONSTRAINT "ring_kind" CHECK ("ring"."kind" in ('network', 'group'))
);
--> statement-breakpoint
CREATE TABLE "ring_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ring_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text,
	"from_on" date,
	"to_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "addiction_determination" ADD CONSTRAINT "addiction_determination_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "addiction_determination" ADD CONSTRAINT "addiction_determination_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drug_test" ADD CONSTRAINT "drug_test_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drug_test" ADD CONSTRAINT "drug_test_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure" ADD CONSTRAINT "measure_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_review" ADD CONSTRAINT "measure_review_measure_id_measure_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."measure"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_review" ADD CONSTRAINT "measure_review_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_photo_attachment_id_attachment_id_fk" FOREIGN KEY ("photo_attachment_id") REFERENCES "public"."attachment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_merged_into_id_person_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_residence" ADD CONSTRAINT "person_residence_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_residence" ADD CONSTRAINT "person_residence_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_residence" ADD CONSTRAINT "person_residence_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_status" ADD CONSTRAINT "person_status_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_status" ADD CONSTRAINT "person_status_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ring" ADD CONSTRAINT "ring_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ring" ADD CONSTRAINT "ring_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ring" ADD CONSTRAINT "ring_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ring" ADD CONSTRAINT "ring_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ring_member" ADD CONSTRAINT "ring_member_ring_id_ring_id_fk" FOREIGN KEY ("ring_id") REFERENCES "public"."ring"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ring_member" ADD CONSTRAINT "ring_member_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ring_member" ADD CONSTRAINT "ring_member_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "addiction_determination_person_idx" ON "addiction_determination" USING btree ("person_id","determined_on");--> statement-breakpoint
CREATE INDEX "drug_test_person_idx" ON "drug_test" USING btree ("person_id","tested_on");--> statement-breakpoint
CREATE INDEX "measure_person_idx" ON "measure" USING btree ("person_id","start_on");--> statement-breakpoint
CREATE INDEX "measure_status_end_idx" ON "measure" USING btree ("status","end_on");--> statement-breakpoint
CREATE INDEX "measure_review_measure_idx" ON "measure_review" USING btree ("measure_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "person_unit_idx" ON "person" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "person_status_idx" ON "person" USING btree ("drug_status");--> statement-breakpoint
CREATE INDEX "person_name_fold_trgm_idx" ON "person" USING gin ("name_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_aliases_fold_trgm_idx" ON "person" USING gin ("aliases_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_birth_idx" ON "person" USING btree ("birth_date");--> statement-breakpoint
CREATE INDEX "person_dup_key_idx" ON "person" USING btree ("dup_key");--> statement-breakpoint
CREATE UNIQUE INDEX "person_cccd_index_uq" ON "person" USING btree ("cccd_index") WHERE "person"."cccd_index" is not null and "person"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "person_residence_person_idx" ON "person_residence" USING btree ("person_id","from_on");--> statement-breakpoint
CREATE INDEX "person_residence_unit_idx" ON "person_residence" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "person_status_person_idx" ON "person_status" USING btree ("person_id","from_on");--> statement-breakpoint
CREATE INDEX "person_status_open_idx" ON "person_status" USING btree ("status") WHERE "person_status"."to_on" is null;--> statement-breakpoint
CREATE INDEX "ring_unit_idx" ON "ring" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "ring_name_fold_trgm_idx" ON "ring" USING gin ("name_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ring_member_ring_idx" ON "ring_member" USING btree ("ring_id");--> statement-breakpoint
CREATE INDEX "ring_member_person_idx" ON "ring_member" USING btree ("person_id");