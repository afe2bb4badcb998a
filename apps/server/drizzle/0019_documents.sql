CREATE TABLE "document" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"issued_on" date,
	"issuer" text NOT NULL,
	"signer" text,
	"summary" text NOT NULL,
	"effective_from" date,
	"effective_to" date,
	"notes" text,
	"status" text DEFAULT 'in_force' NOT NULL,
	"status_since" date,
	"replaced_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_fold" text GENERATED ALWAYS AS (pcmt_fold(number || ' ' || issuer || ' ' || summary)) STORED
);
--> statement-breakpoint
CREATE TABLE "document_citation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"record_type" text NOT NULL,
	"record_id" uuid NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_by" uuid,
	"removed_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_agency_id_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_replaced_by_id_document_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_updated_by_user_account_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_citation" ADD CONSTRAINT "document_citation_document_id_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_citation" ADD CONSTRAINT "document_citation_created_by_user_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_citation" ADD CONSTRAINT "document_citation_removed_by_user_account_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "document_number_issuer_uq" ON "document" USING btree (pcmt_fold("number"),pcmt_fold("issuer"));--> statement-breakpoint
CREATE INDEX "document_kind_issued_idx" ON "document" USING btree ("kind","issued_on");--> statement-breakpoint
CREATE INDEX "document_search_fold_trgm_idx" ON "document" USING gin ("search_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "document_citation_record_idx" ON "document_citation" USING btree ("record_type","record_id");--> statement-breakpoint
CREATE INDEX "document_citation_document_idx" ON "document_citation" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_citation_live_uq" ON "document_citation" USING btree ("document_id","record_type","record_id") WHERE "document_citation"."removed_at" is null;