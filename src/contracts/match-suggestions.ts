import { z } from 'zod';
import { mentorBlockers } from './training';

/**
 * Match suggestions for a program's whole waiting cohort (API-CONTRACT.md
 * `match-suggestions`), with the coordinator's locks, exclusions and weights.
 */

/** The terms of SCORING.md §4 a coordinator can weigh: multipliers 0–3, default 1. */
export const matchingTerms = [
  'interests',
  'goals',
  'availability',
  'distance',
  'language',
] as const;
export type MatchingTerm = (typeof matchingTerms)[number];
export const MAX_WEIGHT = 3;

const weight = z.number().int().min(0).max(MAX_WEIGHT);
export const weightsSchema = z.object({
  interests: weight,
  goals: weight,
  availability: weight,
  distance: weight,
  language: weight,
});
export type Weights = z.infer<typeof weightsSchema>;
export const defaultWeights: Weights = {
  interests: 1,
  goals: 1,
  availability: 1,
  distance: 1,
  language: 1,
};

const id = z.string().min(1).max(64);
export const pairRefSchema = z.object({ mentorId: id, menteeId: id });
export type PairRef = z.infer<typeof pairRefSchema>;

export const suggestionRequestSchema = z.object({
  /** Pairs the coordinator fixes: they are in the answer, and the rest is solved around them. */
  locks: z.array(pairRefSchema).max(1000).default([]),
  /** Pairs, mentors and mentees left out of this run only (saved exclusions always apply). */
  excludePairs: z.array(pairRefSchema).max(5000).default([]),
  excludeMentorIds: z.array(id).max(5000).default([]),
  excludeMenteeIds: z.array(id).max(5000).default([]),
  /** Overrides the program's saved weights for this run. */
  weights: weightsSchema.partial().optional(),
});
export type SuggestionRequest = z.input<typeof suggestionRequestSchema>;

/** What each term of the score is made of, for a coordinator who wants the numbers. */
export const suggestionTermsSchema = z.object({
  base: z.number().int(),
  interests: z.object({ shared: z.array(z.string()), points: z.number().int() }),
  goals: z.object({ shared: z.array(z.string()), points: z.number().int() }),
  availability: z.object({ hours: z.number().int(), points: z.number().int() }),
  distance: z.object({ km: z.number(), points: z.number().int() }),
  language: z.object({
    primary: z.string(),
    spokenByMentor: z.boolean(),
    points: z.number().int(),
  }),
});

export const suggestionSchema = z.object({
  mentorId: z.string(),
  menteeId: z.string(),
  mentorName: z.string(),
  menteeName: z.string(),
  /** The weighted score (equal to SCORING.md's when every weight is 1). */
  score: z.number().int(),
  /** The score in sentences, in the caller's language. */
  reasons: z.array(z.string()),
  locked: z.boolean(),
  terms: suggestionTermsSchema,
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** Why someone of the program is not in the suggestions at all. */
export const leftOutReasons = [
  'not_eligible',
  'incomplete_profile',
  'unknown_place',
  'at_capacity',
  'excluded',
  /** Took part, but no mentor that suits the mentee had room (or none suits at all). */
  'no_suitable_mentor',
] as const;
export type LeftOutReason = (typeof leftOutReasons)[number];

export const leftOutSchema = z.object({
  side: z.enum(['mentor', 'mentee']),
  id: z.string(),
  name: z.string(),
  reason: z.enum(leftOutReasons),
  /** The gate's blockers, for `not_eligible`. */
  blockers: z.array(z.enum(mentorBlockers)),
  /** The place as written, for `unknown_place`. */
  place: z.string().nullable(),
});
export type LeftOut = z.infer<typeof leftOutSchema>;

export const suggestionsResponseSchema = z.object({
  suggestions: z.array(suggestionSchema),
  totalScore: z.number().int(),
  /** Waiting mentees without a suggestion: no compatible mentor had room, or left out. */
  unmatchedMenteeIds: z.array(z.string()),
  leftOut: z.array(leftOutSchema),
  weights: weightsSchema,
  /** How many took part in the solving. */
  mentorCount: z.number().int(),
  menteeCount: z.number().int(),
});
export type SuggestionsResponse = z.infer<typeof suggestionsResponseSchema>;

export const acceptSuggestionsSchema = z.object({
  pairs: z
    .array(
      pairRefSchema.extend({
        score: z.number().int().min(0).max(1000).optional(),
        reasons: z.array(z.string().max(300)).max(20).optional(),
      }),
    )
    .min(1)
    .max(500),
});

export const matchingSettingsSchema = z.object({ weights: weightsSchema });

export const exclusionInputSchema = z.object({
  mentorId: id.optional(),
  menteeId: id.optional(),
});
export const exclusionSchema = z.object({
  id: z.string(),
  mentorId: z.string().nullable(),
  menteeId: z.string().nullable(),
  mentorName: z.string().nullable(),
  menteeName: z.string().nullable(),
  reason: z.enum(['declined', 'coordinator']),
  createdAt: z.iso.datetime(),
});
export type Exclusion = z.infer<typeof exclusionSchema>;

export const firstMeetingInputSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  place: z.string().trim().min(2).max(200),
});
export const firstMeetingSchema = z.object({
  at: z.iso.datetime().nullable(),
  place: z.string().nullable(),
});

export const placeSchema = z.object({
  name: z.string(),
  municipality: z.string(),
  label: z.string(),
});
