import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { outboundMail } from '../mail/tables';
import { organisations } from '../organisations/tables';
import { enrolments } from '../training/tables';
import { reminderKinds } from './rules';

/**
 * Every training reminder sent, one row per occasion: the unique key is what makes a
 * retried job, or two servers running the job at once, send a reminder only once.
 */
export const trainingReminders = pgTable(
  'training_reminders',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    enrolmentId: text('enrolment_id')
      .notNull()
      .references(() => enrolments.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: reminderKinds }).notNull(),
    /**
     * What the reminder is about: for `deadline` the start of the enrolment's round of
     * training (ISO time, so a refresher gets its own), for `certificate_expiry` the
     * certificate's id.
     */
    occasion: text('occasion').notNull(),
    /** The mail written in the same transaction (kept when the outbox row is deleted). */
    mailId: text('mail_id').references(() => outboundMail.id, { onDelete: 'set null' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('training_reminders_organisation_id_idx').on(t.organisationId),
    uniqueIndex('training_reminders_enrolment_kind_occasion_key').on(
      t.enrolmentId,
      t.kind,
      t.occasion,
    ),
    index('training_reminders_mail_id_idx').on(t.mailId),
  ],
);
