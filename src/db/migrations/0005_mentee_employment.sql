ALTER TABLE "mentees" ADD COLUMN "department" text;--> statement-breakpoint
ALTER TABLE "mentees" ADD COLUMN "start_date" date;