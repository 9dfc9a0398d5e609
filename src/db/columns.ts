import { text, timestamp } from 'drizzle-orm/pg-core';
import { organisations } from '../features/organisations/tables';

/** Column builders every feature's tables share. */

/** A moment, in UTC (`timestamptz`). */
export const at = (name: string) => timestamp(name, { withTimezone: true });
export const createdAt = () => at('created_at').notNull().defaultNow();
/** The owning organisation; its rows go when it goes. */
export const organisationId = () =>
  text('organisation_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
