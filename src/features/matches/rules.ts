import type { Profile } from '../../contracts/profile';
import { squaredDistanceMetres } from '../../matching/scoring';
import { findPlace } from '../gazetteer/gazetteer';

/** Age in whole years on `at` of someone born on `birthDate` (YYYY-MM-DD). */
export function ageOn(birthDate: string, at: Date): number {
  const [y = 0, m = 1, d = 1] = birthDate.split('-').map(Number);
  let age = at.getUTCFullYear() - y;
  const beforeBirthday =
    at.getUTCMonth() + 1 < m || (at.getUTCMonth() + 1 === m && at.getUTCDate() < d);
  if (beforeBirthday) age -= 1;
  return age;
}

export interface PairFacts {
  mentor: { profile: Profile | null; birthYear: number | null };
  mentee: { profile: Profile; age: number };
  /** The program's age rule for mentees (every mentor of the program accepts it). */
  program?: { menteeAgeMin: number; menteeAgeMax: number };
  at: Date;
}

/** Which of the program's hard rules (SCORING.md §3) a pair breaks; empty when none. */
export type PairRule = 'language' | 'age' | 'gender' | 'travel';

/**
 * The hard rules a manual match must keep, as far as the facts are known: a shared
 * language, the program's age range and the age gap (mentor at least 5 years older, and
 * 20 or older for a minor), each side's gender preference, and the travel distance both
 * accept when both places are in the gazetteer (an unknown place is not guessed at: the
 * coordinator who matches by hand knows where people live).
 */
export function brokenPairRules({ mentor, mentee, program, at }: PairFacts): PairRule[] {
  const broken: PairRule[] = [];
  const mp = mentor.profile;
  if (mp && !mp.languages.some((l) => mentee.profile.languages.includes(l))) {
    broken.push('language');
  }
  const range = program && (mentee.age < program.menteeAgeMin || mentee.age > program.menteeAgeMax);
  if (range) broken.push('age');
  if (mentor.birthYear !== null && !range) {
    // Born in birthYear: on `at` they are this old or one year younger.
    const mentorAge = at.getUTCFullYear() - mentor.birthYear - 1;
    if (mentorAge < mentee.age + 5 || (mentee.age < 18 && mentorAge < 20)) broken.push('age');
  }
  const wantsMentor = mentee.profile.genderPreference;
  const wantsMentee = mp?.genderPreference ?? null;
  if (
    (wantsMentor !== null && mp?.gender !== wantsMentor) ||
    (wantsMentee !== null && mentee.profile.gender !== wantsMentee)
  ) {
    broken.push('gender');
  }
  if (mp) {
    const from = findPlace(mp.place);
    const to = findPlace(mentee.profile.place);
    if (from.status === 'found' && to.status === 'found') {
      const limit = 1000 * Math.min(mp.maxTravelKm, mentee.profile.maxTravelKm);
      if (squaredDistanceMetres(from.place, to.place) > limit * limit) broken.push('travel');
    }
  }
  return broken;
}
