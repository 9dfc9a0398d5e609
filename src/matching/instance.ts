/**
 * The matching instance of SCORING.md v1 and its hand-written validation. A malformed instance
 * is rejected with one InstanceError whose message names the record and the field, e.g.
 * `mentors[17].availability: expected sorted unique integers 0..167`.
 */

export const PROGRAMS = ['youth', 'education', 'newcomer', 'career'] as const;
export const LANGUAGES = [
  'da',
  'en',
  'ar',
  'so',
  'tr',
  'fa',
  'pl',
  'uk',
  'ur',
  'de',
  'ti',
  'ro',
] as const;
export const INTERESTS = [
  'football',
  'handball',
  'swimming',
  'running',
  'cycling',
  'fitness',
  'dance',
  'music_playing',
  'music_listening',
  'singing',
  'drawing',
  'photography',
  'film',
  'theatre',
  'reading',
  'writing',
  'gaming',
  'board_games',
  'chess',
  'programming',
  'robotics',
  'science',
  'math',
  'history',
  'politics',
  'nature',
  'hiking',
  'fishing',
  'animals',
  'cooking',
  'baking',
  'fashion',
  'crafts',
  'gardening',
  'travel',
  'volunteering',
  'religion',
  'cars',
  'entrepreneurship',
  'languages',
] as const;
export const GOALS = [
  'homework',
  'school_motivation',
  'job_search',
  'cv_and_applications',
  'danish_language',
  'networking',
  'self_confidence',
  'career_choice',
  'education_choice',
  'social_life',
  'entrepreneurship',
  'everyday_life_in_denmark',
] as const;
export const GENDERS = ['female', 'male', 'nonbinary'] as const;

export type Program = (typeof PROGRAMS)[number];
export type Language = (typeof LANGUAGES)[number];
export type Interest = (typeof INTERESTS)[number];
export type Goal = (typeof GOALS)[number];
export type Gender = (typeof GENDERS)[number];

/** Hour-of-week slots: slot = day * 24 + hour, day 0 = Monday. */
export const HOURS_PER_WEEK = 168;
/** Bounding box of Denmark in micro-degrees; SCORING.md's integer-safety bounds rely on it. */
export const LAT_E6_MIN = 54_560_000;
export const LAT_E6_MAX = 57_750_000;
export const LON_E6_MIN = 8_070_000;
export const LON_E6_MAX = 15_200_000;
export const MAX_TRAVEL_KM = 1000;
export const MAX_MENTOR_CAPACITY = 3;
const MAX_AGE = 150;

export interface Location {
  latE6: number;
  lonE6: number;
}

interface Person {
  id: string;
  program: Program;
  /** element 0 is the primary language */
  languages: Language[];
  age: number;
  gender: Gender;
  genderPreference: Gender | null;
  location: Location;
  maxTravelKm: number;
  interests: Interest[];
  goals: Goal[];
  availability: number[];
}

export interface Mentor extends Person {
  menteeAgeMin: number;
  menteeAgeMax: number;
  trainingCompleted: boolean;
  capacity: number;
}

export interface Mentee extends Person {
  capacity: 1;
}

export interface Instance {
  meta: Record<string, unknown>;
  mentors: Mentor[];
  mentees: Mentee[];
}

export class InstanceError extends Error {
  constructor(
    readonly path: string,
    readonly expectation: string,
  ) {
    super(`${path}: ${expectation}`);
    this.name = 'InstanceError';
  }
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

function field(record: Json, path: string, name: string): unknown {
  if (!(name in record)) throw new InstanceError(`${path}.${name}`, 'missing');
  return record[name];
}

function integerField(record: Json, path: string, name: string, min: number, max: number) {
  const value = field(record, path, name);
  if (!isIntegerIn(value, min, max)) {
    throw new InstanceError(`${path}.${name}`, `expected an integer ${min}..${max}`);
  }
  return value;
}

function oneOf<T extends string>(
  record: Json,
  path: string,
  name: string,
  vocabulary: readonly T[],
): T {
  const value = field(record, path, name);
  if (typeof value !== 'string' || !(vocabulary as readonly string[]).includes(value)) {
    throw new InstanceError(`${path}.${name}`, `expected one of ${vocabulary.join(', ')}`);
  }
  return value as T;
}

function subsetOf<T extends string>(
  record: Json,
  path: string,
  name: string,
  vocabulary: readonly T[],
  what: string,
  nonEmpty: boolean,
): T[] {
  const value = field(record, path, name);
  const expectation = `expected ${nonEmpty ? 'a non-empty' : 'an'} array of distinct ${what}`;
  if (!Array.isArray(value) || (nonEmpty && value.length === 0)) {
    throw new InstanceError(`${path}.${name}`, expectation);
  }
  const seen = new Set<string>();
  for (let k = 0; k < value.length; k++) {
    const item: unknown = value[k];
    if (typeof item !== 'string' || !(vocabulary as readonly string[]).includes(item)) {
      throw new InstanceError(`${path}.${name}[${k}]`, `unknown ${what.replace(/s$/, '')}`);
    }
    if (seen.has(item)) throw new InstanceError(`${path}.${name}[${k}]`, `duplicate "${item}"`);
    seen.add(item);
  }
  return value as T[];
}

function availabilityField(record: Json, path: string): number[] {
  const value = field(record, path, 'availability');
  const ok =
    Array.isArray(value) &&
    value.every(
      (slot, k) =>
        isIntegerIn(slot, 0, HOURS_PER_WEEK - 1) && (k === 0 || (value[k - 1] as number) < slot),
    );
  if (!ok) {
    throw new InstanceError(
      `${path}.availability`,
      `expected sorted unique integers 0..${HOURS_PER_WEEK - 1}`,
    );
  }
  return value as number[];
}

function locationField(record: Json, path: string): Location {
  const value = field(record, path, 'location');
  if (!isRecord(value)) {
    throw new InstanceError(`${path}.location`, 'expected an object {latE6, lonE6}');
  }
  const latE6 = integerField(value, `${path}.location`, 'latE6', LAT_E6_MIN, LAT_E6_MAX);
  const lonE6 = integerField(value, `${path}.location`, 'lonE6', LON_E6_MIN, LON_E6_MAX);
  return { latE6, lonE6 };
}

function personFields(record: Json, path: string): Person {
  const id = field(record, path, 'id');
  if (typeof id !== 'string' || id.length === 0) {
    throw new InstanceError(`${path}.id`, 'expected a non-empty string');
  }
  const genderPreference = field(record, path, 'genderPreference');
  if (genderPreference !== null && !(GENDERS as readonly unknown[]).includes(genderPreference)) {
    throw new InstanceError(
      `${path}.genderPreference`,
      `expected null or one of ${GENDERS.join(', ')}`,
    );
  }
  return {
    id,
    program: oneOf(record, path, 'program', PROGRAMS),
    languages: subsetOf(record, path, 'languages', LANGUAGES, 'language codes', true),
    age: integerField(record, path, 'age', 0, MAX_AGE),
    gender: oneOf(record, path, 'gender', GENDERS),
    genderPreference: genderPreference as Gender | null,
    location: locationField(record, path),
    maxTravelKm: integerField(record, path, 'maxTravelKm', 0, MAX_TRAVEL_KM),
    interests: subsetOf(record, path, 'interests', INTERESTS, 'interests', false),
    goals: subsetOf(record, path, 'goals', GOALS, 'goals', false),
    availability: availabilityField(record, path),
  };
}

function parseMentor(value: unknown, path: string): Mentor {
  if (!isRecord(value)) throw new InstanceError(path, 'expected an object');
  const person = personFields(value, path);
  const menteeAgeMin = integerField(value, path, 'menteeAgeMin', 0, MAX_AGE);
  const menteeAgeMax = integerField(value, path, 'menteeAgeMax', 0, MAX_AGE);
  if (menteeAgeMax < menteeAgeMin) {
    throw new InstanceError(`${path}.menteeAgeMax`, 'expected menteeAgeMax ≥ menteeAgeMin');
  }
  const trainingCompleted = field(value, path, 'trainingCompleted');
  if (typeof trainingCompleted !== 'boolean') {
    throw new InstanceError(`${path}.trainingCompleted`, 'expected true or false');
  }
  const capacity = integerField(value, path, 'capacity', 1, MAX_MENTOR_CAPACITY);
  return { ...person, menteeAgeMin, menteeAgeMax, trainingCompleted, capacity };
}

function parseMentee(value: unknown, path: string): Mentee {
  if (!isRecord(value)) throw new InstanceError(path, 'expected an object');
  const person = personFields(value, path);
  if (field(value, path, 'capacity') !== 1)
    throw new InstanceError(`${path}.capacity`, 'expected 1');
  return { ...person, capacity: 1 };
}

function parseSide<T extends { id: string }>(
  root: Json,
  side: 'mentors' | 'mentees',
  parse: (value: unknown, path: string) => T,
): T[] {
  const list = root[side];
  if (!Array.isArray(list)) throw new InstanceError(side, 'expected an array');
  const firstWithId = new Map<string, number>();
  return list.map((value: unknown, index) => {
    const record = parse(value, `${side}[${index}]`);
    const earlier = firstWithId.get(record.id);
    if (earlier !== undefined) {
      throw new InstanceError(`${side}[${index}].id`, `duplicate of ${side}[${earlier}].id`);
    }
    firstWithId.set(record.id, index);
    return record;
  });
}

/** Validates parsed JSON as an instance; throws InstanceError at the first problem. */
export function parseInstance(json: unknown): Instance {
  if (!isRecord(json)) throw new InstanceError('instance', 'expected a JSON object');
  const meta = json.meta ?? {};
  if (!isRecord(meta)) throw new InstanceError('meta', 'expected an object');
  return {
    meta,
    mentors: parseSide(json, 'mentors', parseMentor),
    mentees: parseSide(json, 'mentees', parseMentee),
  };
}
