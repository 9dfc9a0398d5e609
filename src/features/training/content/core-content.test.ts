import { describe, expect, it } from 'vitest';
import { codeOfConductChildren, codeOfConductGeneral } from './code-of-conduct';
import { coreBoundaries } from './core-boundaries';
import { coreChallenging } from './core-challenging';
import { coreInteracting } from './core-interacting';
import { programRules } from './program-rules';
import { reflectionBoundaries, reflectionFirstMeeting } from './reflections';
import { relationshipEndings } from './relationship-endings';
import type { CurriculumItem, CurriculumModule, Lesson, Quiz, Text } from './types';

/** Module id → [lessons, quizzes, minimum questions per quiz] as the brief sets them. */
const modules: [CurriculumModule, number, number, number][] = [
  [coreInteracting, 2, 1, 5],
  [coreChallenging, 2, 1, 6],
  [coreBoundaries, 2, 1, 6],
  [programRules, 2, 1, 5],
  [relationshipEndings, 1, 1, 5],
];
const standalone: CurriculumItem[] = [
  codeOfConductGeneral,
  codeOfConductChildren,
  reflectionFirstMeeting,
  reflectionBoundaries,
];
const allItems: CurriculumItem[] = [...modules.flatMap(([m]) => m.items), ...standalone];
const langs = ['da', 'en'] as const;
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Words are whitespace-separated tokens that contain a letter or a digit (Markdown marks do not count). */
function words(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every string reachable from a value, with its path, for the empty / placeholder checks. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Every Text ({ da, en }) reachable from a value. */
function texts(value: unknown): Text[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.da === 'string' && typeof o.en === 'string' && Object.keys(o).length === 2) {
      return [o as unknown as Text];
    }
    return Object.values(o).flatMap(texts);
  }
  return [];
}

const lessons = allItems.filter((i): i is Lesson => i.kind === 'lesson');
const quizzes = allItems.filter((i): i is Quiz => i.kind === 'quiz');

describe('core training content', () => {
  it('has the lessons and quizzes each module needs, with ids prefixed by the module id', () => {
    for (const [m, lessonCount, quizCount] of modules) {
      expect(
        m.items.filter((i) => i.kind === 'lesson'),
        m.id,
      ).toHaveLength(lessonCount);
      expect(
        m.items.filter((i) => i.kind === 'quiz'),
        m.id,
      ).toHaveLength(quizCount);
      for (const item of m.items) expect(item.id.startsWith(`${m.id}-`), item.id).toBe(true);
    }
  });

  it('uses kebab-case ids that are unique across modules and items', () => {
    const ids = [...modules.map(([m]) => m.id), ...allItems.map((i) => i.id)];
    for (const id of ids) expect(id, id).toMatch(kebab);
    expect(new Set(ids).size).toBe(ids.length);
    expect(codeOfConductGeneral.id).toBe('code-of-conduct');
    expect(codeOfConductChildren.id).toBe('code-of-conduct-children');
    expect(reflectionFirstMeeting.id).toBe('reflection-first-meeting');
    expect(reflectionBoundaries.id).toBe('reflection-boundaries');
  });

  it('has no empty strings and no placeholder text anywhere', () => {
    for (const value of [...modules.map(([m]) => m), ...standalone]) {
      for (const [path, s] of strings(value)) {
        expect(s.trim(), `${path} is empty`).not.toBe('');
        expect(s, path).not.toMatch(/\bTODO\b|lorem|ipsum|TBD|FIXME|xxx/i);
      }
    }
  });

  it('writes every text in Danish and English, not the same text twice', () => {
    for (const value of [...modules.map(([m]) => m), ...standalone]) {
      for (const t of texts(value)) {
        expect(t.da.trim()).not.toBe('');
        expect(t.en.trim()).not.toBe('');
        if (t.da.length > 40) expect(t.da, t.da).not.toBe(t.en);
      }
    }
    const danish = lessons.map((l) => l.body.da).join(' ');
    expect(danish).toMatch(/[æøå]/);
  });

  describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
    it.each(langs)(
      'has at least 300 words, ## headings and no leading indentation (%s)',
      (lang) => {
        const body = lesson.body[lang];
        expect(words(body)).toBeGreaterThanOrEqual(300);
        expect(body).toMatch(/^## \S/m);
        expect(body).not.toMatch(/^ {4}\S/m);
      },
    );

    it('estimates reading time at about 150 words a minute', () => {
      const most = Math.max(words(lesson.body.da), words(lesson.body.en));
      expect(lesson.minutes).toBe(Math.ceil(most / 150));
    });
  });

  describe.each(quizzes.map((q) => [q.id, q] as const))('quiz %s', (_id, quiz) => {
    const minimum = modules.find(([m]) => m.items.includes(quiz))?.[3] ?? 5;

    it('has enough questions, pass mark 0.8, unlimited attempts and realistic minutes', () => {
      expect(quiz.questions.length).toBeGreaterThanOrEqual(minimum);
      expect(quiz.passMark).toBe(0.8);
      expect(quiz.maxAttempts).toBeNull();
      expect(quiz.minutes).toBe(Math.ceil(quiz.questions.length * 1.5));
    });

    it('has unique question ids', () => {
      const ids = quiz.questions.map((q) => q.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(kebab);
    });

    it.each(quiz.questions.map((q) => [q.id, q] as const))(
      'question %s is well formed',
      (_qid, q) => {
        expect(q.options.length).toBeGreaterThanOrEqual(3);
        expect(q.options.length).toBeLessThanOrEqual(4);
        const correct = q.options.filter((o) => o.correct).length;
        expect(correct).toBeGreaterThanOrEqual(1);
        if (q.multiple) expect(correct).toBeGreaterThanOrEqual(2);
        else expect(correct).toBe(1);
        expect(correct).toBeLessThan(q.options.length);
        for (const lang of langs) {
          expect(q.prompt[lang].trim()).not.toBe('');
          const optionTexts = q.options.map((o) => o.text[lang]);
          expect(new Set(optionTexts).size).toBe(optionTexts.length);
          for (const o of q.options) {
            expect(o.text[lang].trim()).not.toBe('');
            expect(o.explanation[lang].trim()).not.toBe('');
          }
        }
      },
    );
  });

  it('gives the challenging-situations quiz a short scenario in every question', () => {
    const quiz = coreChallenging.items.find((i): i is Quiz => i.kind === 'quiz');
    expect(quiz).toBeDefined();
    for (const q of quiz?.questions ?? []) {
      for (const lang of langs) {
        // A scenario is at least one statement, then the question.
        expect(q.prompt[lang], q.id).toMatch(/\S[.:"]\s+\S/);
        expect(q.prompt[lang], q.id).toContain('?');
      }
    }
  });

  describe('code of conduct', () => {
    const items = (body: string) => body.match(/^\d+\. /gm) ?? [];

    it.each(langs)('lists ten numbered commitments for all programs (%s)', (lang) => {
      expect(items(codeOfConductGeneral.body[lang])).toHaveLength(10);
    });

    it.each(langs)('adds the children commitments after the general ones (%s)', (lang) => {
      const general = codeOfConductGeneral.body[lang].match(/^\d+\. .*$/gm) ?? [];
      const children = codeOfConductChildren.body[lang];
      expect(items(children).length).toBeGreaterThanOrEqual(15);
      for (const line of general) expect(children).toContain(line);
      expect(children).toMatch(/^16\. /m);
    });

    it('mentions the underretning and the safeguarding lead in the children version', () => {
      expect(codeOfConductChildren.body.da).toMatch(/underretning/);
      expect(codeOfConductChildren.body.da).toMatch(/trivselsansvarlige/);
      expect(codeOfConductChildren.body.en).toMatch(/underretning/);
      expect(codeOfConductChildren.body.en).toMatch(/safeguarding lead/);
    });

    it('takes 5 to 10 minutes', () => {
      for (const c of [codeOfConductGeneral, codeOfConductChildren]) {
        expect(c.minutes).toBeGreaterThanOrEqual(5);
        expect(c.minutes).toBeLessThanOrEqual(10);
      }
    });
  });

  describe('reflections', () => {
    it.each([reflectionFirstMeeting, reflectionBoundaries].map((r) => [r.id, r] as const))(
      '%s has a substantial prompt and 15 to 20 minutes',
      (_id, r) => {
        expect(r.minutes).toBeGreaterThanOrEqual(15);
        expect(r.minutes).toBeLessThanOrEqual(20);
        for (const lang of langs) expect(words(r.prompt[lang])).toBeGreaterThanOrEqual(100);
      },
    );
  });
});
