import { z } from 'zod';

export const programTypes = ['school', 'leisure', 'career', 'workplace', 'custom'] as const;
export type ProgramType = (typeof programTypes)[number];

export const programStatuses = ['draft', 'published', 'archived'] as const;
export type ProgramStatus = (typeof programStatuses)[number];

/** When mentors must hold a child certificate (børneattest), from least to most strict. */
export const childCertificateRules = ['never', 'when_under_15', 'always'] as const;
export type ChildCertificateRule = (typeof childCertificateRules)[number];

export const meetingCadences = ['monthly', 'fortnightly', 'weekly'] as const;
export type MeetingCadence = (typeof meetingCadences)[number];

export const programSettingsSchema = z.object({
  trainingMinutes: z
    .number()
    .int()
    .min(0)
    .max(100 * 60),
  inPersonSessionRequired: z.boolean(),
  trainingWindowDays: z.number().int().min(1).max(365),
  childCertificate: z.enum(childCertificateRules),
  nominationRequired: z.boolean(),
  meetingCadence: z.enum(meetingCadences),
  commitmentMonths: z.number().int().min(1).max(60),
  menteeAgeMin: z.number().int().min(0).max(99),
  menteeAgeMax: z.number().int().min(0).max(120),
});
export type ProgramSettings = z.infer<typeof programSettingsSchema>;

export const programSchema = programSettingsSchema.extend({
  id: z.string(),
  organisationId: z.string(),
  name: z.string(),
  description: z.string(),
  type: z.enum(programTypes),
  status: z.enum(programStatuses),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Program = z.infer<typeof programSchema>;

const name = z.string().trim().min(2).max(120);
const description = z.string().trim().max(5000);

export const createProgramSchema = programSettingsSchema.partial().extend({
  name,
  description: description.default(''),
  type: z.enum(programTypes),
});
export type CreateProgramInput = z.input<typeof createProgramSchema>;

export const updateProgramSchema = programSettingsSchema.partial().extend({
  name: name.optional(),
  description: description.optional(),
  status: z.enum(['draft', 'published']).optional(),
});
export type UpdateProgramInput = z.input<typeof updateProgramSchema>;
