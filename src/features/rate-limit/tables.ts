import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Hits on a limited action (public forms, contact requests), counted across processes. */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    id: text('id').primaryKey(),
    /** What is limited, e.g. `application` or `contact_request`. */
    bucket: text('bucket').notNull(),
    /** Whom it is counted for: an address, a user id. */
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_hits_bucket_key_at_idx').on(t.bucket, t.key, t.at)],
);
