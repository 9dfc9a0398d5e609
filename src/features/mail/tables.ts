import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/tables';

/** Every e-mail the platform sends; without SMTP it stays here for admins to read. */
export const outboundMail = pgTable(
  'outbound_mail',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id').references(() => organisations.id, {
      onDelete: 'cascade',
    }),
    /** What the mail is for; the outbox hides the link of a password reset from admins. */
    kind: text('kind', { enum: ['invitation', 'password_reset', 'notification'] }).notNull(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['stored', 'sent', 'failed'] }).notNull(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbound_mail_organisation_created_idx').on(t.organisationId, t.createdAt)],
);
