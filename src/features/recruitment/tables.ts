import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Profile } from '../../contracts/profile';
import {
  candidacySources,
  childCertificateStatuses,
  interviewOutcomes,
  mentorEventKinds,
  mentorStages,
  nominationDecisions,
  nominationResponses,
} from '../../contracts/recruitment';
import { at, createdAt, organisationId } from '../../db/columns';
import { users } from '../accounts/tables';
import { programs } from '../programs/tables';

const userRef = (name: string) => text(name).references(() => users.id, { onDelete: 'set null' });

/**
 * A person as a mentor (or would-be mentor) in one program: where they are in the
 * lifecycle and whether screening was passed. Training lives in `training_enrolments`.
 */
export const programMentors = pgTable(
  'program_mentors',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    stage: text('stage', { enum: mentorStages }).notNull(),
    source: text('source', { enum: candidacySources }).notNull(),
    /** The application's answers: motivation, experience, and the matching profile. */
    motivation: text('motivation').notNull().default(''),
    experience: text('experience').notNull().default(''),
    phone: text('phone'),
    birthYear: integer('birth_year'),
    profile: jsonb('profile').$type<Profile>(),
    /** Mentees this mentor can take at once (1–3). */
    capacity: integer('capacity').notNull().default(1),
    consentAt: at('consent_at'),
    /** Set when the coordinator passes screening; the gate's `screening_incomplete`. */
    screeningCompletedAt: at('screening_completed_at'),
    stageChangedAt: at('stage_changed_at').notNull(),
    /** Reason given with `rejected` or `withdrawn`. */
    exitReason: text('exit_reason'),
    /** Start of a pause (or of being alumni): a long break needs a new child certificate. */
    pausedAt: at('paused_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('program_mentors_organisation_id_idx').on(t.organisationId),
    uniqueIndex('program_mentors_program_user_key').on(t.programId, t.userId),
    index('program_mentors_program_stage_idx').on(t.programId, t.stage),
    index('program_mentors_user_id_idx').on(t.userId),
  ],
);

/** What the program's screening asks for; set from its type, editable by the coordinator. */
export const screeningRequirements = pgTable('screening_requirements', {
  programId: text('program_id')
    .primaryKey()
    .references(() => programs.id, { onDelete: 'cascade' }),
  organisationId: organisationId(),
  interviewRequired: boolean('interview_required').notNull(),
  referencesRequired: integer('references_required').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** An HR nomination of an employee for a workplace program. */
export const nominations = pgTable(
  'nominations',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programMentorId: text('program_mentor_id')
      .notNull()
      .references(() => programMentors.id, { onDelete: 'cascade' }),
    nominatedBy: userRef('nominated_by'),
    worksWellWithOthers: integer('works_well_with_others').notNull(),
    positiveAttitude: integer('positive_attitude').notNull(),
    performsDuties: integer('performs_duties').notNull(),
    comment: text('comment').notNull().default(''),
    response: text('response', { enum: nominationResponses }).notNull().default('pending'),
    respondedAt: at('responded_at'),
    decision: text('decision', { enum: nominationDecisions }).notNull().default('pending'),
    decidedBy: userRef('decided_by'),
    decidedAt: at('decided_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('nominations_organisation_id_idx').on(t.organisationId),
    uniqueIndex('nominations_program_mentor_key').on(t.programMentorId),
    index('nominations_nominated_by_idx').on(t.nominatedBy),
  ],
);

/** The structured screening interview, one per mentor per program. */
export const interviews = pgTable(
  'screening_interviews',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programMentorId: text('program_mentor_id')
      .notNull()
      .references(() => programMentors.id, { onDelete: 'cascade' }),
    interviewedAt: at('interviewed_at').notNull(),
    interviewerId: userRef('interviewer_id'),
    motivation: text('motivation').notNull().default(''),
    availability: text('availability').notNull().default(''),
    experience: text('experience').notNull().default(''),
    concerns: text('concerns').notNull().default(''),
    outcome: text('outcome', { enum: interviewOutcomes }).notNull().default('pending'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('screening_interviews_organisation_id_idx').on(t.organisationId),
    uniqueIndex('screening_interviews_program_mentor_key').on(t.programMentorId),
  ],
);

/** A reference asked of a referee, who answers through an e-mailed link without an account. */
export const referenceRequests = pgTable(
  'reference_requests',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programMentorId: text('program_mentor_id')
      .notNull()
      .references(() => programMentors.id, { onDelete: 'cascade' }),
    refereeName: text('referee_name').notNull(),
    refereeEmail: text('referee_email').notNull(),
    relation: text('relation').notNull().default(''),
    /** sha256 of the link's secret; the secret itself is only in the e-mail. */
    tokenHash: text('token_hash').notNull(),
    expiresAt: at('expires_at').notNull(),
    requestedBy: userRef('requested_by'),
    answeredAt: at('answered_at'),
    /** The referee's answers (see the reference form's schema). */
    answers: jsonb('answers').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index('reference_requests_organisation_id_idx').on(t.organisationId),
    index('reference_requests_program_mentor_idx').on(t.programMentorId),
    uniqueIndex('reference_requests_token_hash_key').on(t.tokenHash),
  ],
);

/**
 * A person's child certificate (børneattest) in an organisation: it counts for every
 * program of the organisation that needs one. Status, dates and the decision only.
 */
export const childCertificates = pgTable(
  'child_certificates',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: childCertificateStatuses }).notNull(),
    consentRequestedAt: at('consent_requested_at').notNull(),
    consentGivenAt: at('consent_given_at'),
    orderedAt: at('ordered_at'),
    receivedAt: at('received_at'),
    decidedAt: at('decided_at'),
    decidedBy: userRef('decided_by'),
    decisionReason: text('decision_reason'),
    /** Set when the certificate counts (blank, or remarks approved). */
    validUntil: at('valid_until'),
    updatedAt: at('updated_at').notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    index('child_certificates_organisation_user_idx').on(t.organisationId, t.userId),
    index('child_certificates_valid_until_idx').on(t.validUntil),
  ],
);

/** What happened to a mentor in a program, when, and by whom: the timeline. */
export const mentorEvents = pgTable(
  'mentor_events',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programMentorId: text('program_mentor_id')
      .notNull()
      .references(() => programMentors.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: mentorEventKinds }).notNull(),
    actorId: userRef('actor_id'),
    at: at('at').notNull(),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
  },
  (t) => [
    index('mentor_events_organisation_id_idx').on(t.organisationId),
    index('mentor_events_program_mentor_idx').on(t.programMentorId, t.at),
  ],
);
