import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { LocalText, QuizContent } from '../../contracts/training';
import {
  attendanceValues,
  curriculumStatuses,
  enrolmentStatuses,
  itemKinds,
  reflectionStatuses,
  signupStatuses,
} from '../../contracts/training';
import { at, createdAt, organisationId } from '../../db/columns';
import { users } from '../accounts/tables';
import { programs } from '../programs/tables';

const localText = (name: string) => jsonb(name).$type<LocalText>().notNull();

/** A version of a program's curriculum: one draft at a time, published versions are frozen. */
export const curriculumVersions = pgTable(
  'curriculum_versions',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    status: text('status', { enum: curriculumStatuses }).notNull(),
    publishedAt: at('published_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('curriculum_versions_organisation_id_idx').on(t.organisationId),
    uniqueIndex('curriculum_versions_program_version_key').on(t.programId, t.version),
    uniqueIndex('curriculum_versions_one_draft_key')
      .on(t.programId)
      .where(sql`${t.status} = 'draft'`),
    index('curriculum_versions_program_status_idx').on(t.programId, t.status, t.version),
  ],
);

export const curriculumModules = pgTable(
  'curriculum_modules',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    versionId: text('version_id')
      .notNull()
      .references(() => curriculumVersions.id, { onDelete: 'cascade' }),
    /** Stable across versions. */
    key: text('key').notNull(),
    position: integer('position').notNull(),
    title: localText('title'),
    summary: localText('summary'),
  },
  (t) => [
    index('curriculum_modules_organisation_id_idx').on(t.organisationId),
    uniqueIndex('curriculum_modules_version_key').on(t.versionId, t.key),
  ],
);

export const curriculumItems = pgTable(
  'curriculum_items',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    versionId: text('version_id')
      .notNull()
      .references(() => curriculumVersions.id, { onDelete: 'cascade' }),
    moduleId: text('module_id')
      .notNull()
      .references(() => curriculumModules.id, { onDelete: 'cascade' }),
    /** Stable across versions: progress is kept by this key, so a new version keeps it. */
    key: text('key').notNull(),
    position: integer('position').notNull(),
    kind: text('kind', { enum: itemKinds }).notNull(),
    title: localText('title'),
    /** Lesson text, code of conduct, what happens at a session, or the reflection prompt. */
    body: localText('body'),
    minutes: integer('minutes').notNull(),
    required: boolean('required').notNull().default(true),
    /** Quiz items: pass mark, attempts, questions with answers. Empty for the others. */
    content: jsonb('content').$type<{ quiz?: QuizContent }>().notNull().default({}),
  },
  (t) => [
    index('curriculum_items_organisation_id_idx').on(t.organisationId),
    uniqueIndex('curriculum_items_version_key').on(t.versionId, t.key),
    index('curriculum_items_module_id_idx').on(t.moduleId, t.position),
  ],
);

/** A mentor in a program's training. */
export const enrolments = pgTable(
  'training_enrolments',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: enrolmentStatuses }).notNull().default('in_training'),
    enrolledAt: at('enrolled_at').notNull(),
    deadline: at('deadline').notNull(),
    completedAt: at('completed_at'),
    /**
     * Start of the current round of training: enrolment, or the start of a refresher.
     * Only passes from this moment on count towards the next certificate.
     */
    cycleStartedAt: at('cycle_started_at').notNull(),
    /** The item the mentor last opened, to resume there. */
    lastItemKey: text('last_item_key'),
    createdAt: createdAt(),
  },
  (t) => [
    index('training_enrolments_organisation_id_idx').on(t.organisationId),
    uniqueIndex('training_enrolments_program_user_key').on(t.programId, t.userId),
    index('training_enrolments_user_id_idx').on(t.userId),
    index('training_enrolments_program_status_idx').on(t.programId, t.status),
    index('training_enrolments_deadline_idx').on(t.deadline),
  ],
);

/** Progress on one item, by its stable key; completedAt is set when the item is passed. */
export const itemProgress = pgTable(
  'training_item_progress',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    openedAt: at('opened_at'),
    completedAt: at('completed_at'),
  },
  (t) => [
    index('training_item_progress_organisation_id_idx').on(t.organisationId),
    uniqueIndex('training_item_progress_enrolment_item_key').on(t.enrolmentId, t.itemKey),
  ],
);

export const quizAttempts = pgTable(
  'training_quiz_attempts',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    versionId: text('version_id')
      .notNull()
      .references(() => curriculumVersions.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<{ questionId: string; optionIndexes: number[] }[]>().notNull(),
    score: real('score').notNull(),
    passed: boolean('passed').notNull(),
    submittedAt: at('submitted_at').notNull(),
  },
  (t) => [
    index('training_quiz_attempts_organisation_id_idx').on(t.organisationId),
    index('training_quiz_attempts_enrolment_item_idx').on(t.enrolmentId, t.itemKey),
    index('training_quiz_attempts_version_id_idx').on(t.versionId),
  ],
);

/** "Did this help you?" on a lesson: one answer per mentor and lesson, changeable. */
export const lessonFeedback = pgTable(
  'training_lesson_feedback',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    helpful: boolean('helpful').notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    index('training_lesson_feedback_organisation_id_idx').on(t.organisationId),
    uniqueIndex('training_lesson_feedback_enrolment_item_key').on(t.enrolmentId, t.itemKey),
    index('training_lesson_feedback_program_item_idx').on(t.programId, t.itemKey, t.createdAt),
  ],
);

export const codeOfConductSignatures = pgTable(
  'training_code_of_conduct_signatures',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    /** The version whose text was signed. */
    versionId: text('version_id')
      .notNull()
      .references(() => curriculumVersions.id, { onDelete: 'cascade' }),
    signedName: text('signed_name').notNull(),
    signedAt: at('signed_at').notNull(),
  },
  (t) => [
    index('training_code_of_conduct_signatures_organisation_id_idx').on(t.organisationId),
    index('training_code_of_conduct_signatures_enrolment_idx').on(t.enrolmentId, t.signedAt),
    index('training_code_of_conduct_signatures_version_id_idx').on(t.versionId),
  ],
);

export const reflections = pgTable(
  'training_reflections',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: reflectionStatuses }).notNull().default('submitted'),
    reviewerId: text('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    reviewComment: text('review_comment'),
    submittedAt: at('submitted_at').notNull(),
    reviewedAt: at('reviewed_at'),
  },
  (t) => [
    index('training_reflections_organisation_id_idx').on(t.organisationId),
    index('training_reflections_enrolment_item_idx').on(t.enrolmentId, t.itemKey),
    index('training_reflections_program_status_idx').on(t.programId, t.status),
    index('training_reflections_reviewer_id_idx').on(t.reviewerId),
  ],
);

/** An in-person session a trainer holds for one of the curriculum's in-person items. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    itemKey: text('item_key').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    place: text('place').notNull(),
    capacity: integer('capacity').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('training_sessions_organisation_id_idx').on(t.organisationId),
    index('training_sessions_program_starts_idx').on(t.programId, t.startsAt),
    index('training_sessions_created_by_idx').on(t.createdBy),
  ],
);

export const sessionSignups = pgTable(
  'training_session_signups',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    sessionId: text('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    status: text('status', { enum: signupStatuses }).notNull(),
    attendance: text('attendance', { enum: attendanceValues }),
    /** Waiting-list order: the earliest waiting sign-up moves up first. */
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('training_session_signups_organisation_id_idx').on(t.organisationId),
    index('training_session_signups_session_status_idx').on(t.sessionId, t.status, t.createdAt),
    index('training_session_signups_enrolment_id_idx').on(t.enrolmentId),
    uniqueIndex('training_session_signups_active_key')
      .on(t.sessionId, t.enrolmentId)
      .where(sql`${t.status} <> 'cancelled'`),
  ],
);

export const certificates = pgTable(
  'training_certificates',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The curriculum version the certificate was earned on. */
    versionId: text('version_id')
      .notNull()
      .references(() => curriculumVersions.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    /** Printed on the certificate and checked on the public verification page. */
    code: text('code').notNull(),
    issuedAt: at('issued_at').notNull(),
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [
    index('training_certificates_organisation_id_idx').on(t.organisationId),
    uniqueIndex('training_certificates_code_key').on(t.code),
    index('training_certificates_enrolment_issued_idx').on(t.enrolmentId, t.issuedAt),
    index('training_certificates_program_id_idx').on(t.programId),
    index('training_certificates_user_id_idx').on(t.userId),
    index('training_certificates_version_id_idx').on(t.versionId),
    index('training_certificates_expires_at_idx').on(t.expiresAt),
  ],
);
