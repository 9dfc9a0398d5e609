import { describe, expect, it } from 'vitest';
import {
  draftFromQuiz,
  emptyQuizDraft,
  isRightChoice,
  markCorrect,
  moveQuestion,
  newQuestion,
  newQuestionId,
  type QuestionDraft,
  type QuizDraft,
  quizDraftIssues,
  quizFieldPaths,
  quizFromDraft,
} from './quiz-draft';

const text = (en: string, da = en) => ({ da, en });

function question(id: string, multiple: boolean, correct: boolean[]): QuestionDraft {
  return {
    id,
    prompt: text('Where do you meet?', 'Hvor mødes I?'),
    multiple,
    options: correct.map((c, i) => ({
      text: text(`Option ${i}`),
      correct: c,
      explanation: text(`Because ${i}`),
    })),
  };
}

const complete = (): QuizDraft => ({
  passMark: 80,
  unlimited: false,
  maxAttempts: 2,
  questions: [question('q1', false, [true, false]), question('q2', true, [true, true, false])],
});

describe('question ids', () => {
  it('numbers new questions past the count, skipping ids already used', () => {
    expect(newQuestionId([])).toBe('q1');
    expect(newQuestionId([{ id: 'q1' }])).toBe('q2');
    // q1 was removed and q2, q3 remain: the next is q4, never a second q3.
    expect(newQuestionId([{ id: 'q2' }, { id: 'q3' }])).toBe('q4');
    expect(newQuestionId([{ id: 'career-quiz-before' }, { id: 'q3' }])).toBe('q4');
  });

  it('starts a question with two empty options and no right answer', () => {
    const q = newQuestion([{ id: 'q1' }]);
    expect(q).toMatchObject({ id: 'q2', multiple: false });
    expect(q.options).toHaveLength(2);
    expect(q.options.some((o) => o.correct)).toBe(false);
  });
});

describe('checking a quiz draft', () => {
  it('finds nothing in a complete quiz', () => {
    expect(quizDraftIssues(complete())).toEqual([]);
  });

  it('asks for a right answer, and for exactly one when the mentor chooses one', () => {
    const draft = complete();
    draft.questions[0] = question('q1', false, [false, false]);
    draft.questions[1] = question('q2', true, [false, false, false]);
    expect(quizDraftIssues(draft)).toEqual([
      { path: 'quiz.questions.0.options', problem: 'noCorrect' },
      { path: 'quiz.questions.1.options', problem: 'noCorrect' },
    ]);
    draft.questions[0] = question('q1', false, [true, true]);
    draft.questions[1] = question('q2', true, [true, true, true]);
    expect(quizDraftIssues(draft)).toEqual([
      { path: 'quiz.questions.0.options', problem: 'oneCorrect' },
    ]);
  });

  it('names every empty text in both languages by the path the server uses', () => {
    const draft = complete();
    const first = draft.questions[0] as QuestionDraft;
    first.prompt = text('  ', 'Hvor?');
    (first.options[1] as QuestionDraft['options'][number]).text.da = '';
    (first.options[1] as QuestionDraft['options'][number]).explanation = text('', '');
    expect(quizDraftIssues(draft)).toEqual([
      { path: 'quiz.questions.0.prompt.en', problem: 'required' },
      { path: 'quiz.questions.0.options.1.text.da', problem: 'required' },
      { path: 'quiz.questions.0.options.1.explanation.da', problem: 'required' },
      { path: 'quiz.questions.0.options.1.explanation.en', problem: 'required' },
    ]);
    expect(quizFieldPaths(draft)).toEqual(
      expect.arrayContaining(quizDraftIssues(draft).map((i) => i.path)),
    );
  });

  it('checks the pass mark, the attempts and the number of questions and options', () => {
    expect(quizDraftIssues({ ...complete(), passMark: '', maxAttempts: 0, questions: [] })).toEqual(
      [
        { path: 'quiz.passMark', problem: 'passMarkRange' },
        { path: 'quiz.maxAttempts', problem: 'attemptsRange' },
        { path: 'quiz.questions', problem: 'noQuestions' },
      ],
    );
    expect(quizDraftIssues({ ...complete(), passMark: 101 })[0]?.problem).toBe('passMarkRange');
    expect(quizDraftIssues({ ...complete(), maxAttempts: 1.5 })[0]?.problem).toBe('attemptsRange');
    // Unlimited attempts: the number field does not count.
    expect(quizDraftIssues({ ...complete(), unlimited: true, maxAttempts: '' })).toEqual([]);
    const one = complete();
    one.questions = [question('q1', false, [true])];
    expect(quizDraftIssues(one)).toEqual([
      { path: 'quiz.questions.0.options', problem: 'optionCount' },
    ]);
  });
});

describe('to and from the API', () => {
  it('turns the percentage into a share, trims texts and keeps question ids', () => {
    const draft = complete();
    (draft.questions[0] as QuestionDraft).prompt = text(' Where? ', ' Hvor? ');
    const quiz = quizFromDraft(draft);
    expect(quiz).toMatchObject({ passMark: 0.8, maxAttempts: 2 });
    expect(quiz.questions.map((q) => q.id)).toEqual(['q1', 'q2']);
    expect(quiz.questions[0]?.prompt).toEqual({ da: 'Hvor?', en: 'Where?' });
    expect(quizFromDraft({ ...draft, unlimited: true }).maxAttempts).toBeNull();
    expect(quizFromDraft(draftFromQuiz(quiz))).toEqual(quiz);
    expect(draftFromQuiz({ ...quiz, maxAttempts: null })).toMatchObject({
      unlimited: true,
      passMark: 80,
    });
  });

  it('starts a new quiz at 80 % with unlimited attempts and one question', () => {
    expect(emptyQuizDraft()).toMatchObject({ passMark: 80, unlimited: true });
    expect(emptyQuizDraft().questions.map((q) => q.id)).toEqual(['q1']);
  });
});

describe('editing questions', () => {
  it('moves a question up or down, and not past either end', () => {
    expect(moveQuestion(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveQuestion(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveQuestion(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveQuestion(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });

  it('keeps one right answer for a one-answer question, several for the other kind', () => {
    const single = markCorrect(question('q1', false, [true, false, false]), 2, true);
    expect(single.options.map((o) => o.correct)).toEqual([false, false, true]);
    const multiple = markCorrect(question('q2', true, [true, false, false]), 2, true);
    expect(multiple.options.map((o) => o.correct)).toEqual([true, false, true]);
    const unmarked = markCorrect(question('q2', true, [true, false, true]), 0, false);
    expect(unmarked.options.map((o) => o.correct)).toEqual([false, false, true]);
  });

  it('grades the preview as the server does: exactly the right options', () => {
    const q = question('q2', true, [true, true, false]);
    expect(isRightChoice(q, [1, 0])).toBe(true);
    expect(isRightChoice(q, [0])).toBe(false);
    expect(isRightChoice(q, [0, 1, 2])).toBe(false);
  });
});
