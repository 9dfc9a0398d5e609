import { z } from 'zod';
import { matchStatuses } from './matches';

/** Relationships (issue 6): meetings and goals of a match. */
export const meetingKinds = ['homework', 'leisure', 'shadow_day', 'one_to_one', 'other'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

const text = (max: number) => z.string().trim().max(max);

/** Log a meeting or activity (a date ahead = a planned meeting). */
export const createMeetingSchema = z.object({
  date: z.iso.datetime({ offset: true }),
  durationMinutes: z.int().min(5).max(1440),
  kind: z.enum(meetingKinds),
  notes: text(4000).default(''),
});
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

export const updateMeetingSchema = z.object({
  date: z.iso.datetime({ offset: true }).optional(),
  durationMinutes: z.int().min(5).max(1440).optional(),
  kind: z.enum(meetingKinds).optional(),
  notes: text(4000).optional(),
});
export type UpdateMeetingInput = z.infer<typeof updateMeetingSchema>;

export const meetingSchema = z.object({
  id: z.string(),
  matchId: z.string(),
  date: z.iso.datetime(),
  durationMinutes: z.int(),
  kind: z.enum(meetingKinds),
  notes: z.string(),
  loggedByName: z.string().nullable(),
  /** Whether the caller may change or delete it: the one who logged it, or staff. */
  canEdit: z.boolean(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const createGoalSchema = z.object({ title: text(200).min(1) });
export const updateGoalSchema = z.object({
  title: text(200).min(1).optional(),
  progressPercent: z.int().min(0).max(100).optional(),
});
export type UpdateGoalInput = z.infer<typeof updateGoalSchema>;

export const goalSchema = z.object({
  id: z.string(),
  matchId: z.string(),
  title: z.string(),
  progressPercent: z.int().min(0).max(100),
  updatedAt: z.iso.datetime(),
});
export type Goal = z.infer<typeof goalSchema>;

export const agreementSchema = z.object({
  cadence: z.enum(['monthly', 'fortnightly', 'weekly']),
  lengthMonths: z.int(),
  goals: z.array(z.string()),
});

export const nextMeetingSchema = z.object({
  date: z.iso.datetime(),
  /** A logged (planned) meeting, or the facilitated first meeting (`first`). */
  source: z.enum(['meeting', 'first']),
  meetingId: z.string().nullable(),
  place: z.string().nullable(),
  kind: z.enum(meetingKinds).nullable(),
  durationMinutes: z.int(),
});
export type NextMeeting = z.infer<typeof nextMeetingSchema>;

export const matchPageSchema = z.object({
  match: z.object({
    id: z.string(),
    programId: z.string(),
    programName: z.string(),
    mentorName: z.string(),
    menteeName: z.string(),
    status: z.enum(matchStatuses),
    proposedAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
    firstMeetingAt: z.iso.datetime().nullable(),
    firstMeetingPlace: z.string().nullable(),
    agreement: agreementSchema.nullable(),
  }),
  /** How the caller takes part, and what they may do. */
  viewer: z.object({
    sides: z.array(z.enum(['mentor', 'mentee', 'guardian'])),
    staff: z.boolean(),
    canWrite: z.boolean(),
  }),
  goals: z.array(goalSchema),
  meetings: z.array(meetingSchema),
  nextMeeting: nextMeetingSchema.nullable(),
});
export type MatchPage = z.infer<typeof matchPageSchema>;

/** Check-ins by the coordinator (issue 6, point 2). */
export const checkInParties = ['mentor', 'mentee', 'guardian'] as const;
export const checkInChannels = ['phone', 'video', 'in_person', 'message', 'email'] as const;

/** Concerns (issue 6, point 3): what happened, how urgent, and where it is in handling. */
export const concernCategories = [
  'safety',
  'wellbeing',
  'boundaries',
  'conduct',
  'abuse_or_neglect',
  'other',
] as const;
export const concernUrgencies = ['low', 'medium', 'high', 'immediate'] as const;
/** `draft`: opened by the watch list for the coordinator to look at; not yet a report. */
export const concernStatuses = [
  'draft',
  'received',
  'assessing',
  'action_taken',
  'closed',
] as const;

/** Closure (issue 6, point 5). */
export const closureReasons = [
  'completed',
  'goals_reached',
  'mentee_withdrew',
  'mentor_withdrew',
  'moved_away',
  'not_a_good_fit',
  'safeguarding',
  'other',
] as const;

export const helpRequestStatuses = ['open', 'answered', 'closed'] as const;

/** Kinds of notification; a person chooses per kind whether it also comes by e-mail. */
export const notificationKinds = [
  'match_proposed',
  'match_active',
  'meeting_planned',
  'message',
  'check_in_due',
  'concern_received',
  'concern_updated',
  'match_closed',
  'contact_request',
  'contact_answer',
  'help_request',
  'help_answer',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];
