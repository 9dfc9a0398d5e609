// biome-ignore-all lint/style/noNonNullAssertion: hot loops index typed arrays within bounds fixed at construction

import type { EdgeList } from './edges';
import {
  GOALS,
  type Goal,
  HOURS_PER_WEEK,
  INTERESTS,
  type Instance,
  type Interest,
  LANGUAGES,
  type Language,
  type Location,
  type Mentee,
  type Mentor,
  PROGRAMS,
} from './instance';

// SCORING.md v1, sections 2–4
export const BASE_POINTS = 10;
export const INTEREST_POINTS = 5;
export const INTEREST_CAP = 6;
export const GOAL_POINTS = 8;
export const GOAL_CAP = 3;
export const AVAILABILITY_POINTS = 2;
export const AVAILABILITY_CAP = 10;
export const PRIMARY_LANGUAGE_POINTS = 6;
/** [distance limit in metres, points]; the first tier whose limit holds gives the points */
export const DISTANCE_TIERS: readonly (readonly [number, number])[] = [
  [2000, 20],
  [5000, 15],
  [10000, 10],
  [20000, 6],
  [35000, 3],
];
export const MIN_AGE_GAP = 5;
export const ADULT_AGE = 18;
export const MINOR_MIN_MENTOR_AGE = 20;
export const METRES_PER_DEGREE_LAT = 111320;
export const METRES_PER_DEGREE_LON = 62300;
export const MIN_SCORE = BASE_POINTS;
export const MAX_SCORE =
  BASE_POINTS +
  INTEREST_POINTS * INTEREST_CAP +
  GOAL_POINTS * GOAL_CAP +
  AVAILABILITY_POINTS * AVAILABILITY_CAP +
  DISTANCE_TIERS[0]![1] +
  PRIMARY_LANGUAGE_POINTS;

export type HardConstraint = 'program' | 'training' | 'language' | 'age' | 'gender' | 'travel';

/** Each term's points and what earned them, so the app can explain a match in words. */
export interface ScoreTerms {
  base: number;
  interests: { shared: Interest[]; count: number; points: number };
  goals: { shared: Goal[]; count: number; points: number };
  availability: { sharedSlots: number[]; count: number; points: number };
  distance: { squaredMetres: number; approxMetres: number; points: number };
  primaryLanguage: { language: Language; spokenByMentor: boolean; points: number };
}

export interface PairScore {
  score: number;
  terms: ScoreTerms;
}

/** Floor of a non-negative integer quotient; exact for a < 2^53 (SCORING.md §2). */
const floorDiv = (a: number, b: number): number => (a - (a % b)) / b;

export function squaredDistanceMetres(a: Location, b: Location): number {
  const dy = floorDiv(Math.abs(a.latE6 - b.latE6) * METRES_PER_DEGREE_LAT, 1_000_000);
  const dx = floorDiv(Math.abs(a.lonE6 - b.lonE6) * METRES_PER_DEGREE_LON, 1_000_000);
  return dx * dx + dy * dy;
}

export function distancePoints(squaredMetres: number): number {
  for (let t = 0; t < DISTANCE_TIERS.length; t++) {
    const [limit, points] = DISTANCE_TIERS[t]!;
    if (squaredMetres <= limit * limit) return points;
  }
  return 0;
}

/** The first hard constraint (SCORING.md §3) the pair violates, or null when it is feasible. */
export function violatedConstraint(mentor: Mentor, mentee: Mentee): HardConstraint | null {
  if (mentor.program !== mentee.program) return 'program';
  if (!mentor.trainingCompleted) return 'training';
  if (!mentee.languages.some((language) => mentor.languages.includes(language))) return 'language';
  const age = mentee.age;
  if (
    age < mentor.menteeAgeMin ||
    age > mentor.menteeAgeMax ||
    mentor.age < age + MIN_AGE_GAP ||
    (age < ADULT_AGE && mentor.age < MINOR_MIN_MENTOR_AGE)
  ) {
    return 'age';
  }
  if (mentee.genderPreference !== null && mentor.gender !== mentee.genderPreference)
    return 'gender';
  if (mentor.genderPreference !== null && mentee.gender !== mentor.genderPreference)
    return 'gender';
  const limit = 1000 * Math.min(mentor.maxTravelKm, mentee.maxTravelKm);
  if (squaredDistanceMetres(mentor.location, mentee.location) > limit * limit) return 'travel';
  return null;
}

function shared<T>(a: readonly T[], b: readonly T[]): T[] {
  const inB = new Set(b);
  return a.filter((item) => inB.has(item));
}

/** Score of a pair with its breakdown, literally as SCORING.md §4 defines it; null if infeasible. */
export function scorePair(mentor: Mentor, mentee: Mentee): PairScore | null {
  if (violatedConstraint(mentor, mentee) !== null) return null;
  const interests = shared(mentee.interests, mentor.interests);
  const goals = shared(mentee.goals, mentor.goals);
  const sharedSlots = shared(mentee.availability, mentor.availability);
  const squaredMetres = squaredDistanceMetres(mentor.location, mentee.location);
  const primary = mentee.languages[0] as Language;
  const spokenByMentor = mentor.languages.includes(primary);
  const terms: ScoreTerms = {
    base: BASE_POINTS,
    interests: {
      shared: interests,
      count: interests.length,
      points: INTEREST_POINTS * Math.min(interests.length, INTEREST_CAP),
    },
    goals: {
      shared: goals,
      count: goals.length,
      points: GOAL_POINTS * Math.min(goals.length, GOAL_CAP),
    },
    availability: {
      sharedSlots,
      count: sharedSlots.length,
      points: AVAILABILITY_POINTS * Math.min(sharedSlots.length, AVAILABILITY_CAP),
    },
    distance: {
      squaredMetres,
      approxMetres: Math.round(Math.sqrt(squaredMetres)),
      points: distancePoints(squaredMetres),
    },
    primaryLanguage: {
      language: primary,
      spokenByMentor,
      points: spokenByMentor ? PRIMARY_LANGUAGE_POINTS : 0,
    },
  };
  const score =
    terms.base +
    terms.interests.points +
    terms.goals.points +
    terms.availability.points +
    terms.distance.points +
    terms.primaryLanguage.points;
  return { score, terms };
}

// ---------------------------------------------------------------------------------------------
// Whole-instance edge generation: profiles packed into typed arrays (bit masks for languages,
// interests, goals and the 168 availability hours), trained mentors bucketed by program and a
// square grid, so each mentee only looks at mentors of its program within its travel range.

const AVAILABILITY_WORDS = Math.ceil(HOURS_PER_WEEK / 32);
const GRID_CELL_METRES = 10_000;

interface PackedPeople {
  program: Uint8Array;
  languageMask: Int32Array;
  primaryLanguage: Uint8Array;
  age: Int32Array;
  gender: Int8Array;
  genderPreference: Int8Array;
  latE6: Int32Array;
  lonE6: Int32Array;
  maxTravelKm: Int32Array;
  interestsLow: Int32Array;
  interestsHigh: Int32Array;
  goals: Int32Array;
  availability: Int32Array;
}

function indexer<T extends string>(vocabulary: readonly T[]): Map<string, number> {
  return new Map(vocabulary.map((item, index) => [item, index]));
}

const PROGRAM_INDEX = indexer(PROGRAMS);
const LANGUAGE_INDEX = indexer(LANGUAGES);
const INTEREST_INDEX = indexer(INTERESTS);
const GOAL_INDEX = indexer(GOALS);
const GENDER_INDEX = new Map<string | null, number>([
  ['female', 0],
  ['male', 1],
  ['nonbinary', 2],
  [null, -1],
]);

function pack(people: readonly (Mentor | Mentee)[]): PackedPeople {
  const n = people.length;
  const packed: PackedPeople = {
    program: new Uint8Array(n),
    languageMask: new Int32Array(n),
    primaryLanguage: new Uint8Array(n),
    age: new Int32Array(n),
    gender: new Int8Array(n),
    genderPreference: new Int8Array(n),
    latE6: new Int32Array(n),
    lonE6: new Int32Array(n),
    maxTravelKm: new Int32Array(n),
    interestsLow: new Int32Array(n),
    interestsHigh: new Int32Array(n),
    goals: new Int32Array(n),
    availability: new Int32Array(n * AVAILABILITY_WORDS),
  };
  for (let p = 0; p < n; p++) {
    const person = people[p]!;
    packed.program[p] = PROGRAM_INDEX.get(person.program)!;
    let languages = 0;
    for (const language of person.languages) languages |= 1 << LANGUAGE_INDEX.get(language)!;
    packed.languageMask[p] = languages;
    packed.primaryLanguage[p] = LANGUAGE_INDEX.get(person.languages[0]!)!;
    packed.age[p] = person.age;
    packed.gender[p] = GENDER_INDEX.get(person.gender)!;
    packed.genderPreference[p] = GENDER_INDEX.get(person.genderPreference)!;
    packed.latE6[p] = person.location.latE6;
    packed.lonE6[p] = person.location.lonE6;
    packed.maxTravelKm[p] = person.maxTravelKm;
    let low = 0;
    let high = 0;
    for (const interest of person.interests) {
      const bit = INTEREST_INDEX.get(interest)!;
      if (bit < 32) low |= 1 << bit;
      else high |= 1 << (bit - 32);
    }
    packed.interestsLow[p] = low;
    packed.interestsHigh[p] = high;
    let goals = 0;
    for (const goal of person.goals) goals |= 1 << GOAL_INDEX.get(goal)!;
    packed.goals[p] = goals;
    for (const slot of person.availability) {
      packed.availability[p * AVAILABILITY_WORDS + (slot >> 5)]! |= 1 << (slot & 31);
    }
  }
  return packed;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  v = (v + (v >>> 4)) & 0x0f0f0f0f;
  return Math.imul(v, 0x01010101) >>> 24;
}

const northMetres = (latE6: number): number => (latE6 * METRES_PER_DEGREE_LAT) / 1_000_000;
const eastMetres = (lonE6: number): number => (lonE6 * METRES_PER_DEGREE_LON) / 1_000_000;

/**
 * Trained mentors ordered by program, then grid row, then grid column, so that the mentors a
 * mentee looks at lie next to each other in memory. Cell c of program p holds positions
 * cellStart[p * cells + c] .. cellStart[p * cells + c + 1].
 */
interface MentorGrid {
  rows: number;
  cols: number;
  north0: number;
  east0: number;
  cellStart: Int32Array;
  /** original mentor index at each grid position */
  mentorAt: Int32Array;
  maxTravelKm: Int32Array;
}

function buildGrid(mentors: readonly Mentor[]): MentorGrid {
  let north0 = Number.POSITIVE_INFINITY;
  let north1 = Number.NEGATIVE_INFINITY;
  let east0 = Number.POSITIVE_INFINITY;
  let east1 = Number.NEGATIVE_INFINITY;
  for (const mentor of mentors) {
    const y = northMetres(mentor.location.latE6);
    const x = eastMetres(mentor.location.lonE6);
    north0 = Math.min(north0, y);
    north1 = Math.max(north1, y);
    east0 = Math.min(east0, x);
    east1 = Math.max(east1, x);
  }
  const rows = Math.max(1, Math.floor((north1 - north0) / GRID_CELL_METRES) + 1);
  const cols = Math.max(1, Math.floor((east1 - east0) / GRID_CELL_METRES) + 1);
  const cells = rows * cols;
  const bucket = new Int32Array(mentors.length).fill(-1);
  const cellStart = new Int32Array(PROGRAMS.length * cells + 1);
  const maxTravelKm = new Int32Array(PROGRAMS.length);
  mentors.forEach((mentor, j) => {
    if (!mentor.trainingCompleted) return;
    const program = PROGRAM_INDEX.get(mentor.program)!;
    const row = Math.floor((northMetres(mentor.location.latE6) - north0) / GRID_CELL_METRES);
    const col = Math.floor((eastMetres(mentor.location.lonE6) - east0) / GRID_CELL_METRES);
    bucket[j] = program * cells + row * cols + col;
    cellStart[bucket[j]! + 1]!++;
    maxTravelKm[program] = Math.max(maxTravelKm[program]!, mentor.maxTravelKm);
  });
  for (let c = 0; c < PROGRAMS.length * cells; c++) cellStart[c + 1]! += cellStart[c]!;
  const fill = cellStart.slice(0, PROGRAMS.length * cells);
  const mentorAt = new Int32Array(cellStart[PROGRAMS.length * cells]!);
  for (let j = 0; j < mentors.length; j++) {
    if (bucket[j]! >= 0) mentorAt[fill[bucket[j]!]!++] = j;
  }
  return { rows, cols, north0, east0, cellStart, mentorAt, maxTravelKm };
}

class GrowableEdges {
  mentee: Int32Array = new Int32Array(1024);
  mentor: Int32Array = new Int32Array(1024);
  score: Int32Array = new Int32Array(1024);
  length = 0;

  push(mentee: number, mentor: number, score: number): void {
    if (this.length === this.mentee.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.mentee = grow(this.mentee);
      this.mentor = grow(this.mentor);
      this.score = grow(this.score);
    }
    this.mentee[this.length] = mentee;
    this.mentor[this.length] = mentor;
    this.score[this.length++] = score;
  }

  toEdgeList(): EdgeList {
    return {
      mentee: this.mentee.slice(0, this.length),
      mentor: this.mentor.slice(0, this.length),
      score: this.score.slice(0, this.length),
    };
  }
}

/**
 * Every feasible pair with its score, sorted by mentee then mentor: the same edges, in the same
 * order, as SCORING.md's edge file.
 */
export function computeEdges(instance: Instance): EdgeList {
  const mentorCount = instance.mentors.length;
  const menteeCount = instance.mentees.length;
  const out = new GrowableEdges();
  if (mentorCount === 0 || menteeCount === 0) return out.toEdgeList();

  const grid = buildGrid(instance.mentors);
  const { rows, cols, mentorAt } = grid;
  const cells = rows * cols;
  const gridMentors = Array.from(mentorAt, (j) => instance.mentors[j]!);
  const T = pack(gridMentors);
  const E = pack(instance.mentees);
  const ageMin = Int32Array.from(gridMentors, (mentor) => mentor.menteeAgeMin);
  const ageMax = Int32Array.from(gridMentors, (mentor) => mentor.menteeAgeMax);

  // locals rather than property loads inside the pair loop
  const {
    age: mentorAgeOf,
    languageMask: mentorLanguagesOf,
    gender: mentorGenderOf,
    genderPreference: mentorPreferenceOf,
    maxTravelKm: mentorTravelKmOf,
    latE6: mentorLatOf,
    lonE6: mentorLonOf,
    interestsLow: mentorInterestsLowOf,
    interestsHigh: mentorInterestsHighOf,
    goals: mentorGoalsOf,
    availability: mentorAvailability,
  } = T;
  const menteeAvailability = E.availability;
  const cellStart = grid.cellStart;

  // mentorIndex * 128 + score, sorted per mentee to emit in mentor order
  const found = new Float64Array(mentorCount);

  for (let i = 0; i < menteeCount; i++) {
    const program = E.program[i]!;
    const reachKm = Math.min(E.maxTravelKm[i]!, grid.maxTravelKm[program]!);
    const age = E.age[i]!;
    const isMinor = age < ADULT_AGE;
    const languages = E.languageMask[i]!;
    const primaryBit = 1 << E.primaryLanguage[i]!;
    const gender = E.gender[i]!;
    const preference = E.genderPreference[i]!;
    const lat = E.latE6[i]!;
    const lon = E.lonE6[i]!;
    const travelKm = E.maxTravelKm[i]!;
    const interestsLow = E.interestsLow[i]!;
    const interestsHigh = E.interestsHigh[i]!;
    const goals = E.goals[i]!;
    const a = i * AVAILABILITY_WORDS;

    // a feasible pair has floor(|Δ| metres) ≤ reach, so its exact offset is < reach + 1 m
    const reach = reachKm * 1000 + 2;
    const y = northMetres(lat) - grid.north0;
    const x = eastMetres(lon) - grid.east0;
    const row0 = Math.max(0, Math.floor((y - reach) / GRID_CELL_METRES));
    const row1 = Math.min(rows - 1, Math.floor((y + reach) / GRID_CELL_METRES));
    const col0 = Math.max(0, Math.floor((x - reach) / GRID_CELL_METRES));
    const col1 = Math.min(cols - 1, Math.floor((x + reach) / GRID_CELL_METRES));
    if (row0 > row1 || col0 > col1) continue;
    let nFound = 0;
    for (let row = row0; row <= row1; row++) {
      const c0 = cellStart[program * cells + row * cols + col0]!;
      const c1 = cellStart[program * cells + row * cols + col1 + 1]!;
      for (let g = c0; g < c1; g++) {
        if (age < ageMin[g]! || age > ageMax[g]!) continue;
        const mentorAge = mentorAgeOf[g]!;
        if (mentorAge < age + MIN_AGE_GAP || (isMinor && mentorAge < MINOR_MIN_MENTOR_AGE))
          continue;
        const mentorLanguages = mentorLanguagesOf[g]!;
        if ((mentorLanguages & languages) === 0) continue;
        if (preference >= 0 && mentorGenderOf[g] !== preference) continue;
        const mentorPreference = mentorPreferenceOf[g]!;
        if (mentorPreference >= 0 && gender !== mentorPreference) continue;
        const limit = 1000 * Math.min(travelKm, mentorTravelKmOf[g]!);
        const dy = Math.floor(
          (Math.abs(mentorLatOf[g]! - lat) * METRES_PER_DEGREE_LAT) / 1_000_000,
        );
        if (dy > limit) continue;
        const dx = Math.floor(
          (Math.abs(mentorLonOf[g]! - lon) * METRES_PER_DEGREE_LON) / 1_000_000,
        );
        const d2 = dx * dx + dy * dy;
        if (d2 > limit * limit) continue;

        let score = BASE_POINTS;
        const sharedInterests =
          popcount(mentorInterestsLowOf[g]! & interestsLow) +
          popcount(mentorInterestsHighOf[g]! & interestsHigh);
        score += INTEREST_POINTS * Math.min(sharedInterests, INTEREST_CAP);
        score += GOAL_POINTS * Math.min(popcount(mentorGoalsOf[g]! & goals), GOAL_CAP);
        const b = g * AVAILABILITY_WORDS;
        let hours = 0;
        for (let w = 0; w < AVAILABILITY_WORDS; w++) {
          hours += popcount(mentorAvailability[b + w]! & menteeAvailability[a + w]!);
        }
        score += AVAILABILITY_POINTS * Math.min(hours, AVAILABILITY_CAP);
        score += distancePoints(d2);
        if ((mentorLanguages & primaryBit) !== 0) score += PRIMARY_LANGUAGE_POINTS;
        found[nFound++] = mentorAt[g]! * 128 + score;
      }
    }
    if (nFound === 0) continue;
    const sorted = found.subarray(0, nFound).sort();
    for (let k = 0; k < nFound; k++) {
      const packed = sorted[k]!;
      out.push(i, Math.floor(packed / 128), packed % 128);
    }
  }
  return out.toEdgeList();
}
