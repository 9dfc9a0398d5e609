import type { CurriculumModule } from './content/types';

const text = (en: string, da = en) => ({ da, en });

/**
 * A small curriculum with one item of every kind, for tests: 50 minutes, enough to be
 * published for a career program (45 minutes, no in-person session required).
 */
export function testCurriculum(): CurriculumModule[] {
  return [
    {
      id: 'basics',
      title: text('Basics', 'Grundlag'),
      summary: text('The basics.', 'Det grundlæggende.'),
      items: [
        {
          kind: 'lesson',
          id: 'welcome',
          title: text('Welcome', 'Velkommen'),
          minutes: 10,
          body: text('Welcome to mentoring.', 'Velkommen til mentorarbejdet.'),
        },
        {
          kind: 'lesson',
          id: 'boundaries',
          title: text('Boundaries', 'Grænser'),
          minutes: 10,
          body: text('Keep boundaries.', 'Hold grænser.'),
        },
        {
          kind: 'quiz',
          id: 'basics-quiz',
          title: text('Quiz', 'Quiz'),
          minutes: 10,
          passMark: 0.5,
          maxAttempts: 2,
          questions: [
            {
              id: 'q1',
              prompt: text('Where do you meet?', 'Hvor mødes I?'),
              multiple: false,
              options: [
                { text: text('In public'), correct: true, explanation: text('Safe and open.') },
                { text: text('At home'), correct: false, explanation: text('Not alone at home.') },
              ],
            },
            {
              id: 'q2',
              prompt: text('Which are red flags?', 'Hvilke er advarselstegn?'),
              multiple: true,
              options: [
                { text: text('Secrets'), correct: true, explanation: text('Secrets are a sign.') },
                { text: text('Gifts'), correct: true, explanation: text('Gifts bind.') },
                { text: text('Homework'), correct: false, explanation: text('Normal.') },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'practice',
      title: text('Practice', 'Praksis'),
      summary: text('Meet and commit.', 'Mød op og skriv under.'),
      items: [
        {
          kind: 'in_person',
          id: 'workshop',
          title: text('Workshop'),
          minutes: 10,
          description: text('Bring yourself.'),
        },
        {
          kind: 'code_of_conduct',
          id: 'code',
          title: text('Code of conduct', 'Adfærdskodeks'),
          minutes: 5,
          body: text('1. Be kind.', '1. Vær venlig.'),
        },
        {
          kind: 'reflection',
          id: 'reflect',
          title: text('Reflection', 'Refleksion'),
          minutes: 5,
          prompt: text('What will you do first?', 'Hvad gør du først?'),
        },
      ],
    },
  ];
}

/** Every item key of `testCurriculum()`, in order. */
export const testCurriculumKeys = testCurriculum().flatMap((m) => m.items.map((i) => i.id));
