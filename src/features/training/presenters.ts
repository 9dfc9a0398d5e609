import type { z } from 'zod';
import type {
  cohortEntrySchema,
  curriculumSchema,
  Enrolment,
  programMentorSchema,
  QuizContent,
  quizLastAttemptSchema,
  quizResultSchema,
} from '../../contracts/training';
import { evaluateGate } from '../eligibility/gate';
import { screeningGateFacts } from '../eligibility/mentor-gate';
import { childCertificateSummary, type ScreeningFacts } from '../eligibility/screening-facts';
import type { ProgramRow } from '../programs/queries';
import type { CertificateRow, Curriculum, TrainingView } from './queries';
import {
  childCertificateRequired,
  gradeQuiz,
  type QuizAnswer,
  type QuizGrade,
  refresherAvailable,
  schedule,
} from './rules';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentCertificate(cert: CertificateRow | null, at: Date) {
  if (!cert) return null;
  return {
    id: cert.id,
    code: cert.code,
    curriculumVersion: cert.versionNumber,
    issuedAt: cert.issuedAt.toISOString(),
    expiresAt: cert.expiresAt.toISOString(),
    valid: cert.expiresAt > at,
  };
}

export function presentEnrolment(view: TrainingView, at: Date): Enrolment {
  const { enrolment, curriculum, progress } = view;
  return {
    id: enrolment.id,
    programId: enrolment.programId,
    programName: enrolment.programName,
    userId: enrolment.userId,
    name: enrolment.name,
    status: view.status,
    refresherAvailable: refresherAvailable(
      enrolment.status,
      view.certificate?.expiresAt ?? null,
      at,
    ),
    enrolledAt: enrolment.enrolledAt.toISOString(),
    deadline: enrolment.deadline.toISOString(),
    completedAt: iso(enrolment.completedAt),
    codeOfConductSignedAt: iso(view.codeOfConductSignedAt),
    curriculumVersion: curriculum?.version.version ?? null,
    progressPercent: progress.progressPercent,
    resumeItemKey: view.resumeItemKey,
    modules: (curriculum?.modules ?? []).map((m) => {
      const p = progress.modules.get(m.id);
      return {
        moduleId: m.id,
        key: m.key,
        title: m.title,
        progressPercent: p?.progressPercent ?? 0,
        requiredMinutes: p?.requiredMinutes ?? 0,
        completedMinutes: p?.completedMinutes ?? 0,
        items: m.items.map((i) => ({
          key: i.key,
          kind: i.kind,
          title: i.title,
          minutes: i.minutes,
          required: i.required,
          state: view.states.get(i.key) ?? 'not_started',
        })),
      };
    }),
    certificate: presentCertificate(view.certificate, at),
  };
}

export function presentCohortEntry(
  view: TrainingView,
  at: Date,
): z.infer<typeof cohortEntrySchema> {
  const { enrolment, progress } = view;
  const s = schedule(enrolment, progress, at);
  const items = view.curriculum?.items ?? [];
  const missing = new Set(progress.missing.map((m) => m.key));
  return {
    enrolmentId: enrolment.id,
    userId: enrolment.userId,
    name: enrolment.name,
    status: view.status,
    progressPercent: progress.progressPercent,
    deadline: enrolment.deadline.toISOString(),
    expectedPercent: s.expectedPercent,
    behind: s.behind,
    reasons: s.reasons,
    blockingItems: items
      .filter((i) => missing.has(i.key))
      .map((i) => ({
        key: i.key,
        kind: i.kind,
        title: i.title,
        state: view.states.get(i.key) ?? 'not_started',
      })),
  };
}

/** A row of the contract's mentors list, with the gate's verdict. */
export function presentProgramMentor(
  view: TrainingView,
  program: Pick<ProgramRow, 'childCertificate' | 'menteeAgeMin'>,
  screening: ScreeningFacts | undefined,
  at: Date,
): z.infer<typeof programMentorSchema> {
  const { enrolment } = view;
  const required = childCertificateRequired(program);
  const gate = evaluateGate(
    {
      ...screeningGateFacts(program, screening),
      training: {
        completedAt: enrolment.completedAt,
        certificateExpiresAt: view.certificate?.expiresAt ?? null,
      },
      codeOfConduct: { signedAt: view.codeOfConductSignedAt },
    },
    at,
  );
  return {
    // Every enrolment has a place in the program (enrolMentor makes sure of it).
    id: screening?.programMentorId ?? enrolment.id,
    enrolmentId: enrolment.id,
    userId: enrolment.userId,
    name: enrolment.name,
    status: view.status,
    training: {
      progressPercent: view.progress.progressPercent,
      completedAt: iso(enrolment.completedAt),
      validUntil: iso(view.certificate?.expiresAt ?? null),
    },
    childCertificate: {
      required,
      status: childCertificateSummary(required, screening, at),
      validUntil: required ? iso(screening?.childCertificateValidUntil ?? null) : null,
    },
    eligibleToMentor: gate.eligible,
    blockers: gate.blockers,
  };
}

export function presentCurriculum(c: Curriculum): z.infer<typeof curriculumSchema> {
  return {
    id: c.version.id,
    programId: c.version.programId,
    version: c.version.version,
    status: c.version.status,
    publishedAt: iso(c.version.publishedAt),
    totalMinutes: c.items.reduce((sum, i) => sum + i.minutes, 0),
    requiredMinutes: c.items.filter((i) => i.required).reduce((sum, i) => sum + i.minutes, 0),
    modules: c.modules.map((m) => ({
      id: m.id,
      key: m.key,
      position: m.position,
      title: m.title,
      summary: m.summary,
      items: m.items.map((i) => ({
        id: i.id,
        key: i.key,
        moduleId: i.moduleId,
        position: i.position,
        kind: i.kind,
        title: i.title,
        body: i.body,
        minutes: i.minutes,
        required: i.required,
        quiz: i.content.quiz ?? null,
      })),
    })),
  };
}

/** After submission only: every option's correctness and explanation. */
export function presentQuizResult(
  result: {
    attemptId: string;
    quiz: QuizContent;
    grade: QuizGrade;
    attemptsLeft: number | null;
    certificate: CertificateRow | null;
  },
  at: Date,
): z.infer<typeof quizResultSchema> {
  return {
    attemptId: result.attemptId,
    score: result.grade.score,
    passed: result.grade.passed,
    passMark: result.quiz.passMark,
    attemptsLeft: result.attemptsLeft,
    questions: result.quiz.questions.map((q, i) => ({
      id: q.id,
      correct: result.grade.questions[i]?.correct ?? false,
      chosen: result.grade.questions[i]?.chosen ?? [],
      options: q.options.map((o) => ({
        text: o.text,
        correct: o.correct,
        explanation: o.explanation,
      })),
    })),
    certificate: presentCertificate(result.certificate, at),
  };
}

/**
 * A stored attempt explained again against the quiz it was taken on, as the mentor saw it
 * right after submitting (score and pass as stored; attempts left as of now).
 */
export function presentLastAttempt(
  attempt: { answers: QuizAnswer[]; score: number; passed: boolean; submittedAt: Date },
  quiz: QuizContent,
  attemptsLeft: number | null,
): z.infer<typeof quizLastAttemptSchema> {
  const grade = gradeQuiz(quiz, attempt.answers);
  return {
    score: attempt.score,
    passed: attempt.passed,
    passMark: quiz.passMark,
    attemptsLeft,
    submittedAt: attempt.submittedAt.toISOString(),
    questions: quiz.questions.map((q, i) => ({
      id: q.id,
      prompt: q.prompt,
      correct: grade.questions[i]?.correct ?? false,
      chosen: grade.questions[i]?.chosen ?? [],
      options: q.options.map((o) => ({
        text: o.text,
        correct: o.correct,
        explanation: o.explanation,
      })),
    })),
  };
}
