CREATE TABLE "criminal_case" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"number" text NOT NULL,
	"opened_on" date NOT NULL,
	"summary" text NOT NULL,
	"charges" jsonb NOT NULL,
	"articles" text[] DEFAULT '{}'::text[] NOT NULL,
	"severity" text,
	"suspects" jsonb NOT NULL,
	"project_id" uuid,
	"status" text DEFAULT 'investigating' NOT NULL,
	"status_since" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peak_campaign" (
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
	"decision_number" text,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"unit_ids" uuid[] NOT NULL,
	"targets" jsonb NOT NULL,
	"summary" text
);
--> statement-breakpoint
CREATE TABLE "seizure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"on" date NOT NULL,
	"drug_type" text NOT NULL,
	"measure" text NOT NULL,
	"quantity" numeric(16, 3) NOT NULL,
	"family" text NOT NULL,
	"base_quantity" numeric(19, 3) NOT NULL,
	"note" text,
	"agency_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "special_project" (
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
	"decision_number" text,
	"period_from" date NOT NULL,
	"period_to" date,
	"ring_id" uuid,
	"summary" text,
	"status" text DEFAULT 'active' NOT NULL,
	"status_since" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "criminal_case" ADD CONSTRAINT "criminal_case_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_case" ADD CONSTRAINT "criminal_case_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_case" ADD CONSTRAINT "criminal_case_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_case" ADD CONSTRAINT "criminal_case_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_case" ADD CONSTRAINT "criminal_case_project_id_special_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."special_project"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peak_campaign" ADD CONSTRAINT "peak_campaign_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peak_campaign" ADD CONSTRAINT "peak_campaign_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peak_campaign" ADD CONSTRAINT "peak_campaign_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peak_campaign" ADD CONSTRAINT "peak_campaign_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seizure" ADD CONSTRAINT "seizure_case_id_criminal_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."criminal_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seizure" ADD CONSTRAINT "seizure_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seizure" ADD CONSTRAINT "seizure_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seizure" ADD CONSTRAINT "seizure_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_project" ADD CONSTRAINT "special_project_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_project" ADD CONSTRAINT "special_project_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_project" ADD CONSTRAINT "special_project_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_project" ADD CONSTRAINT "special_project_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "special_project" ADD CONSTRAINT "special_project_ring_id_ring_id_fk" FOREIGN KEY ("ring_id") REFERENCES "public"."ring"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "criminal_case_unit_opened_idx" ON "criminal_case" USING btree ("unit_id","opened_on");--> statement-breakpoint
CREATE INDEX "criminal_case_opened_idx" ON "criminal_case" USING btree ("opened_on");--> statement-breakpoint
CREATE INDEX "criminal_case_project_idx" ON "criminal_case" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "peak_campaign_unit_idx" ON "peak_campaign" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "peak_campaign_period_idx" ON "peak_campaign" USING btree ("period_from");--> statement-breakpoint
CREATE INDEX "seizure_case_idx" ON "seizure" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "seizure_on_idx" ON "seizure" USING btree ("on","unit_id");--> statement-breakpoint
CREATE INDEX "special_project_unit_idx" ON "special_project" USING btree ("unit_id");