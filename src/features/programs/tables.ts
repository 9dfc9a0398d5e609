import { boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import {
  childCertificateRules,
  meetingCadences,
  programStatuses,
  programTypes,
} from '../../contracts/programs';
import { organisations } from '../organisations/tables';

export const programs = pgTable(
  'programs',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    type: text('type', { enum: programTypes }).notNull(),
    status: text('status', { enum: programStatuses }).notNull().default('draft'),
    trainingMinutes: integer('training_minutes').notNull(),
    inPersonSessionRequired: boolean('in_person_session_required').notNull(),
    trainingWindowDays: integer('training_window_days').notNull(),
    childCertificate: text('child_certificate', { enum: childCertificateRules }).notNull(),
    nominationRequired: boolean('nomination_required').notNull(),
    meetingCadence: text('meeting_cadence', { enum: meetingCadences }).notNull(),
    commitmentMonths: integer('commitment_months').notNull(),
    menteeAgeMin: integer('mentee_age_min').notNull(),
    menteeAgeMax: integer('mentee_age_max').notNull(),
    /** Words that, in a message, open a draft concern for the coordinator. */
    watchWords: text('watch_words').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [index('programs_organisation_status_idx').on(t.organisationId, t.status, t.createdAt)],
);
