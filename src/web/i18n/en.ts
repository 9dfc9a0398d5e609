import base from './en.json';
import authoring from './locales/authoring.en.json';
import checkins from './locales/checkins.en.json';
import concerns from './locales/concerns.en.json';
import matching from './locales/matching.en.json';
import mentees from './locales/mentees.en.json';
import messaging from './locales/messaging.en.json';
import recruitment from './locales/recruitment.en.json';
import relationships from './locales/relationships.en.json';
import screening from './locales/screening.en.json';
import support from './locales/support.en.json';

/** The English texts, in the shape of `da.ts`. */
export const en = {
  ...base,
  recruitment,
  screening,
  mentees,
  matching,
  authoring,
  support,
  relationships,
  checkins,
  concerns,
  messaging,
};
