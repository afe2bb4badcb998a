CREATE TABLE "business" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"line" text NOT NULL,
	"name" text NOT NULL,
	"owner_name" text,
	"manager_name" text,
	"address" text NOT NULL,
	"unit_on" date NOT NULL,
	"certificate_number" text,
	"certificate_date" date,
	"certificate_issuer" text,
	"status" text DEFAULT 'operating' NOT NULL,
	"status_since" date NOT NULL,
	"hotspot_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"notes" text,
	"name_fold" text GENERATED ALWAYS AS (pcmt_fold(name)) STORED
);
--> statement-breakpoint
CREATE TABLE "business_inspection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"on" date NOT NULL,
	"team" text NOT NULL,
	"agencies" jsonb NOT NULL,
	"checklist" jsonb NOT NULL,
	"customers_tested" integer,
	"customers_positive" integer,
	"findings" text,
	"sanctions" jsonb NOT NULL,
	"fine_total_vnd" bigint DEFAULT 0 NOT NULL,
	"outcome" text NOT NULL,
	"failed_items" text[] DEFAULT '{}'::text[] NOT NULL,
	"follow_up_on" date,
	"agency_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "business" ADD CONSTRAINT "business_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business" ADD CONSTRAINT "business_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business" ADD CONSTRAINT "business_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business" ADD CONSTRAINT "business_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_inspection" ADD CONSTRAINT "business_inspection_business_id_business_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."business"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_inspection" ADD CONSTRAINT "business_inspection_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_inspection" ADD CONSTRAINT "business_inspection_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_unit_idx" ON "business" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "business_line_status_idx" ON "business" USING btree ("line","status");--> statement-breakpoint
CREATE INDEX "business_name_fold_trgm_idx" ON "business" USING gin ("name_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "business_inspection_business_idx" ON "business_inspection" USING btree ("business_id","on");--> statement-breakpoint
CREATE INDEX "business_inspection_on_idx" ON "business_inspection" USING btree ("on");