import { z } from 'zod';

/**
 * The gate's blockers that are about the mentor, in the fixed order in which they are
 * reported (the first is the 422 code of a refused match). Shared with the web app so
 * it can name each one; match blockers (`mentor_at_capacity`, …) are added by matching.
 */
export const mentorBlockers = [
  'screening_incomplete',
  'child_certificate_missing',
  'child_certificate_expired',
  'training_incomplete',
  'certification_expired',
  'code_of_conduct_unsigned',
] as const;
export type MentorBlocker = (typeof mentorBlockers)[number];

export const itemKinds = ['lesson', 'quiz', 'in_person', 'code_of_conduct', 'reflection'] as const;
export type ItemKind = (typeof itemKinds)[number];

export const curriculumStatuses = ['draft', 'published'] as const;
export type CurriculumStatus = (typeof curriculumStatuses)[number];

/** Training part of the mentor lifecycle (PRODUCT.md, "The lifecycle"). */
export const enrolmentStatuses = ['in_training', 'certified', 'recertification_due'] as const;
export type EnrolmentStatus = (typeof enrolmentStatuses)[number];

export const signupStatuses = ['signed_up', 'waitlisted', 'cancelled'] as const;
export type SignupStatus = (typeof signupStatuses)[number];

export const attendanceValues = ['present', 'late', 'absent', 'excused'] as const;
export type Attendance = (typeof attendanceValues)[number];

export const reflectionStatuses = ['submitted', 'approved', 'returned'] as const;
export type ReflectionStatus = (typeof reflectionStatuses)[number];

/** Where a mentor stands on one item. */
export const itemStates = [
  'not_started',
  'opened',
  'failed',
  'submitted',
  'returned',
  'signed_up',
  'waitlisted',
  'completed',
] as const;
export type ItemState = (typeof itemStates)[number];

/** Why a mentor shows as behind in the cohort view. */
export const behindReasons = ['past_deadline', 'behind_schedule'] as const;

export const textSchema = z.object({
  da: z.string().trim().max(100_000),
  en: z.string().trim().max(100_000),
});
export type LocalText = z.infer<typeof textSchema>;
const titleSchema = z.object({
  da: z.string().trim().min(1).max(200),
  en: z.string().trim().min(1).max(200),
});

export const quizOptionSchema = z.object({
  text: textSchema,
  correct: z.boolean(),
  explanation: textSchema,
});
export const quizQuestionSchema = z
  .object({
    id: z.string().trim().min(1).max(100),
    prompt: textSchema,
    multiple: z.boolean(),
    options: z.array(quizOptionSchema).min(2).max(12),
  })
  .superRefine((question, ctx) => {
    // A question nobody can answer right would fail every mentor.
    const correct = question.options.filter((o) => o.correct).length;
    if (correct === 0 || (!question.multiple && correct > 1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'correct answers',
        params: {
          i18n: correct === 0 ? 'validation.quiz_no_correct' : 'validation.quiz_one_correct',
        },
      });
    }
  });
/** What a quiz item stores besides its title: the questions with their answers. */
export const quizContentSchema = z.object({
  passMark: z.number().min(0).max(1),
  maxAttempts: z.number().int().min(1).max(100).nullable(),
  questions: z
    .array(quizQuestionSchema)
    .min(1)
    .max(100)
    .superRefine((questions, ctx) => {
      const seen = new Set<string>();
      questions.forEach((q, i) => {
        if (seen.has(q.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'id'],
            message: 'duplicate id',
            params: { i18n: 'validation.quiz_duplicate_id' },
          });
        }
        seen.add(q.id);
      });
    }),
});
export type QuizContent = z.infer<typeof quizContentSchema>;

const itemKey = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case');

/** An item of a curriculum as authors see and edit it (answers included). */
export const curriculumItemSchema = z.object({
  id: z.string(),
  key: z.string(),
  moduleId: z.string(),
  position: z.number().int(),
  kind: z.enum(itemKinds),
  title: textSchema,
  body: textSchema,
  minutes: z.number().int(),
  required: z.boolean(),
  quiz: quizContentSchema.nullable(),
});
export const curriculumModuleSchema = z.object({
  id: z.string(),
  key: z.string(),
  position: z.number().int(),
  title: textSchema,
  summary: textSchema,
  items: z.array(curriculumItemSchema),
});
export const curriculumVersionSchema = z.object({
  id: z.string(),
  programId: z.string(),
  version: z.number().int(),
  status: z.enum(curriculumStatuses),
  publishedAt: z.iso.datetime().nullable(),
  totalMinutes: z.number().int(),
  requiredMinutes: z.number().int(),
});
export const curriculumSchema = curriculumVersionSchema.extend({
  modules: z.array(curriculumModuleSchema),
});

export const addModuleSchema = z.object({
  key: itemKey,
  title: titleSchema,
  summary: textSchema.default({ da: '', en: '' }),
});
export const updateModuleSchema = z.object({
  title: titleSchema.optional(),
  summary: textSchema.optional(),
});
export const addItemSchema = z.object({
  moduleId: z.string().max(100),
  key: itemKey,
  kind: z.enum(itemKinds),
  title: titleSchema,
  body: textSchema.default({ da: '', en: '' }),
  minutes: z.number().int().min(0).max(600),
  required: z.boolean().default(true),
  quiz: quizContentSchema.optional(),
});
export const updateItemSchema = z.object({
  title: titleSchema.optional(),
  body: textSchema.optional(),
  minutes: z.number().int().min(0).max(600).optional(),
  required: z.boolean().optional(),
  quiz: quizContentSchema.optional(),
});
/** The whole order of a draft: modules in order, each with its items in order. */
export const reorderSchema = z.object({
  modules: z
    .array(
      z.object({
        moduleId: z.string().max(100),
        itemIds: z.array(z.string().max(100)).max(500),
      }),
    )
    .max(100),
});

export const enrolMentorSchema = z.object({ membershipId: z.string().min(1).max(100) });

export const certificateSchema = z.object({
  id: z.string(),
  code: z.string(),
  curriculumVersion: z.number().int(),
  issuedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  valid: z.boolean(),
});

export const moduleProgressSchema = z.object({
  moduleId: z.string(),
  key: z.string(),
  title: textSchema,
  progressPercent: z.number().int(),
  requiredMinutes: z.number().int(),
  completedMinutes: z.number().int(),
  items: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(itemKinds),
      title: textSchema,
      minutes: z.number().int(),
      required: z.boolean(),
      state: z.enum(itemStates),
    }),
  ),
});

export const enrolmentSchema = z.object({
  id: z.string(),
  programId: z.string(),
  programName: z.string(),
  userId: z.string(),
  name: z.string(),
  status: z.enum(enrolmentStatuses),
  /** A certified mentor may start a refresher from 60 days before the certificate expires. */
  refresherAvailable: z.boolean(),
  enrolledAt: z.iso.datetime(),
  deadline: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
  codeOfConductSignedAt: z.iso.datetime().nullable(),
  curriculumVersion: z.number().int().nullable(),
  progressPercent: z.number().int(),
  resumeItemKey: z.string().nullable(),
  modules: z.array(moduleProgressSchema),
  certificate: certificateSchema.nullable(),
});
export type Enrolment = z.infer<typeof enrolmentSchema>;

/** A quiz question as a mentor sees it before submitting: no answers, no explanations. */
export const quizQuestionForMentorSchema = z.object({
  id: z.string(),
  prompt: textSchema,
  multiple: z.boolean(),
  options: z.array(z.object({ text: textSchema })),
});

/**
 * The mentor's latest attempt in this round, explained as right after submitting it (so the
 * explanations are still there after a reload). Prompts come along: the attempt may belong
 * to an earlier version of the curriculum.
 */
export const quizLastAttemptSchema = z.object({
  score: z.number(),
  passed: z.boolean(),
  passMark: z.number(),
  attemptsLeft: z.number().int().nullable(),
  submittedAt: z.iso.datetime(),
  questions: z.array(
    z.object({
      id: z.string(),
      prompt: textSchema,
      correct: z.boolean(),
      chosen: z.array(z.number().int()),
      options: z.array(
        z.object({ text: textSchema, correct: z.boolean(), explanation: textSchema }),
      ),
    }),
  ),
});

export const mentorItemSchema = z.object({
  key: z.string(),
  kind: z.enum(itemKinds),
  title: textSchema,
  body: textSchema,
  minutes: z.number().int(),
  required: z.boolean(),
  state: z.enum(itemStates),
  quiz: z
    .object({
      passMark: z.number(),
      maxAttempts: z.number().int().nullable(),
      attemptsUsed: z.number().int(),
      attemptsLeft: z.number().int().nullable(),
      questions: z.array(quizQuestionForMentorSchema),
      attempts: z.array(
        z.object({ score: z.number(), passed: z.boolean(), submittedAt: z.iso.datetime() }),
      ),
      /** Null before the first attempt of this round. */
      lastAttempt: quizLastAttemptSchema.nullable().optional(),
    })
    .nullable(),
  feedback: z.object({ helpful: z.boolean(), comment: z.string().nullable() }).nullable(),
  reflection: z
    .object({
      id: z.string(),
      text: z.string(),
      status: z.enum(reflectionStatuses),
      reviewComment: z.string().nullable(),
    })
    .nullable(),
  sessions: z
    .array(
      z.object({
        id: z.string(),
        startsAt: z.iso.datetime(),
        endsAt: z.iso.datetime(),
        place: z.string(),
        capacity: z.number().int(),
        signedUp: z.number().int(),
        mySignup: z
          .object({
            id: z.string(),
            status: z.enum(signupStatuses),
            attendance: z.enum(attendanceValues).nullable(),
          })
          .nullable(),
      }),
    )
    .nullable(),
});

export const itemKeyBody = z.object({ itemKey: z.string().min(1).max(100) });
export const lessonFeedbackSchema = itemKeyBody.extend({
  helpful: z.boolean(),
  comment: z.string().trim().max(2000).optional(),
});
export const quizSubmissionSchema = itemKeyBody.extend({
  answers: z
    .array(
      z.object({
        questionId: z.string().min(1).max(100),
        optionIndexes: z.array(z.number().int().min(0).max(50)).max(50),
      }),
    )
    .max(100),
});
export const quizResultSchema = z.object({
  attemptId: z.string(),
  score: z.number(),
  passed: z.boolean(),
  passMark: z.number(),
  attemptsLeft: z.number().int().nullable(),
  /** Every question with every option's correctness and explanation: after submission only. */
  questions: z.array(
    z.object({
      id: z.string(),
      correct: z.boolean(),
      chosen: z.array(z.number().int()),
      options: z.array(
        z.object({ text: textSchema, correct: z.boolean(), explanation: textSchema }),
      ),
    }),
  ),
  certificate: certificateSchema.nullable(),
});
export const reflectionSubmissionSchema = itemKeyBody.extend({
  text: z.string().trim().min(1).max(20_000),
});
export const reviewReflectionSchema = z.object({
  decision: z.enum(['approve', 'return']),
  comment: z.string().trim().max(5000).optional(),
});
export const createSessionSchema = z
  .object({
    itemKey: z.string().min(1).max(100),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    place: z.string().trim().min(1).max(500),
    capacity: z.number().int().min(1).max(1000),
  })
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), {
    path: ['endsAt'],
    message: 'endsAt must be after startsAt',
  });
export const signupBody = z.object({ sessionId: z.string().min(1).max(100) });
export const attendanceBody = z.object({ attendance: z.enum(attendanceValues) });

export const trainingSessionSchema = z.object({
  id: z.string(),
  programId: z.string(),
  itemKey: z.string(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  place: z.string(),
  capacity: z.number().int(),
  signedUp: z.number().int(),
  waitlisted: z.number().int(),
});
export const signupSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  enrolmentId: z.string(),
  name: z.string(),
  status: z.enum(signupStatuses),
  attendance: z.enum(attendanceValues).nullable(),
  createdAt: z.iso.datetime(),
});
export const reflectionSchema = z.object({
  id: z.string(),
  enrolmentId: z.string(),
  name: z.string(),
  itemKey: z.string(),
  text: z.string(),
  status: z.enum(reflectionStatuses),
  reviewComment: z.string().nullable(),
  submittedAt: z.iso.datetime(),
  reviewedAt: z.iso.datetime().nullable(),
});

export const cohortEntrySchema = z.object({
  enrolmentId: z.string(),
  userId: z.string(),
  name: z.string(),
  status: z.enum(enrolmentStatuses),
  progressPercent: z.number().int(),
  deadline: z.iso.datetime(),
  /** Share of the training window that has passed, 0..100. */
  expectedPercent: z.number().int(),
  behind: z.boolean(),
  reasons: z.array(z.enum(behindReasons)),
  blockingItems: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(itemKinds),
      title: textSchema,
      state: z.enum(itemStates),
    }),
  ),
});

export const lessonFeedbackSummarySchema = z.object({
  itemKey: z.string(),
  title: textSchema,
  responses: z.number().int(),
  helpful: z.number().int(),
  /** Share of "yes" answers, 0..1; null before anyone answered. */
  helpfulShare: z.number().nullable(),
  comments: z.array(
    z.object({ helpful: z.boolean(), comment: z.string(), createdAt: z.iso.datetime() }),
  ),
});

/** The mentors list's summary of a child certificate (the steps are in recruitment.ts). */
export const childCertificateStatuses = [
  'not_applicable',
  'missing',
  /** Consent asked for or given, or ordered: on its way. */
  'requested',
  'valid',
  /** Received with remarks: waiting for the safeguarding lead's decision. */
  'remarks',
  'rejected',
  'expired',
] as const;
export type ChildCertificateSummary = (typeof childCertificateStatuses)[number];

export const programMentorSchema = z.object({
  /** The mentor's place in the program: the `mentorId` of a match. */
  id: z.string(),
  /** Their training enrolment. */
  enrolmentId: z.string(),
  userId: z.string(),
  name: z.string(),
  status: z.enum(enrolmentStatuses),
  training: z.object({
    progressPercent: z.number().int(),
    completedAt: z.iso.datetime().nullable(),
    validUntil: z.iso.datetime().nullable(),
  }),
  childCertificate: z.object({
    required: z.boolean(),
    status: z.enum(childCertificateStatuses),
    validUntil: z.iso.datetime().nullable(),
  }),
  eligibleToMentor: z.boolean(),
  blockers: z.array(z.enum(mentorBlockers)),
});

/** The public verification page: nothing beyond what confirms the certificate. */
export const publicCertificateSchema = z.object({
  name: z.string(),
  programName: z.string(),
  validFrom: z.iso.datetime(),
  validUntil: z.iso.datetime(),
  status: z.enum(['valid', 'expired']),
});
