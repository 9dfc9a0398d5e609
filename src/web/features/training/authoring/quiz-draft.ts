import type { LocalText, QuizContent } from '../../../api/training';

/** The limits of `quizContentSchema` (src/contracts/training.ts), checked before sending. */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 12;
export const MAX_QUESTIONS = 100;
export const MAX_ATTEMPTS = 100;

export interface OptionDraft {
  text: LocalText;
  correct: boolean;
  explanation: LocalText;
}

export interface QuestionDraft {
  id: string;
  prompt: LocalText;
  multiple: boolean;
  options: OptionDraft[];
}

/** A quiz as the editor holds it: the pass mark as a percentage, numbers as typed. */
export interface QuizDraft {
  passMark: number | string;
  unlimited: boolean;
  maxAttempts: number | string;
  questions: QuestionDraft[];
}

/** Why a field cannot be sent: `required`, or a key under `authoring.error`. */
export type DraftProblem =
  | 'required'
  | 'noCorrect'
  | 'oneCorrect'
  | 'passMarkRange'
  | 'attemptsRange'
  | 'noQuestions'
  | 'optionCount';

/** A problem at a field, named by the path the server would use (`quiz.questions.0.…`). */
export interface DraftIssue {
  path: string;
  problem: DraftProblem;
}

const languages = ['da', 'en'] as const;
const blank = (): LocalText => ({ da: '', en: '' });

export const emptyOption = (): OptionDraft => ({
  text: blank(),
  correct: false,
  explanation: blank(),
});

/** `q1`, `q2`, …: the first number past the count that no question of the quiz uses yet. */
export function newQuestionId(questions: readonly { id: string }[]): string {
  const taken = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (taken.has(`q${n}`)) n += 1;
  return `q${n}`;
}

/** A new question: one answer, two empty options, none marked correct yet. */
export function newQuestion(questions: readonly { id: string }[]): QuestionDraft {
  return {
    id: newQuestionId(questions),
    prompt: blank(),
    multiple: false,
    options: [emptyOption(), emptyOption()],
  };
}

/** A new quiz: 80 % to pass, as many attempts as the mentor needs, one question. */
export function emptyQuizDraft(): QuizDraft {
  return { passMark: 80, unlimited: true, maxAttempts: 3, questions: [newQuestion([])] };
}

export function draftFromQuiz(quiz: QuizContent): QuizDraft {
  return {
    passMark: Math.round(quiz.passMark * 100),
    unlimited: quiz.maxAttempts === null,
    maxAttempts: quiz.maxAttempts ?? 3,
    questions: quiz.questions.map((q) => ({
      id: q.id,
      prompt: { ...q.prompt },
      multiple: q.multiple,
      options: q.options.map((o) => ({
        text: { ...o.text },
        correct: o.correct,
        explanation: { ...o.explanation },
      })),
    })),
  };
}

const trimmed = (text: LocalText): LocalText => ({ da: text.da.trim(), en: text.en.trim() });

/** What the API takes; call after `quizDraftIssues` found nothing. */
export function quizFromDraft(draft: QuizDraft): QuizContent {
  return {
    passMark: Number(draft.passMark) / 100,
    maxAttempts: draft.unlimited ? null : Number(draft.maxAttempts),
    questions: draft.questions.map((q) => ({
      id: q.id,
      prompt: trimmed(q.prompt),
      multiple: q.multiple,
      options: q.options.map((o) => ({
        text: trimmed(o.text),
        correct: o.correct,
        explanation: trimmed(o.explanation),
      })),
    })),
  };
}

const isNumberIn = (value: number | string, min: number, max: number, integer: boolean) => {
  if (value === '' || value === null) return false;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max && (!integer || Number.isInteger(n));
};

/**
 * Everything to correct before sending, in the order of the form: the settings, then each
 * question's text, its answers' texts and explanations, and whether the right answers are
 * marked (at least one; exactly one when the mentor chooses one answer).
 */
export function quizDraftIssues(draft: QuizDraft): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const add = (path: string, problem: DraftProblem) => issues.push({ path, problem });
  if (!isNumberIn(draft.passMark, 0, 100, false)) add('quiz.passMark', 'passMarkRange');
  if (!draft.unlimited && !isNumberIn(draft.maxAttempts, 1, MAX_ATTEMPTS, true)) {
    add('quiz.maxAttempts', 'attemptsRange');
  }
  if (draft.questions.length === 0) add('quiz.questions', 'noQuestions');
  draft.questions.forEach((question, q) => {
    const at = `quiz.questions.${q}`;
    for (const lang of languages) {
      if (!question.prompt[lang].trim()) add(`${at}.prompt.${lang}`, 'required');
    }
    if (question.options.length < MIN_OPTIONS || question.options.length > MAX_OPTIONS) {
      add(`${at}.options`, 'optionCount');
    }
    question.options.forEach((option, o) => {
      for (const lang of languages) {
        if (!option.text[lang].trim()) add(`${at}.options.${o}.text.${lang}`, 'required');
      }
      for (const lang of languages) {
        if (!option.explanation[lang].trim()) {
          add(`${at}.options.${o}.explanation.${lang}`, 'required');
        }
      }
    });
    const correct = question.options.filter((o) => o.correct).length;
    if (correct === 0) add(`${at}.options`, 'noCorrect');
    else if (!question.multiple && correct > 1) add(`${at}.options`, 'oneCorrect');
  });
  return issues;
}

/** Every field path the editor shows, so the server's messages can be put at them. */
export function quizFieldPaths(draft: QuizDraft): string[] {
  const paths = ['quiz.passMark', 'quiz.maxAttempts'];
  draft.questions.forEach((question, q) => {
    const at = `quiz.questions.${q}`;
    paths.push(`${at}.prompt.da`, `${at}.prompt.en`, `${at}.options`);
    question.options.forEach((_, o) => {
      for (const part of ['text', 'explanation']) {
        for (const lang of languages) paths.push(`${at}.options.${o}.${part}.${lang}`);
      }
    });
  });
  return paths;
}

/** The questions with one moved a step up (-1) or down (1); unchanged past either end. */
export function moveQuestion<T>(questions: readonly T[], index: number, direction: -1 | 1): T[] {
  const to = index + direction;
  const next = [...questions];
  const moving = next[index];
  if (moving === undefined || to < 0 || to >= next.length) return next;
  next.splice(index, 1);
  next.splice(to, 0, moving);
  return next;
}

/**
 * Marks an option correct or not. A one-answer question has a single right answer, so
 * marking one there unmarks the others.
 */
export function markCorrect(question: QuestionDraft, index: number, correct: boolean) {
  return {
    ...question,
    options: question.options.map((o, i) =>
      i === index
        ? { ...o, correct }
        : question.multiple || !correct
          ? o
          : { ...o, correct: false },
    ),
  };
}

/** Whether a mentor's choice is right, as the server grades it (for the preview). */
export function isRightChoice(question: QuestionDraft, chosen: readonly number[]): boolean {
  const right = question.options.flatMap((o, i) => (o.correct ? [i] : []));
  const picked = [...new Set(chosen)].sort((a, b) => a - b);
  return picked.length === right.length && picked.every((c, i) => c === right[i]);
}
