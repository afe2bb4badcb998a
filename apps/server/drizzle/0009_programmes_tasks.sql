CREATE TABLE "programme" (
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
	"key_area_id" uuid,
	"decision_number" text,
	"decision_date" date,
	"decision_issuer" text,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"objectives" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_since" date NOT NULL,
	"watch_until" date,
	"baseline" jsonb NOT NULL,
	"at_success" jsonb,
	"relapse_reasons" jsonb,
	"previous_programme_id" uuid,
	"name_fold" text GENERATED ALWAYS AS (pcmt_fold(name)) STORED,
	CONSTRAINT "programme_period_order" CHECK ("programme"."period_to" >= "programme"."period_from")
);
--> statement-breakpoint
CREATE TABLE "programme_criterion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"criterion_id" text NOT NULL,
	"met" boolean NOT NULL,
	"evidence" text,
	"attachment_id" uuid,
	"evaluated_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"on" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"agency_id" uuid,
	"organisation" text,
	"title" text,
	"role" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"month" date NOT NULL,
	"summary" text NOT NULL,
	"figures" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"source_kind" text NOT NULL,
	"source_id" uuid,
	"source_ref" text,
	"assignee_agency_id" uuid NOT NULL,
	"assignee_user_id" uuid,
	"assigned_by" uuid NOT NULL,
	"assigned_on" date NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"status_since" date NOT NULL,
	"percent" integer DEFAULT 0 NOT NULL,
	"completed_on" date,
	"accepted_on" date,
	"accepted_by" uuid,
	"title_fold" text GENERATED ALWAYS AS (pcmt_fold(title)) STORED,
	CONSTRAINT "task_deadline_after_assignment" CHECK ("task"."deadline" >= "task"."assigned_on"),
	CONSTRAINT "task_percent_range" CHECK ("task"."percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "task_update" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"to_status" text,
	"on" date NOT NULL,
	"progress" text NOT NULL,
	"percent" integer,
	"proof_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_key_area_id_key_area_id_fk" FOREIGN KEY ("key_area_id") REFERENCES "public"."key_area"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme" ADD CONSTRAINT "programme_previous_programme_id_programme_id_fk" FOREIGN KEY ("previous_programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_criterion" ADD CONSTRAINT "programme_criterion_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_criterion" ADD CONSTRAINT "programme_criterion_attachment_id_attachment_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_criterion" ADD CONSTRAINT "programme_criterion_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_event" ADD CONSTRAINT "programme_event_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_event" ADD CONSTRAINT "programme_event_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_member" ADD CONSTRAINT "programme_member_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_member" ADD CONSTRAINT "programme_member_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_member" ADD CONSTRAINT "programme_member_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_report" ADD CONSTRAINT "programme_report_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_report" ADD CONSTRAINT "programme_report_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_assignee_agency_id_agency_id_fk" FOREIGN KEY ("assignee_agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_assignee_user_id_user_account_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_assigned_by_user_account_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_accepted_by_user_account_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_update" ADD CONSTRAINT "task_update_task_id_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."task"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_update" ADD CONSTRAINT "task_update_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_unit_idx" ON "programme" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "programme_status_idx" ON "programme" USING btree ("status","status_since");--> statement-breakpoint
CREATE INDEX "programme_key_area_idx" ON "programme" USING btree ("key_area_id");--> statement-breakpoint
CREATE INDEX "programme_watch_idx" ON "programme" USING btree ("watch_until") WHERE "programme"."status" = 'succeeded';--> statement-breakpoint
CREATE UNIQUE INDEX "programme_criterion_round_key" ON "programme_criterion" USING btree ("programme_id","round","criterion_id");--> statement-breakpoint
CREATE INDEX "programme_event_programme_idx" ON "programme_event" USING btree ("programme_id","on");--> statement-breakpoint
CREATE INDEX "programme_event_to_idx" ON "programme_event" USING btree ("to_status","on");--> statement-breakpoint
CREATE INDEX "programme_member_programme_idx" ON "programme_member" USING btree ("programme_id","position");--> statement-breakpoint
CREATE INDEX "programme_report_programme_idx" ON "programme_report" USING btree ("programme_id","month");--> statement-breakpoint
CREATE INDEX "task_unit_idx" ON "task" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "task_assignee_idx" ON "task" USING btree ("assignee_agency_id","status","deadline");--> statement-breakpoint
CREATE INDEX "task_assigner_idx" ON "task" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "task_source_idx" ON "task" USING btree ("source_kind","source_id");--> statement-breakpoint
CREATE INDEX "task_status_deadline_idx" ON "task" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "task_update_task_idx" ON "task_update" USING btree ("task_id","created_at");