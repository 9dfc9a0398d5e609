import base from './da.json';
import authoring from './locales/authoring.da.json';
import checkins from './locales/checkins.da.json';
import concerns from './locales/concerns.da.json';
import matching from './locales/matching.da.json';
import mentees from './locales/mentees.da.json';
import messaging from './locales/messaging.da.json';
import recruitment from './locales/recruitment.da.json';
import relationships from './locales/relationships.da.json';
import screening from './locales/screening.da.json';
import support from './locales/support.da.json';

/**
 * The Danish texts: the base file plus one file per feature area (so work on one area does
 * not edit the same file as work on another). `en.ts` has the same shape.
 */
export const da = {
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
export type Texts = typeof da;
