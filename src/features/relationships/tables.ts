import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import {
  checkInChannels,
  checkInParties,
  concernCategories,
  concernStatuses,
  concernUrgencies,
  helpRequestStatuses,
  meetingKinds,
  notificationKinds,
} from '../../contracts/relationships';
import { at, createdAt, organisationId } from '../../db/columns';
import { users } from '../accounts/tables';
import { matches } from '../matches/tables';
import { programs } from '../programs/tables';

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

/** A coordinator's check-in with one side of a match. */
export const checkIns = pgTable(
  'check_ins',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    matchId: text('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    party: text('party', { enum: checkInParties }).notNull(),
    date: at('date').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    channel: text('channel', { enum: checkInChannels }).notNull(),
    notes: text('notes').notNull().default(''),
    /** Things to keep an eye on, in the coordinator's words (short tags). */
    flags: text('flags').array().notNull().default([]),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('check_ins_organisation_id_idx').on(t.organisationId),
    index('check_ins_match_party_date_idx').on(t.matchId, t.party, t.date),
  ],
);

/**
 * A concern about a child's or anyone's safety or wellbeing. Only the program's
 * safeguarding lead and admins read it; every view is audit-logged.
 */
export const concerns = pgTable(
  'concerns',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programId: text('program_id').references(() => programs.id, { onDelete: 'set null' }),
    matchId: text('match_id').references(() => matches.id, { onDelete: 'set null' }),
    reporterId: text('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    category: text('category', { enum: concernCategories }).notNull(),
    urgency: text('urgency', { enum: concernUrgencies }).notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: concernStatuses }).notNull(),
    /** What was done, including a report to the authorities (underretning). */
    actionTaken: text('action_taken'),
    reportedToAuthoritiesAt: at('reported_to_authorities_at'),
    /** Each change of status: who, when, what. */
    history: jsonb('history')
      .$type<{ at: string; by: string | null; status: string; note?: string }[]>()
      .notNull()
      .default([]),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    closedAt: at('closed_at'),
  },
  (t) => [
    index('concerns_organisation_status_idx').on(t.organisationId, t.status, t.createdAt),
    index('concerns_match_idx').on(t.matchId),
  ],
);

/** A message between the people of a match (the guardian is copied in children's programs). */
export const messages = pgTable(
  'match_messages',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    matchId: text('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    senderId: text('sender_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('match_messages_organisation_id_idx').on(t.organisationId),
    index('match_messages_match_idx').on(t.matchId, t.createdAt),
  ],
);

/** Each side's exit survey when a match closes. */
export const exitSurveys = pgTable(
  'exit_surveys',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    matchId: text('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    party: text('party', { enum: checkInParties }).notNull(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    answers: jsonb('answers').$type<Record<string, string | number | boolean>>().notNull(),
    submittedAt: at('submitted_at').notNull(),
  },
  (t) => [
    index('exit_surveys_organisation_id_idx').on(t.organisationId),
    uniqueIndex('exit_surveys_match_party_key').on(t.matchId, t.party),
  ],
);

/** After the program: the former mentee asks the mentor something through Mentorpath. */
export const contactRequests = pgTable(
  'contact_requests',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    matchId: text('match_id')
      .notNull()
      .references(() => matches.id, { onDelete: 'cascade' }),
    fromUserId: text('from_user_id').references(() => users.id, { onDelete: 'set null' }),
    message: text('message').notNull(),
    answer: text('answer'),
    answeredAt: at('answered_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('contact_requests_organisation_id_idx').on(t.organisationId),
    index('contact_requests_match_idx').on(t.matchId, t.createdAt),
  ],
);

/** "How can we help?": a person asks the coordinators of their program for help. */
export const helpRequests = pgTable(
  'help_requests',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    programId: text('program_id').references(() => programs.id, { onDelete: 'set null' }),
    requesterId: text('requester_id').references(() => users.id, { onDelete: 'set null' }),
    subject: text('subject').notNull(),
    status: text('status', { enum: helpRequestStatuses }).notNull().default('open'),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('help_requests_organisation_status_idx').on(t.organisationId, t.status)],
);

/** The conversation of a help request: the person's messages and the coordinators' answers. */
export const helpReplies = pgTable(
  'help_replies',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    helpRequestId: text('help_request_id')
      .notNull()
      .references(() => helpRequests.id, { onDelete: 'cascade' }),
    authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('help_replies_request_idx').on(t.helpRequestId, t.createdAt)],
);

/** In-app notifications; the same kinds go by e-mail unless the person turned that off. */
export const notifications = pgTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    organisationId: organisationId(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    /** Parameters of the text, which is written in the reader's language when shown. */
    params: jsonb('params').$type<Record<string, string | number>>().notNull(),
    /** Where in the app it leads, e.g. `/matches/…`. */
    link: text('link'),
    readAt: at('read_at'),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_created_idx').on(t.userId, t.createdAt)],
);

/** Per person: the notification kinds they do not want by e-mail (in-app always). */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  emailOff: text('email_off').array().notNull().default([]),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
