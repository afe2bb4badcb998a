CREATE SEQUENCE "public"."tip_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "tip" (
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
	"source" text NOT NULL,
	"form" text NOT NULL,
	"channel" text NOT NULL,
	"external_ref" text,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"receiving_agency_id" uuid NOT NULL,
	"receiving_officer" text,
	"content" text NOT NULL,
	"occurred_on" date,
	"occurred_time" text,
	"lat" double precision,
	"lng" double precision,
	"place_unknown" boolean DEFAULT false NOT NULL,
	"address" text,
	"place_ref" text,
	"category" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"status_since" date NOT NULL,
	"officer" text,
	"transfer_due_at" timestamp with time zone,
	"transferred_at" timestamp with time zone,
	"transferred_to_agency_id" uuid,
	"extensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"suspended_on" date,
	"suspension_ground" text,
	"suspension_reason" text,
	"suspended_days" integer DEFAULT 0 NOT NULL,
	"due_on" date NOT NULL,
	"outcome" text,
	"outcome_on" date,
	"decision_number" text,
	"transferred_to" text,
	"reporter_sealed" text,
	"reporter_mask" jsonb,
	"receipt_hash" text,
	"last_reporter_message_at" timestamp with time zone,
	"last_reply_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "tip_link" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tip_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tip_id" uuid NOT NULL,
	"author" text NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tip_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_portal_bucket" (
	"name" text PRIMARY KEY NOT NULL,
	"tokens" double precision NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_portal_challenge" (
	"id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tip_portal_challenge_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "tip_portal_file" (
	"attachment_id" uuid PRIMARY KEY NOT NULL,
	"tip_id" uuid NOT NULL,
	"direction" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tip" ADD CONSTRAINT "tip_unit_id_unit_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."unit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip" ADD CONSTRAINT "tip_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip" ADD CONSTRAINT "tip_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip" ADD CONSTRAINT "tip_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip" ADD CONSTRAINT "tip_receiving_agency_id_agency_id_fk" FOREIGN KEY ("receiving_agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip" ADD CONSTRAINT "tip_transferred_to_agency_id_agency_id_fk" FOREIGN KEY ("transferred_to_agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_link" ADD CONSTRAINT "tip_link_tip_id_tip_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tip"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_link" ADD CONSTRAINT "tip_link_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_message" ADD CONSTRAINT "tip_message_tip_id_tip_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tip"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_message" ADD CONSTRAINT "tip_message_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_note" ADD CONSTRAINT "tip_note_tip_id_tip_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tip"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_note" ADD CONSTRAINT "tip_note_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_portal_file" ADD CONSTRAINT "tip_portal_file_attachment_id_attachment_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_portal_file" ADD CONSTRAINT "tip_portal_file_tip_id_tip_id_fk" FOREIGN KEY ("tip_id") REFERENCES "public"."tip"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tip_number_key" ON "tip" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "tip_receipt_hash_key" ON "tip" USING btree ("receipt_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "tip_external_ref_key" ON "tip" USING btree ("channel","external_ref") WHERE "tip"."external_ref" is not null;--> statement-breakpoint
CREATE INDEX "tip_unit_idx" ON "tip" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "tip_agency_idx" ON "tip" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "tip_status_due_idx" ON "tip" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "tip_received_idx" ON "tip" USING btree ("received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "tip_link_key" ON "tip_link" USING btree ("tip_id","kind","target_id");--> statement-breakpoint
CREATE INDEX "tip_link_target_idx" ON "tip_link" USING btree ("kind","target_id");--> statement-breakpoint
CREATE INDEX "tip_message_tip_idx" ON "tip_message" USING btree ("tip_id","created_at");--> statement-breakpoint
CREATE INDEX "tip_note_tip_idx" ON "tip_note" USING btree ("tip_id","created_at");--> statement-breakpoint
CREATE INDEX "tip_portal_challenge_expiry_idx" ON "tip_portal_challenge" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "tip_portal_file_tip_idx" ON "tip_portal_file" USING btree ("tip_id");