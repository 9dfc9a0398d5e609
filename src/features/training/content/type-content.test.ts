import { describe, expect, it } from 'vitest';
import { typeFloors } from '../../programs/rules';
import { careerShadowing } from './career-shadowing';
import { codeOfConductChildren } from './code-of-conduct';
import {
  type CurriculumType,
  careerEssentials,
  curriculumMinutes,
  defaultCurricula,
} from './curricula';
import { leisureSafety } from './leisure-safety';
import { safeguardingChildren } from './safeguarding-children';
import { schoolSupport } from './school-support';
import type { CurriculumItem, CurriculumModule, Lesson, Quiz, Text } from './types';
import { workplaceMentoring } from './workplace-mentoring';

const languages = ['da', 'en'] as const;
const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Ids fixed by the product brief that don't carry their module's prefix. */
const fixedIds = new Set(['leisure-session']);

function words(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function lessons(module: CurriculumModule): Lesson[] {
  return module.items.filter((item): item is Lesson => item.kind === 'lesson');
}

function quizzes(module: CurriculumModule): Quiz[] {
  return module.items.filter((item): item is Quiz => item.kind === 'quiz');
}

function items(curriculum: CurriculumModule[]): CurriculumItem[] {
  return curriculum.flatMap((module) => module.items);
}

function expectText(text: Text, what: string) {
  for (const lang of languages) {
    expect(text[lang].trim(), `${what} (${lang})`).not.toBe('');
    expect(text[lang], `${what} (${lang})`).not.toMatch(/lorem ipsum|\bTODO\b|\bTBD\b|\bFIXME\b/i);
  }
}

/** The modules written for the program types, with how many lessons and questions each needs. */
const typeModules: { module: CurriculumModule; lessons: number; questions: [number, number] }[] = [
  { module: safeguardingChildren, lessons: 2, questions: [6, Number.POSITIVE_INFINITY] },
  { module: schoolSupport, lessons: 1, questions: [5, Number.POSITIVE_INFINITY] },
  { module: leisureSafety, lessons: 2, questions: [5, Number.POSITIVE_INFINITY] },
  { module: careerShadowing, lessons: 1, questions: [5, 5] },
  { module: workplaceMentoring, lessons: 2, questions: [5, Number.POSITIVE_INFINITY] },
  { module: careerEssentials, lessons: 1, questions: [0, Number.POSITIVE_INFINITY] },
];

describe.each(typeModules)('module $module.id', ({ module, lessons: lessonCount, questions }) => {
  it('has a title and summary in both languages, and kebab-case ids prefixed with the module id', () => {
    expectText(module.title, 'title');
    expectText(module.summary, 'summary');
    expect(module.id).toMatch(kebab);
    for (const item of module.items) {
      expect(item.id).toMatch(kebab);
      const prefixed = item.id.startsWith(`${module.id}-`) || fixedIds.has(item.id);
      expect(prefixed, `${item.id} starts with ${module.id}-`).toBe(true);
      expectText(item.title, `${item.id} title`);
    }
  });

  it(`has ${lessonCount} lesson(s) of at least 300 words per language, with headings and realistic minutes`, () => {
    expect(lessons(module)).toHaveLength(lessonCount);
    for (const lesson of lessons(module)) {
      expectText(lesson.body, lesson.id);
      for (const lang of languages) {
        const body = lesson.body[lang];
        expect(words(body), `${lesson.id} (${lang}) words`).toBeGreaterThanOrEqual(300);
        expect(body, `${lesson.id} (${lang}) has ## headings`).toMatch(/^## \S/m);
        // Short paragraphs: no block of prose (lists aside) longer than about 100 words.
        for (const block of body.split(/\n\s*\n/)) {
          if (/^\s*(?:[-*]|\d+\.)\s/m.test(block)) continue;
          expect(words(block), `${lesson.id} (${lang}) paragraph`).toBeLessThanOrEqual(100);
        }
      }
      // Reading time ≈ words / 150, rounded up, for the longer language.
      const longest = Math.max(words(lesson.body.da), words(lesson.body.en));
      expect(lesson.minutes, `${lesson.id} minutes`).toBeGreaterThanOrEqual(
        Math.ceil(longest / 150) - 1,
      );
      expect(lesson.minutes, `${lesson.id} minutes`).toBeLessThanOrEqual(
        Math.ceil(longest / 150) + 1,
      );
    }
  });

  it('has quizzes that follow the quiz rules', () => {
    const moduleQuizzes = quizzes(module);
    const [min, max] = questions;
    if (min > 0) expect(moduleQuizzes).toHaveLength(1);
    for (const quiz of moduleQuizzes) {
      expect(quiz.passMark).toBe(0.8);
      expect(quiz.maxAttempts).toBeNull();
      expect(quiz.questions.length).toBeGreaterThanOrEqual(Math.max(min, 1));
      expect(quiz.questions.length).toBeLessThanOrEqual(max);
      // About 1.5 minutes per question.
      expect(Math.abs(quiz.minutes - quiz.questions.length * 1.5)).toBeLessThanOrEqual(1);

      const questionIds = quiz.questions.map((question) => question.id);
      expect(new Set(questionIds).size).toBe(questionIds.length);
      for (const question of quiz.questions) {
        expect(question.id).toMatch(kebab);
        expect(question.id.startsWith(`${quiz.id}-`), question.id).toBe(true);
        expectText(question.prompt, `${question.id} prompt`);
        expect(question.options.length, question.id).toBeGreaterThanOrEqual(3);
        expect(question.options.length, question.id).toBeLessThanOrEqual(4);
        const correct = question.options.filter((option) => option.correct).length;
        expect(correct, `${question.id} has a right answer`).toBeGreaterThanOrEqual(1);
        expect(correct, `${question.id} has a wrong answer`).toBeLessThan(question.options.length);
        expect(question.multiple, `${question.id} multiple`).toBe(correct > 1);
        for (const [index, option] of question.options.entries()) {
          expectText(option.text, `${question.id} option ${index}`);
          expectText(option.explanation, `${question.id} option ${index} explanation`);
        }
        for (const lang of languages) {
          const texts = question.options.map((option) => option.text[lang]);
          expect(new Set(texts).size, `${question.id} (${lang}) distinct options`).toBe(
            texts.length,
          );
        }
      }
    }
  });
});

describe('in-person sessions', () => {
  it('school support and leisure each have their introductory session', () => {
    const school = schoolSupport.items.find((item) => item.id === 'school-support-session');
    const leisure = leisureSafety.items.find((item) => item.id === 'leisure-session');
    expect(school).toMatchObject({ kind: 'in_person', minutes: 120 });
    expect(leisure).toMatchObject({ kind: 'in_person', minutes: 150 });
    for (const session of [school, leisure]) {
      if (session?.kind !== 'in_person') throw new Error('missing in-person session');
      expectText(session.description, session.id);
    }
  });
});

describe('defaultCurricula', () => {
  const types = Object.keys(defaultCurricula) as CurriculumType[];

  it('covers every program type', () => {
    expect(types.sort()).toEqual(['career', 'custom', 'leisure', 'school', 'workplace']);
  });

  it.each(types)('%s: module and item ids are kebab-case and unique', (type) => {
    const curriculum = defaultCurricula[type];
    const moduleIds = curriculum.map((module) => module.id);
    const itemIds = items(curriculum).map((item) => item.id);
    for (const id of [...moduleIds, ...itemIds]) expect(id).toMatch(kebab);
    expect(new Set(moduleIds).size, 'module ids').toBe(moduleIds.length);
    expect(new Set(itemIds).size, 'item ids').toBe(itemIds.length);
  });

  it('an item id names the same item in every curriculum', () => {
    const seen = new Map<string, CurriculumItem>();
    for (const type of types) {
      for (const item of items(defaultCurricula[type])) {
        const earlier = seen.get(item.id);
        if (earlier) expect(item, item.id).toEqual(earlier);
        else seen.set(item.id, item);
      }
    }
  });

  it.each(types)('%s: contains exactly one code of conduct, in the last module', (type) => {
    const curriculum = defaultCurricula[type];
    expect(items(curriculum).filter((item) => item.kind === 'code_of_conduct')).toHaveLength(1);
    expect(curriculum.at(-1)?.items.some((item) => item.kind === 'code_of_conduct')).toBe(true);
  });

  it.each(['school', 'leisure'] as const)(
    '%s: contains the safeguarding module and the children’s code of conduct',
    (type) => {
      const curriculum = defaultCurricula[type];
      expect(curriculum.map((module) => module.id)).toContain('safeguarding-children');
      expect(items(curriculum)).toContain(codeOfConductChildren);
      expect(curriculum.at(-1)?.id).toBe('commitment-children');
    },
  );

  it.each(['school', 'leisure'] as const)(
    '%s: lasts at least 120 minutes and includes an in-person session',
    (type) => {
      const curriculum = defaultCurricula[type];
      expect(curriculumMinutes(curriculum)).toBeGreaterThanOrEqual(120);
      expect(items(curriculum).some((item) => item.kind === 'in_person')).toBe(true);
    },
  );

  it('school has the school-support module, leisure the activity-safety module', () => {
    const ids = (type: CurriculumType) => defaultCurricula[type].map((module) => module.id);
    expect(ids('school')).toContain('school-support');
    expect(ids('school')).not.toContain('leisure-safety');
    expect(ids('leisure')).toContain('leisure-safety');
    expect(ids('leisure')).not.toContain('school-support');
  });

  it('workplace lasts at least 60 minutes and includes the workplace module', () => {
    expect(curriculumMinutes(defaultCurricula.workplace)).toBeGreaterThanOrEqual(60);
    expect(defaultCurricula.workplace.map((module) => module.id)).toContain('workplace-mentoring');
  });

  it('career stays light: between 30 and 60 minutes, no in-person session', () => {
    const minutes = curriculumMinutes(defaultCurricula.career);
    expect(minutes).toBeGreaterThanOrEqual(30);
    expect(minutes).toBeLessThanOrEqual(60);
    expect(items(defaultCurricula.career).some((item) => item.kind === 'in_person')).toBe(false);
    expect(defaultCurricula.career.map((module) => module.id)).toEqual([
      'career-essentials',
      'career-shadowing',
      'commitment',
    ]);
  });

  it('custom lasts at least 120 minutes', () => {
    expect(curriculumMinutes(defaultCurricula.custom)).toBeGreaterThanOrEqual(120);
  });

  it.each(types)('%s: meets the program type’s floor in programs/rules.ts', (type) => {
    const floor = typeFloors[type];
    expect(curriculumMinutes(defaultCurricula[type])).toBeGreaterThanOrEqual(floor.trainingMinutes);
    if (floor.inPersonSessionRequired) {
      expect(items(defaultCurricula[type]).some((item) => item.kind === 'in_person')).toBe(true);
    }
  });

  it('children’s safeguarding content is not in the adult curricula', () => {
    for (const type of ['career', 'workplace', 'custom'] as const) {
      expect(defaultCurricula[type].map((module) => module.id)).not.toContain(
        'safeguarding-children',
      );
    }
  });
});

describe('curriculumMinutes', () => {
  it('sums the minutes of every item', () => {
    expect(curriculumMinutes([])).toBe(0);
    expect(curriculumMinutes([schoolSupport, careerShadowing])).toBe(
      [...schoolSupport.items, ...careerShadowing.items].reduce((sum, i) => sum + i.minutes, 0),
    );
  });
});
