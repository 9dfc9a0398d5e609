/**
 * The shipped default curricula: our own writing, in Danish and English. These types
 * are the shape authors write in; the training feature imports them into the database
 * as version 1 of each program type's curriculum.
 */
export interface Text {
  da: string;
  en: string;
}

export interface Lesson {
  kind: 'lesson';
  /** Stable across versions, kebab-case, unique in the whole curriculum. */
  id: string;
  title: Text;
  /** Estimated reading time. */
  minutes: number;
  /** Markdown: headings (##, ###), paragraphs, lists, bold. At least 300 words per language. */
  body: Text;
}

export interface QuizOption {
  text: Text;
  correct: boolean;
  /** Shown after submission: why this answer is (not) right. */
  explanation: Text;
}

export interface QuizQuestion {
  id: string;
  /** A question, or a short scenario followed by a question. */
  prompt: Text;
  /** True when more than one option is correct (the mentor picks all that apply). */
  multiple: boolean;
  options: QuizOption[];
}

export interface Quiz {
  kind: 'quiz';
  id: string;
  title: Text;
  minutes: number;
  /** Share of questions answered right needed to pass, 0..1. */
  passMark: number;
  /** How many attempts; null for unlimited. */
  maxAttempts: number | null;
  questions: QuizQuestion[];
}

/** A place in the curriculum for a session the trainer schedules (time, place, capacity). */
export interface InPersonSession {
  kind: 'in_person';
  id: string;
  title: Text;
  minutes: number;
  /** What happens at the session and what to bring. */
  description: Text;
}

export interface CodeOfConduct {
  kind: 'code_of_conduct';
  id: string;
  title: Text;
  minutes: number;
  /** Markdown: the commitments the mentor signs, as a numbered list with a short intro. */
  body: Text;
}

export interface Reflection {
  kind: 'reflection';
  id: string;
  title: Text;
  minutes: number;
  /** What the mentor writes about; a trainer approves it or returns it with a comment. */
  prompt: Text;
}

export type CurriculumItem = Lesson | Quiz | InPersonSession | CodeOfConduct | Reflection;

export interface CurriculumModule {
  id: string;
  title: Text;
  /** One or two sentences: what the mentor will be able to do afterwards. */
  summary: Text;
  items: CurriculumItem[];
}
