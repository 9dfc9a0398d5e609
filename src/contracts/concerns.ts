import { z } from 'zod';
import {
  concernCategories,
  concernStatuses,
  concernUrgencies,
  helpRequestStatuses,
} from './relationships';

/** Concerns (issue 6, point 3) and "How can we help?" (point 7). */
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const reportConcernSchema = z.object({
  /** The match it is about; the caller must take part in it or be staff. */
  matchId: z.string().max(64).optional(),
  /** Required without a match: the organisation the concern is for. */
  organisationId: z.string().max(64).optional(),
  programId: z.string().max(64).optional(),
  category: z.enum(concernCategories),
  urgency: z.enum(concernUrgencies),
  description: text(10, 5000),
});
export type ReportConcernInput = z.infer<typeof reportConcernSchema>;

/** What the reporter may read back: that it was received, nothing of the content. */
export const concernReceiptSchema = z.object({
  id: z.string(),
  status: z.enum(concernStatuses),
  createdAt: z.iso.datetime(),
});
export type ConcernReceipt = z.infer<typeof concernReceiptSchema>;

export const concernHistoryEntrySchema = z.object({
  at: z.iso.datetime(),
  byName: z.string().nullable(),
  status: z.enum(concernStatuses),
  note: z.string().nullable(),
});

export const concernSummarySchema = z.object({
  id: z.string(),
  status: z.enum(concernStatuses),
  category: z.enum(concernCategories),
  urgency: z.enum(concernUrgencies),
  programId: z.string().nullable(),
  programName: z.string().nullable(),
  matchId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ConcernSummary = z.infer<typeof concernSummarySchema>;

export const concernSchema = concernSummarySchema.extend({
  description: z.string(),
  reporterName: z.string().nullable(),
  actionTaken: z.string().nullable(),
  reportedToAuthoritiesAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  history: z.array(concernHistoryEntrySchema),
});
export type Concern = z.infer<typeof concernSchema>;

/** Forward only: received → assessing → action_taken → closed; a draft → received or closed. */
export const concernStatusChangeSchema = z.object({
  status: z.enum(['received', 'assessing', 'action_taken', 'closed']),
  note: z.string().trim().max(2000).optional(),
  /** What was done; required when the status becomes `action_taken`. */
  actionTaken: z.string().trim().max(5000).optional(),
  /** A report to the authorities (underretning) was made. */
  reportedToAuthorities: z.boolean().optional(),
  /** When the report to the authorities was made (defaults to now). */
  reportedToAuthoritiesAt: z.iso.datetime({ offset: true }).optional(),
});
export type ConcernStatusChange = z.infer<typeof concernStatusChangeSchema>;

/** A draft opened by a watch-list word in a message, as the coordinator sees it. */
export const concernDraftSchema = z.object({
  id: z.string(),
  matchId: z.string().nullable(),
  programName: z.string().nullable(),
  /** The excerpt of the message (or whatever the watch list recorded). */
  excerpt: z.string(),
  /** The watch-list word, when it was recorded. */
  word: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type ConcernDraft = z.infer<typeof concernDraftSchema>;

export const raiseDraftSchema = z.object({
  category: z.enum(concernCategories).optional(),
  urgency: z.enum(concernUrgencies).optional(),
  note: z.string().trim().max(2000).optional(),
});

export const createHelpRequestSchema = z.object({
  programId: z.string().max(64).optional(),
  subject: text(1, 200),
  message: text(1, 5000),
});
export type CreateHelpRequestInput = z.infer<typeof createHelpRequestSchema>;

export const helpReplyInputSchema = z.object({ body: text(1, 5000) });

export const helpReplySchema = z.object({
  id: z.string(),
  authorName: z.string().nullable(),
  /** Written by a coordinator (not the person who asked). */
  fromStaff: z.boolean(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type HelpReply = z.infer<typeof helpReplySchema>;

export const helpRequestSummarySchema = z.object({
  id: z.string(),
  subject: z.string(),
  status: z.enum(helpRequestStatuses),
  programId: z.string().nullable(),
  programName: z.string().nullable(),
  requesterName: z.string().nullable(),
  mine: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type HelpRequestSummary = z.infer<typeof helpRequestSummarySchema>;

export const helpRequestSchema = helpRequestSummarySchema.extend({
  replies: z.array(helpReplySchema),
  /** Whether the caller answers as a coordinator. */
  canAnswer: z.boolean(),
});
export type HelpRequest = z.infer<typeof helpRequestSchema>;
