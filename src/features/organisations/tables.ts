import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const organisations = pgTable('organisations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** How long a child certificate counts (months); the law asks for renewal, default 2 years. */
  childCertificateRenewalMonths: integer('child_certificate_renewal_months').notNull().default(24),
  /** Days a rejected applicant's data is kept before a job deletes it. */
  rejectedRetentionDays: integer('rejected_retention_days').notNull().default(180),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    roles: text('roles').array().notNull(),
    /** `invited` until the person has set a password through the invitation link. */
    status: text('status', { enum: ['invited', 'active'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('memberships_organisation_user_key').on(t.organisationId, t.userId),
    index('memberships_user_id_idx').on(t.userId),
  ],
);
