CREATE TABLE "mass_event" (
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
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"organizer" text NOT NULL,
	"place" text,
	"participants" integer,
	"content" text,
	"results" text,
	"status" text NOT NULL,
	"status_since" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "propaganda_activity" (
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
	"date_from" date NOT NULL,
	"date_to" date NOT NULL,
	"organizer" text NOT NULL,
	"unit_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"place" text,
	"forms" text[] NOT NULL,
	"form_other" text,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_other" text,
	"participants" integer,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"language_other" text,
	"materials" integer,
	"materials_note" text,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"topic_other" text,
	"reach" integer,
	"content" text,
	"status" text NOT NULL,
	"status_since" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mass_event" ADD CONSTRAINT "mass_event_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mass_event" ADD CONSTRAINT "mass_event_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mass_event" ADD CONSTRAINT "mass_event_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mass_event" ADD CONSTRAINT "mass_event_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "propaganda_activity" ADD CONSTRAINT "propaganda_activity_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "propaganda_activity" ADD CONSTRAINT "propaganda_activity_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "propaganda_activity" ADD CONSTRAINT "propaganda_activity_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "propaganda_activity" ADD CONSTRAINT "propaganda_activity_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mass_event_unit_on_idx" ON "mass_event" USING btree ("unit_id","on");--> statement-breakpoint
CREATE INDEX "mass_event_on_idx" ON "mass_event" USING btree ("on");--> statement-breakpoint
CREATE INDEX "propaganda_activity_unit_date_idx" ON "propaganda_activity" USING btree ("unit_id","date_from");--> statement-breakpoint
CREATE INDEX "propaganda_activity_date_idx" ON "propaganda_activity" USING btree ("date_from");