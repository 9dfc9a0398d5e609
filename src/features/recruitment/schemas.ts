import { z } from 'zod';
import { email } from '../../contracts/accounts';
import { profileSchema } from '../../contracts/profile';
import { meetingCadences, programTypes } from '../../contracts/programs';
import {
  candidacySources,
  childCertificateStatuses,
  interviewOutcomes,
  mentorEventKinds,
  mentorStages,
  nominationDecisions,
  nominationResponses,
} from '../../contracts/recruitment';
import { locales } from '../../contracts/roles';

/**
 * Request and response shapes of the recruitment routes: the public program page and
 * applications, HR nominations, a person's own applications, and the pipeline.
 */

/* ---------- public page and applications ---------- */

export const publicProgramSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  type: z.enum(programTypes),
  organisationName: z.string(),
  trainingMinutes: z.number().int(),
  inPersonSessionRequired: z.boolean(),
  commitmentMonths: z.number().int(),
  meetingCadence: z.enum(meetingCadences),
  childCertificateRequired: z.boolean(),
  /** Mentors are nominated by HR: the page shows no application form. */
  nominationRequired: z.boolean(),
  menteeAgeMin: z.number().int(),
  menteeAgeMax: z.number().int(),
});
export type PublicProgram = z.infer<typeof publicProgramSchema>;

const consentIssue = { params: { i18n: 'recruitment.validation.consentRequired' } };

export const applicationSchema = z.object({
  name: z.string().trim().min(2).max(120),
  email,
  phone: z
    .string()
    .trim()
    .max(30)
    .refine((v) => /^[+0-9 ()-]*$/.test(v), { params: { i18n: 'recruitment.validation.phone' } })
    .optional()
    .transform((v) => (v ? v : null)),
  birthYear: z.number().int().min(1920).max(2012),
  motivation: z.string().trim().min(20).max(3000),
  experience: z.string().trim().max(3000).default(''),
  profile: profileSchema,
  capacity: z.number().int().min(1).max(3).default(1),
  /** Consent to the processing described on the page: must be given. */
  consent: z.boolean().refine((v) => v === true, consentIssue),
  locale: z.enum(locales).default('da'),
  /** A field people never see: a bot that fills it is answered as if accepted. */
  website: z.string().max(500).optional(),
});
export type ApplicationInput = z.input<typeof applicationSchema>;

export const applicationReceivedSchema = z.object({
  application: z.object({ programId: z.string(), status: z.literal('received') }),
});

/* ---------- nominations ---------- */

const rating = z.number().int().min(1).max(5);
const ratings = {
  worksWellWithOthers: rating,
  positiveAttitude: rating,
  performsDuties: rating,
  comment: z.string().trim().max(2000).default(''),
};

/** An existing member by `membershipId`, or someone new by e-mail and name (invited). */
export const nominateSchema = z
  .object({
    membershipId: z.string().min(1).max(200).optional(),
    email: email.optional(),
    name: z.string().trim().min(2).max(120).optional(),
    locale: z.enum(locales).default('da'),
    ...ratings,
  })
  .superRefine((value, ctx) => {
    if (value.membershipId) return;
    for (const field of ['email', 'name'] as const) {
      if (!value[field]) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'required',
          params: { i18n: 'recruitment.validation.nomineeRequired' },
        });
      }
    }
  });
export type NominateInput = z.input<typeof nominateSchema>;

/** Broad terms for HR: where a nominee is, without the screening details. */
export const broadStages = ['awaiting', 'screening', 'training', 'mentor', 'ended'] as const;
export type BroadStage = (typeof broadStages)[number];

export const myNominationSchema = z.object({
  id: z.string(),
  nomineeName: z.string(),
  programId: z.string(),
  programName: z.string(),
  response: z.enum(nominationResponses),
  decision: z.enum(nominationDecisions),
  stage: z.enum(broadStages),
  createdAt: z.iso.datetime(),
});
export type MyNomination = z.infer<typeof myNominationSchema>;

export const nominationCandidateSchema = z.object({
  membershipId: z.string(),
  name: z.string(),
  email: z.string(),
});
export type NominationCandidate = z.infer<typeof nominationCandidateSchema>;

export const respondSchema = z.object({ accept: z.boolean() });
export const decisionSchema = z.object({
  approve: z.boolean(),
  reason: z.string().trim().max(1000).optional(),
});

export const nominationSchema = z.object({
  id: z.string(),
  programMentorId: z.string(),
  response: z.enum(nominationResponses),
  decision: z.enum(nominationDecisions),
});

/* ---------- a person's own applications ---------- */

/** What happens next, as a key the web app words. */
export const nextSteps = [
  'respond_to_nomination',
  'wait_for_approval',
  'wait_for_screening',
  'screening',
  'training',
  'certified',
  'mentoring',
  'none',
] as const;

export const myApplicationSchema = z.object({
  /** The program-mentor id (for withdrawing). */
  id: z.string(),
  programId: z.string(),
  programName: z.string(),
  source: z.enum(candidacySources),
  stage: z.enum(mentorStages),
  stageChangedAt: z.iso.datetime(),
  next: z.enum(nextSteps),
  /** Set for a nomination: its id and where it stands. */
  nomination: z
    .object({
      id: z.string(),
      nominatedByName: z.string().nullable(),
      response: z.enum(nominationResponses),
      decision: z.enum(nominationDecisions),
    })
    .nullable(),
  createdAt: z.iso.datetime(),
});
export type MyApplication = z.infer<typeof myApplicationSchema>;

/* ---------- the pipeline ---------- */

export const screeningSummarySchema = z.object({
  interviewRequired: z.boolean(),
  interview: z.enum([...interviewOutcomes, 'none']),
  referencesRequired: z.number().int(),
  referencesAnswered: z.number().int(),
  childCertificateRequired: z.boolean(),
  childCertificate: z.enum([...childCertificateStatuses, 'none']),
  completedAt: z.iso.datetime().nullable(),
});
export type ScreeningSummary = z.infer<typeof screeningSummarySchema>;

export const pipelineEntrySchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  source: z.enum(candidacySources),
  /** The stage as people see it: the enrolment's status once in training, `active` when matched. */
  stage: z.enum(mentorStages),
  stageChangedAt: z.iso.datetime(),
  exitReason: z.string().nullable(),
  screening: screeningSummarySchema,
  createdAt: z.iso.datetime(),
});
export type PipelineEntry = z.infer<typeof pipelineEntrySchema>;

export const pipelineQuerySchema = z.object({
  stage: z.enum(mentorStages).optional(),
  q: z.string().trim().max(100).optional(),
});

export const pipelineSummarySchema = z.object({
  counts: z.record(z.enum(mentorStages), z.number().int()),
  total: z.number().int(),
});
export type PipelineSummary = z.infer<typeof pipelineSummarySchema>;

export const pipelineActions = ['advance', 'reject', 'message'] as const;
export const pipelineActionSchema = z.object({
  mentorIds: z
    .array(z.string().min(1).max(200))
    .min(1)
    .max(200)
    .transform((ids) => [...new Set(ids)]),
  action: z.enum(pipelineActions),
  reason: z.string().trim().max(1000).optional(),
  subject: z.string().trim().max(200).optional(),
  message: z.string().trim().max(5000).optional(),
});
export type PipelineActionInput = z.input<typeof pipelineActionSchema>;

export const pipelineActionResultSchema = z.object({
  mentors: z.array(z.object({ id: z.string(), stage: z.enum(mentorStages) })),
});

export const mentorEventSchema = z.object({
  id: z.string(),
  kind: z.enum(mentorEventKinds),
  at: z.iso.datetime(),
  actorName: z.string().nullable(),
  details: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .nullable(),
});
export type MentorEvent = z.infer<typeof mentorEventSchema>;

export const mentorDetailsSchema = z.object({
  id: z.string(),
  programId: z.string(),
  programName: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  motivation: z.string(),
  experience: z.string(),
  profile: profileSchema.nullable(),
  capacity: z.number().int(),
  source: z.enum(candidacySources),
  stage: z.enum(mentorStages),
  stageChangedAt: z.iso.datetime(),
  exitReason: z.string().nullable(),
  consentAt: z.iso.datetime().nullable(),
  screening: screeningSummarySchema,
  nomination: z
    .object({
      id: z.string(),
      nominatedByName: z.string().nullable(),
      worksWellWithOthers: z.number().int(),
      positiveAttitude: z.number().int(),
      performsDuties: z.number().int(),
      comment: z.string(),
      response: z.enum(nominationResponses),
      respondedAt: z.iso.datetime().nullable(),
      decision: z.enum(nominationDecisions),
      decidedAt: z.iso.datetime().nullable(),
    })
    .nullable(),
  createdAt: z.iso.datetime(),
});
export type MentorDetails = z.infer<typeof mentorDetailsSchema>;

export const withdrawSchema = z.object({ reason: z.string().trim().max(1000).optional() });
