import { z } from 'zod';
import { contactRules } from './matches';

/** Messages in a match and contact after the program (issue 6, points 4 and 6). */

const text = (max: number) => z.string().trim().min(1).max(max);

export const postMessageSchema = z.object({ body: text(4000) });
export type PostMessageInput = z.infer<typeof postMessageSchema>;

export const messageSenderRoles = ['mentor', 'mentee', 'guardian', 'staff'] as const;

export const messageSchema = z.object({
  id: z.string(),
  matchId: z.string(),
  senderName: z.string().nullable(),
  /** How the sender takes part in the match (null: the account was deleted). */
  senderRole: z.enum(messageSenderRoles).nullable(),
  /** Whether the caller wrote it. */
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type Message = z.infer<typeof messageSchema>;

/** Why the caller cannot write (null: they can). */
export const messagingClosedReasons = [
  'not_a_participant',
  'match_not_active',
  'match_closed',
  'gate',
] as const;

export const messageThreadSchema = z.object({
  items: z.array(messageSchema),
  canPost: z.boolean(),
  closedReason: z.enum(messagingClosedReasons).nullable(),
  /** The gate's blockers for the mentor when `closedReason` is `gate`. */
  blockers: z.array(z.string()),
});
export type MessageThread = z.infer<typeof messageThreadSchema>;

export const WATCH_WORDS_MAX = 100;
export const WATCH_WORD_LENGTH_MAX = 40;

export const watchWordsSchema = z.object({
  words: z
    .array(z.string().trim().toLowerCase().min(1).max(WATCH_WORD_LENGTH_MAX))
    .max(WATCH_WORDS_MAX),
});
export type WatchWords = z.infer<typeof watchWordsSchema>;

/** After the program: how many contact requests a former mentee may send, and in how long. */
export const CONTACT_REQUESTS_MAX = 3;
export const CONTACT_REQUEST_WINDOW_DAYS = 30;

export const createContactRequestSchema = z.object({ message: text(2000) });
export const answerContactRequestSchema = z.object({ answer: text(2000) });

export const contactRequestSchema = z.object({
  id: z.string(),
  matchId: z.string(),
  fromName: z.string().nullable(),
  message: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ContactRequest = z.infer<typeof contactRequestSchema>;

export const contactRequestsSchema = z.object({
  items: z.array(contactRequestSchema),
  /** The rule for contact after closure, as set when the match closed. */
  rule: z.enum(contactRules),
  channelClosedAt: z.iso.datetime().nullable(),
  /** Whether the caller is the former mentee (or writes for a child as the guardian). */
  formerMentee: z.boolean(),
  /** Whether the caller may send a request now (the former mentee, within the limit). */
  canRequest: z.boolean(),
  /** Requests the caller may still send in the current 30 days (former mentee only). */
  remaining: z.int(),
  limit: z.int(),
  windowDays: z.int(),
  /** Whether the caller may answer requests and close the channel (the mentor). */
  canAnswer: z.boolean(),
});
export type ContactRequests = z.infer<typeof contactRequestsSchema>;

export const contactChannelSchema = z.object({
  rule: z.enum(contactRules),
  channelClosedAt: z.iso.datetime().nullable(),
});

export const afterContactSchema = z.object({
  mentor: z.object({ name: z.string(), email: z.string() }),
});
