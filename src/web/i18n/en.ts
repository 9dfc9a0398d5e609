import base from './en.json';
import authoring from './locales/authoring.en.json';
import matching from './locales/matching.en.json';
import mentees from './locales/mentees.en.json';
import recruitment from './locales/recruitment.en.json';
import relationships from './locales/relationships.en.json';
import screening from './locales/screening.en.json';

/** The English texts, in the shape of `da.ts`. */
export const en = { ...base, recruitment, screening, mentees, matching, authoring, relationships };
