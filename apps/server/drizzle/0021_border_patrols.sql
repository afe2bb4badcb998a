CREATE TABLE "border_patrol" (
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
	"station" text NOT NULL,
	"route" text NOT NULL,
	"gate_code" text,
	"start_on" date NOT NULL,
	"end_on" date,
	"officers" integer NOT NULL,
	"forces" text[] DEFAULT '{}'::text[] NOT NULL,
	"joint_with" text[] DEFAULT '{}'::text[] NOT NULL,
	"counterpart" text,
	"plan" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"status_since" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "border_patrol_result" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patrol_id" uuid NOT NULL,
	"on" date NOT NULL,
	"arrests" integer DEFAULT 0 NOT NULL,
	"person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"tips_passed" integer DEFAULT 0 NOT NULL,
	"tip_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"note" text,
	"agency_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "border_seizure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"result_id" uuid NOT NULL,
	"patrol_id" uuid NOT NULL,
	"on" date NOT NULL,
	"drug_type" text NOT NULL,
	"measure" text NOT NULL,
	"quantity" numeric(16, 3) NOT NULL,
	"family" text NOT NULL,
	"base_quantity" numeric(19, 3) NOT NULL,
	"note" text,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "border_patrol" ADD CONSTRAINT "border_patrol_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "border_patrol" ADD CONSTRAINT "border_patrol_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "border_patrol" ADD CONSTRAINT "border_patrol_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "border_patrol" ADD CONSTRAINT "border_patrol_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "border_patrol_result" ADD CONSTRAINT "border_patrol_result_patrol_id_border_patrol_id_fk" FOREIGN KEY ("patrol_id") REFERENCES "public"."border_patrol"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "border_patrol_result" ADD CONSTRAINT "border_patrol_result_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "border_patrol_result" ADD CONSTRAINT "border_patrol_result_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "border_seizure" ADD CONSTRAINT "border_seizure_result_id_border_patrol_result_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."border_patrol_result"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "border_seizure" ADD CONSTRAINT "border_seizure_patrol_id_border_patrol_id_fk" FOREIGN KEY ("patrol_id") REFERENCES "public"."border_patrol"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "border_patrol_unit_start_idx" ON "border_patrol" USING btree ("unit_id","start_on");--> statement-breakpoint
CREATE INDEX "border_patrol_start_idx" ON "border_patrol" USING btree ("start_on");--> statement-breakpoint
CREATE INDEX "border_patrol_result_patrol_idx" ON "border_patrol_result" USING btree ("patrol_id");--> statement-breakpoint
CREATE INDEX "border_patrol_result_on_idx" ON "border_patrol_result" USING btree ("on");--> statement-breakpoint
CREATE INDEX "border_seizure_patrol_idx" ON "border_seizure" USING btree ("patrol_id");--> statement-breakpoint
CREATE INDEX "border_seizure_result_idx" ON "border_seizure" USING btree ("result_id");