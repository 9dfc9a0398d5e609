import type { ChildCertificateRule } from '../../contracts/programs';
import type { EnrolmentStatus, ItemKind, ItemState, QuizContent } from '../../contracts/training';
import type { FieldIssue } from '../../server/lib/app-error';

/** Pure training rules: no I/O, tested without a database. */

export const DAY_MS = 86_400_000;
/** Certificates expire after two years unless a program says otherwise (PRODUCT.md). */
export const CERTIFICATE_VALID_DAYS = 730;

export interface ItemForRules {
  key: string;
  moduleId: string;
  kind: ItemKind;
  minutes: number;
  required: boolean;
}

/** Why a curriculum cannot be published for a program with these settings. */
export function publishIssues(
  items: Pick<ItemForRules, 'kind' | 'minutes' | 'required'>[],
  program: { trainingMinutes: number; inPersonSessionRequired: boolean },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const minutes = items.filter((i) => i.required).reduce((sum, i) => sum + i.minutes, 0);
  if (minutes < program.trainingMinutes) {
    issues.push({
      path: 'minutes',
      messageKey: 'validation.curriculum_too_short',
      params: {
        minutes,
        required: program.trainingMinutes,
        shortfall: program.trainingMinutes - minutes,
      },
    });
  }
  if (!items.some((i) => i.kind === 'code_of_conduct' && i.required)) {
    issues.push({ path: 'items', messageKey: 'validation.curriculum_needs_code_of_conduct' });
  }
  if (program.inPersonSessionRequired && !items.some((i) => i.kind === 'in_person' && i.required)) {
    issues.push({ path: 'items', messageKey: 'validation.curriculum_needs_in_person' });
  }
  return issues;
}

export interface QuizAnswer {
  questionId: string;
  optionIndexes: number[];
}

export interface QuizGrade {
  score: number;
  passed: boolean;
  questions: { id: string; correct: boolean; chosen: number[] }[];
}

/**
 * A question is answered right when exactly its correct options are chosen. Answers to
 * questions that are not in the quiz are ignored; unanswered questions count as wrong.
 */
export function gradeQuiz(quiz: QuizContent, answers: QuizAnswer[]): QuizGrade {
  const byQuestion = new Map(answers.map((a) => [a.questionId, [...new Set(a.optionIndexes)]]));
  const questions = quiz.questions.map((q) => {
    const chosen = (byQuestion.get(q.id) ?? []).sort((a, b) => a - b);
    const correctSet = q.options.flatMap((o, i) => (o.correct ? [i] : []));
    const correct =
      chosen.length === correctSet.length && chosen.every((c, i) => c === correctSet[i]);
    return { id: q.id, correct, chosen };
  });
  const right = questions.filter((q) => q.correct).length;
  const score = quiz.questions.length === 0 ? 0 : right / quiz.questions.length;
  // Compare with a small tolerance so that 4/5 passes a pass mark of 0.8.
  return { score, passed: score + 1e-9 >= quiz.passMark, questions };
}

/** Attempts left, or null when the quiz allows unlimited attempts. */
export function attemptsLeft(quiz: QuizContent, used: number): number | null {
  return quiz.maxAttempts === null ? null : Math.max(0, quiz.maxAttempts - used);
}

/** Answer indexes that point past a question's options: a client error, not a wrong answer. */
export function answerIssues(quiz: QuizContent, answers: QuizAnswer[]): FieldIssue[] {
  const questions = new Map(quiz.questions.map((q) => [q.id, q]));
  const issues: FieldIssue[] = [];
  answers.forEach((answer, i) => {
    const question = questions.get(answer.questionId);
    if (!question) {
      issues.push({ path: `answers.${i}.questionId`, messageKey: 'validation.unknown_question' });
    } else if (answer.optionIndexes.some((o) => o >= question.options.length)) {
      issues.push({ path: `answers.${i}.optionIndexes`, messageKey: 'validation.unknown_option' });
    } else if (!question.multiple && new Set(answer.optionIndexes).size > 1) {
      issues.push({ path: `answers.${i}.optionIndexes`, messageKey: 'validation.one_option' });
    }
  });
  return issues;
}

const percent = (done: number, total: number) =>
  total === 0 ? 0 : Math.floor((100 * done) / total);

export interface Progress {
  progressPercent: number;
  complete: boolean;
  modules: Map<
    string,
    { progressPercent: number; requiredMinutes: number; completedMinutes: number }
  >;
  /** Required items not yet passed, in curriculum order. */
  missing: ItemForRules[];
}

/**
 * Progress by minutes of required items: a two-hour in-person session weighs more than a
 * five-minute lesson. Complete when every required item is passed (and there is one).
 */
export function computeProgress(items: ItemForRules[], completed: ReadonlySet<string>): Progress {
  const modules: Progress['modules'] = new Map();
  let requiredMinutes = 0;
  let completedMinutes = 0;
  const missing: ItemForRules[] = [];
  for (const item of items) {
    const entry = modules.get(item.moduleId) ?? {
      progressPercent: 0,
      requiredMinutes: 0,
      completedMinutes: 0,
    };
    modules.set(item.moduleId, entry);
    if (!item.required) continue;
    entry.requiredMinutes += item.minutes;
    requiredMinutes += item.minutes;
    if (completed.has(item.key)) {
      entry.completedMinutes += item.minutes;
      completedMinutes += item.minutes;
    } else missing.push(item);
  }
  for (const entry of modules.values()) {
    entry.progressPercent = percent(entry.completedMinutes, entry.requiredMinutes);
  }
  const hasRequired = items.some((i) => i.required);
  const complete = hasRequired && missing.length === 0;
  return {
    // Minutes round down, so 100 % means done; a zero-minute item left keeps it below.
    progressPercent: complete ? 100 : Math.min(99, percent(completedMinutes, requiredMinutes)),
    complete,
    modules,
    missing,
  };
}

/** Where to resume: the last opened item if it is not done, else the first item not done. */
export function resumeItem(
  items: ItemForRules[],
  completed: ReadonlySet<string>,
  lastItemKey: string | null,
): string | null {
  const last = lastItemKey ? items.find((i) => i.key === lastItemKey) : undefined;
  if (last && !completed.has(last.key)) return last.key;
  return (
    items.find((i) => i.required && !completed.has(i.key))?.key ??
    items.find((i) => !completed.has(i.key))?.key ??
    null
  );
}

export interface Schedule {
  /** Share of the training window that has passed, 0..100. */
  expectedPercent: number;
  behind: boolean;
  reasons: ('past_deadline' | 'behind_schedule')[];
}

/** Behind: past the deadline, or less progress than the share of the window gone by. */
export function schedule(
  enrolment: { enrolledAt: Date; deadline: Date },
  progress: { progressPercent: number; complete: boolean },
  at: Date,
): Schedule {
  const window = enrolment.deadline.getTime() - enrolment.enrolledAt.getTime();
  const elapsed = at.getTime() - enrolment.enrolledAt.getTime();
  const expectedPercent =
    window <= 0 ? 100 : Math.max(0, Math.min(100, Math.floor((100 * elapsed) / window)));
  if (progress.complete) return { expectedPercent, behind: false, reasons: [] };
  const reasons: Schedule['reasons'] = [];
  if (at.getTime() > enrolment.deadline.getTime()) reasons.push('past_deadline');
  else if (progress.progressPercent < expectedPercent) reasons.push('behind_schedule');
  return { expectedPercent, behind: reasons.length > 0, reasons };
}

/** A refresher can be started this many days before the certificate expires (and after). */
export const REFRESHER_WINDOW_DAYS = 60;

/** Whether a certified mentor may start a refresher now. */
export function refresherAvailable(
  stored: EnrolmentStatus,
  certificateExpiresAt: Date | null,
  at: Date,
): boolean {
  return (
    stored === 'certified' &&
    certificateExpiresAt !== null &&
    certificateExpiresAt.getTime() - at.getTime() <= REFRESHER_WINDOW_DAYS * DAY_MS
  );
}

/** A certified mentor whose certificate has expired is due for recertification. */
export function effectiveStatus(
  stored: EnrolmentStatus,
  certificateExpiresAt: Date | null,
  at: Date,
): EnrolmentStatus {
  if (stored === 'certified' && certificateExpiresAt && certificateExpiresAt <= at) {
    return 'recertification_due';
  }
  return stored;
}

/**
 * Until screening records mentees' ages and certificates, the program rule decides:
 * `when_under_15` needs one when the program takes mentees under 15.
 */
export function childCertificateRequired(program: {
  childCertificate: ChildCertificateRule;
  menteeAgeMin: number;
}): boolean {
  if (program.childCertificate === 'always') return true;
  if (program.childCertificate === 'never') return false;
  return program.menteeAgeMin < 15;
}

export interface ItemFacts {
  opened: boolean;
  completed: boolean;
  quizFailed: boolean;
  reflection: 'submitted' | 'approved' | 'returned' | null;
  signup: 'signed_up' | 'waitlisted' | null;
}

/** One word for where a mentor stands on an item, most advanced first. */
export function itemState(facts: ItemFacts): ItemState {
  if (facts.completed) return 'completed';
  if (facts.reflection === 'submitted') return 'submitted';
  if (facts.reflection === 'returned') return 'returned';
  if (facts.signup) return facts.signup;
  if (facts.quizFailed) return 'failed';
  return facts.opened ? 'opened' : 'not_started';
}

/** A verification code: 16 characters from an alphabet without look-alikes (80 bits). */
const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function formatCertificateCode(random: Uint8Array): string {
  let code = '';
  for (let i = 0; i < 16; i++) code += codeAlphabet[(random[i] ?? 0) % 32];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}-${code.slice(12, 16)}`;
}
