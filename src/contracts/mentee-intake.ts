import { z } from 'zod';
import { email } from './accounts';
import { menteeSources, menteeStatuses } from './mentees';
import { profileSchema } from './profile';
import { programTypes } from './programs';
import { locales } from './roles';

/**
 * Mentees in (issue 4): the public registration by a guardian or a student, a guardian's
 * own children, the CSV import of new employees and the mentees list. Shared by the
 * routes and the web app.
 */

/** How a program takes mentees in: through a guardian, by the student, either, or the employer. */
export const intakeModes = ['guardian', 'self', 'guardian_or_self', 'employer'] as const;
export type IntakeMode = (typeof intakeModes)[number];

const consent = (key: string) =>
  z.boolean().refine((value) => value === true, { params: { i18n: `mentees.validation.${key}` } });

const personName = z.string().trim().min(2).max(120);
const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+0-9 ()-]*$/);
/** A calendar date, YYYY-MM-DD. */
const isoDate = z.iso.date();
const needs = z.string().trim().max(2000);

export const childSchema = z.object({
  name: personName,
  birthDate: isoDate,
  needs: needs.default(''),
  profile: profileSchema,
});

export const guardianRegistrationSchema = z.object({
  kind: z.literal('guardian'),
  guardian: z.object({
    name: personName,
    email,
    phone: phone.min(8),
    locale: z.enum(locales).default('da'),
  }),
  child: childSchema,
  /** The guardian consents to the registration and the matching it leads to. */
  consent: consent('consent'),
  /** …and to our processing of the child's data as described on the form. */
  childDataConsent: consent('childDataConsent'),
  /** Left empty by people; filled in by robots. */
  website: z.string().max(200).optional(),
});

export const selfRegistrationSchema = z.object({
  kind: z.literal('self'),
  name: personName,
  email,
  phone: phone.default(''),
  locale: z.enum(locales).default('da'),
  birthDate: isoDate,
  needs: needs.default(''),
  profile: profileSchema,
  consent: consent('consent'),
  website: z.string().max(200).optional(),
});

export const menteeRegistrationSchema = z.discriminatedUnion('kind', [
  guardianRegistrationSchema,
  selfRegistrationSchema,
]);
export type MenteeRegistrationInput = z.input<typeof menteeRegistrationSchema>;

export const programIntakeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  type: z.enum(programTypes),
  organisationName: z.string(),
  menteeAgeMin: z.number().int(),
  menteeAgeMax: z.number().int(),
  registration: z.enum(intakeModes),
  /** Below this age a guardian registers the child (digital consent age in Denmark). */
  digitalConsentAge: z.number().int(),
});
export type ProgramIntake = z.infer<typeof programIntakeSchema>;

export const registrationReceiptSchema = z.object({
  received: z.literal(true),
  programName: z.string(),
});

/** A signed-in guardian adds a child to a program. */
export const addChildSchema = childSchema.extend({
  programId: z.string().min(1).max(200),
  consent: consent('consent'),
  childDataConsent: consent('childDataConsent'),
});
export type AddChildInput = z.input<typeof addChildSchema>;

export const updateMenteeSchema = z.object({
  needs: needs.optional(),
  profile: profileSchema.optional(),
  phone: phone.optional(),
});
export type UpdateMenteeInput = z.input<typeof updateMenteeSchema>;

/** One mentee in a program's list: what anyone with mentees.read may see, no needs, no contact. */
export const menteeListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  age: z.number().int(),
  /** Under 18: a child's record, whose views are audit-logged. */
  child: z.boolean(),
  status: z.enum(menteeStatuses),
  source: z.enum(menteeSources),
  waitingSince: z.iso.datetime(),
  languages: z.array(z.string()),
  place: z.string(),
  employeeId: z.string().nullable(),
});
export type MenteeListItem = z.infer<typeof menteeListItemSchema>;

/** The full record, for those who need it (mentees.read); a view of a child's is logged. */
export const menteeRecordSchema = menteeListItemSchema.extend({
  programId: z.string(),
  programName: z.string(),
  birthDate: z.string(),
  needs: z.string(),
  profile: profileSchema,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  guardian: z.object({ name: z.string(), email: z.string() }).nullable(),
  /** Imported employees: department and first working day, as imported. */
  department: z.string().nullable(),
  startDate: z.string().nullable(),
  consentAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** True when this view was written to the audit log. */
  viewLogged: z.boolean(),
});
export type MenteeRecord = z.infer<typeof menteeRecordSchema>;

/** A guardian's child or the caller's own mentee record, as they see it. */
export const myMenteeSchema = z.object({
  id: z.string(),
  relation: z.enum(['child', 'self']),
  programId: z.string(),
  programName: z.string(),
  name: z.string(),
  birthDate: z.string(),
  age: z.number().int(),
  status: z.enum(menteeStatuses),
  waitingSince: z.iso.datetime(),
  needs: z.string(),
  profile: profileSchema,
  phone: z.string().nullable(),
});
export type MyMentee = z.infer<typeof myMenteeSchema>;

/** The CSV text of an import (a JSON body; about 1 MB at most). */
export const MAX_IMPORT_CHARS = 1_000_000;
export const MAX_IMPORT_ROWS = 2000;
export const menteeImportSchema = z.object({ csv: z.string().min(1).max(MAX_IMPORT_CHARS) });

export const importActions = ['create', 'update', 'unchanged', 'error'] as const;
export type ImportAction = (typeof importActions)[number];

export const importRowSchema = z.object({
  /** The spreadsheet row, counting the header as row 1. */
  row: z.number().int(),
  employeeId: z.string(),
  name: z.string(),
  email: z.string(),
  action: z.enum(importActions),
  /** For an update: the fields that change. */
  changes: z.array(z.string()),
  errors: z.array(z.object({ column: z.string(), message: z.string() })),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importCountsSchema = z.object({
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  error: z.number().int(),
});

export const importPreviewSchema = z.object({
  rows: z.array(importRowSchema),
  counts: importCountsSchema,
  /** Problems with the file as a whole (no header, a required column missing, too many rows). */
  fileErrors: z.array(z.string()),
  /** Header cells that were not recognised (ignored). */
  ignoredColumns: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  counts: importCountsSchema,
  /** New people who were sent an invitation to choose a password. */
  invited: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;
