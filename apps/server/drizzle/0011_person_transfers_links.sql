CREATE TABLE "hotspot_person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hotspot_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text,
	"linked_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_transfer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"to_unit_id" uuid NOT NULL,
	"from_agency_id" uuid NOT NULL,
	"to_agency_id" uuid NOT NULL,
	"moved_on" date NOT NULL,
	"notified_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"notice_hours" integer NOT NULL,
	"rule_set_id" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "person_transfer_status" CHECK ("person_transfer"."status" in ('pending', 'acknowledged', 'superseded'))
);
--> statement-breakpoint
ALTER TABLE "hotspot_person" ADD CONSTRAINT "hotspot_person_hotspot_id_hotspot_id_fk" FOREIGN KEY ("hotspot_id") REFERENCES "public"."hotspot"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotspot_person" ADD CONSTRAINT "hotspot_person_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hotspot_person" ADD CONSTRAINT "hotspot_person_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_transfer" ADD CONSTRAINT "person_transfer_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_transfer" ADD CONSTRAINT "person_transfer_from_unit_id_unit_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_transfer" ADD CONSTRAINT "person_transfer_to_unit_id_unit_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_transfer" ADD CONSTRAINT "person_transfer_from_agency_id_agency_id_fk" FOREIGN KEY ("from_agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_transfer" ADD CONSTRAINT "person_transfer_to_agency_id_agency_id_fk" FOREIGN KEY ("to_agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_transfer" ADD CONSTRAINT "person_transfer_acknowledged_by_user_account_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_transfer" ADD CONSTRAINT "person_transfer_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hotspot_person_uq" ON "hotspot_person" USING btree ("hotspot_id","person_id");--> statement-breakpoint
CREATE INDEX "hotspot_person_person_idx" ON "hotspot_person" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_transfer_person_idx" ON "person_transfer" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_transfer_to_idx" ON "person_transfer" USING btree ("to_agency_id","status");--> statement-breakpoint
CREATE INDEX "person_transfer_from_idx" ON "person_transfer" USING btree ("from_agency_id");