import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { contactRules, matchStatuses } from '../../contracts/matches';
import { users } from '../accounts/tables';
import { mentees } from '../mentees/tables';
import { organisations } from '../organisations/tables';
import { programs } from '../programs/tables';
import { programMentors } from '../recruitment/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A mentor and a mentee in a program: proposed, active, closed or declined. */
export const matches = pgTable(
  'matches',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    programMentorId: text('program_mentor_id')
      .notNull()
      .references(() => programMentors.id, { onDelete: 'cascade' }),
    menteeId: text('mentee_id')
      .notNull()
      .references(() => mentees.id, { onDelete: 'cascade' }),
    status: text('status', { enum: matchStatuses }).notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** The solver's score and the reasons behind it, when the match came from suggestions. */
    score: integer('score'),
    reasons: jsonb('reasons').$type<string[]>(),
    proposedAt: at('proposed_at').notNull(),
    mentorAcceptedAt: at('mentor_accepted_at'),
    menteeAcceptedAt: at('mentee_accepted_at'),
    guardianAcceptedAt: at('guardian_accepted_at'),
    startedAt: at('started_at'),
    /** The first, facilitated meeting the coordinator schedules once both sides accepted. */
    firstMeetingAt: at('first_meeting_at'),
    firstMeetingPlace: text('first_meeting_place'),
    closedAt: at('closed_at'),
    closeReason: text('close_reason'),
    closingMessage: text('closing_message'),
    closedBy: text('closed_by').references(() => users.id, { onDelete: 'set null' }),
    /** The mentor closed the channel for contact after the program. */
    contactChannelClosedAt: at('contact_channel_closed_at'),
    /**
     * The match agreement both sides accept with the match: how often they meet, for how
     * many months, and what they work towards (set from the program when proposed).
     */
    agreement: jsonb('agreement').$type<{
      cadence: 'monthly' | 'fortnightly' | 'weekly';
      lengthMonths: number;
      goals: string[];
    }>(),
    contactAfterClosure: text('contact_after_closure', { enum: contactRules })
      .notNull()
      .default('none'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('matches_organisation_id_idx').on(t.organisationId),
    index('matches_program_status_idx').on(t.programId, t.status),
    index('matches_program_mentor_idx').on(t.programMentorId, t.status),
    // A mentee has at most one open (proposed or active) match.
    uniqueIndex('matches_open_mentee_key')
      .on(t.menteeId)
      .where(sql`status in ('proposed', 'active')`),
  ],
);

/**
 * Who is kept out of suggestions: a pair (both ids), or one person (one id), because a
 * side declined the match or the coordinator said so. Declines exclude the pair for good.
 */
export const matchExclusions = pgTable(
  'match_exclusions',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    programMentorId: text('program_mentor_id').references(() => programMentors.id, {
      onDelete: 'cascade',
    }),
    menteeId: text('mentee_id').references(() => mentees.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: ['declined', 'coordinator'] }).notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('match_exclusions_organisation_id_idx').on(t.organisationId),
    index('match_exclusions_program_idx').on(t.programId),
  ],
);

/** A program's matching weights (multipliers of SCORING.md's terms) and travel default. */
export const matchingSettings = pgTable('matching_settings', {
  programId: text('program_id')
    .primaryKey()
    .references(() => programs.id, { onDelete: 'cascade' }),
  organisationId: text('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  /** Integer multipliers per term, e.g. `{ interests: 1, goals: 2, … }`; see the contract. */
  weights: jsonb('weights').$type<Record<string, number>>().notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
