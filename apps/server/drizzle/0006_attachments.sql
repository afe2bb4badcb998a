CREATE TABLE "attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"media_type" text NOT NULL,
	"uploaded_media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"original_name" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "attachment_sha256_hex" CHECK ("attachment"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "attachment_size_positive" CHECK ("attachment"."size_bytes" > 0)
);
--> statement-breakpoint
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachment_record_idx" ON "attachment" USING btree ("record_type","record_id");--> statement-breakpoint
CREATE INDEX "attachment_sha256_idx" ON "attachment" USING btree ("sha256");