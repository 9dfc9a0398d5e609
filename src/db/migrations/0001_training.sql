CREATE TABLE "training_certificates" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"program_id" text NOT NULL,
	"user_id" text NOT NULL,
	"version_id" text NOT NULL,
	"version_number" integer NOT NULL,
	"code" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_code_of_conduct_signatures" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"item_key" text NOT NULL,
	"version_id" text NOT NULL,
	"signed_name" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "curriculum_items" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"version_id" text NOT NULL,
	"module_id" text NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"minutes" integer NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "curriculum_modules" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"version_id" text NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "curriculum_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_id" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_id" text NOT NULL,
	"user_id" text NOT NULL,
	"status" text DEFAULT 'in_training' NOT NULL,
	"enrolled_at" timestamp with time zone NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"cycle_started_at" timestamp with time zone NOT NULL,
	"last_item_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_item_progress" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"item_key" text NOT NULL,
	"opened_at" timestamp with time zone,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "training_lesson_feedback" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"item_key" text NOT NULL,
	"helpful" boolean NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_quiz_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"item_key" text NOT NULL,
	"version_id" text NOT NULL,
	"answers" jsonb NOT NULL,
	"score" real NOT NULL,
	"passed" boolean NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_reflections" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"item_key" text NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"reviewer_id" text,
	"review_comment" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "training_session_signups" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"session_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"status" text NOT NULL,
	"attendance" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"program_id" text NOT NULL,
	"item_key" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"capacity" integer NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_version_id_curriculum_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."curriculum_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_code_of_conduct_signatures" ADD CONSTRAINT "training_code_of_conduct_signatures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_code_of_conduct_signatures" ADD CONSTRAINT "training_code_of_conduct_signatures_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_code_of_conduct_signatures" ADD CONSTRAINT "training_code_of_conduct_signatures_version_id_curriculum_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."curriculum_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_items" ADD CONSTRAINT "curriculum_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_items" ADD CONSTRAINT "curriculum_items_version_id_curriculum_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."curriculum_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_items" ADD CONSTRAINT "curriculum_items_module_id_curriculum_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."curriculum_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_modules" ADD CONSTRAINT "curriculum_modules_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_modules" ADD CONSTRAINT "curriculum_modules_version_id_curriculum_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."curriculum_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_versions" ADD CONSTRAINT "curriculum_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curriculum_versions" ADD CONSTRAINT "curriculum_versions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_item_progress" ADD CONSTRAINT "training_item_progress_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_item_progress" ADD CONSTRAINT "training_item_progress_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_lesson_feedback" ADD CONSTRAINT "training_lesson_feedback_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_lesson_feedback" ADD CONSTRAINT "training_lesson_feedback_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_lesson_feedback" ADD CONSTRAINT "training_lesson_feedback_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_quiz_attempts" ADD CONSTRAINT "training_quiz_attempts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_quiz_attempts" ADD CONSTRAINT "training_quiz_attempts_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_quiz_attempts" ADD CONSTRAINT "training_quiz_attempts_version_id_curriculum_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."curriculum_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reflections" ADD CONSTRAINT "training_reflections_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reflections" ADD CONSTRAINT "training_reflections_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reflections" ADD CONSTRAINT "training_reflections_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_reflections" ADD CONSTRAINT "training_reflections_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_signups" ADD CONSTRAINT "training_session_signups_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_signups" ADD CONSTRAINT "training_session_signups_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_session_signups" ADD CONSTRAINT "training_session_signups_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_certificates_organisation_id_idx" ON "training_certificates" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_certificates_code_key" ON "training_certificates" USING btree ("code");--> statement-breakpoint
CREATE INDEX "training_certificates_enrolment_issued_idx" ON "training_certificates" USING btree ("enrolment_id","issued_at");--> statement-breakpoint
CREATE INDEX "training_certificates_program_id_idx" ON "training_certificates" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "training_certificates_user_id_idx" ON "training_certificates" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "training_certificates_version_id_idx" ON "training_certificates" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "training_certificates_expires_at_idx" ON "training_certificates" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "training_code_of_conduct_signatures_organisation_id_idx" ON "training_code_of_conduct_signatures" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "training_code_of_conduct_signatures_enrolment_idx" ON "training_code_of_conduct_signatures" USING btree ("enrolment_id","signed_at");--> statement-breakpoint
CREATE INDEX "training_code_of_conduct_signatures_version_id_idx" ON "training_code_of_conduct_signatures" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "curriculum_items_organisation_id_idx" ON "curriculum_items" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "curriculum_items_version_key" ON "curriculum_items" USING btree ("version_id","key");--> statement-breakpoint
CREATE INDEX "curriculum_items_module_id_idx" ON "curriculum_items" USING btree ("module_id","position");--> statement-breakpoint
CREATE INDEX "curriculum_modules_organisation_id_idx" ON "curriculum_modules" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "curriculum_modules_version_key" ON "curriculum_modules" USING btree ("version_id","key");--> statement-breakpoint
CREATE INDEX "curriculum_versions_organisation_id_idx" ON "curriculum_versions" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "curriculum_versions_program_version_key" ON "curriculum_versions" USING btree ("program_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "curriculum_versions_one_draft_key" ON "curriculum_versions" USING btree ("program_id") WHERE "curriculum_versions"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "curriculum_versions_program_status_idx" ON "curriculum_versions" USING btree ("program_id","status","version");--> statement-breakpoint
CREATE INDEX "training_enrolments_organisation_id_idx" ON "training_enrolments" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_enrolments_program_user_key" ON "training_enrolments" USING btree ("program_id","user_id");--> statement-breakpoint
CREATE INDEX "training_enrolments_user_id_idx" ON "training_enrolments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "training_enrolments_program_status_idx" ON "training_enrolments" USING btree ("program_id","status");--> statement-breakpoint
CREATE INDEX "training_enrolments_deadline_idx" ON "training_enrolments" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "training_item_progress_organisation_id_idx" ON "training_item_progress" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_item_progress_enrolment_item_key" ON "training_item_progress" USING btree ("enrolment_id","item_key");--> statement-breakpoint
CREATE INDEX "training_lesson_feedback_organisation_id_idx" ON "training_lesson_feedback" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_lesson_feedback_enrolment_item_key" ON "training_lesson_feedback" USING btree ("enrolment_id","item_key");--> statement-breakpoint
CREATE INDEX "training_lesson_feedback_program_item_idx" ON "training_lesson_feedback" USING btree ("program_id","item_key","created_at");--> statement-breakpoint
CREATE INDEX "training_quiz_attempts_organisation_id_idx" ON "training_quiz_attempts" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "training_quiz_attempts_enrolment_item_idx" ON "training_quiz_attempts" USING btree ("enrolment_id","item_key");--> statement-breakpoint
CREATE INDEX "training_quiz_attempts_version_id_idx" ON "training_quiz_attempts" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "training_reflections_organisation_id_idx" ON "training_reflections" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "training_reflections_enrolment_item_idx" ON "training_reflections" USING btree ("enrolment_id","item_key");--> statement-breakpoint
CREATE INDEX "training_reflections_program_status_idx" ON "training_reflections" USING btree ("program_id","status");--> statement-breakpoint
CREATE INDEX "training_reflections_reviewer_id_idx" ON "training_reflections" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "training_session_signups_organisation_id_idx" ON "training_session_signups" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "training_session_signups_session_status_idx" ON "training_session_signups" USING btree ("session_id","status","created_at");--> statement-breakpoint
CREATE INDEX "training_session_signups_enrolment_id_idx" ON "training_session_signups" USING btree ("enrolment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_session_signups_active_key" ON "training_session_signups" USING btree ("session_id","enrolment_id") WHERE "training_session_signups"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "training_sessions_organisation_id_idx" ON "training_sessions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "training_sessions_program_starts_idx" ON "training_sessions" USING btree ("program_id","starts_at");--> statement-breakpoint
CREATE INDEX "training_sessions_created_by_idx" ON "training_sessions" USING btree ("created_by");