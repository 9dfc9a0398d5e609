import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuizContent } from '../../contracts/training';
import {
  answerIssues,
  attemptsLeft,
  childCertificateRequired,
  computeProgress,
  effectiveStatus,
  formatCertificateCode,
  gradeQuiz,
  type ItemForRules,
  itemState,
  publishIssues,
  resumeItem,
  schedule,
} from './rules';

const t = (en: string) => ({ da: en, en });
const quiz: QuizContent = {
  passMark: 0.8,
  maxAttempts: 3,
  questions: [
    {
      id: 'a',
      prompt: t('A?'),
      multiple: false,
      options: [
        { text: t('yes'), correct: true, explanation: t('') },
        { text: t('no'), correct: false, explanation: t('') },
      ],
    },
    {
      id: 'b',
      prompt: t('B?'),
      multiple: true,
      options: [
        { text: t('1'), correct: true, explanation: t('') },
        { text: t('2'), correct: false, explanation: t('') },
        { text: t('3'), correct: true, explanation: t('') },
      ],
    },
  ],
};

const items: ItemForRules[] = [
  { key: 'l1', moduleId: 'm1', kind: 'lesson', minutes: 30, required: true },
  { key: 'q1', moduleId: 'm1', kind: 'quiz', minutes: 10, required: true },
  { key: 'x', moduleId: 'm1', kind: 'lesson', minutes: 60, required: false },
  { key: 'c', moduleId: 'm2', kind: 'code_of_conduct', minutes: 0, required: true },
];

describe('gradeQuiz', () => {
  it('counts a question right only with exactly its correct options', () => {
    const all = gradeQuiz(quiz, [
      { questionId: 'a', optionIndexes: [0] },
      { questionId: 'b', optionIndexes: [2, 0, 2] },
    ]);
    expect(all).toMatchObject({ score: 1, passed: true });
    const partial = gradeQuiz(quiz, [
      { questionId: 'a', optionIndexes: [0] },
      { questionId: 'b', optionIndexes: [0] },
    ]);
    expect(partial).toMatchObject({ score: 0.5, passed: false });
    expect(partial.questions.map((q) => q.correct)).toEqual([true, false]);
    expect(gradeQuiz(quiz, []).score).toBe(0);
  });

  it('scores between 0 and 1 and passes exactly at the pass mark, whatever the answers', () => {
    const answer = fc.record({
      questionId: fc.constantFrom('a', 'b', 'zzz'),
      optionIndexes: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 5 }), (answers) => {
        const grade = gradeQuiz(quiz, answers);
        expect(grade.score).toBeGreaterThanOrEqual(0);
        expect(grade.score).toBeLessThanOrEqual(1);
        expect(grade.passed).toBe(grade.score >= quiz.passMark);
      }),
    );
  });

  it('passes 4 of 5 at a pass mark of 0.8 (no floating-point surprise)', () => {
    const five: QuizContent = {
      ...quiz,
      questions: [0, 1, 2, 3, 4].map((i) => ({ ...quiz.questions[0], id: `q${i}` })) as never,
    };
    const answers = [0, 1, 2, 3].map((i) => ({ questionId: `q${i}`, optionIndexes: [0] }));
    expect(gradeQuiz(five, answers).passed).toBe(true);
  });

  it('names answers that point outside the quiz', () => {
    expect(
      answerIssues(quiz, [
        { questionId: 'nope', optionIndexes: [] },
        { questionId: 'a', optionIndexes: [5] },
        { questionId: 'a', optionIndexes: [0, 1] },
        { questionId: 'b', optionIndexes: [0, 2] },
      ]).map((i) => [i.path, i.messageKey]),
    ).toEqual([
      ['answers.0.questionId', 'validation.unknown_question'],
      ['answers.1.optionIndexes', 'validation.unknown_option'],
      ['answers.2.optionIndexes', 'validation.one_option'],
    ]);
  });

  it('counts attempts left, or none for unlimited quizzes', () => {
    expect(attemptsLeft(quiz, 1)).toBe(2);
    expect(attemptsLeft(quiz, 5)).toBe(0);
    expect(attemptsLeft({ ...quiz, maxAttempts: null }, 99)).toBeNull();
  });
});

describe('computeProgress', () => {
  it('weighs required items by minutes and ignores optional ones', () => {
    const p = computeProgress(items, new Set(['l1', 'x']));
    expect(p.progressPercent).toBe(75);
    expect(p.complete).toBe(false);
    expect(p.modules.get('m1')).toEqual({
      progressPercent: 75,
      requiredMinutes: 40,
      completedMinutes: 30,
    });
    expect(p.missing.map((i) => i.key)).toEqual(['q1', 'c']);
  });

  it('reaches 100 only when every required item is passed, even a zero-minute one', () => {
    expect(computeProgress(items, new Set(['l1', 'q1'])).progressPercent).toBe(99);
    const done = computeProgress(items, new Set(['l1', 'q1', 'c']));
    expect(done).toMatchObject({ progressPercent: 100, complete: true });
  });

  it('never calls an empty curriculum complete', () => {
    expect(computeProgress([], new Set()).complete).toBe(false);
  });

  it('keeps progress by key: an item that left the curriculum does not count', () => {
    expect(computeProgress(items, new Set(['gone'])).progressPercent).toBe(0);
  });

  it('is complete exactly when nothing required is missing', () => {
    fc.assert(
      fc.property(fc.subarray(items.map((i) => i.key)), (done) => {
        const p = computeProgress(items, new Set(done));
        expect(p.complete).toBe(p.missing.length === 0);
        expect(p.progressPercent === 100).toBe(p.complete);
      }),
    );
  });
});

describe('resumeItem', () => {
  it('resumes at the last opened item, else the first required one not done', () => {
    expect(resumeItem(items, new Set(), 'q1')).toBe('q1');
    expect(resumeItem(items, new Set(['q1']), 'q1')).toBe('l1');
    expect(resumeItem(items, new Set(['l1', 'q1', 'c']), null)).toBe('x');
    expect(resumeItem(items, new Set(['l1', 'q1', 'c', 'x']), null)).toBeNull();
  });
});

describe('schedule', () => {
  const enrolledAt = new Date('2026-01-01T00:00:00Z');
  const deadline = new Date('2026-01-11T00:00:00Z');
  const at = (day: number) => new Date(enrolledAt.getTime() + day * 86_400_000);

  it('is behind with less progress than the share of the window gone by', () => {
    expect(
      schedule({ enrolledAt, deadline }, { progressPercent: 20, complete: false }, at(3)),
    ).toEqual({ expectedPercent: 30, behind: true, reasons: ['behind_schedule'] });
    expect(
      schedule({ enrolledAt, deadline }, { progressPercent: 30, complete: false }, at(3)).behind,
    ).toBe(false);
  });

  it('is behind past the deadline, unless complete', () => {
    expect(
      schedule({ enrolledAt, deadline }, { progressPercent: 99, complete: false }, at(11)).reasons,
    ).toEqual(['past_deadline']);
    expect(
      schedule({ enrolledAt, deadline }, { progressPercent: 100, complete: true }, at(11)).behind,
    ).toBe(false);
  });
});

describe('publishIssues', () => {
  const program = { trainingMinutes: 60, inPersonSessionRequired: true };
  it('names the shortfall, the missing code of conduct and the missing session', () => {
    expect(publishIssues([{ kind: 'lesson', minutes: 45, required: true }], program)).toEqual([
      {
        path: 'minutes',
        messageKey: 'validation.curriculum_too_short',
        params: { minutes: 45, required: 60, shortfall: 15 },
      },
      { path: 'items', messageKey: 'validation.curriculum_needs_code_of_conduct' },
      { path: 'items', messageKey: 'validation.curriculum_needs_in_person' },
    ]);
  });

  it('counts only required minutes', () => {
    const lesson = { kind: 'lesson' as const, minutes: 50, required: true };
    const rest = [
      { kind: 'in_person' as const, minutes: 10, required: true },
      { kind: 'code_of_conduct' as const, minutes: 0, required: true },
    ];
    expect(publishIssues([lesson, ...rest], program)).toEqual([]);
    expect(publishIssues([{ ...lesson, required: false }, ...rest], program)).toHaveLength(1);
  });
});

describe('status and small rules', () => {
  it('makes a certified mentor with an expired certificate due for recertification', () => {
    const at = new Date('2028-01-01T00:00:00Z');
    expect(effectiveStatus('certified', new Date('2027-12-31T00:00:00Z'), at)).toBe(
      'recertification_due',
    );
    expect(effectiveStatus('certified', new Date('2028-06-01T00:00:00Z'), at)).toBe('certified');
    expect(effectiveStatus('in_training', null, at)).toBe('in_training');
  });

  it('asks for a child certificate by the program rule and the youngest mentee age', () => {
    expect(childCertificateRequired({ childCertificate: 'when_under_15', menteeAgeMin: 6 })).toBe(
      true,
    );
    expect(childCertificateRequired({ childCertificate: 'when_under_15', menteeAgeMin: 15 })).toBe(
      false,
    );
    expect(childCertificateRequired({ childCertificate: 'always', menteeAgeMin: 30 })).toBe(true);
    expect(childCertificateRequired({ childCertificate: 'never', menteeAgeMin: 6 })).toBe(false);
  });

  it('says where a mentor stands on an item, most advanced first', () => {
    const none = {
      opened: false,
      completed: false,
      quizFailed: false,
      reflection: null,
      signup: null,
    };
    expect(itemState(none)).toBe('not_started');
    expect(itemState({ ...none, opened: true, quizFailed: true })).toBe('failed');
    expect(itemState({ ...none, signup: 'waitlisted' })).toBe('waitlisted');
    expect(itemState({ ...none, reflection: 'returned' })).toBe('returned');
    expect(itemState({ ...none, reflection: 'approved', completed: true })).toBe('completed');
  });

  it('makes verification codes from an alphabet without look-alikes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        expect(formatCertificateCode(bytes)).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
      }),
    );
  });
});
