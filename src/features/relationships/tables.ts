import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { meetingKinds } from '../../contracts/relationships';
import { at, createdAt, organisationId } from '../../db/columns';
import { users } from '../accounts/tables';
import { matches } from '../matches/tables';

/** A meeting or activity of a match: logged afterwards, or planned (a date ahead). */
export const meetings = pgTable(
  'match_meetings',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    matchId: text('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    date: at('date').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    kind: text('kind', { enum: meetingKinds }).notNull(),
    notes: text('notes').notNull().default(''),
    loggedBy: text('logged_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('match_meetings_organisation_id_idx').on(t.organisationId),
    index('match_meetings_match_date_idx').on(t.matchId, t.date),
  ],
);

/** A goal the mentor and mentee work towards, with how far they have come (0–100). */
export const matchGoals = pgTable(
  'match_goals',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    matchId: text('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    progressPercent: integer('progress_percent').notNull().default(0),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('match_goals_organisation_id_idx').on(t.organisationId),
    index('match_goals_match_idx').on(t.matchId),
  ],
);
