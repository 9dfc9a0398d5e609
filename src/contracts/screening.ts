import { z } from 'zod';
import { email } from './accounts';
import { auditActions } from './audit';
import { childCertificateStatuses, interviewOutcomes, mentorStages } from './recruitment';

/**
 * Screening (issue 4): the program's checklist, the interview, references and the child
 * certificate (børneattest). Shared with the web app. The child certificate has no field
 * for the document or a CPR number, on purpose: we store status, dates and the decision.
 */

const isoDate = z.iso.datetime({ offset: true });
const longText = z.string().trim().max(4000);

/** What passing screening still needs; also the codes in `details.missing` of a 409. */
export const screeningItems = ['interview', 'references', 'child_certificate'] as const;
export type ScreeningItem = (typeof screeningItems)[number];

export const screeningRequirementsSchema = z.object({
  programId: z.string(),
  interviewRequired: z.boolean(),
  referencesRequired: z.number().int(),
  /** From the program's rule (and its mentees' ages); not editable here. */
  childCertificateRequired: z.boolean(),
});
export type ScreeningRequirements = z.infer<typeof screeningRequirementsSchema>;

export const MAX_REFERENCES_REQUIRED = 5;
export const updateScreeningRequirementsSchema = z.object({
  interviewRequired: z.boolean(),
  referencesRequired: z.number().int().min(0).max(MAX_REFERENCES_REQUIRED),
});
export type UpdateScreeningRequirements = z.infer<typeof updateScreeningRequirementsSchema>;

/* ---------- interview ---------- */

export const interviewInputSchema = z.object({
  interviewedAt: isoDate,
  outcome: z.enum(interviewOutcomes),
  motivation: longText.default(''),
  availability: longText.default(''),
  experience: longText.default(''),
  concerns: longText.default(''),
});
export type InterviewInput = z.infer<typeof interviewInputSchema>;

export const interviewSchema = z.object({
  interviewedAt: z.string(),
  outcome: z.enum(interviewOutcomes),
  motivation: z.string(),
  availability: z.string(),
  experience: z.string(),
  concerns: z.string(),
  interviewerName: z.string().nullable(),
  updatedAt: z.string(),
});
export type Interview = z.infer<typeof interviewSchema>;
export const interviewStates = ['not_recorded', 'pending', 'passed', 'failed'] as const;
export type InterviewState = (typeof interviewStates)[number];

/* ---------- references ---------- */

export const referenceRequestInputSchema = z.object({
  refereeName: z.string().trim().min(1).max(200),
  refereeEmail: email,
  relation: z.string().trim().max(200).default(''),
});
export type ReferenceRequestInput = z.infer<typeof referenceRequestInputSchema>;

/** What a referee answers through the link. */
export const referenceAnswersSchema = z.object({
  relationship: z.string().trim().min(1).max(1000),
  knownForYears: z.number().int().min(0).max(80),
  suitability: z.number().int().min(1).max(5),
  strengths: z.string().trim().min(1).max(4000),
  concerns: z.string().trim().max(4000).default(''),
  wouldRecommend: z.boolean(),
});
export type ReferenceAnswers = z.infer<typeof referenceAnswersSchema>;

export const referenceStatuses = ['pending', 'answered', 'expired'] as const;
export type ReferenceStatus = (typeof referenceStatuses)[number];

export const referenceSchema = z.object({
  id: z.string(),
  refereeName: z.string(),
  refereeEmail: z.string(),
  relation: z.string(),
  status: z.enum(referenceStatuses),
  requestedAt: z.string(),
  expiresAt: z.string(),
  answeredAt: z.string().nullable(),
  /** For staff only (recruitment.manage). */
  answers: referenceAnswersSchema.nullable(),
});
export type Reference = z.infer<typeof referenceSchema>;

/** What the referee sees before answering: no more than they need. */
export const publicReferenceSchema = z.object({
  candidateName: z.string(),
  programName: z.string(),
  organisationName: z.string(),
  refereeName: z.string(),
  expiresAt: z.string(),
});
export type PublicReference = z.infer<typeof publicReferenceSchema>;

/* ---------- child certificate ---------- */

export const childCertificateSteps = [
  'consent_given',
  'ordered',
  'received_blank',
  'received_remarks',
] as const;
export type ChildCertificateStep = (typeof childCertificateSteps)[number];

export const childCertificateStepInputSchema = z.object({
  step: z.enum(childCertificateSteps),
  /** When it happened; now when left out. Never in the future. */
  at: isoDate.optional(),
});

export const MIN_DECISION_REASON = 10;
export const childCertificateDecisionSchema = z.object({
  approve: z.boolean(),
  reason: z.string().trim().min(MIN_DECISION_REASON).max(4000),
});

export const childCertificateSchema = z.object({
  id: z.string(),
  userId: z.string(),
  personName: z.string(),
  /** As of now: a request without consent after 14 days reads `lapsed`. */
  status: z.enum(childCertificateStatuses),
  consentRequestedAt: z.string(),
  /** When an unanswered consent request lapses. */
  consentDeadline: z.string(),
  consentGivenAt: z.string().nullable(),
  orderedAt: z.string().nullable(),
  receivedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decision: z.enum(['approved', 'rejected']).nullable(),
  /** The safeguarding lead's written reason; only for those who decide. */
  decisionReason: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** Counts now (blank or approved, before `validUntil`). */
  valid: z.boolean(),
  /** The steps that may be recorded next. */
  nextSteps: z.array(z.enum(childCertificateSteps)),
  awaitingDecision: z.boolean(),
});
export type ChildCertificate = z.infer<typeof childCertificateSchema>;

export const childCertificateStates = [
  'not_required',
  'missing',
  'in_progress',
  'awaiting_decision',
  'valid',
  'expired',
  'rejected',
  'lapsed',
] as const;
export type ChildCertificateState = (typeof childCertificateStates)[number];

export const childCertificateQueueItemSchema = z.object({
  certificate: childCertificateSchema,
  programs: z.array(z.object({ mentorId: z.string(), programId: z.string(), name: z.string() })),
});

/* ---------- the checklist ---------- */

export const screeningSchema = z.object({
  mentorId: z.string(),
  programId: z.string(),
  userId: z.string(),
  personName: z.string(),
  stage: z.enum(mentorStages),
  screeningCompletedAt: z.string().nullable(),
  requirements: screeningRequirementsSchema,
  interview: z.object({
    required: z.boolean(),
    state: z.enum(interviewStates),
    record: interviewSchema.nullable(),
  }),
  references: z.object({
    required: z.number().int(),
    answered: z.number().int(),
    items: z.array(referenceSchema),
  }),
  childCertificate: z.object({
    required: z.boolean(),
    state: z.enum(childCertificateStates),
    record: childCertificateSchema.nullable(),
    /** True when a new record may be started (none open). */
    canStart: z.boolean(),
    /** A break of 6 months or more means the earlier certificate no longer counts. */
    renewalAfterBreak: z.boolean(),
  }),
  /** Every requirement holds. */
  complete: z.boolean(),
  missing: z.array(z.enum(screeningItems)),
  /** The stage allows passing now (and it has not been passed). */
  canPass: z.boolean(),
  /** We store status, dates and the decision — never the certificate or a CPR number. */
  privacyNote: z.literal(true),
});
export type Screening = z.infer<typeof screeningSchema>;

/* ---------- the audit log ---------- */

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  action: z.enum(auditActions),
  subjectType: z.string(),
  subjectId: z.string(),
  subjectLabel: z.string(),
  details: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditSubjectTypes = ['mentee', 'child_certificate', 'program_mentor'] as const;
