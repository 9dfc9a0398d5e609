import { z } from 'zod';
import { GENDERS, GOALS, INTERESTS, LANGUAGES } from '../matching/instance';

/**
 * What matching needs to know about a person, mentor or mentee, in the vocabularies of
 * `shared/matching/SCORING.md`. Collected on the application and intake forms; the app
 * builds the solver's instance from it (issue 5).
 */
export const profileLanguages = LANGUAGES;
export const profileInterests = INTERESTS;
export const profileGoals = GOALS;
export const profileGenders = GENDERS;

/** Parts of the day a person is available, per weekday; matching turns them into hour slots. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const dayParts = ['morning', 'afternoon', 'evening'] as const;
export const availabilitySlots = weekdays.flatMap((d) => dayParts.map((p) => `${d}_${p}` as const));
export type AvailabilitySlot = (typeof availabilitySlots)[number];

export const profileSchema = z.object({
  languages: z.array(z.enum(LANGUAGES)).min(1).max(LANGUAGES.length),
  interests: z.array(z.enum(INTERESTS)).max(INTERESTS.length).default([]),
  goals: z.array(z.enum(GOALS)).max(GOALS.length).default([]),
  availability: z
    .array(z.enum(availabilitySlots as [AvailabilitySlot, ...AvailabilitySlot[]]))
    .max(availabilitySlots.length)
    .default([]),
  /** A place in Denmark, by name (town or postcode area); distances come from a gazetteer. */
  place: z.string().trim().min(2).max(80),
  maxTravelKm: z.number().int().min(1).max(200).default(15),
  gender: z.enum(GENDERS).nullable().default(null),
  genderPreference: z.enum(GENDERS).nullable().default(null),
});
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
