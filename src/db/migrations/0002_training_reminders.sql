CREATE TABLE "training_reminders" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"kind" text NOT NULL,
	"occasion" text NOT NULL,
	"mail_id" text,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_reminders" ADD CONSTRAINT "training_reminders_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reminders" ADD CONSTRAINT "training_reminders_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reminders" ADD CONSTRAINT "training_reminders_mail_id_outbound_mail_id_fk" FOREIGN KEY ("mail_id") REFERENCES "public"."outbound_mail"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_reminders_organisation_id_idx" ON "training_reminders" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_reminders_enrolment_kind_occasion_key" ON "training_reminders" USING btree ("enrolment_id","kind","occasion");--> statement-breakpoint
CREATE INDEX "training_reminders_mail_id_idx" ON "training_reminders" USING btree ("mail_id");