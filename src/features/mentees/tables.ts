import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { menteeSources, menteeStatuses } from '../../contracts/mentees';
import type { Profile } from '../../contracts/profile';
import { users } from '../accounts/tables';
import { organisations } from '../organisations/tables';
import { programs } from '../programs/tables';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A mentee in a program: a child (registered by a guardian), a student of 15 or older,
 * or a new employee (often imported). A child's record is read only by those who need it,
 * and every view of it is audit-logged.
 */
export const mentees = pgTable(
  'mentees',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: menteeStatuses }).notNull().default('waiting'),
    source: text('source', { enum: menteeSources }).notNull(),
    /** The mentee's own account (students, employees); null for a child. */
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The guardian who registered and consents for a child under 15. */
    guardianUserId: text('guardian_user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email'),
    phone: text('phone'),
    /** School or activity needs, in the guardian's or mentee's words. */
    needs: text('needs').notNull().default(''),
    profile: jsonb('profile').$type<Profile>().notNull(),
    consentAt: at('consent_at').notNull(),
    /** The employee number (or other key) of an import, so a re-import updates. */
    externalRef: text('external_ref'),
    /** Imported employees: their department and first working day, as HR sent them. */
    department: text('department'),
    startDate: date('start_date', { mode: 'string' }),
    waitingSince: at('waiting_since').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('mentees_organisation_id_idx').on(t.organisationId),
    index('mentees_program_status_idx').on(t.programId, t.status, t.waitingSince),
    index('mentees_guardian_idx').on(t.guardianUserId),
    index('mentees_user_idx').on(t.userId),
    uniqueIndex('mentees_program_external_ref_key').on(t.programId, t.externalRef),
  ],
);
