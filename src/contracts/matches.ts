import { z } from 'zod';

/** Matches (API-CONTRACT.md). */
export const matchStatuses = ['proposed', 'active', 'closed', 'declined'] as const;
export type MatchStatus = (typeof matchStatuses)[number];

/** What contact the mentee and mentor may have after the match is closed. */
export const contactRules = ['none', 'platform', 'direct'] as const;
export type ContactRule = (typeof contactRules)[number];

export const createMatchSchema = z.object({
  mentorId: z.string().min(1).max(64),
  menteeId: z.string().min(1).max(64),
});

/** A match as the contract lists it, with the names a coordinator reads. */
export const matchSchema = z.object({
  id: z.string(),
  programId: z.string(),
  mentorId: z.string(),
  menteeId: z.string(),
  mentorName: z.string(),
  menteeName: z.string(),
  status: z.enum(matchStatuses),
  proposedAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  contactAfterClosure: z.enum(contactRules),
  acceptance: z.object({
    mentor: z.iso.datetime().nullable(),
    mentee: z.iso.datetime().nullable(),
    guardian: z.iso.datetime().nullable(),
    /** Who accepts for the mentee: the guardian for a child under 15. */
    menteeSide: z.enum(['mentee', 'guardian']),
  }),
});
export type Match = z.infer<typeof matchSchema>;

/** One of the signed-in person's matches, from their side. */
export const myMatchSchema = matchSchema.extend({
  programName: z.string(),
  /** How the caller takes part: as the mentor, the mentee or the mentee's guardian. */
  role: z.enum(['mentor', 'mentee', 'guardian']),
  /** Whether the caller still has to accept this proposal. */
  awaitingMe: z.boolean(),
});

/** Contact details, shown only while the gate holds for the mentor. */
export const contactSchema = z.object({
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export const matchContactSchema = z.object({
  mentor: contactSchema.nullable(),
  mentee: contactSchema.nullable(),
  guardian: contactSchema.nullable(),
});
