import { index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { auditActions } from '../../contracts/audit';
import { users } from '../accounts/tables';
import { organisations } from '../organisations/tables';

/** Who saw or decided what about a child's record or a child certificate, and when. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Kept when the person is deleted: the name stays readable in the log. */
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    action: text('action', { enum: auditActions }).notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    /** The subject's name at the time, so the log reads without joins. */
    subjectLabel: text('subject_label').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull(),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
  },
  (t) => [
    index('audit_log_organisation_at_idx').on(t.organisationId, t.at),
    index('audit_log_subject_idx').on(t.subjectType, t.subjectId),
  ],
);
