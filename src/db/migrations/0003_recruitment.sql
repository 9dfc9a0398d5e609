CREATE TABLE "audit_log" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"actor_id" text,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"subject_label" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "mentees" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_id" text NOT NULL,
	"name" text NOT NULL,
	"birth_date" date NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"source" text NOT NULL,
	"user_id" text,
	"guardian_user_id" text,
	"email" text,
	"phone" text,
	"needs" text DEFAULT '' NOT NULL,
	"profile" jsonb NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"external_ref" text,
	"waiting_since" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child_certificates" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"user_id" text NOT NULL,
	"status" text NOT NULL,
	"consent_requested_at" timestamp with time zone NOT NULL,
	"consent_given_at" timestamp with time zone,
	"ordered_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"decision_reason" text,
	"valid_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_interviews" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_mentor_id" text NOT NULL,
	"interviewed_at" timestamp with time zone NOT NULL,
	"interviewer_id" text,
	"motivation" text DEFAULT '' NOT NULL,
	"availability" text DEFAULT '' NOT NULL,
	"experience" text DEFAULT '' NOT NULL,
	"concerns" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentor_events" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_mentor_id" text NOT NULL,
	"kind" text NOT NULL,
	"actor_id" text,
	"at" timestamp with time zone NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_mentor_id" text NOT NULL,
	"nominated_by" text,
	"works_well_with_others" integer NOT NULL,
	"positive_attitude" integer NOT NULL,
	"performs_duties" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"response" text DEFAULT 'pending' NOT NULL,
	"responded_at" timestamp with time zone,
	"decision" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_mentors" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_id" text NOT NULL,
	"user_id" text NOT NULL,
	"stage" text NOT NULL,
	"source" text NOT NULL,
	"motivation" text DEFAULT '' NOT NULL,
	"experience" text DEFAULT '' NOT NULL,
	"phone" text,
	"birth_year" integer,
	"profile" jsonb,
	"capacity" integer DEFAULT 1 NOT NULL,
	"consent_at" timestamp with time zone,
	"screening_completed_at" timestamp with time zone,
	"stage_changed_at" timestamp with time zone NOT NULL,
	"exit_reason" text,
	"paused_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_mentor_id" text NOT NULL,
	"referee_name" text NOT NULL,
	"referee_email" text NOT NULL,
	"relation" text DEFAULT '' NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"requested_by" text,
	"answered_at" timestamp with time zone,
	"answers" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_requirements" (
	"program_id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"interview_required" boolean NOT NULL,
	"references_required" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"id" text PRIMARY KEY NOT NULL,
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_id" text NOT NULL,
	"program_mentor_id" text NOT NULL,
	"mentee_id" text NOT NULL,
	"status" text NOT NULL,
	"created_by" text,
	"score" integer,
	"reasons" jsonb,
	"proposed_at" timestamp with time zone NOT NULL,
	"mentor_accepted_at" timestamp with time zone,
	"mentee_accepted_at" timestamp with time zone,
	"guardian_accepted_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"contact_after_closure" text DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "child_certificate_renewal_months" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "rejected_retention_days" integer DEFAULT 180 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentees" ADD CONSTRAINT "mentees_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentees" ADD CONSTRAINT "mentees_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentees" ADD CONSTRAINT "mentees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentees" ADD CONSTRAINT "mentees_guardian_user_id_users_id_fk" FOREIGN KEY ("guardian_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_certificates" ADD CONSTRAINT "child_certificates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_certificates" ADD CONSTRAINT "child_certificates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_certificates" ADD CONSTRAINT "child_certificates_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_interviews" ADD CONSTRAINT "screening_interviews_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_interviews" ADD CONSTRAINT "screening_interviews_program_mentor_id_program_mentors_id_fk" FOREIGN KEY ("program_mentor_id") REFERENCES "public"."program_mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_interviews" ADD CONSTRAINT "screening_interviews_interviewer_id_users_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_events" ADD CONSTRAINT "mentor_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_events" ADD CONSTRAINT "mentor_events_program_mentor_id_program_mentors_id_fk" FOREIGN KEY ("program_mentor_id") REFERENCES "public"."program_mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_events" ADD CONSTRAINT "mentor_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_program_mentor_id_program_mentors_id_fk" FOREIGN KEY ("program_mentor_id") REFERENCES "public"."program_mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_mentors" ADD CONSTRAINT "program_mentors_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_mentors" ADD CONSTRAINT "program_mentors_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_mentors" ADD CONSTRAINT "program_mentors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_requests" ADD CONSTRAINT "reference_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_requests" ADD CONSTRAINT "reference_requests_program_mentor_id_program_mentors_id_fk" FOREIGN KEY ("program_mentor_id") REFERENCES "public"."program_mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_requests" ADD CONSTRAINT "reference_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_requirements" ADD CONSTRAINT "screening_requirements_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_requirements" ADD CONSTRAINT "screening_requirements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_program_mentor_id_program_mentors_id_fk" FOREIGN KEY ("program_mentor_id") REFERENCES "public"."program_mentors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_mentee_id_mentees_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."mentees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_organisation_at_idx" ON "audit_log" USING btree ("organisation_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "mentees_organisation_id_idx" ON "mentees" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "mentees_program_status_idx" ON "mentees" USING btree ("program_id","status","waiting_since");--> statement-breakpoint
CREATE INDEX "mentees_guardian_idx" ON "mentees" USING btree ("guardian_user_id");--> statement-breakpoint
CREATE INDEX "mentees_user_idx" ON "mentees" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentees_program_external_ref_key" ON "mentees" USING btree ("program_id","external_ref");--> statement-breakpoint
CREATE INDEX "child_certificates_organisation_user_idx" ON "child_certificates" USING btree ("organisation_id","user_id");--> statement-breakpoint
CREATE INDEX "child_certificates_valid_until_idx" ON "child_certificates" USING btree ("valid_until");--> statement-breakpoint
CREATE INDEX "screening_interviews_organisation_id_idx" ON "screening_interviews" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "screening_interviews_program_mentor_key" ON "screening_interviews" USING btree ("program_mentor_id");--> statement-breakpoint
CREATE INDEX "mentor_events_organisation_id_idx" ON "mentor_events" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "mentor_events_program_mentor_idx" ON "mentor_events" USING btree ("program_mentor_id","at");--> statement-breakpoint
CREATE INDEX "nominations_organisation_id_idx" ON "nominations" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_program_mentor_key" ON "nominations" USING btree ("program_mentor_id");--> statement-breakpoint
CREATE INDEX "nominations_nominated_by_idx" ON "nominations" USING btree ("nominated_by");--> statement-breakpoint
CREATE INDEX "program_mentors_organisation_id_idx" ON "program_mentors" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "program_mentors_program_user_key" ON "program_mentors" USING btree ("program_id","user_id");--> statement-breakpoint
CREATE INDEX "program_mentors_program_stage_idx" ON "program_mentors" USING btree ("program_id","stage");--> statement-breakpoint
CREATE INDEX "program_mentors_user_id_idx" ON "program_mentors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "reference_requests_organisation_id_idx" ON "reference_requests" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "reference_requests_program_mentor_idx" ON "reference_requests" USING btree ("program_mentor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reference_requests_token_hash_key" ON "reference_requests" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "rate_limit_hits_bucket_key_at_idx" ON "rate_limit_hits" USING btree ("bucket","key","at");--> statement-breakpoint
CREATE INDEX "matches_organisation_id_idx" ON "matches" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "matches_program_status_idx" ON "matches" USING btree ("program_id","status");--> statement-breakpoint
CREATE INDEX "matches_program_mentor_idx" ON "matches" USING btree ("program_mentor_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_open_mentee_key" ON "matches" USING btree ("mentee_id") WHERE status in ('proposed', 'active');--> statement-breakpoint
-- Mentors enrolled before screening existed were taken on by staff: they count as screened.
INSERT INTO "program_mentors" ("id", "organisation_id", "program_id", "user_id", "stage", "source", "screening_completed_at", "stage_changed_at", "created_at")
SELECT 'pm_' || e."id", e."organisation_id", e."program_id", e."user_id", e."status", 'direct', e."enrolled_at", e."enrolled_at", e."enrolled_at"
FROM "training_enrolments" e
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "screening_requirements" ("program_id", "organisation_id", "interview_required", "references_required")
SELECT p."id", p."organisation_id", p."type" <> 'workplace', CASE p."type" WHEN 'school' THEN 2 WHEN 'leisure' THEN 2 WHEN 'career' THEN 1 WHEN 'custom' THEN 1 ELSE 0 END
FROM "programs" p
ON CONFLICT DO NOTHING;
