CREATE TABLE "commendation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"recipient_kind" text NOT NULL,
	"collective_name" text,
	"person_name" text,
	"position" text,
	"recipient_agency" text,
	"level" text NOT NULL,
	"form" text NOT NULL,
	"proposed_on" date NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"decision_issuer" text,
	"reason" text NOT NULL,
	"achievement_type" text,
	"achievement_id" uuid,
	"amount_vnd" bigint,
	"note" text,
	"status" text DEFAULT 'proposed' NOT NULL,
	"status_since" date NOT NULL,
	"recipient_fold" text GENERATED ALWAYS AS (pcmt_fold(coalesce(collective_name, '') || ' ' || coalesce(person_name, '') || ' ' || coalesce(decision_number, ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "difficulty" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"raised_on" date NOT NULL,
	"topic" text NOT NULL,
	"content" text NOT NULL,
	"proposal" text,
	"addressed_to" text,
	"answer" text,
	"answered_by" text,
	"answered_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"status_since" date NOT NULL,
	"content_fold" text GENERATED ALWAYS AS (pcmt_fold(content || ' ' || coalesce(proposal, ''))) STORED
);
--> statement-breakpoint
CREATE TABLE "police_support" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"on" date NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"quantity" numeric(14, 3),
	"quantity_unit" text,
	"value_vnd" bigint,
	"source" text NOT NULL,
	"decision_ref" text,
	"description_fold" text GENERATED ALWAYS AS (pcmt_fold(description || ' ' || coalesce(decision_ref, ''))) STORED
);
--> statement-breakpoint
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commendation" ADD CONSTRAINT "commendation_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulty" ADD CONSTRAINT "difficulty_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulty" ADD CONSTRAINT "difficulty_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulty" ADD CONSTRAINT "difficulty_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "difficulty" ADD CONSTRAINT "difficulty_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_support" ADD CONSTRAINT "police_support_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_support" ADD CONSTRAINT "police_support_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_support" ADD CONSTRAINT "police_support_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "police_support" ADD CONSTRAINT "police_support_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commendation_unit_idx" ON "commendation" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "commendation_decision_date_idx" ON "commendation" USING btree ("decision_date");--> statement-breakpoint
CREATE INDEX "commendation_proposed_on_idx" ON "commendation" USING btree ("proposed_on");--> statement-breakpoint
CREATE INDEX "commendation_achievement_idx" ON "commendation" USING btree ("achievement_type","achievement_id");--> statement-breakpoint
CREATE INDEX "difficulty_unit_idx" ON "difficulty" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "difficulty_raised_on_idx" ON "difficulty" USING btree ("raised_on");--> statement-breakpoint
CREATE INDEX "difficulty_status_idx" ON "difficulty" USING btree ("status","raised_on");--> statement-breakpoint
CREATE INDEX "police_support_unit_on_idx" ON "police_support" USING btree ("unit_id","on");--> statement-breakpoint
CREATE INDEX "police_support_on_idx" ON "police_support" USING btree ("on");