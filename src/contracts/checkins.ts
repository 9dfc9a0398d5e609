import { z } from 'zod';
import { contactRules, matchSchema } from './matches';
import { checkInChannels, checkInParties, closureReasons } from './relationships';

/** Check-ins by the coordinator and closure of a match (issue 6, points 2 and 5). */
const text = (max: number) => z.string().trim().max(max);

export const recordCheckInSchema = z.object({
  party: z.enum(checkInParties),
  /** When the contact took place (not in the future). */
  date: z.iso.datetime({ offset: true }),
  durationMinutes: z.int().min(1).max(600),
  channel: z.enum(checkInChannels),
  notes: text(4000).default(''),
  /** Short tags of things to keep an eye on. */
  flags: z.array(text(40).min(1)).max(10).default([]),
});
export type RecordCheckInInput = z.input<typeof recordCheckInSchema>;

export const checkInSchema = z.object({
  id: z.string(),
  matchId: z.string(),
  party: z.enum(checkInParties),
  date: z.iso.datetime(),
  durationMinutes: z.int(),
  channel: z.enum(checkInChannels),
  notes: z.string(),
  flags: z.array(z.string()),
  recordedByName: z.string().nullable(),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const dueStatuses = ['ok', 'due', 'overdue'] as const;
export type DueStatus = (typeof dueStatuses)[number];

/** When the coordinator should next be in touch with one side of a match. */
export const partyDueSchema = z.object({
  party: z.enum(checkInParties),
  /** `monthly`: twice in the first month, then monthly; `quarterly`: the guardian. */
  cadence: z.enum(['monthly', 'quarterly']),
  /** The mentee side of a child under 15 is reached through the guardian. */
  throughGuardian: z.boolean(),
  lastCheckInAt: z.iso.datetime().nullable(),
  nextDueAt: z.iso.datetime(),
  status: z.enum(dueStatuses),
});
export type PartyDue = z.infer<typeof partyDueSchema>;

export const dueMatchSchema = z.object({
  matchId: z.string(),
  programId: z.string(),
  programName: z.string(),
  mentorName: z.string(),
  menteeName: z.string(),
  startedAt: z.iso.datetime(),
  /** The worst of the parties. */
  status: z.enum(dueStatuses),
  parties: z.array(partyDueSchema),
});
export type DueMatch = z.infer<typeof dueMatchSchema>;

export const dueListSchema = z.object({
  /** Active matches, overdue first, then due, then the rest; by the earliest due date. */
  items: z.array(dueMatchSchema),
  /** Counts of parties: overdue, and due within the week. */
  summary: z.object({ overdue: z.int(), due: z.int() }),
});
export type DueList = z.infer<typeof dueListSchema>;

export const matchCheckInsSchema = z.object({
  items: z.array(checkInSchema),
  /** Per party what is due; empty unless the match is active. */
  schedule: z.array(partyDueSchema),
});
export type MatchCheckIns = z.infer<typeof matchCheckInsSchema>;

export const closeMatchSchema = z.object({
  reason: z.enum(closureReasons),
  contactAfterClosure: z.enum(contactRules),
  closingMessage: text(4000).optional(),
});
export type CloseMatchInput = z.input<typeof closeMatchSchema>;

export const closedMatchSchema = matchSchema.extend({
  closeReason: z.enum(closureReasons).nullable(),
  closingMessage: z.string().nullable(),
});
export type ClosedMatch = z.infer<typeof closedMatchSchema>;

export const exitSurveyInputSchema = z.object({
  rating: z.int().min(1).max(5),
  whatWorked: text(4000).default(''),
  whatCouldBeBetter: text(4000).default(''),
  wouldRecommend: z.boolean(),
});
export type ExitSurveyInput = z.input<typeof exitSurveyInputSchema>;

export const exitSurveySchema = z.object({
  party: z.enum(checkInParties),
  submittedAt: z.iso.datetime(),
  rating: z.int(),
  whatWorked: z.string(),
  whatCouldBeBetter: z.string(),
  wouldRecommend: z.boolean(),
});
export type ExitSurvey = z.infer<typeof exitSurveySchema>;

/** The closure as the people of a match and staff see it, with the exit surveys. */
export const closureSchema = z.object({
  closure: z
    .object({
      closedAt: z.iso.datetime(),
      /** Only staff read the reason; null for the people of the match. */
      reason: z.enum(closureReasons).nullable(),
      contactAfterClosure: z.enum(contactRules),
      closingMessage: z.string().nullable(),
    })
    .nullable(),
  /** Staff: every side's survey; a participant: their own. */
  surveys: z.array(exitSurveySchema),
  /** The sides the caller may still answer the exit survey for. */
  canAnswerAs: z.array(z.enum(checkInParties)),
});
export type Closure = z.infer<typeof closureSchema>;
