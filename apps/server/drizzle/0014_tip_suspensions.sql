-- Tips keep every suspension with its resumption (the domain counts the period from the last resumption), and a
-- dismissal's reason and the tip it duplicates.
ALTER TABLE "tip" ADD COLUMN "suspensions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "dismissal_reason" text;--> statement-breakpoint
ALTER TABLE "tip" ADD COLUMN "duplicate_of_id" uuid;--> statement-breakpoint
ALTER TABLE "tip" DROP COLUMN "suspended_on";--> statement-breakpoint
ALTER TABLE "tip" DROP COLUMN "suspension_ground";--> statement-breakpoint
ALTER TABLE "tip" DROP COLUMN "suspension_reason";--> statement-breakpoint
ALTER TABLE "tip" DROP COLUMN "suspended_days";
